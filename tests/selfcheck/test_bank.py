"""The shipped bank (selfcheck/bank.json) and the loading functions."""

import json

from selfcheck import BankError, load_bank, read_bank
from selfcheck.jsonsyntax import REPEATED_KEY, find_syntax_error
from selfcheck_support import BANK_FIXTURES, expect_error, minimal_bank_data

CANONICAL_ORDER = ["connect", "understand", "vision", "plan", "act", "renew"]
NBSP = "\u00a0"
# Ids of statements that were reworded in meaning, split or removed. Answers are matched to statements by id, so an
# id never comes back with another meaning: a changed statement takes a new id and its old one is listed here.
RETIRED_ITEM_IDS = ["connect-3", "vision-1", "vision-4", "vision-5", "plan-4", "act-3", "act-5", "renew-2"]


def test_shipped_bank_has_the_six_activities_in_canonical_order():
    bank = read_bank()
    assert [activity["id"] for activity in bank["activities"]] == CANONICAL_ORDER
    for activity in bank["activities"]:
        assert activity["lesson"] == "activities/%s/" % activity["id"]
        assert activity["tool"] == "tools/%s/" % activity["id"]
    assert bank["activities"][0]["name"] == {"fr": "Tisser des liens", "en": "Building relationships"}


def test_shipped_bank_has_five_or_six_statements_per_activity_and_spread_reverse_ones():
    bank = read_bank()
    assert len(bank["items"]) == 35
    reverse_positions = []
    for activity_id in CANONICAL_ORDER:
        items = [item for item in bank["items"] if item["activity"] == activity_id]
        assert 5 <= len(items) <= 6, activity_id
        for item in items:
            assert item["id"].startswith(activity_id + "-"), item["id"]
        positions = [number for number, item in enumerate(items, 1) if item.get("reverse")]
        assert len(positions) == 1, activity_id
        reverse_positions.append(positions[0])
    # Reverse-worded statements do not always come at the same place: readers would learn to expect them there.
    assert len(set(reverse_positions)) >= 4, reverse_positions
    assert 1 not in reverse_positions  # each activity opens with a plainly worded statement


def test_retired_statement_ids_are_never_reused():
    ids = [item["id"] for item in read_bank()["items"]]
    assert len(ids) == len(set(ids))
    for retired in RETIRED_ITEM_IDS:
        assert retired not in ids, retired


def test_split_statements_ask_one_thing_each():
    texts = dict((item["id"], item["text"]["en"]) for item in read_bank()["items"])
    assert texts["vision-6"] == "We have agreed on our values, our objectives and our ways of working together."
    assert texts["vision-7"] == "We have a written agreement between partners."
    assert texts["act-6"] == "Our meetings follow an agenda."
    assert texts["act-7"] == "Our meetings end with decisions recorded in writing."
    assert texts["renew-6"] == "We record the lessons learned in writing."
    assert texts["renew-7"] == "All partners receive the lessons learned."
    assert texts["plan-6"] == "We revisit the action plan at regular intervals."
    assert texts["plan-7"] == "Each objective of the action plan ties back to our shared vision."
    assert texts["connect-6"] == "We know whom to contact in each partner organization."
    assert texts["understand-6"] == "Partners trust one another."


def test_reverse_statements_describe_a_practice_without_negation():
    # Disagreeing with "we do not …" is a double negative; reverse statements say what happens instead.
    for item in read_bank()["items"]:
        if item.get("reverse"):
            for negation in ("do not ", "does not ", "don’t ", "doesn’t ", "never "):
                assert negation not in item["text"]["en"], item["id"]
            for negation in (" ne ", " n’", " jamais "):
                assert negation not in item["text"]["fr"], item["id"]


def test_shipped_bank_identity_scale_and_continuum():
    bank = read_bank()
    assert bank["id"] == "partenariats-6-activites"
    assert bank["version"] == "2.0.0"
    assert bank["scale"]["points"][0]["label"] == {"fr": "Pas du tout d’accord", "en": "Strongly disagree"}
    assert bank["scale"]["points"][4]["label"] == {"fr": "Tout à fait d’accord", "en": "Strongly agree"}
    assert bank["scale"]["dont_know"] == {"fr": "Je ne sais pas", "en": "Don’t know"}
    names = [level["name"] for level in bank["continuum"]["levels"]]
    assert names == [
        {"fr": "Réseautage", "en": "Networking"},
        {"fr": "Coordination", "en": "Coordinating"},
        {"fr": "Coopération", "en": "Cooperating"},
        {"fr": "Collaboration", "en": "Collaborating"},
    ]
    assert bank["continuum"]["aim_question"]["fr"].endswith(NBSP + "?")


def test_band_names_in_both_languages():
    assert read_bank()["bands"] == {
        "strength": {"fr": "Force", "en": "Strength"},
        "watch": {"fr": "À surveiller", "en": "Needs attention"},
        "priority": {"fr": "Priorité", "en": "Priority"},
        "insufficient": {"fr": "Pas assez de réponses", "en": "Not enough answers"},
    }


