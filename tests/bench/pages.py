"""Page figures for `make bench`: load time to data-ready, bytes downloaded, time from one answer to new results.

Run after `make build`: `.venv/bin/python tests/bench/pages.py [-v] [SITE_DIR]` (-v lists the files downloaded). Every load is cold: a new Chromium per load, with
the same executable and flags as the tests, so nothing is cached between loads. Figures are medians; each is printed
with its target. Bytes are what GitHub Pages would send: every requested file of the built site, gzip level 6.
"""

import gzip
import html
import json
import re
import statistics
import sys
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from conftest import CHROMIUM_ARGS, SITE_DIR as BUILT_SITE, chromium_executable  # noqa: E402
from site_server import serve  # noqa: E402

SITE_DIR = Path(next((a for a in sys.argv[1:] if not a.startswith("-")), BUILT_SITE)).resolve()
LOADS = 5
UPDATES = 15
SELFCHECK_PAGE = "selfcheck/"
LESSON_PAGE = "activities/connect/"

TARGET_READY_MS = 400
TARGET_SELFCHECK_KB = 420
TARGET_LESSON_KB = 200
TARGET_UPDATE_MS = 16

# Set before any page script runs: note when [data-selfcheck] gets data-ready="1", in ms since navigation start.
WATCH_READY = """
new MutationObserver((records, observer) => {
  const root = document.querySelector('[data-selfcheck][data-ready="1"]');
  if (root) { window.__readyAt = performance.now(); observer.disconnect(); }
}).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-ready"]});
"""

# One click on a statement's radio; PyScript's MicroPython runs on the main thread, so the page's change handler
# (scoring and redrawing the results) has finished when click() returns.
TIME_ONE_ANSWER = """
([index, value]) => {
  const radio = document.querySelectorAll("fieldset[data-item]")[index].querySelector(`input[value="${value}"]`);
  const before = document.querySelector("[data-selfcheck]").dataset.revision;
  const start = performance.now();
  radio.click();
  const elapsed = performance.now() - start;
  return {elapsed, changed: document.querySelector("[data-selfcheck]").dataset.revision !== before};
}
"""


