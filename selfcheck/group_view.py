"""The workshop page's group results, as one node tree (see markup.py) built from `group.group_results()`.

`view(bank, ui, lang, results, comparison=None)` gives a `div.selfcheck-group-report` holding, in reading order: the
session's name (when given), how many respondents, a warning when so few answered that the results identify people,
the group's overall score, the table of group means by activity, the chart of every respondent's means with its
table, the statements to discuss first, the group's priorities and the continuum. With no result, only a line that
says so. Every figure comes from group.py; this module only words and lays them out. Texts are text nodes, never
markup: a respondent's label shows as typed.

The page builds DOM from the tree as it does for the charts: elements with setAttribute, texts as text nodes, and
the "svg" subtree in the SVG namespace. Subsection headings are h3: the page puts the tree under an h2 of its own.

Test contract (see the issue): `[data-group-activity=ID]` with `data-respondents`, `data-mean` (the shown one-decimal
score, "" when insufficient), `data-min`, `data-max`, `data-band`, `data-differ` ("1" or "0"), and with a comparison
`data-change` (the signed shown change, "" when there is none) and `data-direction` ("up", "down", "same" or "");
`[data-group-overall]` with `data-mean`, `data-band` (and the change likewise); `[data-group-continuum-level=N]`
(N 0..4) with `data-now` and (N 1..4) `data-aim`; `[data-group-discuss=ITEM]` per statement to discuss;
`[data-group-priority=ID]` per priority.

The bank must hold the statements' texts and the answer scale: the self-check page's data leaves them out, the
workshop page's keeps them (page_data.page_data(..., workshop=True)).
"""

from . import rules
from .group import group_results
from .group_chart import group_chart, group_table
from .report import priority_entries
from .text import decimal, say

ARROWS = {"up": "\u2191", "down": "\u2193", "same": "\u2192"}  # shown, hidden from screen readers (words instead)
# Lessons and tools are addressed from the language's home; the workshop page sits at selfcheck/workshop/ under it.
WORKSHOP_ROOT = "../../"


def view(bank, ui, lang, results, comparison=None, session="", root=WORKSHOP_ROOT, group=None):
    """The group results section for `results` (the collected set). `comparison` is group.compare()'s change from a
    baseline to these results; `session` the workshop's name; `root` the relative URL from the page to its
    language's home; `group` the group_results() of `results`, when the caller has it already."""
    _check_bank(bank)
    if group is None:
        group = group_results(bank, results)
    children = []
    if session:
        children.append(("p", {"class": "selfcheck-group-session", "data-group-session": ""},
                         [say(ui, "group_session", lang, session=session)]))
    count = group["respondents"]
    if count == 0:
        children.append(("p", {"data-group-empty": ""}, [say(ui, "group_empty", lang)]))
        return _root(count, children)
    line = say(ui, "group_count_one", lang) if count == 1 else say(ui, "group_count", lang, count=count)
    children.append(("p", {"class": "selfcheck-group-count", "data-group-respondents": str(count)}, [line]))
    if count < rules.GROUP_IDENTIFIES_BELOW:
        children.append(("div", {"class": "admonition warning", "data-group-small": ""}, [
            ("p", {"class": "admonition-title"}, [say(ui, "group_small_title", lang)]),
            ("p", {}, [say(ui, "group_small", lang, count=rules.GROUP_IDENTIFIES_BELOW)])]))

    figures = [_figures(bank, ui, lang, entry) for entry in group["activities"]]
    overall = _figures(bank, ui, lang, group["overall"])
    if overall["score"]:
        summary = say(ui, "group_summary", lang, score=overall["score_text"], band=overall["band_text"])
    else:
        summary = say(ui, "group_summary_insufficient", lang, count=rules.MIN_SCORED_ACTIVITIES)
    children.append(("p", {"class": "selfcheck-summary"}, [summary]))
    children.append(_activities_table(bank, ui, lang, group, figures, comparison))

    labels = respondent_labels(ui, lang, results)
    children.append(("h3", {}, [say(ui, "group_chart_heading", lang)]))
    children.append(("div", {"class": "selfcheck-chart"},
                     [group_chart(bank, ui, group, labels, say(ui, "group_chart_title", lang), lang)]))
    children.append(_respondents_table(bank, ui, lang, group, labels))

    children += _discuss(bank, ui, lang, group["discuss"])
    children += _priorities(bank, ui, lang, figures, group["priorities"], root)
    children += _continuum(bank, ui, lang, group["continuum"])
    return _root(count, children)


