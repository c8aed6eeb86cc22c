"""Export files, stored answers and share links: round trips, and every refusal with its exact message.

Runs under CPython (pytest) and MicroPython (tests/micropython/run.mjs): plain asserts, no pytest features.
"""

import json

from selfcheck import load_bank, read_bank, score
from selfcheck.answers import (LABEL_LIMIT, PIECE_LIMIT, RESPONDENT_ALPHABET, RESPONDENT_LENGTH, SIZE_LIMIT, TEXT_LIMIT,
                               TOOL_ID, AnswersError, check_respondent, clean_label, count_answers, empty_answers,
                               excerpt, export_document, export_text, merge_answers, new_respondent_id, read_document,
                               read_export, read_export_carried, read_share, read_share_fragment, refusal,
                               share_fragment)
from selfcheck.ui import read_ui

from selfcheck_support import ROOT, expect_error, names_in, read_text

BANK = read_bank()
UI = read_ui()
DATE = "2026-03-14"
RESPONDENT = "k7m2qx4abz"


def sample_answers():
    items = {}
    for index, item in enumerate(BANK["items"]):
        if index % 7 == 3:
            continue  # some statements unanswered
        items[item["id"]] = "dk" if index % 11 == 5 else 1 + index % 5
    return {"items": items, "continuum": {"1": "yes", "2": "yes", "3": "no"}, "aim": 4}


def good_document():
    return export_document(BANK, sample_answers(), "fr", DATE, "Équipe Nord")


def refused_file(text, size=None):
    """The French and English messages for a refused file."""
    return _messages(read_export, (BANK, text, size), "file")


def _messages(function, args, source):
    try:
        function(*args)
    except AnswersError as error:
        return refusal(UI, error, "fr", source), refusal(UI, error, "en", source)
    raise AssertionError("AnswersError was not raised")


def with_changes(changes):
    document = good_document()
    for key in changes:
        document[key] = changes[key]
    return json.dumps(document)


def expect(french, english):
    """The pair of messages expected, with French typography's no-break spaces (written as plain spaces here)."""
    for sign in (":", ";"):
        french = french.replace(" " + sign, "\u00a0" + sign)
    return french.replace("« ", "«\u00a0").replace(" »", "\u00a0»"), english


FR_KEPT = " Vos réponses actuelles n’ont pas changé."
EN_KEPT = " Your current answers have not changed."


def test_an_export_reads_back_as_the_same_answers_and_label():
    answers, label = read_export(BANK, export_text(BANK, sample_answers(), "en", DATE, "Équipe Nord"))
    assert answers == sample_answers()
    assert label == "Équipe Nord"
    assert score(BANK, answers) == score(BANK, sample_answers())


def test_an_export_names_the_tool_the_bank_and_the_schema():
    document = json.loads(export_text(BANK, sample_answers(), "fr", DATE))
    assert document["tool"] == TOOL_ID
    assert document["schema"] == 2
    assert document["bank"] == {"id": BANK["id"], "version": BANK["version"]}
    assert document["lang"] == "fr" and document["date"] == DATE
    assert "label" not in document and "respondent" not in document


def test_an_export_carries_its_respondent_id_and_date():
    text = export_text(BANK, sample_answers(), "en", DATE, "Équipe Nord", None, RESPONDENT)
    assert json.loads(text)["respondent"] == RESPONDENT
    read = read_document(BANK, text)
    assert (read["respondent"], read["date"], read["lang"], read["label"]) == (RESPONDENT, DATE, "en", "Équipe Nord")
    assert read["answers"] == sample_answers()
    assert read_document(BANK, export_text(BANK, sample_answers(), "en", DATE))["respondent"] is None


def test_a_respondent_id_is_ten_base32_characters_from_seven_random_bytes():
    assert new_respondent_id(bytes(7)) == "a" * RESPONDENT_LENGTH
    assert new_respondent_id(bytes([255] * 7)) == "7" * RESPONDENT_LENGTH
    assert new_respondent_id(bytes([255] * 7 + [0] * 9)) == "7" * RESPONDENT_LENGTH  # only the first seven count
    made = new_respondent_id(bytes([1, 35, 69, 103, 137, 171, 205]))
    assert len(made) == RESPONDENT_LENGTH and check_respondent(made) == made
    for char in made:
        assert char in RESPONDENT_ALPHABET
    assert expect_error(ValueError, new_respondent_id, bytes(6)) == "a respondent id needs 7 random bytes"


