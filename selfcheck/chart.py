"""The bar chart of the six activity scores, as an SVG node tree (see markup.py) built from a report view.

Colours come from CSS classes (`selfcheck-bar--<band>`), so the chart follows the light and dark schemes and prints
in ink. The chart is an image for assistive technology (role="img", a title and a description giving every figure);
the table of the same figures follows it on the page.
"""

from . import rules
from .text import say

WIDTH = 400
LABEL_HEIGHT = 18  # the activity name above its bar
BAR_HEIGHT = 16
ROW_HEIGHT = 48
AXIS_HEIGHT = 24
SCORE_ROOM = 44  # right of the longest bar, for the score itself
PLOT_WIDTH = WIDTH - SCORE_ROOM


def bar_length(score):
    """Length of the bar of a one-decimal score string, from the scale's minimum (1.0 -> 0) to its maximum."""
    tenths = int(score.replace(".", ""))
    span = (rules.SCALE_MAX - rules.SCALE_MIN) * 10
    return (tenths - rules.SCALE_MIN * 10) * PLOT_WIDTH // span


def bar_chart(bank, ui, view, lang, id_prefix="sc-chart"):
    """The SVG node for a report view (report.view); ids start with `id_prefix`."""
    names = {}
    for activity in bank["activities"]:
        names[activity["id"]] = activity["name"][lang]
    rows = len(view["activities"])
    height = rows * ROW_HEIGHT + AXIS_HEIGHT
    figures = [say(ui, "chart_figure", lang, name=names[entry["id"]], score=entry["score_text"], band=entry["band_text"])
               for entry in view["activities"]]
    children = [
        ("title", {"id": id_prefix + "-title"}, [say(ui, "chart_title", lang)]),
        ("desc", {"id": id_prefix + "-desc"}, [say(ui, "chart_desc", lang) + " " + ". ".join(figures) + "."]),
    ]
    plot_bottom = rows * ROW_HEIGHT
    for value in range(rules.SCALE_MIN, rules.SCALE_MAX + 1):
        x = bar_length("%d.0" % value)
        children.append(("line", {"class": "selfcheck-grid", "x1": str(x), "x2": str(x), "y1": "0",
                                  "y2": str(plot_bottom)}, []))
        anchor = "start" if value == rules.SCALE_MIN else ("end" if x >= PLOT_WIDTH else "middle")
        children.append(("text", {"class": "selfcheck-axis", "x": str(x), "y": str(plot_bottom + 18),
                                  "text-anchor": anchor}, [str(value)]))
    for row, entry in enumerate(view["activities"]):
        top = row * ROW_HEIGHT
        children.append(("text", {"class": "selfcheck-chart-label", "x": "0", "y": str(top + 14)},
                         [names[entry["id"]]]))
        bar_top = top + LABEL_HEIGHT + 4
        if entry["score"]:
            length = max(bar_length(entry["score"]), 2)  # a score of 1.0 still shows a sliver
            children.append(("rect", {"class": "selfcheck-bar selfcheck-bar--" + entry["band"], "x": "0",
                                      "y": str(bar_top), "width": str(length), "height": str(BAR_HEIGHT)}, []))
            children.append(("text", {"class": "selfcheck-chart-score", "x": str(length + 6),
                                      "y": str(bar_top + BAR_HEIGHT - 3)}, [entry["score_text"]]))
        else:
            children.append(("text", {"class": "selfcheck-chart-missing", "x": "0", "y": str(bar_top + BAR_HEIGHT - 3)},
                             [say(ui, "no_score", lang) + " " + entry["band_text"]]))
    return ("svg", {"xmlns": "http://www.w3.org/2000/svg", "class": "selfcheck-chart-svg", "role": "img",
                    "viewBox": "0 0 %d %d" % (WIDTH, height),
                    "aria-labelledby": "%s-title %s-desc" % (id_prefix, id_prefix)}, children)
