"""The navigation's section toggles, on every page of every build: buttons with a name and a state, and no ARIA a label refuses.

With `navigation.indexes`, Material writes a section that has its own page as a link followed by a focusable <label>
showing only an arrow; that label also names the section's <nav> (aria-labelledby). A <label> has no role to give:
aria-label on it is prohibited (axe aria-prohibited-attr), role="button" refused (vnu, axe aria-allowed-role).
partials/nav-item.html makes the toggle a <button>.
"""

import re
from html.parser import HTMLParser
from importlib.metadata import version
from pathlib import Path

import pytest

from built_site import BUILD_NAMES, ROOT, built_site, each_page, file_for

PAGES = each_page()
NAV_ITEM_OVERRIDE = ROOT / "overrides" / "partials" / "nav-item.html"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Elements(HTMLParser):
    """Every element's tag, attributes and text; a button's or label's text includes its children's aria-label."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements, self._open = [], []

    def handle_starttag(self, tag, attrs):
        element = {"tag": tag, "attrs": dict(attrs), "text": ""}
        self.elements.append(element)
        for parent in self._open:
            parent["text"] += " " + (element["attrs"].get("aria-label") or "")
        if tag not in VOID:
            self._open.append(element)

    def handle_endtag(self, tag):
        while self._open:
            if self._open.pop()["tag"] == tag:
                break

    def handle_data(self, data):
        for element in self._open:
            element["text"] += data


def _elements(build, path):
    parser = _Elements()
    parser.feed(file_for(path, built_site(build).site_dir).read_text(encoding="utf-8"))
    return parser.elements


def _name(element):
    return (element["attrs"].get("aria-label") or " ".join(element["text"].split())).strip()


@pytest.mark.parametrize("build", BUILD_NAMES)
def test_pages_were_found(build):
    site = built_site(build)
    assert len(site.pages()) > 20 * len(site.languages)


@pytest.mark.parametrize("build, path", PAGES)
def test_every_section_toggle_is_a_named_button_with_its_state(build, path):
    elements = _elements(build, path)
    by_id = {e["attrs"]["id"]: e for e in elements if e["attrs"].get("id")}
    navs = [e for e in elements if e["tag"] == "nav" and "md-nav" in e["attrs"].get("class", "").split()
            and e["attrs"].get("aria-labelledby")]
    assert navs, "no section navigation found: has the theme's markup changed?"
    problems = []
    for nav in navs:
        toggle = by_id.get(nav["attrs"]["aria-labelledby"])
        if toggle is None:
            problems.append("%s: no element names it" % nav["attrs"]["aria-labelledby"])
            continue
        toggle_id = toggle["attrs"]["id"]
        if not _name(toggle):
            problems.append("%s: no name" % toggle_id)
        if toggle["tag"] == "label":
            if toggle["attrs"].get("tabindex"):
                problems.append("%s: a focusable <label>, which has no role; it should be a <button>" % toggle_id)
            continue
        box = by_id.get(toggle["attrs"].get("data-nav-toggle"))
        if toggle["tag"] != "button" or box is None or box["attrs"].get("type") != "checkbox":
            problems.append("%s: not a <button> that ticks the section's checkbox" % toggle_id)
            continue
        expanded = "true" if "checked" in box["attrs"] else "false"
        if toggle["attrs"].get("aria-expanded") != expanded:
            problems.append("%s: aria-expanded=%r while the section is %s" % (
                toggle_id, toggle["attrs"].get("aria-expanded"), "open" if expanded == "true" else "closed"))
    assert problems == []


@pytest.mark.parametrize("build, path", PAGES)
def test_no_label_carries_aria_it_may_not_have(build, path):
    refused = [
        "<label id=%r %s>" % (e["attrs"].get("id"), " ".join(sorted(a for a in e["attrs"] if a in {"role", "aria-label", "aria-labelledby"})))
        for e in _elements(build, path)
        if e["tag"] == "label" and {"role", "aria-label", "aria-labelledby"} & set(e["attrs"])
    ]
    assert refused == []


def test_the_nav_item_override_is_a_copy_of_the_installed_material():
    # The override is Material's partial with the toggle changed; a new Material may change the rest of it.
    copied_from = re.search(r"Material (\S+)'s partials/nav-item\.html", NAV_ITEM_OVERRIDE.read_text(encoding="utf-8"))
    assert copied_from, "%s does not say which Material version it was copied from" % NAV_ITEM_OVERRIDE.name
    assert copied_from.group(1) == version("mkdocs-material"), (
        "Material was upgraded: copy its partials/nav-item.html again into %s and make the same change"
        % Path(NAV_ITEM_OVERRIDE).relative_to(ROOT))
