"""A static file server for tests that behaves like GitHub Pages: optional path prefix, 404.html for misses."""

import contextlib
import functools
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

    def __init__(self, *args, prefix, **kwargs):
        self.prefix = prefix
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
        return super().send_head()

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
def serve(directory, prefix="/"):
    """Serve `directory` at http://127.0.0.1:<free port><prefix>; yields that base URL (ending with '/')."""
    handler = functools.partial(_PagesHandler, directory=str(directory), prefix=prefix)
    server = _PagesServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield "http://127.0.0.1:%d%s" % (server.server_address[1], prefix)
    finally:
        server.shutdown()
        server.server_close()
