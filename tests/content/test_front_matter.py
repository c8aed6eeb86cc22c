"""Every page opens with YAML front matter holding its description, then has exactly one `# H1`.

A description that is not valid YAML (a ": " inside an unquoted value, say) is not an error for MkDocs: the whole
block is then shown to readers as text at the top of the page. This test catches it.
"""

import pytest
import yaml

from markdown_pages import DOCS, headings, relative

PAGES = sorted(DOCS.rglob("*.md"))


def front_matter(path):
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---\n", 4)
    return None if end < 0 else text[4:end]


def test_pages_were_found():
    assert len(PAGES) >= 20, "expected the site's pages under docs/, found %d" % len(PAGES)


@pytest.mark.parametrize("path", PAGES, ids=[relative(p) for p in PAGES])
def test_front_matter_has_a_description(path):
    block = front_matter(path)
    assert block is not None, "%s does not start with a front matter block (---)" % relative(path)
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as error:
        pytest.fail("%s: the front matter is not valid YAML (quote the value?): %s" % (relative(path), error.problem))
    assert isinstance(data, dict) and isinstance(data.get("description"), str) and data["description"].strip(), (
        "%s: the front matter has no description" % relative(path)
    )


@pytest.mark.parametrize("path", PAGES, ids=[relative(p) for p in PAGES])
def test_one_top_level_heading(path):
    titles = [title for level, title in headings(path) if level == 1]
    assert len(titles) == 1, "%s has %d level-1 headings (%s); a page has exactly one" % (
        relative(path),
        len(titles),
        ", ".join(titles) or "none",
    )
