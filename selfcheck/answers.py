"""Answers in and out of the page: storage, export files, share links; everything that comes in is checked.

One document format serves the browser's storage and export files (see `export_document`):

    {"tool": TOOL_ID, "schema": 2, "bank": {"id", "version"}, "lang": "fr" | "en", "date": "YYYY-MM-DD",
     "respondent": optional id (RESPONDENT_LENGTH characters of RESPONDENT_ALPHABET), "label": optional text,
     "answers": {"items": {...}, "continuum": {...}, "aim": 1..4 | null},
     "plan": optional action plan (checked by plan.py, see its docstring)}

"date" is the day the document was saved. The respondent id tells one answer set from another when a facilitator
collects many (group.py): it is random, made when the first answer is given, and has no meaning of its own.
Schema 1 is the same document without "respondent"; it still reads, with its answers unchanged.

A share link carries the answers only, in the URL fragment, which browsers never send to a server:

    #answers=2~<bank id>~<bank version>~<one character per statement in bank order: 0 (none), 1-5, d (don't know)>
             <one per continuum statement: 0, y, n><aim: 0-4>~<respondent id, or nothing>

A link of schema 1 has no last part (no respondent) and still reads.

A file or stored text of another version of the same bank is carried over (`read_export_carried`): answers to
statements whose id this version still has are kept, the others dropped, and the counts are returned for the reader
to see. A share link of another version is refused: it records answers by position, which another version moves.

Anything refused raises `AnswersError(key, **values)`, where `key` names the reason in ui.json (`err_*`); the page
shows `refusal(ui, error, lang, "file" | "link")` in the reader's language and leaves the current answers alone.
"""

import json

from . import rules
from .jsonsyntax import (DEPTH_LIMIT, NUMBER_LIMIT, NUMBER_TOO_LONG, REPEATED_KEY, TEXT_TOO_LONG, TOO_DEEP,
                         TOO_MANY_PIECES, UNCLOSED_TEXT, check_syntax, line_and_column)
from .text import say

TOOL_ID = "partenariats-reussis-selfcheck"
SCHEMA = 2
RESPONDENT_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"  # base32 (RFC 4648), lower case: easy to read out
RESPONDENT_LENGTH = 10  # 50 random bits: a workshop of 200 has odds of a clash below one in 10^10
# What a file, a stored value or a link may hold. An export of this bank is about 1 KB, with about 100 values, keys
# and escapes, and texts of at most LABEL_LIMIT characters. The limits keep the check of any file the page reads
# well within a second in the browser's MicroPython (tests/bench/import_check.mjs), and within its 1 MB heap, where
# no text of 1 MB can even be made.
SIZE_LIMIT = 128 * 1024  # bytes: an action plan of 200 rows with a long cell takes about 80 KB
PIECE_LIMIT = 6000  # values, keys and escapes: a plan of PLAN_ROW_LIMIT rows takes about 4,500
PLAN_ROW_LIMIT = 250  # rows of an action plan (selfcheck/plan.py); a workshop's plan has a few dozen
PLAN_CELL_LIMIT = 5000  # characters in one cell of an action plan; a paragraph is a few hundred
TEXT_LIMIT = 6 * PLAN_CELL_LIMIT  # bytes between the quotes, as written: each character may be a \u escape
LABEL_LIMIT = 120  # characters
EXCERPT_LIMIT = 40  # characters of a foreign value quoted in a message
SHARE_PREFIX = "answers="
_SHARE_SEPARATOR = "~"
_DOCUMENT_KEYS = ("tool", "schema", "bank", "lang", "date", "respondent", "label", "answers", "plan")
_REQUIRED_KEYS = ("tool", "schema", "bank", "answers")
_ITEM_CODES = {rules.DONT_KNOW: "d"}
_LEVEL_CODES = {rules.YES: "y", rules.NO: "n"}


class AnswersError(ValueError):
    """A refused file, link or stored value; `key` is the reason's entry in ui.json, `values` fill it in."""

    def __init__(self, key, **values):
        super().__init__(key)
        self.key = key
        self.values = values


def refusal(ui, error, lang, source):
    """The message for a refused "file" or "link", in `lang`."""
    reason = say(ui, error.key, lang, **error.values)
    return say(ui, "refused_" + source, lang, reason=reason)


def empty_answers():
    return {"items": {}, "continuum": {}, "aim": None}


def count_answers(answers):
    return len(answers["items"]) + len(answers["continuum"]) + (0 if answers.get("aim") is None else 1)


def _is_int(value):
    return isinstance(value, int) and value is not True and value is not False


