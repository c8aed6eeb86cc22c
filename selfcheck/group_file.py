"""A workshop's collected results as one file: what the facilitator exports and imports, and what the workshop page
keeps in the browser's storage.

    {"tool": TOOL_ID, "kind": "group", "schema": 1, "bank": {"id", "version"}, "session": text, "date": "YYYY-MM-DD",
     "results": [{"respondent": id, "label": text, "date": "YYYY-MM-DD", "answers": share code}, ...]}

Each result's answers are written as a share link writes them (`answers.share_code`: one character per statement),
so that a set of GROUP_LIMIT respondents stays well within the limits every file is read with (answers.py);
"respondent", "label" and "date" are left out when a result has none. A share code records answers by position, so a
group file of another version of the bank is refused: the workshop compares like with like.
"""

import json

from .answers import (TOOL_ID, AnswersError, check_label, check_respondent, excerpt, is_date, parse_text,
                      read_share_code, share_code)

GROUP_KIND = "group"
GROUP_SCHEMA = 1
GROUP_LIMIT = 500  # respondents: a large workshop has a few dozen; 500 take about 70 KB
_GROUP_KEYS = ("tool", "kind", "schema", "bank", "session", "date", "results")
_RESULT_KEYS = ("respondent", "label", "date", "answers")


def group_document(bank, session, results, date):
    rows = []
    for result in results:
        row = {}
        for key in ("respondent", "label", "date"):
            if result.get(key):
                row[key] = result[key]
        row["answers"] = share_code(bank, result["answers"])
        rows.append(row)
    return {"tool": TOOL_ID, "kind": GROUP_KIND, "schema": GROUP_SCHEMA,
            "bank": {"id": bank["id"], "version": bank["version"]}, "session": session, "date": date, "results": rows}


def group_text(bank, session, results, date):
    return json.dumps(group_document(bank, session, results, date))


def group_file_name(bank, session, date):
    """The group file's name: the bank id, "group" and the date (the session name may hold any character)."""
    return "%s-group-%s.json" % (bank["id"], date)


def is_group_document(document):
    return isinstance(document, dict) and document.get("tool") == TOOL_ID and document.get("kind") == GROUP_KIND


def read_group(bank, text, size=None):
    """{"session", "date", "results": [result, ...]} from a group file's text; see check_group."""
    return check_group(bank, parse_text(text, size))


def check_group(bank, document):
    """The checked content of a parsed group file; AnswersError names the first fault."""
    if not is_group_document(document):
        raise AnswersError("err_not_group")
    for key in document:
        if key not in _GROUP_KEYS:
            raise AnswersError("err_unknown_field")
    schema = document.get("schema")
    if not isinstance(schema, int) or schema is True or schema is False or schema < 1:
        raise AnswersError("err_field", field="schema")
    if schema > GROUP_SCHEMA:
        raise AnswersError("err_schema", found=str(schema)[:40])
    found = document.get("bank")
    if not isinstance(found, dict) or not isinstance(found.get("id"), str) or not isinstance(found.get("version"), str):
        raise AnswersError("err_field", field="bank")
    check_same_bank(bank, found)
    session = document.get("session", "")
    try:
        check_label(session)
    except AnswersError:
        raise AnswersError("err_field", field="session")
    date = document.get("date")
    if date is not None and not is_date(date):
        raise AnswersError("err_field", field="date")
    rows = document.get("results")
    if not isinstance(rows, list):
        raise AnswersError("err_field", field="results")
    if len(rows) > GROUP_LIMIT:
        raise AnswersError("err_group_full", limit=GROUP_LIMIT)
    results = []
    for row in rows:
        results.append(_result_of_row(bank, row))
    return {"session": session, "date": date, "results": results}


def check_same_bank(bank, found):
    """Refuse results of another bank, or of another version of it: a workshop compares like with like."""
    if found["id"] != bank["id"]:
        raise AnswersError("err_bank_id", found=excerpt(found["id"]))
    if found["version"] != bank["version"]:
        raise AnswersError("err_workshop_version", found=excerpt(found["version"]), expected=bank["version"])


def _result_of_row(bank, row):
    if not isinstance(row, dict) or "answers" not in row:
        raise AnswersError("err_field", field="results")
    for key in row:
        if key not in _RESULT_KEYS:
            raise AnswersError("err_unknown_field")
    respondent = check_respondent(row["respondent"]) if "respondent" in row else None
    label = check_label(row["label"]) if "label" in row else None
    date = row.get("date")
    if date is not None and not is_date(date):
        raise AnswersError("err_field", field="date")
    return {"respondent": respondent, "label": label or None, "date": date,
            "answers": read_share_code(bank, row["answers"])}
