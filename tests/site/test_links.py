"""No broken internal link or anchor anywhere in the built site, and every language switcher leads to the same page
in the other language."""

from urllib.parse import urljoin, urlsplit

import pytest

from built_site import SITE_DIR, file_for, page_paths, parse_page

SITE = "http://site.invalid/"  # stands for the site root while resolving relative links
PAGES = page_paths()
LANGUAGE_FOLDERS = {"en": "en/"}  # French, the default language, sits at the root


def _site_path(url):
    """The path of an internal URL relative to the site root, or None for an external one."""
    parts = urlsplit(url)
    if parts.scheme in ("mailto", "tel", "javascript", "data"):
        return None
    if url.startswith(SITE):
        return parts.path[1:]
    return None


def _target_file(path):
    file = file_for(path)
    if not file.exists() and (SITE_DIR / path).is_dir():
        file = SITE_DIR / path / "index.html"
    return file


def test_pages_were_found():
    assert len(PAGES) > 20, "run `make build` first"


@pytest.mark.parametrize("path", PAGES)
def test_internal_links_and_anchors_resolve(path):
    page_url = SITE + path
    parsed = parse_page(file_for(path))
    broken = []
    for tag, attribute, value in parsed.links:
        if tag == "link" and attribute == "href" and value.startswith("http"):
            continue  # canonical and alternate links carry the deployment's absolute site_url
        url = urljoin(page_url, value)
        target = _site_path(url)
        if target is None:
            continue
        file = _target_file(target)
        if not file.exists():
            broken.append("%s=%r: no file %s" % (attribute, value, file.relative_to(SITE_DIR)))
            continue
        fragment = urlsplit(url).fragment
        if fragment and file.suffix == ".html" and fragment not in parse_page(file).ids:
            broken.append("%s=%r: no id %r in %s" % (attribute, value, fragment, file.relative_to(SITE_DIR)))
    assert broken == [], "broken links in %s" % (path or "/")


def _counterpart(path):
    for folder in LANGUAGE_FOLDERS.values():
        if path.startswith(folder):
            return path[len(folder):]
    return LANGUAGE_FOLDERS["en"] + path


@pytest.mark.parametrize("path", [p for p in PAGES if p != "404.html"])
def test_language_switcher_leads_to_the_counterpart(path):
    parsed = parse_page(file_for(path))
    language = "en" if path.startswith("en/") else "fr"
    other = "fr" if language == "en" else "en"
    assert parsed.html_lang == language
    assert set(parsed.switcher) == {"fr", "en"}, "the switcher offers both languages"
    assert _site_path(urljoin(SITE + path, parsed.switcher[language])) == path, "it offers this page for itself"
    counterpart = _site_path(urljoin(SITE + path, parsed.switcher[other]))
    assert counterpart == _counterpart(path)
    assert file_for(counterpart).exists(), "the counterpart page exists"
    back = parse_page(file_for(counterpart)).switcher[language]
    assert _site_path(urljoin(SITE + counterpart, back)) == path, "and its switcher leads back here"
