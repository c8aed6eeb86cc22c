// Time the workshop page's work under MicroPython (the interpreter the page uses), in Node: adding 200 exported
// result files at once (each read, checked and merged: collect.add_sources, then the group results), and
// recomputing the group results of 200 respondents as the page does after a change, with the scores it keeps
// (group_results' `scores`). Prints medians with their targets: 2 s and 50 ms; and, for comparison, the group
// results scored from nothing.

import { performance } from "node:perf_hooks";
import { loadSelfcheck } from "./micropython_selfcheck.mjs";

const RESPONDENTS = 200;
const ADD_SAMPLES = 5;
const GROUP_SAMPLES = 15;
const ADD_TARGET_MS = 2000;
const GROUP_TARGET_MS = 50;

const mp = await loadSelfcheck();
mp.runPython(`
from selfcheck import read_bank
from selfcheck.answers import export_text, new_respondent_id
from selfcheck.collect import add_sources
from selfcheck.group import group_results

bank = read_bank()
values = (1, 2, 3, 4, 5, "dk")
levels = ("yes", "no")
files = []
for number in range(${RESPONDENTS}):
    answers = {"items": {item["id"]: values[(index * 7 + number) % len(values)]
                         for index, item in enumerate(bank["items"])},
               "continuum": {str(level): levels[(number >> level) & 1] for level in range(1, 5)},
               "aim": 1 + number % 4}
    text = export_text(bank, answers, "fr", "2026-11-02", "Organisme %d" % number, None,
                       new_respondent_id(bytes([number >> 8, number & 255, 7, 7, 7, 7, 7])))
    files.append({"kind": "file", "name": "%d.json" % number, "text": text, "size": len(text)})
state = {}


def add_all():
    state["scores"] = {}
    state["added"] = add_sources(bank, [], files)
    group_results(bank, state["added"]["results"], state["scores"])
    assert state["added"]["counts"]["added"] == ${RESPONDENTS}


def recompute():
    group_results(bank, state["added"]["results"], state["scores"])


def from_nothing():
    group_results(bank, state["added"]["results"])
`);

// The median time of `samples` calls of `run`, after one to warm up.
function medianMs(run, samples) {
  run();
  const times = [];
  for (let sample = 0; sample < samples; sample++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(samples / 2)];
}

const add = medianMs(mp.globals.get("add_all"), ADD_SAMPLES);
console.log(`add ${RESPONDENTS} result files (MicroPython): median ${add.toFixed(0)} ms (target: ${ADD_TARGET_MS} ms or less)`);
const recompute = medianMs(mp.globals.get("recompute"), GROUP_SAMPLES);
console.log(`recompute the group results of ${RESPONDENTS} respondents, scores kept (MicroPython): median ` +
  `${recompute.toFixed(1)} ms (target: ${GROUP_TARGET_MS} ms or less)`);
const fresh = medianMs(mp.globals.get("from_nothing"), GROUP_SAMPLES);
console.log(`group results of ${RESPONDENTS} respondents, every one scored (MicroPython): median ${fresh.toFixed(1)} ms`);
