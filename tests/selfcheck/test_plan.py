"""The action plan: drafted from priorities, merged with new ones, exported byte for byte, checked when read back.

Runs under CPython (pytest) and MicroPython (tests/micropython/run.mjs): plain asserts, no pytest features. Exact
exports live in tests/data/plan/exports (NAME.json is the plan and label; NAME.LANG.csv and NAME.LANG.md what comes
out), refused plans in tests/data/plan/invalid (NAME.json and the English message in NAME.expected).
"""

import json

from selfcheck import read_bank, score
from selfcheck.answers import AnswersError, export_text, read_export, refusal
from selfcheck.plan import (CELL_LIMIT, ROW_LIMIT, add_priorities, check_plan, csv_cell, empty_plan, empty_row,
                            follow, markdown_cell, move, needs_asking, new_priorities, prefill, priorities_of,
                            read_plan, to_csv, to_markdown, typed_date, typed_text)
from selfcheck.ui import read_ui

from selfcheck_support import ROOT, expect_error, names_in, read_text

BANK = read_bank()
UI = read_ui()
EXPORTS = ROOT + "/tests/data/plan/exports"
INVALID = ROOT + "/tests/data/plan/invalid"
PRIORITIES = [("plan", "priority"), ("connect", "watch")]


def read_bytes(path):
    with open(path, "rb") as handle:
        return handle.read()


def written_row(**fields):
    row = empty_row("plan")
    row["written"] = True
    for name in fields:
        row[name] = fields[name]
    return row


# Drafting and following the priorities ----------------------------------------------------------------------


def test_prefill_gives_one_row_per_priority_in_order_with_the_banks_advice():
    plan = prefill(BANK, PRIORITIES, "en")
    assert [row["activity"] for row in plan["rows"]] == ["plan", "connect"]
    assert plan["rows"][0]["action"] == BANK["recommendations"]["plan"]["priority"]["en"]
    assert plan["rows"][1]["action"] == BANK["recommendations"]["connect"]["watch"]["en"]
    assert [row["status"] for row in plan["rows"]] == ["todo", "todo"]
    assert [row["written"] for row in plan["rows"]] == [False, False]
    assert plan["edited"] is False and plan["priorities"] == ["plan", "connect"]
    assert prefill(BANK, PRIORITIES, "fr")["rows"][0]["action"] == BANK["recommendations"]["plan"]["priority"]["fr"]
    assert prefill(BANK, [], "fr") == empty_plan()


def test_priorities_of_a_score_result_carry_their_bands():
    items = {}
    for item in BANK["items"]:
        if item["activity"] in ("plan", "act"):
            items[item["id"]] = 5 if item.get("reverse") else 1
        else:
            items[item["id"]] = 1 if item.get("reverse") else 5
    result = score(BANK, {"items": items})
    assert priorities_of(result) == [(activity_id, "priority") for activity_id in result["priorities"]]
    assert sorted(result["priorities"]) == ["act", "plan"]


def test_a_plan_follows_the_priorities_until_it_is_edited():
    draft = prefill(BANK, PRIORITIES, "en")
    assert follow(BANK, draft, [("renew", "priority")], "fr") == prefill(BANK, [("renew", "priority")], "fr")
    draft["edited"] = True
    assert follow(BANK, draft, [("renew", "priority")], "fr") is draft


def test_new_priorities_are_offered_not_forced_and_rows_are_kept():
    plan = prefill(BANK, PRIORITIES, "en")
    plan["edited"] = True
    plan["rows"][0]["who"] = "Marie"
    before = json.loads(json.dumps(plan["rows"]))
    changed = [("renew", "priority"), ("plan", "priority"), ("act", "watch")]
    assert new_priorities(plan, changed) == [("renew", "priority"), ("act", "watch")]
    add_priorities(BANK, plan, changed, "en")
    assert plan["rows"][:2] == before
    assert [row["activity"] for row in plan["rows"]] == ["plan", "connect", "renew", "act"]
    assert plan["rows"][3]["action"] == BANK["recommendations"]["act"]["watch"]["en"]
    assert new_priorities(plan, changed) == []


def test_a_priority_whose_row_was_removed_is_not_offered_again():
    plan = prefill(BANK, PRIORITIES, "en")
    plan["edited"] = True
    del plan["rows"][1]
    assert new_priorities(plan, PRIORITIES) == []


