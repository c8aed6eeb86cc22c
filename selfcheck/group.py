"""Several respondents' results side by side: the collected set, the group results and the change over time.

A result is one respondent's entry in the collected set (the page builds it from a file or a link it accepted):

    {"respondent": id | None, "label": text | None, "date": "YYYY-MM-DD" | None, "answers": answers as score() takes}

`merge(collected, incoming)` keeps one result per respondent (see its docstring) in a canonical order, so that the
order in which files are loaded never changes the set. `group_results(bank, results)` scores every respondent with
`score()` and puts the figures together, exactly:

    {
      "bank": {"id", "version"},
      "respondents": int,
      "activities": [                      # in bank order
        {"id": str,
         "respondents": int,               # respondents with a mean for this activity
         "mean": [n, d] | None, "score": "3.3" | "", "band": ...,   # the mean of their means, as for one person
         "lowest": "2.0" | "", "highest": "4.5" | "",               # lowest and highest respondent mean, shown
         "lowest_mean": [n, d] | None, "highest_mean": [n, d] | None,
         "differ": bool,                   # highest - lowest >= rules.VIEWS_DIFFER (exact)
         "scores": ["3.3" | "", ...]}      # every respondent's shown mean, in the order of `results`
      ],
      "overall": {"mean", "score", "band", "activities_scored"},   # as for one person, from the group means
      "priorities": [activity id, ...],    # the same rule as for one person
      "discuss": [                         # at most rules.DISCUSS_COUNT statements, widest spread first
        {"item": id, "activity": id, "reverse": bool,
         "spread": int, "distinct": int,   # highest - lowest value, how many different values
         "counts": [c1, ..., c5],          # respondents per value, turned as scoring turns reverse statements
         "given": [c1, ..., c5],           # respondents per value as they answered (differs for reverse statements)
         "dont_know": int}
      ],
      "continuum": {"levels": [{"level": 0, "now": int, "aim": None}, {"level": 1, "now": int, "aim": int}, ...],
                    "no_aim": int}         # "now": current level 0..4; "aim": aimed-at level 1..4
    }

Spread of a statement: the highest minus the lowest value given on the 1-5 scale (reverse statements turned;
"don't know" apart), ties broken by the number of different values given (more first), then by bank order. A
statement on which everyone who answered agrees (spread 0) is not listed: there is no gap to discuss. (Turning a
reverse statement leaves its spread as it is; it changes which end of "counts" each answer falls at.)

`compare(bank, current, baseline)` gives the change per activity between two results of `score()` (one person) or
of `group_results()` (a group).
"""

from . import ratio, rules
from .scoring import describe_mean, insufficient_entry, mean_of, overall_of, priority_order, score

MINUS = "\u2212"  # a real minus sign for negative changes, as typeset texts write it


class CompareError(ValueError):
    """Two results that cannot be compared; `key` names the reason in ui.json, `values` fill it in (as AnswersError,
    so that answers.refusal shows it)."""

    def __init__(self, key, **values):
        super().__init__(key)
        self.key = key
        self.values = values


# The collected set -------------------------------------------------------------------------------------------------


def _text(value):
    # Not json.dumps: MicroPython writes non-ASCII text as is, CPython escapes it; the key must be the same on both.
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def canonical(value):
    """One text per JSON value, dict keys sorted: equal values give equal texts on CPython and MicroPython."""
    if isinstance(value, dict):
        return "{" + ",".join(_text(key) + ":" + canonical(value[key]) for key in sorted(value)) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(canonical(entry) for entry in value) + "]"
    if isinstance(value, str):
        return _text(value)
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    return str(value)


def _content(result):
    return canonical({"label": result.get("label"), "date": result.get("date"), "answers": result.get("answers")})


def _identity(result):
    """Who a result is from: its respondent id, or its content when it has none (older files)."""
    if result.get("respondent"):
        return "1" + result["respondent"]
    return "2" + canonical(result.get("answers"))


def _answer_count(answers):
    answers = answers or {}
    count = 0
    for key in ("items", "continuum"):
        for value in (answers.get(key) or {}).values():
            if value is not None:
                count += 1
    return count + (0 if answers.get("aim") is None else 1)


