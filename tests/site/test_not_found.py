"""One 404 page serves the whole site (GitHub Pages reads /404.html): the default language's, speaking both."""

import re


def test_the_404_page_is_the_default_languages_and_speaks_both(site_dir):
    page = (site_dir / "404.html").read_text(encoding="utf-8")
    assert re.search(r'<html lang="fr"', page)
    assert re.search(r'<span class="md-ellipsis">\s*Partenariats réussis\s*</span>', page)
    assert '<section lang="fr">' in page and '<section lang="en">' in page
    assert not (site_dir / "en" / "404.html").exists()
