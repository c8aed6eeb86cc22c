"""The workshop page's markup, generated at build time: invite, collect, compare, the group's results and its plan.

The facilitator's page works like the self-check form: static HTML whose every label and button text comes from
here, that the page script (docs/assets/python/workshop_page.py) fills in. Without Python the page still shows what
it is for and where the guide is.

Contract with the page script and the tests (see the issue): the root `[data-workshop]` (`data-ready="1"` once
Python has attached) with `data-lang`, `data-root` and `data-selfcheck-page` (the self-check page's address from here);
`[data-notice]`; inputs `[data-workshop-session]`, `[data-workshop-email]`, `[data-workshop-link]`, the QR code's
box `[data-workshop-qr]`; `input[type=file][data-workshop-files]` (multiple) in the drop zone `[data-workshop-drop]`,
`textarea[data-workshop-links]` and `[data-workshop-add-links]`; `[data-group-count]` (`data-respondents`,
`data-added`, `data-replaced`, `data-duplicates`, `data-refused`), `[data-group-refusals]`;
`input[type=file][data-workshop-baseline]`, `[data-workshop-baseline-status]`; `[data-workshop-results]`, where the
page puts the group results (selfcheck/group_view.py); buttons
`[data-workshop-action=copy | qr-large | export | clear | remove-baseline | print]`; the action plan (plan_markup.py) and the
self-check page's dialog.
"""

from .answers import LABEL_LIMIT
from .form import _dialog as dialog  # the self-check page's, so that both pages ask alike
from .markup import element, escape
from .plan_markup import plan_section
from .text import say

ZERO_COUNTS = (("data-respondents", "0"), ("data-added", "0"), ("data-replaced", "0"), ("data-duplicates", "0"),
               ("data-refused", "0"))


def _button(ui, lang, action, key, primary=False):
    return '<button type="button" class="md-button%s" data-workshop-action="%s" disabled>%s</button>' % (
        " md-button--primary" if primary else "", action, escape(say(ui, key, lang)))


def _field(control_id, label, control):
    return '<p class="selfcheck-field"><label for="%s">%s</label>%s</p>' % (control_id, escape(label), control)


def _section(heading, anchor, parts, extra_class=""):
    return "## %s {#%s}\n\n%s\n" % (heading, anchor, element(
        "div", [("class", ("selfcheck-workshop-part " + extra_class).strip()), ("data-search-exclude", True)],
        "\n" + "\n".join(parts) + "\n"))


def _invitation(ui, lang):
    parts = [
        "<p>%s</p>" % escape(say(ui, "workshop_form_invite_intro", lang)),
        _field("ws-session", say(ui, "workshop_form_session", lang),
               '<input type="text" id="ws-session" maxlength="%d" autocomplete="off" data-workshop-session>'
               % LABEL_LIMIT),
        _field("ws-email", say(ui, "workshop_form_email", lang),
               '<input type="email" id="ws-email" autocomplete="email" data-workshop-email>'),
        _field("ws-link", say(ui, "workshop_form_link", lang),
               '<input type="text" id="ws-link" readonly data-workshop-link>'),
        '<div class="selfcheck-buttons">%s</div>' % _button(ui, lang, "copy", "workshop_form_copy", True),
        '<figure class="selfcheck-qr" data-workshop-qr-figure><div class="selfcheck-qr-code" data-workshop-qr></div>'
        "<figcaption>%s</figcaption></figure>" % escape(say(ui, "workshop_form_qr_caption", lang)),
        '<div class="selfcheck-buttons">%s</div>' % _button(ui, lang, "qr-large", "workshop_form_qr_large"),
    ]
    return _section(say(ui, "workshop_form_invite_heading", lang), "invitation", parts, "selfcheck-workshop-invite")


def _collecting(ui, lang):
    counts = element("p", [("class", "selfcheck-group-count"), ("data-group-count", True)] + list(ZERO_COUNTS)
                     + [("aria-live", "polite")], escape(say(ui, "workshop_count_none", lang)))
    parts = [
        "<p>%s</p>" % escape(say(ui, "workshop_form_collect_intro", lang)),
        '<div class="selfcheck-drop" data-workshop-drop>%s<p class="selfcheck-drop-note">%s</p></div>' % (
            _field("ws-files", say(ui, "workshop_form_files", lang),
                   '<input type="file" id="ws-files" multiple accept=".json,application/json" data-workshop-files>'),
            escape(say(ui, "workshop_form_drop", lang))),
        _field("ws-links", say(ui, "workshop_form_links", lang),
               '<textarea id="ws-links" rows="4" data-workshop-links></textarea>'),
        '<div class="selfcheck-buttons"><button type="button" class="md-button" data-workshop-add-links disabled>%s'
        "</button></div>" % escape(say(ui, "workshop_form_add_links", lang)),
        counts,
        '<ul class="selfcheck-group-refusals" data-group-refusals hidden></ul>',
        '<div class="selfcheck-buttons">%s%s</div>' % (_button(ui, lang, "export", "workshop_export"),
                                                      _button(ui, lang, "clear", "workshop_form_clear")),
        "<p>%s</p>" % escape(say(ui, "workshop_form_kept_note", lang)),
    ]
    return _section(say(ui, "workshop_form_collect_heading", lang), "collect", parts, "selfcheck-workshop-collect")


def _baseline(ui, lang):
    parts = [
        "<p>%s</p>" % escape(say(ui, "workshop_form_baseline_intro", lang)),
        _field("ws-baseline", say(ui, "workshop_form_baseline", lang),
               '<input type="file" id="ws-baseline" accept=".json,application/json" data-workshop-baseline>'),
        '<p class="selfcheck-baseline-status" data-workshop-baseline-status hidden></p>',
        '<div class="selfcheck-buttons">%s</div>'
        % _button(ui, lang, "remove-baseline", "workshop_form_baseline_remove"),
    ]
    return _section(say(ui, "workshop_form_baseline_heading", lang), "baseline", parts, "selfcheck-workshop-baseline")


def _results(bank, ui, lang):
    parts = [
        '<div class="selfcheck-group-results" data-workshop-results></div>',
        '<div class="selfcheck-buttons selfcheck-workshop-print">%s</div>'
        % _button(ui, lang, "print", "workshop_form_print"),
        plan_section(bank, ui, lang, "workshop_form_plan_intro"),
    ]
    return _section(say(ui, "workshop_form_results_heading", lang), "results", parts, "selfcheck-workshop-results")


def render_workshop(bank, ui, lang, root, selfcheck_url):
    """The workshop page's Markdown for `lang`. `root` is the relative URL from the page to its language's home,
    `selfcheck_url` the relative URL of the self-check page of the same language (the invitation's target)."""
    noscript = '<noscript><p class="selfcheck-noscript">%s</p></noscript>' % escape(
        say(ui, "workshop_form_noscript", lang))
    opening = element("div", [("class", "selfcheck selfcheck-workshop"), ("data-workshop", True), ("data-lang", lang),
                              ("data-root", root), ("data-selfcheck-page", selfcheck_url), ("markdown", "1")],
                      "")[: -len("</div>")]
    status = ('<div class="selfcheck-status" data-search-exclude>'
              '<div class="selfcheck-notice" data-notice role="status"></div></div>')
    sections = [noscript, "", opening, "", status, "", _invitation(ui, lang), _collecting(ui, lang),
                _baseline(ui, lang), _results(bank, ui, lang), "</div>", "",
                dialog(ui, lang)]  # outside the md_in_html root, as on the self-check page
    return "\n".join(sections) + "\n"