def _newer(first, second):
    """Whether `first` replaces `second` (same respondent, different content): the later date; on the same date the
    one with more answers (answers are added over time); then the greater content text, so that the choice never
    depends on the order of loading."""
    first_date, second_date = first.get("date") or "", second.get("date") or ""
    if first_date != second_date:
        return first_date > second_date
    first_count, second_count = _answer_count(first.get("answers")), _answer_count(second.get("answers"))
    if first_count != second_count:
        return first_count > second_count
    return _content(first) > _content(second)


def merge(collected, incoming):
    """Add the results of `incoming` to the collected set; return (new set, counts). Neither list is changed.

    One result per respondent: a result whose content equals the one kept is a duplicate; a newer one (see `_newer`)
    replaces it; an older one is left out. Results without a respondent id are told apart by their answers. The set
    is sorted by identity, so it does not depend on the order of loading.

    counts: {"added", "replaced", "duplicates", "older"}; "older" left the set unchanged, like a duplicate.
    """
    kept = {}
    for result in collected:
        kept[_identity(result)] = result
    counts = {"added": 0, "replaced": 0, "duplicates": 0, "older": 0}
    for result in incoming:
        identity = _identity(result)
        present = kept.get(identity)
        if present is None:
            kept[identity] = result
            counts["added"] += 1
        elif _content(present) == _content(result):
            counts["duplicates"] += 1
        elif _newer(result, present):
            kept[identity] = result
            counts["replaced"] += 1
        else:
            counts["older"] += 1
    return [kept[identity] for identity in sorted(kept)], counts


# Group results -----------------------------------------------------------------------------------------------------


def group_results(bank, results, scores=None):
    """The group's figures (see the module docstring) from a list of results; answers are checked by score().

    `scores`, a dict the caller keeps from one call to the next (the workshop page does), saves scoring again the
    results it has seen: scoring takes most of the time, and adding a file changes one result of hundreds. It maps
    id(result) to (result, its score) and is left holding the results of this call only."""
    if scores is None:
        scored = [score(bank, result.get("answers")) for result in results]
    else:
        kept = {}
        for result in results:
            seen = scores.get(id(result))
            # The result itself is kept beside its score: an id is only unique among objects alive together.
            kept[id(result)] = seen if seen is not None and seen[0] is result else (result, score(bank, result.get("answers")))
        scores.clear()
        scores.update(kept)
        scored = [kept[id(result)][1] for result in results]
    activities = []
    for position, activity in enumerate(bank["activities"]):
        means = []
        scores = []
        for result in scored:
            entry = result["activities"][position]
            scores.append(entry["score"])
            if entry["mean"] is not None:
                means.append((entry["mean"][0], entry["mean"][1]))
        activities.append(_group_activity(activity["id"], means, scores))
    return {
        "bank": {"id": bank["id"], "version": bank["version"]},
        "respondents": len(results),
        "activities": activities,
        "overall": overall_of(activities),
        "priorities": priority_order(activities),
        "discuss": statements_to_discuss(bank, results),
        "continuum": _continuum(scored),
    }


def _group_activity(activity_id, means, scores):
    entry = {"id": activity_id, "respondents": len(means)}
    if not means:
        entry.update(insufficient_entry())
        entry.update({"lowest": "", "highest": "", "lowest_mean": None, "highest_mean": None, "differ": False})
    else:
        entry.update(describe_mean(mean_of(means)))
        lowest = highest = means[0]
        for mean in means[1:]:
            if ratio.less(mean, lowest):
                lowest = mean
            if ratio.less(highest, mean):
                highest = mean
        # highest - lowest >= VIEWS_DIFFER, by cross-multiplication (denominators are positive).
        differ = (highest[0] * lowest[1] - lowest[0] * highest[1]) >= rules.VIEWS_DIFFER * highest[1] * lowest[1]
        entry.update({"lowest": describe_mean(lowest)["score"], "highest": describe_mean(highest)["score"],
                      "lowest_mean": [lowest[0], lowest[1]], "highest_mean": [highest[0], highest[1]],
                      "differ": differ})
    entry["scores"] = scores
    return entry


