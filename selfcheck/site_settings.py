"""The site settings file: what an organization changes to publish its own copy, read and checked in one place.

Build time only (the build's hook `overrides/hooks/site_settings.py` applies it); the page never loads this module.
`read_settings(path)` reads the YAML file, `check_settings(data, source, folder)` checks what it holds; both raise
`SettingsError`, whose `errors` list every fault as `<file>: <setting>: <reason>`, and return a plain dict:

    name              {locale: text} for every built language: the site's name in its header and titles
    languages         [locale, ...] the languages built, in the language menu's order (from LANGUAGES)
    default_language  the locale at the site's root; one of `languages`
    logo              path of an SVG or PNG image; `favicon` (optional) the same, by default the logo
    palette           {"primary": colour, "accent": colour}: Material's colour names, or "custom" for the colours
                      of overrides/assets/stylesheets/site.css
    contact           an e-mail address shown in every page's footer, or null for none
    site_url          the site's address for a hand build (the environment's SITE_URL wins)
    bank              path of the question bank (JSON), checked like selfcheck/bank.json

Paths are relative to the settings file's folder; the dict holds them joined to `folder`.
"""

from . import rules
from .bank import BankError, load_bank

# The language of docs/page.md; every other language's page is docs/page.<locale>.md.
UNSUFFIXED_LANGUAGE = "fr"
LANGUAGES = rules.LANGUAGES
SETTINGS_KEYS = ("name", "languages", "default_language", "logo", "favicon", "palette", "contact", "site_url", "bank")
OPTIONAL_KEYS = ("favicon",)
IMAGE_TYPES = (".svg", ".png")
# Material for MkDocs' palette (docs: "Changing the colors"); accents exclude the greys, brown, black and white.
PRIMARY_COLOURS = ("red", "pink", "purple", "deep purple", "indigo", "blue", "light blue", "cyan", "teal", "green",
                   "light green", "lime", "yellow", "amber", "orange", "deep orange", "brown", "grey", "blue grey",
                   "black", "white", "custom")
ACCENT_COLOURS = ("red", "pink", "purple", "deep purple", "indigo", "blue", "light blue", "cyan", "teal", "green",
                  "light green", "lime", "yellow", "amber", "orange", "deep orange", "custom")
_ADDRESS_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_+"


class SettingsError(ValueError):
    """Settings that cannot be used; `errors` lists every fault, `str()` shows them one a line."""

    def __init__(self, errors):
        self.errors = errors
        super().__init__("\n".join(errors))


def read_settings(path):
    """Read, parse and check the settings file at `path` (YAML)."""
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError:
        raise SettingsError([path + ": cannot read the file"])
    return check_settings(parse_yaml(text, path), path, _folder(path))


