"""Fail the build when a page lacks its translation.

mkdocs-static-i18n would quietly fall back or leave a hole; this site promises every page in every language it
builds, so a missing counterpart stops the build and names both files. Pages are named as in the repository's docs/
(`page.md` French, `page.en.md` English), whichever language the site settings make the default.
"""

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from selfcheck.site_settings import UNSUFFIXED_LANGUAGE  # noqa: E402


def _languages(config):
    i18n = config.plugins.get("i18n")
    if i18n is None:
        raise PluginError("mkdocs.yml: the i18n plugin is not configured; translations.py needs its language list")
    defaults = [language for language in i18n.config.languages if language.default]
    if len(defaults) != 1:
        raise PluginError("mkdocs.yml: exactly one language must be the default, found %d" % len(defaults))
    return UNSUFFIXED_LANGUAGE, {language.locale: language.name for language in i18n.config.languages}


def _page_key(relative, suffixes):
    """('continuum', 'en') for 'continuum.en.md'; ('continuum', None) for the unsuffixed 'continuum.md'."""
    stem = relative[: -len(".md")]
    for suffix in suffixes:
        if stem.endswith("." + suffix):
            return stem[: -len(suffix) - 1], suffix
    return stem, None


def on_pre_build(config):
    unsuffixed, names = _languages(config)
    suffixes = [locale for locale in names if locale != unsuffixed]
    settings = config.extra.get("site_settings")
    docs = Path(settings["docs_dir"] if settings else config.docs_dir)  # the real docs/, not a staged copy
    pages = {}
    for path in sorted(docs.rglob("*.md")):
        stem, locale = _page_key(path.relative_to(docs).as_posix(), suffixes)
        pages.setdefault(stem, set()).add(locale or unsuffixed)
    problems = []
    for stem, present in sorted(pages.items()):
        for locale in names:
            if locale not in present:
                have = stem + ".md" if unsuffixed in present else "%s.%s.md" % (stem, sorted(present)[0])
                want = stem + ".md" if locale == unsuffixed else "%s.%s.md" % (stem, locale)
                problems.append("docs/%s has no %s translation: create docs/%s" % (have, names[locale], want))
    if problems:
        raise PluginError("Missing translations:\n  " + "\n  ".join(problems))