def respondent_labels(ui, lang, results):
    """How each respondent is named, in the order of `results`: their label, or "Respondent N" from 1."""
    labels = []
    for number, result in enumerate(results, 1):
        label = result.get("label")
        labels.append(label if label else say(ui, "group_respondent_number", lang, number=number))
    return labels


def _check_bank(bank):
    if "scale" not in bank or any("text" not in item for item in bank["items"]):
        raise ValueError("group view: the bank has no statement texts or no answer scale "
                         "(the page's data must keep them: page_data(..., workshop=True))")


def _root(count, children):
    return ("div", {"class": "selfcheck-group-report", "data-group-results": str(count)}, children)


def _figures(bank, ui, lang, entry):
    """Shown texts of an activity's or the overall entry (score_text, band_text), as report.py words them."""
    scored = entry["score"] != ""
    return {"id": entry.get("id"), "score": entry["score"], "band": entry["band"],
            "score_text": decimal(ui, entry["score"], lang) if scored else say(ui, "no_score", lang),
            "band_text": bank["bands"][entry["band"]][lang]}


def _head(ui, lang, keys):
    return ("thead", {}, [("tr", {}, [("th", {"scope": "col"}, [say(ui, key, lang)]) for key in keys])])


def _table(caption, head, body, foot=None, css_class="selfcheck-table", scrolls=False):
    parts = [("caption", {}, [caption]), head, ("tbody", {}, body)]
    if foot is not None:
        parts.append(("tfoot", {}, foot))
    wrap = {"class": "selfcheck-table-wrap"}
    if scrolls:
        # Wider than a phone, or with many respondents: the keyboard can reach it to scroll it; it says what it holds.
        wrap.update({"tabindex": "0", "role": "region", "aria-label": caption})
    return ("div", wrap, [("table", {"class": css_class}, parts)])


def _band_cell(figures):
    return ("td", {}, [("span", {"class": "selfcheck-band"}, [figures["band_text"]])])


def _change_attributes(attributes, change):
    attributes["data-change"] = change["shown"]
    attributes["data-direction"] = change["direction"] or ""


def _change_cell(ui, lang, change):
    """The change from the baseline: an arrow for the eye, a word for screen readers, and the signed shown value."""
    if change["direction"] is None:
        return ("td", {"data-cell": "change"}, [say(ui, "no_score", lang)])
    direction = change["direction"]
    return ("td", {"data-cell": "change", "class": "selfcheck-change selfcheck-change--" + direction}, [
        ("span", {"class": "selfcheck-change-arrow", "aria-hidden": "true"}, [ARROWS[direction]]), " ",
        ("span", {"class": "selfcheck-visually-hidden"}, [say(ui, "change_" + direction, lang)]), " ",
        decimal(ui, change["shown"], lang)])


