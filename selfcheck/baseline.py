"""One person's earlier result beside their current answers: compare over time on the self-check page.

A baseline is what an earlier export file or share link held, checked:

    {"answers": answers as score() takes, "label": text, "date": "YYYY-MM-DD" | None, "respondent": id | None,
     "carried": None | {"version", "kept", "dropped"}}

`baseline_from_file` reads an export file (a file of another version of the same bank is carried over like an
import; a workshop's group file is refused: the group is compared on the workshop page), `baseline_from_text` the
first share link found in a pasted text (found as the workshop page finds them, collect.find_share_fragments). The page keeps a baseline in storage as an export document
(`baseline_text`, read back with `baseline_from_file`), and `comparison_view` gives every text it shows for it.
Anything refused raises AnswersError, shown with `answers.refusal(ui, error, lang, "baseline")`.
"""

import json

from .answers import AnswersError, export_document, read_document, read_share
from .collect import find_share_fragments
from .group import compare
from .text import decimal, say

ARROWS = {"up": "\u2191", "down": "\u2193", "same": "\u2192"}  # ↑ ↓ →


def baseline_from_file(bank, text, size=None):
    """The baseline an export file's (or the storage's) `text` holds; `size` as for answers.read_document."""
    read = read_document(bank, text, size)  # a group file is refused with "err_group_here"
    return {"answers": read["answers"], "label": read["label"], "date": read["date"],
            "respondent": read["respondent"], "carried": read["carried"]}


def baseline_from_text(bank, text):
    """The baseline carried by the first share link in `text`; a link has no label nor date."""
    found = find_share_fragments(text)
    if not found:
        raise AnswersError("err_no_links")
    read = read_share(bank, found[0])
    return {"answers": read["answers"], "label": "", "date": None, "respondent": read["respondent"], "carried": None}


def baseline_text(bank, baseline, lang):
    """The baseline as an export document's text, to keep in storage (without a date when it had none)."""
    document = export_document(bank, baseline["answers"], lang, baseline["date"], baseline["label"],
                               respondent=baseline["respondent"])
    if baseline["date"] is None:
        del document["date"]
    return json.dumps(document)


def _score_text(ui, entry, lang):
    return decimal(ui, entry["score"], lang) if entry["score"] else say(ui, "no_score", lang)


def _change_texts(ui, change, lang):
    direction = change["direction"]
    if direction is None:
        return {"direction": "", "arrow": "", "change": "", "change_text": say(ui, "no_score", lang),
                "change_words": say(ui, "change_none", lang)}
    return {"direction": direction, "arrow": ARROWS[direction], "change": change["shown"],
            "change_text": decimal(ui, change["shown"], lang), "change_words": say(ui, "change_" + direction, lang)}


def caption(ui, baseline, lang):
    """What the comparison is with: "Change since the earlier result, saved on 2026-03-14 (team or session: X)"."""
    text = say(ui, "compare_since", lang)
    if baseline["date"]:
        text = say(ui, "compare_dated", lang, text=text, date=baseline["date"])
    if baseline["label"]:
        text = say(ui, "compare_labelled", lang, text=text, label=baseline["label"])
    return text


def comparison_view(bank, ui, current, baseline_score, baseline, lang):
    """Per activity (bank order) and overall, the scores before and now and the change, as the page shows them.

    `current` and `baseline_score` are score() results (the baseline's is computed once, when it is loaded).
    {"caption": text, "activities": [row], "overall": row}, where a row is {"id" (activities only), "name",
    "before", "now" (score texts), "direction": "up" | "down" | "same" | "" (not comparable), "arrow": "↑" | "↓" |
    "→" | "", "change": the signed shown value ("+0.4", "−0.3", "0.0", ""), "change_text": it written the reader's
    way ("—" when not comparable), "change_words": the direction in words ("up", "cannot be compared")}."""
    changes = compare(bank, current, baseline_score)
    before = {}
    for entry in baseline_score["activities"]:
        before[entry["id"]] = entry
    now = {}
    for entry in current["activities"]:
        now[entry["id"]] = entry
    rows = []
    for activity, change in zip(bank["activities"], changes["activities"]):
        row = {"id": activity["id"], "name": activity["name"][lang],
               "before": _score_text(ui, before[activity["id"]], lang), "now": _score_text(ui, now[activity["id"]], lang)}
        row.update(_change_texts(ui, change, lang))
        rows.append(row)
    overall = {"name": say(ui, "overall", lang), "before": _score_text(ui, baseline_score["overall"], lang),
               "now": _score_text(ui, current["overall"], lang)}
    overall.update(_change_texts(ui, changes["overall"], lang))
    return {"caption": caption(ui, baseline, lang), "activities": rows, "overall": overall}