def check_answers(bank, answers):
    """A clean copy of `answers` (null entries dropped) or AnswersError; the shape `score()` takes."""
    if not isinstance(answers, dict):
        raise AnswersError("err_field", field="answers")
    for key in answers:
        if key not in ("items", "continuum", "aim"):
            raise AnswersError("err_unknown_field")
    items = answers.get("items", {})
    continuum = answers.get("continuum", {})
    if not isinstance(items, dict):
        raise AnswersError("err_field", field="items")
    if not isinstance(continuum, dict):
        raise AnswersError("err_field", field="continuum")
    known = {}
    for item in bank["items"]:
        known[item["id"]] = True
    clean = empty_answers()
    for item_id in items:
        if item_id not in known:
            raise AnswersError("err_unknown_item")
        value = items[item_id]
        if value is None:
            continue
        if value != rules.DONT_KNOW and not (_is_int(value) and rules.SCALE_MIN <= value <= rules.SCALE_MAX):
            raise AnswersError("err_value")
        clean["items"][item_id] = value
    for level in continuum:
        if not (isinstance(level, str) and len(level) == 1 and "1" <= level <= str(rules.CONTINUUM_LEVELS)):
            raise AnswersError("err_unknown_field")
        value = continuum[level]
        if value is None:
            continue
        if value != rules.YES and value != rules.NO:
            raise AnswersError("err_value")
        clean["continuum"][level] = value
    aim = answers.get("aim")
    if aim is not None and not (_is_int(aim) and 1 <= aim <= rules.CONTINUUM_LEVELS):
        raise AnswersError("err_value")
    clean["aim"] = aim
    return clean


def _is_label_char(char):
    code = ord(char)
    return char not in "<>" and code >= 32 and not 127 <= code <= 159  # no markup, no control characters


def check_label(label):
    """A team or session label: a short text without markup or control characters."""
    if not isinstance(label, str) or len(label) > LABEL_LIMIT:
        raise AnswersError("err_label", limit=LABEL_LIMIT)
    for char in label:
        if not _is_label_char(char):
            raise AnswersError("err_label", limit=LABEL_LIMIT)
    return label


def clean_label(text):
    """What the reader typed as a label, made one that `check_label` accepts: markup and control characters dropped,
    cut at LABEL_LIMIT characters."""
    return "".join(char for char in text if _is_label_char(char))[:LABEL_LIMIT]


def new_respondent_id(random_bytes):
    """A respondent id from at least 7 random bytes (the page takes them from crypto.getRandomValues)."""
    if len(random_bytes) < 7:
        raise ValueError("a respondent id needs 7 random bytes")
    bits = 0
    for byte in random_bytes[:7]:
        bits = (bits << 8) | byte
    bits >>= 56 - 5 * RESPONDENT_LENGTH
    chars = []
    for _ in range(RESPONDENT_LENGTH):
        chars.append(RESPONDENT_ALPHABET[bits & 31])
        bits >>= 5
    return "".join(chars)


def is_respondent(value):
    if not isinstance(value, str) or len(value) != RESPONDENT_LENGTH:
        return False
    for char in value:
        if char not in RESPONDENT_ALPHABET:
            return False
    return True


def check_respondent(value):
    if not is_respondent(value):
        raise AnswersError("err_respondent")
    return value


def merge_answers(mine, theirs):
    """`theirs` (answers saved meanwhile by another tab) with `mine` added where they have no answer; and how many
    answers of `theirs` are new or different from `mine`."""
    merged = {"items": dict(mine["items"]), "continuum": dict(mine["continuum"]), "aim": mine["aim"]}
    changed = 0
    for part in ("items", "continuum"):
        for key in theirs[part]:
            if merged[part].get(key) != theirs[part][key]:
                merged[part][key] = theirs[part][key]
                changed += 1
    if theirs["aim"] is not None and theirs["aim"] != mine["aim"]:
        merged["aim"] = theirs["aim"]
        changed += 1
    return merged, changed


# Export files and storage ----------------------------------------------------------------------------------------


def export_document(bank, answers, lang, date, label="", plan=None, respondent=None):
    document = {"tool": TOOL_ID, "schema": SCHEMA, "bank": {"id": bank["id"], "version": bank["version"]},
                "lang": lang, "date": date, "answers": answers}
    if respondent is not None:
        document["respondent"] = respondent
    if label:
        document["label"] = label
    if plan is not None:
        document["plan"] = plan
    return document


def export_text(bank, answers, lang, date, label="", plan=None, respondent=None):
    return json.dumps(export_document(bank, answers, lang, date, label, plan, respondent))


def export_file_name(bank, date):
    return "%s-%s.json" % (bank["id"], date)


def is_date(value):
    if not isinstance(value, str) or len(value) != 10 or value[4] != "-" or value[7] != "-":
        return False
    for index in (0, 1, 2, 3, 5, 6, 8, 9):
        if value[index] not in "0123456789":
            return False
    return "01" <= value[5:7] <= "12" and "01" <= value[8:10] <= "31"


