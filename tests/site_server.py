"""A static file server for tests that behaves like GitHub Pages: optional path prefix, 404.html for misses."""

import contextlib
import functools
import gzip
import http.server
import io
import sys
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _PagesHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".wasm": "application/wasm",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".py": "text/plain",
    }

    # What GitHub Pages sends gzip-compressed to a browser that accepts it (with `compress`).
    COMPRESSED = (".html", ".js", ".mjs", ".css", ".json", ".svg", ".py", ".wasm", ".mpy", ".xml", ".txt")

    def __init__(self, *args, prefix, compress=False, **kwargs):
        self.prefix = prefix
        self.compress = compress
        super().__init__(*args, **kwargs)

    def log_message(self, format, *args):  # keep test output quiet
        pass

    def send_head(self):
        path = unquote(urlsplit(self.path).path)
        if not path.startswith(self.prefix):
            return self._not_found()
        self.path = "/" + path[len(self.prefix):]
        target = Path(self.translate_path(self.path))
        if target.is_dir() and not (target / "index.html").exists():
            return self._not_found()
        if not target.exists():
            return self._not_found()
        if target.is_dir() and path.endswith("/"):
            target = target / "index.html"
        if self.compress and target.is_file() and target.suffix in self.COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", ""):
            return self._compressed(target)
        return super().send_head()

    def _compressed(self, target):
        body = gzip.compress(target.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(target)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def _not_found(self):
        page = Path(self.directory) / "404.html"
        body = page.read_bytes() if page.exists() else b"Not found"
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


class _PagesServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser that goes away while a file is still being sent (its test ended) is not a server error.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(directory, prefix="/", compress=False):
    """Serve `directory` at http://127.0.0.1:<free port><prefix>; yields that base URL (ending with '/'). With
    `compress`, text and WebAssembly files go gzip-compressed to a client that accepts it, as from GitHub Pages."""
    handler = functools.partial(_PagesHandler, directory=str(directory), prefix=prefix, compress=compress)
    server = _PagesServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield "http://127.0.0.1:%d%s" % (server.server_address[1], prefix)
    finally:
        server.shutdown()
        server.server_close()
