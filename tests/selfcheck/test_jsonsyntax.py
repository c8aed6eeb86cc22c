"""The strict JSON check's limits: nesting, number length and pieces, each refused where it is first exceeded.

Runs under CPython (pytest) and MicroPython (tests/micropython/run.mjs): plain asserts, no pytest features.
"""

from selfcheck.jsonsyntax import (DEPTH_LIMIT, NUMBER_LIMIT, NUMBER_TOO_LONG, TEXT_TOO_LONG, TOO_DEEP, TOO_MANY_PIECES,
                                  check_syntax, find_syntax_error, line_and_column)


def test_nesting_is_refused_one_level_past_the_limit():
    assert DEPTH_LIMIT == 32
    assert find_syntax_error("[" * DEPTH_LIMIT + "]" * DEPTH_LIMIT) is None
    assert find_syntax_error("[" * (DEPTH_LIMIT + 1) + "]" * (DEPTH_LIMIT + 1)) == (1, DEPTH_LIMIT + 1, TOO_DEEP)
    assert find_syntax_error('{"a": ' * 5000) == (1, 6 * DEPTH_LIMIT + 1, TOO_DEEP)
    assert TOO_DEEP == "lists and objects are nested more than 32 deep"


def test_a_number_longer_than_the_limit_is_refused_at_its_start():
    assert find_syntax_error("[" + "9" * NUMBER_LIMIT + "]") is None
    assert find_syntax_error("[-1." + "5" * (NUMBER_LIMIT - 3) + "]") is None
    assert find_syntax_error("[-1." + "5" * (NUMBER_LIMIT - 2) + "]") == (1, 2, NUMBER_TOO_LONG)
    assert find_syntax_error('{"n":\n  ' + "1" * 300000 + "}") == (2, 3, NUMBER_TOO_LONG)
    assert find_syntax_error("[1e" + "0" * 200 + "]") == (1, 2, NUMBER_TOO_LONG)
    assert NUMBER_TOO_LONG == "a number is longer than 100 characters"


def test_pieces_are_counted_only_when_a_limit_is_given():
    text = '{"a": [1, "\\u00e9\\n"]}'  # pieces: the object, a key, the list, two values, two escapes
    assert check_syntax(text.encode(), 7) is None
    assert check_syntax(text.encode(), 6) == (text.index("\\n"), TOO_MANY_PIECES)
    assert check_syntax(("[" + "0," * 100000 + "0]").encode()) is None
    assert check_syntax(("[" + "0," * 100000 + "0]").encode(), 10) == (19, TOO_MANY_PIECES)  # the list and nine zeros


def test_texts_are_measured_as_written_only_when_a_limit_is_given():
    assert find_syntax_error('["' + "é" * 3 + '"]', None, 6) is None
    assert find_syntax_error('["' + "é" * 3 + '", "\\u00e9"]', None, 5) == (1, 2, TEXT_TOO_LONG)
    assert find_syntax_error('{"ab": 1}', None, 1) == (1, 2, TEXT_TOO_LONG)  # keys too
    assert find_syntax_error('["' + "x" * 100000 + '"]') is None


def test_long_runs_of_whitespace_and_escapes_are_valid():
    assert find_syntax_error("  \n" * 100000 + '{"a": "' + "\\u0041" * 20000 + '"}' + " \t\r\n" * 50000) is None
    assert find_syntax_error('["' + "\\u0041" * 1000 + '\\u00G1"]') == (1, 6003, "invalid \\u escape in a text")


def test_line_and_column_count_characters_not_bytes():
    data = 'é\n  "ü" x'.encode("utf-8")
    assert line_and_column(data, data.index(b"x")) == (2, 7)
    assert line_and_column(data, 0) == (1, 1)
    assert line_and_column(data, len(data)) == (2, 8)