def test_a_priority_the_reader_wrote_a_row_for_is_not_offered():
    plan = empty_plan()
    plan["edited"] = True
    plan["rows"].append(written_row(action="Mine"))
    assert new_priorities(plan, PRIORITIES) == [("connect", "watch")]


def test_adding_stops_at_the_row_limit():
    plan = empty_plan()
    plan["rows"] = [empty_row() for _ in range(ROW_LIMIT - 1)]
    add_priorities(BANK, plan, PRIORITIES, "en")
    assert len(plan["rows"]) == ROW_LIMIT and plan["rows"][-1]["activity"] == "plan"


def test_moving_rows_and_the_ends():
    plan = prefill(BANK, PRIORITIES + [("renew", "watch")], "en")
    assert move(plan, 2, -1) == 1
    assert [row["activity"] for row in plan["rows"]] == ["plan", "renew", "connect"]
    assert plan["edited"] is True
    assert move(plan, 0, -1) == 0 and move(plan, 2, 1) == 2 and move(plan, 7, -1) == 7
    assert [row["activity"] for row in plan["rows"]] == ["plan", "renew", "connect"]


def test_asking_before_removing_only_what_the_reader_wrote():
    assert not needs_asking(prefill(BANK, PRIORITIES, "en")["rows"][0])  # the untouched suggestion
    assert not needs_asking(written_row())  # added, still empty
    assert needs_asking(written_row(who="Marie"))
    assert needs_asking(written_row(when="2026-05-01"))


def test_typed_text_loses_only_control_characters_and_what_is_over_the_limit():
    assert typed_text("a\u0007b\tc\nd\u007f") == "ab\tc\nd"
    assert typed_text("é" * (CELL_LIMIT + 5)) == "é" * CELL_LIMIT
    assert typed_date("2026-05-01") == "2026-05-01" and typed_date("2026-5-1") == ""


# Exports ------------------------------------------------------------------------------------------------------


def test_csv_cells_are_quoted_and_neutralized():
    assert csv_cell("plain") == "plain"
    assert csv_cell('say "hi", then') == '"say ""hi"", then"'
    assert csv_cell("two\nlines") == '"two\nlines"'
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert csv_cell(start + "1+1") == "\"'%s1+1\"" % start
    assert csv_cell("") == "" and csv_cell("3-2") == "3-2"


def test_markdown_cells_stay_one_cell_and_show_as_text():
    assert markdown_cell("a | b") == "a \\| b"
    assert markdown_cell("one\r\ntwo\nthree") == "one<br>two<br>three"
    assert markdown_cell("<script>*x*</script>") == "\\<script>\\*x\\*\\</script>"
    assert markdown_cell("") == " "


def test_exports_match_their_fixtures_byte_for_byte():
    names = names_in(EXPORTS, ".json")
    assert len(names) >= 2
    checked = 0
    for name in names:
        base = EXPORTS + "/" + name[: -len(".json")]
        case = json.loads(read_text(EXPORTS + "/" + name))
        plan = check_plan(BANK, case["plan"])
        for lang in ("fr", "en"):
            assert to_csv(BANK, UI, plan, lang).encode("utf-8") == read_bytes(base + "." + lang + ".csv"), name
            assert to_markdown(BANK, UI, plan, lang, case["label"]).encode("utf-8") == read_bytes(
                base + "." + lang + ".md"), name
            checked += 1
    assert checked >= 4


def test_csv_starts_with_a_byte_order_mark_and_ends_lines_with_crlf():
    text = to_csv(BANK, UI, prefill(BANK, PRIORITIES, "fr"), "fr")
    assert text.startswith("\ufeffActivité,Action,Responsable,")
    assert text.endswith("\r\n") and text.count("\r\n") == 3


def test_a_large_plan_exports_whole():
    plan = empty_plan()
    plan["rows"] = [written_row(action="x" * 5000, who="row %d" % number) for number in range(200)]
    plan = check_plan(BANK, plan)
    assert to_csv(BANK, UI, plan, "en").count("\r\n") == 201
    assert to_markdown(BANK, UI, plan, "en").count("\n") == 204
    assert ("x" * 5000) in to_csv(BANK, UI, plan, "en")


