"""The workshop page's generated markup: the test contract's elements, labelled fields, unique ids, both languages,
texts from ui.json escaped, the plan with the workshop's own introduction.

Runs under CPython (pytest) and MicroPython (tests/micropython/run.mjs): plain asserts, no pytest features.
"""

from selfcheck import read_bank
from selfcheck.markup import escape
from selfcheck.text import say
from selfcheck.ui import read_ui
from selfcheck.workshop_form import render_workshop

from test_form import attribute_values

BANK = read_bank()
UI = read_ui()
CONTRACT = (
    "data-workshop", 'data-lang="%s"', 'input type="file" id="ws-files" multiple accept=".json,application/json" '
    "data-workshop-files", 'textarea id="ws-links" rows="4" data-workshop-links', "data-workshop-add-links",
    'input type="file" id="ws-baseline" accept=".json,application/json" data-workshop-baseline',
    'data-group-count data-respondents="0" data-added="0" data-replaced="0" data-duplicates="0" data-refused="0"',
    "data-group-refusals", "data-workshop-results", "data-workshop-qr", "data-workshop-session",
    "data-workshop-email", "data-workshop-link", "data-notice", "data-plan", "data-dialog",
)


def markup(lang):
    return render_workshop(BANK, UI, lang, "../../", "../../selfcheck/")


def test_the_contract_s_elements_are_there_in_both_languages():
    for lang in ("fr", "en"):
        text = markup(lang)
        for piece in CONTRACT:
            assert (piece % lang if "%s" in piece else piece) in text, (lang, piece)
        assert 'data-selfcheck-page="../../selfcheck/"' in text and 'data-root="../../"' in text
        for action in ("copy", "qr-large", "export", "clear", "remove-baseline", "print"):
            assert 'data-workshop-action="%s"' % action in text, action


def test_every_field_has_its_label_and_ids_are_unique():
    for lang in ("fr", "en"):
        text = markup(lang)
        ids = attribute_values(text, "id")
        assert len(ids) == len(set(ids)), lang
        for control_id in ("ws-session", "ws-email", "ws-link", "ws-files", "ws-links", "ws-baseline"):
            assert '<label for="%s">' % control_id in text, control_id


def test_texts_come_from_ui_json_escaped():
    for lang in ("fr", "en"):
        text = markup(lang)
        for key in ("workshop_form_invite_heading", "workshop_form_collect_intro", "workshop_count_none",
                    "workshop_form_plan_intro", "workshop_export"):
            assert escape(say(UI, key, lang)) in text or say(UI, key, lang) in text, key
        assert escape(say(UI, "plan_intro", lang)) not in text  # the self-check page's, about one person's answers
        assert "<script" not in text.lower()
