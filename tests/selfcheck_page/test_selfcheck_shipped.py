"""What the built site ships for the self-check page: only the modules the page imports, without docstrings, that
still compile, one data file per language, and a page that preloads all of them (no browser needed)."""

import ast
import json
import re

from selfcheck import read_bank
from selfcheck.browser import (BROWSER_INIT, BROWSER_MODULES, PAGE_DATA, WORKSHOP_MODULES, WORKSHOP_PAGE_DATA,
                               shipped_source)
from selfcheck.page_data import BUILD_ONLY_TEXTS, is_build_only, page_data
from selfcheck.ui import read_ui


def test_only_what_the_pages_import_is_shipped(site_dir):
    # The self-check page's modules and the workshop page's (tests/workshop_page/test_workshop_shipped.py).
    shipped = sorted(p.name for p in (site_dir / "assets/python/selfcheck").iterdir())
    data = tuple(name % lang for name in (PAGE_DATA, WORKSHOP_PAGE_DATA) for lang in ("en", "fr"))
    assert shipped == sorted(set(BROWSER_MODULES + WORKSHOP_MODULES + (BROWSER_INIT,) + data))


def test_shipped_modules_have_no_docstrings_and_still_compile(site_dir):
    for name in BROWSER_MODULES + (BROWSER_INIT,):
        text = (site_dir / "assets/python/selfcheck" / name).read_text(encoding="utf-8")
        tree = ast.parse(text)
        assert ast.get_docstring(tree) is None, name
        assert "#" not in "".join(line.split("'")[0].split('"')[0] for line in text.splitlines()), name
    script = (site_dir / "assets/python/selfcheck_page.py").read_text(encoding="utf-8")
    ast.parse(script)
    assert not script.startswith("#")


def test_stripping_keeps_the_program():
    source = '"""Doc."""\n# comment\ndef f(x):\n    """Doc."""\n    return x + 1  # why\n\n\nclass C:\n    """Only a docstring."""\n'
    assert shipped_source(source) == "def f(x):\n    return x + 1\n\nclass C:\n    pass\n"


def test_page_data_is_the_cut_down_bank_and_texts(site_dir):
    bank, ui = read_bank(), read_ui()
    for lang in ("fr", "en"):
        text = (site_dir / "assets/python/selfcheck" / (PAGE_DATA % lang)).read_text(encoding="utf-8")
        assert json.loads(text) == page_data(bank, ui, lang)


def test_texts_left_out_of_the_page_data_are_named_by_no_shipped_module(site_dir):
    ui = read_ui()
    left_out = [key for key in ui if is_build_only(key)]
    assert len(left_out) > 20 and "noscript" in left_out and "paper_intro" in left_out
    shipped = [(site_dir / "assets/python/selfcheck" / name).read_text(encoding="utf-8")
               for name in set(BROWSER_MODULES + WORKSHOP_MODULES)]
    for script in ("selfcheck_page.py", "workshop_page.py", "page_parts.py"):
        shipped.append((site_dir / "assets/python" / script).read_text(encoding="utf-8"))
    for key in left_out:
        for text in shipped:
            assert "'%s'" % key not in text and '"%s"' % key not in text, key
    assert not [key for key in BUILD_ONLY_TEXTS if key not in ui]  # no stale entry


def test_the_page_preloads_the_runtime_and_mounts_its_language(site_dir):
    for path, lang in (("selfcheck/index.html", "fr"), ("en/selfcheck/index.html", "en")):
        page = (site_dir / path).read_text(encoding="utf-8")
        head = page[: page.index("</head>")]
        assert head.count('rel="modulepreload"') >= 3
        assert '<link rel="preload" href="../%sassets/micropython/micropython.wasm" as="fetch" crossorigin>' % (
            "../" if lang == "en" else "") in head
        assert "page-data.%s.json&quot;: &quot;./selfcheck/page_data.json" % lang in page
        assert ("page-data.%s.json" % ("en" if lang == "fr" else "fr")) not in page


def test_other_pages_preload_nothing(site_dir):
    page = (site_dir / "activities/connect/index.html").read_text(encoding="utf-8")
    assert "modulepreload" not in page and "micropython" not in page


def test_only_the_form_page_holds_the_theme_script_back(site_dir):
    bundle = re.compile(r'<script (type="text/plain" data-after-python data-)?src="(?:\.\./)*assets/javascripts/bundle\.')
    for path, held in (("selfcheck/index.html", True), ("en/selfcheck/index.html", True),
                       ("selfcheck/paper/index.html", False), ("activities/connect/index.html", False)):
        tags = bundle.findall((site_dir / path).read_text(encoding="utf-8"))
        assert tags == ['type="text/plain" data-after-python data-' if held else ""], path
