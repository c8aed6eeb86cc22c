"""axe-core on a page as a reader sees it: every part laid out and colour transitions over."""

from pathlib import Path

AXE = Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"

# axe reads computed colours. The self-check page lays out its blocks only near the screen (content-visibility), and
# a colour transition in a block not laid out stays where it was (Material's, when its script sets the dark scheme).
SETTLE = """async () => {
  const style = document.createElement("style");
  style.textContent = "* { content-visibility: visible !important; }";
  document.head.append(style);
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  const transitions = document.getAnimations().filter(animation => animation instanceof CSSTransition);
  await Promise.all(transitions.map(transition => transition.finished.catch(() => null)));
}"""


def axe_violations(page, options=None):
    """axe-core's violations on `page`, one line each: "rule (impact): first targets"."""
    page.evaluate(SETTLE)
    page.add_script_tag(path=str(AXE))
    options = dict(options or {}, resultTypes=["violations"])
    result = page.evaluate("options => axe.run(document, options)", options)
    return ["%s (%s): %s" % (v["id"], v["impact"], "; ".join(n["target"][0] for n in v["nodes"][:5]))
            for v in result["violations"]]
