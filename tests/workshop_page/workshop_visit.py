"""Helpers for the workshop page's browser tests: open the page, add files and links, read what it shows.

The self-check page's visit (tests/selfcheck_page/selfcheck_visit.py) records console errors, page errors and caught
Python faults; this one does the same on the workshop page. Expected figures and messages come from `selfcheck`
itself under CPython, as there.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "selfcheck_page"))

from selfcheck_visit import BANK, BLOCKED_STORAGE, UI, Visit, answer_set  # noqa: E402,F401

FIXTURES = HERE.parent / "data" / "workshop"
PATHS = {"fr": "selfcheck/workshop/", "en": "en/selfcheck/workshop/"}
SELFCHECK_PATHS = {"fr": "selfcheck/", "en": "en/selfcheck/"}
STORAGE_KEY = "selfcheck-workshop:" + BANK["id"]
COUNT_KEYS = ("respondents", "added", "replaced", "duplicates", "refused")


def fixture(name):
    path = FIXTURES / name
    assert path.exists(), path
    return path


class WorkshopVisit(Visit):
    """The workshop page in a fresh browser context; closing it fails the test on any error the pages showed."""

    def faults(self):
        found = super().faults()
        for page in self.context.pages:
            if page.url.startswith(self.base_url) and page.locator("[data-workshop][data-fault]").count():
                found.append("a Python error was caught on %s: %s" % (page.url, page.inner_text("[data-notice]")))
        return found

    def open(self, lang="fr", fragment=""):
        self.page.goto(self.base_url + PATHS[lang] + fragment)
        self.wait_ready()
        return self.page

    def wait_ready(self):
        self.page.wait_for_selector('[data-workshop][data-ready="1"]', state="attached", timeout=30_000)

    def revision(self):
        return self.page.get_attribute("[data-workshop]", "data-revision")

    def add_files(self, *names):
        """Pick files in the file input at once, and wait until the page has shown what they did."""
        before = self.revision()
        self.page.set_input_files("input[data-workshop-files]", [str(fixture(name)) for name in names])
        self.wait_changed(before)

    def add_paths(self, *paths):
        before = self.revision()
        self.page.set_input_files("input[data-workshop-files]", [str(path) for path in paths])
        self.wait_changed(before)

    def paste_links(self, text):
        before = self.revision()
        self.page.fill("textarea[data-workshop-links]", text)
        self.page.click("[data-workshop-add-links]")
        self.wait_changed(before)

    def wait_changed(self, before):
        self.page.wait_for_function(
            "before => document.querySelector('[data-workshop]').dataset.revision !== before", arg=before)

    def counts(self):
        return self.page.evaluate(
            "keys => Object.fromEntries(keys.map(k => [k, document.querySelector('[data-group-count]')"
            ".getAttribute('data-' + k)]))", list(COUNT_KEYS))

    def count_text(self):
        return self.page.text_content("[data-group-count]")

    def refusals(self):
        return self.page.eval_on_selector_all("[data-group-refusals] li", "items => items.map(li => li.textContent)")

    def stored(self):
        return self.page.evaluate("key => localStorage.getItem(key)", STORAGE_KEY)

    def plan_activities(self):
        return self.page.eval_on_selector_all("[data-plan-rows] [data-field=activity]",
                                              "fields => fields.map(f => f.value)")


def expected_counts(respondents, added=0, replaced=0, duplicates=0, refused=0):
    return {"respondents": str(respondents), "added": str(added), "replaced": str(replaced),
            "duplicates": str(duplicates), "refused": str(refused)}


def read_fixture(name):
    return fixture(name).read_text(encoding="utf-8")


def fixture_document(name):
    return json.loads(read_fixture(name))