_SYNTAX_REFUSALS = {REPEATED_KEY: "err_repeated_key", NUMBER_TOO_LONG: "err_number_too_long",
                    TEXT_TOO_LONG: "err_text_too_long"}


def _parse(text, data):
    """The JSON document in `text`, whose UTF-8 bytes are `data` (encoded once, by the caller)."""
    found = check_syntax(data, PIECE_LIMIT, TEXT_LIMIT)
    if found is None:
        return json.loads(text)
    position, reason = found
    if position == len(data):
        raise AnswersError("err_empty" if data.strip() == b"" else "err_truncated")
    if reason == UNCLOSED_TEXT:
        raise AnswersError("err_truncated")  # a text whose closing quote never came: cut short too
    if reason == TOO_DEEP:
        raise AnswersError("err_too_deep", limit=DEPTH_LIMIT)
    if reason == TOO_MANY_PIECES:
        raise AnswersError("err_too_many", limit=PIECE_LIMIT)
    line, column = line_and_column(data, position)
    limit = TEXT_LIMIT if reason == TEXT_TOO_LONG else NUMBER_LIMIT
    raise AnswersError(_SYNTAX_REFUSALS.get(reason, "err_not_json"), line=line, column=column, limit=limit)


def read_export(bank, text, size=None):
    """(answers, label) from an export file's or the storage's `text`; `size`, the file's size in bytes where it is
    known, refuses a file too large before its text is encoded."""
    answers, label, _ = read_export_carried(bank, text, size)
    return answers, label


def read_export_carried(bank, text, size=None):
    """(answers, label, carried) like read_export; `carried` is None, or what came over from another version."""
    read = read_document(bank, text, size)
    return read["answers"], read["label"], read["carried"]


def read_document(bank, text, size=None):
    """An export's checked answers, label, respondent id, date, language and carried-over counts, with its "plan"
    as written (None without one), from one parse: selfcheck/plan.py checks the plan.

    {"answers", "label": text ("" when none), "respondent": id | None, "date": text | None, "lang": text | None,
     "carried": None | see carry_over, "plan": as written | None}"""
    return check_document(bank, parse_text(text, size))


def parse_text(text, size=None):
    """The JSON value of a file's or the storage's `text`, within the limits (see the top of this module);
    `size`, the file's size in bytes where it is known, refuses a file too large before its text is encoded."""
    if size is not None and size > SIZE_LIMIT:
        raise too_large()
    data = text.encode("utf-8")  # the one copy the syntax check needs: it works on bytes
    if len(data) > SIZE_LIMIT:
        raise too_large()
    return _parse(text, data)


def check_document(bank, document):
    """What read_document gives, from a parsed export document."""
    if isinstance(document, dict) and document.get("tool") == TOOL_ID and "kind" in document:
        raise AnswersError("err_group_here")  # a workshop's group file (group_file.py): not one person's answers
    if not isinstance(document, dict) or document.get("tool") != TOOL_ID:
        raise AnswersError("err_not_export")
    for key in _REQUIRED_KEYS:
        if key not in document:
            raise AnswersError("err_field", field=key)
    for key in document:
        if key not in _DOCUMENT_KEYS:
            raise AnswersError("err_unknown_field")
    schema = document["schema"]
    if not _is_int(schema) or schema < 1:
        raise AnswersError("err_field", field="schema")
    if schema > SCHEMA:
        raise AnswersError("err_schema", found=excerpt(str(schema)))
    _check_bank_id(bank, document["bank"])
    if "lang" in document and document["lang"] not in rules.LANGUAGES:
        raise AnswersError("err_field", field="lang")
    if "date" in document and not is_date(document["date"]):
        raise AnswersError("err_field", field="date")
    label = check_label(document["label"]) if "label" in document else ""
    respondent = check_respondent(document["respondent"]) if "respondent" in document else None
    answers, carried = document["answers"], None
    if document["bank"]["version"] != bank["version"]:
        answers, carried = carry_over(bank, answers, document["bank"]["version"])
    return {"answers": check_answers(bank, answers), "label": label, "respondent": respondent,
            "date": document.get("date"), "lang": document.get("lang"), "carried": carried,
            "plan": document.get("plan")}


