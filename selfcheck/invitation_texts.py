"""What the self-check page says in workshop mode (opened from a facilitator's invitation, see invitation.py): the
title at the top of the page and the e-mail that sends the respondent's share link to the facilitator.

`invitation` is what `invitation.read_invitation` gives: {"session": text, "" for a workshop without a name,
"email": text, "" when none}.
"""

from .invitation import mailto_url
from .text import say

MAIL_LINE_BREAK = "\r\n"  # what mailto: bodies use (RFC 6068)


def _say(ui, key, invitation, lang):
    """The text `key` naming the session, or its "_unnamed" form for a workshop without a name."""
    if invitation["session"] == "":
        return say(ui, key + "_unnamed", lang)
    return say(ui, key, lang, session=invitation["session"])


def workshop_title(ui, invitation, lang):
    """"Atelier « Réseau Nord »" / "Workshop “North network”" ("Atelier" / "Workshop" without a name)."""
    return _say(ui, "workshop_banner", invitation, lang)


def message_to_facilitator(ui, invitation, link, lang):
    """The mailto: URL of a message to the facilitator (their address when the invitation had one) that names the
    session, says what the link is, and holds it on a line of its own."""
    body = _say(ui, "workshop_mail_intro", invitation, lang) + MAIL_LINE_BREAK * 2 + link + MAIL_LINE_BREAK
    return mailto_url(invitation["email"], _say(ui, "workshop_mail_subject", invitation, lang), body)
