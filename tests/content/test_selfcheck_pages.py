"""The self-check pages and the facilitator's guide credit their sources, name the bands as the results do, and leave
counts to the bank."""

import re

import pytest

from markdown_pages import DOCS, page_text, relative
from selfcheck import read_bank

BANK = read_bank()
PAGES = {"fr": ["selfcheck/index.md", "selfcheck/paper.md"], "en": ["selfcheck/index.en.md", "selfcheck/paper.en.md"]}
GUIDE = {"fr": "selfcheck/facilitator.md", "en": "selfcheck/facilitator.en.md"}  # the facilitator's guide
CREDIT = {"fr": "Adapté de : P. Delorme et G. Kranias, *Les 6 activités clés pour un partenariat réussi*",
          "en": "Adapted from: P. Delorme and G. Kranias, *Les 6 activités clés pour un partenariat réussi*"}
# The glossary's words.
FURTHER_READING = {"fr": "Pour aller plus loin, ce texte renvoie au site Web de Nexus Santé, www.nexussanté.ca, dans sa "
                         "catégorie Partenariats.",
                   "en": "For further reading, that text points to Health Nexus's website, www.nexussanté.ca, under the "
                         "Partnerships category."}


def text_of(page):
    return re.sub(r"[\s\u00a0]+", " ", page_text(DOCS / page))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_self_check_pages_credit_the_source_text_and_its_further_reading(lang):
    for page in PAGES[lang]:
        text = text_of(page)
        assert CREDIT[lang].replace("\u00a0", " ") in text, page
        assert FURTHER_READING[lang] in text, page
        assert "P. W. Mattessich" in text and "K. M. Johnson" in text and "2018" in text, page


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_facilitator_s_guide_credits_the_source_text_and_its_further_reading(lang):
    text = text_of(GUIDE[lang])
    assert CREDIT[lang].replace("\u00a0", " ") in text
    assert FURTHER_READING[lang] in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_form_page_says_where_the_bands_come_from_and_names_them_as_the_results_do(lang):
    text = text_of(PAGES[lang][0])
    assert "Wilder Collaboration Factors Inventory" in text
    for band in ("strength", "watch", "priority"):
        name = BANK["bands"][band][lang]
        quoted = "« %s »" % name if lang == "fr" else "“%s”" % name
        assert quoted in text, (band, name)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_self_check_pages_give_no_count_of_statements(lang):
    # The bank holds the statements: a count written in a page goes stale when a statement is split.
    for page in PAGES[lang] + [GUIDE[lang]]:
        assert not re.search(r"\d+ (énoncés|statements)", text_of(page)), page


def test_no_page_uses_a_retired_band_name():
    for path in sorted(DOCS.rglob("*.md")):
        assert "To watch" not in path.read_text(encoding="utf-8"), relative(path)
