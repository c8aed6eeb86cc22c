"""Property tests of the collected set and the group results (CPython only: hypothesis; listed in
tests/micropython/run.mjs)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from selfcheck import read_bank
from selfcheck.answers import export_text
from selfcheck.collect import add_sources
from selfcheck.group import compare, group_results, merge
from selfcheck.group_file import group_text, read_group

BANK = read_bank()
ITEM_IDS = [item["id"] for item in BANK["items"]]

answer_values = st.one_of(st.none(), st.just("dk"), st.integers(min_value=1, max_value=5))
answers = st.fixed_dictionaries({
    "items": st.dictionaries(st.sampled_from(ITEM_IDS), answer_values, max_size=len(ITEM_IDS)),
    "continuum": st.dictionaries(st.sampled_from(["1", "2", "3", "4"]), st.sampled_from(["yes", "no"])),
    "aim": st.one_of(st.none(), st.integers(min_value=1, max_value=4)),
})
# Few ids, dates and labels, so that duplicates, replacements and results without an id all happen.
results = st.lists(st.fixed_dictionaries({
    "respondent": st.sampled_from([None, "AAAA", "BBBB", "CCCC"]),
    "label": st.sampled_from([None, "Équipe A", "Team B"]),
    "date": st.sampled_from([None, "2026-10-01", "2026-11-02"]),
    "answers": answers,
}), max_size=8)


def _load_one_by_one(loads):
    collected = []
    for result in loads:
        collected = merge(collected, [result])[0]
    return collected


@settings(max_examples=60)
@given(results, st.randoms(use_true_random=False))
def test_the_order_of_loading_does_not_change_the_group_result(loads, random):
    shuffled = list(loads)
    random.shuffle(shuffled)
    first, second = _load_one_by_one(loads), _load_one_by_one(shuffled)
    assert first == second
    assert merge([], loads)[0] == first
    assert group_results(BANK, first) == group_results(BANK, second)


@settings(max_examples=60)
@given(results, results)
def test_loading_results_twice_changes_nothing(before, loads):
    collected = merge([], before)[0]
    once = merge(collected, loads)[0]
    twice, counts = merge(once, loads)
    assert twice == once
    assert counts["added"] == counts["replaced"] == 0
    assert counts["duplicates"] + counts["older"] == len(loads)
    assert group_results(BANK, twice) == group_results(BANK, once)


@settings(max_examples=60)
@given(results)
def test_one_result_per_respondent_and_every_count_accounted_for(loads):
    collected, counts = merge([], loads)
    ids = [result["respondent"] for result in collected if result["respondent"]]
    assert len(ids) == len(set(ids))
    assert counts["added"] == len(collected)
    assert counts["added"] + counts["replaced"] + counts["duplicates"] + counts["older"] == len(loads)


@settings(max_examples=60)
@given(results)
def test_group_figures_stay_on_the_scale_and_between_the_respondents(loads):
    group = group_results(BANK, merge([], loads)[0])
    for entry in group["activities"]:
        if entry["mean"] is None:
            assert entry["respondents"] == 0
            continue
        numerator, denominator = entry["mean"]
        low, high = entry["lowest_mean"], entry["highest_mean"]
        assert low[0] * denominator <= numerator * low[1] and numerator * high[1] <= high[0] * denominator
        assert entry["lowest"] <= entry["score"] <= entry["highest"]
    levels = group["continuum"]["levels"]
    assert sum(level["now"] for level in levels) == group["respondents"]
    assert sum(level["aim"] or 0 for level in levels) + group["continuum"]["no_aim"] == group["respondents"]
    for statement in group["discuss"]:
        assert sum(statement["counts"]) == sum(statement["given"]) and statement["spread"] >= 1


@settings(max_examples=60)
@given(results)
def test_a_group_compared_with_itself_has_not_changed(loads):
    group = group_results(BANK, merge([], loads)[0])
    for entry in compare(BANK, group, group)["activities"]:
        assert entry["direction"] in (None, "same")
        assert entry["change"] in (None, [0, 1])


@settings(max_examples=40)
@given(st.lists(results, max_size=4))
def test_scores_kept_between_calls_change_no_figure(loads_in_turn):
    scores, collected = {}, []
    for loads in loads_in_turn:
        collected = merge(collected, loads)[0]
        assert group_results(BANK, collected, scores) == group_results(BANK, collected)
        assert len(scores) == len(collected)


def _as_file(result):
    """An exported file of `result` (its answers made whole the way the page keeps them: no null entries)."""
    respondent = None if result["respondent"] is None else result["respondent"].lower() * 2 + "aa"
    return {"kind": "file", "name": "x.json", "size": None, "text": export_text(
        BANK, result["answers"], "fr", result["date"] or "2026-01-01", result["label"] or "", None, respondent)}


@settings(max_examples=40)
@given(results, st.randoms(use_true_random=False))
def test_files_added_in_any_order_and_twice_give_one_set_that_a_group_file_keeps(loads, random):
    files = [_as_file(result) for result in loads]
    shuffled = list(files)
    random.shuffle(shuffled)
    added = add_sources(BANK, [], files)
    assert added["counts"]["refused"] == 0
    assert add_sources(BANK, [], shuffled)["results"] == added["results"]
    again = add_sources(BANK, added["results"], shuffled)
    assert again["results"] == added["results"] and again["counts"]["duplicates"] == len(files)
    kept = read_group(BANK, group_text(BANK, "Atelier", added["results"], "2026-12-01"))["results"]
    assert kept == added["results"]
