"""The self-check page's build glue: fill its placeholders and ship the runtime it runs on.

A Markdown page asks for generated content with an HTML comment on its own line, `<!-- selfcheck:NAME -->`. The
names are the keys of PLACEHOLDERS; anything else that looks like a placeholder fails the build, naming the file.
The runtime (polyscript, the MicroPython interpreter, the `selfcheck` package and the page scripts, precompiled) is
copied from node_modules and the repository into `assets/` of the built site, so that no file is fetched from another
host. Each page that runs Python (a `Runtime`) loads it the same way (`runtime_tags`), with its own page
script, modules and data.
Logic lives in `selfcheck/`; this file only connects it to MkDocs.
"""

import functools
import json
import logging
import re
import shutil
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.hooks.selfcheck_page")

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # `selfcheck` is a folder of this repository, not an installed package

import selfcheck  # noqa: E402
from selfcheck.browser import (BROWSER_INIT, BROWSER_MODULES, PAGE_DATA, PAGE_DATA_MOUNT,  # noqa: E402
                               WORKSHOP_MODULES, WORKSHOP_PAGE_DATA, compile_module, compiled_modules_fit,
                               imported_modules, shipped_source)
from selfcheck.form import render_form as form_markdown  # noqa: E402
from selfcheck.form import render_workshop_banner  # noqa: E402
from selfcheck.page_data import page_data  # noqa: E402
from selfcheck.paper import render_paper as paper_markdown  # noqa: E402
from selfcheck.text import say  # noqa: E402
from selfcheck.ui import read_ui  # noqa: E402
from selfcheck.workshop_form import render_workshop as workshop_markdown  # noqa: E402

NODE_MODULES = ROOT / "node_modules"
POLYSCRIPT_DIST = NODE_MODULES / "polyscript" / "dist"
MICROPYTHON_DIST = NODE_MODULES / "@micropython" / "micropython-webassembly-pyscript"
QR_DIST = NODE_MODULES / "qr"
PACKAGE_DIR = Path(selfcheck.__file__).resolve().parent
DOCS_PYTHON = ROOT / "docs" / "assets" / "python"  # the page scripts and their modules (PYTHON_URL in the site)

# Where the runtime lands in the built site (URLs relative to the site root).
POLYSCRIPT_URL = "assets/polyscript/"
MICROPYTHON_URL = "assets/micropython/"
PYTHON_URL = "assets/python/"
QR_URL = "assets/qr/"
# Starts the page's Python (a static file of docs/, like the page script): it loads polyscript, the engine PyScript
# is built on, and hands it the settings block that `runtime_tags` writes.
START_SCRIPT = "assets/javascripts/python-page.js"
START_MODULE = "page_start.py"  # docs/assets/python/page_start.py: imports the page's modules, then its script


class Runtime:
    """What one page runs: its page script (in docs/assets/python/, copied by MkDocs as a static file), the modules
    beside it that it imports (its parts with a file of their own, each after those it imports), the `selfcheck`
    modules it may import (browser.py), and its data file (a name with %s for the language; `workshop` says which cut
    of the bank and texts it holds)."""

    def __init__(self, script, modules, package, data, workshop=False):
        self.script, self.modules, self.package, self.data, self.workshop = script, modules, package, data, workshop
        self.page_modules = (script,) + modules


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
# Polyscript's chunks that these pages never load (TOML settings, zip archives, Pyodide): not shipped.
POLYSCRIPT_FILES = ("index.js",)
PAPER_PAGE = "paper.md"  # the printable questionnaire, beside the form page

_PLACEHOLDER = re.compile(r"<!--\s*selfcheck\s*:\s*(?P<name>[^\s>]*)\s*-->")


def _language(page, config):
    return getattr(page.file, "locale", None) or config.theme.language


@functools.cache
def _compiled():
    """Whether the browser gets precompiled modules (.mpy) or their source (.py); the build says which, once."""
    shipped = json.loads((MICROPYTHON_DIST / "package.json").read_text(encoding="utf-8"))["version"]
    compiled, reason = compiled_modules_fit(shipped)
    if not compiled:
        log.info("selfcheck_page.py: the page gets its Python as source (.py), slower to start: %s", reason)
    return compiled


def _module_file(name):
    """The file the browser gets for module `name.py`: `name.mpy` when the build compiles them."""
    return name[: -len(".py")] + ".mpy" if _compiled() else name


def _selfcheck_imports(runtime, top_level=False):
    """The `selfcheck` modules that the page's modules import, each after those it imports (browser.py says how);
    with `top_level`, only those imported as the page starts (the others are mounted, imported on first use)."""
    return _imports_of(runtime.page_modules, runtime.package, top_level)


@functools.cache
def _imports_of(page_modules, package, top_level):
    sources = [(DOCS_PYTHON / name).read_text(encoding="utf-8") for name in page_modules]
    found = imported_modules(sources, lambda name: (PACKAGE_DIR / (name + ".py")).read_text(encoding="utf-8"),
                             top_level)
    unshipped = [name for name in found if name + ".py" not in package]
    if unshipped:
        raise PluginError("docs/%s%s: imports selfcheck modules that selfcheck/browser.py does not list for it: %s"
                          % (PYTHON_URL, " or ".join(page_modules), ", ".join(unshipped)))
    return found


def _python_files(lang, runtime):
    """{file in assets/python/: where the page mounts it} for a page in `lang` that runs `runtime`: the `selfcheck`
    modules its modules import, the package, its data and the page's own modules."""
    names = [name + ".py" for name in _selfcheck_imports(runtime)]
    files = {"selfcheck/" + _module_file(name): "./selfcheck/" + _module_file(name) for name in names}
    files["selfcheck/" + _module_file(BROWSER_INIT)] = "./selfcheck/" + _module_file("__init__.py")
    files["selfcheck/" + runtime.data % lang] = "./selfcheck/" + PAGE_DATA_MOUNT
    files.update((_module_file(name), "./" + _module_file(name)) for name in (START_MODULE,) + runtime.page_modules)
    return files


