"""Quality gates over every page of every build (the site and a fork's copy, see built_site.py), in a real browser.

Each page: no request leaves the local server, nothing fails to load, the console stays free of errors, and
axe-core finds no accessibility violation; in the dark colour scheme too, every text keeps its contrast.
"""

import pytest

from built_site import BROWSER_BUILDS, built_site, each_page
from page_visit import PageVisit

PAGES = each_page(builds=BROWSER_BUILDS)


@pytest.mark.parametrize("build", BROWSER_BUILDS)
def test_every_build_has_its_pages_in_each_of_its_languages(build):
    site = built_site(build)
    pages = site.pages()
    assert "" in pages, "run `make build` first"
    for locale in site.languages:
        assert len([p for p in pages if site.language_of(p) == locale and p != "404.html"]) >= 10, locale


@pytest.mark.browser
@pytest.mark.parametrize("build, path", PAGES)
def test_page_is_self_contained_error_free_and_accessible(browser, site_url, build, path):
    with PageVisit(browser, site_url(build)) as visit:
        # The 404 page is seen the way readers see it: at an address that leads nowhere.
        response = visit.open("no-such-page/" if path == "404.html" else path)
        assert response.status == (404 if path == "404.html" else 200)
        assert visit.foreign_requests == [], "requests to other hosts"
        assert visit.failures == [], "resources that failed to load"
        console_errors = [e for e in visit.console_errors if not (path == "404.html" and "404" in e)]
        assert console_errors == [], "console errors"
        assert visit.axe_violations() == [], "axe-core violations"


@pytest.mark.browser
@pytest.mark.parametrize("build, path", PAGES)
def test_page_is_legible_in_the_dark_scheme(browser, site_url, build, path):
    # Only colours change with the scheme: the colour rules run here, every rule runs in the light scheme above.
    with PageVisit(browser, site_url(build), color_scheme="dark") as visit:
        visit.open("no-such-page/" if path == "404.html" else path)
        assert visit.page.evaluate("document.body.dataset.mdColorScheme") == "slate"
        assert visit.axe_violations(rules=["color-contrast", "link-in-text-block"]) == [], "axe-core violations"
