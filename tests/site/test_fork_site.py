"""A fork's copy (tests/data/fork/, built by tests/built_site.py) shows its own settings and holds its own bank
(tests/selfcheck_page/test_selfcheck_fork.py runs that bank in the browser)."""

import re

from built_site import built_site
from selfcheck import read_bank

FORK = built_site("fork")
FORK_BANK = read_bank(FORK.settings["bank"])


def _home():
    return (FORK.site_dir / "index.html").read_text(encoding="utf-8")


def test_the_fork_shows_its_name_palette_logo_and_contact():
    page = _home()
    assert re.search(r'<span class="md-ellipsis">\s*Riverside Health Partnerships\s*</span>', page)
    assert '<html lang="en"' in page
    assert page.count('data-md-color-primary="indigo"') == 3 and page.count('data-md-color-accent="deep-orange"') == 3
    assert '<img src="assets/site/logo.svg"' in page and '<link rel="icon" href="assets/site/logo.svg">' in page
    with open(FORK.settings["logo"], "rb") as logo:
        assert (FORK.site_dir / "assets" / "site" / "logo.svg").read_bytes() == logo.read()
    assert '<a href="mailto:partnerships@riverside.example.org">partnerships@riverside.example.org</a>' in page
    assert not (FORK.site_dir / "en").exists() and not (FORK.site_dir / "fr").exists()


def test_the_fork_bank_is_its_own():
    counts = {}
    for item in FORK_BANK["items"]:
        counts[item["activity"]] = counts.get(item["activity"], 0) + 1
    assert sorted(set(counts.values())) == [3, 4]
    main_reverse = {item["id"] for item in read_bank()["items"] if item.get("reverse")}
    fork_reverse = {item["id"] for item in FORK_BANK["items"] if item.get("reverse")}
    assert fork_reverse and fork_reverse.isdisjoint(main_reverse)
    page = (FORK.site_dir / "selfcheck" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'id="sc-([a-z]+-[0-9]+)-1"', page) == [item["id"] for item in FORK_BANK["items"]]
