"""The action plan: a draft from the priorities, kept with the answers, exported as CSV and Markdown.

A plan is plain data, the same in the page, in storage and in export files (the optional "plan" key):

    {"rows": [{"activity": activity id or "", "action": text, "who": text, "when": "YYYY-MM-DD" or "",
               "indicator": text, "status": "todo" | "doing" | "done", "written": true | false}, ...],
     "edited": true | false, "priorities": [activity ids the plan has already taken in]}

`prefill` drafts a plan from a list of priorities, `(activity id, band)` pairs in priority order: the self-check
page passes one person's (`priorities_of(score result)`), a workshop page can pass a group's. Until the reader
edits it ("edited" is false) a plan follows the priorities; once edited it is never rewritten: `new_priorities`
says which priorities it has not taken in yet, `add_priorities` adds rows for them. A row is "written" once the
reader added or changed it: the page asks before removing one of those.

`check_plan` validates a plan read from a file or storage and raises `AnswersError` (reasons `err_plan*` in
ui.json) like the rest of the document. `to_csv` and `to_markdown` write it in the reader's language.
"""

from .advice import recommendation
from .answers import PLAN_CELL_LIMIT, PLAN_ROW_LIMIT, AnswersError, read_document
from .text import say

ROW_LIMIT = PLAN_ROW_LIMIT  # the file limits are set in answers.py, so that a plan within these fits in a file
CELL_LIMIT = PLAN_CELL_LIMIT
STATUSES = ("todo", "doing", "done")
# The exported columns in order: (row field, ui.json key of the column's heading).
COLUMNS = (("activity", "col_activity"), ("action", "col_action"), ("who", "col_who"), ("when", "col_when"),
           ("indicator", "col_indicator"), ("status", "col_status"))
TEXT_FIELDS = ("action", "who", "indicator")
_ROW_KEYS = ("activity", "action", "who", "when", "indicator", "status", "written")
_PLAN_KEYS = ("rows", "edited", "priorities")
# A spreadsheet runs a cell starting with one of these as a formula (OWASP, CSV injection).
_FORMULA_STARTS = "=+-@\t\r"
_MARKDOWN_SPECIAL = "\\`*_[]<|"


def empty_plan():
    return {"rows": [], "edited": False, "priorities": []}


def empty_row(activity=""):
    return {"activity": activity, "action": "", "who": "", "when": "", "indicator": "", "status": "todo",
            "written": False}


def priorities_of(result):
    """The `(activity id, band)` pairs of a `score()` result's priorities, in priority order."""
    bands = {}
    for entry in result["activities"]:
        bands[entry["id"]] = entry["band"]
    return [(activity_id, bands[activity_id]) for activity_id in result["priorities"]]


def _suggested_row(bank, activity_id, band, lang):
    row = empty_row(activity_id)
    row["action"] = recommendation(bank, activity_id, band, lang)["text"]
    return row


def prefill(bank, priorities, lang):
    """A new, unedited plan: one row per priority, in order, with the bank's recommendation as its action."""
    plan = empty_plan()
    for activity_id, band in priorities:
        plan["rows"].append(_suggested_row(bank, activity_id, band, lang))
        plan["priorities"].append(activity_id)
    return plan


def follow(bank, plan, priorities, lang):
    """The plan to show for `priorities`: a fresh draft while the reader has not edited it, else `plan` itself."""
    return plan if plan["edited"] else prefill(bank, priorities, lang)


def new_priorities(plan, priorities):
    """The `(activity id, band)` pairs the plan has neither a row for nor taken in before, in priority order."""
    known = {}
    for activity_id in plan["priorities"]:
        known[activity_id] = True
    for row in plan["rows"]:
        known[row["activity"]] = True
    return [pair for pair in priorities if pair[0] not in known]


def add_priorities(bank, plan, priorities, lang):
    """`plan` with a suggested row at the end for each new priority; the rows already there are kept as they are."""
    for activity_id, band in new_priorities(plan, priorities):
        if len(plan["rows"]) >= ROW_LIMIT:
            break
        plan["rows"].append(_suggested_row(bank, activity_id, band, lang))
        plan["priorities"].append(activity_id)
    plan["edited"] = True
    return plan


def is_blank(row):
    for field in TEXT_FIELDS + ("when",):
        if row[field] != "":
            return False
    return True


def needs_asking(row):
    """Whether removing `row` loses something the reader wrote."""
    return row["written"] and not is_blank(row)


def move(plan, index, offset):
    """Move row `index` by `offset` (-1 up, +1 down); returns its new index (unchanged at either end)."""
    rows = plan["rows"]
    target = index + offset
    if not (0 <= index < len(rows) and 0 <= target < len(rows)):
        return index
    rows[index], rows[target] = rows[target], rows[index]
    plan["edited"] = True
    return target


def typed_text(text):
    """What the page keeps of a field's text: without control characters (a paste can hold some), cut to the limit."""
    kept = "".join(char for char in text if (ord(char) >= 32 and ord(char) != 127) or char in "\t\n")
    return kept[:CELL_LIMIT]


def typed_date(text):
    return text if _is_date(text) else ""


# Checking a plan read from a file or storage ------------------------------------------------------------------


def _is_date(value):
    if len(value) != 10 or value[4] != "-" or value[7] != "-":
        return False
    for index in (0, 1, 2, 3, 5, 6, 8, 9):
        if value[index] not in "0123456789":
            return False
    return "01" <= value[5:7] <= "12" and "01" <= value[8:10] <= "31"


def _check_text(value, number, field):
    if not isinstance(value, str):
        raise AnswersError("err_plan_field", row=number, field=field)
    if len(value) > CELL_LIMIT:
        raise AnswersError("err_plan_cell", row=number, limit=CELL_LIMIT)
    for char in value:
        if (ord(char) < 32 and char not in "\t\n\r") or ord(char) == 127:
            raise AnswersError("err_plan_field", row=number, field=field)
    return value.replace("\r\n", "\n").replace("\r", "\n")


