"""Compare over time for one person (baseline.py): reading a baseline from a file or a pasted link, keeping it, and
the texts of the comparison, with hand-computed values.

Runs under CPython (pytest) and MicroPython (tests/micropython/run.mjs): plain asserts, no pytest features.
"""

import json

from selfcheck import score
from selfcheck.answers import AnswersError, export_text, refusal, share_fragment
from selfcheck.baseline import baseline_from_file, baseline_from_text, baseline_text, caption, comparison_view
from selfcheck.group_file import group_text
from selfcheck.ui import read_ui

from selfcheck_support import generated_bank

UI = read_ui()
BANK = generated_bank([3, 3, 3], reverse=("a1-3",))
NBSP = "\u00a0"
MINUS = "\u2212"


def _answers(items, continuum=None, aim=None):
    return {"items": items, "continuum": continuum or {}, "aim": aim}


# Before: a1 3.0, a2 2.0, a3 4.0, overall 3.0. Now: a1 11/3 (3.7), a2 5/3 (1.7), a3 4.0, overall 28/9 (3.1).
BEFORE = _answers({"a1-1": 3, "a1-2": 3, "a1-3": 3, "a2-1": 2, "a2-2": 2, "a2-3": 2, "a3-1": 4, "a3-2": 4, "a3-3": 4},
                  {"1": "yes"}, 2)
NOW = _answers({"a1-1": 4, "a1-2": 4, "a1-3": 3, "a2-1": 2, "a2-2": 2, "a2-3": 1, "a3-1": 4, "a3-2": 4, "a3-3": 4})
# a3 unanswered: its change and the overall's cannot be computed.
SPARSE = _answers({"a1-1": 2, "a1-2": 2, "a1-3": 4, "a2-1": 2, "a2-2": 2, "a2-3": 2})


def _refused(function, *args):
    try:
        function(*args)
    except AnswersError as error:
        return error
    raise AssertionError("AnswersError was not raised")


def _baseline(answers, label="", date=None, respondent=None):
    return {"answers": answers, "label": label, "date": date, "respondent": respondent, "carried": None}


def test_the_comparison_gives_each_activity_its_change_with_an_arrow_and_a_signed_value():
    shown = comparison_view(BANK, UI, score(BANK, NOW), score(BANK, BEFORE), _baseline(BEFORE), "en")
    rows = [(row["id"], row["before"], row["now"], row["direction"], row["arrow"], row["change"], row["change_text"],
             row["change_words"]) for row in shown["activities"]]
    assert rows == [("a1", "3.0", "3.7", "up", "\u2191", "+0.7", "+0.7", "up"),
                    ("a2", "2.0", "1.7", "down", "\u2193", MINUS + "0.3", MINUS + "0.3", "down"),
                    ("a3", "4.0", "4.0", "same", "\u2192", "0.0", "0.0", "no change")]
    assert shown["overall"] == {"name": "Whole partnership", "before": "3.0", "now": "3.1", "direction": "up",
                                "arrow": "\u2191", "change": "+0.1", "change_text": "+0.1", "change_words": "up"}
    assert shown["activities"][0]["name"] == "a1"
    assert shown["caption"] == "Change since the earlier result"


def test_in_french_the_values_take_a_decimal_comma_and_the_words_are_french():
    shown = comparison_view(BANK, UI, score(BANK, NOW), score(BANK, BEFORE), _baseline(BEFORE), "fr")
    assert [(row["before"], row["now"], row["change"], row["change_text"], row["change_words"])
            for row in shown["activities"]] == [
        ("3,0", "3,7", "+0.7", "+0,7", "en hausse"), ("2,0", "1,7", MINUS + "0.3", MINUS + "0,3", "en baisse"),
        ("4,0", "4,0", "0.0", "0,0", "sans changement")]
    assert shown["overall"]["name"] == "Ensemble du partenariat"


def test_an_activity_without_a_score_on_either_side_cannot_be_compared():
    for current, before in ((SPARSE, BEFORE), (BEFORE, SPARSE)):
        shown = comparison_view(BANK, UI, score(BANK, current), score(BANK, before), _baseline(before), "fr")
        a3 = shown["activities"][2]
        assert (a3["direction"], a3["arrow"], a3["change"], a3["change_text"], a3["change_words"]) == (
            "", "", "", "—", "pas de comparaison possible")
        assert shown["overall"]["direction"] == "" and shown["overall"]["change_text"] == "—"
        assert "—" in (a3["before"], a3["now"])
    a1 = comparison_view(BANK, UI, score(BANK, SPARSE), score(BANK, BEFORE), _baseline(BEFORE), "en")["activities"][0]
    assert (a1["now"], a1["change"], a1["direction"]) == ("2.0", MINUS + "1.0", "down")  # 2, 2 and a turned 4


