"""Tiny HTML helpers for generated markup: escaping and element trees (MicroPython has no `html` module).

A node is a tuple (tag, attributes dict, children list) where a child is a node or a text. The build turns nodes
into markup with `to_html`; the page builds the same nodes as DOM elements, setting texts with textContent.
"""


def escape(text):
    """`text` safe inside an element or a double-quoted attribute."""
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def attributes(pairs):
    """' name="value"' for each pair in order; a value of True writes the bare name, None or False skips it."""
    out = []
    for name, value in pairs:
        if value is None or value is False:
            continue
        out.append(" " + name if value is True else ' %s="%s"' % (name, escape(value)))
    return "".join(out)


def element(tag, pairs, content=""):
    """One element whose `content` is markup already escaped."""
    return "<%s%s>%s</%s>" % (tag, attributes(pairs), content, tag)


def to_html(node):
    """Markup for a node tree (see the module docstring); texts are escaped."""
    if isinstance(node, str):
        return escape(node)
    tag, attrs, children = node
    return element(tag, sorted(attrs.items()), "".join(to_html(child) for child in children))
