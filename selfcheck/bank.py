"""Read and validate the question bank: JSON text in, a checked plain dict out, or one `BankError` with every fault.

Every error message has the form `<source>: <where>: <reason>`: the file as it was named, the entry at fault (for
instance `items[3] (plan-2)`, `activities`, `continuum.levels`) and a plain English sentence. The checks run in
document order and go on past a fault: each entry reports its first fault, and `BankError.errors` lists them all,
in that order (its message is the list, one line each), so that whoever writes a bank fixes it in one go.

Shape of a valid bank (see bank.json; the keys below are the only ones allowed):

    id                 slug, e.g. "partenariats-6-activites"
    version            "MAJOR.MINOR.PATCH"
    scale              {"points": [{"value": 1..5, "label": T} x5 in order], "dont_know": T}
    bands              {band: T} for every band in rules.BANDS (labels)
    activities         [{"id", "name": T, "lesson": "activities/x/", "tool": "tools/x/"}] in canonical order
    items              [{"id", "activity", "text": T, "reverse"?: bool}], at least 3 per activity
    continuum          {"levels": [{"id", "name": T, "statement": T, "definition": T, "to_reach": T} x4],
                        "aim_question": T, "guidance": {"no_aim", "below", "reached", "ahead": T}}
    recommendations    {activity id: {band: T} for every band in rules.BANDS}

where T is a translation object {"fr": "…", "en": "…"}: both languages, non-empty, French typography checked.
"""

import json

from . import rules
from .jsonsyntax import find_syntax_error


class BankError(ValueError):
    """A bank that cannot be used; each message names the file, the entry and the reason.

    `errors` lists every message; `str()` of the error is that list, one message a line.
    """

    def __init__(self, message, errors=None):
        self.errors = [message] if errors is None else errors
        super().__init__("\n".join(self.errors))


class _EntryFault(Exception):
    """Ends the checks of one entry; its message is already recorded."""


_SLUG_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-"
_DIGITS = "0123456789"
_NBSP = "\u00a0"
# French typography: a no-break space goes before these signs (and inside « »).
_FRENCH_HIGH_PUNCTUATION = ":;!?"

_TOP_LEVEL_KEYS = ("id", "version", "scale", "bands", "activities", "items", "continuum", "recommendations")
_GUIDANCE_KEYS = ("no_aim", "below", "reached", "ahead")
_LEVEL_TEXT_KEYS = ("name", "statement", "definition", "to_reach")


def package_file(name):
    """Path of a file that sits beside this module (works for CPython and MicroPython's virtual file system)."""
    here = __file__
    cut = max(here.rfind("/"), here.rfind("\\"))
    return name if cut < 0 else here[: cut + 1] + name


def read_data_file(path, default_name):
    """(text, source) of a JSON data file: `path`, or the file `default_name` shipped beside this package."""
    source = "selfcheck/" + default_name if path is None else path
    try:
        with open(package_file(default_name) if path is None else path, encoding="utf-8") as handle:
            return handle.read(), source
    except OSError:
        raise BankError(source + ": cannot read the file")


def parse_json(text, source):
    """Strictly parsed JSON (MicroPython's own parser lets some faults through), or a BankError naming `source`."""
    found = find_syntax_error(text)
    if found is not None:
        raise BankError("%s: not valid JSON: line %d, column %d: %s" % (source, found[0], found[1], found[2]))
    return json.loads(text)


def read_bank(path=None):
    """Read and validate a bank file; by default the `bank.json` shipped inside this package."""
    text, source = read_data_file(path, "bank.json")
    return load_bank(text, source)


def load_bank(text, source):
    """Parse `text` (the content of the file named `source`) and return the validated bank dict."""
    data = parse_json(text, source)
    validator = _Validator(source)
    validator.bank(data)
    if validator.errors:
        raise BankError(validator.errors[0], validator.errors)
    return data


def _kind(value):
    """How a JSON value is called in messages."""
    if value is None:
        return "null"
    if value is True or value is False:
        return "true/false"
    if isinstance(value, str):
        return "a text"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "an unknown value"


