"""Workshop mode with a baseline: every new control is reached and used with the keyboard alone, and axe-core finds
nothing, in both languages, light and dark, on a desktop and a phone."""

import pytest

from axe_check import axe_violations
from selfcheck.answers import share_fragment
from selfcheck.invitation import invitation_fragment

from selfcheck_visit import BANK, PATHS, Visit, answer_set
from test_selfcheck_workshop_mode import MAILTO_TRAP, banner

pytestmark = pytest.mark.browser

# The controls in the order Tab reaches them, as (attribute, value).
CONTROLS = [("data-action", "leave-workshop"), ("data-action", "send-to-facilitator"), ("data-baseline-action", "file"),
            ("id", "sc-baseline-link"), ("data-baseline-action", "link"), ("data-baseline-action", "remove")]
FOCUSED = """([name, value]) => document.activeElement && document.activeElement.getAttribute(name) === value"""


def in_workshop_with_a_baseline(visit, lang):
    page = visit.open(lang, "#" + invitation_fragment("Réseau Nord", "anim@example.org"))
    visit.answer(answer_set("mixed"))
    page.fill("[data-baseline-link]", base_link(visit, lang))
    page.click('[data-baseline-action="link"]')
    page.wait_for_selector("[data-comparison]:not([hidden])", state="attached")
    return page


def base_link(visit, lang):
    return visit.base_url + PATHS[lang] + "#" + share_fragment(BANK, answer_set("strong"))


def tab_to(page, control, presses=400):
    for _ in range(presses):
        if page.evaluate(FOCUSED, list(control)):
            return True
        page.keyboard.press("Tab")
    return False


def test_the_workshop_and_comparison_controls_with_the_keyboard_alone(browser, base_url):
    with Visit(browser, base_url) as visit:
        visit.context.add_init_script(MAILTO_TRAP)
        page = visit.open("en", "#" + invitation_fragment("Réseau Nord", "anim@example.org"))
        visit.answer(answer_set("mixed"))
        page.focus("body")
        page.keyboard.press("Tab")
        assert tab_to(page, CONTROLS[0]), "Tab never reached the workshop's button"
        assert tab_to(page, CONTROLS[1])
        page.keyboard.press("Enter")
        page.wait_for_function("() => window.openedMailto.length === 1")
        assert tab_to(page, CONTROLS[2])
        assert tab_to(page, CONTROLS[3])
        page.keyboard.type(base_link(visit, "en"))
        assert tab_to(page, CONTROLS[4])
        page.keyboard.press("Enter")
        page.wait_for_selector("[data-comparison]:not([hidden])", state="attached")
        assert tab_to(page, CONTROLS[5], 10)
        page.keyboard.press("Enter")
        assert page.is_hidden("[data-comparison]")
        assert page.evaluate(FOCUSED, list(CONTROLS[2]))  # focus is not lost with the hidden button
        # Leaving workshop mode from the keyboard, back at the top.
        page.focus('[data-action="leave-workshop"]')
        page.keyboard.press("Enter")
        assert banner(page) is None
        assert page.evaluate("() => document.activeElement.tagName") == "H1"


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_axe_finds_nothing_in_workshop_mode_with_a_comparison(browser, base_url, lang, scheme, width):
    with Visit(browser, base_url, color_scheme=scheme, viewport={"width": width, "height": 900}) as visit:
        visit.context.add_init_script(MAILTO_TRAP)
        page = in_workshop_with_a_baseline(visit, lang)
        page.click('[data-action="send-to-facilitator"]')  # shows the link box and a notice too
        assert axe_violations(page) == []
