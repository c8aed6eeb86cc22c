"""The shipped bank (selfcheck/bank.json) and the loading functions."""

import json

from selfcheck import BankError, load_bank, read_bank
from selfcheck.jsonsyntax import REPEATED_KEY, find_syntax_error
from selfcheck_support import BANK_FIXTURES, expect_error, minimal_bank_data

CANONICAL_ORDER = ["connect", "understand", "vision", "plan", "act", "renew"]
NBSP = "\u00a0"


def test_shipped_bank_has_the_six_activities_in_canonical_order():
    bank = read_bank()
    assert [activity["id"] for activity in bank["activities"]] == CANONICAL_ORDER
    for activity in bank["activities"]:
        assert activity["lesson"] == "activities/%s/" % activity["id"]
        assert activity["tool"] == "tools/%s/" % activity["id"]
    assert bank["activities"][0]["name"] == {"fr": "Tisser des liens", "en": "Building relationships"}


def test_shipped_bank_has_five_statements_per_activity_and_spread_reverse_ones():
    bank = read_bank()
    assert len(bank["items"]) == 30
    reverse_by_activity = {}
    for activity_id in CANONICAL_ORDER:
        items = [item for item in bank["items"] if item["activity"] == activity_id]
        assert [item["id"] for item in items] == ["%s-%d" % (activity_id, n) for n in range(1, 6)]
        reverse_by_activity[activity_id] = len([item for item in items if item.get("reverse")])
    assert sum(reverse_by_activity.values()) >= 3
    assert len([count for count in reverse_by_activity.values() if count]) >= 3


def test_shipped_bank_identity_scale_and_continuum():
    bank = read_bank()
    assert bank["id"] == "partenariats-6-activites"
    assert bank["version"] == "1.0.0"
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


def test_the_issue_example_statement_is_in_the_bank():
    texts = [item["text"]["fr"] for item in read_bank()["items"]]
    assert ("Nous avons une entente écrite qui précise nos valeurs, nos objectifs et nos façons de travailler "
            "ensemble.") in texts


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
