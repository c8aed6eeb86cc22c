"""Result texts (report.view) and the chart (chart.bar_chart) agree with the scorer, in both languages.

Runs under CPython (pytest) and MicroPython (tests/micropython/run.mjs): plain asserts, no pytest features.
"""

from selfcheck import read_bank, score
from selfcheck.chart import PLOT_WIDTH, bar_chart, bar_length
from selfcheck.markup import to_html
from selfcheck.report import band_meaning, view
from selfcheck.ui import read_ui

BANK = read_bank()
UI = read_ui()
NBSP = "\u00a0"


def answers_all(value, skip_activity=None):
    return {"items": {item["id"]: value for item in BANK["items"] if item["activity"] != skip_activity},
            "continuum": {"1": "yes", "2": "yes", "3": "no"}, "aim": 4}


def test_the_view_shows_the_scorers_figures():
    answers = answers_all(4)
    result = score(BANK, answers)
    for lang in ("fr", "en"):
        shown = view(BANK, UI, result, lang)
        for entry, figures in zip(result["activities"], shown["activities"]):
            assert figures["id"] == entry["id"]
            assert figures["score"] == entry["score"]
            assert figures["band"] == entry["band"]
            assert figures["score_text"] == (entry["score"].replace(".", ",") if lang == "fr" else entry["score"])
        assert shown["overall"]["score"] == result["overall"]["score"]


def test_texts_in_french_and_english():
    result = score(BANK, answers_all(5, skip_activity="plan"))
    french = view(BANK, UI, result, "fr")
    english = view(BANK, UI, result, "en")
    plan_fr = [f for f in french["activities"] if f["id"] == "plan"][0]
    assert (plan_fr["score_text"], plan_fr["band_text"], plan_fr["meaning_text"]) == (
        "—", "Pas assez de réponses", "Répondez à au moins la moitié des énoncés")
    assert plan_fr["progress_text"] == "Réponses" + NBSP + ": 0 sur 6"
    assert english["progress"]["text"] == "Answered: 33 of 40"  # 29 statements, 3 continuum answers, the aim
    overall = result["overall"]["score"]
    assert english["summary"] == "Overall score: %s out of 5 (%s)." % (overall, BANK["bands"][result["overall"]["band"]]["en"])
    assert english["continuum"]["current_text"] == "2. Coordinating"
    assert english["continuum"]["aim_text"] == "4. Collaborating"
    assert len(english["continuum"]["steps"]) == 2
    assert english["continuum"]["steps"][0].startswith("3. Cooperating — ")


def test_each_band_says_what_it_means_with_its_range():
    expected = {
        "fr": {"strength": "4,0 ou plus" + NBSP + ": un acquis à entretenir",
               "watch": "De 3,0 à 3,9" + NBSP + ": à discuter entre partenaires",
               "priority": "Moins de 3,0" + NBSP + ": à travailler en premier",
               "insufficient": "Répondez à au moins la moitié des énoncés"},
        "en": {"strength": "4.0 or more: an asset to maintain",
               "watch": "3.0 to 3.9: worth discussing with your partners",
               "priority": "Below 3.0: work on this first",
               "insufficient": "Answer at least half of the statements"},
    }
    for lang in expected:
        for band in expected[lang]:
            assert band_meaning(UI, band, lang) == expected[lang][band], (lang, band)
    assert band_meaning(UI, "insufficient", "fr", "meaning_overall_insufficient") == (
        "Il faut un score dans au moins 3 activités")
    assert band_meaning(UI, "insufficient", "en", "meaning_overall_insufficient") == (
        "Needs a score in at least 3 activities")


def test_the_results_rows_show_the_bands_meaning():
    answers = answers_all(3)
    result = score(BANK, answers)
    english = view(BANK, UI, result, "en")
    assert [entry["meaning_text"] for entry in english["activities"]] == (
        ["3.0 to 3.9: worth discussing with your partners"] * 6)
    assert english["overall"]["meaning_text"] == "3.0 to 3.9: worth discussing with your partners"
    french = view(BANK, UI, score(BANK, {"items": {"connect-1": 5}}), "fr")
    assert french["overall"]["meaning_text"] == "Il faut un score dans au moins 3 activités"


