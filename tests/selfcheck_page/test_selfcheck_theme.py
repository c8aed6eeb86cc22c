"""On the self-check page the theme's script starts once Python has attached, or soon after load without Python."""

import pytest

from browser_visit import BrowserVisit
from selfcheck_visit import PATHS, Visit

pytestmark = pytest.mark.browser

# Material's table of contents marks the section in view: that needs the theme started on this page's document.
TOC_FOLLOWS = """() => {
  document.getElementById("plan").scrollIntoView();
  return document.querySelector(".md-nav--secondary .md-nav__link--active") !== null;
}"""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_theme_starts_once_python_has_attached(browser, base_url, lang):
    with Visit(browser, base_url) as visit:
        page = visit.open(lang)  # waits for data-ready
        page.wait_for_function(TOC_FOLLOWS, timeout=10_000)
        assert page.evaluate("document.querySelectorAll('script[src*=\"bundle.\"]').length") == 1
        assert visit.errors == []


def test_without_python_the_theme_still_starts(browser, base_url):
    with BrowserVisit(browser, base_url) as visit:
        page = visit.page
        page.route("**/micropython.wasm", lambda route: route.abort())  # as on a browser without WebAssembly
        page.goto(base_url + PATHS["en"])
        page.wait_for_function(TOC_FOLLOWS, timeout=15_000)
        assert page.get_attribute("[data-selfcheck]", "data-ready") is None


@pytest.mark.parametrize("scheme, expected", [("dark", "slate"), ("light", "default")])
def test_a_first_visit_opens_in_the_system_colour_scheme_before_the_theme_starts(browser, base_url, scheme, expected):
    with BrowserVisit(browser, base_url, color_scheme=scheme) as visit:  # nothing saved: a first visit
        page = visit.page
        page.route("**/bundle.*.min.js", lambda route: route.abort())  # the theme's script never starts
        page.goto(base_url + PATHS["fr"], wait_until="domcontentloaded")
        assert page.evaluate("document.body.dataset.mdColorScheme") == expected
