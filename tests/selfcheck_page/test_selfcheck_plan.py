"""The action plan on the self-check page: drafted from the priorities, edited, kept, moved with the keyboard,
exported and read back, printed, and clean for axe, in both languages."""

import csv
import io
import json

import pytest

from axe_check import axe_violations
from selfcheck import score
from selfcheck.answers import export_text
from selfcheck.plan import prefill, priorities_of, to_csv, to_markdown

from selfcheck_visit import BANK, BLOCKED_STORAGE, STORAGE_KEY, UI, Visit, answer_set

pytestmark = pytest.mark.browser

ROWS = "[data-plan-rows] tr"
FIELDS = ("activity", "action", "who", "when", "indicator", "status")
READ_ROWS = """() => [...document.querySelectorAll("[data-plan-rows] tr")].map(row =>
  Object.fromEntries([...row.querySelectorAll("[data-field]")].map(field => [field.dataset.field, field.value])))"""


def draft(answers, lang):
    return prefill(BANK, priorities_of(score(BANK, answers)), lang)


def shown_rows(page):
    return page.evaluate(READ_ROWS)


def as_shown(plan):
    return [dict((field, row[field]) for field in FIELDS) for row in plan["rows"]]


def row(page, number):
    return page.locator(ROWS).nth(number - 1)


def focused_name(page):
    return page.evaluate("() => document.activeElement.getAttribute('aria-label')")


def seed(visit, document):
    """Put `document` (an export document) into the page's storage before the first load only."""
    visit.page.add_init_script(
        "if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1');"
        " localStorage.setItem(%s, %s); }" % (json.dumps(STORAGE_KEY), json.dumps(json.dumps(document))))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_plan_starts_from_the_priorities_and_follows_them_until_edited(browser, base_url, lang):
    with Visit(browser, base_url) as visit:
        page = visit.open(lang)
        assert page.locator(ROWS).count() == 0 and page.is_visible("[data-plan-empty]")
        answers = answer_set("mixed")
        visit.answer(answers)
        expected = draft(answers, lang)
        assert len(expected["rows"]) >= 2
        assert shown_rows(page) == as_shown(expected)
        first = expected["rows"][0]["activity"]
        activity = [a for a in BANK["activities"] if a["id"] == first][0]
        lesson = row(page, 1).locator("[data-plan-lesson]")
        assert lesson.get_attribute("href") == "../" + activity["lesson"]  # from either language's page
        assert row(page, 2).locator('[data-row-action="up"]').get_attribute("aria-label") == (
            "Monter la ligne 2" if lang == "fr" else "Move row 2 up")
        assert row(page, 2).locator('[data-field="who"]').get_attribute("aria-label") == (
            "Responsable, ligne 2" if lang == "fr" else "Who, row 2")
        assert not page.is_visible("[data-plan-offer]")
        # Not edited yet: the plan still follows the answers.
        strong = answer_set("strong")
        visit.answer(strong)
        assert shown_rows(page) == as_shown(draft(strong, lang)) == []
        assert visit.errors == []


def test_new_priorities_after_an_edit_are_offered_and_nothing_is_overwritten(browser, base_url):
    with Visit(browser, base_url) as visit:
        page = visit.open("en")
        sparse = answer_set("sparse")
        visit.answer(sparse)
        before = draft(sparse, "en")
        row(page, 1).locator('[data-field="who"]').fill("Sam")
        mixed = answer_set("mixed")
        visit.answer(mixed)
        offered = [a for a, _ in priorities_of(score(BANK, mixed)) if a not in before["priorities"]]
        assert offered
        assert page.is_visible("[data-plan-offer]")
        names = ", ".join(a["name"]["en"] for a in BANK["activities"] if a["id"] in offered)
        assert sorted(page.inner_text("[data-plan-offer-text]").split(": ")[1].rstrip(".").split(", ")) == sorted(
            names.split(", "))
        shown = shown_rows(page)
        assert shown[0]["who"] == "Sam" and len(shown) == len(before["rows"])
        page.click('[data-plan-action="add-priorities"]')
        shown = shown_rows(page)
        assert [r["activity"] for r in shown] == before["priorities"] + [a for a, _ in priorities_of(score(BANK, mixed))
                                                                         if a in offered]
        assert shown[0]["who"] == "Sam"
        assert not page.is_visible("[data-plan-offer]")
        assert visit.notice() == "Rows added at the end of the plan: %d." % len(offered)
        assert visit.errors == []


