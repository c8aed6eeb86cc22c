"""The invitation: a link to the self-check of the page's language carrying the session (and the facilitator's
address), updated as it is typed, and a QR code of it that decodes to that very link and is large enough to scan
from the back of a room."""

from pathlib import Path

import pytest

from selfcheck.invitation import invitation_fragment
from selfcheck.text import say

from workshop_visit import SELFCHECK_PATHS, UI, WorkshopVisit

pytestmark = pytest.mark.browser

DECODER = Path(__file__).resolve().parents[2] / "node_modules" / "qr" / "decode.js"

# The page's QR code as the camera of a phone would see it: drawn on a canvas, then read by the `qr` package's own
# decoder (served to the test only, beside the encoder the site ships).
DECODE = """async () => {
  const svg = document.querySelector("[data-workshop-qr] svg");
  const image = new Image();
  image.src = "data:image/svg+xml," + encodeURIComponent(new XMLSerializer().serializeToString(svg));
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 600;
  const context = canvas.getContext("2d");
  context.drawImage(image, 0, 0, 600, 600);
  const encoder = document.querySelector('script[src$="workshop-qr.js"]').src;
  const {decodeQR} = await import(new URL("../qr/decode.js", encoder).href);
  return decodeQR(context.getImageData(0, 0, 600, 600));
}"""


def decoded(visit):
    visit.page.route("**/assets/qr/decode.js", lambda route: route.fulfill(
        path=str(DECODER), headers={"Content-Type": "text/javascript"}))
    return visit.page.evaluate(DECODE)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_invitation_link_follows_the_session_name_and_its_qr_code_reads_back(browser, base_url, lang):
    with WorkshopVisit(browser, base_url) as visit:
        page = visit.open(lang)
        target = base_url + SELFCHECK_PATHS[lang]
        assert page.input_value("[data-workshop-link]") == target + "#" + invitation_fragment("")
        page.fill("[data-workshop-session]", "Atelier d’automne : Nord & Sud")
        link = target + "#" + invitation_fragment("Atelier d’automne : Nord & Sud")
        assert page.input_value("[data-workshop-link]") == link
        assert decoded(visit) == link
        page.fill("[data-workshop-email]", "animation@example.org")
        link = target + "#" + invitation_fragment("Atelier d’automne : Nord & Sud", "animation@example.org")
        assert page.input_value("[data-workshop-link]") == link
        assert decoded(visit) == link
        # Large enough to scan across a room once projected: at least 300 px, each module at least 6 px.
        box = page.locator("[data-workshop-qr] svg").bounding_box()
        modules = int(page.get_attribute("[data-workshop-qr] svg", "viewBox").split()[2])
        assert box["width"] >= 300 and box["width"] / modules >= 6
        # What it opens: the self-check of the same language.
        page.goto(link)
        page.wait_for_selector('[data-selfcheck][data-ready="1"]', state="attached", timeout=30_000)
        assert page.url.startswith(target)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_wrong_address_is_left_out_of_the_link_and_the_reader_is_told(browser, base_url, lang):
    with WorkshopVisit(browser, base_url) as visit:
        page = visit.open(lang)
        page.fill("[data-workshop-session]", "Séance 2")
        page.fill("[data-workshop-email]", "pas une adresse")
        assert page.input_value("[data-workshop-link]").endswith("#" + invitation_fragment("Séance 2"))
        assert visit.notice() == say(UI, "workshop_email_ignored", lang)


def test_markup_typed_into_the_session_name_is_taken_out(browser, base_url):
    with WorkshopVisit(browser, base_url) as visit:
        page = visit.open("en")
        page.fill("[data-workshop-session]", "<b>Séance</b>")
        assert page.input_value("[data-workshop-session]") == "bSéance/b"
        assert visit.notice() == say(UI, "workshop_session_cleaned", "en")
        assert page.input_value("[data-workshop-link]").endswith("#" + invitation_fragment("bSéance/b"))


def test_the_qr_code_fills_the_screen_for_a_projector(browser, base_url):
    with WorkshopVisit(browser, base_url, viewport={"width": 1280, "height": 800}) as visit:
        page = visit.open("fr")
        page.fill("[data-workshop-session]", "Séance plénière")
        page.click('[data-workshop-action="qr-large"]')
        page.wait_for_function("() => document.fullscreenElement !== null")
        assert page.evaluate("() => document.fullscreenElement.hasAttribute('data-workshop-qr-figure')")
        box = page.locator("[data-workshop-qr] svg").bounding_box()
        assert box["height"] >= 0.75 * 800
        page.evaluate("() => document.exitFullscreen()")
        page.wait_for_function("() => document.fullscreenElement === null")