def _activities_table(bank, ui, lang, group, figures, comparison):
    keys = ["col_activity", "group_mean", "col_band", "group_col_respondents", "group_range"]
    changes = {}
    if comparison is not None:
        keys.append("group_col_change")
        for change in comparison["activities"]:
            changes[change["id"]] = change
    names = {}
    for activity in bank["activities"]:
        names[activity["id"]] = activity["name"][lang]
    rows = []
    for entry, shown in zip(group["activities"], figures):
        attributes = {"data-group-activity": entry["id"], "data-respondents": str(entry["respondents"]),
                      "data-mean": entry["score"], "data-min": entry["lowest"], "data-max": entry["highest"],
                      "data-band": entry["band"], "data-differ": "1" if entry["differ"] else "0"}
        if entry["score"]:
            extent = [say(ui, "group_range_value", lang, lowest=decimal(ui, entry["lowest"], lang),
                          highest=decimal(ui, entry["highest"], lang))]
        else:
            extent = [say(ui, "no_score", lang)]
        if entry["differ"]:
            extent += [" ", ("strong", {"class": "selfcheck-group-differ"}, [say(ui, "group_views_differ", lang)])]
        cells = [("th", {"scope": "row"}, [names[entry["id"]]]),
                 ("td", {"data-cell": "score"}, [shown["score_text"]]),
                 _band_cell(shown),
                 ("td", {"data-cell": "respondents"},
                  [say(ui, "group_counted_of", lang, counted=entry["respondents"], total=group["respondents"])]),
                 ("td", {"data-cell": "range"}, extent)]
        if comparison is not None:
            change = changes[entry["id"]]
            _change_attributes(attributes, change)
            cells.append(_change_cell(ui, lang, change))
        rows.append(("tr", attributes, cells))

    overall = _figures(bank, ui, lang, group["overall"])
    attributes = {"data-group-overall": "", "data-mean": overall["score"], "data-band": overall["band"]}
    cells = [("th", {"scope": "row"}, [say(ui, "overall", lang)]),
             ("td", {"data-cell": "score"}, [overall["score_text"]]),
             _band_cell(overall),
             ("td", {"colspan": "2"}, [say(ui, "group_activities_scored", lang,
                                           scored=group["overall"]["activities_scored"],
                                           total=len(group["activities"]))])]
    if comparison is not None:
        _change_attributes(attributes, comparison["overall"])
        cells.append(_change_cell(ui, lang, comparison["overall"]))
    return _table(say(ui, "group_table_caption", lang), _head(ui, lang, keys), rows, [("tr", attributes, cells)],
                  scrolls=True)


def _respondents_table(bank, ui, lang, group, labels):
    """The chart's figures for every respondent (group_chart.group_table) as a table."""
    table = group_table(bank, ui, group, labels, lang)
    head = ("thead", {}, [("tr", {}, [("th", {"scope": "col"}, [text]) for text in table["head"]])])
    rows = []
    for row in table["rows"]:
        cells = [("th", {"scope": "row"}, [row["cells"][0]]), ("td", {}, [row["cells"][1]]),
                 ("td", {}, [("span", {"class": "selfcheck-band"}, [row["cells"][2]])])]
        cells += [("td", {}, [text]) for text in row["cells"][3:]]
        rows.append(("tr", {"data-band": row["band"]}, cells))
    return _table(say(ui, "group_respondents_caption", lang), head, rows,
                  css_class="selfcheck-table selfcheck-group-respondents", scrolls=True)


def _statement_numbers(bank):
    """Each statement's number within its activity, from 1, as the form and the paper version number them."""
    numbers = {}
    counts = {}
    for item in bank["items"]:
        counts[item["activity"]] = counts.get(item["activity"], 0) + 1
        numbers[item["id"]] = counts[item["activity"]]
    return numbers


