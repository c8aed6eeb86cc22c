"""The self-check page's interface texts (labels, messages, paper version) from ui.json: one label, one place.

`load_ui(text, source)` validates like the bank does and raises `BankError` with `<source>: <key>: <reason>`: every
entry is a translation object with both languages, non-empty, French typography checked, and the same `{name}`
placeholders in every language. `say` and `decimal` (from text.py) fill them in.
"""

from . import rules
from .bank import BankError, _french_typography_fault, parse_json, read_data_file
from .text import decimal, say  # noqa: F401 (the names texts are used with, beside their loader)


def read_ui(path=None):
    """Read and validate the interface texts; by default the `ui.json` shipped inside this package."""
    text, source = read_data_file(path, "ui.json")
    return load_ui(text, source)


def load_ui(text, source):
    data = parse_json(text, source)
    if not isinstance(data, dict) or not data:
        raise BankError("%s: top level: expected a non-empty object of texts" % source)
    for key in data:
        _check_entry(source, key, data[key])
    return data


def placeholders(text):
    """The `{name}` placeholders of a text, sorted."""
    names = []
    start = text.find("{")
    while start >= 0:
        end = text.find("}", start)
        if end < 0:
            break
        names.append(text[start + 1:end])
        start = text.find("{", end)
    return sorted(names)


def _check_entry(source, key, entry):
    def fail(reason):
        raise BankError("%s: %s: %s" % (source, key, reason))

    if not isinstance(entry, dict):
        fail("expected an object of translations")
    for lang in entry:
        if lang not in rules.LANGUAGES:
            fail('unknown language "%s" (allowed: %s)' % (lang, ", ".join(rules.LANGUAGES)))
    for lang in rules.LANGUAGES:
        if not isinstance(entry.get(lang), str) or entry[lang].strip() == "":
            fail('the "%s" text is missing or empty' % lang)
    fault = _french_typography_fault(entry["fr"])
    if fault is not None:
        fail('the "fr" text %s' % fault)
    expected = placeholders(entry[rules.LANGUAGES[0]])
    for lang in rules.LANGUAGES[1:]:
        if placeholders(entry[lang]) != expected:
            fail('the "%s" text has placeholders %s, the "%s" text %s'
                 % (lang, placeholders(entry[lang]), rules.LANGUAGES[0], expected))

