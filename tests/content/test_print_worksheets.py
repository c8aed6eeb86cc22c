"""A lesson and a tool print as clean worksheets: no site chrome, black on white, content visible, a real PDF."""

import re

import pytest

from browser_visit import BrowserVisit

# Material's chrome, none of which belongs on paper. The header, both sidebars and the footer are always in the
# page (the test checks that they are there, so that it cannot pass on a page that lost them).
ALWAYS_PRESENT = {
    "header": ".md-header",
    "navigation sidebar": ".md-sidebar--primary",
    "table of contents sidebar": ".md-sidebar--secondary",
    "footer": ".md-footer",
}
HIDDEN_IF_PRESENT = {
    "tabs": ".md-tabs",
    "search": ".md-search",
    "back-to-top button": ".md-top",
    "permalink anchors": ".md-typeset .headerlink",
}
PAGES = [
    ("activities/plan/", "light"),
    ("tools/plan/", "light"),
    ("en/tools/act/", "dark"),
    ("selfcheck/facilitator/", "light"),
]
PDF_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


@pytest.fixture
def print_page(browser, base_url, request):
    path, scheme = request.param
    with BrowserVisit(browser, base_url, color_scheme=scheme) as visit:
        page = visit.page
        response = page.goto(base_url + path)
        assert response is not None and response.ok, "%s%s did not load" % (base_url, path)
        page.emulate_media(media="print", color_scheme=scheme)
        yield path, page


def hidden(page, selector):
    """True when every element matching selector is out of the printed page."""
    return page.evaluate(
        """selector => [...document.querySelectorAll(selector)].every(element => {
            const style = getComputedStyle(element);
            const box = element.getBoundingClientRect();
            return style.display === "none" || style.visibility === "hidden" || box.width * box.height === 0;
        })""",
        selector,
    )


@pytest.mark.browser
@pytest.mark.parametrize("print_page", PAGES, ids=["%s-%s" % page for page in PAGES], indirect=True)
def test_site_chrome_is_hidden_in_print(print_page):
    path, page = print_page
    for name, selector in ALWAYS_PRESENT.items():
        assert page.locator(selector).count() > 0, "%s: the %s (%s) is not in the page at all" % (path, name, selector)
    shown = [
        "%s (%s)" % (name, selector)
        for name, selector in {**ALWAYS_PRESENT, **HIDDEN_IF_PRESENT}.items()
        if not hidden(page, selector)
    ]
    assert not shown, "%s: still visible in print: %s" % (path, ", ".join(shown))


@pytest.mark.browser
@pytest.mark.parametrize("print_page", PAGES, ids=["%s-%s" % page for page in PAGES], indirect=True)
def test_content_prints_black_on_white(print_page):
    path, page = print_page
    title = page.locator("article h1")
    assert title.is_visible(), "%s: the page title is not visible in print" % path
    assert page.locator("article table, article .task-list-item").first.is_visible(), (
        "%s: no worksheet table or checklist is visible in print" % path
    )
    colours = page.evaluate(
        """() => ({
            text: getComputedStyle(document.querySelector("article")).color,
            background: getComputedStyle(document.body).backgroundColor,
        })"""
    )
    assert colours == {"text": "rgb(0, 0, 0)", "background": "rgb(255, 255, 255)"}, "%s: printed colours are %s" % (
        path,
        colours,
    )


@pytest.mark.browser
@pytest.mark.parametrize("print_page", PAGES[:2], ids=["%s-%s" % page for page in PAGES[:2]], indirect=True)
def test_page_saves_as_pdf(print_page, tmp_path):
    path, page = print_page
    pdf = tmp_path / "worksheet.pdf"
    page.pdf(path=str(pdf), format="Letter", print_background=False)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF"), "%s: page.pdf() did not write a PDF" % path
    pages = len(PDF_PAGE.findall(data))
    assert pages >= 1, "%s: the PDF has no page" % path
