"""One 404 page serves the whole site (GitHub Pages reads /404.html): the default language's, speaking every built
language, in both builds."""

import re

import pytest

from built_site import BUILD_NAMES, built_site


@pytest.mark.parametrize("build", BUILD_NAMES)
def test_the_404_page_is_the_default_languages_and_speaks_each_built_language(build):
    site = built_site(build)
    page = (site.site_dir / "404.html").read_text(encoding="utf-8")
    default = site.default_language
    assert re.search(r'<html lang="%s"' % default, page)
    assert re.search(r'<span class="md-ellipsis">\s*%s\s*</span>' % re.escape(site.settings["name"][default]), page)
    assert re.findall(r'<section lang="(\w+)">', page) == sorted(site.languages, key=lambda l: l != default)
    for locale in site.languages:
        assert not (site.site_dir / locale / "404.html").exists()
