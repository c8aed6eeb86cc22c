"""Score a set of answers against a bank, exactly, with the rules of the self-check.

Answers are a JSON-shaped dict (they come from the page, storage, files and links); a missing key is unanswered,
and so is a null value:

    {"items": {item_id: 1..5 | "dk"}, "continuum": {"1".."4": "yes" | "no"}, "aim": 1..4}

`score` refuses what it cannot use (unknown key or item id, a value off the scale) with a ValueError rather than
skipping it. The result is a JSON-serializable dict whose shape is stable:

    {
      "bank": {"id": str, "version": str},
      "activities": [                      # in the bank's (canonical) order
        {"id": str,
         "items": int,                     # statements in the activity
         "answered": int,                  # answered, "don't know" included
         "counted": int,                   # answered on the scale (1..5)
         "mean": [numerator, denominator] | None,   # exact, reduced; None when insufficient
         "score": "3.3" | "",              # mean rounded half up to one decimal
         "band": "strength" | "watch" | "priority" | "insufficient"}
      ],
      "overall": {"mean", "score", "band",     # as above, from the mean of the activity means
                  "activities_scored": int},
      "priorities": [activity id, ...],    # band priority or watch, exact mean ascending, ties in bank order
      "continuum": {"current": 0..4, "aim": 1..4 | None, "gap": aim - current | None,
                    "out_of_order": {"no": level, "yes": [level, ...]} | None},  # "yes" above the first "no"
      "progress": {"answered": int, "total": int}   # every question: statements, continuum statements, aim
    }

Rules: a reverse statement counts 6 - v. An activity is scored when 2 x counted >= items, else "insufficient".
The band follows the displayed score (>= 4.0 strength, >= 3.0 watch, else priority), so that what the reader sees
and the band always agree. The overall score needs at least 3 scored activities, each weighing the same. The current
continuum level is the highest L such that statements 1..L are all "yes"; a "yes" above a "no" does not count, and
`out_of_order` names them so that the reader can be told (each level includes the ones before it).
"""

from . import ratio, rules

_ANSWER_KEYS = ("items", "continuum", "aim")
_UNANSWERED = object()  # marks a statement absent from the answers (None is an explicit "no answer")


def score(bank, answers):
    """Score `answers` (see the module docstring) against a validated `bank`; return the result dict."""
    item_answers, continuum_answers, aim = _read_answers(bank, answers)

    activities = _score_activities(bank, item_answers)

    current = 0
    while current < rules.CONTINUUM_LEVELS and continuum_answers.get(str(current + 1)) == rules.YES:
        current += 1

    answered = sum(entry["answered"] for entry in activities)
    answered += len(continuum_answers) + (0 if aim is None else 1)
    return {
        "bank": {"id": bank["id"], "version": bank["version"]},
        "activities": activities,
        "overall": overall_of(activities),
        "priorities": priority_order(activities),
        "continuum": {"current": current, "aim": aim, "gap": None if aim is None else aim - current,
                      "out_of_order": _out_of_order(continuum_answers)},
        "progress": {"answered": answered, "total": len(bank["items"]) + rules.CONTINUUM_LEVELS + 1},
    }


def overall_of(activities):
    """The overall entry from activity entries: the mean of the scored ones, each weighing the same, when there are
    at least rules.MIN_SCORED_ACTIVITIES; shared with the group results."""
    scored = [entry for entry in activities if entry["mean"] is not None]
    overall = {"activities_scored": len(scored)}
    if len(scored) >= rules.MIN_SCORED_ACTIVITIES:
        overall.update(describe_mean(mean_of([(entry["mean"][0], entry["mean"][1]) for entry in scored])))
    else:
        overall.update(insufficient_entry())
    return overall


def mean_of(ratios):
    """The exact arithmetic mean of a non-empty list of ratios."""
    # Numerators of equal denominators add up as integers first: a group's means have few distinct denominators
    # (the counts of statements answered), so hundreds of ratios take a handful of exact additions.
    by_denominator = {}
    for numerator, denominator in ratios:
        by_denominator[denominator] = by_denominator.get(denominator, 0) + numerator
    total = (0, 1)
    for denominator in by_denominator:
        total = ratio.add(total, (by_denominator[denominator], denominator))
    return ratio.reduced(total[0], total[1] * len(ratios))


def band_for_tenths(tenths):
    """The band of a displayed score given in tenths (e.g. 39 for "3.9")."""
    for band, floor in rules.BAND_FLOORS:
        if tenths >= floor:
            return band
    return rules.BAND_FLOORS[-1][0]


