"""Scoring rules from issue 3, with exact expected results, including the boundary table."""

import json

from selfcheck import read_bank, score
from selfcheck_support import expect_error, generated_bank, item_answers, values_summing_to

ALL_ITEMS = [item["id"] for item in read_bank()["items"]]  # in bank order


def _activity(result, activity_id):
    for entry in result["activities"]:
        if entry["id"] == activity_id:
            return entry
    raise AssertionError("no activity " + activity_id)


def _single_activity_result(count, total):
    """Score one activity of `count` statements whose answers add up to `total`."""
    bank = generated_bank([count])
    return score(bank, {"items": item_answers("a1", values_summing_to(count, total))})["activities"][0]


# The boundary table: mean -> (displayed score, band). The band follows the displayed score.
BOUNDARIES = (
    ((294, 100), "2.9", "priority"),
    ((295, 100), "3.0", "watch"),
    ((30, 10), "3.0", "watch"),
    ((3949, 1000), "3.9", "watch"),
    ((395, 100), "4.0", "strength"),
    ((40, 10), "4.0", "strength"),
    ((13, 4), "3.3", "watch"),
)


def test_boundary_table():
    for (total, count), shown, band in BOUNDARIES:
        entry = _single_activity_result(count, total)
        assert (entry["score"], entry["band"]) == (shown, band), (total, count, entry)


def test_means_are_exact_reduced_fractions():
    assert _single_activity_result(1000, 3949)["mean"] == [3949, 1000]
    assert _single_activity_result(100, 295)["mean"] == [59, 20]
    assert _single_activity_result(4, 16)["mean"] == [4, 1]


def test_extremes_of_the_scale():
    assert _single_activity_result(5, 5)["score"] == "1.0"
    assert _single_activity_result(5, 25)["score"] == "5.0"
    assert _single_activity_result(5, 5)["band"] == "priority"


def test_reverse_statement_counts_six_minus_the_answer():
    bank = generated_bank([3], reverse=("a1-2",))
    entry = score(bank, {"items": {"a1-1": 5, "a1-2": 1, "a1-3": 5}})["activities"][0]
    assert entry["mean"] == [5, 1]
    entry = score(bank, {"items": {"a1-1": 4, "a1-2": 4, "a1-3": 4}})["activities"][0]
    assert entry["mean"] == [10, 3] and entry["score"] == "3.3"


def test_dont_know_is_answered_but_not_counted():
    bank = generated_bank([4])
    entry = score(bank, {"items": {"a1-1": 4, "a1-2": "dk", "a1-3": 5, "a1-4": None}})["activities"][0]
    assert (entry["items"], entry["answered"], entry["counted"]) == (4, 3, 2)
    assert entry["mean"] == [9, 2] and entry["score"] == "4.5"


def test_exactly_half_counted_is_scored_and_less_is_insufficient():
    four = generated_bank([4])
    entry = score(four, {"items": {"a1-1": 2, "a1-2": 3, "a1-3": "dk"}})["activities"][0]
    assert (entry["counted"], entry["score"], entry["band"]) == (2, "2.5", "priority")
    five = generated_bank([5])
    entry = score(five, {"items": {"a1-1": 2, "a1-2": 3, "a1-3": "dk", "a1-4": "dk"}})["activities"][0]
    assert entry == {"id": "a1", "items": 5, "answered": 4, "counted": 2, "mean": None, "score": "",
                     "band": "insufficient"}
    entry = score(five, {"items": {"a1-1": 2, "a1-2": 3, "a1-5": 4}})["activities"][0]
    assert (entry["counted"], entry["score"]) == (3, "3.0")


def test_overall_needs_three_scored_activities():
    bank = generated_bank([3, 3, 3, 3])
    two = dict(item_answers("a1", [5, 5, 5]))
    two.update(item_answers("a2", [2, 2, 3]))
    result = score(bank, {"items": two})
    assert result["overall"] == {"activities_scored": 2, "mean": None, "score": "", "band": "insufficient"}
    three = dict(two)
    three.update(item_answers("a3", [4, 4, "dk"]))
    result = score(bank, {"items": three})
    # (5 + 7/3 + 4) / 3 = 34/9 = 3.777…
    assert result["overall"] == {"activities_scored": 3, "mean": [34, 9], "score": "3.8", "band": "watch"}


def test_overall_weighs_each_activity_the_same():
    bank = generated_bank([1000, 3, 3])
    answers = item_answers("a1", [1] * 1000)
    answers.update(item_answers("a2", [5, 5, 5]))
    answers.update(item_answers("a3", [5, 5, 5]))
    assert score(bank, {"items": answers})["overall"]["mean"] == [11, 3]


def test_priorities_lowest_mean_first_ties_in_canonical_order():
    bank = generated_bank([3, 3, 3, 3, 3])
    answers = {}
    for activity_id, values in (("a1", [3, 3, 4]), ("a2", [2, 2, 2]), ("a3", [5, 5, 4]), ("a4", [3, 3, 4]),
                                ("a5", [3, 3, 3])):
        answers.update(item_answers(activity_id, values))
    result = score(bank, {"items": answers})
    assert [entry["band"] for entry in result["activities"]] == ["watch", "priority", "strength", "watch", "watch"]
    assert result["priorities"] == ["a2", "a5", "a1", "a4"]


def test_insufficient_activities_are_not_priorities():
    bank = generated_bank([3, 3])
    result = score(bank, {"items": item_answers("a2", [1, 1, 1])})
    assert result["priorities"] == ["a2"]


