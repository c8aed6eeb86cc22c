"""Lighthouse's accessibility score is 100, with no failing audit, on a lesson and on the self-check, in both
languages, on a phone and on a desktop. One Chromium runs the eight audits (lighthouse.mjs)."""

import json
import os
import subprocess
from pathlib import Path

import pytest

from conftest import chromium_executable

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("lighthouse")]

RUNNER = Path(__file__).with_name("lighthouse.mjs")
PAGES = ["activities/connect/", "selfcheck/", "en/activities/connect/", "en/selfcheck/"]
FORM_FACTORS = ["mobile", "desktop"]


@pytest.fixture(scope="module")
def lighthouse_results(base_url, playwright_instance):
    # The browser tests' Chromium: Debian's where installed, else Playwright's own (GitHub's runner).
    browser = chromium_executable() or playwright_instance.chromium.executable_path
    run = subprocess.run(["node", str(RUNNER), base_url, *PAGES], capture_output=True, text=True, timeout=600,
                         env={**os.environ, "CHROME_PATH": browser})
    assert run.returncode == 0, "lighthouse.mjs failed:\n" + run.stderr[-3000:]
    results = [json.loads(line) for line in run.stdout.splitlines()]
    return {(r["path"], r["formFactor"]): r for r in results}


def test_every_page_and_form_factor_was_audited(lighthouse_results):
    assert sorted(lighthouse_results) == sorted((p, f) for p in PAGES for f in FORM_FACTORS)


@pytest.mark.parametrize("form_factor", FORM_FACTORS)
@pytest.mark.parametrize("path", PAGES)
def test_accessibility_score_is_100(lighthouse_results, path, form_factor):
    result = lighthouse_results[(path, form_factor)]
    failing = ["%s (%s): %s" % (a["id"], a["title"], "; ".join(a["targets"])) for a in result["failing"]]
    # Audits that weigh nothing (aria-allowed-role, ...) do not lower the score: they must pass too.
    assert (result["score"], failing) == (100, []), "\n".join(failing)
