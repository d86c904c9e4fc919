"""A web site on 127.0.0.1 for the scripts that run `ingest` over `.urls` lists: pages with an
ETag and a Last-Modified, answered 304 when the request's If-None-Match names the current ETag,
404 for a page not (or no longer) there, and a log of every request, counted server-side.

    site = Site({"/a.html": b"<html>..."})
    server = QuietServer(("127.0.0.1", 0), make_handler(site))
"""
import hashlib
import http.server
import threading

LAST_MODIFIED = "Tue, 01 Dec 2026 08:00:00 GMT"
CHANGED_MODIFIED = "Wed, 02 Dec 2026 08:00:00 GMT"


class Site:
    """The pages served, and the requests answered, behind a lock."""

    def __init__(self, pages):
        self.lock = threading.Lock()
        self.pages = {path: (body, '"%s"' % hashlib.sha256(body).hexdigest()[:16], LAST_MODIFIED)
                      for path, body in pages.items()}
        self.log = []

    def change(self, path):
        with self.lock:
            body, _, _ = self.pages[path]
            body = body.replace(b"</body>", b"<p>This article was revised tonight.</p></body>", 1)
            if b"revised tonight" not in body:
                body += b"<p>This article was revised tonight.</p>"
            self.pages[path] = (body, '"%s"' % hashlib.sha256(body).hexdigest()[:16], CHANGED_MODIFIED)

    def remove(self, path):
        with self.lock:
            del self.pages[path]

    def take_log(self):
        with self.lock:
            log, self.log = self.log, []
        return log


def make_handler(site):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            conditional = self.headers.get("If-None-Match") is not None or self.headers.get("If-Modified-Since") is not None
            with site.lock:
                page = site.pages.get(self.path)
            if page is None:
                status, body, headers = 404, b"not found", {"Content-Type": "text/plain"}
            else:
                body, etag, modified = page
                headers = {"ETag": etag, "Last-Modified": modified, "Content-Type": "text/html"}
                if self.headers.get("If-None-Match") == etag:
                    status, body = 304, b""
                else:
                    status = 200
            with site.lock:
                site.log.append((self.path, conditional, status))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status != 304:
                self.wfile.write(body)

    return Handler


class QuietServer(http.server.ThreadingHTTPServer):
    """Says nothing of a client that closes its kept-alive connection when it exits."""

    def handle_error(self, request, client_address):
        pass


def serve(site):
    """Serves `site` on 127.0.0.1 in a thread of its own; returns the server and its origin."""
    server = QuietServer(("127.0.0.1", 0), make_handler(site))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, "http://127.0.0.1:%d" % server.server_address[1]
