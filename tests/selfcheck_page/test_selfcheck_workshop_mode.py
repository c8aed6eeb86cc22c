"""The self-check opened from a workshop invitation: it says so at the top, remembers it, sends the share link to the
facilitator by e-mail (the mail program is intercepted), can be left; a damaged invitation is told and changes
nothing else."""

import pytest

from selfcheck.answers import AnswersError, refusal, share_fragment
from selfcheck.invitation import EMAIL_LIMIT, invitation_fragment, percent_decode

from selfcheck_visit import BANK, BLOCKED_STORAGE, PATHS, UI, Visit, answer_set, as_shown, expected_view

pytestmark = pytest.mark.browser

NBSP = "\u00a0"
# Mail links the page opens are recorded instead of handed to a mail program.
MAILTO_TRAP = """
window.openedMailto = [];
const click = HTMLAnchorElement.prototype.click;
HTMLAnchorElement.prototype.click = function () {
  if (this.href.startsWith("mailto:")) { window.openedMailto.push(this.href); return; }
  return click.call(this);
};
"""
TITLES = {"fr": "Atelier «" + NBSP + "Réseau Nord & Sud" + NBSP + "»", "en": "Workshop “Réseau Nord & Sud”"}


def workshop_visit(browser, base_url):
    visit = Visit(browser, base_url)
    visit.context.add_init_script(MAILTO_TRAP)
    visit.context.grant_permissions(["clipboard-read", "clipboard-write"])
    return visit


def read_mailto(url):
    """(to, {field: decoded value}) of a mailto: URL."""
    assert url.startswith("mailto:")
    to, _, query = url[len("mailto:"):].partition("?")
    fields = {}
    for pair in query.split("&"):
        name, _, value = pair.partition("=")
        fields[name] = percent_decode(value)
    return percent_decode(to), fields


def banner(page):
    return page.evaluate("""() => {
      const box = document.querySelector("[data-workshop-mode]");
      return box.hidden ? null : box.querySelector("[data-workshop-title]").textContent;
    }""")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_invitation_opens_workshop_mode_and_sends_the_answers_to_the_facilitator(browser, base_url, lang):
    with workshop_visit(browser, base_url) as visit:
        page = visit.open(lang, "#" + invitation_fragment("Réseau Nord & Sud", "anim.nord@example.org"))
        assert banner(page) == TITLES[lang]
        assert "#" not in page.url  # a share link made later must not carry the invitation
        assert page.is_visible("[data-workshop-send]")
        page.reload()
        visit.wait_ready()
        assert banner(page) == TITLES[lang]  # remembered

        answers = answer_set("mixed")
        visit.answer(answers)
        respondent = visit.stored()["respondent"]
        link = base_url + PATHS[lang] + "#" + share_fragment(BANK, answers, respondent)
        page.click('[data-action="send-to-facilitator"]')
        page.wait_for_function("() => window.openedMailto.length === 1")
        to, fields = read_mailto(page.evaluate("() => window.openedMailto[0]"))
        assert to == "anim.nord@example.org"
        assert sorted(fields) == ["body", "subject"]
        if lang == "fr":
            assert fields["subject"] == "Mes réponses à l’autodiagnostic, atelier «" + NBSP + "Réseau Nord & Sud" + NBSP + "»"
            intro = ("Bonjour, voici le lien de mes réponses à l’autodiagnostic pour l’atelier «" + NBSP
                     + "Réseau Nord & Sud" + NBSP + "». Il les contient dans l’adresse même, sans mon nom. Collez-le "
                     "dans la page Atelier pour les ajouter aux résultats du groupe, ou ouvrez-le pour voir mes "
                     "résultats" + NBSP + ":")
        else:
            assert fields["subject"] == "My self-check answers, workshop “Réseau Nord & Sud”"
            intro = ("Hello, here is the link to my self-check answers for the workshop “Réseau Nord & Sud”. It holds "
                     "them in the address itself, without my name. Paste it into the Workshop page to add them to the "
                     "group’s results, or open it to see my results:")
        assert fields["body"] == intro + "\r\n\r\n" + link + "\r\n"
        assert page.input_value("[data-workshop-link]") == link
        page.wait_for_function("() => document.querySelector('[data-notice]').textContent !== ''")
        assert visit.notice() == UI["workshop_sent"][lang]
        assert page.evaluate("() => navigator.clipboard.readText()") == link
        page.click('[data-action="share"]')
        assert page.input_value("[data-share-field]") == link
        assert visit.shown() == as_shown(expected_view(answers, lang))  # nothing else changes

        page.click('[data-action="leave-workshop"]')
        assert banner(page) is None and not page.is_visible("[data-workshop-send]")
        assert visit.notice() == UI["workshop_left"][lang]
        page.reload()
        visit.wait_ready()
        assert banner(page) is None
        assert visit.stored()["answers"] == answers


def test_an_invitation_without_an_address_leaves_the_recipient_to_the_reader(browser, base_url):
    with workshop_visit(browser, base_url) as visit:
        page = visit.open("en", "#" + invitation_fragment("Atelier 3"))
        assert banner(page) == "Workshop “Atelier 3”"
        visit.answer(answer_set("sparse"))
        page.focus('[data-action="send-to-facilitator"]')
        page.keyboard.press("Enter")
        page.wait_for_function("() => window.openedMailto.length === 1")
        to, fields = read_mailto(page.evaluate("() => window.openedMailto[0]"))
        assert to == "" and fields["subject"] == "My self-check answers, workshop “Atelier 3”"


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("fragment", ["workshop=Nord&x=1", "workshop=%E9t%C3", "workshop=A%3Cb%3E", "workshop=Nord&to=not-an-address"])
def test_a_damaged_invitation_is_told_and_the_page_works_as_usual(browser, base_url, lang, fragment):
    with workshop_visit(browser, base_url) as visit:
        page = visit.open(lang, "#" + fragment)
        assert banner(page) is None and not page.is_visible("[data-workshop-send]")
        assert "#" not in page.url
        notice = visit.notice()
        reason = AnswersError("err_email", limit=EMAIL_LIMIT) if "to=" in fragment else AnswersError("err_invitation")
        assert notice == refusal(UI, reason, lang, "invitation")
        answers = answer_set("sparse")
        visit.answer(answers)
        assert visit.stored()["answers"] == answers
        page.reload()
        visit.wait_ready()
        assert banner(page) is None


def test_without_storage_workshop_mode_still_works_for_the_visit(browser, base_url):
    with workshop_visit(browser, base_url) as visit:
        visit.page.add_init_script(BLOCKED_STORAGE)
        page = visit.open("fr", "#" + invitation_fragment("Réseau Nord & Sud", "anim.nord@example.org"))
        assert banner(page) == TITLES["fr"]
        visit.answer(answer_set("sparse"))
        page.click('[data-action="send-to-facilitator"]')
        page.wait_for_function("() => window.openedMailto.length === 1")
        to, _ = read_mailto(page.evaluate("() => window.openedMailto[0]"))
        assert to == "anim.nord@example.org"
        page.click('[data-action="leave-workshop"]')
        assert banner(page) is None
