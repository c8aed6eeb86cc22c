"""The whole form completed with the keyboard alone; axe-core finds nothing with results shown, light and dark."""

import pytest

from axe_check import axe_violations
from selfcheck_visit import BANK, Visit, answer_set, as_shown, expected_view, radio_ids

pytestmark = pytest.mark.browser

GROUPS = ["sc-" + item["id"] for item in BANK["items"]] + ["sc-level-%d" % n for n in range(1, 5)] + ["sc-aim"]


def focused(page):
    return page.evaluate("() => { const e = document.activeElement; return e ? [e.tagName, e.name || '', e.value || ''] : null; }")


def value_position(group, value):
    """Where `value` sits in its group's row (arrow presses from the first choice)."""
    if group == "sc-aim":
        return int(value) - 1
    if group.startswith("sc-level-"):
        return ["yes", "no"].index(value)
    return ["1", "2", "3", "4", "5", "dk"].index(str(value))


def test_the_whole_form_with_the_keyboard_alone(browser, base_url):
    with Visit(browser, base_url) as visit:
        page = visit.open("en")
        answers = answer_set("mixed")
        wanted = {}
        for item_id, value in answers["items"].items():
            wanted["sc-" + item_id] = value
        for level, value in answers["continuum"].items():
            wanted["sc-level-" + level] = value
        wanted["sc-aim"] = answers["aim"]
        page.keyboard.press("Tab")  # from the top of the page: skip link, header, navigation, then the form
        for group in GROUPS:
            for _ in range(60):  # Tab past links (lesson, tool) until the group's first radio has focus
                if focused(page)[1] == group:
                    break
                page.keyboard.press("Tab")
            assert focused(page)[:2] == ["INPUT", group]
            if group not in wanted:
                continue  # left unanswered on purpose
            page.keyboard.press("Space")
            for _ in range(value_position(group, wanted[group])):
                page.keyboard.press("ArrowRight")
            assert focused(page) == ["INPUT", group, str(wanted[group])]
        assert visit.checked_ids() == sorted(radio_ids(answers))
        assert visit.shown() == as_shown(expected_view(answers, "en"))
        # The tools are reachable too: Tab on to "Start over", open its dialog with Enter, leave it with Escape.
        for _ in range(250):  # past the action plan's fields too
            if page.evaluate("() => document.activeElement.dataset.action") == "start-over":
                break
            page.keyboard.press("Tab")
        # Else Enter would press whatever has focus, perhaps "Print", whose dialog never closes in a test.
        assert page.evaluate("() => document.activeElement.dataset.action") == "start-over"
        page.keyboard.press("Enter")
        assert page.is_visible("[data-dialog]")
        page.keyboard.press("Escape")
        assert not page.is_visible("[data-dialog]")
        assert visit.checked_ids() == sorted(radio_ids(answers))


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 360])
def test_axe_finds_nothing_with_results_shown(browser, base_url, lang, scheme, width):
    with Visit(browser, base_url, color_scheme=scheme, viewport={"width": width, "height": 900}) as visit:
        page = visit.open(lang)
        visit.answer(answer_set("mixed"))
        page.click('[data-action="share"]')  # shows the share box and a notice too
        assert axe_violations(page) == []
        assert visit.errors == []


def test_the_dialog_passes_axe_while_open(browser, base_url):
    with Visit(browser, base_url, color_scheme="dark") as visit:
        page = visit.open("fr")
        visit.answer(answer_set("sparse"))
        page.click('[data-action="start-over"]')
        assert axe_violations(page) == []
