"""The group chart: per activity, the group mean and every respondent's mean on the 1-5 scale, as an SVG node tree
(see markup.py) built from `group.group_results()`; and the rows of the table of the same figures.

Respondents are hollow dots and the group mean a diamond coloured by its band (the bar classes of chart.py), drawn
with currentColor so that the chart follows the light and dark schemes and prints in ink. Respondents with the same
shown score stack up; past MAX_STACK the top dot stands for the rest and carries their number. The chart is an image
for assistive technology (role="img", a title and a description giving every group figure); the table gives every
respondent's.
"""

from . import rules
from .chart import PLOT_WIDTH, bar_length
from .text import decimal, say

WIDTH = 420
LEFT = 6  # room for half a dot left of 1.0
LABEL_HEIGHT = 18  # the activity name above its row
DOT_RADIUS = 4
DOT_STEP = 9  # between stacked dots
MAX_STACK = 4
ROW_HEIGHT = LABEL_HEIGHT + MAX_STACK * DOT_STEP + 18
AXIS_HEIGHT = 24
LEGEND_HEIGHT = 22
MEAN_SIZE = 6  # half the diamond's width
DOT_LIFT = MEAN_SIZE + 2  # the lowest dot sits this far above the diamond's centre, clear of it


def _x(score):
    return LEFT + bar_length(score)


def _names(bank, lang):
    names = {}
    for activity in bank["activities"]:
        names[activity["id"]] = activity["name"][lang]
    return names


def _shown(ui, score, lang):
    return decimal(ui, score, lang) if score else say(ui, "no_score", lang)


def _figure(bank, ui, entry, name, lang):
    if not entry["score"]:
        return say(ui, "chart_figure", lang, name=name, score=say(ui, "no_score", lang),
                   band=bank["bands"][entry["band"]][lang])
    return say(ui, "group_chart_figure", lang, name=name, mean=decimal(ui, entry["score"], lang),
               band=bank["bands"][entry["band"]][lang], count=entry["respondents"],
               lowest=decimal(ui, entry["lowest"], lang), highest=decimal(ui, entry["highest"], lang))


def _check_labels(group, labels):
    if len(labels) != group["respondents"]:
        raise ValueError("group chart: %d labels for %d respondents" % (len(labels), group["respondents"]))


def _diamond(x, y, band):
    points = "%d,%d %d,%d %d,%d %d,%d" % (x, y - MEAN_SIZE, x + MEAN_SIZE, y, x, y + MEAN_SIZE, x - MEAN_SIZE, y)
    return ("polygon", {"class": "selfcheck-group-mean selfcheck-bar--" + band, "points": points,
                        "stroke": "currentColor", "stroke-width": "1.5"}, [])


def _dot_y(track, level):
    return track - DOT_LIFT - DOT_RADIUS - level * DOT_STEP


def _dot(x, y, tooltip):
    return ("circle", {"class": "selfcheck-group-dot", "cx": str(x), "cy": str(y), "r": str(DOT_RADIUS),
                       "fill": "none", "stroke": "currentColor", "stroke-width": "1.5"}, [("title", {}, [tooltip])])


