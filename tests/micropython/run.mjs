// Run the self-check tests under MicroPython, the interpreter the page uses, in Node.
//
// The `selfcheck` package, the test files and the bank fixtures are copied into the interpreter's virtual file
// system under /repo; every `test_*` function of every tests/selfcheck/test_*.py module is called, failures are
// printed with their traceback, and the last line is exactly `N passed, N failed`. The exit code is non-zero when a
// test failed or when none ran (MicroPython's own `unittest.main()` exits 0 on failure, so it is not used).
//
// Usage: node tests/micropython/run.mjs [name-filter]

import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript/micropython.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const MOUNT = "/repo";
const TEST_DIR = "tests/selfcheck";
// Test files that cannot run under MicroPython, each with the reason. This is the only such list.
export const CPYTHON_ONLY = {
  "test_properties.py": "property tests use hypothesis, which needs CPython",
  "test_group_properties.py": "property tests use hypothesis, which needs CPython",
  "test_group_view_properties.py": "property tests use hypothesis, which needs CPython",
  "test_plan_properties.py": "property tests use hypothesis, which needs CPython",
};
// Copied into the interpreter: the package and the data the tests read.
const COPIED = ["selfcheck", TEST_DIR, "tests/data/bank", "tests/data/fork", "tests/data/plan", "tests/data/answers", "tests/data/group"];

function filesUnder(folder) {
  const found = [];
  for (const name of readdirSync(join(ROOT, folder)).sort()) {
    const path = join(folder, name);
    if (name === "__pycache__") continue;
    if (statSync(join(ROOT, path)).isDirectory()) found.push(...filesUnder(path));
    else found.push(path);
  }
  return found;
}

// The driver runs inside MicroPython; `modules` is set as a global before it runs.
const DRIVER = `
import io
import sys

sys.path.insert(0, "${MOUNT}/${TEST_DIR}")
sys.path.insert(0, "${MOUNT}")
passed = 0
failed = 0


def report(label, error):
    trace = io.StringIO()
    sys.print_exception(error, trace)
    print("FAIL " + label)
    print(trace.getvalue())


for module_name in [name for name in modules.split(",") if name]:
    try:
        module = __import__(module_name)
    except Exception as error:
        failed += 1
        report(module_name + " (import)", error)
        continue
    for name in sorted(name for name in dir(module) if name.startswith("test_")):
        test = getattr(module, name)
        if not callable(test):
            continue
        try:
            test()
            passed += 1
        except Exception as error:
            failed += 1
            report(module_name + "." + name, error)
`;

async function main() {
  const filter = process.argv[2] || "";
  const mp = await loadMicroPython({
    heapsize: 64 * 1024 * 1024,
    stdout: (line) => process.stdout.write(line + "\n"),
    stderr: (line) => process.stderr.write(line + "\n"),
  });

  for (const folder of COPIED) {
    for (const path of filesUnder(folder)) {
      const target = `${MOUNT}/${relative(ROOT, join(ROOT, path)).split("\\").join("/")}`;
      mp.FS.mkdirTree(target.slice(0, target.lastIndexOf("/")));
      mp.FS.writeFile(target, readFileSync(join(ROOT, path)));
    }
  }

  const modules = [];
  for (const name of readdirSync(join(ROOT, TEST_DIR)).sort()) {
    if (!name.startsWith("test_") || !name.endsWith(".py")) continue;
    if (CPYTHON_ONLY[name]) {
      console.log(`skip ${TEST_DIR}/${name}: ${CPYTHON_ONLY[name]}`);
      continue;
    }
    if (name.includes(filter)) modules.push(name.slice(0, -".py".length));
  }

  let passed = 0;
  let failed = 0;
  try {
    mp.globals.set("modules", modules.join(","));
    mp.runPython(DRIVER);
    passed = mp.globals.get("passed");
    failed = mp.globals.get("failed");
  } catch (error) {
    // A crash of the driver itself; print Python's message, not the interpreter's minified source.
    console.log(`FAIL runner: ${error.message}`);
    failed += 1;
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

await main();
