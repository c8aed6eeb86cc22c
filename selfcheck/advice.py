"""What the result page says: a recommendation per activity and band, and guidance along the continuum.

All texts come from the bank; this module only picks them, so a text has exactly one home.
"""

from . import rules


def _check_language(lang):
    if lang not in rules.LANGUAGES:
        raise ValueError('unknown language %s (languages: %s)' % (_shown(lang), ", ".join(rules.LANGUAGES)))


def _shown(value):
    return '"%s"' % value if isinstance(value, str) else str(value)


def recommendation(bank, activity_id, band, lang):
    """The advice for one activity in one band, with the pages it points to.

    Returns {"activity", "band", "name", "text", "lesson", "tool"}: `name` and `text` in `lang`; `lesson` and `tool`
    are addresses relative to the language root (e.g. "activities/connect/").
    """
    _check_language(lang)
    if band not in rules.BANDS:
        raise ValueError("unknown band %s (bands: %s)" % (_shown(band), ", ".join(rules.BANDS)))
    for activity in bank["activities"]:
        if activity["id"] == activity_id:
            return {
                "activity": activity_id,
                "band": band,
                "name": activity["name"][lang],
                "text": bank["recommendations"][activity_id][band][lang],
                "lesson": activity["lesson"],
                "tool": activity["tool"],
            }
    raise ValueError("unknown activity %s" % _shown(activity_id))


def continuum_guidance(bank, continuum, lang):
    """Guidance for a result's "continuum" entry ({"current", "aim", "gap"}).

    Returns {"text": the general guidance, "steps": [{"level", "name", "text"}]}: one step for each level between
    the current level and the aimed one, saying what it takes to reach it (time, trust, turf).
    """
    _check_language(lang)
    guidance = bank["continuum"]["guidance"]
    levels = bank["continuum"]["levels"]
    current, aim = continuum["current"], continuum["aim"]
    if aim is None:
        key = "no_aim"
    elif current < aim:
        key = "below"
    elif current == aim:
        key = "reached"
    else:
        key = "ahead"
    steps = []
    if aim is not None:
        for level in range(current + 1, aim + 1):
            entry = levels[level - 1]
            steps.append({"level": level, "name": entry["name"][lang], "text": entry["to_reach"][lang]})
    return {"text": guidance[key][lang], "steps": steps}