def group_chart(bank, ui, group, labels, title, lang, id_prefix="sc-group-chart"):
    """The SVG node for a group result; `labels` name the respondents in the group's order, `title` heads it."""
    _check_labels(group, labels)
    names = _names(bank, lang)
    rows = len(group["activities"])
    plot_bottom = rows * ROW_HEIGHT
    height = plot_bottom + AXIS_HEIGHT + LEGEND_HEIGHT
    figures = [_figure(bank, ui, entry, names[entry["id"]], lang) for entry in group["activities"]]
    children = [
        ("title", {"id": id_prefix + "-title"}, [title]),
        ("desc", {"id": id_prefix + "-desc"}, [say(ui, "group_chart_desc", lang) + " " + ". ".join(figures) + "."]),
    ]
    for value in range(rules.SCALE_MIN, rules.SCALE_MAX + 1):
        x = _x("%d.0" % value)
        children.append(("line", {"class": "selfcheck-grid", "x1": str(x), "x2": str(x), "y1": "0",
                                  "y2": str(plot_bottom)}, []))
        children.append(("text", {"class": "selfcheck-axis", "x": str(x), "y": str(plot_bottom + 18),
                                  "text-anchor": "start" if value == rules.SCALE_MIN else "middle"}, [str(value)]))
    for row, entry in enumerate(group["activities"]):
        top = row * ROW_HEIGHT
        track = top + ROW_HEIGHT - 8
        children.append(("text", {"class": "selfcheck-chart-label", "x": "0", "y": str(top + 14)},
                         [names[entry["id"]]]))
        stacks = {}  # shown score -> the positions of the respondents who have it
        for position, score in enumerate(entry["scores"]):
            if score:
                stacks.setdefault(score, []).append(position)
        for score in sorted(stacks):
            x = _x(score)
            shown = decimal(ui, score, lang)
            positions = stacks[score]
            full = len(positions) > MAX_STACK
            for level, position in enumerate(positions[:MAX_STACK - 1] if full else positions):
                tooltip = say(ui, "chart_figure", lang, name=labels[position], score=shown, band=names[entry["id"]])
                children.append(_dot(x, _dot_y(track, level), tooltip))
            if full:
                # One dot stands for the rest of a tall stack (drawing them all would pile them up unseen).
                top = _dot_y(track, MAX_STACK - 1)
                children.append(_dot(x, top, say(ui, "group_chart_stack", lang, count=len(positions), score=shown,
                                                 name=names[entry["id"]])))
                children.append(("text", {"class": "selfcheck-axis", "x": str(x + DOT_RADIUS + 2), "y": str(top + 4)},
                                 [str(len(positions))]))
        if entry["score"]:
            children.append(_diamond(_x(entry["score"]), track, entry["band"]))
            children.append(("text", {"class": "selfcheck-chart-score", "x": str(LEFT + PLOT_WIDTH + 12),
                                      "y": str(track + 4)}, [decimal(ui, entry["score"], lang)]))
        else:
            children.append(("text", {"class": "selfcheck-chart-missing", "x": str(LEFT + PLOT_WIDTH + 12),
                                      "y": str(track + 4)}, [say(ui, "no_score", lang)]))
    legend = plot_bottom + AXIS_HEIGHT + LEGEND_HEIGHT // 2
    children.append(_diamond(LEFT + MEAN_SIZE, legend, "watch"))
    children.append(("text", {"class": "selfcheck-axis", "x": str(LEFT + 2 * MEAN_SIZE + 6), "y": str(legend + 4)},
                     [say(ui, "group_mean", lang)]))
    children.append(("circle", {"class": "selfcheck-group-dot", "cx": str(WIDTH // 2), "cy": str(legend),
                                "r": str(DOT_RADIUS), "fill": "none", "stroke": "currentColor",
                                "stroke-width": "1.5"}, []))
    children.append(("text", {"class": "selfcheck-axis", "x": str(WIDTH // 2 + DOT_RADIUS + 6), "y": str(legend + 4)},
                     [say(ui, "group_respondent", lang)]))
    return ("svg", {"xmlns": "http://www.w3.org/2000/svg", "class": "selfcheck-chart-svg selfcheck-group-chart",
                    "role": "img", "viewBox": "0 0 %d %d" % (WIDTH, height),
                    "aria-labelledby": "%s-title %s-desc" % (id_prefix, id_prefix)}, children)


def group_table(bank, ui, group, labels, lang):
    """The table of the chart's figures, as texts: {"head": [column headings], "rows": [{"id", "band", "differ",
    "cells": [activity, group mean, result, lowest to highest, one per respondent]}]}; "—" where there is no score."""
    _check_labels(group, labels)
    names = _names(bank, lang)
    head = [say(ui, "col_activity", lang), say(ui, "group_mean", lang), say(ui, "col_band", lang),
            say(ui, "group_range", lang)] + list(labels)
    rows = []
    for entry in group["activities"]:
        extent = (say(ui, "group_range_value", lang, lowest=decimal(ui, entry["lowest"], lang),
                      highest=decimal(ui, entry["highest"], lang)) if entry["score"] else say(ui, "no_score", lang))
        cells = [names[entry["id"]], _shown(ui, entry["score"], lang), bank["bands"][entry["band"]][lang], extent]
        cells += [_shown(ui, score, lang) for score in entry["scores"]]
        rows.append({"id": entry["id"], "band": entry["band"], "differ": entry["differ"], "cells": cells})
    return {"head": head, "rows": rows}