# The floor under the data-ready figure: an empty page that runs one line of Python with the self-check page's own
# PyScript tags, interpreter, plugin settings and preloads, and nothing else (no theme, no form, no modules).
FLOOR_PAGE = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>PyScript alone</title><link rel="icon" href="data:,">
%(preloads)s
%(py_config)s
%(core_script)s
</head><body><div data-selfcheck></div>
<mpy-script config="%(config)s">
from pyscript import document
document.querySelector("[data-selfcheck]").setAttribute("data-ready", "1")
</mpy-script>
</body></html>
"""


def write_floor_page(directory):
    """Write floor/index.html beside a link to the built site's assets, from the built self-check page's tags."""
    page = (SITE_DIR / SELFCHECK_PAGE / "index.html").read_text(encoding="utf-8")

    def tags(pattern):
        found = re.findall(pattern, page)
        if not found:
            raise SystemExit("the floor page needs %r in the built self-check page" % pattern)
        return found

    settings = json.loads(html.unescape(tags(r'<mpy-script [^>]*config="([^"]+)"')[0]))
    settings.pop("files")  # nothing to import but PyScript itself
    (directory / "assets").symlink_to(SITE_DIR / "assets", target_is_directory=True)
    (directory / "floor").mkdir()
    (directory / "floor" / "index.html").write_text(FLOOR_PAGE % {
        "preloads": "\n".join(tags(r'<link rel="(?:module)?preload" href="\.\./assets/(?:pyscript|micropython)/[^>]+>')),
        "py_config": tags(r"<py-config.*?</py-config>")[0],
        "core_script": tags(r'<script type="module"[^>]*src="\.\./assets/pyscript/core\.js"></script>')[0],
        "config": html.escape(json.dumps(settings)),
    }, encoding="utf-8")


def gzip_size(path):
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


def site_file(url, base_url):
    path = unquote(urlsplit(url).path)[len(urlsplit(base_url).path):]
    target = SITE_DIR / path
    return target / "index.html" if path == "" or path.endswith("/") else target


def load(playwright, base_url, path, with_updates=False):
    """One cold load of `path`; returns (ms to data-ready or None, ms to DOMContentLoaded, [urls], [update ms])."""
    browser = playwright.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_ARGS)
    try:
        page = browser.new_context().new_page()
        requested = {}
        page.on("request", lambda request: requested.setdefault(request.url.split("#")[0], True))
        page.add_init_script(WATCH_READY)
        page.goto(base_url + path, wait_until="load")
        ready_ms = None
        if page.locator("[data-selfcheck]").count():
            page.wait_for_selector('[data-selfcheck][data-ready="1"]', state="attached", timeout=30_000)
            ready_ms = page.evaluate("window.__readyAt")
        page.wait_for_load_state("networkidle")
        loaded_ms = page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")
        updates = []
        if with_updates:
            items = page.locator("fieldset[data-item]").count()
            for number in range(UPDATES if page.locator("[data-result-overall]").count() else 0):
                result = page.evaluate(TIME_ONE_ANSWER, [number % items, str(1 + number % 5)])
                if not result["changed"]:
                    raise SystemExit("an answer did not update the results (data-revision unchanged)")
                updates.append(result["elapsed"])
        return ready_ms, loaded_ms, list(requested), updates
    finally:
        browser.close()


def download_size(urls, base_url):
    """(gzip bytes, raw bytes, files) over the requested files that the built site holds."""
    packed = raw = 0
    files = []
    for url in urls:
        if not url.startswith(base_url):
            continue
        target = site_file(url, base_url)
        if target.is_file():
            packed += gzip_size(target)
            raw += target.stat().st_size
            files.append((gzip_size(target), target.relative_to(SITE_DIR).as_posix()))
    return packed, raw, sorted(files, reverse=True)


def verdict(value, target):
    return "ok" if value <= target else "OVER TARGET"


def main():
    from playwright.sync_api import sync_playwright

    verbose = "-v" in sys.argv
    if not (SITE_DIR / "index.html").exists():
        raise SystemExit("no built site: run `make build` first")
    with serve(SITE_DIR) as base_url, sync_playwright() as playwright:
        ready, loaded, updates, selfcheck_urls = [], [], [], []
        for number in range(LOADS):
            ready_ms, loaded_ms, urls, update_ms = load(playwright, base_url, SELFCHECK_PAGE, with_updates=number == 0)
            ready.append(ready_ms)
            loaded.append(loaded_ms)
            updates += update_ms
            selfcheck_urls = urls
        floor = []
        with tempfile.TemporaryDirectory() as directory:
            write_floor_page(Path(directory))
            with serve(directory) as floor_url:
                for number in range(LOADS):
                    floor.append(load(playwright, floor_url, "floor/")[0])
        lesson_loaded, lesson_urls = [], []
        for number in range(LOADS):
            _, loaded_ms, lesson_urls, _ = load(playwright, base_url, LESSON_PAGE)
            lesson_loaded.append(loaded_ms)

        ready_median = statistics.median(ready)
        print("self-check page (FR), navigation to data-ready: median %.0f ms of %d cold loads %s (target <= %d ms) %s"
              % (ready_median, LOADS, [round(r) for r in ready], TARGET_READY_MS, verdict(ready_median, TARGET_READY_MS)))
        # This machine's floor, for reading the figure above: a page without the self-check is only "loaded".
        print("    for comparison, navigation to DOMContentLoaded: self-check page median %.0f ms, lesson page median "
              "%.0f ms (no Python at all)" % (statistics.median(loaded), statistics.median(lesson_loaded)))
        print("    floor: an empty page running one line of Python with the same PyScript tags, interpreter and preloads, "
              "median %.0f ms %s" % (statistics.median(floor), [round(r) for r in floor]))
        if updates:
            update_median = statistics.median(updates)
            print("one answer to updated results: median %.1f ms of %d clicks, max %.1f ms (target <= %d ms) %s"
                  % (update_median, len(updates), max(updates), TARGET_UPDATE_MS, verdict(update_median, TARGET_UPDATE_MS)))
        for label, path, urls, target in (("self-check page (FR)", SELFCHECK_PAGE, selfcheck_urls, TARGET_SELFCHECK_KB),
                                          ("lesson page (FR)", LESSON_PAGE, lesson_urls, TARGET_LESSON_KB)):
            packed, raw, files = download_size(urls, base_url)
            print("%s /%s downloads: %.1f KB gzip-6 (%.1f KB uncompressed), %d files (target <= %d KB) %s"
                  % (label, path, packed / 1000, raw / 1000, len(files), target, verdict(packed / 1000, target)))
            if verbose:
                for size, name in files:
                    print("    %7.1f KB  %s" % (size / 1000, name))


if __name__ == "__main__":
    main()
