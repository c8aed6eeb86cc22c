"""Page figures for `make bench`: start-up of the self-check page against its floor and against the page as it was,
main-thread tasks, first paint, bytes downloaded, time from one answer to new results, Lighthouse's performance score.

Run after `make build`: `.venv/bin/python tests/bench/pages.py [-v] [--loads N] [--lighthouse N] [SITE_DIR]` (-v lists
the files downloaded). Every load is cold: a new Chromium per load, with the same executable and flags as the tests,
so nothing is cached between loads. The variants below are loaded in turn, round after round (interleaved, so that
the load of a shared machine weighs on all of them alike); figures are medians, each printed with its target.
Bytes are what GitHub Pages would send: every requested file of the built site, gzip level 6.

The variants are the built page with one lever of its start-up undone each (its runtime preloaded from the head,
which python-page.js asks for instead), two levers measured and not kept (start tags first in the head, the questions
in a <template>), the page as it was before those levers (REFERENCE_*:
PyScript's <mpy-script>, modules as source, its tags after the form), and the floors: an empty page running one line
of Python with the page's engine and interpreter, and the same with the reference's PyScript.
"""

import gzip
import html
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from conftest import CHROMIUM_ARGS, SITE_DIR as BUILT_SITE, chromium_executable  # noqa: E402
from site_server import serve  # noqa: E402


def option(name, default):
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


ARGS = [a for i, a in enumerate(sys.argv[1:], 1) if not a.startswith("-") and sys.argv[i - 1] not in ("--loads", "--lighthouse")]
SITE_DIR = Path(ARGS[0] if ARGS else BUILT_SITE).resolve()
LOADS = option("--loads", 9)  # rounds: each loads every variant once
LIGHTHOUSE_RUNS = option("--lighthouse", 3)
UPDATES = 15
SELFCHECK_PAGE = "selfcheck/"
LESSON_PAGE = "activities/connect/"
PYSCRIPT_DIST = ROOT / "node_modules" / "@pyscript" / "core" / "dist"

TARGET_FLOOR_RATIO = 1.3
TARGET_REFERENCE_RATIO = 0.6
TARGET_TASK_MS = 50
TARGET_LIGHTHOUSE = 95
TARGET_SELFCHECK_KB = 420
TARGET_LESSON_KB = 200
TARGET_UPDATE_MS = 16

# Set before any page script runs: when [data-selfcheck] gets data-ready="1" (ms since navigation start), and every
# main-thread task over 50 ms (the browser's long tasks), with its start and length.
WATCH = """
window.__longTasks = [];
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
}).observe({type: "longtask", buffered: true});
new MutationObserver((records, observer) => {
  const root = document.querySelector('[data-selfcheck][data-ready="1"]');
  if (root) { window.__readyAt = performance.now(); observer.disconnect(); }
}).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-ready"]});
"""

FIGURES = """() => ({
  ready: window.__readyAt ?? null,
  fcp: (performance.getEntriesByName("first-contentful-paint")[0] || {}).startTime ?? null,
  loaded: performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd,
  tasks: window.__longTasks,
})"""

# One click on a statement's radio; MicroPython runs on the main thread, so the page's change handler (scoring and
# redrawing the results) has finished when click() returns. The long tasks seen after it are this answer's.
TIME_ONE_ANSWER = """
async ([index, value]) => {
  const radio = document.querySelectorAll("fieldset[data-item]")[index].querySelector(`input[value="${value}"]`);
  const before = document.querySelector("[data-selfcheck]").dataset.revision;
  const seen = window.__longTasks.length;
  const start = performance.now();
  radio.click();
  const elapsed = performance.now() - start;
  const changed = document.querySelector("[data-selfcheck]").dataset.revision !== before;
  await new Promise(resolve => setTimeout(resolve, 100));  // the long-task entry comes after its task
  const longest = Math.max(0, ...window.__longTasks.slice(seen).map(task => task[1]));
  return {elapsed, changed, longest};
}
"""

# The page as it was before its start-up was reworked, kept as the reference: PyScript's core and <mpy-script>
# (PyScript's own Python library written and imported at every load), the modules as source, and these tags after
# the form, with preloads of PyScript's chunks, the interpreter and every file.
REFERENCE_PLUGINS = ["!deprecations-manager", "!donkey", "!py-editor", "!py-game", "!py-terminal"]
REFERENCE_RUNTIME = """<div class="selfcheck-runtime">
<script src="../assets/javascripts/selfcheck-storage.js"></script>
<py-config type="json">%(py_config)s</py-config>
<script type="module" async src="../assets/pyscript/core.js"></script>
<mpy-script src="../assets/python/selfcheck_page.py" config="%(config)s"></mpy-script>
</div>"""

