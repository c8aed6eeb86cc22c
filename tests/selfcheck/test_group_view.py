"""The workshop page's group results view: exact attributes and texts for hand-built result sets, in both languages.

Runs under CPython (pytest) and MicroPython (tests/micropython/run.mjs): plain asserts, no pytest features.
"""

from selfcheck.group import compare, group_results
from selfcheck.group_view import respondent_labels, view
from selfcheck.markup import to_html
from selfcheck.page_data import is_workshop_only, page_data
from selfcheck.ui import read_ui

from selfcheck_support import expect_error, generated_bank, tree_elements as elements

UI = read_ui()
# Three activities of three statements; a1-3 is reverse-worded.
BANK = generated_bank([3, 3, 3], reverse=("a1-3",))
MINUS = "\u2212"
NBSP = "\u00a0"


def _result(respondent, items, continuum=None, aim=None, label=None):
    return {"respondent": respondent, "label": label, "date": "2026-11-02",
            "answers": {"items": items, "continuum": continuum or {}, "aim": aim}}


# Means (a reverse statement counts 6 - v): a1 13/3, 1, 3 · a2 2, 4, 4 · a3 3, none, 9/2.
# Group: a1 25/9 (2.8, 1.0 to 4.3, views differ) · a2 10/3 (3.3, 2.0 to 4.0, a gap of exactly 2) · a3 15/4 (3.8, two
# respondents, 3.0 to 4.5); overall 355/108 (3.3). Continuum now 2, 0, 4; aims 3, 4 and none.
A = _result("aaaaaaaaaa", {"a1-1": 5, "a1-2": 4, "a1-3": 2, "a2-1": 2, "a2-2": 2, "a2-3": 2,
                           "a3-1": 3, "a3-2": 3, "a3-3": "dk"}, {"1": "yes", "2": "yes"}, 3)
B = _result("bbbbbbbbbb", {"a1-1": 1, "a1-2": 1, "a1-3": 5, "a2-1": 4, "a2-2": 4, "a2-3": "dk",
                           "a3-1": "dk", "a3-2": "dk", "a3-3": "dk"}, {"1": "no", "2": "yes"}, 4,
            label='Équipe <b>"&</b>')
C = _result("cccccccccc", {"a1-1": 3, "a1-2": 3, "a1-3": 3, "a2-1": 3, "a2-2": 4, "a2-3": 5,
                           "a3-1": 4, "a3-2": 5, "a3-3": None}, {"1": "yes", "2": "yes", "3": "yes", "4": "yes"})
RESULTS = [A, B, C]


def find(node, name, value=None):
    return [element for element in elements(node)
            if name in element[1] and (value is None or element[1][name] == value)]


def one(node, name, value=None):
    found = find(node, name, value)
    assert len(found) == 1, "%d elements with %s=%s" % (len(found), name, value)
    return found[0]


def text(node):
    if isinstance(node, str):
        return node
    return "".join(text(child) for child in node[2])


def cells(row):
    return [text(cell) for cell in row[2]]


def tags(node, tag):
    return [element for element in elements(node) if element[0] == tag]


# Respondents, the count and the small-group warning ---------------------------------------------------------------


def test_no_results_shows_only_a_line_that_says_so():
    assert view(BANK, UI, "fr", []) == ("div", {"class": "selfcheck-group-report", "data-group-results": "0"}, [
        ("p", {"data-group-empty": ""},
         ["Aucun résultat pour l’instant" + NBSP + ": ajoutez les fichiers ou les liens reçus des partenaires."])])
    assert text(view(BANK, UI, "en", [])) == "No results yet: add the files or links your partners sent you."


def test_one_respondent_is_counted_and_warned_that_results_identify_people():
    tree = view(BANK, UI, "en", [A])
    assert tree[1] == {"class": "selfcheck-group-report", "data-group-results": "1"}
    assert text(one(tree, "data-group-respondents", "1")) == "Results of one respondent."
    warning = one(tree, "data-group-small")
    assert warning[1]["class"] == "admonition warning"
    assert cells(warning) == ["Small group", "With fewer than 3 respondents, these results identify people: anyone "
                              "can tell who answered what. Show them only with the respondents’ agreement."]
    tree = view(BANK, UI, "fr", [A])
    assert text(one(tree, "data-group-respondents", "1")) == "Résultats d’un répondant."
    assert cells(one(tree, "data-group-small")) == [
        "Petit groupe", "Avec moins de 3 répondants, ces résultats permettent de savoir qui a répondu quoi. Ne les "
        "montrez qu’avec l’accord des personnes qui ont répondu."]


