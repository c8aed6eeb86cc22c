# The self-check page script, run by PyScript (MicroPython) in the reader's browser.
from pyscript import document

root = document.querySelector("[data-selfcheck]")
root.dataset.ready = "1"
