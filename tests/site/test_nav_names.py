"""Every navigation landmark and every focusable section toggle has a name, on every built page.

Material names a section's <nav> after its toggle <label>; with `navigation.indexes`, that label shows only an arrow.
"""

import re
from html import unescape

import pytest

from built_site import file_for, page_paths

PAGES = page_paths()
LABELLED_NAV = re.compile(r'<nav class="md-nav"[^>]*aria-labelledby="([^"]+)"')
TAG = re.compile(r"<[^>]+>")


def _label(page, label_id):
    """(aria-label or None, visible text) of the <label> with `label_id`."""
    match = re.search(r'<label ([^>]*)id="%s"([^>]*)>(.*?)</label>' % re.escape(label_id), page, re.S)
    assert match, "no label %s" % label_id
    attributes = match.group(1) + match.group(2)
    aria = re.search(r'aria-label="([^"]*)"', attributes)
    return (unescape(aria.group(1)) if aria else None), unescape(TAG.sub("", match.group(3))).strip()


def test_pages_were_found():
    assert len(PAGES) > 40


@pytest.mark.parametrize("path", PAGES)
def test_every_section_nav_and_toggle_has_a_name(site_dir, path):
    page = file_for(path, site_dir).read_text(encoding="utf-8")
    names = [_label(page, label_id) for label_id in LABELLED_NAV.findall(page)]
    assert names, "no section navigation found: has the theme's markup changed?"
    assert [name for name in names if not (name[0] or name[1])] == []
