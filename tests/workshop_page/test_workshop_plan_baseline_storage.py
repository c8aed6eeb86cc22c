"""The group's action plan (drafted from the group's priorities, kept with the set), the baseline (a group file or one
person's file; another questionnaire refused), and storage that is blocked, full or damaged."""

import json

import pytest

from selfcheck.collect import add_sources
from selfcheck.group import group_results
from selfcheck.plan import priorities_of
from selfcheck.text import say

from workshop_visit import (BANK, BLOCKED_STORAGE, STORAGE_KEY, UI, WorkshopVisit, expected_counts, fixture,
                            read_fixture)

pytestmark = pytest.mark.browser

FILES = ["organisme-a.json", "partner-b.json", "schema-1-without-id.json"]


def group_priorities(names):
    results = add_sources(BANK, [], [{"kind": "file", "name": n, "text": read_fixture(n), "size": None}
                                     for n in names])["results"]
    return [activity for activity, _ in priorities_of(group_results(BANK, results))]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_plan_is_drafted_from_the_group_s_priorities_and_kept(browser, base_url, lang):
    expected = group_priorities(FILES)
    assert expected, "the fixtures give the group at least one priority"
    with WorkshopVisit(browser, base_url) as visit:
        page = visit.open(lang)
        assert visit.plan_activities() == []
        visit.add_files(*FILES)
        assert visit.plan_activities() == expected
        page.fill("[data-plan-rows] tr:first-child [data-field=who]", "Comité de pilotage")
        page.reload()
        visit.wait_ready()
        assert visit.plan_activities() == expected
        assert page.input_value("[data-plan-rows] tr:first-child [data-field=who]") == "Comité de pilotage"
        page.click('[data-workshop-action="clear"]')
        page.click("[data-dialog-confirm]")
        assert visit.plan_activities() == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_baseline_from_a_group_file_or_one_person_and_another_bank_refused(browser, base_url, tmp_path, lang):
    other_bank = json.loads(read_fixture("partner-b.json"))
    other_bank["bank"]["id"] = "another-questionnaire"
    other = tmp_path / "other-bank.json"
    other.write_text(json.dumps(other_bank), encoding="utf-8")
    with WorkshopVisit(browser, base_url) as visit:
        page = visit.open(lang)
        visit.add_files(*FILES)
        page.set_input_files("input[data-workshop-baseline]", str(fixture("organisme-a.json")))
        status = say(UI, "workshop_baseline_loaded", lang, name="organisme-a.json", respondents=1)
        page.wait_for_function("t => document.querySelector('[data-workshop-baseline-status]').textContent === t",
                               arg=status)
        assert page.is_visible("[data-workshop-baseline-status]")
        assert page.is_enabled('[data-workshop-action="remove-baseline"]')

        page.set_input_files("input[data-workshop-baseline]", str(other))
        reason = say(UI, "err_bank_id", lang, found="another-questionnaire")
        page.wait_for_function("() => document.querySelector('[data-notice]').textContent !== ''")
        assert visit.notice() == say(UI, "workshop_baseline_refused", lang, reason=reason)
        assert page.text_content("[data-workshop-baseline-status]") == status  # the baseline before stays

        page.click('[data-workshop-action="remove-baseline"]')
        assert page.is_hidden("[data-workshop-baseline-status]")
        assert visit.notice() == say(UI, "workshop_baseline_removed", lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_blocked_storage_still_collects_and_says_to_export(browser, base_url, lang):
    with WorkshopVisit(browser, base_url) as visit:
        visit.page.add_init_script(BLOCKED_STORAGE)
        page = visit.open(lang)
        assert visit.notice().startswith(say(UI, "workshop_storage_unavailable", lang))
        visit.add_files(*FILES)
        assert visit.counts() == expected_counts(3, added=3)
        assert page.is_visible("[data-notice] button")  # "Export the group file", offered in the notice


FULL_STORAGE = ("Storage.prototype.setItem = function () {"
                " throw new DOMException('full', 'QuotaExceededError'); };")


def test_full_storage_says_so_and_keeps_the_set_on_screen(browser, base_url):
    with WorkshopVisit(browser, base_url) as visit:
        visit.page.add_init_script(FULL_STORAGE)
        visit.open("en")
        visit.add_files(*FILES)
        assert visit.counts() == expected_counts(3, added=3)
        assert visit.notice().startswith(say(UI, "workshop_storage_unavailable", "en"))


@pytest.mark.parametrize("stored", ["{not json", "null", json.dumps({"kind": "group", "schema": 99})])
def test_damaged_storage_is_set_aside(browser, base_url, stored):
    with WorkshopVisit(browser, base_url) as visit:
        visit.page.add_init_script(
            "if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1');"
            " localStorage.setItem(%s, %s); }" % (json.dumps(STORAGE_KEY), json.dumps(stored)))
        page = visit.open("fr")
        assert visit.notice() == say(UI, "workshop_storage_set_aside", "fr")
        assert page.evaluate("k => localStorage.getItem(k)", STORAGE_KEY + ":set-aside") == stored
        assert visit.counts() == expected_counts(0)
        visit.add_files("partner-b.json")
        assert visit.counts() == expected_counts(1, added=1)


def test_huge_storage_is_set_aside_without_being_read(browser, base_url):
    with WorkshopVisit(browser, base_url) as visit:
        visit.page.add_init_script(
            "if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1');"
            " localStorage.setItem(%s, 'x'.repeat(2 * 1024 * 1024)); }" % json.dumps(STORAGE_KEY))
        visit.open("en")
        assert visit.notice() == say(UI, "workshop_storage_set_aside", "en")
        assert visit.counts() == expected_counts(0)

