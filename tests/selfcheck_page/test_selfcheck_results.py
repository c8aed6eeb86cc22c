"""The self-check page shows what `selfcheck` computes, live, in both languages; the form works before Python."""

import pytest
from playwright.sync_api import expect

from selfcheck_visit import BANK, Visit, answer_set, as_shown, expected_view

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", ["mixed", "strong", "sparse"])
def test_displayed_results_equal_what_selfcheck_computes(browser, base_url, lang, name):
    with Visit(browser, base_url) as visit:
        visit.open(lang)
        answers = answer_set(name)
        visit.answer(answers)
        assert visit.shown() == as_shown(expected_view(answers, lang))
        assert visit.errors == []


def test_results_update_on_every_answer_and_the_chart_has_one_bar_per_scored_activity(browser, base_url):
    with Visit(browser, base_url) as visit:
        page = visit.open("en")
        assert visit.shown() == as_shown(expected_view({}, "en"))
        answers = {"items": {}, "continuum": {}, "aim": None}
        for item in BANK["items"][:5]:
            before = visit.revision()
            page.check("#sc-%s-4" % item["id"])
            answers["items"][item["id"]] = 4
            assert visit.revision() != before
            assert visit.shown() == as_shown(expected_view(answers, "en"))
        assert page.locator("[data-chart] svg[role=img] rect").count() == 1
        assert page.get_attribute("[data-chart] svg", "aria-labelledby") == "sc-chart-title sc-chart-desc"
        summary = page.locator("[data-summary]")
        summary.scroll_into_view_if_needed()  # the results are rendered only near the screen (content-visibility)
        expect(summary).to_have_text(expected_view(answers, "en")["summary"], use_inner_text=True)
        assert page.get_attribute("[data-summary]", "aria-live") == "polite"


def test_priorities_link_to_their_lesson_and_tool(browser, base_url):
    with Visit(browser, base_url) as visit:
        page = visit.open("fr")
        answers = answer_set("mixed")
        visit.answer(answers)
        first = expected_view(answers, "fr")["priorities"][0]
        links = page.locator('[data-priority="%s"] a' % first["id"])
        assert links.nth(0).get_attribute("href") == "../" + first["lesson"]
        assert links.nth(1).get_attribute("href") == "../" + first["tool"]
        assert links.nth(0).inner_text() == first["lesson_text"]


def test_answers_given_before_python_is_ready_are_kept(browser, base_url):
    with Visit(browser, base_url) as visit:
        page = visit.page
        # Hold the interpreter back so the reader can answer the static form first.
        release = []
        page.route("**/micropython.wasm", lambda route: release.append(route))
        page.goto(base_url + "selfcheck/", wait_until="domcontentloaded")
        page.check("#sc-connect-1-2")
        page.check("#sc-vision-3-dk")
        page.wait_for_function("() => true")
        while not release:
            page.wait_for_timeout(50)
        release[0].continue_()
        visit.wait_ready()
        answers = {"items": {"connect-1": 2, "vision-3": "dk"}, "continuum": {}, "aim": None}
        assert visit.checked_ids() == ["sc-connect-1-2", "sc-vision-3-dk"]
        assert visit.shown() == as_shown(expected_view(answers, "fr"))
        assert visit.stored()["answers"]["items"] == {"connect-1": 2, "vision-3": "dk"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_runtime_settings_are_not_shown(browser, base_url, lang):
    with Visit(browser, base_url) as visit:
        page = visit.open(lang)
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_timeout(100)  # a frame, so that the end of the page is rendered
        assert '"interpreter"' not in page.inner_text("article")
        assert page.locator("script[data-python-page]").count() == 1
        assert not page.is_visible(".selfcheck-runtime")


CONTINUUM_NOTES = {
    "fr": "Vous avez répondu «\u00a0oui\u00a0» pour Coopération après un «\u00a0non\u00a0» pour Coordination. Chaque "
          "niveau comprend ceux qui le précèdent\u00a0: votre niveau d’aujourd’hui s’arrête donc avant ce «\u00a0non\u00a0». "
          "Revoyez ces réponses avec vos partenaires.",
    "en": "You answered “yes” for Cooperating after “no” for Coordinating. Each level includes the ones before it, so "
          "your level today stops before that “no”. Go over these answers with your partners.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_yes_after_a_no_on_the_continuum_is_pointed_out_until_it_is_resolved(browser, base_url, lang):
    with Visit(browser, base_url) as visit:
        page = visit.open(lang)
        note = page.locator("[data-continuum-note]")
        page.check("#sc-level-1-yes")
        page.check("#sc-level-2-no")
        expect(note).to_be_hidden()
        page.check("#sc-level-3-yes")
        note.scroll_into_view_if_needed()
        expect(note).to_have_text(CONTINUUM_NOTES[lang])
        assert page.get_attribute("[data-result-continuum]", "data-current") == "1"
        page.check("#sc-level-2-yes")
        expect(note).to_be_hidden()
        assert page.get_attribute("[data-result-continuum]", "data-current") == "3"
        assert visit.errors == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_results_table_says_what_each_score_means_beside_its_band(browser, base_url, lang):
    with Visit(browser, base_url) as visit:
        page = visit.open(lang)
        visit.answer(answer_set("strong"))
        headers = page.locator("table:has([data-result-overall]) thead th").all_inner_texts()
        assert headers == {"fr": ["Activité", "Score sur 5", "Résultat", "Réponses"],
                           "en": ["Activity", "Score out of 5", "Result", "Answers"]}[lang]
        meaning = page.locator('[data-result-overall] [data-cell="meaning"]')
        meaning.scroll_into_view_if_needed()
        expect(meaning).to_have_text({"fr": "4,0 ou plus\u00a0: un acquis à entretenir",
                                      "en": "4.0 or more: an asset to maintain"}[lang])
        # The band's colour dot (drawn before its name) survives the page script writing the name.
        band = page.locator('[data-result-overall] .selfcheck-band[data-cell="band"]')
        expect(band).to_have_text({"fr": "Force", "en": "Strength"}[lang])
        dot = band.evaluate("span => getComputedStyle(span, '::before').backgroundColor")
        assert dot not in ("", "rgba(0, 0, 0, 0)"), dot
        assert "%" not in page.inner_text("table:has([data-result-overall])")