def _texts(value):
    """Every text in a JSON value, joined (MicroPython's json.dumps escapes accents and has no ensure_ascii)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return "\n".join(_texts(entry) for entry in value)
    return ""


def test_one_term_one_translation_in_the_bank():
    text = _texts(read_bank())
    assert "conjoint" not in text  # « plan de travail commun », like « plan d’action commun »
    assert "organisation" not in text  # member organizations are « organismes »
    assert text.count("plan de travail commun") == text.count("joint work plan") >= 3


def test_read_bank_reads_a_given_path_and_names_it_in_errors():
    bank = read_bank(BANK_FIXTURES + "/valid/minimal.json")
    assert bank["id"] == "minimal"
    path = BANK_FIXTURES + "/invalid/duplicate-id.json"
    assert expect_error(BankError, read_bank, path) == (
        path + ': items[3] (alpha-1): duplicate item id "alpha-1", already used by items[0] (alpha-1)')


def test_read_bank_reports_a_missing_file():
    path = BANK_FIXTURES + "/valid/no-such-bank.json"
    assert expect_error(BankError, read_bank, path) == path + ": cannot read the file"


def test_bank_error_is_a_value_error():
    assert issubclass(BankError, ValueError)


def test_load_bank_returns_the_parsed_data_unchanged():
    data = minimal_bank_data()
    assert load_bank(json.dumps(data), "minimal.json") == data


def test_a_bool_is_not_a_scale_value():
    data = minimal_bank_data()
    data["scale"]["points"][0]["value"] = True
    assert expect_error(BankError, load_bank, json.dumps(data), "b.json") == (
        'b.json: scale.points[0]: "value" must be 1 (points go from 1 to 5 in order)')


def test_french_guillemets_need_no_break_spaces_inside():
    data = minimal_bank_data()
    data["items"][0]["text"]["fr"] = "Un «" + NBSP + "mot»."
    assert expect_error(BankError, load_bank, json.dumps(data), "b.json") == (
        "b.json: items[0] (alpha-1): the \"fr\" text of \"text\" needs a no-break space (U+00A0) before '\u00bb'")
    data["items"][0]["text"]["fr"] = "Un « mot" + NBSP + "»."
    assert expect_error(BankError, load_bank, json.dumps(data), "b.json") == (
        "b.json: items[0] (alpha-1): the \"fr\" text of \"text\" needs a no-break space (U+00A0) after '\u00ab'")


def test_english_texts_are_not_held_to_french_typography():
    data = minimal_bank_data()
    data["items"][0]["text"]["en"] = "Is it: yes; or no? “Quoted”!"
    assert load_bank(json.dumps(data), "b.json")["items"][0]["text"]["en"] == "Is it: yes; or no? “Quoted”!"


def test_syntax_errors_are_located_by_line_and_column():
    assert find_syntax_error('{"a": 1}') is None
    assert find_syntax_error('[1, -2.5e3, "x\\n\\u00e9", true, false, null, {}]') is None
    assert find_syntax_error('{"a": 1,}') == (1, 9, "expected a key in double quotes")
    assert find_syntax_error('[1 2]') == (1, 4, "expected ',' or ']' after a value in a list")
    assert find_syntax_error('{\n  "é": tru\n}') == (2, 8, "expected a value (an object, list, text in double "
                                                           "quotes, number, true, false or null)")
    assert find_syntax_error('{"a" 1}') == (1, 6, "expected ':' after the key")
    assert find_syntax_error('"abc') == (1, 1, "a text in double quotes is never closed")
    assert find_syntax_error('["a\\x"]') == (1, 4, "invalid escape sequence in a text")
    assert find_syntax_error('[01]') == (1, 2, "invalid number")
    assert find_syntax_error('{} {}') == (1, 4, "unexpected text after the end of the data")
    assert find_syntax_error('["a\nb"]') == (1, 4, "line break or control character inside a text")


def test_a_key_repeated_in_one_object_is_refused_at_its_second_place():
    # Both runtimes' parsers would keep the last one and silently drop the first.
    assert find_syntax_error('{"fr": "a", "en": "b", "fr": "c"}') == (1, 24, REPEATED_KEY)
    assert find_syntax_error('{"é": 1,\n "\\u00e9": 2}') == (2, 2, REPEATED_KEY)
    assert find_syntax_error('[{"a": 1}, {"a": 2}, {"b": {"a": 3}, "a": 4}]') is None


def test_raw_control_bytes_inside_texts_are_refused_at_their_position():
    assert find_syntax_error('["ab\tc"]') == (1, 5, "line break or control character inside a text")
    assert find_syntax_error('["é\x01", "\n"]') == (1, 4, "line break or control character inside a text")
    assert find_syntax_error('["a", "b\n"]') == (1, 9, "line break or control character inside a text")
    assert find_syntax_error('[1,\x01 2]') == (1, 4, find_syntax_error("[1,x]")[2])


def test_lenient_json_is_refused_on_every_runtime():
    # MicroPython's own parser would accept all of these.
    for text, position in (('{"a": 1 "b": 2}', (1, 9)), ('[1,]', (1, 4)), ('{"a":: 1}', (1, 6)), ('{"a": 01}', (1, 7))):
        assert find_syntax_error(text)[:2] == position, text
        message = expect_error(BankError, load_bank, text, "lenient.json")
        assert message.startswith("lenient.json: not valid JSON: line 1, column %d: " % position[1]), message
