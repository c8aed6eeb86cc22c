"""Property tests of the action plan's exports and checks (CPython only: hypothesis; listed in
tests/micropython/run.mjs)."""

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from selfcheck import read_bank
from selfcheck.answers import AnswersError
from selfcheck.plan import STATUSES, check_plan, csv_cell, markdown_cell, to_csv, to_markdown, typed_text
from selfcheck.ui import read_ui

BANK = read_bank()
UI = read_ui()
ACTIVITIES = [""] + [activity["id"] for activity in BANK["activities"]]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40).map(typed_text)
dates = st.one_of(st.just(""), st.dates().map(lambda day: day.isoformat()).filter(lambda text: len(text) == 10))
rows = st.fixed_dictionaries({
    "activity": st.sampled_from(ACTIVITIES), "action": texts, "who": texts, "when": dates, "indicator": texts,
    "status": st.sampled_from(STATUSES), "written": st.booleans(),
})
plans = st.fixed_dictionaries({"rows": st.lists(rows, max_size=8), "edited": st.booleans(),
                               "priorities": st.just([])})
anything = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8)),
                        lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                        max_leaves=20)


@settings(deadline=None)  # timing varies on a shared machine; speed is the bench's job
@given(plans)
def test_a_checked_plan_is_its_own_check(plan):
    clean = check_plan(BANK, plan)
    assert check_plan(BANK, clean) == clean


@settings(deadline=None)
@given(anything)
def test_checking_anything_either_passes_or_says_why(value):
    try:
        check_plan(BANK, value)
    except AnswersError as error:
        assert error.key.startswith("err_plan")


@settings(deadline=None)
@given(st.text(max_size=60))
def test_a_csv_cell_reads_back_as_itself_or_neutralized(text):
    read = next(csv.reader(io.StringIO("a," + csv_cell(text) + ",b\r\n", newline="")))
    assert read == ["a", "'" + text if text.startswith(FORMULA_STARTS) else text, "b"]


@settings(deadline=None)
@given(plans, st.sampled_from(["fr", "en"]))
def test_csv_has_one_record_of_six_fields_per_row(plan, lang):
    plan = check_plan(BANK, plan)
    text = to_csv(BANK, UI, plan, lang)
    records = list(csv.reader(io.StringIO(text[1:], newline="")))
    assert len(records) == len(plan["rows"]) + 1
    assert all(len(record) == 6 for record in records)
    for record in records:
        assert not any(cell.startswith(FORMULA_STARTS) for cell in record)


@settings(deadline=None)
@given(texts)
def test_a_markdown_cell_is_one_line_without_a_bare_pipe(text):
    cell = markdown_cell(text)
    assert "\n" not in cell and "\r" not in cell
    assert "|" not in cell.replace("\\|", "")


@settings(deadline=None)
@given(plans)
def test_markdown_has_one_table_line_per_row(plan):
    plan = check_plan(BANK, plan)
    lines = to_markdown(BANK, UI, plan, "en").split("\n")
    table = [line for line in lines if line.startswith("|")]
    assert len(table) == len(plan["rows"]) + 2