def test_refused_respondent_ids():
    for bad in ("K7M2QX4ABZ", "k7m2qx4ab", "k7m2qx4abz0", "k7m2qx4ab1", "", 42, None):
        assert refused_file(with_changes({"respondent": bad})) == expect(
            "Fichier refusé : l’identifiant de répondant·e n’est pas valide." + FR_KEPT,
            "File refused: the respondent id is invalid." + EN_KEPT), bad


def test_files_of_schema_1_still_import_with_their_answers_unchanged():
    folder = ROOT + "/tests/data/answers/schema-1"
    paths = [folder + "/" + name for name in names_in(folder, ".json")]
    assert len(paths) >= 3
    for path in paths:
        text = read_text(path)
        written = json.loads(text)["answers"]
        expected = {"items": {}, "continuum": {}, "aim": written.get("aim")}
        for part in ("items", "continuum"):
            for key in written[part]:
                if written[part][key] is not None:  # null is "no answer", as the page writes it
                    expected[part][key] = written[part][key]
        read = read_document(BANK, text)
        assert read["answers"] == expected, path
        assert count_answers(expected) > 0 and read["respondent"] is None, path


def test_a_share_link_carries_the_same_answers_and_the_respondent():
    fragment = share_fragment(BANK, sample_answers(), RESPONDENT)
    assert fragment.startswith("answers=2~" + BANK["id"] + "~" + BANK["version"] + "~")
    assert len(fragment.split("~")[3]) == len(BANK["items"]) + 4 + 1
    assert fragment.split("~")[4] == RESPONDENT
    assert read_share_fragment(BANK, fragment) == sample_answers()
    assert read_share(BANK, fragment) == {"answers": sample_answers(), "respondent": RESPONDENT}
    without = share_fragment(BANK, sample_answers())
    assert without.endswith("~") and read_share(BANK, without) == {"answers": sample_answers(), "respondent": None}


def test_a_share_link_of_schema_1_still_reads():
    code = share_fragment(BANK, sample_answers()).split("~")[3]
    old = "answers=1~%s~%s~%s" % (BANK["id"], BANK["version"], code)
    assert read_share(BANK, old) == {"answers": sample_answers(), "respondent": None}
    assert refused_link(old + "~" + RESPONDENT)[1] == (
        "Link refused: it is damaged or incomplete. Your current answers have not changed.")


def test_empty_answers_make_a_share_link_of_zeros():
    fragment = share_fragment(BANK, empty_answers())
    assert fragment.split("~")[3] == "0" * (len(BANK["items"]) + 5)
    assert read_share_fragment(BANK, fragment) == empty_answers()
    assert count_answers(read_share_fragment(BANK, fragment)) == 0


def test_refused_empty_file():
    assert refused_file("", 0) == expect("Fichier refusé : il est vide." + FR_KEPT, "File refused: it is empty." + EN_KEPT)
    assert refused_file("  \n ") == expect("Fichier refusé : il est vide." + FR_KEPT, "File refused: it is empty." + EN_KEPT)


def test_refused_file_over_the_size_limit():
    assert refused_file("{}", SIZE_LIMIT + 1) == expect(
        "Fichier refusé : il dépasse 128 Ko." + FR_KEPT, "File refused: it is over 128 KB." + EN_KEPT)


