"""What the results say, in the reader's language: every text the page shows for a score result, as plain data.

`view(bank, ui, result, lang)` turns `score()`'s result into texts and numbers; the page script only copies them
into the page (with textContent), and the tests compare them with what CPython computes.
"""

from . import rules
from .advice import continuum_guidance, recommendation
from .text import decimal, listed, say, tenths


def band_meaning(ui, band, lang, insufficient_key="meaning_insufficient"):
    """What a band means in plain words, with its score range from rules.BAND_FLOORS (e.g. "3.0 to 3.9: …")."""
    if band == rules.INSUFFICIENT:
        return say(ui, insufficient_key, lang, count=rules.MIN_SCORED_ACTIVITIES)
    top = None
    for name, floor in rules.BAND_FLOORS:
        if name == band:
            # The lowest band starts at the scale's minimum: it is read as "below" the band above it.
            return say(ui, "meaning_" + band, lang, floor=tenths(ui, floor, lang),
                       top="" if top is None else tenths(ui, top - 1, lang),
                       ceiling="" if top is None else tenths(ui, top, lang))
        top = floor
    raise ValueError("unknown band %s" % band)


def _figures(bank, ui, entry, lang, answered, total, insufficient_key):
    scored = entry["score"] != ""
    return {
        "score": entry["score"],
        "band": entry["band"],
        "score_text": decimal(ui, entry["score"], lang) if scored else say(ui, "no_score", lang),
        "band_text": bank["bands"][entry["band"]][lang],
        "meaning_text": band_meaning(ui, entry["band"], lang, insufficient_key),
        "answered_text": say(ui, "answered_of", lang, answered=answered, total=total),
    }


def _out_of_order_text(bank, ui, out_of_order, lang):
    """The notice for a "yes" given above a "no" on the continuum, or "" when the answers follow on."""
    if out_of_order is None:
        return ""
    levels = bank["continuum"]["levels"]
    names = [levels[level - 1]["name"][lang] for level in out_of_order["yes"]]
    return say(ui, "continuum_out_of_order", lang, yes=listed(ui, names, lang),
               no=levels[out_of_order["no"] - 1]["name"][lang])


def _level_text(bank, ui, level, lang, none_key):
    if not level:
        return say(ui, none_key, lang)
    return say(ui, "continuum_level", lang, number=level, name=bank["continuum"]["levels"][level - 1]["name"][lang])


def priority_entries(bank, ui, activities, priority_ids, lang):
    """What the page says of each priority (ids in order): heading, advice and links. `activities` are figures with
    "id", "band", "score_text" and "band_text"; shared with the group results."""
    by_id = {}
    for figures in activities:
        by_id[figures["id"]] = figures
    priorities = []
    for activity_id in priority_ids:
        advice = recommendation(bank, activity_id, by_id[activity_id]["band"], lang)
        priorities.append({
            "id": activity_id,
            "name": advice["name"],
            "heading": "%s — %s (%s)" % (advice["name"], by_id[activity_id]["score_text"], by_id[activity_id]["band_text"]),
            "text": advice["text"],
            "lesson": advice["lesson"],
            "tool": advice["tool"],
            "lesson_text": say(ui, "read_lesson", lang, name=advice["name"]),
            "tool_text": say(ui, "open_tool", lang, name=advice["name"]),
        })
    return priorities


def view(bank, ui, result, lang):
    activities = []
    answered_items = 0
    for entry in result["activities"]:
        figures = _figures(bank, ui, entry, lang, entry["answered"], entry["items"], "meaning_insufficient")
        figures["id"] = entry["id"]
        figures["progress_text"] = say(ui, "progress_activity", lang, answered=entry["answered"], total=entry["items"])
        activities.append(figures)
        answered_items += entry["answered"]
    overall = _figures(bank, ui, result["overall"], lang, answered_items, len(bank["items"]),
                       "meaning_overall_insufficient")

    progress = result["progress"]
    if overall["score"]:
        summary = say(ui, "summary", lang, score=overall["score_text"], band=overall["band_text"])
    else:
        summary = say(ui, "summary_insufficient", lang, count=rules.MIN_SCORED_ACTIVITIES)

    priorities = priority_entries(bank, ui, activities, result["priorities"], lang)
    if priorities:
        priorities_note = ""
    elif any(figures["score"] for figures in activities):
        priorities_note = say(ui, "priorities_none", lang)
    else:
        priorities_note = say(ui, "priorities_wait", lang)

    continuum = result["continuum"]
    guidance = continuum_guidance(bank, continuum, lang)
    return {
        "activities": activities,
        "overall": overall,
        "progress": {"answered": progress["answered"], "total": progress["total"],
                     "text": say(ui, "progress_overall", lang, answered=progress["answered"], total=progress["total"])},
        "summary": summary,
        "priorities": priorities,
        "priorities_note": priorities_note,
        "continuum": {
            "current": continuum["current"],
            "aim": continuum["aim"],
            "current_text": _level_text(bank, ui, continuum["current"], lang, "continuum_none"),
            "aim_text": _level_text(bank, ui, continuum["aim"], lang, "continuum_no_aim"),
            "guidance": guidance["text"],
            "out_of_order": _out_of_order_text(bank, ui, continuum["out_of_order"], lang),
            "steps": [say(ui, "continuum_level", lang, number=step["level"], name=step["name"]) + " — " + step["text"]
                      for step in guidance["steps"]],
        },
    }
