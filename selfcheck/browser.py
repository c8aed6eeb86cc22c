"""What the page loads in the browser: only the modules and data the page script imports, nothing build-only.

Fewer files mean fewer requests and less for MicroPython to compile before the page is ready.
"""

BROWSER_FILES = (
    "__init__.py", "advice.py", "bank.py", "jsonsyntax.py", "ratio.py", "rules.py", "scoring.py",
    "answers.py", "chart.py", "markup.py", "names.py", "report.py", "ui.py",
    "bank.json", "ui.json",
)
