"""axe-core on a page as a reader sees it: every part laid out and colour transitions over; every rule, but one.

axe runs by default neither its experimental rules nor those it ships disabled; here they run too. The one rule left
out has its reason below.
"""

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


RULES_LEFT_OUT = {
    "color-contrast-enhanced": "WCAG AAA contrast (7:1). The site's level is AA (4.5:1, the rule color-contrast), "
                               "which the theme's white-on-teal header and teal links reach and AAA's does not.",
}

ALL_RULES = """left_out => {
  const ids = axe.getRules().map(rule => rule.ruleId);
  const unknown = left_out.filter(id => !ids.includes(id));
  if (unknown.length) throw new Error("axe-core has no rule " + unknown.join(", ") + ": update RULES_LEFT_OUT");
  return ids.filter(id => !left_out.includes(id));
}"""


def axe_violations(page, options=None):
    """axe-core's violations on `page`, one line each: "rule (impact): first targets".

    Every rule runs unless `options` says otherwise (runOnly), except RULES_LEFT_OUT."""
    page.evaluate(SETTLE)
    page.add_script_tag(path=str(AXE))
    options = dict(options or {}, resultTypes=["violations"])
    if "runOnly" not in options:
        options["runOnly"] = {"type": "rule", "values": page.evaluate(ALL_RULES, sorted(RULES_LEFT_OUT))}
    result = page.evaluate("options => axe.run(document, options)", options)
    return ["%s (%s): %s" % (v["id"], v["impact"], "; ".join(n["target"][0] for n in v["nodes"][:5]))
            for v in result["violations"]]
