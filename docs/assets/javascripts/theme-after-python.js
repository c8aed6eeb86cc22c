// The self-check page holds back the theme's script until Python has attached to the form. Material's start-up
// takes a few hundred milliseconds of the main thread, and on this page the reader is waiting for the scores; the
// header, search and menus work a moment later. Material starts when its `document$` stream gives it the page, which
// it does on DOMContentLoaded; that has passed by then, so this gives it the page itself, as Material's own instant
// navigation does. If Python never attaches (no WebAssembly, a failed download), the theme starts soon after load.
(function () {
  var FALLBACK_MS = 2000;
  var held = document.querySelectorAll("script[data-after-python]");
  var root = document.querySelector("[data-selfcheck]");
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
      if (window.document$) window.document$.next(document);
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
