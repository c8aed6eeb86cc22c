# Starts a page's Python module (python-page.js calls `run`) in short tasks.
#
# The interpreter may be ready before the browser has read the whole page. The modules that touch nothing in the
# page are loaded first, one per task, while it reads on; the page's own module is imported once the document is
# complete, and its start-up steps (START_UP, if it has them) run one per task too. Between tasks the browser can
# paint and take the reader's clicks, which the page reads when it starts. A Python error on the way is printed for
# whoever opens the console, and python-page.js tells the reader that the page could not start.
import sys

from js import CustomEvent, Promise, document, setTimeout, window


def pause():
    """A promise kept as soon as the browser has had a turn (scheduler.yield where the browser has it)."""
    scheduler = window.scheduler
    if scheduler is not None and getattr(scheduler, "yield", None) is not None:
        return getattr(scheduler, "yield")()
    return Promise.new(lambda keep, _: setTimeout(keep, 0))


def parsed():
    """A promise kept once the whole document is read."""
    if document.readyState != "loading":
        return pause()
    return Promise.new(lambda keep, _: document.addEventListener("DOMContentLoaded", keep))


async def run(module, modules):
    """Import `modules` (one per task), then `module` once the document is read, then its START_UP steps."""
    try:
        for name in modules:
            __import__(name)
            await pause()
        await parsed()
        __import__(module)
        for step in getattr(sys.modules[module], "START_UP", ()):
            step()
            await pause()
    except Exception as error:
        sys.print_exception(error, sys.stderr)
        window.dispatchEvent(CustomEvent.new("python-page:failed"))
