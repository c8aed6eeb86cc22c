"""The interface texts (selfcheck/ui.json): validated like the bank, filled in by `say`.

Runs under CPython (pytest) and MicroPython (tests/micropython/run.mjs): plain asserts, no pytest features.
"""

import json

from selfcheck import BankError
from selfcheck.text import listed, tenths
from selfcheck.ui import decimal, load_ui, placeholders, read_ui, say

from selfcheck_support import expect_error

NBSP = "\u00a0"


def test_the_shipped_texts_are_valid_and_complete():
    ui = read_ui()
    assert len(ui) >= 50
    for key in ui:
        assert sorted(ui[key]) == ["en", "fr"], key


def test_say_fills_every_placeholder():
    ui = read_ui()
    assert say(ui, "progress_overall", "fr", answered=3, total=35) == "Réponses" + NBSP + ": 3 sur 35"
    assert say(ui, "progress_overall", "en", answered=3, total=35) == "Answered: 3 of 35"
    assert say(ui, "list_last", "fr", first="A, B", last="C") == "A, B et C"
    assert say(ui, "list_last", "en", first="A, B", last="C") == "A, B and C"


def test_lists_are_joined_the_readers_way():
    ui = read_ui()
    assert listed(ui, [], "fr") == ""
    assert listed(ui, ["Coopération"], "fr") == "Coopération"
    assert listed(ui, ["Coordination", "Collaboration"], "fr") == "Coordination et Collaboration"
    assert listed(ui, ["Coordinating", "Cooperating", "Collaborating"], "en") == (
        "Coordinating, Cooperating and Collaborating")


def test_scores_are_written_the_readers_way():
    ui = read_ui()
    assert decimal(ui, "3.4", "fr") == "3,4"
    assert decimal(ui, "3.4", "en") == "3.4"
    assert tenths(ui, 39, "fr") == "3,9"
    assert tenths(ui, 40, "en") == "4.0"


def test_placeholders_are_listed_in_order():
    assert placeholders("{b} and {a}, {b}") == ["a", "b", "b"]
    assert placeholders("no placeholder") == []


def ui_error(entries):
    return expect_error(BankError, load_ui, json.dumps(entries), "ui.json")


def test_a_missing_translation_is_refused_with_its_key():
    assert ui_error({"yes": {"fr": "Oui"}}) == 'ui.json: yes: the "en" text is missing or empty'
    assert ui_error({"yes": {"fr": "Oui", "en": " "}}) == 'ui.json: yes: the "en" text is missing or empty'


def test_an_unknown_language_is_refused():
    assert ui_error({"yes": {"fr": "Oui", "en": "Yes", "de": "Ja"}}) == (
        'ui.json: yes: unknown language "de" (allowed: fr, en)')


def test_placeholders_must_match_between_languages():
    assert ui_error({"count": {"fr": "{n} réponses", "en": "{count} answers"}}) == (
        "ui.json: count: the \"en\" text has placeholders ['count'], the \"fr\" text ['n']")


def test_french_typography_is_checked():
    assert ui_error({"ask": {"fr": "Vraiment ?", "en": "Really?"}}) == (
        "ui.json: ask: the \"fr\" text needs a no-break space (U+00A0) before '?'")


def test_broken_json_and_wrong_shapes_are_refused():
    assert expect_error(BankError, load_ui, '{"yes": ', "ui.json").startswith("ui.json: not valid JSON: line 1, column 9")
    assert ui_error([]) == "ui.json: top level: expected a non-empty object of texts"
    assert ui_error({"yes": "Oui"}) == "ui.json: yes: expected an object of translations"
