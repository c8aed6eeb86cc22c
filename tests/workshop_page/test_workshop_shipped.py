"""What the built site ships for the workshop page (no browser needed): every `selfcheck` module its scripts import,
and only those, mounted the way the self-check page's are; the QR encoder, self-hosted, with its
licence; the page in both languages, in the navigation after the self-check."""

import ast
import json
import re
from pathlib import Path

import pytest

from selfcheck import read_bank
from selfcheck.browser import BROWSER_INIT, PAGE_DATA, WORKSHOP_MODULES, WORKSHOP_PAGE_DATA
from selfcheck.page_data import page_data
from selfcheck.ui import read_ui

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = [ROOT / "docs/assets/python" / name for name in ("workshop_page.py", "page_parts.py", "plan_view.py")]
PAGES = {"fr": "selfcheck/workshop/index.html", "en": "en/selfcheck/workshop/index.html"}


def selfcheck_imports(path):
    """The `selfcheck` modules a file imports (absolute from a page script, relative inside the package)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level == 1 and node.module is None:
            found.update(alias.name for alias in node.names)
        elif node.level == 1:
            found.add(node.module)
        elif node.module and node.module.startswith("selfcheck."):
            found.add(node.module.split(".")[1])
    return found


def imported_closure():
    todo, seen = set(), set()
    for script in SCRIPTS:
        todo |= selfcheck_imports(script)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        module = ROOT / "selfcheck" / (name + ".py")
        if module.exists():  # else an optional import the page does without (group_view, until it is there)
            todo |= selfcheck_imports(module)
        else:
            seen.discard(name)
    return sorted(name + ".py" for name in seen)


def test_the_page_ships_every_module_its_scripts_import_and_no_other():
    assert sorted(WORKSHOP_MODULES) == imported_closure()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_page_mounts_its_modules(site_dir, lang):
    page = (site_dir / PAGES[lang]).read_text(encoding="utf-8")
    head = page[: page.index("</head>")]
    block = re.search(r'<script type="application/json" data-python-page>(.*?)</script>', page).group(1)
    config = json.loads(block)
    mounted = sorted(mount for mount in config["files"].values())
    expected = ["./page_start.mpy", "./workshop_page.mpy", "./page_parts.mpy", "./plan_view.mpy",
                "./selfcheck/__init__.mpy", "./selfcheck/page_data.json"]
    expected += ["./selfcheck/" + name.replace(".py", ".mpy") for name in WORKSHOP_MODULES]
    assert mounted == sorted(expected)
    assert config["module"] == "workshop_page" and config["modules"][-2:] == ["page_parts", "plan_view"]
    other = "en" if lang == "fr" else "fr"
    assert (WORKSHOP_PAGE_DATA % lang) in page and (WORKSHOP_PAGE_DATA % other) not in page
    assert (PAGE_DATA % lang) not in page  # the self-check page's cut: no statement texts
    assert "preload" not in head  # python-page.js asks for the runtime when it runs, as on the self-check page
    assert page.count("data-python-page") == 1
    # Material's scripts wait for Python here too (main.html, theme-after-python.js).
    assert 'type="text/plain" data-after-python data-src=' in page


def test_the_page_data_is_the_workshop_s_cut(site_dir):
    bank, ui = read_bank(), read_ui()
    for lang in ("fr", "en"):
        text = (site_dir / "assets/python/selfcheck" / (WORKSHOP_PAGE_DATA % lang)).read_text(encoding="utf-8")
        assert json.loads(text) == page_data(bank, ui, lang, workshop=True)


def test_shipped_modules_and_scripts_have_no_comments_and_compile(site_dir):
    for name in WORKSHOP_MODULES + (BROWSER_INIT,):
        text = (site_dir / "assets/python/selfcheck" / name).read_text(encoding="utf-8")
        assert ast.get_docstring(ast.parse(text)) is None, name
    script = (site_dir / "assets/python/workshop_page.py").read_text(encoding="utf-8")
    ast.parse(script)
    assert not script.startswith("#")


def test_the_qr_encoder_is_self_hosted_with_its_licence(site_dir):
    package = json.loads((ROOT / "node_modules/qr/package.json").read_text(encoding="utf-8"))
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    assert lock["packages"]["node_modules/qr"]["version"] == package["version"]
    assert (site_dir / "assets/qr/index.js").read_bytes() == (ROOT / "node_modules/qr/index.js").read_bytes()
    assert "MIT License" in (site_dir / "assets/qr/LICENSE-MIT").read_text(encoding="utf-8")
    # The encoder alone: it imports nothing, so nothing else is fetched.
    assert not re.search(r"^\s*import\b", (site_dir / "assets/qr/index.js").read_text(encoding="utf-8"), re.M)


def test_the_page_is_in_the_navigation_after_the_self_check():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "      - selfcheck/index.md\n      - selfcheck/workshop.md\n" in config
    for name, title in (("workshop.md", "# Atelier\n"), ("workshop.en.md", "# Workshop\n")):
        text = (ROOT / "docs/selfcheck" / name).read_text(encoding="utf-8")
        assert title in text and "<!-- selfcheck:workshop -->" in text and "(facilitator.md)" in text
    for name in ("index.md", "index.en.md", "facilitator.md", "facilitator.en.md"):
        assert "(workshop.md)" in (ROOT / "docs/selfcheck" / name).read_text(encoding="utf-8"), name
