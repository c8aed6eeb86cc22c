"""Malformed and hostile imports and share links: each refused in the reader's language, answers untouched, and
text from files, links and storage shown as text only."""

import json

import pytest

from selfcheck.answers import (SIZE_LIMIT, AnswersError, excerpt, export_text, read_share_fragment, refusal,
                               share_fragment)

from selfcheck_visit import BANK, PATHS, UI, Visit, answer_set, as_shown, expected_view, radio_ids

pytestmark = pytest.mark.browser

NBSP = "\u00a0"
GOOD = json.loads(export_text(BANK, answer_set("strong"), "en", "2026-03-14"))


def changed(**changes):
    document = dict(GOOD)
    document.update(changes)
    return json.dumps(document)


TWICE = json.dumps(GOOD)[:-1] + ', "tool": "%s"}' % GOOD["tool"]  # a key written twice, same value or not
TWICE_COLUMN = TWICE.rindex('"tool"') + 1
LONG_NUMBER_COLUMN = changed(schema=1).index('"schema"') + len('"schema": ') + 1

# (file content, English reason, French reason)
BAD_FILES = [
    ("", "it is empty.", "il est vide."),
    (json.dumps(GOOD)[:80], "it is incomplete (cut off before the end).", "il est incomplet (coupé avant la fin)."),
    ("<html><script>alert(1)</script></html>", "it is not a JSON file (line 1, column 1).",
     "ce n’est pas un fichier JSON (ligne 1, colonne 1)."),
    ("[]", "it is not an export of this self-check.", "ce n’est pas un export de cet autodiagnostic."),
    (changed(answers={"items": "all"}), "the field “items” is invalid.", "le champ «" + NBSP + "items" + NBSP + "» est invalide."),
    (changed(answers={"items": {"connect-1": 9}}), "an answer is off the scale.", "une réponse est hors de l’échelle."),
    (changed(answers={"items": {"connect-77": 3}}), "it holds an unknown statement.", "il contient un énoncé inconnu."),
    (changed(bank={"id": "another-bank", "version": "1.0.0"}), "it is for another questionnaire (another-bank).",
     "il porte sur un autre questionnaire (another-bank)."),
    (changed(label="<img src=x onerror=alert(1)>"),
     "the team name must be at most 120 characters long, without markup.",
     "le nom d’équipe doit compter au plus 120 caractères, sans balises."),
    (changed(schema=3), "it comes from a newer version of the tool (format 3).",
     "il vient d’une version plus récente de l’outil (format 3)."),
    (changed(extra="<b>x</b>"), "it holds an unknown field.", "il contient un champ inconnu."),
    (TWICE, "the same key appears twice in it (line 1, column %d)." % TWICE_COLUMN,
     "la même clé y figure deux fois (ligne 1, colonne %d)." % TWICE_COLUMN),
    ("[" * 5000 + "]" * 5000, "its lists and objects are nested more than 32 levels deep.",
     "ses listes et objets sont imbriqués sur plus de 32 niveaux."),
    (changed(schema=1).replace('"schema": 1', '"schema": ' + "9" * 5000),
     "it holds a number longer than 100 characters (line 1, column %d)." % LONG_NUMBER_COLUMN,
     "il contient un nombre de plus de 100 caractères (ligne 1, colonne %d)." % LONG_NUMBER_COLUMN),
    ("[" + "0," * 20000 + "0]", "it holds too many elements (over 6000) for an answers file.",
     "il contient trop d’éléments (plus de 6000) pour un fichier de réponses."),
    (changed(bank={"id": "b" * 1500, "version": "1"}), "it is for another questionnaire (%s…)." % ("b" * 39),
     "il porte sur un autre questionnaire (%s…)." % ("b" * 39)),
    (changed(schema=10 ** 90), "it comes from a newer version of the tool (format 1%s…)." % ("0" * 38),
     "il vient d’une version plus récente de l’outil (format 1%s…)." % ("0" * 38)),
]


def loaded_with_answers(browser, base_url, lang):
    visit = Visit(browser, base_url)
    visit.open(lang)
    answers = answer_set("mixed")
    visit.answer(answers)
    return visit, answers


def assert_untouched(visit, answers, lang):
    assert visit.checked_ids() == sorted(radio_ids(answers))
    assert visit.shown() == as_shown(expected_view(answers, lang))
    assert visit.stored()["answers"] == answers


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_bad_files_are_refused_and_the_answers_stay(browser, base_url, lang, tmp_path):
    visit, answers = loaded_with_answers(browser, base_url, lang)
    with visit:
        for number, (content, english, french) in enumerate(BAD_FILES):
            path = tmp_path / ("bad-%d.json" % number)
            path.write_text(content, encoding="utf-8")
            visit.page.set_input_files("[data-import-file]", str(path))
            expected = ("File refused: %s Your current answers have not changed." % english if lang == "en" else
                        "Fichier refusé" + NBSP + ": %s Vos réponses actuelles n’ont pas changé." % french)
            visit.page.wait_for_function("text => document.querySelector('[data-notice]').textContent === text", arg=expected)
            assert visit.page.get_attribute("[data-notice]", "data-kind") == "error"
            assert_untouched(visit, answers, lang)
            visit.page.evaluate("() => { document.querySelector('[data-notice]').textContent = ''; }")
        assert visit.errors == []


