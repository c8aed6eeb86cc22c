"""The self-check core: the question bank, its validation and exact scoring.

Pure Python for CPython >= 3.10 and MicroPython 1.28 alike: the site build imports it to validate the bank and
render the form, and the page runs the very same files in the browser. It imports nothing from MkDocs or PyScript.
"""

from .advice import continuum_guidance, recommendation
from .bank import BankError, load_bank, read_bank
from .scoring import score

__all__ = ["BankError", "continuum_guidance", "load_bank", "read_bank", "recommendation", "score"]
