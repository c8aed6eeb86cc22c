"""Group results, the collected set, the change over time and the group chart, with hand-computed expected values.

Runs under CPython (pytest) and MicroPython (tests/micropython/run.mjs): plain asserts, no pytest features.
"""

from selfcheck import score
from selfcheck.answers import refusal
from selfcheck.group import CompareError, compare, group_results, merge, signed_tenths
from selfcheck.group_chart import group_chart, group_table
from selfcheck.markup import to_html
from selfcheck.ui import read_ui

from selfcheck_support import expect_error, generated_bank

UI = read_ui()
# Three activities of three statements; a1-3 is reverse-worded.
BANK = generated_bank([3, 3, 3], reverse=("a1-3",))


def _result(respondent, items, continuum=None, aim=None, date="2026-11-02", label=None):
    return {"respondent": respondent, "label": label, "date": date,
            "answers": {"items": items, "continuum": continuum or {}, "aim": aim}}


# a1: 13/3, 1, 3 · a2: 2, 4, 4 · a3: 3, none, 9/2 (the reverse statement a1-3 counts 6 - v).
R1 = _result("r1", {"a1-1": 5, "a1-2": 4, "a1-3": 2, "a2-1": 2, "a2-2": 2, "a2-3": 2,
                    "a3-1": 3, "a3-2": 3, "a3-3": "dk"}, {"1": "yes", "2": "yes"}, 3)
R2 = _result("r2", {"a1-1": 1, "a1-2": 1, "a1-3": 5, "a2-1": 4, "a2-2": 4, "a2-3": "dk",
                    "a3-1": "dk", "a3-2": "dk", "a3-3": "dk"}, {"1": "no", "2": "yes"}, 4)
R3 = _result("r3", {"a1-1": 3, "a1-2": 3, "a1-3": 3, "a2-1": 3, "a2-2": 4, "a2-3": 5,
                    "a3-1": 4, "a3-2": 5, "a3-3": None}, {"1": "yes", "2": "yes", "3": "yes", "4": "yes"})
GROUP = group_results(BANK, [R1, R2, R3])


def _activity(result, activity_id):
    for entry in result["activities"]:
        if entry["id"] == activity_id:
            return entry
    raise AssertionError("no activity " + activity_id)


def test_group_activity_means_are_the_exact_means_of_the_respondents_means():
    assert _activity(GROUP, "a1") == {
        "id": "a1", "respondents": 3, "mean": [25, 9], "score": "2.8", "band": "priority",
        "lowest": "1.0", "highest": "4.3", "lowest_mean": [1, 1], "highest_mean": [13, 3], "differ": True,
        "scores": ["4.3", "1.0", "3.0"]}
    a2 = _activity(GROUP, "a2")
    assert (a2["mean"], a2["score"], a2["band"], a2["lowest"], a2["highest"]) == ([10, 3], "3.3", "watch", "2.0", "4.0")
    # An insufficient respondent is left out of the mean and of the count.
    assert _activity(GROUP, "a3") == {
        "id": "a3", "respondents": 2, "mean": [15, 4], "score": "3.8", "band": "watch",
        "lowest": "3.0", "highest": "4.5", "lowest_mean": [3, 1], "highest_mean": [9, 2], "differ": False,
        "scores": ["3.0", "", "4.5"]}
    assert GROUP["respondents"] == 3 and GROUP["bank"] == {"id": "minimal", "version": "0.1.0"}


def test_views_differ_from_a_gap_of_exactly_two():
    assert _activity(GROUP, "a2")["differ"] is True  # 4 - 2 = 2
    just_under = group_results(BANK, [_result("x", {"a1-1": 2, "a1-2": 2, "a1-3": 4}),  # 2
                                      _result("y", {"a1-1": 4, "a1-2": 4, "a1-3": 3})])  # 11/3, a gap of 5/3
    assert _activity(just_under, "a1")["differ"] is False
    just_over = group_results(BANK, [_result("x", {"a1-1": 1, "a1-2": 2, "a1-3": 5}),  # 4/3
                                     _result("y", {"a1-1": 4, "a1-2": 3, "a1-3": 3})])  # 10/3, a gap of 2
    entry = _activity(just_over, "a1")
    assert (entry["lowest"], entry["highest"], entry["differ"]) == ("1.3", "3.3", True)


