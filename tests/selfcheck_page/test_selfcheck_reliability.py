"""The page keeps working, and loses no answer, when storage is full, missing or damaged, when two tabs answer at
once, when the reader types before Python is ready, and when a handler meets an error nobody expected."""

import json

import pytest

from selfcheck.answers import SIZE_LIMIT, export_text
from selfcheck.text import say

from selfcheck_visit import BANK, PATHS, STORAGE_KEY, UI, Visit, answer_set, as_shown, expected_view, radio_ids

pytestmark = pytest.mark.browser

LANGS = ["fr", "en"]
SET_ASIDE = [STORAGE_KEY + ":set-aside"] + [STORAGE_KEY + ":set-aside-%d" % n for n in range(2, 6)]
SPARSE = answer_set("sparse")
# Answers for statements SPARSE leaves out, so that merging them with SPARSE loses nothing visibly.
OTHERS = {"items": {item["id"]: 4 for item in BANK["items"] if item["id"] not in SPARSE["items"]},
          "continuum": {"1": "yes"}, "aim": 2}

# Fill the origin's storage to the last character under another key, as another script of the site could.
FILL_STORAGE = """() => {
  let size = 1 << 22, n = 0;
  while (size >= 1) {
    try { localStorage.setItem("filler-" + n, "x".repeat(size)); n += 1; } catch (error) { size = Math.floor(size / 2); }
  }
}"""


def seed(visit, values):
    """Put `values` ({key: text}) in storage once, before the page's first load (not again on reload)."""
    visit.page.add_init_script(
        "if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1');"
        " for (const [k, v] of Object.entries(%s)) localStorage.setItem(k, v); }" % json.dumps(values))


def stored_text(visit, key=STORAGE_KEY):
    return visit.page.evaluate("key => localStorage.getItem(key)", key)


def merged(*answer_sets):
    result = {"items": {}, "continuum": {}, "aim": None}
    for answers in answer_sets:
        result["items"].update(answers["items"])
        result["continuum"].update(answers["continuum"])
        result["aim"] = answers["aim"] if answers["aim"] is not None else result["aim"]
    return result


def assert_notice(visit, key, export_offered, **values):
    expected = say(UI, key, visit.lang, **values)
    notice = visit.page.locator("[data-notice]")
    assert notice.evaluate("n => n.firstChild.textContent") == expected
    assert notice.locator("button").count() == (1 if export_offered else 0)
    if export_offered:
        assert notice.locator("button").inner_text() == say(UI, "export_now", visit.lang)


def open_page(visit, lang):
    visit.lang = lang
    return visit.open(lang)


def export_from_the_notice(visit, answers):
    with visit.page.expect_download() as download:
        visit.page.click("[data-notice] button")
    with open(download.value.path(), encoding="utf-8") as handle:
        assert json.load(handle)["answers"] == answers


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("full", ["quota-error", "filled-by-another-key"])
def test_full_storage_keeps_results_updating_keeps_what_was_saved_and_offers_export(browser, base_url, lang, full):
    with Visit(browser, base_url, accept_downloads=True) as visit:
        saved = export_text(BANK, SPARSE, lang, "2026-03-14")
        seed(visit, {STORAGE_KEY: saved})
        if full == "quota-error":
            visit.page.add_init_script(
                "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };")
            page = open_page(visit, lang)
        else:
            page = open_page(visit, lang)
            page.evaluate(FILL_STORAGE)
        assert visit.shown() == as_shown(expected_view(SPARSE, lang))
        for count, control in enumerate(radio_ids(OTHERS)[:6], 1):
            page.check("#" + control)
            assert page.locator("[data-notice]").count() == 1
            assert_notice(visit, "storage_unavailable", True)
        given = merged(SPARSE, {"items": dict(list(OTHERS["items"].items())[:6]), "continuum": {}, "aim": None})
        assert visit.shown() == as_shown(expected_view(given, lang))
        assert visit.stored()["answers"] == SPARSE  # what was saved before is still there
        export_from_the_notice(visit, given)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("storage", ["null", "throws"])
