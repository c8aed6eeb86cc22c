// Lighthouse's performance category (mobile, its default simulated throttling) on pages of a served site, in one
// headless Chromium. Usage: node tests/bench/lighthouse_performance.mjs BASE_URL RUNS PATH... (CHROME_PATH picks the
// browser). tests/bench/pages.py serves the site gzip-compressed, as GitHub Pages does, and runs it.
// Prints one JSON line per run: {path, score, fcp, lcp, tbt} (milliseconds).
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const [baseUrl, runs, ...paths] = process.argv.slice(2);
if (!baseUrl || !(Number(runs) > 0) || paths.length === 0) {
  console.error("usage: node tests/bench/lighthouse_performance.mjs BASE_URL RUNS PATH...");
  process.exit(2);
}
// The browser tests' flags (tests/site/lighthouse.mjs): nothing may reach a host other than the local server.
const CHROME_FLAGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run",
];
const FLAGS = { logLevel: "error", output: "json", onlyCategories: ["performance"], disableFullPageScreenshot: true };

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || "/usr/bin/chromium", chromeFlags: CHROME_FLAGS, logLevel: "silent",
});
try {
  for (let run = 0; run < Number(runs); run += 1) {
    for (const path of paths) {  // interleaved: each run audits every page once
      const result = (await lighthouse(baseUrl + path, { ...FLAGS, port: chrome.port })).lhr;
      if (result.runtimeError) throw new Error(`${path}: ${result.runtimeError.code}: ${result.runtimeError.message}`);
      const value = id => Math.round(result.audits[id].numericValue);
      console.log(JSON.stringify({
        path, score: Math.round(result.categories.performance.score * 100),
        fcp: value("first-contentful-paint"), lcp: value("largest-contentful-paint"), tbt: value("total-blocking-time"),
      }));
    }
  }
} finally {
  await chrome.kill();
}
