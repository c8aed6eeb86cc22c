"""The self-check form as Markdown with HTML blocks, generated at build time from the bank and the interface texts.

The page works without Python: every question is a plain radio group, answerable before the scorer has loaded. Each
activity and the continuum get a Markdown heading with an explicit id (`## Name {#connect}`) so that MkDocs sees the
anchors other pages link to. The whole form sits in one `<div markdown>` (md_in_html), the `[data-selfcheck]` root.

Test contract (see the issue): `fieldset[data-item][data-activity]` (+ `data-reverse="1"`), radios 1..5 and "dk";
`fieldset[data-continuum-level=N]` with yes/no; `[data-continuum-aim]` with 1..4; `[data-result-activity]`,
`[data-result-overall]` with `data-score` and `data-band`; `[data-result-continuum]` with `data-current`/`data-aim`.
Workshop mode: `[data-workshop-mode]` (the banner under the page's title, `render_workshop_banner`, with
`[data-workshop-title]`) and `[data-workshop-send]` (under the results). Compare over time: `input[type=file][data-baseline-file]`, `input[data-baseline-link]`, buttons
`[data-baseline-action=file | link | remove]`, and `[data-comparison]` with `[data-compare-activity]` and
`[data-compare-overall]` rows carrying `data-direction` (up, down, same or empty) and `data-change` (e.g. "+0.4").
"""

from . import rules
from .answers import LABEL_LIMIT
from .markup import element, escape
from .names import AIM_NAME, item_name, level_name, radio_id
from .plan_markup import plan_section
from .ui import say


def item_number(bank, item_id):
    """The statement's number within its activity, from 1, as readers see it."""
    counts = {}
    for item in bank["items"]:
        counts[item["activity"]] = counts.get(item["activity"], 0) + 1
        if item["id"] == item_id:
            return counts[item["activity"]]
    raise ValueError("unknown item %s" % item_id)


def items_of(bank, activity_id):
    return [item for item in bank["items"] if item["activity"] == activity_id]


def _choice(name, control_id, value, number, text, extra_class=""):
    """One radio and its label; the label reads "mark text" (e.g. "4 Somewhat agree") so its name holds what is seen."""
    radio = '<input type="radio" id="%s" name="%s" value="%s" autocomplete="off">' % (control_id, name, value)
    mark = "" if str(number) == text else '<span class="selfcheck-choice-mark">%s</span> ' % escape(number)
    return ('<label class="selfcheck-choice%s" for="%s">%s%s<span class="selfcheck-choice-text">%s</span></label>'
            % (extra_class, control_id, radio, mark, escape(text)))


def _statement(bank, ui, lang, item):
    name = item_name(item["id"])
    number = item_number(bank, item["id"])
    choices = [
        _choice(name, radio_id(name, point["value"]), point["value"], point["value"], point["label"][lang])
        for point in bank["scale"]["points"]
    ]
    choices.append(_choice(name, radio_id(name, rules.DONT_KNOW), rules.DONT_KNOW, say(ui, "paper_dont_know_short", lang),
                           bank["scale"]["dont_know"][lang], " selfcheck-choice--dk"))
    legend = '<span class="selfcheck-number">%d.</span> %s' % (number, escape(item["text"][lang]))
    attrs = [("class", "selfcheck-item"), ("data-item", item["id"]), ("data-activity", item["activity"])]
    if item.get("reverse"):
        attrs.append(("data-reverse", "1"))
    return element("fieldset", attrs, "<legend>%s</legend><div class=\"selfcheck-choices\" data-search-exclude>%s</div>"
                   % (legend, "".join(choices)))


def _activity(bank, ui, lang, activity, root):
    name = activity["name"][lang]
    items = items_of(bank, activity["id"])
    links = (
        '<p class="selfcheck-links"><a href="%s">%s</a> · <a href="%s">%s</a> · '
        '<span class="selfcheck-progress-activity" data-progress-activity="%s">%s</span></p>'
        % (escape(root + activity["lesson"]), escape(say(ui, "lesson_link", lang)),
           escape(root + activity["tool"]), escape(say(ui, "tool_link", lang)), activity["id"],
           escape(say(ui, "progress_activity", lang, answered=0, total=len(items))))
    )
    body = links + "\n" + "\n".join(_statement(bank, ui, lang, item) for item in items)
    return "## %s {#%s}\n\n%s\n" % (name, activity["id"], element("div", [("class", "selfcheck-group")], "\n" + body + "\n"))


