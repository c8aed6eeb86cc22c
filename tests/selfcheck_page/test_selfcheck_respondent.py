"""One answer set, one respondent: the id comes with the first answer, is kept, exported and shared, is adopted from
a file or link of the same answer set, and changes on "Start over"; files, links and stored values of the first
format still load, their answers unchanged."""

import json
import re
from pathlib import Path

import pytest

from selfcheck.answers import export_text, read_share, share_fragment
from selfcheck.plan import check_plan

from selfcheck_visit import BANK, PATHS, STORAGE_KEY, Visit, answer_set, as_shown, expected_view, radio_ids

pytestmark = pytest.mark.browser

SCHEMA_1 = Path(__file__).resolve().parents[1] / "data" / "answers" / "schema-1"
RESPONDENT = re.compile(r"^[a-z2-7]{10}$")


def schema_1_files():
    found = sorted(SCHEMA_1.glob("*.json"))
    assert len(found) >= 3, "no schema-1 fixture files in %s" % SCHEMA_1
    return found


def schema_1_links():
    found = sorted(SCHEMA_1.glob("*.link"))
    assert len(found) >= 2, "no schema-1 fixture links in %s" % SCHEMA_1
    return found


def kept_answers(document):
    """A file's answers as the page keeps them: null is "no answer"."""
    answers = document["answers"]
    return {"items": {key: value for key, value in answers["items"].items() if value is not None},
            "continuum": {key: value for key, value in answers["continuum"].items() if value is not None},
            "aim": answers.get("aim")}


def confirm_if_asked(page):
    page.wait_for_function("() => document.querySelector('[data-dialog]').open")
    page.click("[data-dialog-confirm]")


def test_the_id_comes_with_the_first_answer_and_is_kept_exported_and_shared(browser, base_url, tmp_path):
    with Visit(browser, base_url, accept_downloads=True) as visit:
        page = visit.open("fr")
        assert visit.stored() is None  # not on page load
        first = radio_ids(answer_set("mixed"))[0]
        page.check("#" + first)
        stored = visit.stored()
        assert stored["schema"] == 2 and RESPONDENT.match(stored["respondent"])
        respondent = stored["respondent"]
        answers = answer_set("mixed")
        visit.answer(answers)
        assert visit.stored()["respondent"] == respondent
        page.reload()
        visit.wait_ready()
        page.check("#" + radio_ids(answer_set("strong"))[-1])  # a change after the reload
        assert visit.stored()["respondent"] == respondent
        answers["aim"] = 4

        with page.expect_download() as download:
            page.click('[data-action="export"]')
        exported = tmp_path / download.value.suggested_filename
        download.value.save_as(exported)
        document = json.loads(exported.read_text(encoding="utf-8"))
        assert (document["respondent"], document["schema"], document["answers"]) == (respondent, 2, answers)

        page.click('[data-action="share"]')
        link = page.input_value("[data-share-field]")
        assert link == base_url + PATHS["fr"] + "#" + share_fragment(BANK, answers, respondent)
        assert read_share(BANK, link.split("#", 1)[1]) == {"answers": answers, "respondent": respondent}


def test_start_over_drops_the_id_and_the_next_first_answer_makes_a_new_one(browser, base_url):
    with Visit(browser, base_url) as visit:
        page = visit.open("en")
        visit.answer(answer_set("sparse"))
        before = visit.stored()["respondent"]
        page.click('[data-action="start-over"]')
        page.click("[data-dialog-confirm]")
        assert visit.stored() is None
        page.click('[data-action="share"]')  # an empty answer set has no respondent yet
        assert page.input_value("[data-share-field]").endswith("~")
        visit.answer(answer_set("strong"))
        after = visit.stored()["respondent"]
        assert RESPONDENT.match(after) and after != before


def test_a_file_or_link_with_an_id_gives_it_and_one_without_keeps_the_current(browser, base_url, tmp_path):
    with Visit(browser, base_url) as visit:
        page = visit.open("en")
        visit.answer(answer_set("sparse"))
        own = visit.stored()["respondent"]
        theirs = tmp_path / "earlier.json"
        theirs.write_text(export_text(BANK, answer_set("strong"), "en", "2026-03-14", respondent="abcdefgh23"),
                          encoding="utf-8")
        page.set_input_files("[data-import-file]", str(theirs))
        confirm_if_asked(page)
        assert visit.stored()["respondent"] == "abcdefgh23" != own
        assert visit.checked_ids() == sorted(radio_ids(answer_set("strong")))

        page.set_input_files("[data-import-file]", str(schema_1_files()[0]))  # no id: the current one stays
        confirm_if_asked(page)
        assert visit.stored()["respondent"] == "abcdefgh23"

        page.goto(base_url + PATHS["en"] + "#" + share_fragment(BANK, answer_set("mixed"), "zyxwvuts76"))
        visit.wait_ready()
        confirm_if_asked(page)
        assert visit.stored()["respondent"] == "zyxwvuts76"
        assert visit.shown() == as_shown(expected_view(answer_set("mixed"), "en"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_files_of_the_first_format_still_import_with_their_answers(browser, base_url, lang):
    for path in schema_1_files():
        document = json.loads(path.read_text(encoding="utf-8"))
        assert document["schema"] == 1 and "respondent" not in document
        answers = kept_answers(document)
        with Visit(browser, base_url) as visit:
            page = visit.open(lang)
            page.set_input_files("[data-import-file]", str(path))
            page.wait_for_function("() => document.querySelector('[data-notice]').textContent !== ''")
            assert visit.checked_ids() == sorted(radio_ids(answers)), path.name
            assert visit.shown() == as_shown(expected_view(answers, lang)), path.name
            stored = visit.stored()
            assert stored["schema"] == 2 and stored["answers"] == answers, path.name
            assert RESPONDENT.match(stored["respondent"]), path.name
            assert page.input_value("#sc-label") == document.get("label", "")
            if "plan" in document:  # the action plan comes over too
                assert stored["plan"] == check_plan(BANK, document["plan"]), path.name
                assert page.locator("[data-plan-rows] > tr").count() == len(document["plan"]["rows"]), path.name


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_links_and_stored_values_of_the_first_format_still_load(browser, base_url, lang):
    for path in schema_1_links():
        fragment = path.read_text(encoding="utf-8").strip()
        assert fragment.startswith("answers=1~")
        answers = read_share(BANK, fragment)["answers"]
        with Visit(browser, base_url) as visit:
            page = visit.open(lang, "#" + fragment)
            assert visit.checked_ids() == sorted(radio_ids(answers)), path.name
            assert RESPONDENT.match(visit.stored()["respondent"]), path.name
    for path in schema_1_files():
        document = json.loads(path.read_text(encoding="utf-8"))
        with Visit(browser, base_url) as visit:
            page = visit.open(lang)
            page.evaluate("([key, text]) => localStorage.setItem(key, text)", [STORAGE_KEY, json.dumps(document)])
            page.reload()
            visit.wait_ready()
            assert visit.checked_ids() == sorted(radio_ids(kept_answers(document))), path.name
            stored = visit.stored()  # saved again at once, in the new format, with an id for its answer set
            assert stored["schema"] == 2 and stored["answers"] == kept_answers(document), path.name
            assert RESPONDENT.match(stored["respondent"]) and stored.get("label") == document.get("label"), path.name
            respondent = stored["respondent"]
            page.check("#" + radio_ids(answer_set("strong"))[0])
            assert visit.stored()["respondent"] == respondent