def test_two_respondents_are_warned_three_and_more_are_not():
    assert len(find(view(BANK, UI, "fr", [A, B]), "data-group-small")) == 1
    tree = view(BANK, UI, "fr", RESULTS)
    assert find(tree, "data-group-small") == []
    assert text(one(tree, "data-group-respondents", "3")) == "Résultats de 3 répondants."
    many = [_result("r%09d" % number, {"a1-1": 1 + number % 5, "a1-2": 3}) for number in range(12)]
    tree = view(BANK, UI, "en", many)
    assert text(one(tree, "data-group-respondents", "12")) == "Results of 12 respondents."
    assert find(tree, "data-group-small") == []
    assert tree[1]["data-group-results"] == "12"


# Activities and overall ---------------------------------------------------------------------------------------------


def test_each_activity_carries_its_group_figures():
    tree = view(BANK, UI, "en", RESULTS)
    assert [row[1] for row in find(tree, "data-group-activity")] == [
        {"data-group-activity": "a1", "data-respondents": "3", "data-mean": "2.8", "data-min": "1.0", "data-max": "4.3",
         "data-band": "priority", "data-differ": "1"},
        {"data-group-activity": "a2", "data-respondents": "3", "data-mean": "3.3", "data-min": "2.0", "data-max": "4.0",
         "data-band": "watch", "data-differ": "1"},
        {"data-group-activity": "a3", "data-respondents": "2", "data-mean": "3.8", "data-min": "3.0", "data-max": "4.5",
         "data-band": "watch", "data-differ": "0"}]


def test_activity_texts_in_english_and_french():
    english = view(BANK, UI, "en", RESULTS)
    table = one(english, "data-group-activity", "a1")
    assert cells(table) == ["a1", "2.8", "Priority", "3 of 3", "1.0 to 4.3 Views differ"]
    assert cells(one(english, "data-group-activity", "a3")) == ["a3", "3.8", "To watch", "2 of 3", "3.0 to 4.5"]
    french = view(BANK, UI, "fr", RESULTS)
    assert cells(one(french, "data-group-activity", "a1")) == ["a1", "2,8", "Priorité", "3 sur 3",
                                                               "1,0 à 4,3 Les avis divergent"]
    assert cells(one(french, "data-group-activity", "a2")) == ["a2", "3,3", "À surveiller", "3 sur 3",
                                                               "2,0 à 4,0 Les avis divergent"]
    heads = cells(tags(french, "thead")[0][2][0])
    assert heads == ["Activité", "Moyenne du groupe", "Résultat", "Répondants comptés",
                     "De la plus basse à la plus haute"]
    assert text(tags(french, "caption")[0]) == "Moyennes du groupe par activité"
    # Wider than a phone: a region the keyboard can reach to scroll it.
    assert [wrap[1] for wrap in find(french, "class", "selfcheck-table-wrap")][0] == {
        "class": "selfcheck-table-wrap", "tabindex": "0", "role": "region",
        "aria-label": "Moyennes du groupe par activité"}


def test_an_activity_nobody_scored_is_insufficient():
    tree = view(BANK, UI, "en", [B])
    row = one(tree, "data-group-activity", "a3")
    assert row[1] == {"data-group-activity": "a3", "data-respondents": "0", "data-mean": "", "data-min": "",
                      "data-max": "", "data-band": "insufficient", "data-differ": "0"}
    assert cells(row) == ["a3", "—", "Not enough answers", "0 of 1", "—"]


def test_the_overall_row_and_summary():
    tree = view(BANK, UI, "en", RESULTS)
    overall = one(tree, "data-group-overall")
    assert overall[1] == {"data-group-overall": "", "data-mean": "3.3", "data-band": "watch"}
    assert cells(overall) == ["Whole partnership", "3.3", "To watch", "Activities scored: 3 of 3"]
    assert text(tags(tree, "p")[1]) == "Group overall score: 3.3 out of 5 (To watch)."
    french = view(BANK, UI, "fr", [B])
    assert one(french, "data-group-overall")[1] == {"data-group-overall": "", "data-mean": "",
                                                    "data-band": "insufficient"}
    assert cells(one(french, "data-group-overall")) == ["Ensemble du partenariat", "—", "Pas assez de réponses",
                                                        "Activités notées" + NBSP + ": 2 sur 3"]
    assert ("Pas de score d’ensemble du groupe" + NBSP + ": il faut une moyenne du groupe dans au moins 3 activités."
            in [text(paragraph) for paragraph in tags(french, "p")])