def test_the_caption_says_when_the_baseline_was_saved_and_for_whom():
    assert caption(UI, _baseline(BEFORE, "Équipe Nord", "2025-11-30"), "fr") == (
        "Évolution depuis le résultat antérieur, enregistré le 2025-11-30 (équipe ou séance" + NBSP + ": Équipe Nord)")
    assert caption(UI, _baseline(BEFORE, "North team", "2025-11-30"), "en") == (
        "Change since the earlier result, saved on 2025-11-30 (team or session: North team)")
    assert caption(UI, _baseline(BEFORE, "", "2025-11-30"), "en") == "Change since the earlier result, saved on 2025-11-30"
    assert caption(UI, _baseline(BEFORE), "fr") == "Évolution depuis le résultat antérieur"


def test_a_baseline_is_read_from_an_export_file_with_its_label_date_and_respondent():
    text = export_text(BANK, BEFORE, "fr", "2025-11-30", "Équipe Nord", respondent="abcdefgh23")
    assert baseline_from_file(BANK, text) == {"answers": BEFORE, "label": "Équipe Nord", "date": "2025-11-30",
                                              "respondent": "abcdefgh23", "carried": None}


def test_a_file_of_another_version_of_the_bank_is_carried_over_and_one_of_another_bank_refused():
    document = json.loads(export_text(BANK, BEFORE, "en", "2025-11-30"))
    document["bank"]["version"] = "0.0.9"
    document["answers"]["items"]["a9-1"] = 5  # a statement this version no longer has
    read = baseline_from_file(BANK, json.dumps(document))
    assert read["answers"] == BEFORE
    assert read["carried"] == {"version": "0.0.9", "kept": 9, "dropped": 1}
    document["bank"] = {"id": "another-bank", "version": "1.0.0"}
    error = _refused(baseline_from_file, BANK, json.dumps(document))
    assert refusal(UI, error, "en", "baseline") == (
        "Earlier result refused: it is for another questionnaire (another-bank). Your answers and the comparison "
        "have not changed.")
    assert refusal(UI, error, "fr", "baseline") == (
        "Résultat antérieur refusé" + NBSP + ": il porte sur un autre questionnaire (another-bank). Vos réponses et "
        "la comparaison n’ont pas changé.")


def test_a_workshop_group_file_is_refused_with_where_to_compare_it():
    group = group_text(BANK, "Nord", [], "2025-11-30")
    error = _refused(baseline_from_file, BANK, group)
    assert refusal(UI, error, "en", "baseline") == (
        "Earlier result refused: it is a workshop’s group file: open it on the Workshop page. Your answers and the "
        "comparison have not changed.")
    # An export whose label happens to read "group" is an export all the same.
    text = export_text(BANK, BEFORE, "en", "2025-11-30", "group")
    assert baseline_from_file(BANK, text)["label"] == "group"


def test_a_baseline_is_read_from_the_first_share_link_in_a_pasted_text():
    fragment = share_fragment(BANK, BEFORE, "abcdefgh23")
    text = "Here it is: <https://example.org/selfcheck/#%s>, thanks.\nhttps://example.org/#%s" % (
        fragment, share_fragment(BANK, NOW))
    assert baseline_from_text(BANK, text) == _baseline(BEFORE, respondent="abcdefgh23")
    assert baseline_from_text(BANK, "  https://example.org/en/selfcheck/#" + share_fragment(BANK, NOW) + "  ") == (
        _baseline(NOW))


def test_text_without_a_share_link_or_with_a_damaged_one_is_refused():
    for text, key in (("", "err_no_links"), ("https://example.org/selfcheck/", "err_no_links"),
                      ("#answers=2", "err_no_links"), ("#answers=2~minimal", "err_link_damaged")):
        assert _refused(baseline_from_text, BANK, text).key == key
    assert refusal(UI, AnswersError("err_no_links"), "fr", "baseline") == (
        "Résultat antérieur refusé" + NBSP + ": aucun lien de réponses n’a été trouvé dans le texte collé. Vos "
        "réponses et la comparaison n’ont pas changé.")


def test_a_kept_baseline_reads_back_as_it_was():
    for baseline in (_baseline(BEFORE, "Équipe Nord", "2025-11-30", "abcdefgh23"), _baseline(NOW)):
        text = baseline_text(BANK, baseline, "fr")
        assert baseline_from_file(BANK, text) == baseline
    assert "date" not in json.loads(baseline_text(BANK, _baseline(NOW), "en"))
