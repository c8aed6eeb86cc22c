// Lighthouse's accessibility category on pages of a served site, in one headless Chromium for every run.
// Usage: node tests/site/lighthouse.mjs BASE_URL PATH... (CHROME_PATH picks the browser, default /usr/bin/chromium;
// LIGHTHOUSE_LOG=info shows what Lighthouse is doing). tests/site/test_lighthouse.py serves the site and runs it.
// Prints one JSON line per page and form factor: {path, formFactor, score, failing: [{id, title, targets}]}.
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";

const [baseUrl, ...paths] = process.argv.slice(2);
if (!baseUrl || paths.length === 0) {
  console.error("usage: node tests/site/lighthouse.mjs BASE_URL PATH...");
  process.exit(2);
}

// The flags the browser tests use; nothing may reach a host other than the local server.
const CHROME_FLAGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run",
];
const FORM_FACTORS = { mobile: undefined, desktop: desktopConfig }; // Lighthouse's default config is mobile

// Accessibility only: no screenshot, and the page is read half a second after its network and CPU go quiet instead
// of Lighthouse's 1 s (5.25 s with any throttling method but the default "simulate", which slows nothing down).
const QUIET_MS = 500;
const FLAGS = {
  logLevel: process.env.LIGHTHOUSE_LOG || "error", output: "json", onlyCategories: ["accessibility"],
  disableFullPageScreenshot: true,
  pauseAfterFcpMs: QUIET_MS, pauseAfterLoadMs: QUIET_MS, networkQuietThresholdMs: QUIET_MS, cpuQuietThresholdMs: QUIET_MS,
};

function failingAudits(result) {
  return result.categories.accessibility.auditRefs
    .map(ref => result.audits[ref.id])
    .filter(audit => audit.score !== null && audit.score < 1)
    .map(audit => ({
      id: audit.id,
      title: audit.title,
      targets: (audit.details?.items ?? []).slice(0, 5).map(item => item.node?.selector ?? JSON.stringify(item)),
    }));
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  chromeFlags: CHROME_FLAGS,
  logLevel: "silent",
});
try {
  for (const path of paths) {
    for (const [formFactor, config] of Object.entries(FORM_FACTORS)) {
      const runner = await lighthouse(baseUrl + path, { ...FLAGS, port: chrome.port }, config);
      const result = runner.lhr;
      if (result.runtimeError) {
        throw new Error(`${path} (${formFactor}): ${result.runtimeError.code}: ${result.runtimeError.message}`);
      }
      const score = Math.round(result.categories.accessibility.score * 100);
      console.log(JSON.stringify({ path, formFactor, score, failing: failingAudits(result) }));
    }
  }
} finally {
  await chrome.kill();
}