def test_a_yes_above_a_no_on_the_continuum_is_pointed_out():
    result = score(BANK, {"continuum": {"1": "yes", "2": "no", "3": "yes", "4": "yes"}})
    assert view(BANK, UI, result, "fr")["continuum"]["out_of_order"] == (
        "Vous avez répondu «" + NBSP + "oui" + NBSP + "» pour Coopération et Collaboration après un «" + NBSP + "non"
        + NBSP + "» pour Coordination. Chaque niveau comprend ceux qui le précèdent" + NBSP + ": votre niveau "
        "d’aujourd’hui s’arrête donc avant ce «" + NBSP + "non" + NBSP + "». Revoyez ces réponses avec vos partenaires.")
    english = view(BANK, UI, result, "en")["continuum"]
    assert english["out_of_order"] == (
        "You answered “yes” for Cooperating and Collaborating after “no” for Coordinating. Each level includes the "
        "ones before it, so your level today stops before that “no”. Go over these answers with your partners.")
    assert english["current_text"] == "1. Networking"
    one = score(BANK, {"continuum": {"1": "no", "2": "yes"}})
    assert view(BANK, UI, one, "en")["continuum"]["out_of_order"].startswith(
        "You answered “yes” for Coordinating after “no” for Networking.")


def test_answers_that_follow_on_get_no_continuum_notice():
    for continuum in ({}, {"1": "yes", "2": "yes", "3": "no", "4": "no"}, {"1": "yes", "3": "yes"}):
        for lang in ("fr", "en"):
            assert view(BANK, UI, score(BANK, {"continuum": continuum}), lang)["continuum"]["out_of_order"] == ""


def test_priorities_come_with_advice_and_links():
    answers = answers_all(2)
    answers["items"]["connect-5"] = 2  # reverse statement: counts 4
    result = score(BANK, answers)
    shown = view(BANK, UI, result, "en")
    assert [p["id"] for p in shown["priorities"]] == result["priorities"]
    first = shown["priorities"][0]
    assert first["text"] == BANK["recommendations"][first["id"]]["priority"]["en"]
    assert first["lesson"] == "activities/%s/" % first["id"]
    assert first["tool"] == "tools/%s/" % first["id"]
    assert first["lesson_text"].startswith("Read the lesson: ")
    assert shown["priorities_note"] == ""


def test_nothing_answered_says_what_to_do():
    shown = view(BANK, UI, score(BANK, {}), "fr")
    assert shown["priorities"] == []
    assert shown["priorities_note"] == "Répondez à au moins la moitié des énoncés d’une activité pour voir son résultat."
    assert shown["summary"] == ("Pas encore de score d’ensemble" + NBSP
                                + ": il faut assez de réponses dans au moins 3 activités.")
    assert shown["continuum"]["current_text"] == "Aucun niveau atteint pour l’instant"
    assert shown["continuum"]["aim_text"] == "Pas encore choisi"


def test_bars_run_from_the_scale_minimum_to_its_maximum():
    assert bar_length("1.0") == 0
    assert bar_length("3.0") == PLOT_WIDTH // 2
    assert bar_length("5.0") == PLOT_WIDTH


def test_the_chart_is_an_image_with_a_title_a_description_and_one_bar_per_scored_activity():
    result = score(BANK, answers_all(3, skip_activity="act"))
    shown = view(BANK, UI, result, "en")
    svg = to_html(bar_chart(BANK, UI, shown, "en"))
    assert svg.startswith('<svg aria-labelledby="sc-chart-title sc-chart-desc" class="selfcheck-chart-svg" role="img"')
    assert '<title id="sc-chart-title">Score of each activity, out of 5</title>' in svg
    assert "Working together for change: — (Not enough answers)" in svg
    assert svg.count("<rect ") == 5
    assert svg.count('class="selfcheck-bar selfcheck-bar--watch"') == 5


def test_chart_texts_are_escaped():
    node = ("svg", {"role": "img"}, [("text", {"x": "0"}, ['<script>alert("x")</script>'])])
    assert to_html(node) == '<svg role="img"><text x="0">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</text></svg>'


def test_the_pages_cut_down_data_gives_the_same_view_and_chart():
    from selfcheck.page_data import is_build_only, is_workshop_only, page_data

    answers = answers_all(2)
    answers["items"]["plan-1"] = "dk"
    # The form's own texts are in its HTML; the group results' are the workshop page's.
    shown = sorted(key for key in UI if not is_build_only(key) and not is_workshop_only(key))
    assert "report_label" in shown and "noscript" not in shown
    for lang in ("fr", "en"):
        data = page_data(BANK, UI, lang)
        assert sorted(data["ui"]) == shown
        assert [sorted(entry) for entry in data["ui"].values()] == [[lang]] * len(shown)
        full = view(BANK, UI, score(BANK, answers), lang)
        cut = view(data["bank"], data["ui"], score(data["bank"], answers), lang)
        assert cut == full
        assert to_html(bar_chart(data["bank"], data["ui"], cut, lang)) == to_html(bar_chart(BANK, UI, full, lang))