# Priorities, statements to discuss, continuum ------------------------------------------------------------------------


def test_priorities_name_the_activities_with_their_lesson_and_tool():
    tree = view(BANK, UI, "en", RESULTS)
    items = find(tree, "data-group-priority")
    assert [item[1]["data-group-priority"] for item in items] == ["a1", "a2", "a3"]
    heading, advice, links = items[0][2]
    assert text(heading) == "a1 — 2.8 (Priority)"
    assert text(advice) == BANK["recommendations"]["a1"]["priority"]["en"]
    assert [(link[1]["href"], text(link)) for link in tags(links, "a")] == [
        ("../../activities/a1/", "Read the lesson: a1"), ("../../tools/a1/", "Open the tool: a1")]
    rooted = find(view(BANK, UI, "fr", RESULTS, root="../"), "data-group-priority")[0]
    assert [link[1]["href"] for link in tags(rooted, "a")] == ["../activities/a1/", "../tools/a1/"]


def test_without_priorities_the_view_says_why():
    strong = _result("ssssssssss", {"a1-1": 5, "a1-2": 5, "a1-3": 1})
    assert text(one(view(BANK, UI, "en", [strong]), "data-group-priorities-note")) == (
        "No activity needs attention for now.")
    nothing = _result("nnnnnnnnnn", {"a1-1": "dk"})
    assert text(one(view(BANK, UI, "fr", [nothing]), "data-group-priorities-note")) == (
        "Aucune activité n’a encore de moyenne du groupe" + NBSP + ": il faut qu’au moins un répondant ait répondu à "
        "la moitié de ses énoncés.")


def test_statements_to_discuss_with_the_answers_given():
    tree = view(BANK, UI, "en", RESULTS)
    rows = find(tree, "data-group-discuss")
    assert [row[1]["data-group-discuss"] for row in rows] == ["a1-1", "a1-2", "a1-3", "a2-3", "a2-1"]
    assert rows[0][1] == {"data-group-discuss": "a1-1", "data-activity": "a1", "data-spread": "4"}
    assert cells(rows[0]) == ["a1, statement 1 a1-1", "1", "0", "1", "0", "1", "0"]
    # Each count names its point of the scale (a phone shows it above the count).
    assert [cell[1] for cell in rows[0][2][1:]] == [{"data-value": str(value), "data-label": str(value)}
                                                     for value in range(1, 6)] + [
        {"data-value": "dk", "data-label": "Don’t know"}]
    # The reverse statement is marked and its answers shown as given (2, 5 and 3), not turned.
    assert rows[2][1] == {"data-group-discuss": "a1-3", "data-activity": "a1", "data-spread": "3", "data-reverse": "1"}
    assert cells(rows[2]) == ["a1, statement 3 (r) a1-3", "0", "1", "1", "0", "1", "0"]
    assert cells(rows[3]) == ["a2, statement 3 a2-3", "0", "1", "0", "0", "1", "1"]  # one "don't know"
    head = cells(one(tree, "class", "selfcheck-table selfcheck-group-discuss")[2][1][2][0])
    assert head == ["Statement", "1 Level 1", "2 Level 2", "3 Level 3", "4 Level 4", "5 Level 5",
                    "Don’t know"]
    note = one(tree, "class", "selfcheck-group-note")
    assert text(note) == ("Statements marked (r) are reverse-worded: agreeing with them is the weak answer. The table "
                          "shows the answers as given; the score counts 6 minus the answer.")
    french = view(BANK, UI, "fr", RESULTS)
    assert cells(find(french, "data-group-discuss")[2])[0] == "a1, énoncé 3 (i) a1-3"
    assert text(one(french, "class", "selfcheck-group-note")).startswith("Les énoncés marqués (i) sont inversés" + NBSP)


def test_no_reverse_note_without_a_reverse_statement_and_a_line_when_nothing_differs():
    tree = view(BANK, UI, "en", [_result("x" * 10, {"a2-1": 1}), _result("y" * 10, {"a2-1": 5})])
    assert [row[1]["data-group-discuss"] for row in find(tree, "data-group-discuss")] == ["a2-1"]
    assert find(tree, "class", "selfcheck-group-note") == []
    same = view(BANK, UI, "fr", [_result("x" * 10, {"a2-1": 4}), _result("y" * 10, {"a2-1": 4})])
    assert find(same, "data-group-discuss") == []
    assert text(one(same, "data-group-discuss-none")) == (
        "Aucun écart à discuter" + NBSP + ": sur chaque énoncé, tous ceux qui ont répondu ont donné la même réponse.")


