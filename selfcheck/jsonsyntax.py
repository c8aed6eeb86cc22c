"""A strict JSON syntax check that says where a text stops being JSON: line, column and a plain reason.

MicroPython's `json.loads` is lenient (it skips missing or extra commas and colons) and gives no position, and
CPython's messages differ from it anyway. `load_bank` runs this check first on both, so that the same bank is
accepted or refused with the same message everywhere.

Speed matters because the page runs it too, on files and links from anyone: a Python loop over every byte of the
bank takes a tenth of a second in the browser's MicroPython. So the scan works on UTF-8 bytes (indexing a
MicroPython str is not constant-time once it holds non-ASCII text), leaves runs of bytes to methods written in C
(`find`, `lstrip`, `in`), and looks at each byte a bounded number of times. What still costs a Python step each
(a value, a key, an escape) can be capped with `piece_limit`, and so can the length of texts, which MicroPython's
`json.loads` builds slowly (seconds for 500 KB); nesting and numbers are capped for everyone, since deep nesting
exhausts MicroPython's stack and a long number takes `json.loads` minutes (it is converted in quadratic time).
"""

import json

_WHITESPACE = b" \t\n\r"
_WHITESPACE_RUN = 64  # bytes looked at per `lstrip`
_WHITESPACE_BYTES = (b" ", b"\t", b"\n", b"\r")
_DIGITS = b"0123456789"
_ESCAPES = b'"\\/bfnrtu'
_HEX = b"0123456789abcdefABCDEF"
_WORDS = (b"true", b"false", b"null")
# Raw control bytes are not allowed inside a text; \t, \n and \r are whitespace between values.
_TEXT_BREAKS = (b"\n", b"\t", b"\r")
_OTHER_CONTROLS = [bytes([code]) for code in range(32) if code not in (9, 10, 13)]
# Reasons that callers tell apart (answers.py gives them their own message).
UNCLOSED_TEXT = "a text in double quotes is never closed"
REPEATED_KEY = "this key already appears earlier in the same object"
_EXPECTED_VALUE = "expected a value (an object, list, text in double quotes, number, true, false or null)"
DEPTH_LIMIT = 32  # lists and objects inside one another; the bank needs 5
NUMBER_LIMIT = 100  # characters of one number
TOO_DEEP = "lists and objects are nested more than %d deep" % DEPTH_LIMIT
NUMBER_TOO_LONG = "a number is longer than %d characters" % NUMBER_LIMIT
TOO_MANY_PIECES = "too many values, keys and escapes"
TEXT_TOO_LONG = "a text is too long"


class _Stop(Exception):
    def __init__(self, position, reason):
        super().__init__(reason)
        self.position = position
        self.reason = reason


def find_syntax_error(text, piece_limit=None, text_limit=None):
    """Return `(line, column, reason)` of the first syntax error in `text` (1-based), or None if it is valid JSON."""
    data = text.encode("utf-8")
    found = check_syntax(data, piece_limit, text_limit)
    return None if found is None else line_and_column(data, found[0]) + (found[1],)


def check_syntax(data, piece_limit=None, text_limit=None):
    """`(byte offset, reason)` of the first syntax error in the UTF-8 bytes `data`, or None if they are valid JSON.

    With `piece_limit`, more values, keys and escapes than that are refused (TOO_MANY_PIECES) where the scan gets to
    the first one too many: that bounds the Python steps the scan takes, whatever the data. With `text_limit`, a
    text (a key or a value) of more bytes than that between its quotes, as written, is refused (TEXT_TOO_LONG)."""
    try:
        _Scanner(data, piece_limit, text_limit).document()
    except _Stop as stop:
        return stop.position, stop.reason
    return None


def line_and_column(data, position):
    """The 1-based (line, column in characters) of the byte offset `position` in `data`."""
    line_start = data.rfind(b"\n", 0, position) + 1
    return data.count(b"\n", 0, position) + 1, len(data[line_start:position].decode("utf-8")) + 1


