"""Open a built page in a fresh browser context and record what would embarrass it."""

from axe_check import axe_violations
from browser_visit import BrowserVisit


class PageVisit(BrowserVisit):
    """Opens one page and records everything that would embarrass it."""

    def __init__(self, browser, base_url, color_scheme="light"):
        super().__init__(browser, base_url, color_scheme=color_scheme)
        self.foreign_requests, self.failures, self.console_errors = [], [], []
        self.page.on("request", self._on_request)
        self.page.on("requestfailed", lambda r: self.failures.append("%s (%s)" % (r.url, r.failure)))
        self.page.on("response", self._on_response)
        self.page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        self.page.on("pageerror", lambda e: self.console_errors.append("page error: %s" % e))
        self.main_url = None

    def _on_request(self, request):
        if not request.url.startswith(self.base_url) and not request.url.startswith(("data:", "blob:")):
            self.foreign_requests.append(request.url)

    def _on_response(self, response):
        if response.status >= 400 and response.url != self.main_url:
            self.failures.append("%s (HTTP %d)" % (response.url, response.status))

    def open(self, path):
        self.main_url = self.base_url + path
        response = self.page.goto(self.main_url, wait_until="load")
        for root in ("[data-selfcheck]", "[data-workshop]"):  # the pages that run Python: wait until it has attached
            if self.page.locator(root).count():
                self.page.wait_for_selector(root + '[data-ready="1"]', state="attached", timeout=30_000)
        self.page.wait_for_load_state("networkidle")
        return response

    def axe_violations(self, rules=None):
        return axe_violations(self.page, {"runOnly": {"type": "rule", "values": rules}} if rules else None)
