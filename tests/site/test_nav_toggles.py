"""A section of the navigation opens and closes from its toggle button, with the keyboard and on a phone, and the
button says whether it is open (partials/nav-item.html and main.html's script)."""

import pytest

from browser_visit import BrowserVisit

pytestmark = pytest.mark.browser

SECTION = "__nav_5"  # "Outils" / "Tools": a section with its own page, closed on a lesson's page
STATE = """id => [document.getElementById(id).checked,
  document.getElementById(id + "_label").getAttribute("aria-expanded"),
  document.querySelector(`nav[aria-labelledby="${id}_label"]`).getAttribute("aria-expanded")]"""
OPEN, CLOSED = [True, "true", "true"], [False, "false", "false"]


def _section_links_shown(page):
    return page.is_visible('nav[aria-labelledby="%s_label"] a' % SECTION)


@pytest.mark.parametrize("path", ["activities/connect/", "en/selfcheck/"])
def test_the_keyboard_opens_and_closes_a_section(browser, base_url, path):
    with BrowserVisit(browser, base_url, viewport={"width": 1280, "height": 900}) as visit:
        page = visit.page
        page.goto(base_url + path)
        assert page.evaluate(STATE, SECTION) == CLOSED and not _section_links_shown(page)
        for _ in range(60):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.id") == SECTION + "_label":
                break
        assert page.evaluate("[document.activeElement.tagName, document.activeElement.getAttribute('aria-label')]") \
            == ["BUTTON", "Tools" if path.startswith("en/") else "Outils"]
        page.keyboard.press("Enter")
        assert page.evaluate(STATE, SECTION) == OPEN
        page.wait_for_selector('nav[aria-labelledby="%s_label"] a' % SECTION, state="visible")
        page.keyboard.press("Space")
        assert page.evaluate(STATE, SECTION) == CLOSED
        page.mouse.click(*_centre(page, "#%s_label" % SECTION))
        assert page.evaluate(STATE, SECTION) == OPEN


def _centre(page, selector):
    """The centre of `selector`, once nothing lies over it: tabbing past the search field opens Material's search,
    whose overlay takes a moment to fade out after the focus has left it."""
    box = page.locator(selector).bounding_box()
    point = [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2]
    page.wait_for_function("([x, y, selector]) => document.querySelector(selector).contains("
                           "document.elementFromPoint(x, y))", arg=point + [selector])
    return point


def test_a_phone_opens_a_section_and_comes_back(browser, base_url):
    with BrowserVisit(browser, base_url, viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True) as visit:
        page = visit.page
        page.goto(base_url + "activities/connect/")
        page.tap("header label[for=__drawer]")
        # The menu opens on the reader's section; its back arrow (Material's label) leads to the top level.
        page.tap('nav[aria-labelledby="__nav_3_label"] > label.md-nav__title')
        assert page.evaluate(STATE, "__nav_3") == CLOSED
        page.tap("#%s_label" % SECTION)
        assert page.evaluate(STATE, SECTION) == OPEN
        page.wait_for_selector('nav[aria-labelledby="%s_label"] a' % SECTION, state="visible")
        page.tap('nav[aria-labelledby="%s_label"] > label.md-nav__title' % SECTION)
        assert page.evaluate(STATE, SECTION) == CLOSED