@pytest.mark.parametrize("lang, expected", [
    ("en", "File refused: it is over 128 KB. Your current answers have not changed."),
    ("fr", "Fichier refusé" + NBSP + ": il dépasse 128 Ko. Vos réponses actuelles n’ont pas changé.")])
def test_a_file_over_the_size_limit_is_refused_unread(browser, base_url, tmp_path, lang, expected):
    visit, answers = loaded_with_answers(browser, base_url, lang)
    with visit:
        big = tmp_path / "big.json"
        big.write_text(changed(label="x") + " " * SIZE_LIMIT, encoding="utf-8")
        visit.page.set_input_files("[data-import-file]", str(big))
        assert visit.notice() == expected
        assert_untouched(visit, answers, lang)


BAD_LINKS = [
    ("answers=1~%s~%s~12345" % (BANK["id"], BANK["version"]), "it is damaged or incomplete."),
    (share_fragment(BANK, answer_set("strong"))[:-3], "it is damaged or incomplete."),
    (share_fragment(BANK, answer_set("strong")).replace("~5", "~<"), "it is damaged or incomplete."),
    ("answers=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "it is damaged or incomplete."),
    ("answers=%E0%A4%A", "it is damaged or incomplete."),
    (share_fragment(BANK, answer_set("strong")).replace(BANK["id"], "other"), "it is for another questionnaire (other)."),
    (share_fragment(BANK, answer_set("strong")).replace("answers=2~", "answers=3~"),
     "it comes from a newer version of the tool (format 3)."),
    (share_fragment(BANK, answer_set("strong")).replace("~%s~" % BANK["version"], "~0.9.0~"),
     "it was made with version 0.9.0 of the questionnaire and this page uses version %s: a link records answers by "
     "their place in the list of statements, which has changed. Ask for the exported file instead: its answers "
     "carry over from one version to another." % BANK["version"]),
    ("answers=" + "[" * 1500 + "]" * 1500, "it is damaged or incomplete."),
    (share_fragment(BANK, answer_set("strong")).replace("answers=2~", "answers=" + "7" * 1500 + "~"),
     "it comes from a newer version of the tool (format %s…)." % ("7" * 39)),
]


def link_refusal(fragment, lang):
    """The page's message for a refused link, as `selfcheck` words it (the English one is checked word for word)."""
    try:
        read_share_fragment(BANK, fragment)
    except AnswersError as error:
        return refusal(UI, error, lang, "link")
    raise AssertionError("not refused: " + fragment[:40])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_bad_share_links_are_refused_and_the_answers_stay(browser, base_url, lang):
    visit, answers = loaded_with_answers(browser, base_url, lang)
    with visit:
        for fragment, reason in BAD_LINKS:
            visit.page.goto(base_url + PATHS[lang] + "#" + fragment)
            visit.wait_ready()
            expected = link_refusal(fragment, lang)
            if lang == "en":
                assert expected == "Link refused: %s Your current answers have not changed." % reason
            visit.page.wait_for_function("text => document.querySelector('[data-notice]').textContent === text", arg=expected)
            assert not visit.page.is_visible("[data-dialog]")
            assert_untouched(visit, answers, lang)
        assert visit.errors == []


def test_file_names_and_labels_are_shown_as_text(browser, base_url, tmp_path):
    with Visit(browser, base_url) as visit:
        visit.open("en")
        path = tmp_path / "<img src=x onerror=document.title='hacked'>.json"
        path.write_text(changed(label="Nord & Sud \"quoted\" 'x'"), encoding="utf-8")
        visit.page.set_input_files("[data-import-file]", str(path))
        visit.page.wait_for_function("() => document.querySelector('[data-notice]').textContent.startsWith('Answers imported')")
        assert visit.notice() == "Answers imported from the file “%s”." % excerpt(path.name)
        assert visit.page.locator("[data-notice] *").count() == 0
        assert visit.page.text_content("[data-report-label]") == "Team or session: Nord & Sud \"quoted\" 'x'"
        assert visit.page.locator("[data-report-label] *").count() == 0
        assert "hacked" not in visit.page.title()


def test_a_file_of_an_older_version_is_imported_with_the_statements_that_remain(browser, base_url, tmp_path):
    older = {"items": {"connect-1": 2, "act-4": 5, "connect-9": 3}, "continuum": {"2": "no"}, "aim": 1}
    path = tmp_path / "older.json"
    path.write_text(changed(bank={"id": BANK["id"], "version": "0.9.0"}, answers=older), encoding="utf-8")
    visit, _ = loaded_with_answers(browser, base_url, "en")
    with visit:
        visit.page.set_input_files("[data-import-file]", str(path))
        visit.page.click("[data-dialog-confirm]")  # it would replace the answers given: the page asks first
        visit.page.wait_for_function("() => document.querySelector('[data-notice]').textContent.startsWith('Answers')")
        assert visit.notice() == (
            "Answers imported from the file “older.json”, made with version 0.9.0 of the questionnaire (this page: "
            "version %s). Answers kept: 2; dropped because their statement changed or was removed: 1." % BANK["version"])
        kept = {"items": {"connect-1": 2, "act-4": 5}, "continuum": {"2": "no"}, "aim": 1}
        assert visit.stored()["answers"] == kept
        assert visit.shown() == as_shown(expected_view(kept, "en"))
        assert visit.errors == []