class _Scanner:
    def __init__(self, data, piece_limit, text_limit):
        self.data = data
        self.size = len(data)
        self.text_limit = self.size if text_limit is None else text_limit
        self.depth = 0
        self.pieces_left = -1 if piece_limit is None else piece_limit
        self.next_quote = data.find(b'"')  # kept ahead of the scan, like the next backslash
        # The first raw control byte that is not whitespace, found once for the whole text (almost always none).
        self.first_control = -1
        self.next_backslash = data.find(b"\\")  # kept ahead of the scan: searching to the end per text is O(n^2)
        for control in _OTHER_CONTROLS:
            position = data.find(control)
            if position >= 0 and (self.first_control < 0 or position < self.first_control):
                self.first_control = position

    def document(self):
        end = self.skip(self.value(self.skip(0)))
        if end < self.size:
            raise _Stop(end, "unexpected text after the end of the data")

    def byte(self, index):
        """The byte at `index` as a one-byte bytes object (b"" past the end)."""
        return self.data[index : index + 1]

    def skip(self, index):
        """The index of the first non-whitespace byte at or after `index` (or the length of the data)."""
        data = self.data
        run = _WHITESPACE_RUN
        while data[index : index + 1] in _WHITESPACE_BYTES:
            chunk = data[index : index + run]
            rest = chunk.lstrip(_WHITESPACE)
            index += len(chunk) - len(rest)
            if rest:
                break
            run *= 2  # a long run (padding) takes a few steps, not one per 64 bytes
        return index

    def count_piece(self, index):
        if self.pieces_left == 0:
            raise _Stop(index, TOO_MANY_PIECES)
        self.pieces_left -= 1

    def nested(self, index, scan):
        """Scan the list or object at `index` with `scan`, one level deeper."""
        if self.depth == DEPTH_LIMIT:
            raise _Stop(index, TOO_DEEP)
        self.depth += 1
        end = scan(index)
        self.depth -= 1
        return end

    def value(self, index):
        """Scan one value starting at `index`; return the index just after it."""
        char = self.byte(index)
        if char == b"":
            raise _Stop(index, "the data ends where a value was expected")
        self.count_piece(index)
        if char == b"{":
            return self.nested(index, self.object)
        if char == b"[":
            return self.nested(index, self.array)
        if char == b'"':
            return self.string(index)
        if char == b"-" or char in _DIGITS:
            return self.number(index)
        for word in _WORDS:
            if self.data[index : index + len(word)] == word:
                return index + len(word)
        raise _Stop(index, _EXPECTED_VALUE)

    def object(self, index):
        index = self.skip(index + 1)
        if self.byte(index) == b"}":
            return index + 1
        keys = set()
        while True:
            if self.byte(index) != b'"':
                raise _Stop(index, "expected a key in double quotes")
            key_start = index
            self.count_piece(index)
            index = self.string(index)
            self.add_key(keys, key_start, index)
            index = self.skip(index)
            if self.byte(index) != b":":
                raise _Stop(index, "expected ':' after the key")
            index = self.skip(self.value(self.skip(index + 1)))
            if self.byte(index) == b"}":
                return index + 1
            if self.byte(index) != b",":
                raise _Stop(index, "expected ',' or '}' after a value in an object")
            index = self.skip(index + 1)

    def add_key(self, keys, start, end):
        """Refuse a key already in `keys`: parsers keep only its last value, so an earlier one would vanish."""
        key = self.data[start + 1 : end - 1]
        if b"\\" in key:  # "\u00e9" and "é" are the same key
            key = json.loads(self.data[start:end].decode("utf-8")).encode("utf-8")
        if key in keys:
            raise _Stop(start, REPEATED_KEY)
        keys.add(key)

    def array(self, index):
        index = self.skip(index + 1)
        if self.byte(index) == b"]":
            return index + 1
        while True:
            index = self.skip(self.value(index))
            if self.byte(index) == b"]":
                return index + 1
            if self.byte(index) != b",":
                raise _Stop(index, "expected ',' or ']' after a value in a list")
            index = self.skip(index + 1)

    def string(self, start):
        # The hot path: most of a bank is texts, so this loop does as little as possible in Python.
        data = self.data
        index = start + 1
        while True:
            if 0 <= self.next_quote < index:
                self.next_quote = data.find(b'"', index)
            quote = self.next_quote
            if 0 <= self.next_backslash < index:
                self.next_backslash = data.find(b"\\", index)
            backslash = self.next_backslash
            stop = quote if backslash < 0 or (0 <= quote < backslash) else backslash
            if stop < 0:
                raise _Stop(start, UNCLOSED_TEXT)
            if stop - start - 1 > self.text_limit:
                raise _Stop(start, TEXT_TOO_LONG)
            chunk = data[index:stop]
            if b"\n" in chunk or b"\t" in chunk or b"\r" in chunk or index <= self.first_control < stop:
                self.refuse_control(index, chunk)
            if stop == quote:
                return quote + 1
            escape = data[stop + 1 : stop + 2]
            if escape == b"" or escape not in _ESCAPES:
                raise _Stop(stop, "invalid escape sequence in a text")
            self.count_piece(stop)
            index = stop + 2
            if escape == b"u":
                digits = data[index : index + 4]
                if len(digits) < 4 or digits.lstrip(_HEX) != b"":
                    raise _Stop(stop, "invalid \\u escape in a text")
                index += 4

    def refuse_control(self, start, chunk):
        """Raise at the first raw control byte of `chunk`, a piece of text that starts at `start`."""
        first = self.first_control - start if 0 <= self.first_control - start < len(chunk) else len(chunk)
        for control in _TEXT_BREAKS:
            position = chunk.find(control)
            if 0 <= position < first:
                first = position
        raise _Stop(start + first, "line break or control character inside a text")

    def number(self, start):
        index = start + 1 if self.byte(start) == b"-" else start
        index, digits = self.digits(index)
        if digits == 0 or (digits > 1 and self.byte(index - digits) == b"0"):
            raise _Stop(start, "invalid number")
        if self.byte(index) == b".":
            index, digits = self.digits(index + 1)
            if digits == 0:
                raise _Stop(start, "invalid number")
        if self.byte(index) in (b"e", b"E"):
            index += 1
            if self.byte(index) in (b"+", b"-"):
                index += 1
            index, digits = self.digits(index)
            if digits == 0:
                raise _Stop(start, "invalid number")
        if index - start > NUMBER_LIMIT:
            raise _Stop(start, NUMBER_TOO_LONG)
        return index

    def digits(self, index):
        """Skip a run of digits; return (index after it, how many). Looks at most one byte past NUMBER_LIMIT."""
        run = self.data[index : index + NUMBER_LIMIT + 1]
        count = len(run) - len(run.lstrip(_DIGITS))
        return index + count, count
