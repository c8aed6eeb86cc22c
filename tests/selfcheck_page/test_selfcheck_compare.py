"""Compare over time on the self-check page: an earlier result (file or pasted link) as the baseline, the change per
activity with its arrow and signed value, following the answers, kept over a reload, removed; results of another
bank refused, of another version of the bank carried over."""

import json

import pytest

from selfcheck import score
from selfcheck.answers import AnswersError, export_text, refusal, share_fragment
from selfcheck.baseline import comparison_view

from selfcheck_visit import BANK, BLOCKED_STORAGE, PATHS, STORAGE_KEY, UI, Visit, answer_set

pytestmark = pytest.mark.browser

BASELINE_KEY = STORAGE_KEY + ":baseline"


def shown_comparison(page):
    """What the comparison table shows, or None while it is hidden."""
    return page.evaluate("""() => {
      const box = document.querySelector("[data-comparison]");
      if (box.hidden) return null;
      const row = tr => ({
        direction: tr.dataset.direction, change: tr.dataset.change,
        cells: ["before", "now", "arrow", "change", "change-words"].map(c => tr.querySelector(`[data-cell="${c}"]`).textContent)
      });
      const rows = {};
      for (const tr of box.querySelectorAll("[data-compare-activity]")) rows[tr.dataset.compareActivity] = row(tr);
      return {caption: box.querySelector("caption").textContent, activities: rows,
              overall: row(box.querySelector("[data-compare-overall]"))};
    }""")


def expected_comparison(current, baseline_answers, lang, label="", date=None):
    baseline = {"answers": baseline_answers, "label": label, "date": date, "respondent": None, "carried": None}
    view = comparison_view(BANK, UI, score(BANK, current), score(BANK, baseline_answers), baseline, lang)

    def row(entry):
        return {"direction": entry["direction"], "change": entry["change"],
                "cells": [entry["before"], entry["now"], entry["arrow"], entry["change_text"],
                          " (%s)" % entry["change_words"]]}

    return {"caption": view["caption"], "activities": {entry["id"]: row(entry) for entry in view["activities"]},
            "overall": row(view["overall"])}


def wait_for_notice(page, text):
    page.wait_for_function("text => document.querySelector('[data-notice]').textContent === text", arg=text)


def test_a_file_as_baseline_shows_the_change_follows_the_answers_and_is_kept(browser, base_url, tmp_path):
    with Visit(browser, base_url) as visit:
        page = visit.open("fr")
        assert shown_comparison(page) is None
        current = answer_set("mixed")
        visit.answer(current)
        earlier = tmp_path / "autodiagnostic-2025.json"
        earlier.write_text(export_text(BANK, answer_set("strong"), "fr", "2025-03-14", "Équipe Nord", respondent="abcdefgh23"),
                           encoding="utf-8")
        page.set_input_files("[data-baseline-file]", str(earlier))
        wait_for_notice(page, UI["compare_loaded"]["fr"])
        expected = expected_comparison(current, answer_set("strong"), "fr", "Équipe Nord", "2025-03-14")
        assert shown_comparison(page) == expected
        # All 5s before: every activity the mixed answers score is lower now, with a down arrow.
        assert {row["direction"] for row in expected["activities"].values()} == {"down"}
        assert expected["activities"]["connect"] == {"direction": "down", "change": "\u22121.5",
                                                     "cells": ["5,0", "3,5", "\u2193", "\u22121,5", " (en baisse)"]}
        assert expected["caption"] == ("Évolution depuis le résultat antérieur, enregistré le 2025-03-14 (équipe ou "
                                       "séance\u00a0: Équipe Nord)")

        changed = dict(current, items=dict(current["items"]))
        for item in BANK["items"]:
            if item["activity"] == "connect":
                changed["items"][item["id"]] = 1 if item.get("reverse") else 5
                page.check("#sc-%s-%s" % (item["id"], changed["items"][item["id"]]))
        assert shown_comparison(page) == expected_comparison(changed, answer_set("strong"), "fr", "Équipe Nord",
                                                             "2025-03-14")
        assert shown_comparison(page)["activities"]["connect"]["direction"] == "same"

        page.reload()
        visit.wait_ready()
        assert shown_comparison(page) == expected_comparison(changed, answer_set("strong"), "fr", "Équipe Nord",
                                                             "2025-03-14")
        page.click('[data-baseline-action="remove"]')
        assert shown_comparison(page) is None
        assert visit.notice() == UI["compare_removed"]["fr"]
        assert page.evaluate("key => localStorage.getItem(key)", BASELINE_KEY) is None
        page.reload()
        visit.wait_ready()
        assert shown_comparison(page) is None
        assert visit.stored()["answers"] == changed


