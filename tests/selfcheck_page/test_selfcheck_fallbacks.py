"""The self-check page without JavaScript, without storage, and on paper (the print report)."""

import pytest

from browser_visit import BrowserVisit
from selfcheck_visit import BLOCKED_STORAGE, PATHS, Visit, answer_set, as_shown, expected_view

pytestmark = pytest.mark.browser


def test_without_javascript_the_form_still_answers_and_points_to_the_paper_version(browser, base_url):
    with BrowserVisit(browser, base_url, java_script_enabled=False) as visit:
        page = visit.page
        page.goto(base_url + PATHS["fr"])
        note = page.locator(".selfcheck-noscript")
        assert note.is_visible()
        assert note.locator("a").get_attribute("href") == "paper/"
        page.check("#sc-connect-1-4")
        assert page.is_checked("#sc-connect-1-4")
        assert page.locator('[data-action="export"]').is_disabled()


def test_without_storage_the_page_works_and_says_so(browser, base_url):
    with Visit(browser, base_url) as visit:
        visit.page.add_init_script(BLOCKED_STORAGE)
        visit.open("en")
        assert visit.notice() == ("This browser cannot save your answers (storage full or blocked): export them before "
                                  "you close the page.Export now")
        answers = answer_set("sparse")
        visit.answer(answers)
        assert visit.shown() == as_shown(expected_view(answers, "en"))


def test_the_print_report_shows_results_and_the_action_plan_only(browser, base_url):
    with Visit(browser, base_url) as visit:
        page = visit.open("en")
        visit.answer(answer_set("mixed"))
        page.fill("#sc-label", "North team")
        page.emulate_media(media="print")
        for hidden in ("#connect", "fieldset[data-item]", ".selfcheck-status", ".selfcheck-tools", ".md-sidebar",
                       ".md-typeset > ul"):
            assert not page.locator(hidden).first.is_visible(), hidden
        for shown in ("h1", "#results", "[data-chart] svg", "[data-result-overall]", "[data-priority]",
                      ".selfcheck-plan-table", '[data-print="action"]', "[data-report-label]"):
            assert page.locator(shown).first.is_visible(), shown
        assert page.locator(".selfcheck-plan-table tbody tr").count() == len(visit.shown()["priorities"])
        assert page.text_content("[data-report-label]") == "Team or session: North team"
        page.emulate_media(media="screen")
        assert not page.locator('[data-print="action"]').first.is_visible()
