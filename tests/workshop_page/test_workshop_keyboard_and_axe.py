"""The workshop page with the keyboard alone, and axe-core on it with everything shown, light and dark, wide and
narrow, in both languages."""

import pytest

from axe_check import axe_violations
from selfcheck.answers import share_fragment

from workshop_visit import BANK, WorkshopVisit, answer_set, expected_counts

pytestmark = pytest.mark.browser


def focused(page):
    return page.evaluate("""() => {
      const e = document.activeElement;
      return e ? Object.keys(e.dataset).filter(k => k.startsWith("workshop")).join(" ") || e.dataset.action || ""
               : null;
    }""")


def tab_to(page, wanted, presses=80):
    for _ in range(presses):
        if focused(page) == wanted:
            return
        page.keyboard.press("Tab")
    assert focused(page) == wanted


def test_invite_collect_and_clear_with_the_keyboard_alone(browser, base_url):
    with WorkshopVisit(browser, base_url) as visit:
        page = visit.open("en")
        page.keyboard.press("Tab")  # from the top: skip link, header, navigation, then the page
        tab_to(page, "workshopSession", 120)
        page.keyboard.type("Autumn session")
        tab_to(page, "workshopEmail")
        page.keyboard.type("host@example.org")
        assert "&to=host@example.org" in page.input_value("[data-workshop-link]")
        tab_to(page, "workshopLinks")
        link = "https://example.org/selfcheck/#" + share_fragment(BANK, answer_set("mixed"), "a2b3c4d5e6")
        page.keyboard.type("Link: " + link)
        tab_to(page, "workshopAddLinks")
        before = visit.revision()
        page.keyboard.press("Enter")
        visit.wait_changed(before)
        assert visit.counts() == expected_counts(1, added=1)
        tab_to(page, "workshopAction")  # the group file's export, then "Erase"
        page.keyboard.press("Tab")
        assert page.evaluate("() => document.activeElement.dataset.workshopAction") == "clear"
        page.keyboard.press("Enter")
        assert page.is_visible("[data-dialog]")
        assert page.evaluate("() => document.activeElement.hasAttribute('data-dialog-cancel')")
        page.keyboard.press("Escape")
        assert not page.is_visible("[data-dialog]")
        assert visit.counts()["respondents"] == "1"
        page.keyboard.press("Enter")  # focus came back to "Erase"
        page.keyboard.press("Shift+Tab")  # to "Erase all"
        page.keyboard.press("Enter")
        assert visit.counts() == expected_counts(0)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_axe_finds_nothing_with_everything_shown(browser, base_url, lang, scheme, width):
    with WorkshopVisit(browser, base_url, color_scheme=scheme, viewport={"width": width, "height": 900}) as visit:
        page = visit.open(lang)
        page.fill("[data-workshop-session]", "Séance")
        visit.add_files("organisme-a.json", "partner-b.json", "malformed.json")  # refusals and the small-group warning
        assert page.is_visible("[data-group-small]") and page.is_visible("[data-group-refusals]")
        assert page.locator("[data-group-activity]").count() == len(BANK["activities"])
        assert axe_violations(page) == []


def test_the_dialog_passes_axe_while_open(browser, base_url):
    with WorkshopVisit(browser, base_url, color_scheme="dark") as visit:
        page = visit.open("fr")
        visit.add_files("organisme-a.json")
        page.click('[data-workshop-action="clear"]')
        assert axe_violations(page) == []
