"""Find where a text stops being JSON, so that a broken bank is reported with a line, a column and a reason.

Parsers disagree on their error messages (CPython's and MicroPython's differ, and MicroPython gives no position), so
the report comes from this small strict scanner instead, identical on both. It runs only after `json.loads` failed.
"""

_WHITESPACE = " \t\n\r"
_DIGITS = "0123456789"
_ESCAPES = '"\\/bfnrtu'
_HEX = "0123456789abcdefABCDEF"
_WORDS = ("true", "false", "null")


class _Stop(Exception):
    def __init__(self, position, reason):
        super().__init__(reason)
        self.position = position
        self.reason = reason


def find_syntax_error(text):
    """Return `(line, column, reason)` of the first syntax error in `text` (1-based), or None if it is valid JSON."""
    # A list of characters: indexing a MicroPython str is not constant-time once it holds non-ASCII text.
    text = list(text)
    try:
        end = _value(text, _skip(text, 0))
        end = _skip(text, end)
        if end < len(text):
            raise _Stop(end, "unexpected text after the end of the data")
    except _Stop as stop:
        line, column = _line_and_column(text, stop.position)
        return line, column, stop.reason
    return None


def _line_and_column(text, position):
    line = 1
    line_start = 0
    for index in range(min(position, len(text))):
        if text[index] == "\n":
            line += 1
            line_start = index + 1
    return line, position - line_start + 1


def _at(text, index):
    return text[index] if index < len(text) else ""


def _skip(text, index):
    while index < len(text) and text[index] in _WHITESPACE:
        index += 1
    return index


def _value(text, index):
    """Scan one value starting at `index`; return the index just after it."""
    if index >= len(text):
        raise _Stop(index, "the data ends where a value was expected")
    char = text[index]
    if char == "{":
        return _object(text, index)
    if char == "[":
        return _array(text, index)
    if char == '"':
        return _string(text, index)
    if char == "-" or char in _DIGITS:
        return _number(text, index)
    for word in _WORDS:
        if "".join(text[index : index + len(word)]) == word:
            return index + len(word)
    raise _Stop(index, "expected a value (an object, list, text in double quotes, number, true, false or null)")


def _object(text, index):
    index = _skip(text, index + 1)
    if index < len(text) and text[index] == "}":
        return index + 1
    while True:
        if index >= len(text) or text[index] != '"':
            raise _Stop(index, "expected a key in double quotes")
        index = _skip(text, _string(text, index))
        if index >= len(text) or text[index] != ":":
            raise _Stop(index, "expected ':' after the key")
        index = _skip(text, _value(text, _skip(text, index + 1)))
        if index < len(text) and text[index] == "}":
            return index + 1
        if index >= len(text) or text[index] != ",":
            raise _Stop(index, "expected ',' or '}' after a value in an object")
        index = _skip(text, index + 1)


def _array(text, index):
    index = _skip(text, index + 1)
    if index < len(text) and text[index] == "]":
        return index + 1
    while True:
        index = _skip(text, _value(text, index))
        if index < len(text) and text[index] == "]":
            return index + 1
        if index >= len(text) or text[index] != ",":
            raise _Stop(index, "expected ',' or ']' after a value in a list")
        index = _skip(text, index + 1)


def _string(text, start):
    index = start + 1
    while index < len(text):
        char = text[index]
        if char == '"':
            return index + 1
        if char == "\\":
            escape = text[index + 1] if index + 1 < len(text) else ""
            if escape == "" or escape not in _ESCAPES:
                raise _Stop(index, "invalid escape sequence in a text")
            if escape == "u":
                digits = text[index + 2 : index + 6]
                if len(digits) < 4 or any(digit not in _HEX for digit in digits):
                    raise _Stop(index, "invalid \\u escape in a text")
                index += 6
            else:
                index += 2
            continue
        if char < " ":
            raise _Stop(index, "line break or control character inside a text")
        index += 1
    raise _Stop(start, "a text in double quotes is never closed")


def _number(text, start):
    index = start + 1 if text[start] == "-" else start
    digits_start = index
    while index < len(text) and text[index] in _DIGITS:
        index += 1
    if index == digits_start or (index - digits_start > 1 and text[digits_start] == "0"):
        raise _Stop(start, "invalid number")
    if _at(text, index) == ".":
        index += 1
        fraction_start = index
        while index < len(text) and text[index] in _DIGITS:
            index += 1
        if index == fraction_start:
            raise _Stop(start, "invalid number")
    if _at(text, index) in ("e", "E"):
        index += 1
        if _at(text, index) in ("+", "-"):
            index += 1
        exponent_start = index
        while index < len(text) and text[index] in _DIGITS:
            index += 1
        if index == exponent_start:
            raise _Stop(start, "invalid number")
    return index