def _imported_first(runtime):
    """The modules imported before the page script, one per task: the `selfcheck` ones and the page's own others."""
    return (["selfcheck." + name for name in _selfcheck_imports(runtime, top_level=True)]
            + [name[: -len(".py")] for name in runtime.modules])


def runtime_tags(page, lang, runtime):
    """The tags that run a page's Python (`runtime`): its settings block and the script that starts it, with URLs
    relative to the page; the settings hold what the reader is told if Python cannot start.

    The interpreter URL, its `binary` and `files` resolve against the page. The page's head preloads none of them:
    python-page.js asks for them all at once when it runs, which the browser does once it has read most of the page.
    Preloaded from the head, they took the network from the page's own first paint (Lighthouse's simulated slow
    mobile then put the largest paint after the 200 KB interpreter) and made the browser read the page in more,
    smaller steps; Python was ready a little sooner on a fast machine (`make bench`, "preloads" variant), the page
    seen much later on a slow phone. The storage script is a plain one: it has run by the time Python starts.
    """

    def url(path):
        return get_relative_url(path, page.url)

    settings = {
        "interpreter": url(MICROPYTHON_URL + "micropython.mjs"),
        "binary": url(MICROPYTHON_URL + "micropython.wasm"),
        "files": {url(PYTHON_URL + name): mount for name, mount in _python_files(lang, runtime).items()},
        "module": runtime.script[: -len(".py")],
        "modules": _imported_first(runtime),
        "failed": say(read_ui(), "start_failed", lang),
    }
    # A <div> keeps Markdown from wrapping the elements in a paragraph; "</" cannot end the JSON block early.
    return (
        '<div class="selfcheck-runtime">\n'
        '<script src="%s"></script>\n'
        '<script type="application/json" data-python-page>%s</script>\n'
        '<script type="module" async src="%s"></script>\n'
        "</div>"
        % (url(STORAGE_SCRIPT), json.dumps(settings, ensure_ascii=False).replace("</", "<\\/"), url(START_SCRIPT))
    )


def _language_root(page, config):
    """Relative URL from the page to the home page of its language ("../" from "en/selfcheck/")."""
    lang = _language(page, config)
    i18n = config.plugins.get("i18n")
    default = i18n.default_language if i18n is not None else lang
    root = get_relative_url("" if lang == default else lang + "/", page.url)
    return root if root.endswith("/") else root + "/"


def _bank(config):
    """The question bank that site-settings.yml names (hooks/site_settings.py checked it and keeps its path)."""
    settings = config.extra.get("site_settings")
    if settings is None:
        raise PluginError("mkdocs.yml: selfcheck_page.py needs hooks/site_settings.py listed before it")
    return selfcheck.read_bank(settings["bank"])


def render_form(page, config):
    lang = _language(page, config)
    page.meta["python_page"] = True  # main.html holds the theme's scripts back until Python has started
    markdown = form_markdown(_bank(config), read_ui(), lang, _language_root(page, config),
                             "paper/")  # paper.md sits beside the form page
    return runtime_tags(page, lang, SELFCHECK_RUNTIME) + "\n\n" + markdown


def render_workshop(page, config):
    lang = _language(page, config)
    page.meta["python_page"] = True
    root = _language_root(page, config)
    markdown = workshop_markdown(_bank(config), read_ui(), lang, root, root + "selfcheck/")
    qr = '<div class="selfcheck-runtime"><script src="%s"></script></div>' % get_relative_url(QR_SCRIPT, page.url)
    return runtime_tags(page, lang, WORKSHOP_RUNTIME) + "\n" + qr + "\n\n" + markdown


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


def _ship_module(source, target, name):
    """Write module `name` for the browser: without docstrings and comments, and compiled beside it when the build
    compiles (the .py stays: the source of what runs, for whoever reads the site)."""
    text = shipped_source(source.read_text(encoding="utf-8"))
    target.write_text(text, encoding="utf-8")
    if _compiled():
        target.with_suffix(".mpy").write_bytes(compile_module(text, name))


def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and i18n.current_language != i18n.default_language:
        return  # every language shares the site root's assets; copy them once
    site = Path(config.site_dir)
    for name in POLYSCRIPT_FILES:
        _copy(POLYSCRIPT_DIST / name, site / POLYSCRIPT_URL / name)
    for name in MICROPYTHON_FILES:
        _copy(MICROPYTHON_DIST / name, site / MICROPYTHON_URL / name)
    for name in QR_FILES:
        _copy(QR_DIST / name, site / QR_URL / name)
    # The browser gets only what it imports, without docstrings and comments, and its data one language a file.
    target = site / PYTHON_URL / "selfcheck"
    target.mkdir(parents=True, exist_ok=True)
    for name in _shipped(lambda runtime: runtime.package) + (BROWSER_INIT,):
        _ship_module(PACKAGE_DIR / name, target / name, "selfcheck/" + name)
    bank, ui = _bank(config), read_ui()
    for lang in selfcheck.rules.LANGUAGES:
        for runtime in RUNTIMES:
            data = json.dumps(page_data(bank, ui, lang, runtime.workshop), ensure_ascii=False, separators=(",", ":"))
            (target / (runtime.data % lang)).write_text(data, encoding="utf-8")
    for name in (START_MODULE,) + _shipped(lambda runtime: runtime.page_modules):
        _ship_module(site / PYTHON_URL / name, site / PYTHON_URL / name, name)
