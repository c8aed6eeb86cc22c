"""A page in its own fresh browser context, closed when the `with` block ends."""


class BrowserVisit:
    def __init__(self, browser, base_url, **context_options):
        self.base_url = base_url
        self.context = browser.new_context(**context_options)
        self.page = self.context.new_page()

    def close(self):
        self.context.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()
