"""No broken internal link or anchor anywhere in either build, and where two languages are built, every language
switcher leads to the same page in the other language (a one-language build has no switcher)."""

from urllib.parse import urljoin, urlsplit

import pytest

from built_site import BUILD_NAMES, built_site, each_page, file_for, parse_page

SITE = "http://site.invalid/"  # stands for the site root while resolving relative links
PAGES = each_page()


def _site_path(url):
    """The path of an internal URL relative to the site root, or None for an external one."""
    parts = urlsplit(url)
    if parts.scheme in ("mailto", "tel", "javascript", "data"):
        return None
    if url.startswith(SITE):
        return parts.path[1:]
    return None


def _target_file(path, site_dir):
    file = file_for(path, site_dir)
    if not file.exists() and (site_dir / path).is_dir():
        file = site_dir / path / "index.html"
    return file


@pytest.mark.parametrize("build", BUILD_NAMES)
def test_pages_were_found(build):
    assert len(built_site(build).pages()) > 20, "run `make build` first"


@pytest.mark.parametrize("build, path", PAGES)
def test_internal_links_and_anchors_resolve(build, path):
    site_dir = built_site(build).site_dir
    page_url = SITE + path
    parsed = parse_page(file_for(path, site_dir))
    broken = []
    for tag, attribute, value in parsed.links:
        if tag == "link" and attribute == "href" and value.startswith("http"):
            continue  # canonical and alternate links carry the deployment's absolute site_url
        url = urljoin(page_url, value)
        target = _site_path(url)
        if target is None:
            continue
        file = _target_file(target, site_dir)
        if not file.exists():
            broken.append("%s=%r: no file %s" % (attribute, value, file.relative_to(site_dir)))
            continue
        fragment = urlsplit(url).fragment
        if fragment and file.suffix == ".html" and fragment not in parse_page(file).ids:
            broken.append("%s=%r: no id %r in %s" % (attribute, value, fragment, file.relative_to(site_dir)))
    assert broken == [], "broken links in %s" % (path or "/")


def _counterpart(site, path, language, other):
    return site.folder(other) + path[len(site.folder(language)):]


@pytest.mark.parametrize("build, path", each_page(skip_404=True))
def test_language_switcher_leads_to_the_counterpart(build, path):
    site = built_site(build)
    parsed = parse_page(file_for(path, site.site_dir))
    language = site.language_of(path)
    assert parsed.html_lang == language
    if len(site.languages) == 1:
        assert parsed.switcher == {}, "a site in one language offers no other"
        return
    assert set(parsed.switcher) == set(site.languages), "the switcher offers every built language"
    assert _site_path(urljoin(SITE + path, parsed.switcher[language])) == path, "it offers this page for itself"
    for other in site.languages:
        if other == language:
            continue
        counterpart = _site_path(urljoin(SITE + path, parsed.switcher[other]))
        assert counterpart == _counterpart(site, path, language, other)
        assert file_for(counterpart, site.site_dir).exists(), "the counterpart page exists"
        back = parse_page(file_for(counterpart, site.site_dir)).switcher[language]
        assert _site_path(urljoin(SITE + counterpart, back)) == path, "and its switcher leads back here"