def test_group_overall_and_priorities_follow_the_rules_for_one_person():
    assert GROUP["overall"] == {"activities_scored": 3, "mean": [355, 108], "score": "3.3", "band": "watch"}
    assert GROUP["priorities"] == ["a1", "a2", "a3"]
    # Two activities scored: no overall score; a strength is no priority.
    two = group_results(BANK, [_result("x", {"a1-1": 5, "a1-2": 5, "a2-1": 2, "a2-2": 3})])
    assert two["overall"] == {"activities_scored": 2, "mean": None, "score": "", "band": "insufficient"}
    assert two["priorities"] == ["a2"]


def test_a_group_without_answers_is_insufficient_everywhere():
    for results in ([], [_result("x", {"a1-1": "dk", "a2-1": 3})]):
        group = group_results(BANK, results)
        for entry in group["activities"]:
            assert (entry["respondents"], entry["mean"], entry["score"], entry["band"], entry["lowest"],
                    entry["highest"], entry["differ"]) == (0, None, "", "insufficient", "", "", False)
        assert group["overall"]["band"] == "insufficient" and group["priorities"] == []
        assert group["respondents"] == len(results)
    assert group_results(BANK, [])["discuss"] == []


def test_statements_to_discuss_widest_spread_first_then_more_values_then_bank_order():
    assert [entry["item"] for entry in GROUP["discuss"]] == ["a1-1", "a1-2", "a1-3", "a2-3", "a2-1"]
    first = GROUP["discuss"][0]
    assert first == {"item": "a1-1", "activity": "a1", "reverse": False, "spread": 4, "distinct": 3,
                     "counts": [1, 0, 1, 0, 1], "given": [1, 0, 1, 0, 1], "dont_know": 0}
    assert GROUP["discuss"][3] == {"item": "a2-3", "activity": "a2", "reverse": False, "spread": 3, "distinct": 2,
                                   "counts": [0, 1, 0, 0, 1], "given": [0, 1, 0, 0, 1], "dont_know": 1}


def test_reverse_statements_are_counted_turned_as_scoring_turns_them():
    reverse = GROUP["discuss"][2]
    # Answered 2, 5, 3; scored 4, 1, 3.
    assert reverse == {"item": "a1-3", "activity": "a1", "reverse": True, "spread": 3, "distinct": 3,
                       "counts": [1, 0, 1, 1, 0], "given": [0, 1, 1, 0, 1], "dont_know": 0}


def test_statements_everyone_agrees_on_are_not_listed():
    same = [_result(name, {"a1-1": 4, "a1-2": "dk"}) for name in ("x", "y", "z")]
    assert group_results(BANK, same)["discuss"] == []
    group = group_results(BANK, same + [_result("w", {"a1-1": 3})])
    assert [(entry["item"], entry["spread"], entry["counts"]) for entry in group["discuss"]] == [
        ("a1-1", 1, [0, 0, 1, 3, 0])]


def test_at_most_five_statements_are_listed():
    low = dict(("a%d-%d" % (activity, number), 1) for activity in (1, 2, 3) for number in (1, 2, 3))
    high = dict((item, 5) for item in low)
    assert len(group_results(BANK, [_result("x", low), _result("y", high)])["discuss"]) == 5


def test_continuum_counts_every_level_now_and_aimed_at():
    assert GROUP["continuum"] == {
        "levels": [{"level": 0, "now": 1, "aim": None}, {"level": 1, "now": 0, "aim": 0},
                   {"level": 2, "now": 1, "aim": 0}, {"level": 3, "now": 0, "aim": 1},
                   {"level": 4, "now": 1, "aim": 1}],
        "no_aim": 1}


def test_bad_answers_are_refused_as_by_the_scorer():
    message = expect_error(ValueError, group_results, BANK, [_result("x", {"a1-9": 3})])
    assert message == 'answers: unknown item id "a1-9"'


# The collected set -------------------------------------------------------------------------------------------------


def test_merge_adds_and_counts_duplicates():
    collected, counts = merge([], [R1, R2])
    assert counts == {"added": 2, "replaced": 0, "duplicates": 0, "older": 0}
    again, counts = merge(collected, [R2, dict(R1)])
    assert again == collected and counts == {"added": 0, "replaced": 0, "duplicates": 2, "older": 0}


def test_a_newer_result_of_the_same_respondent_replaces_the_older():
    newer = _result("r1", {"a1-1": 1}, date="2026-11-20")
    collected, counts = merge([R1, R2], [newer])
    assert counts == {"added": 0, "replaced": 1, "duplicates": 0, "older": 0}
    assert collected == [newer, R2]
    collected, counts = merge([newer, R2], [R1])
    assert counts == {"added": 0, "replaced": 0, "duplicates": 0, "older": 1} and collected == [newer, R2]