def _check_row(known, row, number):
    if not isinstance(row, dict):
        raise AnswersError("err_plan_field", row=number, field="rows")
    for key in row:
        if key not in _ROW_KEYS:
            raise AnswersError("err_plan_field", row=number, field=key if len(key) <= 40 else key[:39] + "…")
    clean = empty_row()
    activity = row.get("activity", "")
    if not isinstance(activity, str) or (activity != "" and activity not in known):
        raise AnswersError("err_plan_field", row=number, field="activity")
    clean["activity"] = activity
    for field in TEXT_FIELDS:
        clean[field] = _check_text(row.get(field, ""), number, field)
    when = row.get("when", "")
    if not isinstance(when, str) or (when != "" and not _is_date(when)):
        raise AnswersError("err_plan_field", row=number, field="when")
    clean["when"] = when
    status = row.get("status", "todo")
    if status not in STATUSES:
        raise AnswersError("err_plan_field", row=number, field="status")
    clean["status"] = status
    written = row.get("written", True)  # a row from elsewhere counts as the reader's own
    if written is not True and written is not False:
        raise AnswersError("err_plan_field", row=number, field="written")
    clean["written"] = written
    return clean


def check_plan(bank, plan):
    """A clean copy of a plan read from a file or storage, or AnswersError naming the row and the field."""
    if not isinstance(plan, dict) or not isinstance(plan.get("rows"), list):
        raise AnswersError("err_plan")
    for key in plan:
        if key not in _PLAN_KEYS:
            raise AnswersError("err_plan")
    if len(plan["rows"]) > ROW_LIMIT:
        raise AnswersError("err_plan_rows", limit=ROW_LIMIT)
    known = {}
    for activity in bank["activities"]:
        known[activity["id"]] = True
    edited = plan.get("edited", True)
    priorities = plan.get("priorities", [])
    if (edited is not True and edited is not False) or not isinstance(priorities, list):
        raise AnswersError("err_plan")
    clean = empty_plan()
    clean["edited"] = edited
    for activity_id in priorities:
        if not isinstance(activity_id, str) or activity_id not in known:
            raise AnswersError("err_plan")
        if activity_id not in clean["priorities"]:
            clean["priorities"].append(activity_id)
    for index, row in enumerate(plan["rows"]):
        clean["rows"].append(_check_row(known, row, index + 1))
    return clean


# Exports -------------------------------------------------------------------------------------------------------


def _cells(bank, ui, row, lang):
    """A row's cells as the reader reads them: activity name, texts, ISO date, status label."""
    name = ""
    for activity in bank["activities"]:
        if activity["id"] == row["activity"]:
            name = activity["name"][lang]
    cells = []
    for field, _ in COLUMNS:
        if field == "activity":
            cells.append(name)
        elif field == "status":
            cells.append(say(ui, "plan_status_" + row["status"], lang))
        else:
            cells.append(row[field])
    return cells


def _headings(ui, lang):
    return [say(ui, key, lang) for _, key in COLUMNS]


def csv_cell(text):
    """One CSV field: neutralized if a spreadsheet would run it as a formula, quoted as RFC 4180 says."""
    neutralized = text != "" and text[0] in _FORMULA_STARTS
    if neutralized:
        text = "'" + text
    if neutralized or '"' in text or "," in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def to_csv(bank, ui, plan, lang):
    """The plan as CSV text: a byte-order mark (spreadsheets then read UTF-8), a heading row, CRLF line ends."""
    lines = [",".join(csv_cell(text) for text in _headings(ui, lang))]
    for row in plan["rows"]:
        lines.append(",".join(csv_cell(text) for text in _cells(bank, ui, row, lang)))
    return "\ufeff" + "\r\n".join(lines) + "\r\n"


def markdown_cell(text):
    """One table cell: Markdown's special characters escaped, line breaks as <br>, so a cell stays one cell."""
    out = []
    for char in text.replace("\r\n", "\n").replace("\r", "\n"):
        if char == "\n":
            out.append("<br>")
        elif char in _MARKDOWN_SPECIAL:
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out).strip() or " "


def to_markdown(bank, ui, plan, lang, label=""):
    """The plan as a Markdown document: a heading, the team or session label if any, and a table."""
    lines = ["# " + say(ui, "action_plan_heading", lang), ""]
    if label:
        lines += [markdown_cell(say(ui, "report_label", lang, label=label)), ""]
    lines.append("| " + " | ".join(markdown_cell(text) for text in _headings(ui, lang)) + " |")
    lines.append("|" + " --- |" * len(COLUMNS))
    for row in plan["rows"]:
        lines.append("| " + " | ".join(markdown_cell(text) for text in _cells(bank, ui, row, lang)) + " |")
    return "\n".join(lines) + "\n"


def file_name(bank, date, extension):
    return "%s-plan-%s.%s" % (bank["id"], date, extension)



def read_export_document(bank, text, size=None):
    """What answers.read_document reads from an export file's or the storage's `text` (parsed once), with its "plan"
    checked (None when the file has none)."""
    read = read_document(bank, text, size)
    if read["plan"] is not None:
        read["plan"] = check_plan(bank, read["plan"])
    return read


def read_export_with_plan(bank, text, size=None):
    """(answers, label, carried, plan) from an export file's or the storage's `text` (see read_export_document)."""
    read = read_export_document(bank, text, size)
    return read["answers"], read["label"], read["carried"], read["plan"]


def read_plan(bank, text):
    """The checked plan in an export file's or the storage's `text`, or None."""
    return read_export_with_plan(bank, text)[3]
