"""Property tests of the scoring rules (CPython only: hypothesis; listed in tests/micropython/run.mjs)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from selfcheck import read_bank, score
from selfcheck.scoring import band_for_tenths

BANK = read_bank()
ITEM_IDS = [item["id"] for item in BANK["items"]]
BAND_RANK = {"priority": 0, "watch": 1, "strength": 2}

full_answers = st.lists(st.integers(min_value=1, max_value=5), min_size=len(ITEM_IDS), max_size=len(ITEM_IDS))
any_answers = st.lists(st.one_of(st.none(), st.just("dk"), st.integers(min_value=1, max_value=5)),
                       min_size=len(ITEM_IDS), max_size=len(ITEM_IDS))


def _answers(values):
    return {"items": {item_id: value for item_id, value in zip(ITEM_IDS, values) if value is not None}}


def _scored(result):
    return [entry for entry in result["activities"] if entry["mean"] is not None]


@given(any_answers)
def test_scores_stay_between_1_and_5(values):
    result = score(BANK, _answers(values))
    for entry in _scored(result) + ([result["overall"]] if result["overall"]["mean"] else []):
        numerator, denominator = entry["mean"]
        assert denominator <= numerator <= 5 * denominator
        assert "1.0" <= entry["score"] <= "5.0" and len(entry["score"]) == 3


@given(any_answers, any_answers)
def test_bands_are_monotonic_in_the_mean(first, second):
    entries = _scored(score(BANK, _answers(first))) + _scored(score(BANK, _answers(second)))
    for a in entries:
        for b in entries:
            if a["mean"][0] * b["mean"][1] <= b["mean"][0] * a["mean"][1]:
                assert BAND_RANK[a["band"]] <= BAND_RANK[b["band"]]


@given(st.integers(min_value=10, max_value=50), st.integers(min_value=10, max_value=50))
def test_band_of_displayed_scores_is_monotonic(low, high):
    if low <= high:
        assert BAND_RANK[band_for_tenths(low)] <= BAND_RANK[band_for_tenths(high)]


@given(full_answers)
def test_reversing_every_answer_mirrors_each_mean_around_3(values):
    straight = score(BANK, _answers(values))
    mirrored = score(BANK, _answers([6 - value for value in values]))
    for a, b in zip(straight["activities"], mirrored["activities"]):
        # mean + mirrored mean == 6, exactly
        assert a["mean"][0] * b["mean"][1] + b["mean"][0] * a["mean"][1] == 6 * a["mean"][1] * b["mean"][1]


@settings(max_examples=20)
@given(st.integers(min_value=0, max_value=len(ITEM_IDS)))
def test_all_dont_know_is_insufficient(unanswered):
    values = ["dk"] * (len(ITEM_IDS) - unanswered) + [None] * unanswered
    result = score(BANK, _answers(values))
    assert [entry["band"] for entry in result["activities"]] == ["insufficient"] * 6
    assert result["overall"]["band"] == "insufficient"
    assert result["priorities"] == []
