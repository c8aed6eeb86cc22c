"""Answers are kept: reload, language switch, back and forward, export and import, share links, start over."""

import json

import pytest

from selfcheck import score
from selfcheck.answers import read_export, share_fragment

from selfcheck_visit import BANK, STORAGE_KEY, Visit, answer_set, as_shown, expected_view, radio_ids

pytestmark = pytest.mark.browser


def test_reload_and_language_switch_keep_the_answers(browser, base_url):
    with Visit(browser, base_url) as visit:
        page = visit.open("fr")
        answers = answer_set("mixed")
        visit.answer(answers)
        assert visit.stored()["answers"] == answers
        page.reload()
        visit.wait_ready()
        assert visit.checked_ids() == sorted(radio_ids(answers))
        assert visit.shown() == as_shown(expected_view(answers, "fr"))
        # The header's language menu, as a reader uses it (its link opens on hover; click it directly).
        with page.expect_navigation():
            page.eval_on_selector('a.md-select__link[hreflang="en"]', "link => link.click()")
        visit.wait_ready()
        assert page.url.endswith("/en/selfcheck/")
        assert visit.checked_ids() == sorted(radio_ids(answers))
        assert visit.shown() == as_shown(expected_view(answers, "en"))
        page.go_back()
        visit.wait_ready()
        assert visit.shown() == as_shown(expected_view(answers, "fr"))
        page.go_forward()
        visit.wait_ready()
        assert visit.shown() == as_shown(expected_view(answers, "en"))
        assert visit.errors == []


def test_start_over_asks_first(browser, base_url):
    with Visit(browser, base_url) as visit:
        page = visit.open("en")
        answers = answer_set("strong")
        visit.answer(answers)
        page.click('[data-action="start-over"]')
        assert page.is_visible("[data-dialog]")
        assert page.inner_text("[data-dialog-text]") == "Erase every answer and the action plan saved in this browser?"
        page.click("[data-dialog-cancel]")
        assert not page.is_visible("[data-dialog]")
        assert visit.checked_ids() == sorted(radio_ids(answers))
        page.click('[data-action="start-over"]')
        page.keyboard.press("Escape")
        assert visit.checked_ids() == sorted(radio_ids(answers))
        page.click('[data-action="start-over"]')
        page.click("[data-dialog-confirm]")
        assert visit.checked_ids() == []
        assert visit.stored() is None
        assert visit.notice() == "Answers and action plan erased. The questionnaire is empty."
        assert visit.shown() == as_shown(expected_view({}, "en"))


def test_export_start_over_import_gives_the_same_results(browser, base_url, tmp_path):
    with Visit(browser, base_url, accept_downloads=True) as visit:
        page = visit.open("fr")
        answers = answer_set("mixed")
        visit.answer(answers)
        page.fill("#sc-label", "Équipe Nord & Sud")
        with page.expect_download() as download:
            page.click('[data-action="export"]')
        exported = tmp_path / download.value.suggested_filename
        download.value.save_as(exported)
        assert download.value.suggested_filename.startswith(BANK["id"] + "-")
        document = json.loads(exported.read_text(encoding="utf-8"))
        assert document["label"] == "Équipe Nord & Sud" and document["lang"] == "fr"
        assert read_export(BANK, exported.read_text(encoding="utf-8")) == (answers, "Équipe Nord & Sud")

        page.click('[data-action="start-over"]')
        page.click("[data-dialog-confirm]")
        assert visit.checked_ids() == []
        page.set_input_files("[data-import-file]", str(exported))
        page.wait_for_function("() => document.querySelector('[data-notice]').textContent.includes('importées')")
        assert visit.notice() == "Réponses importées du fichier «\u00a0%s\u00a0»." % exported.name
        assert visit.checked_ids() == sorted(radio_ids(answers))
        assert visit.shown() == as_shown(expected_view(answers, "fr"))
        assert page.input_value("#sc-label") == "Équipe Nord & Sud"
        assert page.text_content("[data-report-label]") == "Équipe ou séance\u00a0: Équipe Nord & Sud"


def test_share_link_round_trip_and_asking_before_replacing(browser, base_url):
    with Visit(browser, base_url) as sender, Visit(browser, base_url) as receiver:
        page = sender.open("en")
        answers = answer_set("mixed")
        sender.answer(answers)
        page.click('[data-action="share"]')
        link = page.input_value("[data-share-field]")
        assert link == base_url + "en/selfcheck/#" + share_fragment(BANK, answers, sender.stored()["respondent"])

        # Nothing to replace: the link's answers load at once, and the address loses its fragment.
        other = receiver.page
        other.goto(link)
        receiver.wait_ready()
        assert receiver.shown() == as_shown(expected_view(answers, "en"))
        assert receiver.notice() == "Answers from the share link loaded."
        assert "#" not in other.url

        # Answers already there: the page asks; keeping them leaves everything as it was.
        strong = answer_set("strong")
        receiver.page.click('[data-action="start-over"]')
        receiver.page.click("[data-dialog-confirm]")
        receiver.answer(strong)
        other.goto(base_url + "selfcheck/#" + share_fragment(BANK, answers))
        receiver.wait_ready()
        assert other.is_visible("[data-dialog]")
        assert other.inner_text("[data-dialog-text]") == (
            "Ce lien contient des réponses (%d). Remplacer les %d réponses déjà données\u00a0?"
            % (len(answers["items"]) + len(answers["continuum"]) + 1, len(strong["items"]) + 4 + 1))
        other.click("[data-dialog-cancel]")
        assert receiver.shown() == as_shown(expected_view(strong, "fr"))
        assert receiver.notice() == "Vos réponses sont conservées\u00a0; celles du lien n’ont pas été chargées."

        other.goto(base_url + "selfcheck/#" + share_fragment(BANK, answers))
        receiver.wait_ready()
        other.click("[data-dialog-confirm]")
        assert receiver.shown() == as_shown(expected_view(answers, "fr"))
        assert receiver.stored()["answers"] == answers


