"""Fail the build when a page lacks its translation.

mkdocs-static-i18n would quietly fall back or leave a hole; this site promises every page in every language, so a
missing counterpart stops the build and names both files.
"""

from pathlib import Path

from mkdocs.exceptions import PluginError


def _languages(config):
    i18n = config.plugins.get("i18n")
    if i18n is None:
        raise PluginError("mkdocs.yml: the i18n plugin is not configured; translations.py needs its language list")
    languages = [(language.locale, language.name, language.default) for language in i18n.config.languages]
    default = [locale for locale, _, is_default in languages if is_default]
    if len(default) != 1:
        raise PluginError("mkdocs.yml: exactly one language must be the default, found %d" % len(default))
    return default[0], {locale: name for locale, name, _ in languages}


def _page_key(relative, suffixes):
    """('continuum', 'en') for 'continuum.en.md'; ('continuum', None) for the default language's 'continuum.md'."""
    stem = relative[: -len(".md")]
    for suffix in suffixes:
        if stem.endswith("." + suffix):
            return stem[: -len(suffix) - 1], suffix
    return stem, None


def on_pre_build(config):
    default, names = _languages(config)
    suffixes = [locale for locale in names if locale != default]
    docs = Path(config.docs_dir)
    pages = {}
    for path in sorted(docs.rglob("*.md")):
        stem, locale = _page_key(path.relative_to(docs).as_posix(), suffixes)
        pages.setdefault(stem, set()).add(locale or default)
    problems = []
    for stem, present in sorted(pages.items()):
        for locale in names:
            if locale not in present:
                have = stem + ".md" if default in present else "%s.%s.md" % (stem, sorted(present)[0])
                want = stem + ".md" if locale == default else "%s.%s.md" % (stem, locale)
                problems.append("docs/%s has no %s translation: create docs/%s" % (have, names[locale], want))
    if problems:
        raise PluginError("Missing translations:\n  " + "\n  ".join(problems))
