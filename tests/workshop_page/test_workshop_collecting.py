"""Collecting on the workshop page: many files at once, links pasted inside any text, each accepted or refused on its
own with its reason; one result per respondent; the set kept across reloads, exported and imported as one group
file, and erased only once the facilitator confirms. Both languages; counts checked exactly."""

import pytest

from selfcheck.answers import share_fragment
from selfcheck.collect import add_sources, refusal_line
from selfcheck.group_file import read_group
from selfcheck.text import say

from workshop_visit import (BANK, FIXTURES, UI, WorkshopVisit, answer_set, expected_counts, fixture, read_fixture)

pytestmark = pytest.mark.browser

# Every fixture, with what it is: the test below checks the folder holds exactly these.
FIXTURE_ROLES = {
    "organisme-a.json": "schema 2, respondent k3m7q2x4ab",
    "organisme-a-again.json": "the same result again: a duplicate",
    "organisme-a-newer.json": "a newer result of the same respondent: replaces it",
    "partner-b.json": "schema 2, another respondent",
    "schema-1-without-id.json": "schema 1, no respondent id: told apart by its answers",
    "other-bank-version.json": "another version of the bank: refused",
    "malformed.json": "cut short: refused",
}
FIRST = ["organisme-a.json", "partner-b.json", "schema-1-without-id.json", "other-bank-version.json", "malformed.json"]
SECOND = ["organisme-a-again.json", "organisme-a-newer.json"]


def sources(names):
    return [{"kind": "file", "name": name, "text": read_fixture(name), "size": fixture(name).stat().st_size}
            for name in names]


def expected_refusals(added, lang, source="file"):
    """One line per refusal: the file's name or the link's start, then the reason in the page's language."""
    lines = []
    for entry in added["refusals"]:
        assert entry["source"] == source
        lines.append(refusal_line(UI, entry, lang))
    return lines