def parse_yaml(text, source):
    """The YAML document in `text`; a syntax fault or a key written twice is a SettingsError naming `source`."""
    import yaml  # CPython at build time only

    class StrictLoader(yaml.SafeLoader):
        pass

    def mapping(loader, node):
        seen = {}
        for key_node, _ in node.value:
            key = loader.construct_object(key_node)
            if key in seen:
                mark = key_node.start_mark
                raise SettingsError(['%s: %s: written twice (line %d and line %d); keep one'
                                     % (source, key, seen[key] + 1, mark.line + 1)])
            seen[key] = key_node.start_mark.line
        return loader.construct_mapping(node)

    StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    try:
        return yaml.load(text, Loader=StrictLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        raise SettingsError(["%s: not valid YAML: line %d, column %d: %s"
                             % (source, mark.line + 1, mark.column + 1, error.problem)])


def check_settings(data, source, folder):
    """The checked settings of the file named `source` (parsed into `data`), paths joined to `folder`."""
    checker = _Checker(source, folder)
    settings = checker.settings(data)
    if checker.errors:
        raise SettingsError(checker.errors)
    return settings


def suggestion(word, choices):
    """The choice closest to a misspelt `word` (at most a third of its letters off), or None."""
    best, best_distance = None, max(1, len(word) // 3) + 1
    for choice in choices:
        distance = _edit_distance(word.lower(), choice)
        if distance < best_distance:
            best, best_distance = choice, distance
    return best


def _edit_distance(first, second):
    previous = list(range(len(second) + 1))
    for row, a in enumerate(first, 1):
        current = [row]
        for column, b in enumerate(second, 1):
            current.append(min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + (a != b)))
        previous = current
    return previous[-1]


def _folder(path):
    cut = max(path.rfind("/"), path.rfind("\\"))
    return "." if cut < 0 else path[:cut] or "/"


def _kind(value):
    if value is None:
        return "nothing (null)"
    if value is True or value is False:
        return "true/false"
    if isinstance(value, str):
        return '"%s"' % value
    if isinstance(value, (int, float)):
        return "the number %s" % value
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "an unknown value"


def _joined(names):
    return ", ".join(names)


def _exists(path):
    try:
        with open(path, "rb"):
            return True
    except OSError:
        return False


def _is_address(value):
    """A plain e-mail address: one @, a local part and a dotted domain, nothing a mailto: link would misread."""
    if value.count("@") != 1:
        return False
    local, domain = value.split("@")
    if local == "" or "." not in domain or domain[0] == "." or domain[-1] == "." or ".." in domain:
        return False
    for char in local + domain:
        if char not in _ADDRESS_CHARS:
            return False
    return True


class _Checker:
    def __init__(self, source, folder):
        self.source = source
        self.folder = folder
        self.errors = []

    def fail(self, setting, reason):
        self.errors.append("%s: %s: %s" % (self.source, setting, reason))

    def settings(self, data):
        if not isinstance(data, dict):
            self.fail("top level", "expected a mapping of settings (name: value lines), found %s" % _kind(data))
            return None
        misspelt = []
        for key in data:
            if key not in SETTINGS_KEYS:
                misspelt.append(self.unknown(str(key), "setting", SETTINGS_KEYS))
        for key in SETTINGS_KEYS:
            # A setting already offered as "did you mean" is not reported missing as well.
            if key not in data and key not in OPTIONAL_KEYS and key not in misspelt:
                self.fail(key, "missing; every setting but %s is required" % _joined(OPTIONAL_KEYS))
        settings = {}
        languages = self.languages(data.get("languages")) if "languages" in data else []
        settings["languages"] = languages
        settings["default_language"] = self.default_language(data.get("default_language"), languages) \
            if "default_language" in data else None
        settings["name"] = self.name(data.get("name"), languages) if "name" in data else None
        for key in ("logo", "favicon"):
            settings[key] = self.image(key, data[key]) if key in data else None
        if settings["favicon"] is None:
            settings["favicon"] = settings["logo"]
        settings["palette"] = self.palette(data.get("palette")) if "palette" in data else None
        settings["contact"] = self.contact(data.get("contact")) if "contact" in data else None
        settings["site_url"] = self.site_url(data.get("site_url")) if "site_url" in data else None
        settings["bank"] = self.bank(data.get("bank")) if "bank" in data else None
        return settings

    def unknown(self, key, what, known):
        near = suggestion(key, known)
        hint = ('did you mean "%s"?' % near) if near else "known: %s" % _joined(known)
        self.fail(key, "unknown %s (%s)" % (what, hint))
        return near

    def text(self, setting, value):
        if not isinstance(value, str) or value.strip() == "":
            self.fail(setting, "expected a text, found %s" % _kind(value))
            return None
        return value

    def languages(self, value):
        if not isinstance(value, list) or not value:
            self.fail("languages", "expected a list of languages such as [fr, en], found %s" % _kind(value))
            return []
        found = []
        for language in value:
            if language not in LANGUAGES:
                self.fail("languages", "unknown language %s (this site has %s)" % (_kind(language), _joined(LANGUAGES)))
            elif language in found:
                self.fail("languages", '"%s" is listed twice' % language)
            else:
                found.append(language)
        return found

    def default_language(self, value, languages):
        if value not in LANGUAGES:
            self.fail("default_language", "expected one of %s, found %s" % (_joined(LANGUAGES), _kind(value)))
            return None
        if languages and value not in languages:
            self.fail("default_language", '"%s" is not built: add it to languages (%s)' % (value, _joined(languages)))
            return None
        return value

    def name(self, value, languages):
        if not isinstance(value, dict):
            self.fail("name", "expected one name per language (fr: …, en: …), found %s" % _kind(value))
            return None
        names = {}
        for language in value:
            if language not in LANGUAGES:
                self.unknown(str(language), "language in name", LANGUAGES)
            else:
                names[language] = self.text("name.%s" % language, value[language])
        for language in languages:
            if language not in value:
                self.fail("name", 'no name for "%s", which is built' % language)
        return names

    def path(self, setting, value):
        if not isinstance(value, str) or value.strip() == "":
            self.fail(setting, "expected a file path, found %s" % _kind(value))
            return None
        path = value if value.startswith("/") else self.folder + "/" + value
        if not _exists(path):
            self.fail(setting, 'no file "%s" (paths are relative to the folder of %s)' % (value, self.source))
            return None
        return path

    def image(self, setting, value):
        if isinstance(value, str) and not value.lower().endswith(IMAGE_TYPES):
            self.fail(setting, '"%s" is not an image the site can show: use %s' % (value, " or ".join(IMAGE_TYPES)))
            return None
        return self.path(setting, value)

    def palette(self, value):
        if not isinstance(value, dict):
            self.fail("palette", "expected primary: and accent: colours, found %s" % _kind(value))
            return None
        palette = {}
        for key in value:
            if key not in ("primary", "accent"):
                self.unknown("palette.%s" % key, "setting", ("palette.primary", "palette.accent"))
        for key, colours in (("primary", PRIMARY_COLOURS), ("accent", ACCENT_COLOURS)):
            setting = "palette." + key
            colour = value.get(key)
            if key not in value:
                self.fail(setting, "missing; give a colour name such as indigo, or custom")
            elif not isinstance(colour, str):
                self.fail(setting, "expected a colour name, found %s" % _kind(colour))
            elif colour.startswith("#"):
                self.fail(setting, '"%s" is a colour code: give one of Material\'s colour names, or custom and set '
                          'your codes in overrides/assets/stylesheets/site.css' % colour)
            elif colour not in colours:
                near = suggestion(colour, colours)
                self.fail(setting, '"%s" is not one of Material\'s %s colours (%s)'
                          % (colour, key, ('did you mean "%s"?' % near) if near else _joined(colours)))
            else:
                palette[key] = colour
        return palette

    def contact(self, value):
        if value is None:
            return None
        if not isinstance(value, str) or not _is_address(value):
            self.fail("contact", "expected an e-mail address such as team@example.org, or null for none, found %s"
                      % _kind(value))
            return None
        return value

    def site_url(self, value):
        if not isinstance(value, str) or not value.startswith(("http://", "https://")) or not value.endswith("/") \
                or " " in value:
            self.fail("site_url", "expected an address starting with https:// (or http://) and ending with /, "
                      "found %s" % _kind(value))
            return None
        return value

    def bank(self, value):
        if isinstance(value, str) and not value.endswith(".json"):
            self.fail("bank", '"%s" is not a question bank: banks are JSON files (.json)' % value)
            return None
        path = self.path("bank", value)
        if path is None:
            return None
        # Its faults name the bank as the settings file's folder and the path written there.
        folder = _folder(self.source)
        shown = value if folder == "." or value.startswith("/") else folder + "/" + value
        try:
            with open(path, encoding="utf-8") as handle:
                load_bank(handle.read(), shown)
        except BankError as error:
            self.errors.extend(error.errors)
            return None
        return path
