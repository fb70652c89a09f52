"""A feed server on 127.0.0.1 for the press tests (never the internet)."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "press"


class FeedServer:
    def __init__(self):
        self.routes: dict[str, tuple[int, bytes, dict]] = {}
        self.requests: list[tuple[str, dict]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                server.requests.append((self.path, dict(self.headers)))
                if self.path == "/slow":
                    time.sleep(3)
                    return self._send(200, b"<rss version='2.0'><channel/></rss>", {})
                if self.path.startswith("/huge"):
                    return self._huge(with_length=self.path == "/huge-length")
                if self.path == "/etag":
                    if self.headers.get("If-None-Match") == '"v1"':
                        self.send_response(304)
                        self.end_headers()
                        return None
                    return self._send(200, (DATA / "rss2.xml").read_bytes(),
                                      {"ETag": '"v1"', "Last-Modified": "Tue, 01 Dec 2026 10:00:00 GMT"})
                status, body, headers = server.routes.get(self.path, (404, b"not found", {}))
                return self._send(status, body, headers)

            def _send(self, status, body, headers):
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _huge(self, with_length):
                total = 20 * 1024 * 1024
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                if with_length:
                    self.send_header("Content-Length", str(total))
                self.end_headers()
                chunk = b"<!-- " + b"x" * (64 * 1024 - 10) + b" -->\n"
                try:
                    self.wfile.write(b"<?xml version='1.0'?><rss version='2.0'><channel><title>Big</title>")
                    for _ in range(total // len(chunk)):
                        self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def serve_file(self, path: str, name: str, content_type: str = "application/rss+xml") -> str:
        self.routes[path] = (200, (DATA / name).read_bytes(), {"Content-Type": content_type})
        return self.url(path)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