# The floors: an empty page that runs one line of Python, with the page's engine and interpreter and their preloads,
# and nothing else (no theme, no form, no modules); and the same with the reference's PyScript.
FLOOR_PAGE = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Python alone</title><link rel="icon" href="data:,">
%(head)s
</head><body><div data-selfcheck></div>
%(body)s
</body></html>
"""
FLOOR_LINE = 'from js import document\ndocument.querySelector("[data-selfcheck]").setAttribute("data-ready", "1")\n'
FLOOR_ENGINE = """<script type="module">
import "../assets/polyscript/index.js";
const script = document.createElement("script");
script.type = "micropython";
script.setAttribute("version", new URL("../assets/micropython/micropython.mjs", document.baseURI).href);
script.textContent = %s;
document.body.append(script);
</script>"""


def built_page():
    return (SITE_DIR / SELFCHECK_PAGE / "index.html").read_text(encoding="utf-8")


def settings_of(page):
    found = re.search(r"<script type=\"application/json\" data-python-page>(.*?)</script>", page)
    if not found:
        raise SystemExit("the bench needs the settings block of the built self-check page")
    return json.loads(found.group(1).replace("<\\/", "</"))


def with_settings(page, settings):
    block = json.dumps(settings, ensure_ascii=False).replace("</", "<\\/")
    return re.sub(r"(<script type=\"application/json\" data-python-page>).*?(</script>)",
                  lambda m: m.group(1) + block + m.group(2), page)


RUNTIME_BLOCK = re.compile(r'<div class="selfcheck-runtime">.*?</div>\n?', re.S)


def as_source(page):
    """The page with its modules as source (.py), as the build ships them when it cannot compile them."""
    return page.replace('.mpy"', '.py"')


def runtime_in_head(page):
    """The page with its settings block and start script first in its head, before the stylesheets (measured, not
    kept: no steady gain, DOMContentLoaded later as Python's start takes turns with the browser reading the page, and
    the downloads again before the first paint)."""
    block = RUNTIME_BLOCK.search(page).group(0)
    start = re.search(r'<script type="application/json" data-python-page>.*?</script>\s*<script type="module"[^>]*>'
                      r'</script>', block, re.S).group(0)
    page = page.replace(block, block.replace(start, ""), 1)
    head = page.index("<head>") + len("<head>")
    return page[:head] + "\n" + start + page[head:]


def form_in_template(page):
    """The page with its questions in a <template> that a script right after it puts in place (measured, not kept:
    a few tens of milliseconds at most, and without JavaScript the questions would no longer be in the page)."""
    first = re.search(r'<div class="selfcheck-group"', page).start()
    end = page.rindex("<", 0, page.index('class="selfcheck-results"'))
    return (page[:first] + '<template id="questions">' + page[first:end] + "</template><script>(function (t) { "
            't.replaceWith(t.content); })(document.getElementById("questions"));</script>' + page[end:])


def runtime_after_form(page):
    """The page with its Python tags after the form, where the interpreter starts once the page is read."""
    block = RUNTIME_BLOCK.search(page).group(0)
    return RUNTIME_BLOCK.sub("", page, count=1).replace("</article>", block + "</article>", 1)


def in_one_task(page, directory):
    """The page starting Python in one go: page_start.py with its pauses taken out (no turn for the browser)."""
    source = (SITE_DIR / "assets/python/page_start.py").read_text(encoding="utf-8")
    (directory / "page_start.py").write_text(source + "\n\ndef pause():\n    return Promise.resolve(None)\n", encoding="utf-8")
    settings = settings_of(page)
    settings["files"] = {url: mount for url, mount in settings["files"].items() if "page_start." not in url}
    settings["files"]["page_start.py"] = "./page_start.py"
    settings["modules"] = []
    return with_settings(page, settings)


def reference(page, compiled=False):
    """The page with the reference tags (PyScript) instead of its own: modules as source unless `compiled`."""
    settings = settings_of(page)
    files = {}
    for url, mount in settings["files"].items():
        if "page_start." in url or "selfcheck_page." in url:
            continue
        files[url if compiled else url.replace(".mpy", ".py")] = mount if compiled else mount.replace(".mpy", ".py")
    config = {"interpreter": settings["interpreter"], "files": files, "plugins": REFERENCE_PLUGINS}
    chunks = sorted(p.name for p in PYSCRIPT_DIST.glob("*.js") if p.name.startswith(("core-", "error-")))
    preloads = ['<link rel="modulepreload" href="../assets/pyscript/%s">' % name for name in ["core.js"] + chunks]
    preloads.append('<link rel="modulepreload" href="../assets/micropython/micropython.mjs">')
    preloads += ['<link rel="preload" href="%s" as="fetch" crossorigin>' % url
                 for url in ["../assets/micropython/micropython.wasm", "../assets/python/selfcheck_page.py"] + list(files)]
    runtime = REFERENCE_RUNTIME % {"py_config": html.escape(json.dumps({"plugins": REFERENCE_PLUGINS})),
                                   "config": html.escape(json.dumps(config))}
    page = RUNTIME_BLOCK.sub("", page, count=1)
    return page.replace("</head>", "\n".join(preloads) + "\n</head>", 1).replace("</article>", runtime + "</article>", 1)


ENGINE_PRELOADS = ['<link rel="modulepreload" href="../assets/polyscript/index.js">',
                   '<link rel="modulepreload" href="../assets/micropython/micropython.mjs">',
                   '<link rel="preload" href="../assets/micropython/micropython.wasm" as="fetch" crossorigin>']


def head_preloads(page):
    """The page with the engine, the interpreter and every Python file preloaded from its head, as it had them."""
    links = ENGINE_PRELOADS + ['<link rel="preload" href="%s" as="fetch" crossorigin>' % url
                               for url in settings_of(page)["files"]]
    return page.replace("</head>", "\n".join(links) + "\n</head>", 1)


def floor(page):
    return FLOOR_PAGE % {"head": "\n".join(ENGINE_PRELOADS), "body": FLOOR_ENGINE % json.dumps(FLOOR_LINE)}


def reference_floor(page):
    chunks = sorted(p.name for p in PYSCRIPT_DIST.glob("*.js") if p.name.startswith(("core-", "error-")))
    head = ['<link rel="modulepreload" href="../assets/pyscript/%s">' % name for name in ["core.js"] + chunks]
    head += ['<link rel="modulepreload" href="../assets/micropython/micropython.mjs">',
             '<link rel="preload" href="../assets/micropython/micropython.wasm" as="fetch" crossorigin>',
             '<py-config type="json">%s</py-config>' % html.escape(json.dumps({"plugins": REFERENCE_PLUGINS})),
             '<script type="module" async src="../assets/pyscript/core.js"></script>']
    config = {"interpreter": "../assets/micropython/micropython.mjs", "plugins": REFERENCE_PLUGINS}
    body = '<mpy-script config="%s">\n%s</mpy-script>' % (html.escape(json.dumps(config)), FLOOR_LINE)
    return FLOOR_PAGE % {"head": "\n".join(head), "body": body}


# name: (what it is, how it is made from the built page and the variant's folder); "lesson" is a lesson page of the
# built site as it is.
VARIANTS = {
    "page": ("the self-check page as built", lambda page, _: page),
    "reference": ("the page as it was (PyScript, .py, tags after the form)", lambda page, _: reference(page)),
    "reference+mpy": ("the same with the compiled modules", lambda page, _: reference(page, compiled=True)),
    "no-mpy": ("the page with its modules as source", lambda page, _: as_source(page)),
    "late-start": ("the page with its Python tags after the form", lambda page, _: runtime_after_form(page)),
    "preloads": ("the page preloading its runtime from its head", lambda page, _: head_preloads(page)),
    "head-start": ("the page with its start tags first in its head", lambda page, _: runtime_in_head(page)),
    "template": ("the page with its questions in a <template>", lambda page, _: form_in_template(page)),
    "one-task": ("the page starting Python in one task", in_one_task),
    "floor": ("an empty page: one line of Python, the page's engine", lambda page, _: floor(page)),
    "floor-pyscript": ("an empty page: one line of Python, PyScript", lambda page, _: reference_floor(page)),
}


def bench_site(directory):
    """A copy of the built site made of links, with each variant at /<name>/ (one folder deep, like the page)."""
    page = built_page()
    for entry in SITE_DIR.iterdir():
        if entry.name != "assets":
            (directory / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    (directory / "assets").mkdir()
    for entry in (SITE_DIR / "assets").iterdir():
        (directory / "assets" / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    if not (directory / "assets" / "pyscript").exists():  # the reference's engine, from node_modules
        (directory / "assets" / "pyscript").symlink_to(PYSCRIPT_DIST, target_is_directory=True)
    for name, (_, make) in VARIANTS.items():
        (directory / name).mkdir()
        (directory / name / "index.html").write_text(make(page, directory / name), encoding="utf-8")


def gzip_size(path):
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


def site_file(url, base_url, directory):
    path = unquote(urlsplit(url).path)[len(urlsplit(base_url).path):]
    target = directory / path
    return target / "index.html" if path == "" or path.endswith("/") else target


def load(playwright, base_url, path, with_updates=False):
    """One cold load of `path`: {ready, fcp, loaded (DOMContentLoaded), longest (task before data-ready), urls,
    updates: [(ms, longest task)]}."""
    browser = playwright.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_ARGS)
    try:
        page = browser.new_context().new_page()
        requested = {}
        page.on("request", lambda request: requested.setdefault(request.url.split("#")[0], True))
        page.add_init_script(WATCH)
        page.goto(base_url + path, wait_until="load")
        python = page.locator("[data-selfcheck]").count() > 0
        if python:
            page.wait_for_selector('[data-selfcheck][data-ready="1"]', state="attached", timeout=30_000)
        page.wait_for_load_state("networkidle")
        figures = page.evaluate(FIGURES)
        end = figures["ready"] if python else figures["loaded"]
        figures["longest"] = max([task[1] for task in figures["tasks"] if task[0] < end] + [0])
        figures["urls"] = list(requested)
        figures["updates"] = []
        if with_updates:
            items = page.locator("fieldset[data-item]").count()
            for number in range(UPDATES):
                result = page.evaluate(TIME_ONE_ANSWER, [number % items, str(1 + number % 5)])
                if not result["changed"]:
                    raise SystemExit("an answer did not update the results (data-revision unchanged)")
                figures["updates"].append((result["elapsed"], result["longest"]))
        return figures
    finally:
        browser.close()


def download_size(urls, base_url, directory):
    """(gzip bytes, raw bytes, files) over the requested files that the site holds."""
    packed = raw = 0
    files = []
    for url in urls:
        if not url.startswith(base_url):
            continue
        target = site_file(url, base_url, directory)
        if target.is_file():
            packed += gzip_size(target)
            raw += target.stat().st_size
            files.append((gzip_size(target), target.relative_to(directory).as_posix()))
    return packed, raw, sorted(files, reverse=True)


def lighthouse(directory, paths):
    """{path: [{score, fcp, lcp, tbt}]} from LIGHTHOUSE_RUNS interleaved runs, the site served gzip-compressed."""
    with serve(directory, compress=True) as base_url:
        run = subprocess.run(["node", str(Path(__file__).with_name("lighthouse_performance.mjs")), base_url,
                              str(LIGHTHOUSE_RUNS), *paths], capture_output=True, text=True, timeout=1800,
                             env={**os.environ, "CHROME_PATH": chromium_executable() or "/usr/bin/chromium"})
    if run.returncode != 0:
        raise SystemExit("lighthouse_performance.mjs failed:\n" + run.stderr[-3000:])
    results = {}
    for line in run.stdout.splitlines():
        result = json.loads(line)
        results.setdefault(result["path"], []).append(result)
    return results


def verdict(ok):
    return "ok" if ok else "MISSED"


def median(values):
    return statistics.median(values) if values else float("nan")


def main():
    from playwright.sync_api import sync_playwright

    verbose = "-v" in sys.argv
    if not (SITE_DIR / "index.html").exists():
        raise SystemExit("no built site: run `make build` first")
    names = list(VARIANTS) + ["lesson"]
    paths = {name: name + "/" for name in VARIANTS}
    paths["lesson"] = LESSON_PAGE
    loads = {name: [] for name in names}
    with tempfile.TemporaryDirectory() as folder:
        directory = Path(folder)
        bench_site(directory)
        print("load average before: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))
        with serve(directory) as base_url, sync_playwright() as playwright:
            for number in range(LOADS):
                order = names[number % len(names):] + names[:number % len(names)]  # each goes first in turn
                for name in order:
                    loads[name].append(load(playwright, base_url, paths[name], with_updates=name == "page" and number == 0))
            print("load average after the loads: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))
            sizes = {name: download_size(loads[name][-1]["urls"], base_url, directory) for name in names}
        scores = lighthouse(directory, [paths["page"], paths["reference"], paths["lesson"]]) if LIGHTHOUSE_RUNS else {}
        print("load average at the end: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))

    def figure(name, key):
        return median([entry[key] for entry in loads[name] if entry[key] is not None])  # an empty page never paints

    print("\nnavigation to data-ready, to DOMContentLoaded, to first contentful paint, and the longest main-thread "
          "task before data-ready: medians of %d cold loads each, interleaved" % LOADS)
    for name in names:
        label = VARIANTS[name][0] if name in VARIANTS else "a lesson page (no Python: tasks to DOMContentLoaded)"
        ready = "%5.0f ms" % figure(name, "ready") if name != "lesson" else "       -"
        paint = figure(name, "fcp")
        print("  %-15s ready %s  loaded %5.0f ms  paint %s  task %4.0f ms  %s" % (
            name, ready, figure(name, "loaded"), "%4.0f ms" % paint if paint == paint else "   none",
            figure(name, "longest"), label))
    ready, floor_ms, reference_ms = figure("page", "ready"), figure("floor", "ready"), figure("reference", "ready")
    print("\nGoals")
    print("  data-ready %.0f ms = %.2f x the floor page's %.0f ms (target <= %.1f x) %s"
          % (ready, ready / floor_ms, floor_ms, TARGET_FLOOR_RATIO, verdict(ready <= TARGET_FLOOR_RATIO * floor_ms)))
    print("    (the page's own DOMContentLoaded, %.0f ms, is %.2f x that floor; the reference's floor, PyScript's, is "
          "%.0f ms)" % (figure("page", "loaded"), figure("page", "loaded") / floor_ms, figure("floor-pyscript", "ready")))
    print("  data-ready %.0f ms = %.2f x the page as it was, %.0f ms (target <= %.1f x) %s"
          % (ready, ready / reference_ms, reference_ms, TARGET_REFERENCE_RATIO,
             verdict(ready <= TARGET_REFERENCE_RATIO * reference_ms)))
    longest = [entry["longest"] for entry in loads["page"]]
    print("  longest main-thread task from navigation to data-ready: median %.0f ms, worst %.0f ms of %d loads "
          "(target <= %d ms) %s" % (median(longest), max(longest), len(longest), TARGET_TASK_MS,
                                    verdict(median(longest) <= TARGET_TASK_MS)))
    updates = [update for entry in loads["page"] for update in entry["updates"]]
    answer_tasks = [task for _, task in updates]
    print("  longest main-thread task for one answer: median %.0f ms, worst %.0f ms of %d answers (target <= %d ms) %s"
          % (median(answer_tasks), max(answer_tasks), len(answer_tasks), TARGET_TASK_MS,
             verdict(max(answer_tasks) <= TARGET_TASK_MS)))
    fcp, lesson_fcp = figure("page", "fcp"), figure("lesson", "fcp")
    print("  first contentful paint %.0f ms, a lesson page's %.0f ms (target: no later) %s"
          % (fcp, lesson_fcp, verdict(fcp <= lesson_fcp)))
    for label, name, target in (("self-check page", "page", TARGET_SELFCHECK_KB), ("lesson page", "lesson", TARGET_LESSON_KB)):
        packed, raw, files = sizes[name]
        print("  %s /%s downloads %.1f KB gzip-6 (%.1f KB uncompressed), %d files (target <= %d KB) %s"
              % (label, paths[name] if name == "lesson" else SELFCHECK_PAGE, packed / 1000, raw / 1000, len(files),
                 target, verdict(packed / 1000 <= target)))
        if verbose:
            for size, file in files:
                print("      %7.1f KB  %s" % (size / 1000, file))
    for name in ("page", "reference", "lesson"):
        runs = scores.get(paths[name], [])
        if runs:
            target = " (target >= %d) %s" % (TARGET_LIGHTHOUSE, verdict(median([r["score"] for r in runs]) >= TARGET_LIGHTHOUSE)) \
                if name == "page" else ""
            print("  Lighthouse mobile performance, served gzip-compressed, %s: median %.0f of %s (FCP %.0f ms, LCP "
                  "%.0f ms, TBT %.0f ms)%s" % (name, median([r["score"] for r in runs]), [r["score"] for r in runs],
                                               median([r["fcp"] for r in runs]), median([r["lcp"] for r in runs]),
                                               median([r["tbt"] for r in runs]), target))
    update_ms = [ms for ms, _ in updates]
    print("  one answer to updated results: median %.1f ms of %d clicks, max %.1f ms (target <= %d ms) %s"
          % (median(update_ms), len(update_ms), max(update_ms), TARGET_UPDATE_MS, verdict(median(update_ms) <= TARGET_UPDATE_MS)))
    packed = {name: sizes[name][0] / 1000 for name in ("reference", "no-mpy")}
    print("  for comparison, downloads: the page as it was %.1f KB, with modules as source %.1f KB"
          % (packed["reference"], packed["no-mpy"]))


if __name__ == "__main__":
    main()
