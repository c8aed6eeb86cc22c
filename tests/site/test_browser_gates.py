"""Quality gates over every built page of both languages, in a real browser.

Each page: no request leaves the local server, nothing fails to load, the console stays free of errors, and
axe-core finds no accessibility violation; in the dark colour scheme too, every text keeps its contrast.
"""

import pytest

from built_site import page_paths
from page_visit import PageVisit

PAGES = page_paths()


def test_the_site_has_pages_in_both_languages():
    assert "" in PAGES and "en/" in PAGES, "run `make build` first"
    assert len([p for p in PAGES if p.startswith("en/")]) >= 10


@pytest.mark.browser
@pytest.mark.parametrize("path", PAGES)
def test_page_is_self_contained_error_free_and_accessible(browser, base_url, path):
    with PageVisit(browser, base_url) as visit:
        # The 404 page is seen the way readers see it: at an address that leads nowhere.
        response = visit.open("no-such-page/" if path == "404.html" else path)
        assert response.status == (404 if path == "404.html" else 200)
        assert visit.foreign_requests == [], "requests to other hosts"
        assert visit.failures == [], "resources that failed to load"
        console_errors = [e for e in visit.console_errors if not (path == "404.html" and "404" in e)]
        assert console_errors == [], "console errors"
        assert visit.axe_violations() == [], "axe-core violations"


@pytest.mark.browser
@pytest.mark.parametrize("path", PAGES)
def test_page_is_legible_in_the_dark_scheme(browser, base_url, path):
    # Only colours change with the scheme: the colour rules run here, every rule runs in the light scheme above.
    with PageVisit(browser, base_url, color_scheme="dark") as visit:
        visit.open("no-such-page/" if path == "404.html" else path)
        assert visit.page.evaluate("document.body.dataset.mdColorScheme") == "slate"
        assert visit.axe_violations(rules=["color-contrast", "link-in-text-block"]) == [], "axe-core violations"