def test_edits_survive_reload_language_switch_back_and_forward(browser, base_url):
    with Visit(browser, base_url) as visit:
        page = visit.open("fr")
        visit.answer(answer_set("mixed"))
        first = row(page, 1)
        first.locator('[data-field="who"]').fill("Équipe <b>Nord</b>")
        first.locator('[data-field="when"]').fill("2026-05-01")
        first.locator('[data-field="status"]').select_option("doing")
        first.locator('[data-field="indicator"]').fill("Deux lignes\net un | tube")
        edited = shown_rows(page)
        assert visit.stored()["plan"]["edited"] is True
        page.reload()
        visit.wait_ready()
        assert shown_rows(page) == edited
        with page.expect_navigation():
            page.eval_on_selector('a.md-select__link[hreflang="en"]', "link => link.click()")
        visit.wait_ready()
        assert shown_rows(page) == edited  # the reader's plan, as written, in its French words
        assert row(page, 1).locator('[data-field="status"] option:checked').text_content() == "Under way"
        assert row(page, 1).locator('[data-print="who"]').text_content() == "Équipe <b>Nord</b>"
        page.go_back()
        visit.wait_ready()
        assert shown_rows(page) == edited
        page.go_forward()
        visit.wait_ready()
        assert shown_rows(page) == edited
        assert visit.errors == []


def test_an_unedited_plan_switches_language_with_the_page(browser, base_url):
    with Visit(browser, base_url) as visit:
        page = visit.open("fr")
        answers = answer_set("mixed")
        visit.answer(answers)
        page.goto(base_url + "en/selfcheck/")
        visit.wait_ready()
        assert shown_rows(page) == as_shown(draft(answers, "en"))


def test_rows_are_added_moved_and_removed_with_the_keyboard(browser, base_url):
    with Visit(browser, base_url) as visit:
        page = visit.open("en")
        visit.answer(answer_set("mixed"))
        count = page.locator(ROWS).count()
        activities = [r["activity"] for r in shown_rows(page)]
        page.focus('[data-plan-action="add"]')
        page.keyboard.press("Enter")
        assert page.locator(ROWS).count() == count + 1
        assert focused_name(page) == "Activity, row %d" % (count + 1)
        page.keyboard.press("Tab")  # "Other" has no lesson or tool links: straight on to the action
        assert focused_name(page) == "Action, row %d" % (count + 1)
        page.keyboard.type("Our own row")
        # Move row 2 up with Enter: focus follows the row to the top, where only "down" is left.
        row(page, 2).locator('[data-row-action="up"]').focus()
        page.keyboard.press("Enter")
        assert [r["activity"] for r in shown_rows(page)][:2] == [activities[1], activities[0]]
        assert focused_name(page) == "Move row 1 down"
        assert visit.notice() == "Row moved to position 1."
        page.keyboard.press("Space")
        assert [r["activity"] for r in shown_rows(page)][:2] == activities[:2]
        assert focused_name(page) == "Move row 2 down"
        # An untouched suggestion goes without asking; focus moves to the row that took its place.
        row(page, 1).locator('[data-row-action="remove"]').focus()
        page.keyboard.press("Enter")
        assert not page.is_visible("[data-dialog]")
        assert [r["activity"] for r in shown_rows(page)][0] == activities[1]
        assert focused_name(page) == "Remove row 1"
        # The reader's own row: asked first; Escape keeps it, confirming removes it.
        last = page.locator(ROWS).count()
        row(page, last).locator('[data-row-action="remove"]').focus()
        page.keyboard.press("Enter")
        assert page.is_visible("[data-dialog]")
        assert page.inner_text("[data-dialog-text]") == "Remove row %d? What you wrote in it will be lost." % last
        page.keyboard.press("Escape")
        assert page.locator(ROWS).count() == last
        assert focused_name(page) == "Remove row %d" % last
        page.keyboard.press("Enter")
        page.keyboard.press("Shift+Tab")  # from "Cancel" back to "Remove the row"
        page.keyboard.press("Enter")
        assert page.locator(ROWS).count() == last - 1
        assert "Our own row" not in json.dumps(visit.stored()["plan"])
        assert focused_name(page) == "Remove row %d" % (last - 1)
        assert visit.errors == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_csv_and_markdown_downloads_read_back_with_formulas_neutralized(browser, base_url, lang, tmp_path):
    with Visit(browser, base_url, accept_downloads=True) as visit:
        page = visit.open(lang)
        visit.answer(answer_set("mixed"))
        page.fill("#sc-label", "Nord | Sud")
        row(page, 1).locator('[data-field="action"]').fill('=HYPERLINK("http://example.com","clic")')
        row(page, 1).locator('[data-field="who"]').fill("@Marie, \"coord\"")
        row(page, 2).locator('[data-field="indicator"]').fill("-10 %\nsur deux lignes")
        plan = visit.stored()["plan"]
        with page.expect_download() as download:
            page.click('[data-plan-action="csv"]')
        path = tmp_path / download.value.suggested_filename
        download.value.save_as(path)
        assert path.name.startswith(BANK["id"] + "-plan-") and path.suffix == ".csv"
        data = path.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf") and data == to_csv(BANK, UI, plan, lang).encode("utf-8")
        table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        assert table[0][0] == ("Activité" if lang == "fr" else "Activity") and len(table) == len(plan["rows"]) + 1
        assert table[1][1] == "'=HYPERLINK(\"http://example.com\",\"clic\")"
        assert table[1][2] == "'@Marie, \"coord\""
        assert table[2][4] == "'-10 %\nsur deux lignes"
        with page.expect_download() as download:
            page.click('[data-plan-action="markdown"]')
        path = tmp_path / download.value.suggested_filename
        download.value.save_as(path)
        assert path.suffix == ".md"
        text = path.read_text(encoding="utf-8")
        assert text == to_markdown(BANK, UI, plan, lang, "Nord | Sud")
        assert "-10 %<br>sur deux lignes" in text and "Nord \\| Sud" in text
        assert visit.errors == []


