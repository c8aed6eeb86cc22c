// Runs before Material's bundle reads its configuration. Each language has its own search index (built by
// overrides/hooks/search_index.py): English pages read `en/search/search_index.json`, whose addresses are relative
// to `en/`. Material finds the index and resolves result links from `base`, so on a page of a non-default language
// `base` becomes that language's folder. Nothing else reads it: saved preferences keep their own scope.
(function () {
  // Found by its attribute, not as document.currentScript: polyscript redefines that getter for its own scripts,
  // and on the self-check and workshop pages it may load before the parser gets here.
  var script = document.querySelector("script[data-folder]");
  var element = document.getElementById("__config");
  if (!script || !element || !script.dataset.folder) return;
  var config = JSON.parse(element.textContent);
  config.base = new URL(script.dataset.folder, new URL(config.base, document.baseURI)).href;
  element.textContent = JSON.stringify(config);
})();
