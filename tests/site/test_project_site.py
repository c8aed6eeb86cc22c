"""A fork hosted as a GitHub project site lives under a path prefix (https://owner.github.io/my-fork/). The same
sources, built with that address, must work there: assets, the self-hosted PyScript runtime, the language switcher
and the 404 page."""

import pytest

from page_visit import PageVisit
from project_copy import build, copy_project
from site_server import serve

PREFIX = "/my-fork/"

pytestmark = pytest.mark.xdist_group("project-site")  # one worker builds the shared fixture once


@pytest.fixture(scope="module")
def project_site_url(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("fork"))
    result = build(project, site_url="https://owner.example.org" + PREFIX)
    assert result.returncode == 0, result.stdout
    with serve(project / "site", prefix=PREFIX) as url:
        yield url


@pytest.mark.browser
@pytest.mark.parametrize("path", ["selfcheck/", "en/selfcheck/", "selfcheck/workshop/", "en/selfcheck/workshop/"])
def test_python_runs_under_a_path_prefix(browser, project_site_url, path):
    with PageVisit(browser, project_site_url) as visit:
        assert visit.open(path).status == 200
        assert visit.page.locator(':is([data-selfcheck], [data-workshop])[data-ready="1"]').count() == 1
        assert visit.failures == [] and visit.foreign_requests == [] and visit.console_errors == []


@pytest.mark.browser
def test_language_switcher_stays_under_the_prefix(browser, project_site_url):
    with PageVisit(browser, project_site_url) as visit:
        visit.open("continuum/")
        english = visit.page.locator('.md-select__link[hreflang="en"]')
        visit.page.goto(english.evaluate("link => link.href"))
        assert visit.page.url == project_site_url + "en/continuum/"
        assert visit.page.locator("html").get_attribute("lang") == "en"


@pytest.mark.browser
def test_404_page_works_under_the_prefix(browser, project_site_url):
    with PageVisit(browser, project_site_url) as visit:
        assert visit.open("en/no-such-page/").status == 404
        assert visit.failures == [], "the 404 page's own assets load"
        home_links = visit.page.locator(".not-found a").evaluate_all("links => links.map(a => a.href)")
        assert home_links == [project_site_url, project_site_url + "en/"]