def too_large():
    return AnswersError("err_too_large", limit=SIZE_LIMIT // 1024)


def _check_bank_id(bank, found):
    if not isinstance(found, dict) or not isinstance(found.get("id"), str) or not isinstance(found.get("version"), str):
        raise AnswersError("err_field", field="bank")
    if found["id"] != bank["id"]:
        raise AnswersError("err_bank_id", found=excerpt(found["id"]))


def _check_bank(bank, found):
    _check_bank_id(bank, found)
    if found["version"] != bank["version"]:
        raise AnswersError("err_bank_version", found=excerpt(found["version"]), expected=bank["version"])


# Answers from another version of the bank -----------------------------------------------------------------------


def carry_over(bank, answers, version):
    """(answers, carried): `answers` of the bank's `version` with the statements this version lacks left out.

    `carried` is {"version": the other version, "kept": answers kept, "dropped": answers left out}, for the notice.
    Anything malformed is left as it is, for check_answers to refuse.
    """
    carried = {"version": excerpt(version), "kept": 0, "dropped": 0}
    if not isinstance(answers, dict) or not isinstance(answers.get("items"), dict):
        return answers, carried
    known = {}
    for item in bank["items"]:
        known[item["id"]] = True
    items = {}
    for item_id in answers["items"]:
        value = answers["items"][item_id]
        if item_id in known:
            items[item_id] = value
            if value is not None:
                carried["kept"] += 1
        elif value is not None:
            carried["dropped"] += 1
    return dict(answers, items=items), carried


def excerpt(text):
    """A foreign value (a file name, a bank id) quoted in a message, cut to EXCERPT_LIMIT characters with "…" so
    that a notice stays a line or two (it is shown as text, never as markup)."""
    return text if len(text) <= EXCERPT_LIMIT else text[:EXCERPT_LIMIT - 1] + "…"


# Share links --------------------------------------------------------------------------------------------------


def share_code(bank, answers):
    """`answers` as one character per statement, then the continuum and the aim (see the module docstring)."""
    code = []
    for item in bank["items"]:
        value = answers["items"].get(item["id"])
        code.append("0" if value is None else _ITEM_CODES.get(value, str(value)))
    for level in range(1, rules.CONTINUUM_LEVELS + 1):
        code.append(_LEVEL_CODES.get(answers["continuum"].get(str(level)), "0"))
    code.append("0" if answers.get("aim") is None else str(answers["aim"]))
    return "".join(code)


def share_fragment(bank, answers, respondent=None):
    """The URL fragment (without "#") that carries `answers` and, when given, the respondent id."""
    parts = (str(SCHEMA), bank["id"], bank["version"], share_code(bank, answers), respondent or "")
    return SHARE_PREFIX + _SHARE_SEPARATOR.join(parts)


def is_share_fragment(fragment):
    return fragment.startswith(SHARE_PREFIX)


def read_share_fragment(bank, fragment):
    """The answers a share link's fragment (without "#") carries."""
    return read_share(bank, fragment)["answers"]


def read_share(bank, fragment):
    """{"answers", "respondent": id | None} from a share link's fragment (without "#"), of schema 1 or 2."""
    if len(fragment) > 2000 or not is_share_fragment(fragment):
        raise AnswersError("err_link_damaged")
    parts = fragment[len(SHARE_PREFIX):].split(_SHARE_SEPARATOR)
    schema = parts[0]
    if schema not in ("1", str(SCHEMA)):
        if schema.isdigit() and schema.lstrip("0") != "" and int(schema) > SCHEMA:
            raise AnswersError("err_schema", found=excerpt(schema))
        raise AnswersError("err_link_damaged")
    if len(parts) != (4 if schema == "1" else 5):
        raise AnswersError("err_link_damaged")
    bank_id, version, code = parts[1], parts[2], parts[3]
    respondent = None
    if schema != "1" and parts[4] != "":
        if not is_respondent(parts[4]):
            raise AnswersError("err_link_damaged")
        respondent = parts[4]
    _check_bank(bank, {"id": bank_id, "version": version})
    return {"answers": read_share_code(bank, code), "respondent": respondent}


def read_share_code(bank, code):
    """The answers `share_code` wrote as `code`."""
    items = bank["items"]
    if not isinstance(code, str) or len(code) != len(items) + rules.CONTINUUM_LEVELS + 1:
        raise AnswersError("err_link_damaged")
    answers = empty_answers()
    for index, item in enumerate(items):
        char = code[index]
        if char == "d":
            answers["items"][item["id"]] = rules.DONT_KNOW
        elif char in "12345":
            answers["items"][item["id"]] = int(char)
        elif char != "0":
            raise AnswersError("err_link_damaged")
    for level in range(1, rules.CONTINUUM_LEVELS + 1):
        char = code[len(items) + level - 1]
        if char == "y":
            answers["continuum"][str(level)] = rules.YES
        elif char == "n":
            answers["continuum"][str(level)] = rules.NO
        elif char != "0":
            raise AnswersError("err_link_damaged")
    aim = code[-1]
    if aim not in "01234":
        raise AnswersError("err_link_damaged")
    answers["aim"] = None if aim == "0" else int(aim)
    return answers
