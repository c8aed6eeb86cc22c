"""Apply the site settings file (site-settings.yml, or the file SITE_SETTINGS names) to the build's configuration.

One place for what an organization changes: name, languages, logo, colours, contact, address and question bank
(selfcheck/site_settings.py checks them and says what is wrong). This hook runs before every other plugin's
on_config, because mkdocs-static-i18n reads its languages in its own. The checked settings stay in
`config.extra.site_settings` for the other hooks and the templates.

The pages are written `page.md` in French and `page.en.md` in English. mkdocs-static-i18n takes unsuffixed pages
for the default language, so a site whose default is English builds from a staged copy of docs/ where the names are
swapped (`page.md` -> `page.fr.md`, `page.en.md` -> `page.md`); the sources themselves never change.
"""

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # `selfcheck` is a folder of this repository, not an installed package

from selfcheck.site_settings import UNSUFFIXED_LANGUAGE, SettingsError, check_settings, parse_yaml  # noqa: E402

SETTINGS_FILE = "site-settings.yml"
ENVIRONMENT = "SITE_SETTINGS"
# Where a logo or favicon from outside docs/ lands in the built site.
IMAGES_URL = "assets/site/"

_staged = {}  # the staged docs folder of this process, made once and refreshed at every build


def settings_path():
    """The settings file: $SITE_SETTINGS (relative to the repository) or site-settings.yml."""
    return (ROOT / os.environ.get(ENVIRONMENT, SETTINGS_FILE)).resolve()


def _shown(path):
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def _read(path):
    shown = _shown(path)
    if not path.is_file():
        variable = " (named by %s)" % ENVIRONMENT if ENVIRONMENT in os.environ else ""
        raise PluginError("%s%s: no such settings file" % (shown, variable))
    try:
        return check_settings(parse_yaml(path.read_text(encoding="utf-8"), shown), shown, str(path.parent))
    except SettingsError as error:
        raise PluginError("The site settings stop the build:\n  " + "\n  ".join(error.errors))


def _image_url(path, docs):
    """The image's address in the built site: where it sits in docs/, or under IMAGES_URL (added in on_files)."""
    path = Path(path).resolve()
    return path.relative_to(docs).as_posix() if path.is_relative_to(docs) else IMAGES_URL + path.name


def _languages(config, settings):
    """Keep mkdocs.yml's i18n entries for the built languages, in the settings' order, with the default marked."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        raise PluginError("mkdocs.yml: the i18n plugin is not configured; site_settings.py sets its languages")
    if i18n.current_language is not None:
        return  # a later language's build inside i18n's loop: the languages are set already
    entries = {language.locale: language for language in i18n.config.languages}
    kept = []
    for locale in settings["languages"]:
        if locale not in entries:
            raise PluginError("mkdocs.yml: plugins.i18n.languages has no entry for \"%s\", which %s builds"
                              % (locale, _shown(settings_path())))
        language = entries[locale]
        language.default = locale == settings["default_language"]
        language.build = True
        language.link = "/" if language.default else "/%s/" % locale
        language.site_name = settings["name"][locale]
        language.site_author = settings["name"][locale]
        kept.append(language)
    i18n.config.languages = kept


def _stage_docs(config, settings):
    """Build from a copy of docs/ whose unsuffixed pages are the default language's (see the module's docstring)."""
    default = settings["default_language"]
    if default == UNSUFFIXED_LANGUAGE:
        return
    source = Path(_staged.get("source", config.docs_dir))
    if "folder" not in _staged:
        _staged["source"] = str(source)
        _staged["folder"] = tempfile.mkdtemp(prefix="site-docs-")
        atexit.register(shutil.rmtree, _staged["folder"], True)
        config.watch.append(str(source))  # `make serve` rebuilds when the real pages change
    staged = Path(_staged["folder"])
    # Only what changed is copied again: `make serve` watches the staged folder too, and a rewrite of every file
    # would start one rebuild after another.
    wanted = set()
    for path in sorted(source.rglob("*")):
        if path.is_dir():
            continue
        relative = path.relative_to(source)
        target = staged / relative.parent / _staged_name(relative.name, default)
        wanted.add(target)
        if not target.exists() or target.stat().st_mtime != path.stat().st_mtime \
                or target.stat().st_size != path.stat().st_size:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
    for target in staged.rglob("*"):
        if target.is_file() and target not in wanted:
            target.unlink()
    config.docs_dir = str(staged)


def _staged_name(name, default):
    """'page.md' -> 'page.fr.md' and 'page.<default>.md' -> 'page.md'; other files keep their name."""
    if not name.endswith(".md"):
        return name
    stem = name[: -len(".md")]
    if stem.endswith("." + default):
        return stem[: -len(default) - 1] + ".md"
    if "." not in stem:
        return "%s.%s.md" % (stem, UNSUFFIXED_LANGUAGE)
    return name


@event_priority(100)  # before mkdocs-static-i18n (-100) reads its languages, and before the other hooks
def on_config(config):
    settings = _read(settings_path())
    _languages(config, settings)
    default = settings["default_language"]
    config.site_name = settings["name"][default]
    config.site_author = settings["name"][default]
    if not config.site_url:  # SITE_URL (mkdocs.yml) wins, then `mkdocs serve`'s own address, then the settings
        config.site_url = settings["site_url"]
    _stage_docs(config, settings)
    docs = Path(_staged.get("source", config.docs_dir)).resolve()
    config.theme["logo"] = _image_url(settings["logo"], docs)
    config.theme["favicon"] = _image_url(settings["favicon"], docs)
    for palette in config.theme["palette"]:
        palette["primary"] = settings["palette"]["primary"]
        palette["accent"] = settings["palette"]["accent"]
    config.extra["site_settings"] = dict(settings, source=_shown(settings_path()), docs_dir=str(docs))
    return config


def on_files(files, config):
    # A logo or favicon kept outside docs/ (a fork's own folder) is copied to IMAGES_URL.
    settings = config.extra["site_settings"]
    docs = Path(settings["docs_dir"])
    for key in ("logo", "favicon"):
        path = Path(settings[key]).resolve()
        url = IMAGES_URL + path.name
        if not path.is_relative_to(docs) and files.get_file_from_path(url) is None:
            files.append(File.generated(config, url, abs_src_path=str(path)))
    return files
