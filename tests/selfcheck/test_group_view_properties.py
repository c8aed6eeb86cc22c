"""Property tests of the group results view (CPython only: hypothesis; listed in tests/micropython/run.mjs)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from selfcheck import read_bank
from selfcheck.group import compare, group_results, merge
from selfcheck.group_view import view
from selfcheck.markup import escape, to_html
from selfcheck.ui import read_ui

from selfcheck_support import tree_elements as _elements
from test_group_properties import answers

BANK = read_bank()
UI = read_ui()

# Labels of any text, markup characters included.
results = st.lists(st.fixed_dictionaries({
    "respondent": st.one_of(st.none(), st.text("abcdefgh", min_size=10, max_size=10)),
    "label": st.one_of(st.none(), st.text(min_size=1, max_size=12)),
    "date": st.sampled_from([None, "2026-10-01", "2026-11-02"]),
    "answers": answers,
}), max_size=7)


@settings(max_examples=60)
@given(results, results, st.sampled_from(["fr", "en"]))
def test_the_view_shows_the_group_figures_exactly(loads, earlier, lang):
    collected = merge([], loads)[0]
    group = group_results(BANK, collected)
    comparison = compare(BANK, group, group_results(BANK, merge([], earlier)[0]))
    tree = view(BANK, UI, lang, collected, comparison)
    rows = [element[1] for element in _elements(tree) if "data-group-activity" in element[1]]
    if not collected:
        assert rows == [] and tree[1]["data-group-results"] == "0"
        return
    assert [(row["data-group-activity"], row["data-respondents"], row["data-mean"], row["data-min"],
             row["data-max"], row["data-band"], row["data-differ"], row["data-change"]) for row in rows] == [
        (entry["id"], str(entry["respondents"]), entry["score"], entry["lowest"], entry["highest"], entry["band"],
         "1" if entry["differ"] else "0", change["shown"])
        for entry, change in zip(group["activities"], comparison["activities"])]
    levels = [element[1] for element in _elements(tree) if "data-group-continuum-level" in element[1]]
    assert sum(int(level["data-now"]) for level in levels) == len(collected)
    # A label is a text of its own (a heading of the respondents' table), whatever characters it holds; as markup,
    # it is escaped.
    texts = [child for element in _elements(tree) for child in element[2] if isinstance(child, str)]
    markup = to_html(tree)
    for result in collected:
        if result["label"]:
            assert result["label"] in texts and escape(result["label"]) in markup


@settings(max_examples=40)
@given(results, st.randoms(use_true_random=False))
def test_the_order_of_loading_does_not_change_the_view(loads, random):
    shuffled = list(loads)
    random.shuffle(shuffled)
    first, second = merge([], loads)[0], merge([], shuffled)[0]
    assert view(BANK, UI, "fr", first) == view(BANK, UI, "fr", second)
