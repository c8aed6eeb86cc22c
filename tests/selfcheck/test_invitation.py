"""The workshop invitation in the URL fragment, and the mailto: URL a respondent sends their answers with.

Runs under CPython (pytest) and MicroPython (tests/micropython/run.mjs): plain asserts, no pytest features.
"""

from selfcheck.answers import LABEL_LIMIT, AnswersError, refusal
from selfcheck.invitation import (EMAIL_LIMIT, check_email, invitation_fragment, is_invitation_fragment, mailto_url,
                                  percent_decode, percent_encode, read_invitation)
from selfcheck.ui import read_ui

from selfcheck_support import expect_error

UI = read_ui()
KEPT = " Your current answers have not changed."


def test_an_invitation_carries_the_session_name_and_the_address_back():
    fragment = invitation_fragment("Atelier « Nord » été 2027", "anne.roy@exemple.ca")
    assert fragment == ("workshop=Atelier%20%C2%AB%20Nord%20%C2%BB%20%C3%A9t%C3%A9%202027"
                        "&to=anne.roy@exemple.ca")
    assert is_invitation_fragment(fragment)
    assert read_invitation(fragment) == {"session": "Atelier « Nord » été 2027", "email": "anne.roy@exemple.ca"}


def test_an_invitation_may_have_no_address_and_no_name():
    assert invitation_fragment("Table de quartier") == "workshop=Table%20de%20quartier"
    assert read_invitation("workshop=Table%20de%20quartier") == {"session": "Table de quartier", "email": ""}
    assert read_invitation(invitation_fragment("")) == {"session": "", "email": ""}


def test_percent_encoding_round_trips_any_text():
    for text in ("", "a b", "100 % sûr", "«\u202f»", "日本", "emoji \U0001F600", "&=#?/+", "~-._"):
        assert percent_decode(percent_encode(text)) == text, text
    assert percent_encode("a@b c", "@") == "a@b%20c"
    assert percent_decode("%c3%a9") == "é"  # lower-case hexadecimal digits are read too


def invitation_refusal(fragment):
    error = None
    try:
        read_invitation(fragment)
    except AnswersError as raised:
        error = raised
    assert error is not None, fragment
    return refusal(UI, error, "en", "link")


def test_damaged_invitations_are_refused_with_their_reason():
    damaged = ("workshop=%", "workshop=%zz", "workshop=%C3", "workshop=%FF%FE", "workshop=a&b=c", "workshop=a&to=x&to=y",
               "workshop=" + "%3C" * 10, "workshop=" + "a" * (LABEL_LIMIT + 1), "answers=2~x", "workshop=" + "a" * 3000,
               "workshop=line%0Abreak")
    for fragment in damaged:
        assert invitation_refusal(fragment) == (
            "Link refused: the workshop invitation is damaged or incomplete." + KEPT), fragment
    assert invitation_refusal("workshop=a&to=not-an-address") == (
        "Link refused: the e-mail address is invalid (at most %d characters, with one @ and no spaces)." % EMAIL_LIMIT + KEPT)


def test_e_mail_addresses_as_people_type_them():
    for good in ("a@b.ca", "anne.roy+atelier@sante.exemple.org", "é@exemple.fr"):
        assert check_email(good) == good
    for bad in ("", "a", "a@b", "@b.ca", "a@.ca", "a@b.", "a b@c.ca", "a@b@c.ca", "<a@b.ca>", "a@b.ca\n",
                "a" * EMAIL_LIMIT + "@b.ca", None):
        assert expect_error(AnswersError, check_email, bad) == "err_email", bad
    assert expect_error(AnswersError, invitation_fragment, "Nord", "personne") == "err_email"
    assert expect_error(AnswersError, invitation_fragment, "<b>Nord</b>") == "err_label"


def test_a_mailto_url_encodes_everything_and_breaks_lines_as_crlf():
    url = mailto_url("anne.roy@exemple.ca", "Autodiagnostic : atelier « Nord »",
                     "Mes réponses :\nhttps://exemple.org/selfcheck/#answers=2~b~2.0.0~1~k7m2qx4abz")
    assert url == ("mailto:anne.roy@exemple.ca?subject=Autodiagnostic%20%3A%20atelier%20%C2%AB%20Nord%20%C2%BB"
                   "&body=Mes%20r%C3%A9ponses%20%3A%0D%0Ahttps%3A%2F%2Fexemple.org%2Fselfcheck%2F%23answers%3D2~b~2.0.0"
                   "~1~k7m2qx4abz")
    assert mailto_url("", "s", "b") == "mailto:?subject=s&body=b"