def _continuum(bank, ui, lang):
    levels = bank["continuum"]["levels"]
    parts = ['<p>%s</p>' % escape(say(ui, "continuum_intro", lang))]
    for number, level in enumerate(levels, 1):
        name = level_name(number)
        choices = "".join(
            _choice(name, radio_id(name, value), value, say(ui, value, lang), say(ui, value, lang))
            for value in (rules.YES, rules.NO)
        )
        legend = '<span class="selfcheck-number">%d.</span> <strong>%s</strong> — %s' % (
            number, escape(level["name"][lang]), escape(level["statement"][lang]))
        parts.append(element("fieldset", [("class", "selfcheck-item selfcheck-item--yes-no"),
                                          ("data-continuum-level", str(number))],
                             "<legend>%s</legend><div class=\"selfcheck-choices\" data-search-exclude>%s</div>" % (legend, choices)))
    aim_choices = "".join(
        _choice(AIM_NAME, radio_id(AIM_NAME, number), number, number, level["name"][lang])
        for number, level in enumerate(levels, 1)
    )
    parts.append(element("fieldset", [("class", "selfcheck-item selfcheck-item--aim"), ("data-continuum-aim", True)],
                         "<legend>%s</legend><div class=\"selfcheck-choices\" data-search-exclude>%s</div>"
                         % (escape(bank["continuum"]["aim_question"][lang]), aim_choices)))
    return "## %s {#continuum}\n\n%s\n" % (
        say(ui, "continuum_heading", lang), element("div", [("class", "selfcheck-group")], "\n" + "\n".join(parts) + "\n"))


def _result_row(ui, lang, attrs, label, total):
    dash = escape(say(ui, "no_score", lang))
    cells = "".join((
        '<td data-cell="score">%s</td>' % dash,
        # The band's name (after its colour dot), then what it means in plain words; filled in by the page script.
        '<td><span class="selfcheck-band" data-cell="band">%s</span> <span class="selfcheck-meaning" data-cell="meaning">'
        '</span></td>' % dash,
        '<td data-cell="answered">%s</td>' % escape(say(ui, "answered_of", lang, answered=0, total=total)),
    ))
    return element("tr", attrs + [("data-score", ""), ("data-band", rules.INSUFFICIENT)],
                   '<th scope="row">%s</th>%s' % (label, cells))


def _results(bank, ui, lang):
    head = "".join('<th scope="col">%s</th>' % escape(say(ui, key, lang))
                   for key in ("col_activity", "col_score", "col_band", "col_answered"))
    rows = [
        _result_row(ui, lang, [("data-result-activity", a["id"])],
                    '<a href="#%s">%s</a>' % (a["id"], escape(a["name"][lang])), len(items_of(bank, a["id"])))
        for a in bank["activities"]
    ]
    overall = _result_row(ui, lang, [("data-result-overall", True)], escape(say(ui, "overall", lang)),
                          len(bank["items"]))
    table = ('<table class="selfcheck-table"><caption>%s</caption><thead><tr>%s</tr></thead><tbody>%s</tbody>'
             '<tfoot>%s</tfoot></table>' % (escape(say(ui, "chart_table_caption", lang)), head, "".join(rows), overall))
    parts = [
        '<p class="selfcheck-report-label" data-report-label hidden></p>',
        '<p class="selfcheck-summary" data-summary aria-live="polite">%s</p>' % escape(say(ui, "waiting", lang)),
        '<div class="selfcheck-chart" data-chart></div>',
        '<div class="selfcheck-table-wrap">%s</div>' % table,
        '<h3 id="priorities">%s</h3>' % escape(say(ui, "priorities_heading", lang)),
        '<p data-priorities-note>%s</p>' % escape(say(ui, "priorities_wait", lang)),
        '<ol class="selfcheck-priorities" data-priorities></ol>',
        '<h3 id="continuum-result">%s</h3>' % escape(say(ui, "continuum_result_heading", lang)),
        '<dl class="selfcheck-continuum" data-result-continuum data-current="0" data-aim="">'
        '<dt>%s</dt><dd data-cell="current">%s</dd><dt>%s</dt><dd data-cell="aim">%s</dd></dl>'
        % (escape(say(ui, "continuum_now", lang)), escape(say(ui, "continuum_none", lang)),
           escape(say(ui, "continuum_aim", lang)), escape(say(ui, "continuum_no_aim", lang))),
        '<p class="selfcheck-continuum-note" data-continuum-note hidden></p>',
        '<p data-continuum-guidance></p>',
        '<ul class="selfcheck-steps" data-continuum-steps></ul>',
        _workshop_send(ui, lang),
        _comparison(bank, ui, lang),
        plan_section(bank, ui, lang),
    ]
    return "## %s {#results}\n\n%s\n" % (
        say(ui, "results_heading", lang), element("div", [("class", "selfcheck-results"), ("data-search-exclude", True)], "\n" + "\n".join(parts) + "\n"))


