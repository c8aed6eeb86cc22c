"""The bank and interface texts as the page needs them in one language: one small JSON file per language.

The form is static HTML, so the page never needs the statements' texts nor the other language; the build has
validated both files, so the page reads this one without checking it again. Same shape as the bank and ui.json
(scoring, advice, report and chart read it unchanged), with translation objects cut down to `lang`.
"""


def _one_language(text, lang):
    return {lang: text[lang]}


def page_bank(bank, lang):
    continuum = bank["continuum"]
    return {
        "id": bank["id"],
        "version": bank["version"],
        "bands": dict((band, _one_language(bank["bands"][band], lang)) for band in bank["bands"]),
        "activities": [{"id": a["id"], "name": _one_language(a["name"], lang), "lesson": a["lesson"], "tool": a["tool"]}
                       for a in bank["activities"]],
        "items": [dict([("id", i["id"]), ("activity", i["activity"])] + ([("reverse", True)] if i.get("reverse") else []))
                  for i in bank["items"]],
        "continuum": {
            "levels": [{"id": level["id"], "name": _one_language(level["name"], lang),
                        "to_reach": _one_language(level["to_reach"], lang)} for level in continuum["levels"]],
            "guidance": dict((key, _one_language(continuum["guidance"][key], lang)) for key in continuum["guidance"]),
        },
        "recommendations": dict(
            (activity, dict((band, _one_language(texts[band], lang)) for band in texts))
            for activity, texts in bank["recommendations"].items()
        ),
    }


# The paper version's texts: the build writes them into its page, the self-check page never shows them.
BUILD_ONLY_PREFIX = "paper_"


def page_data(bank, ui, lang):
    """{"bank": the bank cut down for the page, "ui": the interface texts it shows, in `lang` only}."""
    return {"bank": page_bank(bank, lang),
            "ui": dict((key, _one_language(ui[key], lang)) for key in ui if not key.startswith(BUILD_ONLY_PREFIX))}