def test_on_the_same_date_more_answers_is_newer():
    fewer = _result("r9", {"a1-1": 2})
    more = _result("r9", {"a1-1": 2, "a1-2": 3})
    for first, second in ((fewer, more), (more, fewer)):
        assert merge([], [first, second])[0] == [more]


def test_results_without_an_id_are_told_apart_by_their_answers():
    anonymous = _result(None, {"a1-1": 4})
    collected, counts = merge([], [anonymous, _result(None, {"a1-1": 4}), _result(None, {"a1-1": 3})])
    assert counts == {"added": 2, "replaced": 0, "duplicates": 1, "older": 0} and len(collected) == 2
    # The same answers from a respondent with an id are another result.
    assert merge(collected, [_result("r1", {"a1-1": 4})])[1]["added"] == 1


def test_the_collected_set_does_not_depend_on_the_order_of_loading():
    newer = _result("r1", {"a1-1": 1}, date="2026-11-20")
    loads = [R1, R2, R3, newer, _result(None, {"a2-1": 2})]
    expected = merge([], loads)[0]
    for order in ([4, 3, 2, 1, 0], [3, 0, 4, 1, 2], [1, 3, 0, 2, 4]):
        collected = []
        for index in order:
            collected = merge(collected, [loads[index]])[0]
        assert collected == expected
        assert group_results(BANK, collected) == group_results(BANK, expected)
    # Respondents with an id come first, by id; the newer r1 stands in for R1.
    assert [result["respondent"] for result in expected] == ["r1", "r2", "r3", None] and expected[0] == newer


def test_merge_leaves_its_arguments_alone():
    collected = [R1]
    merge(collected, [R2])
    assert collected == [R1]


# Compare over time -------------------------------------------------------------------------------------------------


def test_changes_are_exact_and_shown_signed_with_a_real_minus():
    change = compare(BANK, score(BANK, R1["answers"]), score(BANK, R3["answers"]))
    assert change == {
        "activities": [
            {"id": "a1", "change": [4, 3], "shown": "+1.3", "direction": "up"},
            {"id": "a2", "change": [-2, 1], "shown": "\u22122.0", "direction": "down"},
            {"id": "a3", "change": [-3, 2], "shown": "\u22121.5", "direction": "down"}],
        "overall": {"change": [-13, 18], "shown": "\u22120.7", "direction": "down"}}


def test_the_shown_change_is_the_difference_of_the_shown_scores():
    def result(numerator, denominator):
        mean = [numerator, denominator]
        return {"bank": {"id": "minimal", "version": "0.1.0"}, "activities": [{"id": "a1", "mean": mean}],
                "overall": {"mean": None}}

    # 3.34 and 3.26 are both shown 3.3: no visible change, though the exact one is 0.08.
    entry = compare(BANK, result(167, 50), result(163, 50))["activities"][0]
    assert entry == {"id": "a1", "change": [2, 25], "shown": "0.0", "direction": "same"}
    # 3.25 -> 3.3 and 3.34 -> 3.3 (half up): 0.09 exactly, shown 0.0.
    assert compare(BANK, result(167, 50), result(13, 4))["activities"][0]["shown"] == "0.0"
    # 3.349 -> 3.3 and 3.35 -> 3.4: 0.001 exactly, shown +0.1.
    assert compare(BANK, result(67, 20), result(3349, 1000))["activities"][0]["shown"] == "+0.1"


def test_missing_scores_give_no_change():
    change = compare(BANK, score(BANK, R2["answers"]), score(BANK, R1["answers"]))
    assert change["activities"][2] == {"id": "a3", "change": None, "shown": "", "direction": None}
    assert change["overall"] == {"change": None, "shown": "", "direction": None}


def test_groups_are_compared_like_one_person():
    earlier = group_results(BANK, [R2, R3])
    change = compare(BANK, GROUP, earlier)
    # a1: 25/9 - 2; a2: 10/3 - 4; a3: 15/4 - 9/2.
    assert [(entry["change"], entry["shown"], entry["direction"]) for entry in change["activities"]] == [
        ([7, 9], "+0.8", "up"), ([-2, 3], "\u22120.7", "down"), ([-3, 4], "\u22120.7", "down")]


def test_results_of_another_bank_are_refused_with_a_clear_message():
    other = generated_bank([3, 3, 3])
    other["id"] = "elsewhere"
    baseline = score(other, R3["answers"])
    try:
        compare(BANK, score(BANK, R1["answers"]), baseline)
    except CompareError as error:
        assert (error.key, error.values) == ("err_bank_id", {"found": "elsewhere"})
        assert refusal(UI, error, "en", "file") == (
            "File refused: it is for another questionnaire (elsewhere). Your current answers have not changed.")
    else:
        raise AssertionError("CompareError was not raised")


