// Time `selfcheck.score` on an answer to every statement, the group results of 200 respondents and the workshop page's
// view of them, under MicroPython (the interpreter the page uses), in Node. MicroPython's clock ticks in whole
// milliseconds here, so each sample is timed from JavaScript, a batch of scorings divided. Prints e.g. `score every
// statement (MicroPython): median 0.12 ms` (target: 1 ms or less), `group results of 200 respondents, every one
// scored (MicroPython): median 60.1 ms` (no target: workshop.mjs times the page's recomputation, scores kept) and
// `group results view of 200 respondents (MicroPython): median 12.0 ms (target: 25 ms or less)`.

import { performance } from "node:perf_hooks";
import { loadSelfcheck } from "./micropython_selfcheck.mjs";

const BATCH = 100;
const SAMPLES = 31;
const RESPONDENTS = 200;
const GROUP_SAMPLES = 15;
const VIEW_TARGET_MS = 25; // the view adds little to the group results it shows

const mp = await loadSelfcheck();
mp.runPython(`
from selfcheck import read_bank, score
from selfcheck.group import compare, group_results, merge
from selfcheck.group_view import view
from selfcheck.ui import read_ui

bank = read_bank()
values = (1, 2, 3, 4, 5, "dk")
answers = {
    "items": {item["id"]: values[index % len(values)] for index, item in enumerate(bank["items"])},
    "continuum": {"1": "yes", "2": "yes", "3": "no", "4": "no"},
    "aim": 3,
}
assert len(answers["items"]) == 35  # every statement of the bank (2.0.0)


def batch():
    for _ in range(${BATCH}):
        score(bank, answers)


# Every respondent answers every statement, each a different mix of values, "don't know" included.
levels = ("yes", "no")
respondents = merge([], [{
    "respondent": "R%04d" % number, "label": None, "date": "2026-11-02",
    "answers": {"items": {item["id"]: values[(index * 7 + number) % len(values)]
                          for index, item in enumerate(bank["items"])},
                "continuum": {str(level): levels[(number >> level) & 1] for level in range(1, 5)},
                "aim": 1 + number % 4},
} for number in range(${RESPONDENTS})])[0]
assert len(respondents) == ${RESPONDENTS}


def group():
    group_results(bank, respondents)


# The view of the group (computed once, as the page does) with a comparison, as the workshop page shows it.
ui = read_ui()
computed = group_results(bank, respondents)
comparison = compare(bank, computed, group_results(bank, respondents[:50]))


def group_view():
    view(bank, ui, "fr", respondents, comparison, session="Atelier", group=computed)
`);

// The median time of `samples` calls of `run` after one to warm up, divided by the calls each one makes.
function medianMs(run, samples, callsPerRun = 1) {
  run();
  const times = [];
  for (let sample = 0; sample < samples; sample++) {
    const start = performance.now();
    run();
    times.push((performance.now() - start) / callsPerRun);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(samples / 2)];
}

const median = medianMs(mp.globals.get("batch"), SAMPLES, BATCH);
console.log(`score every statement (MicroPython): median ${median.toFixed(2)} ms`);
const groupMedian = medianMs(mp.globals.get("group"), GROUP_SAMPLES);
// No target here: the workshop page keeps its scores between changes, and workshop.mjs times that recomputation.
console.log(`group results of ${RESPONDENTS} respondents, every one scored (MicroPython): median ` +
  `${groupMedian.toFixed(1)} ms`);
const viewMedian = medianMs(mp.globals.get("group_view"), GROUP_SAMPLES);
console.log(`group results view of ${RESPONDENTS} respondents (MicroPython): median ${viewMedian.toFixed(1)} ms ` +
  `(target: ${VIEW_TARGET_MS} ms or less)`);
