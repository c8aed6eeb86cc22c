// Search worker wrapper. It sits beside Material's own worker (so Material's relative "../lunr" paths still resolve)
// and filters the index that the page sends in its set-up message before Material's worker sees it.
//   lang:    the page's language, used for stemming
//   prefix:  the folder of that language's pages ("" for the default language, "en/" for English)
//   exclude: folders of the other non-default languages, space-separated (only for the default language)
"use strict";
(function () {
  var params = new URL(self.location.href).searchParams;
  var lang = params.get("lang");
  var prefix = params.get("prefix") || "";
  var exclude = (params.get("exclude") || "").split(" ").filter(Boolean);
  var SETUP = 0; // Material's SearchMessageType.SETUP

  function inLanguage(doc) {
    if (doc.location.indexOf(prefix) !== 0) return false;
    return !exclude.some(function (folder) { return doc.location.indexOf(folder) === 0; });
  }

  // Registered before Material's listener, so it runs first on the same message object.
  self.addEventListener("message", function (event) {
    var message = event.data;
    if (!message || message.type !== SETUP || !message.data) return;
    message.data.docs = message.data.docs.filter(inLanguage);
    if (lang) message.data.config.lang = [lang];
  });
  var worker = new URL(params.get("worker"), self.location.href);
  if (worker.origin !== self.location.origin) throw new Error("search worker must come from this site: " + worker);
  importScripts(worker.href);
})();
