"""Nothing in the self-check's blocks is cut off, and a block not yet shown keeps its contents inside its place.

The question blocks, the results and the tools are laid out only near the screen (content-visibility: auto), so each
clips what it paints at its padding: a line pulled above its block lost the top of its letters. Until a block is
shown, its stand-in height is its place; contents that overflow it lie over the next block for tools that read the
layout (Lighthouse's target-size found the results' links on the tools' label field). axe's helper shows every block
before it reads colours, so neither would show in its results.
"""

import pytest

from selfcheck_visit import Visit

pytestmark = pytest.mark.browser

BLOCKS = ".selfcheck-group, .selfcheck-results, .selfcheck-tools"

# Every element that sticks out of its block's box, with the block's content laid out as a reader sees it. What a
# scroll box inside the block holds (the results table on a phone) is the scroll box's to show.
CUT_OFF = """async blocks => {
  const inScrollBox = (element, block) => {
    for (let box = element.parentElement; box !== block; box = box.parentElement) {
      if (getComputedStyle(box).overflow !== "visible") return true;
    }
    return false;
  };
  const out = [];
  for (const block of document.querySelectorAll(blocks)) {
    block.scrollIntoView({block: "center"});  // shown: laid out at its real height
    await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
    const edge = block.getBoundingClientRect();
    for (const element of block.querySelectorAll("*")) {
      const box = element.getBoundingClientRect();
      if (!box.width || !box.height || inScrollBox(element, block)) continue;
      const sides = [["top", edge.top - box.top], ["bottom", box.bottom - edge.bottom],
                     ["left", edge.left - box.left], ["right", box.right - edge.right]];
      for (const [side, by] of sides) {
        if (by > 0.5) out.push(`${block.className} > ${element.tagName.toLowerCase()}.${element.className}: ${side} by ${Math.round(by)} px`);
      }
    }
  }
  return out;
}"""

# Blocks whose contents, placed before the block is shown, reach below its stand-in height.
OVERFLOWING_STAND_INS = """blocks => [...document.querySelectorAll(blocks)].flatMap(block => {
  const place = block.getBoundingClientRect();
  const last = Math.max(...[...block.children].map(child => child.getBoundingClientRect().bottom));
  return last > place.bottom + 0.5 ? [`${block.className}: ${Math.round(last - place.bottom)} px below its place`] : [];
})"""


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("width", [1280, 390])
def test_nothing_in_a_block_is_cut_off(browser, base_url, lang, width):
    with Visit(browser, base_url, viewport={"width": width, "height": 900}) as visit:
        page = visit.open(lang)
        assert page.locator(".selfcheck-links").count() >= 6
        assert page.evaluate(CUT_OFF, BLOCKS) == []
        assert visit.errors == []


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("width", [1350, 360])
def test_results_and_tools_stay_in_their_place_before_they_are_shown(browser, base_url, lang, width):
    with Visit(browser, base_url, viewport={"width": width, "height": 900}) as visit:
        page = visit.open(lang)
        # From the top of the page, the results and the tools are far below the screen, not laid out yet.
        assert page.evaluate("() => document.querySelector('.selfcheck-results').getBoundingClientRect().top") > 2000
        overflowing = page.evaluate(OVERFLOWING_STAND_INS, ".selfcheck-results, .selfcheck-tools")
        assert overflowing == [], "raise their contain-intrinsic-size in selfcheck.css"