def test_signed_tenths():
    assert [signed_tenths(value) for value in (0, 4, -3, 40, -13)] == ["0.0", "+0.4", "\u22120.3", "+4.0", "\u22121.3"]


# The group chart ---------------------------------------------------------------------------------------------------

LABELS = ["Respondent 1", "Team <b>", "Respondent 3"]


def test_the_group_chart_is_an_image_with_every_group_figure_in_its_description():
    svg = to_html(group_chart(BANK, UI, GROUP, LABELS, "Group results", "en"))
    assert svg.startswith('<svg aria-labelledby="sc-group-chart-title sc-group-chart-desc" '
                          'class="selfcheck-chart-svg selfcheck-group-chart" role="img"')
    assert '<title id="sc-group-chart-title">Group results</title>' in svg
    assert ("a1: group mean 2.8 (Priority); respondents: 3; from 1.0 to 4.3. "
            "a2: group mean 3.3 (To watch); respondents: 3; from 2.0 to 4.0. "
            "a3: group mean 3.8 (To watch); respondents: 2; from 3.0 to 4.5.</desc>") in svg
    # One dot per respondent mean (8 of 9: one is insufficient) plus the legend's; one diamond per group mean plus
    # the legend's; labels are escaped text.
    assert svg.count("<circle") == 9 and svg.count("<polygon") == 4
    assert "<title>Team &lt;b&gt;: 1.0 (a1)</title>" in svg
    assert 'class="selfcheck-group-mean selfcheck-bar--priority"' in svg


def test_the_group_chart_in_french_and_with_an_insufficient_activity():
    group = group_results(BANK, [_result("x", {"a1-1": 4, "a1-2": 3})])
    svg = to_html(group_chart(BANK, UI, group, ["Répondant 1"], "Résultats", "fr"))
    assert "a1\u00a0: moyenne du groupe 3,5 (À surveiller)\u00a0; répondants\u00a0: 1\u00a0; de 3,5 à 3,5." in svg
    assert "a2\u00a0: — (Pas assez de réponses)" in svg
    assert svg.count("<circle") == 2 and svg.count("<polygon") == 2


def test_dots_with_the_same_score_stack_and_say_how_many_past_the_top():
    results = [_result("r%d" % number, {"a1-1": 4, "a1-2": 4}) for number in range(6)]
    group = group_results(BANK, results)
    node = group_chart(BANK, UI, group, ["R%d" % number for number in range(6)], "T", "en")
    dots = [child for child in node[2] if child[0] == "circle" and child[2]]
    assert len(set(dot[1]["cy"] for dot in dots)) == 4 == len(dots)  # MAX_STACK: the top dot stands for the rest
    assert [dot[2][0][2][0] for dot in dots] == ["R0: 4.0 (a1)", "R1: 4.0 (a1)", "R2: 4.0 (a1)",
                                                 "a1: 6 respondents at 4.0"]
    assert ("text", {"class": "selfcheck-axis", "x": "279", "y": "29"}, ["6"]) in node[2]


def test_the_table_has_the_same_figures_as_the_chart():
    table = group_table(BANK, UI, GROUP, LABELS, "fr")
    assert table["head"] == ["Activité", "Moyenne du groupe", "Résultat", "De la plus basse à la plus haute",
                             "Respondent 1", "Team <b>", "Respondent 3"]
    assert table["rows"][0] == {"id": "a1", "band": "priority", "differ": True,
                                "cells": ["a1", "2,8", "Priorité", "1,0 à 4,3", "4,3", "1,0", "3,0"]}
    assert table["rows"][2]["cells"] == ["a3", "3,8", "À surveiller", "3,0 à 4,5", "3,0", "—", "4,5"]


def test_labels_must_match_the_respondents():
    message = expect_error(ValueError, group_table, BANK, UI, GROUP, LABELS[:2], "en")
    assert message == "group chart: 2 labels for 3 respondents"


def test_scores_kept_between_calls_give_the_same_group_results():
    results = [R1, R2, R3, dict(R1, respondent="r4"), dict(R2, respondent="r5"), dict(R3, respondent="r6")]
    scores = {}
    first = group_results(BANK, results, scores)
    assert first == group_results(BANK, results) and len(scores) == 6
    fewer = results[1:4]
    assert group_results(BANK, fewer, scores) == group_results(BANK, fewer) and len(scores) == 3
    changed = [dict(results[1], answers=R3["answers"])] + results[2:4]  # a new object at once: scored anew
    assert group_results(BANK, changed, scores) == group_results(BANK, changed)