def test_continuum_current_level_is_the_unbroken_run_of_yes():
    bank = read_bank()
    cases = (
        ({}, 0),
        ({"1": "no", "2": "yes", "3": "yes", "4": "yes"}, 0),
        ({"1": "yes"}, 1),
        ({"1": "yes", "2": "yes", "3": "no", "4": "yes"}, 2),
        ({"1": "yes", "2": None, "3": "yes"}, 1),
        ({"1": "yes", "2": "yes", "3": "yes", "4": "yes"}, 4),
    )
    for continuum, current in cases:
        result = score(bank, {"continuum": continuum})["continuum"]
        assert (result["current"], result["aim"], result["gap"]) == (current, None, None), continuum


def test_a_yes_above_a_no_is_named_as_out_of_order():
    bank = read_bank()
    cases = (
        ({}, None),
        ({"1": "yes", "2": "yes", "3": "no", "4": "no"}, None),
        ({"1": "yes", "2": None, "3": "yes"}, None),  # unanswered, not contradicted
        ({"1": "no", "2": "yes", "3": "no", "4": "yes"}, {"no": 1, "yes": [2, 4]}),
        ({"1": "yes", "2": "no", "3": "yes"}, {"no": 2, "yes": [3]}),
        ({"2": "no", "4": "yes"}, {"no": 2, "yes": [4]}),
    )
    for continuum, out_of_order in cases:
        assert score(bank, {"continuum": continuum})["continuum"]["out_of_order"] == out_of_order, continuum


def test_continuum_gap_is_aim_minus_current():
    bank = read_bank()
    result = score(bank, {"continuum": {"1": "yes", "2": "yes"}, "aim": 4})
    assert result["continuum"] == {"current": 2, "aim": 4, "gap": 2, "out_of_order": None}
    result = score(bank, {"continuum": {"1": "yes", "2": "yes", "3": "yes"}, "aim": 1})
    assert result["continuum"] == {"current": 3, "aim": 1, "gap": -2, "out_of_order": None}


def test_progress_counts_every_question():
    bank = read_bank()
    assert score(bank, {})["progress"] == {"answered": 0, "total": 40}  # 35 statements, 4 continuum, the aim
    answers = {"items": {"connect-1": 3, "plan-2": "dk", "act-1": None}, "continuum": {"1": "no"}, "aim": 2}
    assert score(bank, answers)["progress"] == {"answered": 4, "total": 40}


def test_full_result_for_the_shipped_bank_is_stable_and_json_serializable():
    bank = read_bank()
    values = [1, 2, 3, 4, 5]
    answers = {"items": {}, "continuum": {"1": "yes", "2": "yes", "3": "no", "4": "no"}, "aim": 3}
    for index, item_id in enumerate(ALL_ITEMS):
        answers["items"][item_id] = values[index % 5]
    result = score(bank, answers)
    assert json.loads(json.dumps(result)) == result
    assert sorted(result) == ["activities", "bank", "continuum", "overall", "priorities", "progress"]
    assert result["bank"] == {"id": "partenariats-6-activites", "version": "2.0.0"}
    # Statements answer 1, 2, 3, 4, 5, 1, 2, … in bank order. Connect's third is reverse-worded: 1+2+(6-3)+4+5 = 15;
    # understand's fourth: 1+2+3+(6-4)+5+1 = 14.
    assert _activity(result, "connect") == {"id": "connect", "items": 5, "answered": 5, "counted": 5,
                                            "mean": [3, 1], "score": "3.0", "band": "watch"}
    assert _activity(result, "understand") == {"id": "understand", "items": 6, "answered": 6, "counted": 6,
                                               "mean": [7, 3], "score": "2.3", "band": "priority"}
    assert result["priorities"] == ["understand", "vision", "act", "connect", "plan", "renew"]
    assert result["overall"] == {"activities_scored": 6, "mean": [53, 18], "score": "2.9", "band": "priority"}
    assert result["continuum"] == {"current": 2, "aim": 3, "gap": 1, "out_of_order": None}
    assert result["progress"] == {"answered": 40, "total": 40}


def test_score_refuses_what_it_cannot_use():
    bank = read_bank()
    cases = (
        ([], "answers: the answers must be an object"),
        ({"item": {}}, 'answers: unknown key "item" (expected: items, continuum, aim)'),
        ({"items": []}, 'answers: "items" must be an object'),
        ({"items": {"connect-9": 3}}, 'answers: unknown item id "connect-9"'),
        ({"items": {"connect-1": 3, "connect-9": None}}, 'answers: unknown item id "connect-9"'),
        ({"items": {"connect-1": 6}}, 'answers: item "connect-1": 6 is not on the scale (1 to 5, or "dk")'),
        ({"items": {"connect-1": 0}}, 'answers: item "connect-1": 0 is not on the scale (1 to 5, or "dk")'),
        ({"items": {"connect-1": "3"}}, 'answers: item "connect-1": "3" is not on the scale (1 to 5, or "dk")'),
        ({"items": {"connect-1": 3.0}}, 'answers: item "connect-1": 3.0 is not on the scale (1 to 5, or "dk")'),
        ({"items": {"connect-1": True}}, 'answers: item "connect-1": true is not on the scale (1 to 5, or "dk")'),
        ({"continuum": {"5": "yes"}}, 'answers: continuum: unknown statement "5" (expected "1" to "4")'),
        ({"continuum": {"1": True}}, 'answers: continuum "1": true is not "yes" or "no"'),
        ({"aim": 5}, "answers: aim: 5 is not a level from 1 to 4"),
        ({"aim": "2"}, 'answers: aim: "2" is not a level from 1 to 4'),
    )
    for answers, message in cases:
        assert expect_error(ValueError, score, bank, answers) == message, answers


def test_null_sections_and_values_are_unanswered():
    bank = read_bank()
    result = score(bank, {"items": None, "continuum": None, "aim": None})
    assert result["progress"] == {"answered": 0, "total": 40}
    assert [entry["band"] for entry in result["activities"]] == ["insufficient"] * 6
