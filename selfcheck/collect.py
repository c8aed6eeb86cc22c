"""Results collected by a facilitator: from exported files, group files and any pasted text holding share links.

A result is one respondent's entry in the collected set, the shape group.py takes:

    {"respondent": id | None, "label": text | None, "date": "YYYY-MM-DD" | None, "answers": answers as score() takes}

`add_sources(bank, collected, sources)` reads each source on its own (a refused one never stops the others), merges
what it accepted into the set with `group.merge` (one result per respondent) and says what happened, in counts and
one refusal per file or link, which `refusal_line` words for the workshop page. Only results of this bank and version
are accepted (group_file.check_same_bank).
"""

from .answers import SHARE_PREFIX, AnswersError, check_document, excerpt, parse_text, read_share
from .group import merge
from .group_file import GROUP_LIMIT, check_group, check_same_bank, is_group_document
from .text import say

LINK_LIMIT = 500  # links read from one pasted text
_LINK_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
_BEFORE_LINK = "#/ \t\r\n\"'(<>[{,;:|*"  # what may come just before "answers=": a URL's "#", a space, a quote…
_ESCAPED_TILDE = ("%7E", "%7e")  # some mail programs escape "~" in the links they carry
# A link ends a sentence: "…#answers=…." The fragment itself never ends with these (its last field is a respondent
# id, a share code or empty after "~"), so they are the sentence's.
_SENTENCE_END = ".-_"


def find_share_fragments(text):
    """Every share link's fragment ("answers=…") in `text`, in order, at most LINK_LIMIT; a "answers=" that does not
    start a fragment (no "~" follows) is passed over."""
    found = []
    start = text.find(SHARE_PREFIX)
    while start >= 0 and len(found) < LINK_LIMIT:
        end = start + len(SHARE_PREFIX)
        if start == 0 or text[start - 1] in _BEFORE_LINK:
            chars = []
            while end < len(text):
                if text[end] in _LINK_CHARS:
                    chars.append(text[end])
                    end += 1
                elif text[end:end + 3] in _ESCAPED_TILDE:
                    chars.append("~")
                    end += 3
                else:
                    break
            fragment = "".join(chars)
            while fragment and fragment[-1] in _SENTENCE_END:
                fragment = fragment[:-1]
            if "~" in fragment:
                found.append(SHARE_PREFIX + fragment)
        start = text.find(SHARE_PREFIX, end)
    return found


def result_of_document(bank, document):
    """One person's result from a parsed export document of this bank and version."""
    if isinstance(document, dict) and isinstance(document.get("bank"), dict):
        found = document["bank"]
        if isinstance(found.get("id"), str) and isinstance(found.get("version"), str):
            check_same_bank(bank, found)  # before check_document, which would carry answers over
    read = check_document(bank, document)
    return {"respondent": read["respondent"], "label": read["label"] or None, "date": read["date"],
            "answers": read["answers"]}


def read_results_file(bank, text, size=None):
    """{"group": bool, "session": text | None, "results": [result, ...]} from a file: one person's export (one
    result) or a group file (its results)."""
    document = parse_text(text, size)
    if is_group_document(document):
        group = check_group(bank, document)
        return {"group": True, "session": group["session"], "results": group["results"]}
    return {"group": False, "session": None, "results": [result_of_document(bank, document)]}


def result_from_fragment(bank, fragment):
    """One person's result from a share link's fragment (without "#"): no label, no date."""
    read = read_share(bank, fragment)
    return {"respondent": read["respondent"], "label": None, "date": None, "answers": read["answers"]}


def add_sources(bank, collected, sources):
    """Add what `sources` hold to the collected set.

    sources: [{"kind": "file", "name": file name, "text": its text, "size": bytes | None} or {"kind": "text",
    "name": what to call it, "text": pasted text}]; every share link found in a "text" source is read on its own.

    -> {"results": the new set, "counts": {"added", "replaced", "duplicates", "refused"},
        "refusals": [{"name": file name or link excerpt, "source": "file" | "link", "error": AnswersError}]}

    An older result of a respondent already in the set counts as a duplicate: it adds nothing. A set that would grow
    past GROUP_LIMIT respondents is left as it was, every new result refused."""
    incoming, refusals = [], []
    for source in sources:
        if source["kind"] == "file":
            try:
                incoming.extend(read_results_file(bank, source["text"], source.get("size"))["results"])
            except AnswersError as error:
                refusals.append({"name": source["name"], "source": "file", "error": error})
            continue
        fragments = find_share_fragments(source["text"])
        if not fragments:
            refusals.append({"name": source["name"], "source": "link", "error": AnswersError("err_no_links")})
        for fragment in fragments:
            try:
                incoming.append(result_from_fragment(bank, fragment))
            except AnswersError as error:
                refusals.append({"name": excerpt(fragment), "source": "link", "error": error})
    results, counts = merge(collected, incoming)
    if len(results) > GROUP_LIMIT:
        refusals.append({"name": "", "source": "file", "error": AnswersError("err_group_full", limit=GROUP_LIMIT)})
        return {"results": collected, "refusals": refusals,
                "counts": {"added": 0, "replaced": 0, "duplicates": 0, "refused": len(refusals) - 1 + len(incoming)}}
    counts = {"added": counts["added"], "replaced": counts["replaced"],
              "duplicates": counts["duplicates"] + counts["older"], "refused": len(refusals)}
    return {"results": results, "counts": counts, "refusals": refusals}


def group_refusal(ui, refused, lang):
    """Why one of `add_sources`'s refusals was refused, in `lang`. The collected set is as it was without it, which
    the page's count says: unlike a refusal on the self-check page, it says nothing of the reader's own answers."""
    error = refused["error"]
    return say(ui, "group_refused_" + refused["source"], lang, reason=say(ui, error.key, lang, **error.values))


def refusal_line(ui, refused, lang):
    """One refusal as the workshop page lists it: the file's name or the link's start, then why."""
    reason = group_refusal(ui, refused, lang)
    if not refused["name"]:
        return reason
    return say(ui, "workshop_refusal", lang, name=excerpt(refused["name"]), refusal=reason)
