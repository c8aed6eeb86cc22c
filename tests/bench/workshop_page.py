"""The workshop page's figure for `make bench`: adding 200 exported result files at once, in the page itself.

Run after `make build`: `.venv/bin/python tests/bench/workshop_page.py [SITE_DIR]`. From the moment the files are
picked (the file input's change event) until the page shows 200 respondents: the browser reads every file, the
page's MicroPython checks and merges them (collect.add_sources), saves the set, computes the group's results and
redraws. tests/bench/workshop.mjs times the same work of `selfcheck` alone, in Node. Each sample starts from an
empty set in a fresh page; the median is printed with its target.
"""

import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from conftest import CHROMIUM_ARGS, SITE_DIR as BUILT_SITE, chromium_executable  # noqa: E402
from site_server import serve  # noqa: E402

from selfcheck import read_bank  # noqa: E402
from selfcheck.answers import export_text, new_respondent_id  # noqa: E402

SITE_DIR = Path(sys.argv[1] if len(sys.argv) > 1 else BUILT_SITE).resolve()
RESPONDENTS = 200
SAMPLES = 5
TARGET_MS = 2000
PAGE = "selfcheck/workshop/"

# Set before the page script runs: the time of the file input's change event, seen before the page's own handler.
WATCH_PICK = """
document.addEventListener("change", event => {
  if (event.target.matches("input[data-workshop-files]")) window.__pickedAt = performance.now();
}, true);
"""
SHOWN = """n => document.querySelector('[data-group-count]').dataset.respondents === String(n)"""


def write_files(folder):
    bank = read_bank()
    values = (1, 2, 3, 4, 5, "dk")
    paths = []
    for number in range(RESPONDENTS):
        answers = {"items": {item["id"]: values[(index * 7 + number) % len(values)]
                             for index, item in enumerate(bank["items"])},
                   "continuum": {str(level): ("yes", "no")[(number >> level) & 1] for level in range(1, 5)},
                   "aim": 1 + number % 4}
        respondent = new_respondent_id(bytes([number >> 8, number & 255, 7, 7, 7, 7, 7]))
        path = folder / ("%03d.json" % number)
        path.write_text(export_text(bank, answers, "fr", "2026-11-02", "Organisme %d" % number, None, respondent),
                        encoding="utf-8")
        paths.append(str(path))
    return paths


def main():
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, serve(SITE_DIR) as url, sync_playwright() as playwright:
        paths = write_files(Path(folder))
        browser = playwright.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_ARGS)
        times = []
        for _ in range(SAMPLES + 1):  # the first warms the server and the browser's cache up
            context = browser.new_context()
            page = context.new_page()
            page.add_init_script(WATCH_PICK)
            page.goto(url + PAGE)
            page.wait_for_selector('[data-workshop][data-ready="1"]', state="attached", timeout=30_000)
            page.set_input_files("input[data-workshop-files]", paths)
            page.wait_for_function(SHOWN, arg=RESPONDENTS, timeout=60_000, polling="raf")
            times.append(page.evaluate("() => performance.now() - window.__pickedAt"))
            context.close()
        browser.close()
    median = statistics.median(times[1:])
    print("workshop page: add %d result files at once, from picking them to the group shown (Chromium, MicroPython): "
          "median %.0f ms (target: %d ms or less)" % (RESPONDENTS, median, TARGET_MS))


if __name__ == "__main__":
    main()
