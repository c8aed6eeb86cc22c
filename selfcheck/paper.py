"""The printable questionnaire, with how to score it by hand, generated at build time from the bank and ui.json.

The numbers in the scoring instructions (band floors, minimum scored activities) come from rules.py, so the paper
version and the page always score the same way.
"""

from . import rules
from .form import items_of
from .markup import escape
from .plan_markup import paper_plan
from .text import tenths
from .ui import say


def _boxes(count):
    return '<td class="selfcheck-box"></td>' * count


def _activity_table(bank, ui, lang, activity):
    head = '<th scope="col">%s</th>' % escape(say(ui, "paper_col_statement", lang))
    head += "".join('<th scope="col">%d</th>' % point["value"] for point in bank["scale"]["points"])
    head += '<th scope="col">%s</th>' % escape(say(ui, "paper_dont_know_short", lang))
    rows = []
    for number, item in enumerate(items_of(bank, activity["id"]), 1):
        mark = " " + say(ui, "reverse_mark", lang) if item.get("reverse") else ""
        rows.append('<tr><th scope="row">%d. %s%s</th>%s</tr>'
                    % (number, escape(item["text"][lang]), escape(mark), _boxes(len(bank["scale"]["points"]) + 1)))
    return '<table class="selfcheck-paper-table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (
        head, "".join(rows))


def _continuum_table(bank, ui, lang):
    head = '<th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th>' % (
        escape(say(ui, "paper_col_statement", lang)), escape(say(ui, "yes", lang)), escape(say(ui, "no", lang)))
    rows = "".join(
        '<tr><th scope="row">%d. <strong>%s</strong> — %s</th>%s</tr>'
        % (number, escape(level["name"][lang]), escape(level["statement"][lang]), _boxes(2))
        for number, level in enumerate(bank["continuum"]["levels"], 1)
    )
    aim_head = "".join('<th scope="col">%d. %s</th>' % (n, escape(level["name"][lang]))
                       for n, level in enumerate(bank["continuum"]["levels"], 1))
    return (
        '<table class="selfcheck-paper-table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>\n\n'
        "%s\n\n"
        '<table class="selfcheck-paper-table selfcheck-paper-aim"><thead><tr>%s</tr></thead><tbody><tr>%s</tr>'
        "</tbody></table>"
        % (head, rows, escape(bank["continuum"]["aim_question"][lang]), aim_head,
           _boxes(rules.CONTINUUM_LEVELS))
    )


def _score_sheet(bank, ui, lang):
    head = "".join('<th scope="col">%s</th>' % escape(say(ui, key, lang)) for key in (
        "col_activity", "paper_col_sum", "paper_col_counted", "paper_col_score", "paper_col_band"))
    rows = "".join('<tr><th scope="row">%s</th>%s</tr>' % (escape(a["name"][lang]), _boxes(4))
                   for a in bank["activities"])
    rows += '<tr><th scope="row">%s</th><td class="selfcheck-box-none"></td><td class="selfcheck-box-none"></td>%s</tr>' % (
        escape(say(ui, "overall", lang)), _boxes(2))
    return '<table class="selfcheck-paper-table selfcheck-paper-sheet"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (
        head, rows)


def band_sentence(bank, ui, lang):
    """How to read a score, with the floors of rules.BAND_FLOORS."""
    floors = dict(rules.BAND_FLOORS)
    return say(ui, "paper_bands", lang,
               strength=bank["bands"]["strength"][lang], strength_floor=tenths(ui, floors["strength"], lang),
               watch=bank["bands"]["watch"][lang], watch_floor=tenths(ui, floors["watch"], lang),
               watch_top=tenths(ui, floors["strength"] - 1, lang), priority=bank["bands"]["priority"][lang])


def render_paper(bank, ui, lang, root, online_url):
    """The paper version's Markdown for `lang`; `online_url` is the relative URL of the online form."""
    key = "".join("<li><strong>%d</strong> %s</li>" % (p["value"], escape(p["label"][lang]))
                  for p in bank["scale"]["points"])
    key += "<li><strong>%s</strong> %s</li>" % (escape(say(ui, "paper_dont_know_short", lang)),
                                                escape(bank["scale"]["dont_know"][lang]))
    parts = [
        '<div class="selfcheck-paper" markdown="1">',
        "",
        '<p>%s %s %s</p>' % (escape(say(ui, "we_means", lang)), escape(say(ui, "paper_intro", lang)),
                             escape(say(ui, "paper_reverse_note", lang))),
        "",
        '<ul class="selfcheck-paper-key">%s</ul>' % key,
        "",
    ]
    for activity in bank["activities"]:
        parts += ["## %s {#paper-%s}" % (activity["name"][lang], activity["id"]), "",
                  _activity_table(bank, ui, lang, activity), ""]
    parts += ["## %s {#paper-continuum}" % say(ui, "continuum_heading", lang), "",
              _continuum_table(bank, ui, lang), ""]
    parts += [
        "## %s {#paper-scoring}" % say(ui, "paper_score_heading", lang), "",
        "<p>%s</p>" % escape(say(ui, "paper_score_steps", lang)), "",
        "<p>%s</p>" % escape(band_sentence(bank, ui, lang)), "",
        "<p>%s</p>" % escape(say(ui, "paper_overall", lang, count=rules.MIN_SCORED_ACTIVITIES)), "",
        "<p>%s</p>" % escape(say(ui, "paper_continuum", lang)), "",
        _score_sheet(bank, ui, lang), "",
        "## %s {#paper-action-plan}" % say(ui, "action_plan_heading", lang), "",
        "<p>%s</p>" % escape(say(ui, "action_plan_intro", lang)), "",
        paper_plan(ui, lang), "",
        '<p class="selfcheck-paper-online"><a href="%s">%s</a></p>' % (escape(online_url),
                                                                        escape(say(ui, "paper_online", lang))),
        "",
        "</div>",
    ]
    return "\n".join(parts) + "\n"