def _score_activities(bank, item_answers):
    """One entry per activity, in bank order, from a single pass over the statements."""
    tallies = {}  # activity id -> [items, answered, counted, total]
    for activity in bank["activities"]:
        tallies[activity["id"]] = [0, 0, 0, 0]
    reverse_sum = rules.SCALE_MIN + rules.SCALE_MAX
    matched = 0
    for item in bank["items"]:
        tally = tallies[item["activity"]]
        tally[0] += 1
        value = item_answers.get(item["id"], _UNANSWERED)
        if value is _UNANSWERED:
            continue
        matched += 1
        if value is None:
            continue
        tally[1] += 1
        if value == rules.DONT_KNOW:
            continue
        tally[2] += 1
        tally[3] += (reverse_sum - value) if item.get("reverse") else value
    if matched < len(item_answers):  # some answer names no statement of this bank
        known = set(item["id"] for item in bank["items"])
        for item_id in item_answers:
            if item_id not in known:
                raise ValueError("answers: unknown item id %s" % _shown(item_id))
    entries = []
    for activity in bank["activities"]:
        items, answered, counted, total = tallies[activity["id"]]
        entry = {"id": activity["id"], "items": items, "answered": answered, "counted": counted}
        if counted == 0 or 2 * counted < items:
            entry.update(insufficient_entry())
        else:
            entry.update(describe_mean(ratio.reduced(total, counted)))
        entries.append(entry)
    return entries


def describe_mean(mean):
    """{"mean", "score", "band"} of an exact mean: shown rounded half up to one decimal, the band from what is shown."""
    tenths = ratio.round_half_up(mean, 10)
    return {
        "mean": [mean[0], mean[1]],
        "score": "%d.%d" % (tenths // 10, tenths % 10),
        "band": band_for_tenths(tenths),
    }


def insufficient_entry():
    return {"mean": None, "score": "", "band": rules.INSUFFICIENT}


def _out_of_order(continuum_answers):
    """{"no": the lowest level answered "no", "yes": the levels above it answered "yes"}, or None if there are none."""
    first_no = None
    for level in range(1, rules.CONTINUUM_LEVELS + 1):
        if continuum_answers.get(str(level)) == rules.NO:
            first_no = level
            break
    if first_no is None:
        return None
    above = [level for level in range(first_no + 1, rules.CONTINUUM_LEVELS + 1)
             if continuum_answers.get(str(level)) == rules.YES]
    return {"no": first_no, "yes": above} if above else None


def priority_order(activities):
    """Ids of the activities needing attention (entries with "id", "mean", "band"), lowest exact mean first; a stable
    insertion sort keeps bank order among equal means (MicroPython has no `functools.cmp_to_key`)."""
    ordered = []
    for entry in activities:
        if entry["band"] not in rules.NEEDS_ATTENTION:
            continue
        mean = (entry["mean"][0], entry["mean"][1])
        position = len(ordered)
        while position > 0 and ratio.less(mean, ordered[position - 1][0]):
            position -= 1
        ordered.insert(position, (mean, entry["id"]))
    return [activity_id for _, activity_id in ordered]


# Reading answers -------------------------------------------------------------------------------------------------


def _is_int(value):
    return isinstance(value, int) and value is not True and value is not False


def _shown(value):
    if isinstance(value, str):
        return '"%s"' % value
    if value is True or value is False:
        return "true" if value else "false"
    return str(value)


def _object(value, where):
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError("answers: %s must be an object" % where)
    return value


def _read_answers(bank, answers):
    """Check the shape and values of `answers`; return (item answers, continuum answers, aim).

    Item answers keep their null values so that an unknown id is refused even when unanswered; continuum answers
    drop them."""
    answers = _object(answers, "the answers")
    for key in answers:
        if key not in _ANSWER_KEYS:
            raise ValueError('answers: unknown key %s (expected: items, continuum, aim)' % _shown(key))

    # Statement ids are checked against the bank while scoring, in the same pass.
    items = _object(answers.get("items"), '"items"')
    for item_id, value in items.items():
        if value is None or value == rules.DONT_KNOW:
            continue
        # `type(...) is int` refuses true/false on both runtimes (MicroPython's bool is no int subclass anyway).
        if type(value) is not int or not rules.SCALE_MIN <= value <= rules.SCALE_MAX:
            raise ValueError('answers: item "%s": %s is not on the scale (%d to %d, or "%s")'
                             % (item_id, _shown(value), rules.SCALE_MIN, rules.SCALE_MAX, rules.DONT_KNOW))

    continuum = {}
    for level, value in _object(answers.get("continuum"), '"continuum"').items():
        if not (isinstance(level, str) and len(level) == 1 and "1" <= level <= str(rules.CONTINUUM_LEVELS)):
            raise ValueError("answers: continuum: unknown statement %s (expected \"1\" to \"%d\")"
                             % (_shown(level), rules.CONTINUUM_LEVELS))
        if value is None:
            continue
        if value != rules.YES and value != rules.NO:
            raise ValueError('answers: continuum "%s": %s is not "%s" or "%s"'
                             % (level, _shown(value), rules.YES, rules.NO))
        continuum[level] = value

    aim = answers.get("aim")
    if aim is not None and not (_is_int(aim) and 1 <= aim <= rules.CONTINUUM_LEVELS):
        raise ValueError("answers: aim: %s is not a level from 1 to %d" % (_shown(aim), rules.CONTINUUM_LEVELS))
    return items, continuum, aim