def test_continuum_counts_with_level_names():
    tree = view(BANK, UI, "en", RESULTS)
    rows = find(tree, "data-group-continuum-level")
    assert [row[1] for row in rows] == [
        {"data-group-continuum-level": "0", "data-now": "1"},
        {"data-group-continuum-level": "1", "data-now": "0", "data-aim": "0"},
        {"data-group-continuum-level": "2", "data-now": "1", "data-aim": "0"},
        {"data-group-continuum-level": "3", "data-now": "0", "data-aim": "1"},
        {"data-group-continuum-level": "4", "data-now": "1", "data-aim": "1"}]
    names = [level["name"]["en"] for level in BANK["continuum"]["levels"]]
    assert [cells(row) for row in rows] == [["0. No level reached", "1", "—"]] + [
        ["%d. %s" % (level, names[level - 1]), now, aim]
        for level, now, aim in ((1, "0", "0"), (2, "1", "0"), (3, "0", "1"), (4, "1", "1"))]
    assert text(one(tree, "data-group-no-aim", "1")) == "Respondents who chose no level to aim for: 1."
    french = view(BANK, UI, "fr", [A])
    assert cells(find(french, "data-group-continuum-level")[0])[0] == "0. Aucun niveau atteint"
    assert find(french, "data-group-no-aim") == []


# Comparison with a baseline ------------------------------------------------------------------------------------------


def _change(row):
    cell = row[2][-1]
    assert cell[1]["data-cell"] == "change"
    return cell


def test_changes_up_and_down_with_arrows_hidden_from_screen_readers():
    group = group_results(BANK, RESULTS)
    comparison = compare(BANK, group, group_results(BANK, [B, C]))
    tree = view(BANK, UI, "en", RESULTS, comparison)
    rows = find(tree, "data-group-activity")
    assert [(row[1]["data-change"], row[1]["data-direction"]) for row in rows] == [
        ("+0.8", "up"), (MINUS + "0.7", "down"), (MINUS + "0.7", "down")]
    assert _change(rows[0]) == ("td", {"data-cell": "change", "class": "selfcheck-change selfcheck-change--up"}, [
        ("span", {"class": "selfcheck-change-arrow", "aria-hidden": "true"}, ["\u2191"]), " ",
        ("span", {"class": "selfcheck-visually-hidden"}, ["up"]), " ", "+0.8"])
    assert text(_change(rows[1])) == "\u2193 down " + MINUS + "0.7"
    overall = one(tree, "data-group-overall")
    assert (overall[1]["data-change"], overall[1]["data-direction"]) == (MINUS + "0.2", "down")
    assert text(_change(overall)) == "\u2193 down " + MINUS + "0.2"
    assert cells(tags(tree, "thead")[0][2][0])[-1] == "Since the baseline"
    french = view(BANK, UI, "fr", RESULTS, comparison)
    assert text(_change(find(french, "data-group-activity")[0])) == "\u2191 en hausse +0,8"
    assert text(_change(find(french, "data-group-activity")[2])) == "\u2193 en baisse " + MINUS + "0,7"
    assert cells(tags(french, "thead")[0][2][0])[-1] == "Depuis la référence"


def test_no_change_and_a_missing_baseline_score():
    group = group_results(BANK, RESULTS)
    same = view(BANK, UI, "fr", RESULTS, compare(BANK, group, group))
    row = one(same, "data-group-activity", "a2")
    assert (row[1]["data-change"], row[1]["data-direction"]) == ("0.0", "same")
    assert text(_change(row)) == "\u2192 sans changement 0,0"
    # The baseline (B alone) has no a3 mean and no overall score.
    partial = view(BANK, UI, "en", RESULTS, compare(BANK, group, group_results(BANK, [B])))
    row = one(partial, "data-group-activity", "a3")
    assert (row[1]["data-change"], row[1]["data-direction"]) == ("", "")
    assert _change(row) == ("td", {"data-cell": "change"}, ["—"])
    assert one(partial, "data-group-overall")[1]["data-direction"] == ""
    assert text(_change(one(partial, "data-group-activity", "a1"))) == "\u2191 up +1.8"


