"""The self-check page's start-up: with its modules as source (what the build ships when it cannot compile them) it
scores the same; when Python cannot start, or fails while starting, the reader is told in their language. Answers
given before Python is ready: test_selfcheck_reliability.py and test_selfcheck_results.py."""

import json
import re
from collections import Counter
from urllib.parse import urljoin

import pytest

from selfcheck.text import say

from selfcheck_visit import PATHS, UI, Visit, answer_set, as_shown, expected_view

pytestmark = pytest.mark.browser

LANGS = ["fr", "en"]


def serve_as_source(route):
    """The page as the build writes it when it ships the modules as source: .py files in its settings and preloads."""
    response = route.fetch()
    route.fulfill(response=response, body=response.text().replace('.mpy"', '.py"'))


@pytest.mark.parametrize("lang", LANGS)
def test_with_its_modules_as_source_the_page_scores_the_same(browser, base_url, lang):
    with Visit(browser, base_url) as visit:
        requested = []
        visit.page.on("request", lambda request: requested.append(request.url))
        visit.page.route(base_url + PATHS[lang], serve_as_source)
        visit.open(lang)
        answers = answer_set("mixed")
        visit.answer(answers)
        assert visit.shown() == as_shown(expected_view(answers, lang))
        assert [url for url in requested if url.endswith("/assets/python/selfcheck/scoring.py")]
        assert not [url for url in requested if url.endswith(".mpy")]


@pytest.mark.parametrize("lang", LANGS)
def test_each_file_of_the_runtime_is_downloaded_once(browser, base_url, lang):
    """python-page.js asks for the interpreter, its binary and every file at once; polyscript's own requests must
    take those, not download each file a second time."""
    with Visit(browser, base_url) as visit:
        requested = Counter()
        visit.page.on("request", lambda request: requested.update([request.url]))
        visit.open(lang)
        visit.page.wait_for_load_state("networkidle")
        page_url = base_url + PATHS[lang]
        block = visit.page.text_content("script[data-python-page]")
        settings = json.loads(block)
        runtime = [urljoin(page_url, url) for url in [settings["interpreter"], settings["binary"]] + list(settings["files"])]
        assert len(runtime) > 20
        assert {url: requested[url] for url in runtime} == {url: 1 for url in runtime}
        assert not [url for url, count in requested.items() if count > 1 and not re.search(r"favicon", url)]


def assert_told(visit, lang):
    page = visit.page
    page.wait_for_selector("html[data-python-failed]", state="attached", timeout=30_000)
    assert visit.notice() == say(UI, "start_failed", lang)
    assert page.get_attribute("[data-notice]", "data-kind") == "error"
    assert page.get_attribute("[data-selfcheck]", "data-ready") is None
    page.evaluate("() => { delete document.documentElement.dataset.pythonFailed; }")  # seen, expected


@pytest.mark.parametrize("lang", LANGS)
def test_a_python_error_while_the_page_starts_is_told_to_the_reader(browser, base_url, lang):
    with Visit(browser, base_url) as visit:
        visit.page.route("**/page-data.%s.json" % lang, lambda route: route.fulfill(body="{", content_type="application/json"))
        visit.page.goto(base_url + PATHS[lang])
        assert_told(visit, lang)
        assert [error for error in visit.errors if "Traceback" in error]  # the traceback stays in the console
        visit.errors.clear()


@pytest.mark.parametrize("lang", LANGS)
def test_without_webassembly_the_reader_is_told_the_results_cannot_be_worked_out(browser, base_url, lang):
    with Visit(browser, base_url) as visit:
        visit.page.add_init_script("delete window.WebAssembly;")
        visit.page.goto(base_url + PATHS[lang])
        assert_told(visit, lang)
        visit.page.check("#sc-connect-1-4")  # the form still answers, for the paper version or a print
        assert visit.page.is_checked("#sc-connect-1-4")
        visit.errors.clear()


def test_a_module_that_does_not_download_is_told(browser, base_url):
    with Visit(browser, base_url) as visit:
        visit.page.route("**/selfcheck/scoring.mpy", lambda route: route.fulfill(status=404, body="Not found"))
        visit.page.goto(base_url + PATHS["en"])
        assert_told(visit, "en")
        visit.errors.clear()
