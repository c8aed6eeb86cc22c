"""Give a name to the arrow that opens a navigation section which has its own page.

With `navigation.indexes`, Material writes such a section as a link (its name) followed by a toggle <label> that
shows only an arrow icon. That label can take the keyboard focus, and it also names the section's <nav>
(aria-labelledby): both end up without a name, so a screen reader announces an unnamed control and several
navigation landmarks that cannot be told apart. This gives each such toggle the name of its section.
"""

import html
import re

from mkdocs.exceptions import PluginError

_ARROW_ONLY_TOGGLE = re.compile(
    r'<label class="md-nav__link[^"]*" for="(__nav_[0-9_]+)" id="\1_label" tabindex="0"'
    r'(?=>\s*<span class="md-nav__icon md-icon"></span>\s*</label>)')
_SECTION_LINK_BEFORE = re.compile(
    r'<a href="[^"]*" class="md-nav__link[^"]*">\s*<span class="md-ellipsis">\s*([^<]*?)\s*</span>\s*</a>\s*$')
_LOOK_BACK = 2000  # characters before a toggle that hold its section's link


def _name_toggles(output, name):
    def named(toggle):
        before = output[max(0, toggle.start() - _LOOK_BACK):toggle.start()]
        link = _SECTION_LINK_BEFORE.search(before)
        if link is None:
            raise PluginError("%s: the arrow-only toggle of %s does not follow its section's link; nav_labels.py "
                              "does not know this navigation markup" % (name, toggle.group(1)))
        title = html.escape(html.unescape(link.group(1)), quote=True)
        return '%s aria-label="%s"' % (toggle.group(0), title)

    return _ARROW_ONLY_TOGGLE.sub(named, output)


def on_post_page(output, page, config):
    return _name_toggles(output, page.file.src_uri)


def on_post_template(output_content, template_name, config):
    # The 404 page is rendered from a template, not from a Markdown page.
    if template_name.endswith(".html"):
        return _name_toggles(output_content, template_name)
    return output_content