def render_workshop_banner(ui, lang):
    """The notice under the page's title, shown by the page script in workshop mode (the self-check opened from an
    invitation): the session's name, what it means for the answers, and a way out."""
    return (
        '<div class="selfcheck-workshop-mode" data-workshop-mode data-search-exclude hidden>'
        '<p class="selfcheck-workshop-title" data-workshop-title></p><p>%s</p>'
        '<div class="selfcheck-buttons"><button type="button" class="md-button" data-action="leave-workshop" disabled>'
        '%s</button></div></div>'
        % (escape(say(ui, "workshop_banner_note", lang)), escape(say(ui, "workshop_leave", lang)))
    )


def _workshop_send(ui, lang):
    """Under the results, in workshop mode only: send the share link to the facilitator by e-mail. Its title is a
    heading for assistive technologies but no <h3>, which would put it in the table of contents in every mode."""
    return (
        '<div class="selfcheck-workshop-send" data-workshop-send hidden>'
        '<p class="selfcheck-workshop-send-title" role="heading" aria-level="3">%s</p><p>%s</p>'
        '<div class="selfcheck-buttons"><button type="button" class="md-button" data-action="send-to-facilitator" '
        'disabled>%s</button></div>'
        '<p class="selfcheck-field" data-workshop-link-box hidden><label for="sc-workshop-link">%s</label>'
        '<input type="text" id="sc-workshop-link" readonly data-workshop-link></p></div>'
        % (escape(say(ui, "workshop_heading", lang)), escape(say(ui, "workshop_send_note", lang)),
           escape(say(ui, "workshop_send", lang)), escape(say(ui, "share_field", lang)))
    )


def _comparison_row(ui, lang, attrs, label):
    dash = escape(say(ui, "no_score", lang))
    return element("tr", attrs + [("data-direction", ""), ("data-change", "")], (
        '<th scope="row">%s</th><td data-cell="before">%s</td><td data-cell="now">%s</td>'
        '<td><span class="selfcheck-arrow" data-cell="arrow" aria-hidden="true"></span> '
        '<span data-cell="change">%s</span><span class="selfcheck-visually-hidden" data-cell="change-words"></span></td>'
        % (label, dash, dash, dash)))


def _comparison(bank, ui, lang):
    """Compare over time: controls to load an earlier result, and the table of changes the page script fills in."""
    head = "".join('<th scope="col">%s</th>' % escape(say(ui, key, lang))
                   for key in ("col_activity", "col_before", "col_now", "col_change"))
    rows = "".join(_comparison_row(ui, lang, [("data-compare-activity", a["id"])], escape(a["name"][lang]))
                   for a in bank["activities"])
    overall = _comparison_row(ui, lang, [("data-compare-overall", True)], escape(say(ui, "overall", lang)))

    def button(action, key):
        return '<button type="button" class="md-button" data-baseline-action="%s" disabled>%s</button>' % (
            action, escape(say(ui, key, lang)))

    controls = "\n".join((
        '<p>%s</p>' % escape(say(ui, "compare_intro", lang)),
        '<div class="selfcheck-buttons">%s</div>' % button("file", "compare_file"),
        '<input type="file" accept=".json,application/json" data-baseline-file hidden aria-label="%s">'
        % escape(say(ui, "compare_file", lang)),
        '<p class="selfcheck-field"><label for="sc-baseline-link">%s</label>'
        '<input type="text" id="sc-baseline-link" autocomplete="off" data-baseline-link></p>'
        % escape(say(ui, "compare_link_field", lang)),
        '<div class="selfcheck-buttons">%s</div>' % button("link", "compare_link"),
    ))
    table = ('<div class="selfcheck-table-wrap"><table class="selfcheck-table selfcheck-compare-table">'
             '<caption data-comparison-caption></caption><thead><tr>%s</tr></thead><tbody>%s</tbody><tfoot>%s</tfoot>'
             '</table></div>' % (head, rows, overall))
    comparison = "\n".join((table, '<div class="selfcheck-buttons selfcheck-compare-controls">%s</div>'
                                    % button("remove", "compare_remove")))
    return element("div", [("class", "selfcheck-compare"), ("data-baseline", True)], "\n".join((
        '<h3 id="compare">%s</h3>' % escape(say(ui, "compare_heading", lang)),
        element("div", [("class", "selfcheck-compare-controls")], "\n" + controls + "\n"),
        element("div", [("data-comparison", True), ("hidden", True)], "\n" + comparison + "\n"),
    )))


