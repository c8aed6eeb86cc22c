"""Collecting results for a workshop: files, group files and share links found in pasted text; the group file.

Runs under CPython (pytest) and MicroPython (tests/micropython/run.mjs): plain asserts, no pytest features.
"""

import json

from selfcheck import read_bank
from selfcheck.answers import AnswersError, export_text, new_respondent_id, share_fragment
from selfcheck.collect import (LINK_LIMIT, add_sources, find_share_fragments, group_refusal, read_results_file, refusal_line,
                              result_from_fragment)
from selfcheck.group_file import GROUP_LIMIT, group_file_name, group_text, read_group
from selfcheck.ui import read_ui

from selfcheck_support import ROOT, expect_error, names_in, read_text

BANK = read_bank()
UI = read_ui()
IDS = ("aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc", "dddddddddd")


def answers_of(number):
    items = {}
    for index, item in enumerate(BANK["items"]):
        items[item["id"]] = 1 + (index + number) % 5
    return {"items": items, "continuum": {"1": "yes", "2": "no"}, "aim": 1 + number % 4}


def export_of(number, respondent=None, date="2026-11-02", label=""):
    return export_text(BANK, answers_of(number), "fr", date, label, None, respondent)


def file_source(name, text):
    return {"kind": "file", "name": name, "text": text, "size": len(text.encode("utf-8"))}


def message(refused, lang="en"):
    return group_refusal(UI, refused, lang)


def test_links_are_found_in_any_text():
    first = share_fragment(BANK, answers_of(1), IDS[0])
    second = share_fragment(BANK, answers_of(2))
    thread = ("Bonjour,\n> voici mes réponses : https://exemple.org/selfcheck/#%s\n"
              "<a href=\"https://exemple.org/en/selfcheck/#%s\">link</a>, answers=yes, foo#answers=2\n") % (first, second)
    assert find_share_fragments(thread) == [first, second]
    assert find_share_fragments(first.replace("~", "%7E")) == [first]
    assert find_share_fragments("Mon lien : #%s. Le sien : #%s..." % (first, second)) == [first, second]
    assert find_share_fragments("") == [] and find_share_fragments("answers=") == []
    assert len(find_share_fragments(" #answers=2~x" * (LINK_LIMIT + 5))) == LINK_LIMIT


def test_files_links_and_group_files_become_results():
    read = read_results_file(BANK, export_of(1, IDS[0], label="Équipe Nord"))
    assert read == {"group": False, "session": None, "results": [
        {"respondent": IDS[0], "label": "Équipe Nord", "date": "2026-11-02", "answers": answers_of(1)}]}
    assert result_from_fragment(BANK, share_fragment(BANK, answers_of(2), IDS[1])) == {
        "respondent": IDS[1], "label": None, "date": None, "answers": answers_of(2)}
    results = read["results"] + [result_from_fragment(BANK, share_fragment(BANK, answers_of(2)))]
    text = group_text(BANK, "Atelier « Nord »", results, "2026-12-01")
    assert read_group(BANK, text) == {"session": "Atelier « Nord »", "date": "2026-12-01", "results": results}
    assert read_results_file(BANK, text) == {"group": True, "session": "Atelier « Nord »", "results": results}
    assert group_file_name(BANK, "x", "2026-12-01") == BANK["id"] + "-group-2026-12-01.json"


def test_a_group_file_stays_small_for_the_largest_workshop():
    results = [{"respondent": None, "label": "Organisme %d" % number, "date": "2026-11-02", "answers": answers_of(number)}
               for number in range(GROUP_LIMIT)]
    text = group_text(BANK, "Grand atelier", results, "2026-12-01")
    assert len(text.encode("utf-8")) < 72 * 1024
    assert len(read_group(BANK, text)["results"]) == GROUP_LIMIT