# Answers saved by the first version of the bank, whose statement connect-3 was since split (see test_bank.py).
FIRST_BANK_ANSWERS = json.dumps({"tool": "partenariats-reussis-selfcheck", "schema": 1, "lang": "fr",
                                 "bank": {"id": BANK["id"], "version": "1.0.0"}, "date": "2026-11-02",
                                 "answers": {"items": {"connect-1": 4, "connect-3": 2, "act-5": "dk"},
                                             "continuum": {"1": "yes"}, "aim": 2}})
SET_ASIDE_NOTICE = {
    "en": "Saved answers could not be brought back: they are damaged, or they come from a newer version of the "
          "tool. They are set aside in this browser, and the questionnaire starts afresh.",
    "fr": "Des réponses enregistrées n’ont pas pu être reprises\u00a0: elles sont endommagées, ou elles viennent "
          "d’une version plus récente de l’outil. Elles sont mises de côté dans ce navigateur, et le questionnaire "
          "repart de zéro.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_damaged_storage_is_set_aside_with_a_notice(browser, base_url, lang):
    damaged = json.dumps({"tool": "partenariats-reussis-selfcheck", "schema": 1,
                          "bank": {"id": BANK["id"], "version": "0.1.0"}, "answers": []})
    newer = json.dumps({"tool": "partenariats-reussis-selfcheck", "schema": 9,
                        "bank": {"id": BANK["id"], "version": BANK["version"]}, "answers": {}})
    for stored in ("{not json", damaged, newer):
        with Visit(browser, base_url) as visit:
            visit.page.add_init_script(
                "if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1');"
                " localStorage.setItem(%s, %s); }" % (json.dumps(STORAGE_KEY), json.dumps(stored)))
            visit.open(lang)
            assert visit.notice() == SET_ASIDE_NOTICE[lang]
            assert visit.page.evaluate("k => localStorage.getItem(k)", STORAGE_KEY + ":set-aside") == stored
            assert visit.stored() is None
            assert visit.checked_ids() == []
            visit.page.check("#sc-connect-1-5")
            assert visit.stored()["answers"]["items"] == {"connect-1": 5}
            assert visit.errors == []


def test_progress_counts_every_question(browser, base_url):
    with Visit(browser, base_url) as visit:
        page = visit.open("fr")
        visit.answer(answer_set("strong"))
        total = len(BANK["items"]) + 5
        assert page.inner_text("[data-progress-overall]") == "Réponses\u00a0: %d sur %d" % (total, total)
        assert page.get_attribute("[data-progress-bar]", "value") == str(total)
        assert page.text_content('[data-progress-activity="plan"]') == "Réponses\u00a0: 6 sur 6"
        assert score(BANK, answer_set("strong"))["progress"] == {"answered": total, "total": total}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_answers_saved_with_another_version_keep_the_statements_that_remain(browser, base_url, lang):
    assert BANK["version"] != "1.0.0"
    with Visit(browser, base_url) as visit:
        visit.page.add_init_script(
            "if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1');"
            " localStorage.setItem(%s, %s); }" % (json.dumps(STORAGE_KEY), json.dumps(FIRST_BANK_ANSWERS)))
        visit.open(lang)
        assert visit.notice() == {
            "en": "Your saved answers were for version 1.0.0 of the questionnaire; this page uses version %s. "
                  "Answers kept: 1; dropped because their statement changed or was removed: 2." % BANK["version"],
            "fr": "Vos réponses enregistrées portaient sur la version 1.0.0 du questionnaire\u00a0; cette page utilise "
                  "la version %s. Réponses gardées\u00a0: 1\u00a0; écartées parce que leur énoncé a changé ou a été "
                  "retiré\u00a0: 2." % BANK["version"]}[lang]
        kept = {"items": {"connect-1": 4}, "continuum": {"1": "yes"}, "aim": 2}
        assert visit.checked_ids() == sorted(radio_ids(kept))
        assert visit.shown() == as_shown(expected_view(kept, lang))
        saved = visit.stored()
        assert saved["bank"] == {"id": BANK["id"], "version": BANK["version"]} and saved["answers"] == kept
        assert visit.errors == []
