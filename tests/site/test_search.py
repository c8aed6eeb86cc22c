"""One search index serves both languages; a reader only gets results in the language of the page they are on."""

import pytest

from browser_visit import BrowserVisit

QUERY = "Himmelman"  # a name that both languages use
SEARCH_READY = """() => {
  const meta = document.querySelector(".md-search-result__meta");
  const config = JSON.parse(document.getElementById("__config").textContent);
  return meta !== null && meta.textContent.trim() === config.translations["search.result.placeholder"];
}"""


def _search(browser, base_url, path):
    with BrowserVisit(browser, base_url) as visit:
        page = visit.page
        # Material drops queries typed before its worker has loaded the index; once it has, the result line changes
        # from "initializing" to the placeholder. On the self-check page Material starts only after Python.
        page.goto(base_url + path)
        page.wait_for_function(SEARCH_READY, timeout=15_000)
        search = page.locator("input.md-search__input")
        search.click()
        search.press_sequentially(QUERY)
        results = page.locator(".md-search-result__item > .md-search-result__link")
        results.first.wait_for(timeout=15_000)
        # Material renders results in batches: read whatever is shown in one go, not one by one while it grows.
        return results.evaluate_all("links => links.map(link => link.getAttribute('href'))")


@pytest.mark.browser
@pytest.mark.parametrize("path", ["continuum/", "selfcheck/"])
def test_french_pages_find_only_french_pages(browser, base_url, path):
    hrefs = _search(browser, base_url, path)
    assert hrefs, "the query finds something"
    assert [h for h in hrefs if h.startswith(base_url + "en/")] == []


@pytest.mark.browser
@pytest.mark.parametrize("path", ["en/continuum/", "en/selfcheck/"])
def test_english_pages_find_only_english_pages(browser, base_url, path):
    hrefs = _search(browser, base_url, path)
    assert hrefs, "the query finds something"
    assert [h for h in hrefs if not h.startswith(base_url + "en/")] == []