def test_the_json_export_carries_the_plan_and_import_restores_it(browser, base_url, tmp_path):
    with Visit(browser, base_url, accept_downloads=True) as visit:
        page = visit.open("fr")
        visit.answer(answer_set("mixed"))
        row(page, 1).locator('[data-field="who"]').fill("Marie")
        edited = shown_rows(page)
        with page.expect_download() as download:
            page.click('[data-action="export"]')
        exported = tmp_path / "answers.json"
        download.value.save_as(exported)
        assert json.loads(exported.read_text(encoding="utf-8"))["plan"]["rows"][0]["who"] == "Marie"
        page.click('[data-action="start-over"]')
        assert page.inner_text("[data-dialog-text]") == (
            "Effacer toutes les réponses et le plan d’action enregistrés dans ce navigateur\u00a0?")
        page.click("[data-dialog-confirm]")
        assert shown_rows(page) == [] and visit.stored() is None
        page.set_input_files("[data-import-file]", str(exported))
        page.wait_for_function("() => document.querySelector('[data-notice]').textContent.includes('importées')")
        assert shown_rows(page) == edited

        # A file with a malformed plan is refused whole; a file without a plan keeps the plan being written.
        bad = json.loads(exported.read_text(encoding="utf-8"))
        bad["plan"]["rows"][1]["status"] = "finished"
        (tmp_path / "bad.json").write_text(json.dumps(bad), encoding="utf-8")
        page.set_input_files("[data-import-file]", str(tmp_path / "bad.json"))
        page.wait_for_function("() => document.querySelector('[data-notice]').textContent.includes('refusé')")
        assert visit.notice() == ("Fichier refusé\u00a0: son plan d’action est invalide (ligne 2, champ «\u00a0status"
                                  "\u00a0»). Vos réponses actuelles n’ont pas changé.")
        assert shown_rows(page) == edited
        old = tmp_path / "old.json"
        old.write_text(export_text(BANK, answer_set("strong"), "fr", "2026-03-14"), encoding="utf-8")
        page.set_input_files("[data-import-file]", str(old))
        page.click("[data-dialog-confirm]")  # it would replace the answers given: the page asks first
        page.wait_for_function("() => document.querySelector('[data-notice]').textContent.includes('old.json')")
        assert shown_rows(page) == edited
        assert visit.errors == []


@pytest.mark.parametrize("storage", ["blocked", "null"])
def test_without_storage_the_plan_still_works(browser, base_url, storage):
    with Visit(browser, base_url) as visit:
        visit.page.add_init_script(BLOCKED_STORAGE if storage == "blocked" else
                                   "Object.defineProperty(window, 'localStorage', {get() { return null; }});")
        page = visit.open("en")
        theirs = list(visit.errors)  # the theme's own script fails on blocked storage as the page opens
        visit.answer(answer_set("mixed"))
        count = page.locator(ROWS).count()
        row(page, 1).locator('[data-field="who"]').fill("Sam")
        page.click('[data-plan-action="add"]')
        row(page, 2).locator('[data-row-action="up"]').click()
        assert page.locator(ROWS).count() == count + 1 and shown_rows(page)[1]["who"] == "Sam"
        assert visit.errors == theirs


def test_an_unexpected_failure_in_a_handler_is_told_not_thrown(browser, base_url):
    with Visit(browser, base_url) as visit:
        page = visit.open("fr")
        visit.answer(answer_set("mixed"))
        stored = visit.stored()["plan"]
        page.eval_on_selector(ROWS, "row => { row.dataset.row = 'lost'; }")  # a row the script cannot place
        row(page, 1).locator('[data-field="who"]').fill("Sam")
        assert visit.notice() == ("Le plan d’action n’a pas pu être mis à jour. Vos réponses et le plan enregistré "
                                  "n’ont pas changé.")
        row(page, 1).locator('[data-row-action="down"]').click()
        assert visit.stored()["plan"] == stored
        assert visit.errors == []