def test_refused_truncated_json():
    text = export_text(BANK, sample_answers(), "fr", DATE)
    for cut in (len(text) // 2, text.index(BANK["id"]) + 5, len(text) - 1):
        assert refused_file(text[:cut]) == expect(
            "Fichier refusé : il est incomplet (coupé avant la fin)." + FR_KEPT,
            "File refused: it is incomplete (cut off before the end)." + EN_KEPT), cut


def test_refused_text_that_is_not_json():
    assert refused_file("nom,score\nNord,3") == expect(
        "Fichier refusé : ce n’est pas un fichier JSON (ligne 1, colonne 1)." + FR_KEPT,
        "File refused: it is not a JSON file (line 1, column 1)." + EN_KEPT)


def test_refused_file_with_a_key_written_twice():
    # A parser would keep only the second "answers" and drop the first without a word.
    text = export_text(BANK, sample_answers(), "fr", DATE)
    twice = text[:-1].rstrip() + ', "answers": {"items": {}, "continuum": {}, "aim": null}}'
    column = twice.rindex('"answers"') + 1
    assert refused_file(twice) == expect(
        "Fichier refusé : la même clé y figure deux fois (ligne 1, colonne %d)." % column + FR_KEPT,
        "File refused: the same key appears twice in it (line 1, column %d)." % column + EN_KEPT)


def test_refused_json_of_another_kind():
    for text in ("[1, 2]", '"answers"', '{"answers": {}}', with_changes({"tool": "other-tool"})):
        assert refused_file(text) == expect("Fichier refusé : ce n’est pas un export de cet autodiagnostic." + FR_KEPT,
                                      "File refused: it is not an export of this self-check." + EN_KEPT), text


def test_refused_wrong_types():
    assert refused_file(with_changes({"answers": [1, 2]})) == expect(
        "Fichier refusé : le champ « answers » est invalide." + FR_KEPT,
        "File refused: the field “answers” is invalid." + EN_KEPT)
    assert refused_file(with_changes({"answers": {"items": "all"}}))[1] == (
        "File refused: the field “items” is invalid." + EN_KEPT)
    assert refused_file(with_changes({"schema": "1"}))[1] == "File refused: the field “schema” is invalid." + EN_KEPT
    assert refused_file(with_changes({"bank": "x"}))[1] == "File refused: the field “bank” is invalid." + EN_KEPT
    assert refused_file(with_changes({"date": "14/03/2026"}))[1] == "File refused: the field “date” is invalid." + EN_KEPT
    assert refused_file(with_changes({"lang": "de"}))[1] == "File refused: the field “lang” is invalid." + EN_KEPT


def test_refused_values_out_of_range():
    first = BANK["items"][0]["id"]
    for value in (0, 6, 3.5, "3", True, "yes"):
        answers = {"items": {first: value}}
        assert refused_file(with_changes({"answers": answers})) == expect(
            "Fichier refusé : une réponse est hors de l’échelle." + FR_KEPT,
            "File refused: an answer is off the scale." + EN_KEPT), value
    for answers in ({"continuum": {"1": "maybe"}}, {"aim": 5}, {"aim": 0}):
        assert refused_file(with_changes({"answers": answers}))[1] == "File refused: an answer is off the scale." + EN_KEPT


def test_refused_unknown_statement_and_fields():
    assert refused_file(with_changes({"answers": {"items": {"connect-99": 3}}})) == expect(
        "Fichier refusé : il contient un énoncé inconnu." + FR_KEPT,
        "File refused: it holds an unknown statement." + EN_KEPT)
    assert refused_file(with_changes({"extra": 1}))[1] == "File refused: it holds an unknown field." + EN_KEPT
    assert refused_file(with_changes({"answers": {"notes": "x"}}))[1] == "File refused: it holds an unknown field." + EN_KEPT
    assert refused_file(with_changes({"answers": {"continuum": {"5": "yes"}}}))[1] == (
        "File refused: it holds an unknown field." + EN_KEPT)


def test_refused_another_bank():
    assert refused_file(with_changes({"bank": {"id": "other-bank", "version": BANK["version"]}})) == expect(
        "Fichier refusé : il porte sur un autre questionnaire (other-bank)." + FR_KEPT,
        "File refused: it is for another questionnaire (other-bank)." + EN_KEPT)


def test_a_fork_banks_results_are_refused_here():
    fork_bank = load_bank(read_text(ROOT + "/tests/data/fork/bank.json"), "fork bank")
    answers = {"items": {fork_bank["items"][0]["id"]: 4}, "continuum": {}, "aim": None}
    text = export_text(fork_bank, answers, "en", "2026-05-01")
    assert _messages(read_export, (BANK, text), "file")[1] == (
        "File refused: it is for another questionnaire (%s)." % fork_bank["id"] + EN_KEPT)
    assert _messages(read_share_fragment, (BANK, share_fragment(fork_bank, answers)), "link")[1] == (
        "Link refused: it is for another questionnaire (%s)." % fork_bank["id"] + EN_KEPT)


def test_another_version_keeps_the_answers_whose_statement_remains():
    older = {"items": {"connect-1": 4, "connect-77": 2, "plan-9": "dk", "vision-2": None, "act-4": "dk"},
             "continuum": {"1": "yes"}, "aim": 2}
    text = with_changes({"bank": {"id": BANK["id"], "version": "0.9.0"}, "answers": older, "label": "Nord"})
    answers, label, carried = read_export_carried(BANK, text)
    assert answers == {"items": {"connect-1": 4, "act-4": "dk"}, "continuum": {"1": "yes"}, "aim": 2}
    assert label == "Nord"
    assert carried == {"version": "0.9.0", "kept": 2, "dropped": 2}
    assert read_export(BANK, text) == (answers, "Nord")


def test_the_same_version_carries_nothing_over_and_still_refuses_unknown_statements():
    assert read_export_carried(BANK, with_changes({}))[2] is None
    unknown = {"items": {"connect-77": 2}, "continuum": {}, "aim": None}
    assert refused_file(with_changes({"answers": unknown}))[1] == "File refused: it holds an unknown statement." + EN_KEPT


def test_another_version_with_bad_values_is_still_refused():
    older = {"items": {"connect-1": 9, "connect-77": 2}, "continuum": {}, "aim": None}
    text = with_changes({"bank": {"id": BANK["id"], "version": "0.9.0"}, "answers": older})
    assert refused_file(text)[1] == "File refused: an answer is off the scale." + EN_KEPT
    damaged = with_changes({"bank": {"id": BANK["id"], "version": "0.9.0"}, "answers": {"items": "all"}})
    assert refused_file(damaged)[1] == "File refused: the field “items” is invalid." + EN_KEPT


def test_refused_newer_schema():
    assert refused_file(with_changes({"schema": 3})) == expect(
        "Fichier refusé : il vient d’une version plus récente de l’outil (format 3)." + FR_KEPT,
        "File refused: it comes from a newer version of the tool (format 3)." + EN_KEPT)


def test_refused_script_payloads_and_oversized_labels():
    expected = ("Fichier refusé : le nom d’équipe doit compter au plus %d caractères, sans balises." % LABEL_LIMIT
                + FR_KEPT,
                "File refused: the team name must be at most %d characters long, without markup." % LABEL_LIMIT
                + EN_KEPT)
    for label in ("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "a" * (LABEL_LIMIT + 1),
                  "line\nbreak", 42):
        assert refused_file(with_changes({"label": label})) == expect(*expected), label


def test_a_foreign_value_in_a_message_is_cut_short():
    long_id = "x" * 300
    message = refused_file(with_changes({"bank": {"id": long_id, "version": "1.0.0"}}))[1]
    assert message == "File refused: it is for another questionnaire (%s…)." % ("x" * 39) + EN_KEPT


def refused_link(fragment):
    return _messages(read_share_fragment, (BANK, fragment), "link")


def test_refused_damaged_links():
    good = share_fragment(BANK, sample_answers(), RESPONDENT)
    damaged = ("answers=", good[:-1], good + "a", good.replace("~", "-"), good[:-1] + "9", good[:-2] + "x0",
               good.replace("~" + RESPONDENT, RESPONDENT), good.replace("~" + RESPONDENT, "~~" + RESPONDENT),
               good.replace("~" + RESPONDENT, "~" + RESPONDENT.upper()), good.replace("~" + RESPONDENT, ""),
               good.replace("answers=2~", "answers=x~"), "answers=" + "~" * 3000)
    for fragment in damaged:
        assert refused_link(fragment) == expect(
            "Lien refusé : il est abîmé ou incomplet. Vos réponses actuelles n’ont pas changé.",
            "Link refused: it is damaged or incomplete. Your current answers have not changed."), fragment


def test_refused_links_for_another_bank_version_or_schema():
    good = share_fragment(BANK, sample_answers())
    assert refused_link(good.replace(BANK["id"], "other-bank"))[1] == (
        "Link refused: it is for another questionnaire (other-bank)." + EN_KEPT)
    assert refused_link(good.replace("~" + BANK["version"] + "~", "~9.9.9~"))[1] == (
        "Link refused: it was made with version 9.9.9 of the questionnaire and this page uses version %s: a link "
        "records answers by their place in the list of statements, which has changed. Ask for the exported file "
        "instead: its answers carry over from one version to another." % BANK["version"] + EN_KEPT)
    assert refused_link(good.replace("answers=2~", "answers=7~"))[1] == (
        "Link refused: it comes from a newer version of the tool (format 7)." + EN_KEPT)


def test_an_error_keeps_its_reason_key():
    error = expect_error(AnswersError, read_export, BANK, "", None)
    assert error == "err_empty"


def test_answers_saved_under_the_first_bank_keep_only_the_statements_that_remain():
    # Version 1.0.0 had statements since split or reworded (connect-3, act-5), which took new ids: their answers are
    # dropped, the others kept, and a file or the storage of that version says how many of each.
    first = with_changes({"bank": {"id": BANK["id"], "version": "1.0.0"},
                          "answers": {"items": {"connect-1": 4, "connect-3": 2, "act-5": "dk"}, "continuum": {},
                                      "aim": None}})
    assert BANK["version"] == "2.0.0"
    answers, _, carried = read_export_carried(BANK, first)
    assert answers == {"items": {"connect-1": 4}, "continuum": {}, "aim": None}
    assert carried == {"version": "1.0.0", "kept": 1, "dropped": 2}


def test_a_file_just_under_the_size_limit_is_read():
    text = export_text(BANK, sample_answers(), "fr", DATE, "Équipe Nord")
    padded = text + " " * (SIZE_LIMIT - len(text.encode("utf-8")))
    assert len(padded.encode("utf-8")) == SIZE_LIMIT
    assert read_export(BANK, padded) == (sample_answers(), "Équipe Nord")
    assert refused_file(padded + " ")[1] == "File refused: it is over 128 KB." + EN_KEPT


def test_refused_deep_nesting():
    nested = json.loads("[" * 40 + "]" * 40)
    for text in ("[" * 5000 + "]" * 5000, '{"a": ' * 40 + "1" + "}" * 40, with_changes({"answers": nested})):
        assert refused_file(text) == expect(
            "Fichier refusé : ses listes et objets sont imbriqués sur plus de 32 niveaux." + FR_KEPT,
            "File refused: its lists and objects are nested more than 32 levels deep." + EN_KEPT)
    assert refused_file("[" * 32 + "]" * 32)[1] == "File refused: it is not an export of this self-check." + EN_KEPT


def test_refused_long_numbers_and_texts_and_files_of_too_many_pieces():
    text = with_changes({"schema": 1}).replace('"schema": 1', '"schema": ' + "7" * 60000)
    column = text.index("777") + 1
    assert refused_file(text) == expect(
        "Fichier refusé : il contient un nombre de plus de 100 caractères (ligne 1, colonne %d)." % column + FR_KEPT,
        "File refused: it holds a number longer than 100 characters (line 1, column %d)." % column + EN_KEPT)
    assert refused_file("[" + "1" * 100 + "]")[1] == "File refused: it is not an export of this self-check." + EN_KEPT
    too_many = (
        "Fichier refusé : il contient trop d’éléments (plus de %d) pour un fichier de réponses." % PIECE_LIMIT + FR_KEPT,
        "File refused: it holds too many elements (over %d) for an answers file." % PIECE_LIMIT + EN_KEPT)
    for text in ("[" + "0," * 30000 + "0]", "[" + "{}," * 20000 + "{}]", "[" + '"\\n",' * 4000 + "1]"):
        assert refused_file(text) == expect(*too_many), text[:20]
    for text in (with_changes({"label": "\\u0041" * 8000}), with_changes({"label": "x" * 60000})):
        assert refused_file(text) == expect(
            "Fichier refusé : il contient un texte de plus de %d caractères (ligne 1, colonne %d)." % (
                TEXT_LIMIT, text.index('"label"') + 10) + FR_KEPT,
            "File refused: it holds a text longer than %d characters (line 1, column %d)." % (
                TEXT_LIMIT, text.index('"label"') + 10) + EN_KEPT)


def test_a_long_schema_or_bank_is_quoted_as_a_short_excerpt():
    assert refused_file(with_changes({"schema": 10 ** 99}))[1] == (
        "File refused: it comes from a newer version of the tool (format %s…)." % ("1" + "0" * 38) + EN_KEPT)
    link = share_fragment(BANK, sample_answers()).replace("answers=2~", "answers=" + "9" * 1500 + "~")
    assert refused_link(link)[1] == "Link refused: it comes from a newer version of the tool (format %s…)." % (
        "9" * 39) + EN_KEPT
    assert excerpt("x" * 40) == "x" * 40 and excerpt("x" * 41) == "x" * 39 + "…"


def test_a_typed_label_is_cleaned_of_markup_and_control_characters():
    assert clean_label("Nord\x7f & <Sud>\x00\x1f\x85") == "Nord & Sud"
    assert clean_label("é" * (LABEL_LIMIT + 5)) == "é" * LABEL_LIMIT
    assert clean_label("Équipe « A »") == "Équipe « A »"
    for label in ("a\x7fb", "a\x9fb"):
        assert refused_file(with_changes({"label": label}))[1].startswith("File refused: the team name must"), label


def test_merging_answers_from_another_tab_keeps_both():
    mine = {"items": {"connect-1": 5, "connect-2": 3}, "continuum": {"1": "yes"}, "aim": None}
    theirs = {"items": {"connect-2": 4, "plan-1": "dk"}, "continuum": {}, "aim": 2}
    merged, changed = merge_answers(mine, theirs)
    assert merged == {"items": {"connect-1": 5, "connect-2": 4, "plan-1": "dk"}, "continuum": {"1": "yes"}, "aim": 2}
    assert changed == 3
    assert mine["items"] == {"connect-1": 5, "connect-2": 3}  # unchanged
    assert merge_answers(merged, theirs) == (merged, 0)
    assert merge_answers(empty_answers(), empty_answers()) == (empty_answers(), 0)
