"""The generated form and paper version: the test contract's attributes, unique ids, labels, escaping, headings.

Runs under CPython (pytest) and MicroPython (tests/micropython/run.mjs): plain asserts, no pytest features.
"""

import json

from selfcheck import load_bank, read_bank, rules
from selfcheck.form import render_form
from selfcheck.paper import band_sentence, render_paper
from selfcheck.ui import read_ui

from selfcheck_support import minimal_bank_data

BANK = read_bank()
UI = read_ui()
NBSP = "\u00a0"


def form(lang="fr", bank=BANK):
    return render_form(bank, UI, lang, "../", "paper/")


def attribute_values(markup, name):
    """Every value of attribute `name` (double-quoted) in `markup`, in order."""
    values = []
    marker = " %s=\"" % name
    start = markup.find(marker)
    while start >= 0:
        start += len(marker)
        end = markup.find('"', start)
        values.append(markup[start:end])
        start = markup.find(marker, end)
    return values


def test_every_statement_is_a_fieldset_with_its_activity():
    markup = form()
    items = attribute_values(markup, "data-item")
    assert items == [item["id"] for item in BANK["items"]]
    for item in BANK["items"]:
        opening = '<fieldset class="selfcheck-item" data-item="%s" data-activity="%s"' % (item["id"], item["activity"])
        expected = opening + (' data-reverse="1">' if item.get("reverse") else ">")
        assert expected in markup, item["id"]
    reverse = [item["id"] for item in BANK["items"] if item.get("reverse")]
    assert markup.count('data-reverse="1"') == len(reverse) > 0


def test_every_statement_offers_five_points_and_dont_know():
    markup = form()
    for item in BANK["items"]:
        values = [markup.count('name="sc-%s" value="%s"' % (item["id"], value)) for value in ("1", "2", "3", "4", "5", "dk")]
        assert values == [1] * 6, item["id"]


def test_the_continuum_has_four_yes_no_statements_and_an_aim():
    markup = form("en")
    assert attribute_values(markup, "data-continuum-level") == ["1", "2", "3", "4"]
    for level in range(1, 5):
        assert 'name="sc-level-%d" value="yes"' % level in markup
        assert 'name="sc-level-%d" value="no"' % level in markup
    assert markup.count("data-continuum-aim") == 1
    assert [markup.count('name="sc-aim" value="%d"' % level) for level in range(1, 5)] == [1, 1, 1, 1]


def test_ids_are_unique_and_every_input_has_a_label():
    for lang in rules.LANGUAGES:
        markup = form(lang)
        ids = attribute_values(markup, "id")
        assert len(ids) == len(set(ids)), lang
        labelled = attribute_values(markup, "for")
        for control in ids:
            if control.startswith("sc-") and control not in ("sc-dialog-text",):
                assert control in labelled, control


def test_results_rows_follow_the_contract():
    markup = form()
    assert attribute_values(markup, "data-result-activity") == [a["id"] for a in BANK["activities"]]
    assert markup.count('<tr data-result-overall data-score="" data-band="insufficient">') == 1
    assert markup.count('data-result-continuum data-current="0" data-aim=""') == 1


def test_activities_continuum_and_results_have_markdown_headings_with_ids():
    markup = form("en")
    for activity in BANK["activities"]:
        assert "\n## %s {#%s}\n" % (activity["name"]["en"], activity["id"]) in markup
    assert "\n## The collaboration continuum {#continuum}\n" in markup
    assert "\n## Your results {#results}\n" in markup


def test_lessons_tools_and_the_paper_version_are_linked():
    markup = form()
    assert '<a href="../activities/connect/">Leçon</a>' in markup
    assert '<a href="../tools/renew/">Outil</a>' in markup
    assert '<noscript><p class="selfcheck-noscript">' in markup and '<a href="paper/">' in markup


def test_bank_texts_are_escaped():
    data = minimal_bank_data()
    data["items"][0]["text"]["en"] = '<img src=x onerror="alert(1)"> & co'
    bank = load_bank(json.dumps(data), "hostile")
    markup = form("en", bank)
    assert "<img" not in markup
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co" in markup


def test_tool_buttons_wait_for_the_script():
    markup = form()
    for action in ("export", "import", "share", "print", "start-over"):
        assert '<button type="button" class="md-button" data-action="%s" disabled>' % action in markup


def test_the_paper_version_has_a_row_per_statement_and_marks_reversed_ones():
    paper = render_paper(BANK, UI, "fr", "../", "../")
    reverse = len([item for item in BANK["items"] if item.get("reverse")])
    assert paper.count(" (i)</th>") == reverse
    assert paper.count('<td class="selfcheck-box"></td>' * 6) == len(BANK["items"])
    for activity in BANK["activities"]:
        assert "\n## %s {#paper-%s}\n" % (activity["name"]["fr"], activity["id"]) in paper


def test_the_paper_version_scores_by_the_same_rules():
    assert band_sentence(BANK, UI, "en") == (
        "Reading the result: Strength from 4.0 up; Needs attention from 3.0 to 3.9; Priority below 3.0.")
    assert band_sentence(BANK, UI, "fr") == (
        "Lisez le résultat" + NBSP + ": Force à partir de 4,0" + NBSP + "; À surveiller de 3,0 à 3,9" + NBSP
        + "; Priorité en dessous de 3,0.")
    assert "at least 3." in render_paper(BANK, UI, "en", "../", "../")
    assert ("A “yes” after a “no” does not count: go over these answers with your partners."
            in render_paper(BANK, UI, "en", "../", "../"))


def test_the_results_table_says_what_each_band_means_not_a_percentage():
    english = form("en")
    assert ('<thead><tr><th scope="col">Activity</th><th scope="col">Score out of 5</th><th scope="col">Result</th>'
            '<th scope="col">Answers</th></tr></thead>') in english
    # The band's name and, under it, its meaning share the result cell (four columns fit a phone).
    cell = ('<td><span class="selfcheck-band" data-cell="band">—</span> '
            '<span class="selfcheck-meaning" data-cell="meaning"></span></td>')
    assert english.count(cell) == len(BANK["activities"]) + 1
    assert "percent" not in english.lower() and "%" not in english
    assert "ourcentage" not in form("fr")


def test_we_means_the_partnership_on_the_form_and_on_paper():
    for lang, text in (("fr", "Dans les énoncés, «" + NBSP + "nous" + NBSP + "» désigne le partenariat" + NBSP
                               + ": tous les organismes partenaires, ensemble."),
                       ("en", "In the statements, “we” means the partnership: all the partner organizations, together.")):
        assert '<p class="selfcheck-we">%s</p>' % text in form(lang)
        assert render_paper(BANK, UI, lang, "../", "../").count(text) == 1


def test_the_continuum_result_has_a_place_for_out_of_order_answers():
    assert '<p class="selfcheck-continuum-note" data-continuum-note hidden></p>' in form()
