"""The workshop invitation: a link to the self-check that carries the session's name and, optionally, the
facilitator's e-mail address, in the URL fragment (which browsers never send to a server):

    #workshop=<session name, percent-encoded UTF-8>[&to=<e-mail address, percent-encoded>]

and the `mailto:` URL with which a respondent sends their share link back. MicroPython has no urllib: the percent
encoding is written here, for UTF-8 text, as RFC 3986 describes it.
"""

from .answers import AnswersError, check_label

INVITATION_PREFIX = "workshop="
_EMAIL_PREFIX = "to="
EMAIL_LIMIT = 254  # characters: the longest address RFC 5321 lets through
FRAGMENT_LIMIT = 2000  # characters: far above the longest invitation (a 120-character name, each as %XX%XX%XX)
_UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
_HEX = "0123456789ABCDEF"
_NOT_IN_EMAIL = ' "(),:;<>[\\]'


def percent_encode(text, safe=""):
    """`text` with every byte of its UTF-8 form written %XX, but for letters, digits, "-._~" and `safe`."""
    out = []
    for byte in text.encode("utf-8"):
        char = chr(byte)
        if byte < 128 and (char in _UNRESERVED or char in safe):
            out.append(char)
        else:
            out.append("%" + _HEX[byte >> 4] + _HEX[byte & 15])
    return "".join(out)


def percent_decode(text):
    """The text that `percent_encode` wrote; AnswersError("err_invitation") for a broken %XX or bad UTF-8."""
    data = bytearray()
    index = 0
    while index < len(text):
        char = text[index]
        if char == "%":
            pair = text[index + 1:index + 3].upper()
            if len(pair) != 2 or pair[0] not in _HEX or pair[1] not in _HEX:
                raise AnswersError("err_invitation")
            data.append(_HEX.index(pair[0]) * 16 + _HEX.index(pair[1]))
            index += 3
        else:
            data.extend(char.encode("utf-8"))
            index += 1
    try:
        return bytes(data).decode("utf-8")
    except UnicodeError:
        raise AnswersError("err_invitation")


def check_email(text):
    """An e-mail address as a person types it: one "@", something on each side, a dot in the domain, no spaces."""
    if not isinstance(text, str) or not 3 <= len(text) <= EMAIL_LIMIT or text.count("@") != 1:
        raise AnswersError("err_email", limit=EMAIL_LIMIT)
    local, domain = text.split("@")
    if not local or "." not in domain or domain[0] == "." or domain[-1] == ".":
        raise AnswersError("err_email", limit=EMAIL_LIMIT)
    for char in text:
        if ord(char) <= 32 or 127 <= ord(char) <= 159 or char in _NOT_IN_EMAIL:
            raise AnswersError("err_email", limit=EMAIL_LIMIT)
    return text


def invitation_fragment(session, email=""):
    """The URL fragment (without "#") of an invitation; `session` may be "" (a workshop without a name)."""
    fragment = INVITATION_PREFIX + percent_encode(check_label(session))
    if email:
        fragment += "&" + _EMAIL_PREFIX + percent_encode(check_email(email), "@")
    return fragment


def is_invitation_fragment(fragment):
    return fragment.startswith(INVITATION_PREFIX)


def read_invitation(fragment):
    """{"session": text, "email": text, "" when none} from an invitation's fragment (without "#")."""
    if len(fragment) > FRAGMENT_LIMIT or not is_invitation_fragment(fragment):
        raise AnswersError("err_invitation")
    parts = fragment[len(INVITATION_PREFIX):].split("&")
    if len(parts) > 2 or (len(parts) == 2 and not parts[1].startswith(_EMAIL_PREFIX)):
        raise AnswersError("err_invitation")
    try:
        session = check_label(percent_decode(parts[0]))
    except AnswersError:
        raise AnswersError("err_invitation")
    email = check_email(percent_decode(parts[1][len(_EMAIL_PREFIX):])) if len(parts) == 2 else ""
    return {"session": session, "email": email}


def mailto_url(email, subject, body):
    """A mailto: URL (RFC 6068) for `email` ("" lets the reader choose) with `subject` and `body`; line breaks in the
    body are written CRLF, as the RFC asks."""
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return "mailto:%s?subject=%s&body=%s" % (percent_encode(email, "@"), percent_encode(subject), percent_encode(body))