def _tools(ui, lang):
    def button(action, key):
        return '<button type="button" class="md-button" data-action="%s" disabled>%s</button>' % (
            action, escape(say(ui, key, lang)))

    parts = [
        '<p>%s</p>' % escape(say(ui, "saved_note", lang)),
        '<p class="selfcheck-field"><label for="sc-label">%s</label><input type="text" id="sc-label" maxlength="%d" '
        'autocomplete="off" data-label-input></p>' % (escape(say(ui, "label_field", lang)), LABEL_LIMIT),
        '<div class="selfcheck-buttons">%s</div>' % "".join((
            button("export", "export"), button("import", "import"), button("share", "share"),
            button("print", "print"), button("start-over", "start_over"))),
        '<p class="selfcheck-share-note">%s</p>' % escape(say(ui, "share_note", lang)),
        '<input type="file" accept=".json,application/json" data-import-file hidden aria-label="%s">'
        % escape(say(ui, "import", lang)),
        '<p class="selfcheck-field" data-share-box hidden><label for="sc-share">%s</label>'
        '<input type="text" id="sc-share" readonly data-share-field></p>' % escape(say(ui, "share_field", lang)),
    ]
    return "## %s {#save}\n\n%s\n" % (
        say(ui, "tools_heading", lang), element("div", [("class", "selfcheck-tools"), ("data-search-exclude", True)], "\n" + "\n".join(parts) + "\n"))


def _status(ui, lang, bank):
    total = len(bank["items"]) + rules.CONTINUUM_LEVELS + 1
    return (
        '<div class="selfcheck-status" data-search-exclude>'
        '<p class="selfcheck-progress"><span data-progress-overall>%s</span> '
        '<progress max="%d" value="0" data-progress-bar aria-hidden="true"></progress> '
        '<a href="#results">%s</a></p>'
        '<div class="selfcheck-notice" data-notice role="status"></div>'
        '</div>'
        % (escape(say(ui, "progress_overall", lang, answered=0, total=total)), total,
           escape(say(ui, "results_heading", lang)))
    )


def _scale_key(bank, ui, lang):
    entries = ["<li><span class=\"selfcheck-choice-mark\">%d</span> %s</li>" % (p["value"], escape(p["label"][lang]))
               for p in bank["scale"]["points"]]
    entries.append("<li><span class=\"selfcheck-choice-mark\">%s</span> %s</li>"
                   % (escape(say(ui, "paper_dont_know_short", lang)), escape(bank["scale"]["dont_know"][lang])))
    return ('<p class="selfcheck-we">%s</p>\n\n<div class="selfcheck-key" data-search-exclude><p>%s</p><ul>%s</ul></div>'
            % (escape(say(ui, "we_means", lang)), escape(say(ui, "scale_key", lang)), "".join(entries)))


def _dialog(ui, lang):
    return (
        '<div class="selfcheck-dialog-host"><dialog class="selfcheck-dialog" data-dialog aria-labelledby="sc-dialog-text">'
        '<p id="sc-dialog-text" data-dialog-text></p><div class="selfcheck-buttons">'
        '<button type="button" class="md-button md-button--primary" data-dialog-confirm></button>'
        '<button type="button" class="md-button" data-dialog-cancel>%s</button></div></dialog></div>'
        % escape(say(ui, "cancel", lang))
    )


def render_form(bank, ui, lang, root, paper_url):
    """The form's Markdown for `lang`. `root` is the relative URL from the page to its language's home (e.g. "../"),
    `paper_url` the relative URL of the paper version."""
    if lang not in rules.LANGUAGES:
        raise ValueError("unknown language %s" % lang)
    noscript = '<noscript><p class="selfcheck-noscript">%s <a href="%s">%s</a></p></noscript>' % (
        escape(say(ui, "noscript", lang)), escape(paper_url), escape(say(ui, "paper_link", lang)))
    opening = element("div", [("class", "selfcheck"), ("data-selfcheck", True), ("data-lang", lang),
                              ("data-bank-id", bank["id"]), ("data-bank-version", bank["version"]),
                              ("data-root", root), ("markdown", "1")], "")[: -len("</div>")]
    sections = [noscript, "", opening, "", _status(ui, lang, bank), "", _scale_key(bank, ui, lang), ""]
    for activity in bank["activities"]:
        sections.append(_activity(bank, ui, lang, activity, root))
    sections.append(_continuum(bank, ui, lang))
    sections.append(_results(bank, ui, lang))
    sections.append(_tools(ui, lang))
    sections.append("</div>")
    sections.append("")
    # Outside the md_in_html root: Markdown does not know <dialog> and would split it across paragraphs there.
    sections.append(_dialog(ui, lang))
    return "\n".join(sections) + "\n"