def _is_slug(value):
    if not isinstance(value, str) or value == "" or value[0] not in "abcdefghijklmnopqrstuvwxyz":
        return False
    if value[-1] == "-":
        return False
    for char in value:
        if char not in _SLUG_CHARS:
            return False
    return True


def _is_int(value):
    return isinstance(value, int) and value is not True and value is not False


def _is_version(value):
    if not isinstance(value, str):
        return False
    parts = value.split(".")
    if len(parts) != 3:
        return False
    for part in parts:
        if part == "" or (len(part) > 1 and part[0] == "0"):
            return False
        for char in part:
            if char not in _DIGITS:
                return False
    return True


def _is_site_address(value):
    """A page address relative to the language root, e.g. "activities/connect/"."""
    if not isinstance(value, str) or value == "" or value[0] == "/" or value[-1] != "/":
        return False
    if "://" in value or "//" in value or " " in value or ".." in value:
        return False
    return True


def _french_typography_fault(text):
    """Describe the first French typography fault in `text`, or return None."""
    before = ""
    for char in text:
        if (char in _FRENCH_HIGH_PUNCTUATION or char == "\u00bb") and before != _NBSP:
            return "needs a no-break space (U+00A0) before '%s'" % char
        if before == "\u00ab" and char != _NBSP:
            return "needs a no-break space (U+00A0) after '\u00ab'"
        before = char
    if before == "\u00ab":
        return "needs a no-break space (U+00A0) after '\u00ab'"
    return None


def _joined(names):
    return ", ".join(names)


