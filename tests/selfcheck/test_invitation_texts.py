"""What the self-check says in workshop mode (invitation_texts.py): the title and the message to the facilitator.

Runs under CPython (pytest) and MicroPython (tests/micropython/run.mjs): plain asserts, no pytest features.
"""

from selfcheck.invitation import percent_decode
from selfcheck.invitation_texts import message_to_facilitator, workshop_title
from selfcheck.ui import read_ui

UI = read_ui()
NBSP = "\u00a0"
NAMED = {"session": "Réseau Nord & Sud", "email": "anim.nord@example.org"}
UNNAMED = {"session": "", "email": ""}
LINK = "https://example.org/selfcheck/#answers=2~bank~1.0.0~1234d~abcdefgh23"


def _fields(url):
    assert url.startswith("mailto:")
    to, query = url[len("mailto:"):].split("?")
    fields = {"to": percent_decode(to)}
    for pair in query.split("&"):
        name, value = pair.split("=")
        fields[name] = percent_decode(value)
    return fields


def test_the_title_names_the_session_in_each_language():
    assert workshop_title(UI, NAMED, "fr") == "Atelier «" + NBSP + "Réseau Nord & Sud" + NBSP + "»"
    assert workshop_title(UI, NAMED, "en") == "Workshop “Réseau Nord & Sud”"
    assert workshop_title(UI, UNNAMED, "fr") == "Atelier"
    assert workshop_title(UI, UNNAMED, "en") == "Workshop"


def test_the_message_goes_to_the_facilitator_names_the_session_and_holds_the_link_on_its_own_line():
    url = message_to_facilitator(UI, NAMED, LINK, "en")
    assert url.startswith("mailto:anim.nord@example.org?subject=My%20self-check%20answers%2C%20workshop%20%E2%80%9C")
    assert _fields(url) == {
        "to": "anim.nord@example.org",
        "subject": "My self-check answers, workshop “Réseau Nord & Sud”",
        "body": "Hello, here is the link to my self-check answers for the workshop “Réseau Nord & Sud”. It holds them "
                "in the address itself, without my name. Paste it into the Workshop page to add them to the group’s "
                "results, or open it to see my results:\r\n\r\n" + LINK + "\r\n"}
    french = _fields(message_to_facilitator(UI, NAMED, LINK, "fr"))
    assert french["subject"] == "Mes réponses à l’autodiagnostic, atelier «" + NBSP + "Réseau Nord & Sud" + NBSP + "»"
    assert french["body"].startswith("Bonjour, voici le lien de mes réponses à l’autodiagnostic pour l’atelier «"
                                     + NBSP + "Réseau Nord & Sud" + NBSP + "». ")
    assert french["body"].endswith("résultats" + NBSP + ":\r\n\r\n" + LINK + "\r\n")


def test_without_an_address_or_a_name_the_reader_chooses_the_recipient():
    url = message_to_facilitator(UI, UNNAMED, LINK, "fr")
    assert url.startswith("mailto:?subject=")
    fields = _fields(url)
    assert fields["to"] == "" and fields["subject"] == "Mes réponses à l’autodiagnostic, pour l’atelier"
    assert fields["body"].startswith("Bonjour, voici le lien de mes réponses à l’autodiagnostic pour l’atelier. Il ")
    assert "&" not in url.split("?")[1].replace("&body=", "")  # the session's "&" is encoded, not a separator