# Reading a plan back --------------------------------------------------------------------------------------------


def test_a_plan_survives_the_export_document_and_the_check():
    plan = prefill(BANK, PRIORITIES, "fr")
    plan["rows"][0]["when"] = "2026-05-01"
    text = export_text(BANK, {"items": {}, "continuum": {}, "aim": None}, "fr", "2026-03-14", "", plan)
    assert read_export(BANK, text)[1] == ""
    assert read_plan(BANK, text) == plan
    assert read_plan(BANK, export_text(BANK, {"items": {}, "continuum": {}, "aim": None}, "fr", "2026-03-14")) is None


def test_checking_keeps_a_good_plan_and_fills_in_what_a_short_row_leaves_out():
    case = json.loads(read_text(EXPORTS + "/workshop.json"))["plan"]
    plan = check_plan(BANK, case)
    assert check_plan(BANK, plan) == plan
    assert plan["rows"][2]["indicator"] == "\nretour"  # a lone carriage return is a line break
    short = check_plan(BANK, {"rows": [{"action": "Only this"}]})
    assert short["rows"] == [dict(empty_row(), action="Only this", written=True)]
    assert short["edited"] is True and short["priorities"] == []


def test_every_invalid_fixture_has_an_expected_message_and_the_reverse():
    cases = [name[: -len(".json")] for name in names_in(INVALID, ".json")]
    expected = [name[: -len(".expected")] for name in names_in(INVALID, ".expected")]
    assert cases == expected and len(cases) >= 12


def test_invalid_plans_are_refused_with_their_exact_message():
    checked = 0
    for name in names_in(INVALID, ".json"):
        wanted = read_text(INVALID + "/" + name[: -len(".json")] + ".expected").rstrip("\n")
        plan = json.loads(read_text(INVALID + "/" + name))
        try:
            check_plan(BANK, plan)
        except AnswersError as error:
            assert refusal(UI, error, "en", "file") == wanted, name
            assert refusal(UI, error, "fr", "file").startswith("Fichier refusé\u00a0: "), name
            checked += 1
            continue
        raise AssertionError("%s was accepted" % name)
    assert checked >= 12


def test_an_export_file_with_a_malformed_plan_is_refused_whole():
    text = json.dumps({"tool": "partenariats-reussis-selfcheck", "schema": 1,
                       "bank": {"id": BANK["id"], "version": BANK["version"]},
                       "answers": {"items": {}}, "plan": {"rows": "none"}})
    read_export(BANK, text)  # the answers alone are fine
    assert expect_error(AnswersError, read_plan, BANK, text) == "err_plan"


# Markup ---------------------------------------------------------------------------------------------------------


def test_the_form_holds_the_editable_plan_and_a_row_template_with_every_field():
    from selfcheck.form import render_form
    from selfcheck.plan import COLUMNS, STATUSES

    markup = render_form(BANK, UI, "en", "../", "paper/")
    start = markup.index("<template data-plan-template>")
    template = markup[start:markup.index("</template>", start)]
    for field, _ in COLUMNS:
        assert template.count('data-field="%s"' % field) == 1, field
        assert template.count('data-print="%s"' % field) == 1, field
    assert '<input type="date" data-field="when"' in template
    assert [template.count('<option value="%s">' % status) for status in STATUSES] == [1, 1, 1]
    assert template.count("<option ") == 3 + 1 + len(BANK["activities"])
    for action in ("up", "down", "remove"):
        assert 'data-row-action="%s"' % action in template
    for action in ("add", "add-priorities", "csv", "markdown"):
        assert 'data-plan-action="%s" disabled>' % action in markup
    assert "The share link holds the answers only, not the action plan" in markup


def test_the_paper_version_keeps_an_empty_plan_with_the_same_columns():
    from selfcheck.paper import render_paper

    paper = render_paper(BANK, UI, "en", "../", "../")
    start = paper.index('<table class="selfcheck-paper-table selfcheck-paper-plan">')
    table = paper[start:paper.index("</table>", start)]
    assert table.count("<tr><td></td>") == 5 and table.count("<td></td>") == 35
    assert "<th scope=\"col\">How we will know (indicator)</th><th scope=\"col\">Status</th>" in table
    assert "\n## Action plan {#paper-action-plan}\n" in paper
