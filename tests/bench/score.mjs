// Time `selfcheck.score` on an answer to every statement under MicroPython (the interpreter the page uses), in Node.
// MicroPython's clock ticks in whole milliseconds here, so each sample times a batch of scorings from JavaScript
// and divides. Prints e.g. `score every statement (MicroPython): median 0.12 ms` (target: 1 ms or less).

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript/micropython.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BATCH = 100;
const SAMPLES = 31;

const mp = await loadMicroPython({ stdout: (line) => process.stdout.write(line + "\n") });
mp.FS.mkdirTree("/bench/selfcheck");
for (const name of readdirSync(join(ROOT, "selfcheck"))) {
  if (name.endsWith(".py") || name.endsWith(".json")) {
    mp.FS.writeFile(`/bench/selfcheck/${name}`, readFileSync(join(ROOT, "selfcheck", name)));
  }
}
mp.runPython(`
import sys
sys.path.insert(0, "/bench")
from selfcheck import read_bank, score

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
`);
const batch = mp.globals.get("batch");
batch(); // warm up
const perScoring = [];
for (let sample = 0; sample < SAMPLES; sample++) {
  const start = performance.now();
  batch();
  perScoring.push((performance.now() - start) / BATCH);
}
perScoring.sort((a, b) => a - b);
const median = perScoring[Math.floor(SAMPLES / 2)];
console.log(`score every statement (MicroPython): median ${median.toFixed(2)} ms`);