def test_adding_counts_added_replaced_duplicates_and_refused():
    older, newer = export_of(1, IDS[0], "2026-11-02"), export_of(2, IDS[0], "2026-11-20")
    sources = [
        file_source("a.json", older),
        file_source("b.json", export_of(3, IDS[1])),
        file_source("b-again.json", export_of(3, IDS[1])),
        file_source("a-newer.json", newer),
        file_source("no-id.json", export_of(4)),
        file_source("broken.json", older[:-5]),
        file_source("other-version.json", older.replace('"version": "%s"' % BANK["version"], '"version": "1.0.0"')),
        {"kind": "text", "name": "Texte collé", "text": "voir #%s et #%s" % (
            share_fragment(BANK, answers_of(5), IDS[2]), share_fragment(BANK, answers_of(5))[:-4])},
    ]
    added = add_sources(BANK, [], sources)
    assert added["counts"] == {"added": 4, "replaced": 1, "duplicates": 1, "refused": 3}
    assert sorted(result["respondent"] or "-" for result in added["results"]) == ["-", IDS[0], IDS[1], IDS[2]]
    by_id = {}
    for result in added["results"]:
        by_id[result["respondent"]] = result
    assert by_id[IDS[0]]["answers"] == answers_of(2) and by_id[IDS[0]]["date"] == "2026-11-20"
    assert [(refused["name"], message(refused)) for refused in added["refusals"]] == [
        ("broken.json", "File refused: it is incomplete (cut off before the end)."),
        ("other-version.json", "File refused: it was made with version 1.0.0 of the questionnaire and this workshop "
                               "uses version %s: only results of the same version are put side by side."
                               % BANK["version"]),
        (share_fragment(BANK, answers_of(5))[:39] + "…", "Link refused: it is damaged or incomplete."),
    ]
    again = add_sources(BANK, added["results"], [file_source("a.json", older), file_source("a-newer.json", newer)])
    assert again["counts"] == {"added": 0, "replaced": 0, "duplicates": 2, "refused": 0}
    assert again["results"] == added["results"]


def test_the_order_of_loading_does_not_change_the_set():
    sources = [file_source("%d.json" % number, export_of(number, IDS[number % 3], "2026-11-%02d" % (number + 1)))
               for number in range(6)]
    forward = add_sources(BANK, [], sources)["results"]
    backward = add_sources(BANK, [], sources[::-1])["results"]
    one_by_one = []
    for source in sources:
        one_by_one = add_sources(BANK, one_by_one, [source])["results"]
    assert forward == backward == one_by_one and len(forward) == 3


def test_pasted_text_without_links_and_an_overfull_set_are_refused():
    none = add_sources(BANK, [], [{"kind": "text", "name": "Texte collé", "text": "Merci à toutes et à tous !"}])
    assert none["counts"]["refused"] == 1 and none["results"] == []
    assert message(none["refusals"][0], "fr") == (
        "Lien refusé\u00a0: aucun lien de réponses n’a été trouvé dans le texte collé.")
    full = [{"respondent": None, "label": None, "date": None, "answers": answers_of(number)} for number in range(5)]
    many = [{"respondent": new_respondent_id(bytes([number >> 8, number & 255, 0, 0, 0, 0, 0])), "label": None,
             "date": None, "answers": answers_of(number)} for number in range(GROUP_LIMIT)]
    overfull = add_sources(BANK, full, [file_source("big.json", group_text(BANK, "", many, "2026-12-01"))])
    assert overfull["results"] == full
    assert overfull["counts"] == {"added": 0, "replaced": 0, "duplicates": 0, "refused": GROUP_LIMIT}
    assert message(overfull["refusals"][-1]) == (
        "File refused: a workshop holds at most %d respondents." % GROUP_LIMIT)


def test_a_refusal_line_names_the_file_or_link_and_says_nothing_of_the_readers_answers():
    broken = {"name": "Équipe Nord.json", "source": "file", "error": AnswersError("err_truncated")}
    assert refusal_line(UI, broken, "fr") == (
        "«\u00a0Équipe Nord.json\u00a0»\u00a0: Fichier refusé\u00a0: il est incomplet (coupé avant la fin).")
    assert refusal_line(UI, broken, "en") == "“Équipe Nord.json”: File refused: it is incomplete (cut off before the end)."
    full = {"name": "", "source": "file", "error": AnswersError("err_group_full", limit=GROUP_LIMIT)}
    assert refusal_line(UI, full, "en") == "File refused: a workshop holds at most %d respondents." % GROUP_LIMIT
    link = {"name": "answers=2~x", "source": "link", "error": AnswersError("err_no_links")}
    assert refusal_line(UI, link, "en").startswith("“answers=2~x”: Link refused: ")


def test_a_group_file_on_the_self_check_page_is_told_apart():
    text = group_text(BANK, "", [], "2026-12-01")
    from selfcheck.answers import read_document

    assert expect_error(AnswersError, read_document, BANK, text) == "err_group_here"


def test_invalid_group_files_are_refused_with_their_reason():
    folder = ROOT + "/tests/data/group/invalid"
    names = names_in(folder, ".json")
    assert len(names) >= 6
    for name in names:
        expected = read_text(folder + "/" + name[:-5] + ".txt").strip()
        error = None
        try:
            read_group(BANK, read_text(folder + "/" + name))
        except AnswersError as raised:
            error = raised
        assert error is not None, name
        assert group_refusal(UI, {"source": "file", "error": error}, "en") == expected, name
