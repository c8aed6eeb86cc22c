"""What the results say, in the reader's language: every text the page shows for a score result, as plain data.

`view(bank, ui, result, lang)` turns `score()`'s result into texts and numbers; the page script only copies them
into the page (with textContent), and the tests compare them with what CPython computes.
"""

from . import rules
from .advice import continuum_guidance, recommendation
from .text import decimal, say


def _figures(bank, ui, entry, lang, answered, total):
    scored = entry["score"] != ""
    return {
        "score": entry["score"],
        "band": entry["band"],
        "score_text": decimal(ui, entry["score"], lang) if scored else say(ui, "no_score", lang),
        "band_text": bank["bands"][entry["band"]][lang],
        "percent_text": say(ui, "percent", lang, percent=entry["percent"]) if scored else say(ui, "no_score", lang),
        "answered_text": say(ui, "answered_of", lang, answered=answered, total=total),
    }


def _level_text(bank, ui, level, lang, none_key):
    if not level:
        return say(ui, none_key, lang)
    return say(ui, "continuum_level", lang, number=level, name=bank["continuum"]["levels"][level - 1]["name"][lang])


def view(bank, ui, result, lang):
    activities = []
    answered_items = 0
    for entry in result["activities"]:
        figures = _figures(bank, ui, entry, lang, entry["answered"], entry["items"])
        figures["id"] = entry["id"]
        figures["progress_text"] = say(ui, "progress_activity", lang, answered=entry["answered"], total=entry["items"])
        activities.append(figures)
        answered_items += entry["answered"]
    overall = _figures(bank, ui, result["overall"], lang, answered_items, len(bank["items"]))

    progress = result["progress"]
    if overall["score"]:
        summary = say(ui, "summary", lang, score=overall["score_text"], band=overall["band_text"])
    else:
        summary = say(ui, "summary_insufficient", lang, count=rules.MIN_SCORED_ACTIVITIES)

    priorities = []
    by_id = {}
    for figures in activities:
        by_id[figures["id"]] = figures
    for activity_id in result["priorities"]:
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
            "steps": [say(ui, "continuum_level", lang, number=step["level"], name=step["name"]) + " — " + step["text"]
                      for step in guidance["steps"]],
        },
    }
