"""Helpers for the self-check page's browser tests: open the page, answer, read what it shows, compute the expected.

The expected figures come from `selfcheck` itself under CPython, so the page is checked against the very code the
build validated.
"""

import json

from browser_visit import BrowserVisit
from selfcheck import read_bank, score
from selfcheck.names import AIM_NAME, item_name, level_name, radio_id
from selfcheck.report import view
from selfcheck.ui import read_ui

BANK = read_bank()
UI = read_ui()
PATHS = {"fr": "selfcheck/", "en": "en/selfcheck/"}
STORAGE_KEY = "selfcheck:" + BANK["id"]
# What Chromium does when the reader blocks cookies and site data for the site (an init script).
BLOCKED_STORAGE = (
    "Object.defineProperty(Navigator.prototype, 'cookieEnabled', {get() { return false; }});"
    "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('denied', 'SecurityError'); }});")


def answer_set(name, bank=BANK):
    """Fixed answer sets: "mixed" (every kind of answer), "strong" (all 5s), "sparse" (too few for an overall)."""
    items = {}
    for index, item in enumerate(bank["items"]):
        if name == "strong":
            items[item["id"]] = 1 if item.get("reverse") else 5
        elif name == "mixed":
            if index % 9 != 4:
                items[item["id"]] = "dk" if index % 8 == 6 else 1 + (index * 3) % 5
        elif name == "sparse" and item["activity"] in ("connect", "plan"):
            items[item["id"]] = 2 + index % 3
    continuum = {"strong": {"1": "yes", "2": "yes", "3": "yes", "4": "yes"},
                 "mixed": {"1": "yes", "2": "no", "3": "yes"}, "sparse": {}}[name]
    aim = {"strong": 4, "mixed": 3, "sparse": None}[name]
    return {"items": items, "continuum": continuum, "aim": aim}


def expected_view(answers, lang, bank=BANK):
    return view(bank, UI, score(bank, answers), lang)


def radio_ids(answers):
    ids = [radio_id(item_name(item_id), value) for item_id, value in answers["items"].items()]
    ids += [radio_id(level_name(level), value) for level, value in answers["continuum"].items()]
    if answers.get("aim") is not None:
        ids.append(radio_id(AIM_NAME, answers["aim"]))
    return ids


class Visit(BrowserVisit):
    """The self-check page in a fresh browser context, with its console errors recorded.

    Closing the visit fails the test if any page of it logged a console error, threw a page error, could not start
    its Python (data-python-failed on <html>) or caught a Python error at one of its entry points (data-fault): each
    is a defect, whatever the test was looking at. A test that already failed keeps its own failure."""

    def __init__(self, browser, base_url, color_scheme="light", viewport=None, accept_downloads=False):
        options = {"color_scheme": color_scheme, "accept_downloads": accept_downloads}
        if viewport:
            options["viewport"] = viewport
        super().__init__(browser, base_url, **options)
        self.errors = []
        self.watch(self.page)

    def watch(self, page):
        """Record the console and page errors of `page` (a second tab of the same context, for instance)."""
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append("page error: %s" % e))
        return page

    def new_tab(self):
        return self.watch(self.context.new_page())

    def faults(self):
        """Python errors the pages show, and entry points that caught one."""
        found = []
        for page in self.context.pages:
            if page.url.startswith(self.base_url):
                if page.locator("[data-selfcheck][data-fault]").count():
                    found.append("a Python error was caught on %s: %s" % (page.url, page.inner_text("[data-notice]")))
                if page.locator("html[data-python-failed]").count():
                    found.append("Python could not start on %s: %s" % (page.url, page.inner_text("[data-notice]")))
        return found

    def __exit__(self, exc_type, *exc_info):
        try:
            if exc_type is None:
                assert self.errors + self.faults() == [], "errors on the self-check page"
        finally:
            self.close()

    def open(self, lang="fr", fragment=""):
        self.page.goto(self.base_url + PATHS[lang] + fragment)
        self.wait_ready()
        return self.page

    def wait_ready(self):
        self.page.wait_for_selector('[data-selfcheck][data-ready="1"]', state="attached", timeout=30_000)

    def answer(self, answers):
        for control in radio_ids(answers):
            self.page.check("#" + control)

    def checked_ids(self):
        return sorted(self.page.eval_on_selector_all("[data-selfcheck] input[type=radio]:checked",
                                                     "inputs => inputs.map(i => i.id)"))

    def revision(self):
        return self.page.get_attribute("[data-selfcheck]", "data-revision")

    def notice(self):
        return self.page.inner_text("[data-notice]").strip()

    def shown(self):
        """What the page shows: per activity and overall, the contract attributes and the visible cells."""
        return self.page.evaluate("""() => {
          const figures = row => ({
            score: row.dataset.score, band: row.dataset.band,
            cells: ["score", "band", "meaning", "answered"].map(c => row.querySelector(`[data-cell="${c}"]`).textContent)
          });
          const rows = {};
          for (const row of document.querySelectorAll("[data-result-activity]")) rows[row.dataset.resultActivity] = figures(row);
          const continuum = document.querySelector("[data-result-continuum]");
          return {
            activities: rows,
            overall: figures(document.querySelector("[data-result-overall]")),
            summary: document.querySelector("[data-summary]").textContent,
            progress: document.querySelector("[data-progress-overall]").textContent,
            priorities: [...document.querySelectorAll("[data-priority]")].map(li => li.dataset.priority),
            continuum: {current: continuum.dataset.current, aim: continuum.dataset.aim,
                        texts: [...continuum.querySelectorAll("dd")].map(dd => dd.textContent)},
            guidance: document.querySelector("[data-continuum-guidance]").textContent,
            continuum_note: (note => note.hidden ? null : note.textContent)(document.querySelector("[data-continuum-note]")),
          };
        }""")

    def stored(self):
        text = self.page.evaluate("key => localStorage.getItem(key)", STORAGE_KEY)
        return None if text is None else json.loads(text)


def as_shown(expected):
    """The expected view in the shape `Visit.shown` reads."""
    def figures(entry):
        return {"score": entry["score"], "band": entry["band"],
                "cells": [entry["score_text"], entry["band_text"], entry["meaning_text"], entry["answered_text"]]}

    continuum = expected["continuum"]
    return {
        "activities": {entry["id"]: figures(entry) for entry in expected["activities"]},
        "overall": figures(expected["overall"]),
        "summary": expected["summary"],
        "progress": expected["progress"]["text"],
        "priorities": [entry["id"] for entry in expected["priorities"]],
        "continuum": {"current": str(continuum["current"]),
                      "aim": "" if continuum["aim"] is None else str(continuum["aim"]),
                      "texts": [continuum["current_text"], continuum["aim_text"]]},
        "guidance": continuum["guidance"],
        "continuum_note": continuum["out_of_order"] or None,  # hidden when the answers follow on
    }
