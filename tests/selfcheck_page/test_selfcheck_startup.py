"""The self-check page's start-up: with its modules as source (what the build ships when it cannot compile them) it
scores the same; when Python cannot start, or fails while starting, the reader is told in their language. Answers
given before Python is ready: test_selfcheck_reliability.py and test_selfcheck_results.py."""

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
