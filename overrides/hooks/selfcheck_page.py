"""The self-check and workshop pages' build glue: fill their placeholders and ship the runtime they run on.

A Markdown page asks for generated content with an HTML comment on its own line, `<!-- selfcheck:NAME -->`. The
names are the keys of PLACEHOLDERS; anything else that looks like a placeholder fails the build, naming the file.
The runtime (PyScript core, the MicroPython interpreter, the `selfcheck` package and the page scripts) is copied from
node_modules and the repository into `assets/` of the built site, so that no file is fetched from another host. Each
page that runs Python loads it the same way (`_runtime_tags`, `preloads`), with its own page script and modules.
Logic lives in `selfcheck/`; this file only connects it to MkDocs.
"""

import html
import json
import re
import shutil
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # `selfcheck` is a folder of this repository, not an installed package

import selfcheck  # noqa: E402
from selfcheck.browser import (BROWSER_INIT, BROWSER_MODULES, PAGE_DATA, PAGE_DATA_MOUNT,  # noqa: E402
                               WORKSHOP_MODULES, WORKSHOP_PAGE_DATA, shipped_source)
from selfcheck.form import render_form as form_markdown  # noqa: E402
from selfcheck.form import render_workshop_banner  # noqa: E402
from selfcheck.page_data import page_data  # noqa: E402
from selfcheck.paper import render_paper as paper_markdown  # noqa: E402
from selfcheck.ui import read_ui  # noqa: E402
from selfcheck.workshop_form import render_workshop as workshop_markdown  # noqa: E402

NODE_MODULES = ROOT / "node_modules"
PYSCRIPT_DIST = NODE_MODULES / "@pyscript" / "core" / "dist"
MICROPYTHON_DIST = NODE_MODULES / "@micropython" / "micropython-webassembly-pyscript"
QR_DIST = NODE_MODULES / "qr"
PACKAGE_DIR = Path(selfcheck.__file__).resolve().parent

# Where the runtime lands in the built site (URLs relative to the site root).
PYSCRIPT_URL = "assets/pyscript/"
MICROPYTHON_URL = "assets/micropython/"
PYTHON_URL = "assets/python/"
QR_URL = "assets/qr/"


class Runtime:
    """What one page runs: its page script (in docs/assets/python/, copied by MkDocs as a static file), the modules
    beside it that it imports (its parts with a file of their own), the `selfcheck` modules it imports, and its data
    file (a name with %s for the language; `workshop` says which cut of the bank and texts it holds)."""

    def __init__(self, script, modules, package, data, workshop=False):
        self.script, self.modules, self.package, self.data, self.workshop = script, modules, package, data, workshop


SELFCHECK_RUNTIME = Runtime("selfcheck_page.py", ("page_parts.py", "plan_view.py", "baseline_view.py"),
                            BROWSER_MODULES, PAGE_DATA)
WORKSHOP_RUNTIME = Runtime("workshop_page.py", ("page_parts.py", "plan_view.py"), WORKSHOP_MODULES,
                           WORKSHOP_PAGE_DATA, workshop=True)
RUNTIMES = (SELFCHECK_RUNTIME, WORKSHOP_RUNTIME)
# The page script's storage calls, a static file of docs/ like the page script (explained here, where the reader's
# browser does not download the explanation). A JavaScript error thrown in a call made from MicroPython cannot be
# caught there (it stops the script), and storage throws: when the reader blocks what sites keep, when it is full.
# So the page makes every storage call through window.selfcheckStorage, whose methods answer instead of throwing:
# read(key, limit) gives the text, null if there is none, true if it is longer than `limit` characters (then it is
# not copied into Python at all), false if storage cannot be read; write(key, text), remove(key) and move(from, to)
# (which sets a value aside under another key, whatever its size) give whether they succeeded.
STORAGE_SCRIPT = "assets/javascripts/selfcheck-storage.js"
# The workshop page's QR codes: the `qr` package from npm (its encoder only, one ES module), and a script of docs/
# that loads it and offers it as window.workshopQr.draw(text), answering null instead of throwing, for that reason.
QR_FILES = ("index.js", "LICENSE-MIT")
QR_SCRIPT = "assets/javascripts/workshop-qr.js"
MICROPYTHON_FILES = ("micropython.mjs", "micropython.wasm")
# PyScript's optional plugins that the page does not use: switched off in its config, so their chunks never load.
PYSCRIPT_UNUSED_PLUGINS = ("deprecations-manager", "donkey", "py-editor", "py-game", "py-terminal")
# The chunks it does load: the core, and the error plugin (it loads even when switched off). Preloading them, the
# interpreter and the Python files lets the browser fetch them all at once instead of one after the other.
PYSCRIPT_CHUNKS = ("core-", "error-")
PAPER_PAGE = "paper.md"  # the printable questionnaire, beside the form page

