// The workshop page's QR codes, for its Python script (overrides/hooks/selfcheck_page.py says why this file exists).
// draw(text) answers {size, path}: the code's dark modules as one SVG path on a size × size grid that includes the
// quiet zone of 4 modules the QR standard asks for around it; null when the text cannot be encoded (too long) or the encoder failed to load; false while it is still
// loading, after which a "workshop-qr-ready" event on the document says to draw again. fullScreen(element) shows
// the element alone on the screen, for a projector, where the browser can; it answers whether it asked. Neither throws.
(function () {
  var encode = null;
  var missing = false;

  window.workshopQr = {
    draw: function (text) {
      if (!encode) return missing ? null : false;
      try {
        var rows = encode(text, "raw", {ecc: "medium", border: 4});
        var path = [];
        for (var y = 0; y < rows.length; y++) {
          for (var x = 0; x < rows[y].length; x++) {
            if (!rows[y][x]) continue;
            var start = x;
            while (x + 1 < rows[y].length && rows[y][x + 1]) x++;
            path.push("M" + start + " " + y + "h" + (x - start + 1) + "v1h-" + (x - start + 1) + "z");
          }
        }
        return {size: rows.length, path: path.join("")};
      } catch (error) {
        return null;
      }
    },
    fullScreen: function (element) {
      if (!element.requestFullscreen) return false;
      element.requestFullscreen().catch(function () { /* refused: the code stays where it is */ });
      return true;
    },
  };

  // Relative to this script's address: assets/qr/ is where the build copies the `qr` package's encoder.
  import("../qr/index.js").then(function (module) {
    encode = module.encodeQR;
    document.dispatchEvent(new Event("workshop-qr-ready"));
  }, function () {
    missing = true;
    document.dispatchEvent(new Event("workshop-qr-ready"));
  });
})();