class _Validator:
    def __init__(self, source):
        self.source = source
        self.errors = []

    def fail(self, where, reason):
        self.errors.append("%s: %s: %s" % (self.source, where, reason))
        raise _EntryFault()

    def check(self, method, *args):
        """Run one entry's checks; a fault is recorded and the next entry is checked all the same."""
        try:
            return method(*args)
        except _EntryFault:
            return None

    # Generic shapes ----------------------------------------------------------------------------------------------

    def expect_object(self, value, where, required, optional=()):
        if not isinstance(value, dict):
            self.fail(where, "expected an object, found %s" % _kind(value))
        for key in value:
            if key not in required and key not in optional:
                allowed = tuple(required) + tuple(optional)
                self.fail(where, 'unknown key "%s" (allowed: %s)' % (key, _joined(allowed)))
        for key in required:
            if key not in value:
                self.fail(where, 'missing key "%s"' % key)

    def expect_list(self, value, where, at_least=1):
        if not isinstance(value, list):
            self.fail(where, "expected a list, found %s" % _kind(value))
        if len(value) < at_least:
            self.fail(where, "expected at least %d entries, found %d" % (at_least, len(value)))

    def text(self, value, where, field):
        """A translation object: every language, non-empty strings, French typography."""
        if not isinstance(value, dict):
            self.fail(where, '"%s" must be an object of translations, found %s' % (field, _kind(value)))
        for language in value:
            if language not in rules.LANGUAGES:
                self.fail(where, '"%s" has an unknown language "%s" (allowed: %s)'
                          % (field, language, _joined(rules.LANGUAGES)))
        for language in rules.LANGUAGES:
            if language not in value:
                self.fail(where, '"%s" is missing its "%s" translation' % (field, language))
            translation = value[language]
            if not isinstance(translation, str):
                self.fail(where, '"%s" has a "%s" translation that is %s, not a text'
                          % (field, language, _kind(translation)))
            if translation.strip() == "":
                self.fail(where, '"%s" has an empty "%s" translation' % (field, language))
        fault = _french_typography_fault(value["fr"])
        if fault is not None:
            self.fail(where, 'the "fr" text of "%s" %s' % (field, fault))

    def slug(self, value, where, field):
        if not _is_slug(value):
            self.fail(where, '"%s" must be lowercase letters, digits and hyphens, found %s'
                      % (field, '"%s"' % value if isinstance(value, str) else _kind(value)))

    def unique(self, seen, value, where, what):
        if value in seen:
            self.fail(where, 'duplicate %s "%s", already used by %s' % (what, value, seen[value]))
        seen[value] = where

    # The bank ------------------------------------------------------------------------------------------------------

    def bank(self, data):
        if not isinstance(data, dict):
            return self.check(self.fail, "top level", "expected an object, found %s" % _kind(data))
        for key in data:
            if key not in _TOP_LEVEL_KEYS:
                self.check(self.fail, "top level", 'unknown key "%s" (allowed: %s)' % (key, _joined(_TOP_LEVEL_KEYS)))
        for key in _TOP_LEVEL_KEYS:
            if key not in data:
                self.check(self.fail, "top level", 'missing key "%s"' % key)
        if "id" in data:
            self.check(self.slug, data["id"], "id", "id")
        if "version" in data:
            self.check(self.version, data["version"])
        if "scale" in data:
            self.check(self.scale, data["scale"])
        if "bands" in data:
            self.check(self.bands, data["bands"])
        activities = data.get("activities")
        activity_ids = _ids_of(activities)
        if "activities" in data:
            self.check(self.activities, activities)
        if "items" in data:
            self.check(self.items, data["items"], activity_ids)
        if "continuum" in data:
            self.check(self.continuum, data["continuum"])
        if "recommendations" in data:
            self.check(self.recommendations, data["recommendations"], activity_ids)

    def version(self, value):
        if not _is_version(value):
            shown = '"%s"' % value if isinstance(value, str) else _kind(value)
            self.fail("version", '%s is not a version of the form MAJOR.MINOR.PATCH, e.g. "1.0.0"' % shown)

    def scale(self, scale):
        self.expect_object(scale, "scale", ("points", "dont_know"))
        self.check(self.text, scale["dont_know"], "scale", "dont_know")
        points = scale["points"]
        self.expect_list(points, "scale.points")
        expected = list(range(rules.SCALE_MIN, rules.SCALE_MAX + 1))
        if len(points) != len(expected):
            self.fail("scale.points", "expected %d points (%d to %d), found %d"
                      % (len(expected), rules.SCALE_MIN, rules.SCALE_MAX, len(points)))
        for index, point in enumerate(points):
            self.check(self.point, point, index, expected[index])

    def point(self, point, index, expected):
        where = "scale.points[%d]" % index
        self.expect_object(point, where, ("value", "label"))
        if not _is_int(point["value"]) or point["value"] != expected:
            self.fail(where, '"value" must be %d (points go from %d to %d in order)'
                      % (expected, rules.SCALE_MIN, rules.SCALE_MAX))
        self.text(point["label"], where, "label")

    def bands(self, bands):
        self.expect_object(bands, "bands", rules.BANDS)
        for band in rules.BANDS:
            self.check(self.text, bands[band], "bands", band)

    def activities(self, activities):
        self.expect_list(activities, "activities")
        seen = {}
        for index, activity in enumerate(activities):
            self.check(self.activity, activity, _where("activities", index, activity), seen)

    def activity(self, activity, where, seen):
        self.expect_object(activity, where, ("id", "name", "lesson", "tool"))
        self.slug(activity["id"], where, "id")
        self.unique(seen, activity["id"], where, "activity id")
        self.text(activity["name"], where, "name")
        for field in ("lesson", "tool"):
            if not _is_site_address(activity[field]):
                self.fail(where, '"%s" must be a site address relative to the language root, like '
                          '"activities/connect/", found %s' % (field, _shown(activity[field])))

    def items(self, items, activity_ids):
        self.expect_list(items, "items")
        seen = {}
        counts = {}
        for index, item in enumerate(items):
            # Counted whatever its other faults: one misspelt key must not also report its activity short.
            if isinstance(item, dict) and item.get("activity") in activity_ids:
                counts[item["activity"]] = counts.get(item["activity"], 0) + 1
            self.check(self.item, item, _where("items", index, item), seen, activity_ids)
        for index, activity_id in enumerate(activity_ids):
            count = counts.get(activity_id, 0)
            if count < rules.MIN_STATEMENTS_PER_ACTIVITY:
                self.check(self.fail, "activities[%d] (%s)" % (index, activity_id),
                           "has %d statements; each activity needs at least %d"
                           % (count, rules.MIN_STATEMENTS_PER_ACTIVITY))

    def item(self, item, where, seen, activity_ids):
        self.expect_object(item, where, ("id", "activity", "text"), ("reverse",))
        self.slug(item["id"], where, "id")
        self.unique(seen, item["id"], where, "item id")
        if item["activity"] not in activity_ids:
            self.fail(where, 'unknown activity %s (activities: %s)' % (_shown(item["activity"]), _joined(activity_ids)))
        self.text(item["text"], where, "text")
        if "reverse" in item and item["reverse"] is not True and item["reverse"] is not False:
            self.fail(where, '"reverse" must be true or false, found %s' % _shown(item["reverse"]))

    def continuum(self, continuum):
        self.expect_object(continuum, "continuum", ("levels", "aim_question", "guidance"))
        self.check(self.levels, continuum["levels"])
        self.check(self.text, continuum["aim_question"], "continuum", "aim_question")
        self.expect_object(continuum["guidance"], "continuum.guidance", _GUIDANCE_KEYS)
        for key in _GUIDANCE_KEYS:
            self.check(self.text, continuum["guidance"][key], "continuum.guidance", key)

    def levels(self, levels):
        self.expect_list(levels, "continuum.levels")
        if len(levels) != rules.CONTINUUM_LEVELS:
            self.fail("continuum.levels", "expected exactly %d levels (networking, coordinating, cooperating, "
                      "collaborating), found %d" % (rules.CONTINUUM_LEVELS, len(levels)))
        seen = {}
        for index, level in enumerate(levels):
            self.check(self.level, level, _where("continuum.levels", index, level), seen)

    def level(self, level, where, seen):
        self.expect_object(level, where, ("id",) + _LEVEL_TEXT_KEYS)
        self.slug(level["id"], where, "id")
        self.unique(seen, level["id"], where, "level id")
        for field in _LEVEL_TEXT_KEYS:
            self.text(level[field], where, field)

    def recommendations(self, recommendations, activity_ids):
        if not isinstance(recommendations, dict):
            self.fail("recommendations", "expected an object, found %s" % _kind(recommendations))
        for activity_id in recommendations:
            if activity_id not in activity_ids:
                self.check(self.fail, "recommendations", 'unknown activity "%s" (activities: %s)'
                           % (activity_id, _joined(activity_ids)))
        for activity_id in activity_ids:
            if activity_id not in recommendations:
                self.check(self.fail, "recommendations", 'missing the recommendations for activity "%s"' % activity_id)
            else:
                self.check(self.by_band, recommendations[activity_id], "recommendations.%s" % activity_id)

    def by_band(self, by_band, where):
        if not isinstance(by_band, dict):
            self.fail(where, "expected an object, found %s" % _kind(by_band))
        for band in by_band:
            if band not in rules.BANDS:
                self.check(self.fail, where, 'unknown band "%s" (bands: %s)' % (band, _joined(rules.BANDS)))
        for band in rules.BANDS:
            if band not in by_band:
                self.check(self.fail, where, 'missing the recommendation for band "%s"' % band)
            else:
                self.check(self.text, by_band[band], where, band)


def _where(section, index, entry):
    """How an entry of a list is named in messages: `items[3] (plan-2)`, or `items[3]` when it has no id."""
    where = "%s[%d]" % (section, index)
    if isinstance(entry, dict) and isinstance(entry.get("id"), str):
        where += " (%s)" % entry["id"]
    return where


def _ids_of(entries):
    """The text ids of the entries of a list (the others are reported where they are checked)."""
    if not isinstance(entries, list):
        return []
    return [entry["id"] for entry in entries if isinstance(entry, dict) and isinstance(entry.get("id"), str)]


def _shown(value):
    """A value as quoted in messages: texts in double quotes, anything else by its kind."""
    return '"%s"' % value if isinstance(value, str) else _kind(value)