def test_missing_storage_gives_the_same_notice_and_no_error(browser, base_url, lang, storage):
    with Visit(browser, base_url, accept_downloads=True) as visit:
        getter = "return null;" if storage == "null" else "throw new DOMException('denied', 'SecurityError');"
        visit.page.add_init_script("Object.defineProperty(window, 'localStorage', {get() { %s }});" % getter)
        page = open_page(visit, lang)
        assert_notice(visit, "storage_unavailable", True)
        visit.answer(SPARSE)
        page.fill("#sc-label", "Nord")
        assert visit.shown() == as_shown(expected_view(SPARSE, lang))
        assert_notice(visit, "storage_unavailable", True)
        export_from_the_notice(visit, SPARSE)


@pytest.mark.parametrize("lang", LANGS)
def test_huge_or_garbage_stored_values_are_set_aside_each_under_its_own_key(browser, base_url, lang):
    huge = "x" * (3 * 1024 * 1024 // 2)  # megabytes; room to copy it remains
    with Visit(browser, base_url) as visit:
        seed(visit, {STORAGE_KEY: huge})
        page = open_page(visit, lang)
        assert_notice(visit, "storage_set_aside", False)
        assert stored_text(visit, SET_ASIDE[0]) == huge
        assert stored_text(visit) is None
        page.check("#sc-connect-1-5")
        assert visit.stored()["answers"]["items"] == {"connect-1": 5}

        # A second damaged value goes beside the first, and so on; with every place taken, it stays where it is.
        for number, key in enumerate(SET_ASIDE[1:] + [None], 2):
            garbage = "{damaged %d" % number
            page.evaluate("([key, text]) => localStorage.setItem(key, text)", [STORAGE_KEY, garbage])
            page.reload()
            visit.wait_ready()
            if key is None:
                assert_notice(visit, "storage_set_aside_failed", True)
                assert stored_text(visit) == garbage
                page.check("#sc-connect-2-3")  # answering works, and does not overwrite the damaged value
                assert stored_text(visit) == garbage
            else:
                assert_notice(visit, "storage_set_aside", False)
                assert stored_text(visit, key) == garbage
        assert stored_text(visit, SET_ASIDE[0]) == huge


@pytest.mark.parametrize("lang", LANGS)
def test_a_damaged_value_that_cannot_be_set_aside_on_full_storage_stays_and_answers_still_count(browser, base_url,
                                                                                                   lang):
    with Visit(browser, base_url) as visit:
        page = open_page(visit, lang)
        page.evaluate("key => localStorage.setItem(key, 'y'.repeat(1 << 21))", STORAGE_KEY)
        page.evaluate(FILL_STORAGE)
        page.reload()
        visit.wait_ready()
        assert_notice(visit, "storage_set_aside_failed", True)
        visit.answer(SPARSE)
        assert visit.shown() == as_shown(expected_view(SPARSE, lang))
        assert stored_text(visit) == "y" * (1 << 21)
        assert_notice(visit, "storage_set_aside_failed", True)


@pytest.mark.parametrize("lang", LANGS)
def test_two_tabs_answering_different_statements_lose_nothing(browser, base_url, lang):
    with Visit(browser, base_url) as visit:
        first = open_page(visit, lang)
        second = visit.new_tab()
        second.goto(base_url + PATHS[lang])
        second.wait_for_selector('[data-selfcheck][data-ready="1"]', state="attached")
        for control in radio_ids(SPARSE):
            first.check("#" + control)
        for control in radio_ids(OTHERS):
            second.check("#" + control)
        both = merged(SPARSE, OTHERS)
        first.wait_for_function("n => document.querySelectorAll('[data-selfcheck] input:checked').length === n",
                                arg=len(radio_ids(both)))
        assert visit.shown() == as_shown(expected_view(both, lang))
        assert visit.notice() == say(UI, "merged_from_tab", lang, count=1)  # one answer at a time
        first.reload()
        visit.wait_ready()
        assert visit.checked_ids() == sorted(radio_ids(both))
        second.reload()
        second.wait_for_selector('[data-selfcheck][data-ready="1"]', state="attached")
        assert visit.stored()["answers"] == both

        # Start over in one tab erases in the other too: the question said "every answer saved in this browser".
        second.click('[data-action="start-over"]')
        second.click("[data-dialog-confirm]")
        first.wait_for_function("() => !document.querySelector('[data-selfcheck] input:checked')")
        assert visit.notice() == say(UI, "erased_in_tab", lang)
        assert visit.stored() is None


@pytest.mark.parametrize("lang", LANGS)
def test_a_label_and_answers_typed_before_python_is_ready_are_kept(browser, base_url, lang):
    with Visit(browser, base_url) as visit:
        seed(visit, {STORAGE_KEY: export_text(BANK, SPARSE, lang, "2026-03-14", "Ancienne équipe")})
        page = visit.page
        release = []
        page.route("**/micropython.wasm", lambda route: release.append(route))
        page.goto(base_url + PATHS[lang], wait_until="domcontentloaded")
        page.fill("#sc-label", "Équipe Sud")
        page.check("#sc-connect-1-1")
        while not release:
            page.wait_for_timeout(50)
        release[0].continue_()
        visit.wait_ready()
        assert page.input_value("#sc-label") == "Équipe Sud"
        assert visit.stored()["label"] == "Équipe Sud"
        assert visit.stored()["answers"]["items"]["connect-1"] == 1


@pytest.mark.parametrize("lang", LANGS)
def test_control_characters_typed_in_the_label_are_taken_out_with_a_word(browser, base_url, lang):
    with Visit(browser, base_url) as visit:
        page = open_page(visit, lang)
        page.fill("#sc-label", "Nord\x7f <b>Sud\x1b")
        assert page.input_value("#sc-label") == "Nord bSud"
        assert visit.notice() == say(UI, "label_cleaned", lang)
        assert visit.stored()["label"] == "Nord bSud"
        page.check("#sc-connect-1-3")  # the page keeps working, and the notice was about the label only
        assert visit.notice() == ""
        assert visit.stored()["answers"]["items"] == {"connect-1": 3}


@pytest.mark.parametrize("lang", LANGS)
def test_an_import_asks_before_replacing_answers_even_with_an_empty_file(browser, base_url, lang, tmp_path):
    with Visit(browser, base_url) as visit:
        page = open_page(visit, lang)
        visit.answer(SPARSE)
        empty = tmp_path / "empty.json"
        empty.write_text(export_text(BANK, {"items": {}, "continuum": {}, "aim": None}, lang, "2026-03-14"))
        page.set_input_files("[data-import-file]", str(empty))
        page.wait_for_selector("[data-dialog][open]")
        current = len(radio_ids(SPARSE))
        assert page.inner_text("[data-dialog-text]") == say(UI, "confirm_replace_file", lang, count=0, current=current)
        page.click("[data-dialog-cancel]")
        assert visit.notice() == say(UI, "file_kept", lang)
        assert visit.checked_ids() == sorted(radio_ids(SPARSE))

        # Just under the size limit, padded: read, and loaded once confirmed.
        full = export_text(BANK, OTHERS, lang, "2026-03-14")
        padded = tmp_path / "padded.json"
        padded.write_text(full + " " * (SIZE_LIMIT - len(full.encode("utf-8"))), encoding="utf-8")
        assert padded.stat().st_size == SIZE_LIMIT
        page.set_input_files("[data-import-file]", str(padded))
        page.wait_for_selector("[data-dialog][open]")
        page.click("[data-dialog-confirm]")
        assert visit.notice() == say(UI, "imported", lang, name="padded.json")
        assert visit.checked_ids() == sorted(radio_ids(OTHERS))
        assert visit.stored()["answers"] == OTHERS


@pytest.mark.parametrize("lang", LANGS)
def test_an_error_no_handler_expected_is_told_and_the_page_keeps_working(browser, base_url, lang, tmp_path):
    with Visit(browser, base_url, accept_downloads=True) as visit:
        page = open_page(visit, lang)
        visit.answer(SPARSE)
        page.evaluate("() => document.getElementById('sc-plan-1-4').remove()")  # a radio the page will look for
        path = tmp_path / "answers.json"
        path.write_text(export_text(BANK, {"items": {"plan-1": 4}, "continuum": {}, "aim": None}, lang, "2026-03-14"))
        page.set_input_files("[data-import-file]", str(path))
        page.click("[data-dialog-confirm]")
        assert_notice(visit, "unexpected_error", True)
        assert page.get_attribute("[data-selfcheck]", "data-fault") == "1"
        export_from_the_notice(visit, {"items": {"plan-1": 4}, "continuum": {}, "aim": None})
        page.check("#sc-connect-1-5")
        assert visit.stored()["answers"]["items"] == {"plan-1": 4, "connect-1": 5}
        page.evaluate("() => { delete document.querySelector('[data-selfcheck]').dataset.fault; }")  # seen, expected
