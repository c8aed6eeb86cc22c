// MicroPython (the interpreter the page uses) in Node, with the `selfcheck` package importable: for the benches.

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript/micropython.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export async function loadSelfcheck() {
  const mp = await loadMicroPython({ stdout: (line) => process.stdout.write(line + "\n") });
  mp.FS.mkdirTree("/bench/selfcheck");
  for (const name of readdirSync(join(ROOT, "selfcheck"))) {
    if (name.endsWith(".py") || name.endsWith(".json")) {
      mp.FS.writeFile(`/bench/selfcheck/${name}`, readFileSync(join(ROOT, "selfcheck", name)));
    }
  }
  mp.runPython('import sys\nsys.path.insert(0, "/bench")');
  return mp;
}
