"""Every page exists in French and English with the same skeleton: headings, checklist items, internal links."""

import re

import pytest

from markdown_pages import (
    DOCS,
    ROOT,
    checklist_count,
    english_pages,
    english_twin,
    french_pages,
    french_twin,
    headings,
    internal_links,
    page_pairs,
    relative,
)

PAIRS = page_pairs()
PAIR_IDS = [relative(fr) for fr, _ in PAIRS]


def test_pages_were_found():
    assert len(french_pages()) >= 10, "expected the site's French pages under docs/, found %d" % len(french_pages())
    assert PAIRS, "no page exists in both languages under docs/"


def nav_pages():
    """Pages named in mkdocs.yml's nav (French file names), read as text: the file holds YAML tags (!ENV)."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = config[config.index("\nnav:") :]
    return re.findall(r"^\s*-\s+(?:[^:\n]+:\s+)?([\w./-]+\.md)\s*$", nav, flags=re.MULTILINE)


def test_every_page_in_the_nav_exists_in_both_languages():
    pages = nav_pages()
    assert len(pages) >= 10, "expected the nav of mkdocs.yml to name the site's pages, found %d" % len(pages)
    missing = [
        relative(path)
        for page in pages
        for path in (DOCS / page, english_twin(DOCS / page))
        if not path.exists()
    ]
    assert not missing, "pages named in the nav of mkdocs.yml are missing: " + ", ".join(missing)


def test_every_french_page_has_an_english_page():
    missing = [relative(english_twin(fr)) for fr in french_pages() if not english_twin(fr).exists()]
    assert not missing, "English page missing for: " + ", ".join(missing)


def test_every_english_page_has_a_french_page():
    missing = [relative(french_twin(en)) for en in english_pages() if not french_twin(en).exists()]
    assert not missing, "French page missing for: " + ", ".join(missing)


def first_difference(french, english):
    """Index of the first position where the two lists differ (a missing item counts as a difference)."""
    for index in range(max(len(french), len(english))):
        if index >= len(french) or index >= len(english) or french[index] != english[index]:
            return index
    return None


def describe(items, index):
    return repr(items[index]) if index < len(items) else "nothing"


@pytest.mark.parametrize("french, english", PAIRS, ids=PAIR_IDS)
def test_same_heading_structure(french, english):
    french_headings, english_headings = headings(french), headings(english)
    french_levels = ["h%d" % level for level, _ in french_headings]
    english_levels = ["h%d" % level for level, _ in english_headings]
    index = first_difference(french_levels, english_levels)
    if index is not None:
        pytest.fail(
            "%s and %s: heading %d differs: French has %s %s, English has %s %s"
            % (
                relative(french),
                relative(english),
                index + 1,
                describe(french_levels, index),
                describe([title for _, title in french_headings], index),
                describe(english_levels, index),
                describe([title for _, title in english_headings], index),
            )
        )


@pytest.mark.parametrize("french, english", PAIRS, ids=PAIR_IDS)
def test_same_number_of_checklist_items(french, english):
    french_count, english_count = checklist_count(french), checklist_count(english)
    assert french_count == english_count, "%s has %d checklist items, %s has %d" % (
        relative(french),
        french_count,
        relative(english),
        english_count,
    )


@pytest.mark.parametrize("french, english", PAIRS, ids=PAIR_IDS)
def test_same_internal_links_in_the_same_order(french, english):
    french_links, english_links = internal_links(french), internal_links(english)
    index = first_difference(french_links, english_links)
    if index is not None:
        pytest.fail(
            "%s and %s: internal link %d differs: French links to %s, English to %s"
            % (
                relative(french),
                relative(english),
                index + 1,
                describe(french_links, index),
                describe(english_links, index),
            )
        )
