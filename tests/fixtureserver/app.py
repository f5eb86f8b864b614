"""The server and its routing table: each route is a method, a path pattern and a handler."""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


@dataclass
class Reply:
    """An ordinary HTTP answer; handlers that misbehave on purpose write to the socket themselves."""

    status: int = 200
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)


# Returned by a handler that has written its own (broken) answer to the socket.
HANDLED = Reply(status=0)


@dataclass
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Callable[[Request, re.Match[str]], Reply | None]


class Request(BaseHTTPRequestHandler):
    """One request; `self.server.routes` decides who answers it."""

    protocol_version = "HTTP/1.1"
    server: FixtureServer

    @property
    def target(self) -> str:
        """Path and query, as recorded sites key their pages."""
        return self.path

    def body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def do_GET(self) -> None:
        self._dispatch()

    def do_HEAD(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        # A slow server on purpose: lets a test act while a crawl is under way.
        time.sleep(self.server.delay)
        path = self.path.split("?", 1)[0]
        for route in self.server.routes:
            if route.method not in (self.command, "*"):
                continue
            match = route.pattern.fullmatch(path)
            if match:
                reply = route.handler(self, match)
                if reply is HANDLED:
                    return
                if reply is not None:
                    self.send(reply)
                    return
        self.send(Reply(404, b"not found\n", [("Content-Type", "text/plain")]))

    def send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        for name, value in reply.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet: tests read the crawler's log, not the server's."""


class FixtureServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, routes: list[Route], host: str = "127.0.0.1", port: int = 0, delay: float = 0) -> None:
        super().__init__((host, port), Request)
        self.routes = routes
        self.delay = delay

    def handle_error(self, request: object, client_address: object) -> None:
        """Quiet about clients that hang up: timeouts and the fault routes make them do so on purpose."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"


def route(method: str, pattern: str, handler: Callable[[Request, re.Match[str]], Reply | None]) -> Route:
    return Route(method, re.compile(pattern), handler)
