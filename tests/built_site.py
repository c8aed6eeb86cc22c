"""The built sites the gates check, and what each holds: pages, links and ids, read from the HTML files (no browser).

Two builds pass the same gates: "main", the site as this repository publishes it (`make build` writes site/), and
"fork", an organization's copy built by the tests from the settings of tests/data/fork/ (English only, another name,
logo, palette and contact, a smaller bank of its own) with `SITE_SETTINGS=… mkdocs build --strict`, once per test
process, into a temporary folder. A third, "fork-bilingual" (the same fork in English at the root and French under
fr/), goes through the gates that read the built files only (BUILD_NAMES); the browser gates take BROWSER_BUILDS.
"""

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from selfcheck.site_settings import read_settings

ROOT = Path(__file__).resolve().parents[1]
SITE_DIR = ROOT / "site"
SETTINGS = {"main": "site-settings.yml", "fork": "tests/data/fork/site-settings.yml",
            "fork-bilingual": "tests/data/fork-bilingual/site-settings.yml"}
BUILD_NAMES = tuple(SETTINGS)
BROWSER_BUILDS = ("main", "fork")

_builds = {}


class BuiltSite:
    """One build: its name, folder and settings (languages, default language, bank, …)."""

    def __init__(self, name, site_dir):
        self.name = name
        self.site_dir = site_dir
        self.settings = read_settings(str(ROOT / SETTINGS[name]))
        self.languages = self.settings["languages"]
        self.default_language = self.settings["default_language"]

    def folder(self, locale):
        """Where a language's pages are, relative to the site root: '' for the default language, 'en/' otherwise."""
        return "" if locale == self.default_language else locale + "/"

    def language_of(self, path):
        for locale in self.languages:
            if locale != self.default_language and path.startswith(self.folder(locale)):
                return locale
        return self.default_language

    def pages(self):
        return page_paths(self.site_dir)


def built_site(name):
    """The build called `name`; the fork is built on first use (a failed build fails the test that asked)."""
    if name not in _builds:
        if name == "main":
            _builds[name] = BuiltSite(name, SITE_DIR)
        else:
            _builds[name] = BuiltSite(name, _build_fork(name))
    return _builds[name]


def _build_fork(name):
    folder = Path(tempfile.mkdtemp(prefix="site-%s-" % name))
    atexit.register(shutil.rmtree, folder, True)
    environment = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_SETTINGS=SETTINGS[name])
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(folder)],
                            cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        raise RuntimeError("the %s build failed:\n%s" % (name, result.stdout))
    return folder


def each_page(skip_404=False, builds=BUILD_NAMES):
    """pytest parameters (build name, page path) for every page of `builds`, with ids like 'fork:continuum/'."""
    params = []
    for name in builds:
        for path in built_site(name).pages():
            if not (skip_404 and path == "404.html"):
                params.append(pytest.param(name, path, id="%s:%s" % (name, path or "/")))
    return params


def page_paths(site_dir=SITE_DIR):
    """Every page of the built site as a URL path relative to the site root ('', 'en/', 'continuum/', …).

    The 404 page is listed as '404.html'. Theme assets and other files are not pages.
    """
    pages = []
    for path in sorted(site_dir.rglob("*.html")):
        relative = path.relative_to(site_dir).as_posix()
        if relative.startswith("assets/"):
            continue
        if relative == "404.html":
            pages.append(relative)
        elif relative.endswith("index.html"):
            pages.append(relative[: -len("index.html")])
    return pages


def file_for(path, site_dir=SITE_DIR):
    """The file a static host serves for a URL path relative to the site root."""
    target = site_dir / path
    if path == "" or path.endswith("/"):
        return target / "index.html"
    return target


class PageParser(HTMLParser):
    """Collects ids, links (href/src) and the language switcher's links of one page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.links = []  # (tag, attribute, value)
        self.switcher = {}  # hreflang -> href, from the header's language menu
        self.html_lang = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.html_lang = attributes.get("lang")
        for name in ("id", "name") if tag == "a" else ("id",):
            if attributes.get(name):
                self.ids.add(attributes[name])
        for name in ("href", "src"):
            if attributes.get(name) is not None:
                self.links.append((tag, name, attributes[name]))
        if tag == "a" and "md-select__link" in (attributes.get("class") or "") and attributes.get("hreflang"):
            self.switcher[attributes["hreflang"]] = attributes["href"]


def parse_page(file):
    parser = PageParser()
    parser.feed(file.read_text(encoding="utf-8"))
    return parser
