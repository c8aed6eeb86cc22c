// Starts the theme's held-back scripts once Python has attached to the self-check form or the workshop page
// (main.html says why).
(function () {
  var FALLBACK_MS = 2000;
  var held = document.querySelectorAll("script[data-after-python]");
  var root = document.querySelector("[data-selfcheck], [data-workshop]");
  var started = false;
  var watcher = new MutationObserver(function () {
    if (root.dataset.ready === "1") start();
  });

  function start() {
    if (started) return;
    started = true;
    watcher.disconnect();
    load(0);
  }

  function load(index) {
    if (index === held.length) {
      if (held.length && window.document$) window.document$.next(document);  // none held: the theme started itself
      return;
    }
    var script = document.createElement("script");
    script.src = held[index].dataset.src;
    script.onload = script.onerror = function () { load(index + 1); };
    document.body.appendChild(script);
  }

  if (!root || root.dataset.ready === "1") {
    start();
    return;
  }
  watcher.observe(root, {attributes: true, attributeFilter: ["data-ready"]});
  window.addEventListener("load", function () { setTimeout(start, FALLBACK_MS); });
})();
