"""The action plan's markup, generated at build time: the editable plan of the self-check page and the empty table
of the paper version, with the same columns (plan.COLUMNS).

The editable plan is one table. Its rows are cloned by the page script from a <template> row, so that every label,
option and button text comes from here and the script only fills in values and numbers. On screen each row is laid
out as a card whose fields show their column's name (`data-label`); on paper it prints as a table row, with the
texts in print-only spans the script keeps in step with the fields.

Contract with the page script: `[data-plan]` holds `[data-plan-rows]` (tbody), `[data-plan-template]`,
`[data-plan-empty]`, `[data-plan-offer]` with `[data-plan-offer-text]`, and buttons `[data-plan-action=add |
add-priorities | csv | markdown]`; a row holds `[data-field=<row field>]`, `[data-print=<row field>]`,
`[data-plan-number]`, `[data-plan-lesson]`, `[data-plan-tool]` and `[data-row-action=up | down | remove]`.
"""

from .markup import element, escape
from .plan import CELL_LIMIT, COLUMNS, STATUSES
from .text import say

PAPER_ROWS = 5  # empty rows of the paper version's plan


def _headings(ui, lang, extra=()):
    keys = ("col_row",) + tuple(key for _, key in COLUMNS) + tuple(extra)
    return "".join('<th scope="col">%s</th>' % escape(say(ui, key, lang)) for key in keys)


def _options(pairs):
    return "".join('<option value="%s">%s</option>' % (escape(value), escape(text)) for value, text in pairs)


def _control(bank, ui, lang, field):
    if field == "activity":
        choices = [("", say(ui, "plan_no_activity", lang))] + [(a["id"], a["name"][lang]) for a in bank["activities"]]
        return ('<select data-field="activity">%s</select><span class="selfcheck-plan-links" data-plan-links hidden>'
                '<a data-plan-lesson>%s</a> · <a data-plan-tool>%s</a></span>'
                % (_options(choices), escape(say(ui, "lesson_link", lang)), escape(say(ui, "tool_link", lang))))
    if field == "status":
        return '<select data-field="status">%s</select>' % _options(
            [(status, say(ui, "plan_status_" + status, lang)) for status in STATUSES])
    if field == "when":
        return '<input type="date" data-field="when" autocomplete="off">'
    if field == "who":
        return '<input type="text" data-field="who" maxlength="%d" autocomplete="off">' % CELL_LIMIT
    return '<textarea data-field="%s" rows="3" maxlength="%d"></textarea>' % (field, CELL_LIMIT)


def _template_row(bank, ui, lang):
    # Each cell names its place in the card's grid (selfcheck.css lays the areas out).
    cells = ['<th scope="row" style="grid-area: number" data-plan-number></th>']
    for field, key in COLUMNS:
        cells.append(element("td", [("style", "grid-area: " + field), ("data-label", say(ui, key, lang))],
                             _control(bank, ui, lang, field)
                             + '<span class="selfcheck-plan-print" data-print="%s"></span>' % field))
    buttons = "".join('<button type="button" class="md-button" data-row-action="%s">%s</button>'
                      % (action, escape(say(ui, key, lang)))
                      for action, key in (("up", "plan_move_up"), ("down", "plan_move_down"), ("remove", "plan_remove")))
    cells.append('<td class="selfcheck-buttons selfcheck-plan-tools" style="grid-area: tools">%s</td>' % buttons)
    return "<tr>%s</tr>" % "".join(cells)


def plan_section(bank, ui, lang, intro_key="plan_intro"):
    """The editable plan of the self-check page (its rows come from the page script); the workshop page's has an
    introduction of its own (`intro_key`)."""
    def button(action, key, primary=False):
        return '<button type="button" class="md-button%s" data-plan-action="%s" disabled>%s</button>' % (
            " md-button--primary" if primary else "", action, escape(say(ui, key, lang)))

    return (
        '<div class="selfcheck-plan" data-plan>'
        '<h3 id="action-plan">%s</h3><p>%s</p>'
        '<div class="selfcheck-plan-offer" data-plan-offer hidden><p data-plan-offer-text></p>'
        '<div class="selfcheck-buttons">%s</div></div>'
        '<table class="selfcheck-plan-table" aria-labelledby="action-plan"><thead><tr>%s</tr></thead>'
        '<tbody data-plan-rows></tbody></table>'
        '<p class="selfcheck-plan-empty" data-plan-empty>%s</p>'
        '<div class="selfcheck-buttons selfcheck-plan-buttons">%s</div>'
        '<template data-plan-template>%s</template>'
        '</div>'
        % (escape(say(ui, "action_plan_heading", lang)), escape(say(ui, intro_key, lang)),
           button("add-priorities", "plan_add_priorities", True), _headings(ui, lang, ("col_row_tools",)),
           escape(say(ui, "plan_empty", lang)),
           button("add", "plan_add_row") + button("csv", "plan_export_csv") + button("markdown", "plan_export_markdown"),
           _template_row(bank, ui, lang))
    )


def paper_plan(ui, lang):
    """The paper version's plan: the same columns, empty rows to fill in by hand."""
    row = "<tr>%s</tr>" % ("<td></td>" * (len(COLUMNS) + 1))
    return ('<table class="selfcheck-paper-table selfcheck-paper-plan"><thead><tr>%s</tr></thead><tbody>%s</tbody>'
            '</table>' % (_headings(ui, lang), row * PAPER_ROWS))
