"""The bank and interface texts as the page needs them in one language: one small JSON file per language.

The form is static HTML, so the page never needs the statements' texts nor the other language; the build has
validated both files, so the page reads this one without checking it again. Same shape as the bank and ui.json
(scoring, advice, report and chart read it unchanged), with translation objects cut down to `lang`.

The workshop page's data (`workshop=True`) also keeps what its group results show and the form holds on the
self-check page: the statements' texts and the answer scale; and the group texts (keys `group_...`), which only it
shows.
"""


def _one_language(text, lang):
    return {lang: text[lang]}


def page_bank(bank, lang, workshop=False):
    continuum = bank["continuum"]
    cut = {
        "id": bank["id"],
        "version": bank["version"],
        "bands": dict((band, _one_language(bank["bands"][band], lang)) for band in bank["bands"]),
        "activities": [{"id": a["id"], "name": _one_language(a["name"], lang), "lesson": a["lesson"], "tool": a["tool"]}
                       for a in bank["activities"]],
        "items": [dict([("id", i["id"]), ("activity", i["activity"])] + ([("reverse", True)] if i.get("reverse") else [])
                       + ([("text", _one_language(i["text"], lang))] if workshop else []))
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
    if workshop:
        scale = bank["scale"]
        cut["scale"] = {"points": [{"value": point["value"], "label": _one_language(point["label"], lang)}
                                   for point in scale["points"]],
                        "dont_know": _one_language(scale["dont_know"], lang)}
    return cut


# Interface texts that only the build uses, to write the form and the paper version into the HTML: the page script
# never shows them, so they are left out of its data (tests/selfcheck_page/test_selfcheck_shipped.py checks that no
# shipped module names one).
BUILD_ONLY_PREFIXES = ("paper_", "workshop_form_")
BUILD_ONLY_TEXTS = (
    "noscript", "scale_key", "lesson_link", "tool_link", "continuum_heading", "continuum_intro", "tools_heading",
    "saved_note", "label_field", "share_field", "start_over", "waiting", "results_heading", "chart_table_caption",
    "priorities_heading", "continuum_result_heading", "continuum_now", "continuum_aim", "action_plan_intro", "cancel",
    "we_means", "col_row", "col_score", "col_answered", "col_row_tools", "start_failed",
    "workshop_banner_note", "workshop_leave", "workshop_heading", "workshop_send_note", "workshop_send",
    "compare_heading", "compare_intro", "compare_file", "compare_link_field", "compare_link", "compare_remove",
    "col_before", "col_now", "col_change",
)
# Interface texts only the workshop page shows (its group results): left out of the self-check page's data.
WORKSHOP_ONLY_PREFIXES = ("group_",)


def is_build_only(key):
    return key.startswith(BUILD_ONLY_PREFIXES) or key in BUILD_ONLY_TEXTS


def is_workshop_only(key):
    return key.startswith(WORKSHOP_ONLY_PREFIXES)


def page_data(bank, ui, lang, workshop=False):
    """{"bank": the bank cut down for the page, "ui": the interface texts the page shows, in `lang` only}; for the
    workshop page when `workshop` is true, for the self-check page otherwise."""
    return {"bank": page_bank(bank, lang, workshop),
            "ui": dict((key, _one_language(ui[key], lang)) for key in ui
                       if not is_build_only(key) and (workshop or not is_workshop_only(key)))}
