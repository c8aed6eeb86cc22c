// Time the check of hostile files at the import size limit under MicroPython (the interpreter the page uses), in
// Node: `read_export` on each, as the page runs it on a chosen file. Any file the page accepts to read must be judged
// well within a second. Prints one line per file, e.g. `import check (MicroPython), 64 KB of zeros in a list:
// median 60 ms, refused (err_too_many) (target <= 500 ms) ok` (target: 500 ms or less each).

import { performance } from "node:perf_hooks";
import { loadSelfcheck } from "./micropython_selfcheck.mjs";

const SAMPLES = 5;
const TARGET_MS = 500;

const mp = await loadSelfcheck();
mp.runPython(`
from selfcheck import read_bank
from selfcheck.answers import SIZE_LIMIT, AnswersError, export_text, read_export

bank = read_bank()
good = export_text(bank, {"items": {item["id"]: 3 for item in bank["items"]}, "continuum": {"1": "yes"}, "aim": 2},
                   "fr", "2026-03-14", "Équipe")


def fill(head, piece, tail):
    return head + piece * ((SIZE_LIMIT - len(head) - len(tail)) // len(piece)) + tail


FILES = [
    ("a valid export padded with spaces", good + " " * (SIZE_LIMIT - len(good.encode()))),
    ("of \\\\u0041 escapes in one text", fill('["', "\\\\u0041", '"]')),
    ("of one number", fill("", "7", "")),
    ("of zeros in a list", fill("[", "0,", "0]")),
    ("of empty objects in a list", fill("[", "{},", "{}]")),
    ("of nested lists", fill("", "[", "")),
    ("of one text", fill('{"label": "', "x", '"}')),
    ("of keys", fill("{", '"k":1,', "}")),
]


COUNT = len(FILES)


def name_of(index):
    return FILES[index][0]


def judge(index):
    try:
        read_export(bank, FILES[index][1])
        return "read"
    except AnswersError as error:
        return "refused (%s)" % error.key
`);
const count = mp.globals.get("COUNT");
const nameOf = mp.globals.get("name_of");
const SIZE_KB = mp.globals.get("SIZE_LIMIT") / 1024;
const judge = mp.globals.get("judge");
let over = false;
for (let index = 0; index < count; index++) {
  const times = [];
  let outcome = "";
  for (let sample = 0; sample < SAMPLES; sample++) {
    const start = performance.now();
    outcome = judge(index);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(SAMPLES / 2)];
  over ||= median > TARGET_MS;
  console.log(`import check (MicroPython), ${SIZE_KB} KB ${nameOf(index)}: median ${median.toFixed(0)} ms, ` +
              `${outcome} (target <= ${TARGET_MS} ms)${median > TARGET_MS ? " OVER TARGET" : " ok"}`);
}