_PLACEHOLDER = re.compile(r"<!--\s*selfcheck\s*:\s*(?P<name>[^\s>]*)\s*-->")


def _language(page, config):
    return getattr(page.file, "locale", None) or config.theme.language


def _runtime_tags(page, lang, runtime):
    """PyScript's script tag and the element that runs the page script of `runtime`, with URLs relative to this page.

    The interpreter URL resolves against the page; inline `files` too (PyScript reads them from the page's config).
    The <mpy-script> element comes after the whole form, so the page script finds every element in place. `async`
    frees PyScript from document order, though Chromium still runs it only once the parser is done (measured: placing
    it in the head changed nothing). The theme's script waits for Python on this page (main.html). The storage
    script is a plain one: it has run by the time Python starts.
    """

    def url(path):
        return get_relative_url(path, page.url)

    files = _browser_files(lang, runtime)
    files = {url(PYTHON_URL + "selfcheck/" + name): "./selfcheck/" + mount for name, mount in files.items()}
    files.update((url(PYTHON_URL + name), "./" + name) for name in runtime.modules)
    settings = {
        "interpreter": url(MICROPYTHON_URL + "micropython.mjs"),
        "files": files,
        "plugins": ["!" + name for name in PYSCRIPT_UNUSED_PLUGINS],
    }
    # PyScript loads its plugins once per interpreter type it knows, configured or not: the <py-config> (no Python
    # runs on Pyodide here) only switches the unused plugins off for the "py" type as well.
    pyodide_settings = {"plugins": settings["plugins"]}
    # A <div> keeps Markdown from wrapping the elements in a paragraph.
    return (
        '<div class="selfcheck-runtime">\n'
        '<script src="%s"></script>\n'
        '<py-config type="json">%s</py-config>\n'
        '<script type="module" async src="%s"></script>\n'
        '<mpy-script src="%s" config="%s"></mpy-script>\n'
        "</div>"
        % (
            url(STORAGE_SCRIPT),
            html.escape(json.dumps(pyodide_settings)),
            url(PYSCRIPT_URL + "core.js"),
            url(PYTHON_URL + runtime.script),
            html.escape(json.dumps(settings)),
        )
    )


def _language_root(page, config):
    """Relative URL from the page to the home page of its language ("../" from "en/selfcheck/")."""
    lang = _language(page, config)
    i18n = config.plugins.get("i18n")
    default = i18n.default_language if i18n is not None else lang
    root = get_relative_url("" if lang == default else lang + "/", page.url)
    return root if root.endswith("/") else root + "/"


def _browser_files(lang, runtime):
    """{file in assets/python/selfcheck/: where the page mounts it under ./selfcheck/} for a page in `lang`."""
    files = {name: name for name in runtime.package}
    files[BROWSER_INIT] = "__init__.py"
    files[runtime.data % lang] = PAGE_DATA_MOUNT
    return files


def preloads(lang, runtime):
    """Files a page that runs `runtime` needs as early as possible, as site-root paths for `main.html`."""
    chunks = sorted(p.name for p in PYSCRIPT_DIST.glob("*.js") if p.name.startswith(PYSCRIPT_CHUNKS))
    found = [{"rel": "modulepreload", "href": PYSCRIPT_URL + name} for name in ["core.js"] + chunks]
    found.append({"rel": "modulepreload", "href": MICROPYTHON_URL + "micropython.mjs"})
    found.append({"rel": "preload", "as": "fetch", "href": MICROPYTHON_URL + "micropython.wasm"})
    found += [{"rel": "preload", "as": "fetch", "href": PYTHON_URL + name}
              for name in (runtime.script,) + runtime.modules]
    found += [{"rel": "preload", "as": "fetch", "href": PYTHON_URL + "selfcheck/" + name}
              for name in _browser_files(lang, runtime)]
    return found


def _bank(config):
    """The question bank that site-settings.yml names (hooks/site_settings.py checked it and keeps its path)."""
    settings = config.extra.get("site_settings")
    if settings is None:
        raise PluginError("mkdocs.yml: selfcheck_page.py needs hooks/site_settings.py listed before it")
    return selfcheck.read_bank(settings["bank"])


