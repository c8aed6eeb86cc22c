"""The `selfcheck` package's __init__ as the page in the browser sees it (see browser.py): it imports nothing, so
that the page loads and compiles only the modules it imports itself, not the bank and interface validators that
the build has already run."""