def test_a_pasted_share_link_as_baseline(browser, base_url):
    with Visit(browser, base_url) as visit:
        page = visit.open("en")
        visit.answer(answer_set("strong"))
        earlier = share_fragment(BANK, answer_set("mixed"), "abcdefgh23")
        page.fill("[data-baseline-link]", "From last year’s e-mail: <%s%s#%s> (keep it)" % (base_url, PATHS["en"], earlier))
        page.press("[data-baseline-link]", "Enter")
        wait_for_notice(page, UI["compare_loaded"]["en"])
        expected = expected_comparison(answer_set("strong"), answer_set("mixed"), "en")
        assert shown_comparison(page) == expected
        assert {row["direction"] for row in expected["activities"].values()} == {"up"}
        assert page.input_value("[data-baseline-link]") == ""
        assert visit.stored()["answers"] == answer_set("strong")  # the answers are not touched


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_results_of_another_bank_are_refused_and_another_version_carried_over(browser, base_url, lang, tmp_path):
    with Visit(browser, base_url) as visit:
        page = visit.open(lang)
        current = answer_set("mixed")
        visit.answer(current)
        other = json.loads(export_text(BANK, answer_set("strong"), lang, "2025-03-14"))
        other["bank"] = {"id": "another-bank", "version": "1.0.0"}
        path = tmp_path / "other.json"
        path.write_text(json.dumps(other), encoding="utf-8")
        page.set_input_files("[data-baseline-file]", str(path))
        message = refusal(UI, AnswersError("err_bank_id", found="another-bank"), lang, "baseline")
        wait_for_notice(page, message)
        assert shown_comparison(page) is None

        page.fill("[data-baseline-link]", "no link here")
        page.click('[data-baseline-action="link"]')
        wait_for_notice(page, refusal(UI, AnswersError("err_no_links"), lang, "baseline"))
        assert page.input_value("[data-baseline-link]") == "no link here"  # kept, to be corrected

        older = json.loads(export_text(BANK, answer_set("strong"), lang, "2025-03-14"))
        older["bank"]["version"] = "1.0.0"
        older["answers"]["items"]["connect-99"] = 3
        path.write_text(json.dumps(older), encoding="utf-8")
        page.set_input_files("[data-baseline-file]", str(path))
        wait_for_notice(page, UI["compare_loaded_carried"][lang].replace("{found}", "1.0.0").replace(
            "{version}", BANK["version"]).replace("{kept}", str(len(BANK["items"]))).replace("{dropped}", "1"))
        assert shown_comparison(page) == expected_comparison(current, answer_set("strong"), lang, date="2025-03-14")

        # A refusal leaves the comparison shown as it was.
        link = share_fragment(dict(BANK, version="1.0.0"), answer_set("sparse"))
        page.fill("[data-baseline-link]", link)
        page.click('[data-baseline-action="link"]')
        wait_for_notice(page, refusal(UI, AnswersError("err_bank_version", found="1.0.0", expected=BANK["version"]),
                                      lang, "baseline"))
        assert shown_comparison(page) == expected_comparison(current, answer_set("strong"), lang, date="2025-03-14")
        assert visit.stored()["answers"] == current


def test_a_damaged_kept_baseline_is_forgotten_and_told(browser, base_url):
    with Visit(browser, base_url) as visit:
        page = visit.open("en")
        page.evaluate("key => localStorage.setItem(key, '{\"tool\": ')", BASELINE_KEY)
        page.reload()
        visit.wait_ready()
        assert visit.notice() == UI["compare_lost"]["en"]
        assert shown_comparison(page) is None
        assert page.evaluate("key => localStorage.getItem(key)", BASELINE_KEY) is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_without_storage_the_comparison_shows_and_says_it_is_not_kept(browser, base_url, lang):
    with Visit(browser, base_url) as visit:
        visit.page.add_init_script(BLOCKED_STORAGE)
        page = visit.open(lang)
        visit.answer(answer_set("mixed"))
        page.fill("[data-baseline-link]", share_fragment(BANK, answer_set("strong")))
        page.click('[data-baseline-action="link"]')
        wait_for_notice(page, UI["compare_loaded"][lang] + " " + UI["compare_not_kept"][lang])
        assert shown_comparison(page) == expected_comparison(answer_set("mixed"), answer_set("strong"), lang)
        page.click('[data-baseline-action="remove"]')
        assert shown_comparison(page) is None


def test_a_huge_kept_baseline_is_forgotten_and_told(browser, base_url):
    with Visit(browser, base_url) as visit:
        page = visit.open("fr")
        page.evaluate("([key, text]) => localStorage.setItem(key, text)", [BASELINE_KEY, "x" * (3 * 1024 * 1024 // 2)])
        page.reload()
        visit.wait_ready()
        assert visit.notice() == UI["compare_lost"]["fr"]
        assert shown_comparison(page) is None
        assert page.evaluate("key => localStorage.getItem(key)", BASELINE_KEY) is None
