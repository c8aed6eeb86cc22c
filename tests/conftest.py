"""Shared fixtures: the built site, a local server for it, and a real browser (Chromium through Playwright)."""

import contextlib
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from site_server import serve

# Speed is the benchmark's business, never a test's: no per-example time limit, which fails under load.
settings.register_profile("untimed", deadline=None)
settings.load_profile("untimed")

ROOT = Path(__file__).resolve().parent.parent
SITE_DIR = ROOT / "site"

# Flags that let headless Chromium run as root in a container with no network beyond this machine.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_executable():
    """Debian's Chromium where installed; otherwise Playwright's own browser (None)."""
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="session")
def site_dir():
    if not (SITE_DIR / "index.html").exists():
        pytest.fail("no built site in %s: run `make build` (or `make test`, which builds first)" % SITE_DIR.name)
    return SITE_DIR


@pytest.fixture(scope="session")
def base_url(site_dir):
    with serve(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def site_url():
    """site_url(name): the base URL of the build `name` ("main" or "fork", see tests/site/built_site.py), served
    from the first call to the end of the session."""
    from built_site import built_site

    urls = {}
    with contextlib.ExitStack() as servers:
        def url(name):
            if name not in urls:
                urls[name] = servers.enter_context(serve(built_site(name).site_dir))
            return urls[name]

        yield url


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance):
    browser = playwright_instance.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_ARGS)
    yield browser
    browser.close()