def _discuss(bank, ui, lang, entries):
    parts = [("h3", {}, [say(ui, "group_discuss_heading", lang)])]
    if not entries:
        return parts + [("p", {"data-group-discuss-none": ""}, [say(ui, "group_discuss_none", lang)])]
    parts.append(("p", {}, [say(ui, "group_discuss_intro", lang)]))
    dont_know = bank["scale"]["dont_know"][lang]
    head_cells = [("th", {"scope": "col"}, [say(ui, "group_col_statement", lang)])]
    for point in bank["scale"]["points"]:
        head_cells.append(("th", {"scope": "col"}, [
            ("span", {"class": "selfcheck-choice-mark"}, [str(point["value"])]), " ",
            ("span", {"class": "selfcheck-scale-label"}, [point["label"][lang]])]))
    head_cells.append(("th", {"scope": "col"}, [("span", {"class": "selfcheck-scale-label"}, [dont_know])]))
    items = {}
    for item in bank["items"]:
        items[item["id"]] = item
    names = {}
    for activity in bank["activities"]:
        names[activity["id"]] = activity["name"][lang]
    numbers = _statement_numbers(bank)
    mark = say(ui, "reverse_mark", lang)
    rows = []
    for entry in entries:
        where = say(ui, "group_statement", lang, activity=names[entry["activity"]], number=numbers[entry["item"]])
        attributes = {"data-group-discuss": entry["item"], "data-activity": entry["activity"],
                      "data-spread": str(entry["spread"])}
        if entry["reverse"]:
            attributes["data-reverse"] = "1"
            where += " " + mark
        cells = [("th", {"scope": "row"}, [("span", {"class": "selfcheck-group-statement-where"}, [where]), " ",
                                           items[entry["item"]]["text"][lang]])]
        for value, count in enumerate(entry["given"], rules.SCALE_MIN):
            cells.append(("td", {"data-value": str(value), "data-label": str(value)}, [str(count)]))
        cells.append(("td", {"data-value": rules.DONT_KNOW, "data-label": dont_know}, [str(entry["dont_know"])]))
        rows.append(("tr", attributes, cells))
    parts.append(_table(say(ui, "group_discuss_caption", lang), ("thead", {}, [("tr", {}, head_cells)]), rows,
                        css_class="selfcheck-table selfcheck-group-discuss"))
    if any(entry["reverse"] for entry in entries):
        parts.append(("p", {"class": "selfcheck-group-note"}, [say(ui, "group_reverse_note", lang, mark=mark)]))
    return parts


def _priorities(bank, ui, lang, figures, priority_ids, root):
    parts = [("h3", {}, [say(ui, "group_priorities_heading", lang)])]
    entries = priority_entries(bank, ui, figures, priority_ids, lang)
    if not entries:
        key = "priorities_none" if any(shown["score"] for shown in figures) else "group_priorities_wait"
        return parts + [("p", {"data-group-priorities-note": ""}, [say(ui, key, lang)])]
    items = []
    for entry in entries:
        items.append(("li", {"data-group-priority": entry["id"]}, [
            ("strong", {}, [entry["heading"]]),
            ("p", {}, [entry["text"]]),
            ("p", {"class": "selfcheck-priority-links"}, [
                ("a", {"href": root + entry["lesson"]}, [entry["lesson_text"]]), " · ",
                ("a", {"href": root + entry["tool"]}, [entry["tool_text"]])])]))
    return parts + [("ol", {"class": "selfcheck-priorities", "data-group-priorities": ""}, items)]


def _continuum(bank, ui, lang, continuum):
    rows = []
    for entry in continuum["levels"]:
        level = entry["level"]
        name = (bank["continuum"]["levels"][level - 1]["name"][lang] if level else say(ui, "group_level_none", lang))
        attributes = {"data-group-continuum-level": str(level), "data-now": str(entry["now"])}
        if entry["aim"] is not None:
            attributes["data-aim"] = str(entry["aim"])
        rows.append(("tr", attributes, [
            ("th", {"scope": "row"}, [say(ui, "continuum_level", lang, number=level, name=name)]),
            ("td", {"data-cell": "now"}, [str(entry["now"])]),
            ("td", {"data-cell": "aim"}, [say(ui, "no_score", lang) if entry["aim"] is None else str(entry["aim"])])]))
    parts = [("h3", {}, [say(ui, "group_continuum_heading", lang)]),
             _table(say(ui, "group_continuum_caption", lang),
                    _head(ui, lang, ("group_col_level", "group_col_now", "group_col_aim")), rows,
                    css_class="selfcheck-table selfcheck-group-continuum")]
    if continuum["no_aim"]:
        parts.append(("p", {"data-group-no-aim": str(continuum["no_aim"])},
                      [say(ui, "group_continuum_no_aim", lang, count=continuum["no_aim"])]))
    return parts
