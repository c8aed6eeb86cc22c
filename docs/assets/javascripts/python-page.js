// Starts a page's Python: MicroPython on polyscript (the engine PyScript is built on), without PyScript's own
// Python library, which these pages do not use and which costs a download, a write and an import at every load.
// The page's settings are a JSON block written by the build (hooks/selfcheck_page.py, `runtime_tags`):
// {interpreter, binary, files, module, modules, failed}. The browser runs this module once it has read most of the
// page; the interpreter then downloads and compiles while it reads the rest, and page_start.py waits for the whole
// document before it imports the page's module.
//
// If Python cannot start (no WebAssembly, a file that did not download, a Python error on the way), the reader is
// told so in the page's notice, in the page's language (`failed`), instead of facing a form that never answers.
(function () {
  var block = document.querySelector("script[data-python-page]");
  var settings = JSON.parse(block.textContent);
  var started = false;
  var told = false;

  function failed() {
    if (started || told) return;
    told = true;
    var place = document.querySelector("[data-notice]");
    if (!place) place = document.body.insertBefore(document.createElement("p"), document.body.firstChild);
    place.setAttribute("data-kind", "error");
    place.textContent = settings.failed;
    document.documentElement.dataset.pythonFailed = "1";
  }

  // Everything Python needs is asked for at once, rather than each file when the one before it asks: the
  // interpreter, its binary and the page's files (polyscript's own requests then find them on the way).
  function preload(href, rel) {
    var link = document.createElement("link");
    link.rel = rel;
    link.href = href;
    if (rel === "preload") {
      link.as = "fetch";
      link.crossOrigin = "anonymous";
    }
    document.head.appendChild(link);
  }
  preload(settings.interpreter, "modulepreload");
  [settings.binary].concat(Object.keys(settings.files)).forEach(function (href) { preload(href, "preload"); });

  // page_start.py says when Python fails while starting. Before that, a promise rejected with no one to catch it is
  // polyscript or the interpreter failing to load (the theme's scripts wait for Python on these pages): it stays in
  // the console, and the reader is told.
  window.addEventListener("python-page:failed", failed);
  window.addEventListener("unhandledrejection", failed);
  import("../polyscript/index.js").then(function () {
    var script = document.createElement("script");
    script.type = "micropython";
    // Polyscript takes the interpreter's address as the script's "version"; its import() would resolve a relative
    // one against polyscript's own folder, so it gets an absolute one.
    script.setAttribute("version", new URL(settings.interpreter, document.baseURI).href);
    script.setAttribute("config", JSON.stringify({files: settings.files}));
    script.textContent = "import page_start\nawait page_start.run(" +
      [settings.module, settings.modules].map(function (value) { return JSON.stringify(value); }).join(", ") + ")\n";
    script.addEventListener("micropython:done", function () {
      started = true;
      window.removeEventListener("unhandledrejection", failed);
    });
    block.after(script);
  }, failed);
})();
