// Runs before Material's bundle reads its configuration: point the search worker at a wrapper that keeps only the
// documents of this page's language (see workers/search-language.js). Nothing else in the configuration changes.
(function () {
  var script = document.currentScript;
  var element = document.getElementById("__config");
  if (!script || !element) return;
  var config = JSON.parse(element.textContent);
  var worker = new URL(script.dataset.worker, document.baseURI);
  worker.searchParams.set("worker", new URL(config.search, document.baseURI).href);
  worker.searchParams.set("lang", script.dataset.lang);
  worker.searchParams.set("prefix", script.dataset.prefix);
  worker.searchParams.set("exclude", script.dataset.exclude.trim());
  config.search = worker.href;
  element.textContent = JSON.stringify(config);
})();