def test_without_a_comparison_there_is_no_change_column():
    tree = view(BANK, UI, "en", RESULTS)
    assert all("data-change" not in row[1] for row in find(tree, "data-group-activity"))
    assert find(tree, "data-cell", "change") == []


# Respondents' names, the chart and its table ------------------------------------------------------------------------


def test_respondents_are_numbered_unless_they_carry_a_label():
    assert respondent_labels(UI, "fr", RESULTS) == ["Répondant 1", 'Équipe <b>"&</b>', "Répondant 3"]
    assert respondent_labels(UI, "en", [A, dict(C, label="")]) == ["Respondent 1", "Respondent 2"]


def test_the_chart_and_the_table_of_every_respondent():
    tree = view(BANK, UI, "en", RESULTS)
    svg = tags(tree, "svg")
    assert len(svg) == 1 and svg[0][1]["role"] == "img"
    assert text(tags(svg[0], "title")[0]) == "Group mean and each respondent’s mean by activity, out of 5"
    table = one(tree, "class", "selfcheck-table selfcheck-group-respondents")
    wrap = [element for element in elements(tree) if table in element[2]][0]
    assert wrap[1] == {"class": "selfcheck-table-wrap", "tabindex": "0", "role": "region",
                       "aria-label": "Each respondent’s mean by activity"}
    assert cells(tags(table, "thead")[0][2][0]) == ["Activity", "Group mean", "Result", "Lowest to highest",
                                                     "Respondent 1", 'Équipe <b>"&</b>', "Respondent 3"]
    rows = tags(tags(table, "tbody")[0], "tr")
    assert [row[1] for row in rows] == [{"data-band": "priority"}, {"data-band": "watch"}, {"data-band": "watch"}]
    assert cells(rows[2]) == ["a3", "3.8", "To watch", "3.0 to 4.5", "3.0", "—", "4.5"]


def test_a_label_with_markup_stays_text():
    markup = to_html(view(BANK, UI, "fr", RESULTS))
    assert "<b>" not in markup and "</b>" not in markup
    assert "Équipe &lt;b&gt;&quot;&amp;&lt;/b&gt;" in markup
    tree = view(BANK, UI, "fr", RESULTS, session="<i>Atelier</i> & co")
    assert one(tree, "data-group-session") == ("p", {"class": "selfcheck-group-session", "data-group-session": ""},
                                               ["Atelier «" + NBSP + "<i>Atelier</i> & co" + NBSP + "»"])
    assert find(view(BANK, UI, "en", RESULTS), "data-group-session") == []


def test_every_attribute_value_is_a_string_and_every_child_a_node_or_a_text():
    group = group_results(BANK, RESULTS)
    for lang in ("fr", "en"):
        for tree in (view(BANK, UI, lang, RESULTS, compare(BANK, group, group_results(BANK, [B]))),
                     view(BANK, UI, lang, [A]), view(BANK, UI, lang, [])):
            for element in elements(tree):
                assert isinstance(element[0], str) and isinstance(element[2], list)
                for name in element[1]:
                    assert isinstance(element[1][name], str), (element[0], name)
                for child in element[2]:
                    assert isinstance(child, (str, tuple)), element[0]


def test_a_group_computed_already_gives_the_same_view():
    group = group_results(BANK, RESULTS)
    assert view(BANK, UI, "en", RESULTS, group=group) == view(BANK, UI, "en", RESULTS)


# The page's data -----------------------------------------------------------------------------------------------------


def test_the_workshop_pages_cut_down_data_gives_the_same_view():
    group = group_results(BANK, RESULTS)
    comparison = compare(BANK, group, group_results(BANK, [B, C]))
    for lang in ("fr", "en"):
        data = page_data(BANK, UI, lang, workshop=True)
        cut = view(data["bank"], data["ui"], lang, RESULTS, comparison, session="S")
        assert cut == view(BANK, UI, lang, RESULTS, comparison, session="S")
        assert "group_count" in data["ui"] and "group_count" not in page_data(BANK, UI, lang)["ui"]
    assert len([key for key in UI if is_workshop_only(key)]) > 30


def test_a_bank_without_statement_texts_is_refused_clearly():
    data = page_data(BANK, UI, "en")
    message = expect_error(ValueError, view, data["bank"], data["ui"], "en", RESULTS)
    assert message == ("group view: the bank has no statement texts or no answer scale "
                       "(the page's data must keep them: page_data(..., workshop=True))")