def test_a_plan_of_200_rows_and_a_cell_of_5000_characters(browser, base_url, tmp_path):
    plan = prefill(BANK, priorities_of(score(BANK, answer_set("mixed"))), "en")
    plan["edited"] = True
    long_text = ("=Long " + "x" * 5000)[:5000]
    plan["rows"] = [dict(plan["rows"][number % len(plan["rows"])], who="Person %d" % number, written=True)
                    for number in range(200)]
    plan["rows"][150]["indicator"] = long_text
    document = json.loads(export_text(BANK, answer_set("mixed"), "en", "2026-03-14", "", plan))
    with Visit(browser, base_url, accept_downloads=True) as visit:
        seed(visit, document)
        page = visit.open("en")
        assert page.locator(ROWS).count() == 200
        assert row(page, 151).locator('[data-field="indicator"]').input_value() == long_text
        assert row(page, 200).locator('[data-field="who"]').input_value() == "Person 199"
        row(page, 200).locator('[data-row-action="up"]').click()
        assert row(page, 199).locator('[data-field="who"]').input_value() == "Person 199"
        with page.expect_download() as download:
            page.click('[data-plan-action="csv"]')
        path = tmp_path / "plan.csv"
        download.value.save_as(path)
        table = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
        assert len(table) == 201 and table[151][4] == "'" + long_text
        assert visit.errors == []


def test_the_printed_report_shows_the_filled_plan(browser, base_url):
    with Visit(browser, base_url) as visit:
        page = visit.open("en")
        visit.answer(answer_set("mixed"))
        row(page, 1).locator('[data-field="who"]').fill("North team")
        row(page, 1).locator('[data-field="status"]').select_option("done")
        page.emulate_media(media="print")
        assert page.is_visible(".selfcheck-plan-table thead")
        first = row(page, 1)
        assert first.locator('[data-print="who"]').is_visible()
        assert first.locator('[data-print="who"]').inner_text() == "North team"
        assert first.locator('[data-print="status"]').inner_text() == "Done"
        assert first.locator('[data-print="action"]').inner_text() == draft(answer_set("mixed"), "en")["rows"][0][
            "action"]
        for hidden in ('[data-field="who"]', '[data-row-action="up"]', "[data-plan-lesson]"):
            assert not first.locator(hidden).is_visible(), hidden
        assert not page.is_visible('[data-plan-action="add"]')
        page.emulate_media(media="screen")
        assert not first.locator('[data-print="who"]').is_visible()


def test_the_paper_version_keeps_the_empty_plan(browser, base_url):
    with Visit(browser, base_url) as visit:
        visit.page.goto(base_url + "en/selfcheck/paper/")
        visit.page.emulate_media(media="print")
        table = visit.page.locator(".selfcheck-paper-plan")
        assert table.is_visible() and table.locator("tbody tr").count() == 5
        assert table.locator("tbody td:not(:empty)").count() == 0


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_axe_finds_nothing_with_the_plan_shown(browser, base_url, lang, scheme, width):
    with Visit(browser, base_url, color_scheme=scheme, viewport={"width": width, "height": 900}) as visit:
        page = visit.open(lang)
        visit.answer(answer_set("sparse"))
        row(page, 1).locator('[data-field="who"]').fill("Sam")
        visit.answer(answer_set("mixed"))  # new priorities: the offer shows too
        page.click('[data-plan-action="add"]')
        assert page.is_visible("[data-plan-offer]")
        assert axe_violations(page) == []
        assert visit.errors == []


def test_a_plan_too_long_to_keep_is_not_saved_and_the_reader_is_told(browser, base_url):
    plan = prefill(BANK, priorities_of(score(BANK, answer_set("mixed"))), "en")
    plan["edited"] = True
    plan["rows"] = [dict(plan["rows"][0], indicator="i" * 5000, written=True) for _ in range(24)]
    document = json.loads(export_text(BANK, answer_set("mixed"), "en", "2026-03-14", "", plan))
    with Visit(browser, base_url) as visit:
        seed(visit, document)
        page = visit.open("en")
        assert page.locator(ROWS).count() == 24
        row(page, 1).locator('[data-field="action"]').fill("a" * 5000)  # the file would pass the size limit
        page.wait_for_function("() => document.querySelector('[data-notice]').textContent.includes('too long')")
        assert visit.notice().startswith("Your action plan has grown too long to be kept in this browser")
        assert visit.stored()["plan"]["rows"][0]["action"] == plan["rows"][0]["action"]  # the last one kept stays
        row(page, 1).locator('[data-field="action"]').fill("Shorter")
        page.wait_for_function("key => JSON.parse(localStorage.getItem(key)).plan.rows[0].action === 'Shorter'",
                               arg=STORAGE_KEY)
