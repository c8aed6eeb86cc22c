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