def test_the_fixtures_are_all_there():
    found = sorted(path.name for path in FIXTURES.glob("*.json"))
    assert len(found) >= 6
    assert found == sorted(FIXTURE_ROLES)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_files_at_once_each_accepted_or_refused_one_result_per_respondent(browser, base_url, lang):
    first = add_sources(BANK, [], sources(FIRST))
    second = add_sources(BANK, first["results"], sources(SECOND))
    assert first["counts"] == {"added": 3, "replaced": 0, "duplicates": 0, "refused": 2}
    assert second["counts"] == {"added": 0, "replaced": 1, "duplicates": 1, "refused": 0}
    with WorkshopVisit(browser, base_url) as visit:
        visit.open(lang)
        assert visit.counts() == expected_counts(0)
        assert visit.count_text() == say(UI, "workshop_count_none", lang)
        visit.add_files(*FIRST)
        assert visit.counts() == expected_counts(3, added=3, refused=2)
        assert visit.count_text() == say(UI, "workshop_count", lang, respondents=3, added=3, replaced=0, duplicates=0,
                                         refused=2)
        assert visit.refusals() == expected_refusals(first, lang)
        assert len(visit.refusals()) == 2 and "other-bank-version.json" in visit.refusals()[0] + visit.refusals()[1]
        visit.add_files(*SECOND)
        assert visit.counts() == expected_counts(3, replaced=1, duplicates=1)
        assert visit.refusals() == []
        stored = read_group(BANK, visit.stored())
        assert stored["results"] == second["results"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_links_are_found_inside_any_text(browser, base_url, lang):
    mixed, strong = answer_set("mixed"), answer_set("strong")
    one = share_fragment(BANK, mixed, "a2b3c4d5e6")
    other = share_fragment(BANK, strong, "f7g2h3j4k5")
    damaged = one[:-14]  # cut short, as a mail program may wrap a long line
    text = ("Bonjour,\n> Voici mon lien : https://example.org/selfcheck/#%s (merci !)\n"
            "Le mien: <https://example.org/en/selfcheck/#%s>\nEncore: https://example.org/selfcheck/#%s\n"
            "Et en double : https://example.org/selfcheck/#%s." % (one, other, damaged, one))
    pasted = [{"kind": "text", "name": say(UI, "workshop_pasted_text", lang), "text": text}]
    added = add_sources(BANK, [], pasted)
    assert added["counts"] == {"added": 2, "replaced": 0, "duplicates": 1, "refused": 1}
    with WorkshopVisit(browser, base_url) as visit:
        visit.open(lang)
        visit.paste_links(text)
        assert visit.counts() == expected_counts(2, added=2, duplicates=1, refused=1)
        assert visit.refusals() == expected_refusals(added, lang, "link")
        # A text without a link is refused, and changes nothing.
        visit.paste_links("Pas de lien ici.")
        nothing = add_sources(BANK, added["results"], [dict(pasted[0], text="Pas de lien ici.")])
        assert visit.counts() == expected_counts(2, refused=1)
        assert visit.refusals() == expected_refusals(nothing, lang, "link")

def test_a_small_group_is_told_that_results_identify_people(browser, base_url):
    with WorkshopVisit(browser, base_url) as visit:
        page = visit.open("en")
        assert page.locator("[data-group-small]").count() == 0
        visit.add_files("organisme-a.json", "partner-b.json")
        assert page.is_visible("[data-workshop-results] [data-group-small]")
        assert page.text_content("[data-group-small]") == (say(UI, "group_small_title", "en")
                                                            + say(UI, "group_small", "en", count=3))
        visit.add_files("schema-1-without-id.json")
        assert page.locator("[data-group-small]").count() == 0


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reload_keeps_the_set(browser, base_url, lang):
    with WorkshopVisit(browser, base_url) as visit:
        page = visit.open(lang)
        page.fill("[data-workshop-session]", "Séance de novembre")
        visit.add_files(*FIRST)
        stored = visit.stored()
        page.reload()
        visit.wait_ready()
        assert visit.counts() == expected_counts(3)
        assert visit.count_text() == say(UI, "workshop_count_total", lang, respondents=3)
        assert page.input_value("[data-workshop-session]") == "Séance de novembre"
        assert visit.stored() == stored
        assert read_group(BANK, stored)["session"] == "Séance de novembre"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_group_file_round_trip(browser, base_url, tmp_path, lang):
    with WorkshopVisit(browser, base_url, accept_downloads=True) as visit:
        page = visit.open(lang)
        page.fill("[data-workshop-session]", "Atelier Nord & Sud")
        visit.add_files(*FIRST + SECOND)
        collected = read_group(BANK, visit.stored())["results"]
        with page.expect_download() as download:
            page.click('[data-workshop-action="export"]')
        exported = tmp_path / download.value.suggested_filename
        download.value.save_as(exported)
        group = read_group(BANK, exported.read_text(encoding="utf-8"))
        assert group["session"] == "Atelier Nord & Sud" and group["results"] == collected
        page.click('[data-workshop-action="clear"]')
        page.click("[data-dialog-confirm]")
        assert visit.counts() == expected_counts(0)
        # An imported group file merges into the set like any other file: each of its results counts.
        visit.add_paths(exported)
        assert visit.counts() == expected_counts(3, added=3)
        assert read_group(BANK, visit.stored())["results"] == collected
        # Added again, every result is already there.
        visit.add_paths(exported)
        assert visit.counts() == expected_counts(3, duplicates=3)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_clear_asks_first(browser, base_url, lang):
    with WorkshopVisit(browser, base_url) as visit:
        page = visit.open(lang)
        visit.add_files(*FIRST)
        page.click('[data-workshop-action="clear"]')
        assert page.is_visible("[data-dialog]")
        assert page.inner_text("[data-dialog-text]") == say(UI, "workshop_confirm_clear", lang, count=3)
        page.click("[data-dialog-cancel]")
        assert visit.counts()["respondents"] == "3"
        assert visit.notice() == say(UI, "workshop_clear_kept", lang)
        page.click('[data-workshop-action="clear"]')
        page.keyboard.press("Escape")
        assert visit.counts()["respondents"] == "3" and visit.stored() is not None
        page.click('[data-workshop-action="clear"]')
        page.click("[data-dialog-confirm]")
        assert visit.counts() == expected_counts(0)
        assert visit.stored() is None
        assert visit.notice() == say(UI, "workshop_cleared", lang)


def test_files_dropped_anywhere_on_the_page_are_added(browser, base_url):
    with WorkshopVisit(browser, base_url) as visit:
        page = visit.open("fr")
        dropped = page.evaluate_handle("""files => {
          const transfer = new DataTransfer();
          for (const [name, text] of files) transfer.items.add(new File([text], name, {type: "application/json"}));
          return transfer;
        }""", [[name, read_fixture(name)] for name in FIRST])
        page.dispatch_event("h1", "dragover", {"dataTransfer": dropped})
        assert page.get_attribute("[data-workshop]", "data-dragging") == "1"  # the drop zone shows it takes them
        before = visit.revision()
        page.dispatch_event("h1", "drop", {"dataTransfer": dropped})
        visit.wait_changed(before)
        assert visit.counts() == expected_counts(3, added=3, refused=2)
        assert page.get_attribute("[data-workshop]", "data-dragging") is None


def test_two_tabs_of_the_page_share_the_set(browser, base_url):
    with WorkshopVisit(browser, base_url) as visit:
        first = visit.open("en")
        second = visit.new_tab()
        second.goto(base_url + "en/selfcheck/workshop/")
        second.wait_for_selector('[data-workshop][data-ready="1"]', state="attached", timeout=30_000)
        first.fill("[data-workshop-session]", "Two tabs")
        visit.add_files(*FIRST)
        second.wait_for_function("() => document.querySelector('[data-group-count]').dataset.respondents === '3'")
        assert second.input_value("[data-workshop-session]") == "Two tabs"
        assert second.text_content("[data-notice]") == say(UI, "workshop_merged_from_tab", "en", respondents=3)
        second.set_input_files("input[data-workshop-files]", [str(fixture(name)) for name in SECOND])
        second.wait_for_function("() => document.querySelector('[data-group-count]').dataset.replaced === '1'")
        first.wait_for_function("() => document.querySelector('[data-notice]').textContent !== ''")
        assert read_group(BANK, visit.stored())["results"] == add_sources(
            BANK, add_sources(BANK, [], sources(FIRST))["results"], sources(SECOND))["results"]
        first.click('[data-workshop-action="clear"]')
        first.click("[data-dialog-confirm]")
        second.wait_for_function("() => document.querySelector('[data-group-count]').dataset.respondents === '0'")
        assert second.text_content("[data-notice]") == say(UI, "workshop_erased_in_tab", "en")