def statements_to_discuss(bank, results):
    """The rules.DISCUSS_COUNT statements with the widest spread of answers (see the module docstring)."""
    scale = rules.SCALE_MAX - rules.SCALE_MIN + 1
    lowest, dont_know_value = rules.SCALE_MIN, rules.DONT_KNOW  # locals: read 7,000 times for 200 respondents
    position_of = {}
    for position, item in enumerate(bank["items"]):
        position_of[item["id"]] = position
    tallies = [[0] * scale for _ in bank["items"]]
    dont_knows = [0] * len(bank["items"])
    # One pass over each respondent's answers (score() has checked them), not one lookup per statement and person.
    for result in results:
        items = (result.get("answers") or {}).get("items") or {}
        for item_id in items:
            value = items[item_id]
            position = position_of.get(item_id)
            if value is None or position is None:
                continue
            if value == dont_know_value:
                dont_knows[position] += 1
            else:
                tallies[position][value - lowest] += 1
    candidates = []
    for position, item in enumerate(bank["items"]):
        given, dont_know = tallies[position], dont_knows[position]
        counts = given[::-1] if item.get("reverse") else given
        present = [index for index in range(scale) if counts[index]]
        if len(present) < 2:
            continue
        spread = present[-1] - present[0]
        candidates.append(((-spread, -len(present), position), {
            "item": item["id"], "activity": item["activity"], "reverse": bool(item.get("reverse")),
            "spread": spread, "distinct": len(present), "counts": counts, "given": given, "dont_know": dont_know}))
    candidates.sort(key=lambda candidate: candidate[0])
    return [entry for _, entry in candidates[:rules.DISCUSS_COUNT]]


def _continuum(scored):
    now = [0] * (rules.CONTINUUM_LEVELS + 1)
    aim = [0] * (rules.CONTINUUM_LEVELS + 1)
    no_aim = 0
    for result in scored:
        now[result["continuum"]["current"]] += 1
        if result["continuum"]["aim"] is None:
            no_aim += 1
        else:
            aim[result["continuum"]["aim"]] += 1
    levels = [{"level": level, "now": now[level], "aim": None if level == 0 else aim[level]}
              for level in range(rules.CONTINUUM_LEVELS + 1)]
    return {"levels": levels, "no_aim": no_aim}


# Compare over time -------------------------------------------------------------------------------------------------


def signed_tenths(value):
    """A change in tenths written signed with one decimal: 4 -> "+0.4", -13 -> "−1.3" (U+2212), 0 -> "0.0"."""
    sign = "+" if value > 0 else (MINUS if value < 0 else "")
    size = -value if value < 0 else value
    return "%s%d.%d" % (sign, size // 10, size % 10)


def _shown_tenths(entry):
    return ratio.round_half_up((entry["mean"][0], entry["mean"][1]), 10)


def _change(current, baseline):
    """The change from `baseline` to `current` (entries with "mean"), or None when either has no mean.

    "change" is exact; "shown" and "direction" come from the shown scores (3.3 -> 3.7 reads "+0.4"), so that what
    the reader sees adds up, as the band follows the shown score."""
    if current is None or baseline is None or current["mean"] is None or baseline["mean"] is None:
        return {"change": None, "shown": "", "direction": None}
    numerator = current["mean"][0] * baseline["mean"][1] - baseline["mean"][0] * current["mean"][1]
    denominator = current["mean"][1] * baseline["mean"][1]
    divisor = ratio.gcd(-numerator if numerator < 0 else numerator, denominator)
    tenths = _shown_tenths(current) - _shown_tenths(baseline)
    direction = "up" if tenths > 0 else ("down" if tenths < 0 else "same")
    return {"change": [numerator // divisor, denominator // divisor], "shown": signed_tenths(tenths),
            "direction": direction}


def compare(bank, current, baseline):
    """Per activity (bank order) and overall, the change from `baseline` to `current`: two results of score() or two
    of group_results(). Raises CompareError("err_bank_id", found=...) when the baseline is for another bank.

    {"activities": [{"id", "change": [n, d] | None, "shown": "+0.4" | "−0.3" | "0.0" | "",
                     "direction": "up" | "down" | "same" | None}],
     "overall": {"change", "shown", "direction"}}"""
    for result in (current, baseline):
        if result["bank"]["id"] != bank["id"]:
            raise CompareError("err_bank_id", found=result["bank"]["id"])
    by_id = {}
    for entry in baseline["activities"]:
        by_id[entry["id"]] = entry
    current_by_id = {}
    for entry in current["activities"]:
        current_by_id[entry["id"]] = entry
    activities = []
    for activity in bank["activities"]:
        change = _change(current_by_id.get(activity["id"]), by_id.get(activity["id"]))
        change["id"] = activity["id"]
        activities.append(change)
    return {"activities": activities, "overall": _change(current["overall"], baseline["overall"])}
