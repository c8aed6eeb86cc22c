"""Each page carries its key terms in each language, with the one translation the glossary gives."""

import re
import tomllib
from pathlib import Path

import pytest

from markdown_pages import DOCS, ENGLISH_SUFFIX, french_pages, page_text, relative

DATA = tomllib.loads((Path(__file__).parent / "key_terms.toml").read_text(encoding="utf-8"))
TERMS = DATA["terms"]
PAGES = DATA["pages"]
AVOID_FR = DATA["avoid_fr"]
ORDER = "réseautage < coordination < coopération < collaboration"
ORDER_EN = "networking < coordinating < cooperating < collaborating"


def term_pattern(term):
    """The term with any word in the plural, any apostrophe, any kind of space, in any case."""
    words = []
    for word in term.split(" "):
        core, punctuation = re.match(r"(.*?)([,.;:]?)$", word).groups()
        words.append(re.escape(core).replace("'", "['’]") + "[sx]?" + re.escape(punctuation))
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def missing_terms(path, terms):
    text = page_text(path)
    return [term for term in terms if not term_pattern(term).search(text)]


def page_path(page, language):
    return DOCS / (page + (ENGLISH_SUFFIX if language == "en" else ".md"))


def test_the_term_list_is_consistent():
    assert len(TERMS) >= 25, "key_terms.toml lists %d term pairs" % len(TERMS)
    unknown = sorted({term for terms in PAGES.values() for term in terms if term not in TERMS})
    assert not unknown, "key_terms.toml: terms used in [pages] but not listed in [terms]: " + ", ".join(unknown)


def test_the_pattern_accepts_plurals_and_no_break_spaces():
    assert term_pattern("plan d'action").search("Nos plans d’action communs")
    assert term_pattern("réunion efficace").search("des réunions\u00a0efficaces")
    assert not term_pattern("outil").search("outillage")


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("page", sorted(PAGES))
def test_page_has_its_key_terms(page, language):
    path = page_path(page, language)
    if not path.exists():
        pytest.fail("%s is missing (it must carry the terms %s)" % (relative(path), PAGES[page]))
    terms = PAGES[page] if language == "fr" else [TERMS[term] for term in PAGES[page]]
    missing = missing_terms(path, terms)
    assert not missing, "%s does not use these terms: %s" % (relative(path), ", ".join(missing))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_glossary_holds_every_pair_in_both_languages(language):
    path = page_path("glossary", language)
    assert path.exists(), "%s is missing" % relative(path)
    missing = missing_terms(path, list(TERMS) + list(TERMS.values()))
    assert not missing, "%s does not list these terms: %s" % (relative(path), ", ".join(missing))


@pytest.mark.parametrize("page", ["continuum", "glossary"])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_continuum_order_is_stated(page, language):
    path = page_path(page, language)
    order = ORDER if language == "fr" else ORDER_EN
    text = re.sub(r"[\s*]+", " ", page_text(path))
    assert order in text, "%s does not state the continuum order «\u00a0%s\u00a0»" % (relative(path), order)


def test_the_words_to_avoid_are_not_terms():
    clashing = sorted(set(AVOID_FR) & set(TERMS)) + sorted(term for term in AVOID_FR.values() if term not in TERMS)
    assert not clashing, "key_terms.toml: [avoid_fr] clashes with [terms] (or names a replacement not in it): " + ", ".join(
        clashing
    )


@pytest.mark.parametrize("path", french_pages(), ids=[relative(p) for p in french_pages()])
def test_french_page_uses_the_guide_s_term_not_a_variant(path):
    text = page_text(path)
    found = [
        "«\u00a0%s\u00a0» (write «\u00a0%s\u00a0»)" % (match.group(0), AVOID_FR[word])
        for word in AVOID_FR
        for match in term_pattern(word).finditer(text)
    ]
    assert not found, "%s uses variants of the guide's terms: %s" % (relative(path), ", ".join(found))
