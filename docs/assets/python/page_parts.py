# Parts a page script shares (PyScript, MicroPython): its guard on every entry point, elements built from texts and
# node trees, downloads, and the confirmation dialog. Texts always become text nodes or attribute values, never markup.
import json

from js import document, window
from jsffi import create_proxy

SVG = "http://www.w3.org/2000/svg"


def entry_guards(fault):
    """(guarded, listener) for a page whose unexpected Python errors go to `fault(error)`. `guarded(handler)` runs
    `handler` and hands an error to `fault` instead of leaving the page half-working in silence; `listener(handler)`
    is that as a JavaScript function, for addEventListener and promise callbacks."""

    def guarded(handler):
        def run(*args):
            try:
                handler(*args)
            except Exception as error:
                fault(error)

        return run

    def listener(handler):
        return create_proxy(guarded(handler))

    return guarded, listener


def html_node(tag, text=None, attributes=None):
    element = document.createElement(tag)
    if attributes:
        for name in attributes:
            element.setAttribute(name, attributes[name])
    if text is not None:
        element.textContent = text
    return element


def dom_node(node, namespace=None):
    """DOM for a node tree (tag, attributes, children) as selfcheck/markup.py describes it; "svg" subtrees go in the
    SVG namespace. An attribute of True is written bare, None or False left out, as markup.to_html writes them."""
    if isinstance(node, str):
        return document.createTextNode(node)
    tag, attributes, children = node
    if tag == "svg":
        namespace = SVG
    element = document.createElementNS(namespace, tag) if namespace else document.createElement(tag)
    for name in attributes:
        value = attributes[name]
        if name == "xmlns" or value is None or value is False:
            continue
        element.setAttribute(name, "" if value is True else str(value))
    for child in children:
        element.appendChild(dom_node(child, namespace))
    return element


def download(text, media_type, file_name):
    # A byte-order mark goes into the address as bytes: handing it to JavaScript in a string would drop it.
    mark = "%EF%BB%BF" if text.startswith("\ufeff") else ""
    body = text[1:] if mark else text
    link = document.createElement("a")
    link.href = "data:%s;charset=utf-8,%s%s" % (media_type, mark, window.encodeURIComponent(body))
    link.download = file_name
    document.body.appendChild(link)
    link.click()
    link.remove()


class Dialog:
    """The page's confirmation dialog ([data-dialog], from selfcheck/form.py): one question at a time, with focus on
    "Cancel"; Escape answers it as "Cancel" does. `listener` wraps the page's handlers (its error guard)."""

    def __init__(self, listener):
        self.element = document.querySelector("[data-dialog]")
        self.on_confirm = self.on_cancel = None
        for selector, confirmed in (("[data-dialog-confirm]", True), ("[data-dialog-cancel]", False)):
            self.element.querySelector(selector).addEventListener("click", listener(self.closer(confirmed)))
        self.element.addEventListener("close", listener(lambda *_: self.close(False)))

    def closer(self, confirmed):
        return lambda *_: self.close(confirmed)

    def ask(self, question, confirm_label, on_confirm, on_cancel=None):
        if self.element.open:
            return  # showModal would throw; the open question is answered first
        self.element.querySelector("[data-dialog-text]").textContent = question
        self.element.querySelector("[data-dialog-confirm]").textContent = confirm_label
        self.on_confirm, self.on_cancel = on_confirm, on_cancel
        self.element.showModal()
        self.element.querySelector("[data-dialog-cancel]").focus()

    def close(self, confirmed):
        action = self.on_confirm if confirmed else self.on_cancel
        self.on_confirm = self.on_cancel = None
        if self.element.open:
            self.element.close()
        if action is not None:
            action()


def read_page_data():
    # The bank and interface texts for this page's language, cut down and validated by the build (page_data.py).
    with open("selfcheck/page_data.json", encoding="utf-8") as handle:
        return json.loads(handle.read())
