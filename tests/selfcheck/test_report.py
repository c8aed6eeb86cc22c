"""Result texts (report.view) and the chart (chart.bar_chart) agree with the scorer, in both languages.

Runs under CPython (pytest) and MicroPython (tests/micropython/run.mjs): plain asserts, no pytest features.
"""

from selfcheck import read_bank, score
from selfcheck.chart import PLOT_WIDTH, bar_chart, bar_length
from selfcheck.markup import to_html
from selfcheck.report import view
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
    assert (plan_fr["score_text"], plan_fr["band_text"], plan_fr["percent_text"]) == ("—", "Pas assez de réponses", "—")
    assert plan_fr["progress_text"] == "0 sur 5 énoncés répondus"
    assert english["progress"]["text"] == "29 of 35 answered"  # 25 statements, 3 continuum answers, the aim
    overall = result["overall"]["score"]
    assert english["summary"] == "Overall score: %s out of 5 (%s)." % (overall, BANK["bands"][result["overall"]["band"]]["en"])
    assert english["continuum"]["current_text"] == "2. Coordinating"
    assert english["continuum"]["aim_text"] == "4. Collaborating"
    assert len(english["continuum"]["steps"]) == 2
    assert english["continuum"]["steps"][0].startswith("3. Cooperating — ")


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
    from selfcheck.page_data import page_data

    answers = answers_all(2)
    answers["items"]["plan-1"] = "dk"
    for lang in ("fr", "en"):
        data = page_data(BANK, UI, lang)
        assert sorted(data["ui"]) == sorted(UI)
        assert [sorted(entry) for entry in data["ui"].values()] == [[lang]] * len(UI)
        full = view(BANK, UI, score(BANK, answers), lang)
        cut = view(data["bank"], data["ui"], score(data["bank"], answers), lang)
        assert cut == full
        assert to_html(bar_chart(data["bank"], data["ui"], cut, lang)) == to_html(bar_chart(BANK, UI, full, lang))
