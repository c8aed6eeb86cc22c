"""A strict JSON syntax check that says where a text stops being JSON: line, column and a plain reason.

MicroPython's `json.loads` is lenient (it skips missing or extra commas and colons) and gives no position, and
CPython's messages differ from it anyway. `load_bank` runs this check first on both, so that the same bank is
accepted or refused with the same message everywhere.

Speed matters because the page runs it too: a Python loop over every byte of the bank takes a tenth of a second
in the browser's MicroPython. So the scan works on UTF-8 bytes (indexing a MicroPython str is not constant-time
once it holds non-ASCII text) and leaves runs of bytes to methods written in C (`find`, `lstrip`, `in`).
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


class _Stop(Exception):
    def __init__(self, position, reason):
        super().__init__(reason)
        self.position = position
        self.reason = reason


def find_syntax_error(text):
    """Return `(line, column, reason)` of the first syntax error in `text` (1-based), or None if it is valid JSON."""
    data = text.encode("utf-8")
    try:
        _Scanner(data).document()
    except _Stop as stop:
        before = data[: stop.position]
        line_start = before.rfind(b"\n") + 1
        column = len(before[line_start:].decode("utf-8")) + 1
        return before.count(b"\n") + 1, column, stop.reason
    return None


class _Scanner:
    def __init__(self, data):
        self.data = data
        self.size = len(data)
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
        while data[index : index + 1] in _WHITESPACE_BYTES:
            chunk = data[index : index + _WHITESPACE_RUN]
            rest = chunk.lstrip(_WHITESPACE)
            index += len(chunk) - len(rest)
            if rest:
                break
        return index

    def value(self, index):
        """Scan one value starting at `index`; return the index just after it."""
        char = self.byte(index)
        if char == b"":
            raise _Stop(index, "the data ends where a value was expected")
        if char == b"{":
            return self.object(index)
        if char == b"[":
            return self.array(index)
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
            quote = data.find(b'"', index)
            if 0 <= self.next_backslash < index:
                self.next_backslash = data.find(b"\\", index)
            backslash = self.next_backslash
            stop = quote if backslash < 0 or (0 <= quote < backslash) else backslash
            if stop < 0:
                raise _Stop(start, UNCLOSED_TEXT)
            chunk = data[index:stop]
            if b"\n" in chunk or b"\t" in chunk or b"\r" in chunk or index <= self.first_control < stop:
                self.refuse_control(index, chunk)
            if stop == quote:
                return quote + 1
            escape = data[stop + 1 : stop + 2]
            if escape == b"" or escape not in _ESCAPES:
                raise _Stop(stop, "invalid escape sequence in a text")
            index = stop + 2
            if escape == b"u":
                digits = data[index : index + 4]
                if len(digits) < 4 or any(digits[n : n + 1] not in _HEX for n in range(4)):
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
        return index

    def digits(self, index):
        """Skip a run of digits; return (index after it, how many)."""
        start = index
        while self.byte(index) != b"" and self.byte(index) in _DIGITS:
            index += 1
        return index, index - start