def render_form(page, config):
    page.meta["selfcheck_preloads"] = preloads(_language(page, config), SELFCHECK_RUNTIME)
    markdown = form_markdown(_bank(config), read_ui(), _language(page, config), _language_root(page, config),
                             "paper/")  # paper.md sits beside the form page
    return markdown + "\n" + _runtime_tags(page, _language(page, config), SELFCHECK_RUNTIME)


def render_workshop(page, config):
    lang = _language(page, config)
    page.meta["selfcheck_preloads"] = preloads(lang, WORKSHOP_RUNTIME)
    root = _language_root(page, config)
    markdown = workshop_markdown(_bank(config), read_ui(), lang, root, root + "selfcheck/")
    qr = '<div class="selfcheck-runtime"><script src="%s"></script></div>' % get_relative_url(QR_SCRIPT, page.url)
    return markdown + "\n" + qr + "\n" + _runtime_tags(page, lang, WORKSHOP_RUNTIME)


def render_paper(page, config):
    lang = _language(page, config)
    return paper_markdown(_bank(config), read_ui(), lang, _language_root(page, config), "../")


def render_workshop_mode(page, config):
    """Workshop mode's notice, at the top of the self-check page (under its title), hidden until the page script
    shows it."""
    return render_workshop_banner(read_ui(), _language(page, config))


PLACEHOLDERS = {"form": render_form, "paper": render_paper, "workshop": render_workshop,
                "workshop-mode": render_workshop_mode}


def on_config(config):
    # A bank that does not validate stops the build with its own messages (file, entry, reason).
    try:
        _bank(config)
        read_ui()
    except selfcheck.BankError as error:
        raise PluginError(str(error))


def on_page_markdown(markdown, page, config, files):
    names = [match.group("name") for match in _PLACEHOLDER.finditer(markdown)]
    if "form" in names and "workshop-mode" not in names:
        # The page script shows workshop mode's notice there, under the title: without it the page would not start.
        raise PluginError("docs/%s: <!-- selfcheck:form --> needs <!-- selfcheck:workshop-mode --> too, under the "
                          "page's title" % page.file.src_uri)

    def replace(match):
        name = match.group("name")
        render = PLACEHOLDERS.get(name)
        if render is None:
            raise PluginError(
                "docs/%s: unknown placeholder <!-- selfcheck:%s -->; known: %s"
                % (page.file.src_uri, name, ", ".join(sorted(PLACEHOLDERS)))
            )
        return render(page, config)

    return _PLACEHOLDER.sub(replace, markdown)


def _shipped(names_of):
    """The file names `names_of(runtime)` gives for every runtime, each once, in order."""
    names = []
    for runtime in RUNTIMES:
        names += [name for name in names_of(runtime) if name not in names]
    return tuple(names)


def _copy(source, target):
    if not source.exists():
        raise PluginError("%s is missing: run `npm ci` (or `make build`) first" % source.relative_to(ROOT))
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)


def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and i18n.current_language != i18n.default_language:
        return  # every language shares the site root's assets; copy them once
    site = Path(config.site_dir)
    for source in sorted(PYSCRIPT_DIST.glob("*.js")) + [PYSCRIPT_DIST / "core.css"]:
        _copy(source, site / PYSCRIPT_URL / source.name)
    for name in MICROPYTHON_FILES:
        _copy(MICROPYTHON_DIST / name, site / MICROPYTHON_URL / name)
    for name in QR_FILES:
        _copy(QR_DIST / name, site / QR_URL / name)
    # The browser gets only what it imports, without docstrings and comments, and its data one language a file.
    target = site / PYTHON_URL / "selfcheck"
    target.mkdir(parents=True, exist_ok=True)
    for name in _shipped(lambda runtime: runtime.package) + (BROWSER_INIT,):
        (target / name).write_text(shipped_source((PACKAGE_DIR / name).read_text(encoding="utf-8")), encoding="utf-8")
    bank, ui = _bank(config), read_ui()
    for lang in selfcheck.rules.LANGUAGES:
        for runtime in RUNTIMES:
            data = json.dumps(page_data(bank, ui, lang, runtime.workshop), ensure_ascii=False, separators=(",", ":"))
            (target / (runtime.data % lang)).write_text(data, encoding="utf-8")
    for name in _shipped(lambda runtime: (runtime.script,) + runtime.modules):
        page_script = site / PYTHON_URL / name
        page_script.write_text(shipped_source(page_script.read_text(encoding="utf-8")), encoding="utf-8")
