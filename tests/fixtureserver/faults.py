"""Faults on purpose, under `/faults/` and over the replayed site: failing statuses, stalls, resets, bodies too short or
too big, compression bombs, redirect loops, broken HTML, Korean pages in legacy encodings, and a robots.txt.

Every `/faults/<kind>/<times>/` path misbehaves for its first <times> requests, then serves a small quotes page
(`FAULT_QUOTES`) that the quotes spider can crawl with `-a base_url=...`; an extra last segment (`.../<times>/<case>/`)
gives a test a counter of its own. Over the replayed site, `--fault PATH=KIND`
makes one path fail for good and `--fail-rate` makes a seeded share of paths fail a few times before they succeed.
"""

from __future__ import annotations

import gzip
import json
import math
import random
import socket
import struct
import sys
import threading
import time
from collections import Counter
from email.utils import formatdate
from html import escape
from typing import TYPE_CHECKING

from tests.fixtureserver.app import HANDLED, Reply, Request, Route, route

if TYPE_CHECKING:
    import re
    from collections.abc import Callable

try:
    import brotli
except ImportError:  # an optional dependency of Scrapy: without it there is no brotli bomb
    brotli = None

# (text, author, tags) of the page every fault path serves once it stops failing.
FAULT_QUOTES = [
    ("“Patience is bitter, but its fruit is sweet.”", "Aristotle", ["patience"]),
    ("“Fall seven times, stand up eight.”", "Japanese proverb", ["resilience", "proverb"]),
]
KOREAN_QUOTES = [
    ("“천 리 길도 한 걸음부터.”", "속담", ["시작"]),
    ("“낮말은 새가 듣고 밤말은 쥐가 듣는다.”", "속담", ["말", "조심"]),
    ("“배움에는 왕도가 없다.”", "유클리드", ["배움"]),
    ("“아는 것이 힘이다.”", "프랜시스 베이컨", ["지식"]),
    ("“시작이 반이다.”", "아리스토텔레스", ["시작"]),
]
# Hangul outside EUC-KR's 2,350 syllables: only cp949 (Unified Hangul Code) encodes it in two bytes.
CP949_ONLY_QUOTE = ("“똠방각하의 하루는 늘 바쁘다.”", "작자 미상", ["일상"])
ROBOTS_DISALLOWED = "/faults/robots-denied/"
# How long a stalled request is held open, at most: far past any test's DOWNLOAD_TIMEOUT.
STALL_SECONDS = 30
BIG_BYTES = 1024 * 1024
BOMB_BYTES = 8 * 1024 * 1024
# What a path picked by --fail-rate answers while it fails.
RATE_KINDS = ("500", "502", "503", "reset", "short-body")


def quote_page(quotes: list[tuple[str, str, list[str]]], head: str = "", padding: int = 0) -> str:
    """A listing page in quotes.toscrape.com's markup, without author links or a pager."""
    blocks = []
    for text, author, tags in quotes:
        links = "".join(f'<a class="tag" href="/tag/{escape(tag)}/">{escape(tag)}</a>' for tag in tags)
        blocks.append(
            f'<div class="quote"><span class="text">{escape(text)}</span>'
            f'<span>by <small class="author">{escape(author)}</small></span>'
            f'<div class="tags">Tags: {links}</div></div>'
        )
    filler = f"<!--{' ' * padding}-->" if padding else ""
    return f"<!DOCTYPE html><html><head>{head}<title>Quotes</title></head><body>{''.join(blocks)}{filler}</body></html>"


def _html(body: str | bytes, content_type: str = "text/html; charset=utf-8") -> Reply:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return Reply(200, data, [("Content-Type", content_type)])


_FAULT_PAGE = quote_page(FAULT_QUOTES)

# Broken markup a browser recovers from: unclosed inline and list tags, a <p> never closed.
_UNCLOSED = (
    "<html><head><title>Quotes</title><body>"
    '<div class="quote"><span class="text">“Patience is bitter, but its fruit is sweet.”</span>'
    '<span>by <small class="author">Aristotle</span>'
    '<div class="tags"><p>Tags: <a class="tag" href="/tag/patience/">patience</div></div>'
    '<div class="quote"><span class="text">“Fall seven times, stand up eight.”</span>'
    '<span>by <small class="author">Japanese proverb</small><br>'
    '<div class="tags">Tags: <li><a class="tag" href="/tag/resilience/">resilience</a>'
    '<li><a class="tag" href="/tag/proverb/">proverb</div></div>'
)
_MISSING_AUTHOR_QUOTE = ("“A quote nobody said.”", "", ["orphan"])


def _truncated_page() -> str:
    """The fault page plus a third quote, cut off before that quote's author."""
    page = quote_page([*FAULT_QUOTES, ("“Cut short in the middle of a sentence, like", "Nobody", [])])
    return page[: page.index("like") + len("like")]


def _missing_author_page() -> str:
    page = quote_page([FAULT_QUOTES[0], _MISSING_AUTHOR_QUOTE, FAULT_QUOTES[1]])
    return page.replace('<span>by <small class="author"></small></span>', "")


def korean_page(encoding: str, where: str) -> Reply:
    """Korean quotes encoded in `encoding`, the charset declared in the header, a <meta>, or nowhere."""
    quotes = [*KOREAN_QUOTES, CP949_ONLY_QUOTE] if encoding == "cp949" else KOREAN_QUOTES
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}">' if where == "meta" else ""
    content_type = f"text/html; charset={encoding}" if where == "header" else "text/html"
    return _html(quote_page(quotes, head=head).encode(encoding), content_type)


def _status(code: int) -> Reply:
    return Reply(code, f"{code} on purpose\n".encode(), [("Content-Type", "text/plain")])


def _linger_off(connection: socket.socket) -> None:
    """Make close() send a TCP reset instead of an orderly FIN."""
    linger = struct.pack("HH" if sys.platform == "win32" else "ii", 1, 0)
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)


def _cut_body(request: Request, *, reset: bool) -> Reply:
    """Announce the whole page in Content-Length, send half of it, then close (or reset) the connection."""
    body = _FAULT_PAGE.encode()
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode()
    request.wfile.write(head + body[: len(body) // 2])
    request.close_connection = True
    if reset:
        _linger_off(request.connection)
    request.connection.close()
    return HANDLED


def _stall(request: Request) -> Reply:
    """Answer nothing until the client gives up (or STALL_SECONDS pass)."""
    request.close_connection = True
    request.connection.settimeout(STALL_SECONDS)
    try:
        request.connection.recv(1)
    except OSError:
        pass
    return HANDLED


def _big(_request: Request) -> Reply:
    return _html(quote_page(FAULT_QUOTES, padding=BIG_BYTES))


def _gzip_bomb(_request: Request) -> Reply:
    reply = _html(gzip.compress(quote_page(FAULT_QUOTES, padding=BOMB_BYTES).encode(), mtime=0))
    reply.headers.append(("Content-Encoding", "gzip"))
    return reply


def _brotli_bomb(_request: Request) -> Reply | None:
    if brotli is None:
        return None
    reply = _html(brotli.compress(quote_page(FAULT_QUOTES, padding=BOMB_BYTES).encode()))
    reply.headers.append(("Content-Encoding", "br"))
    return reply


def _busy(_request: Request) -> Reply:
    """A 200 that is not the page asked for: what an overloaded site or its CDN answers."""
    return _html("<!DOCTYPE html><html><head><title>Busy</title></head><body><h1>Server busy</h1></body></html>")


def nested_quotes_page(size: int) -> str:
    """About `size` characters of quotes each opened inside the one before and never closed."""
    block = '<div class="quote"><span class="text">“Deeper.”</span><a href="/author/Albert-Einstein">about</a>'
    return f"<!DOCTYPE html><html><body>{block * (size // len(block) + 1)}</body></html>"


def many_links_page(count: int) -> str:
    """A listing of `count` quotes, each by another author with a page of their own."""
    blocks = "".join(
        f'<div class="quote"><span class="text">“Quote {number}.”</span>'
        f'<span>by <small class="author">Author {number}</small> <a href="/author/many-{number}/">(about)</a></span>'
        f'<div class="tags">Tags: </div></div>'
        for number in range(count)
    )
    return f"<!DOCTYPE html><html><body>{blocks}</body></html>"


def _author_page(number: str) -> Reply:
    return _html(
        f'<html><body><div class="author-details"><h3 class="author-title">Author {number}</h3>'
        f'<span class="author-born-date">March 14, 1879</span><span class="author-born-location">in Ulm</span>'
        f'<div class="author-description">Bio {number}.</div></div></body></html>'
    )


def lying_charset_page(declared: str, where: str) -> Reply:
    """The fault page, in UTF-8, declared as `declared` in the Content-Type header or in a <meta charset>."""
    head = f'<meta charset="{declared}">' if where == "meta" else ""
    content_type = f"text/html; charset={declared}" if where == "header" else "text/html"
    return _html(quote_page(FAULT_QUOTES, head=head).encode("utf-8"), content_type)


def _login_elsewhere(port: str) -> Reply:
    """A login page whose form posts to the same host on another port."""
    return _html(
        f'<html><body><form action="http://127.0.0.1:{port}/login" method="post">'
        '<input type="hidden" name="csrf_token" value="token"><input name="username"><input name="password">'
        "</form></body></html>"
    )


FAULT_KINDS: dict[str, Callable[[Request], Reply | None]] = {
    "busy": _busy,
    "stall": _stall,
    "reset": lambda request: _cut_body(request, reset=True),
    "short-body": lambda request: _cut_body(request, reset=False),
    "big": _big,
    "gzip-bomb": _gzip_bomb,
    "br-bomb": _brotli_bomb,
}


def fault(kind: str, request: Request) -> Reply | None:
    """What a request gets when `kind` (a name in FAULT_KINDS, or an HTTP status code) strikes."""
    return _status(int(kind)) if kind.isdigit() else FAULT_KINDS[kind](request)


class Faults:
    """The fault routes and their state: how often each path has been asked for, and a log of fault answers."""

    def __init__(
        self, fail_rate: float = 0.0, fail_times: int = 2, seed: int = 0, overrides: dict[str, str] | None = None
    ) -> None:
        self.fail_rate = fail_rate
        self.fail_times = fail_times
        self.seed = seed
        self.overrides = overrides or {}
        self._lock = threading.Lock()
        self._asked: Counter[str] = Counter()
        self._log: list[dict[str, object]] = []

    def _next(self, request: Request, answer: str) -> int:
        """Count a request for its path and log it; returns how many times the path has been asked for."""
        with self._lock:
            self._asked[request.target] += 1
            self._log.append({"time": time.monotonic(), "path": request.target, "answer": answer})
            return self._asked[request.target]

    def _failing(self, request: Request, kind: str, times: int) -> Reply | None:
        """The fault for the first `times` requests of this path, then the fault page."""
        with self._lock:
            failing = self._asked[request.target] < times
        self._next(request, kind if failing else "200")
        return fault(kind, request) if failing else _html(_FAULT_PAGE)

    def status(self, request: Request, match: re.Match[str]) -> Reply | None:
        return self._failing(request, match["code"], int(match["times"]))

    def kind(self, request: Request, match: re.Match[str]) -> Reply | None:
        return self._failing(request, match["kind"], int(match["times"]))

    def retry_after(self, request: Request, match: re.Match[str]) -> Reply | None:
        """The status with `Retry-After` (seconds, or an HTTP date that many seconds ahead) once, then the page."""
        if self._next(request, match["code"]) > 1:
            return _html(_FAULT_PAGE)
        seconds = int(match["seconds"])
        # Rounded up to a whole second, so the date is never sooner than `seconds` from now.
        value = formatdate(math.ceil(time.time()) + seconds, usegmt=True) if match["form"] == "-date" else str(seconds)
        reply = _status(int(match["code"]))
        reply.headers.append(("Retry-After", value))
        return reply

    def log(self, _request: Request, _match: re.Match[str]) -> Reply:
        with self._lock:
            return Reply(200, json.dumps(self._log).encode(), [("Content-Type", "application/json")])

    def replayed(self, request: Request, _match: re.Match[str]) -> Reply | None:
        """A fault on a replayed path (for good with --fault, a few times with --fail-rate), else fall through."""
        path = request.target
        if path in self.overrides:
            # KIND for good, or KIND:N for the first N requests of the path only.
            kind, _, times = self.overrides[path].partition(":")
            with self._lock:
                failing = not times or self._asked[path] < int(times)
            self._next(request, kind if failing else "200")
            return fault(kind, request) if failing else None
        if not self.fail_rate:
            return None
        # Seeded by path, not by arrival order, so the same paths fail whatever the crawl's concurrency.
        chooser = random.Random(f"{self.seed}:{path}")
        if chooser.random() >= self.fail_rate:
            return None
        kind = chooser.choice(RATE_KINDS)
        with self._lock:
            failing = self._asked[path] < self.fail_times
        if not failing:
            return None
        self._next(request, kind)
        return fault(kind, request)

    def routes(self) -> list[Route]:
        page = _html(_FAULT_PAGE)
        case = r"(?:[\w-]+/)?"
        return [
            route("GET", r"/faults/log", self.log),
            route(
                "GET",
                r"/robots\.txt",
                lambda _r, _m: _html(f"User-agent: *\nDisallow: {ROBOTS_DISALLOWED}\n", "text/plain"),
            ),
            route("GET", rf"/faults/status/(?P<code>\d{{3}})/(?P<times>\d+)/{case}", self.status),
            route(
                "GET",
                rf"/faults/retry-after(?P<form>(-date)?)/(?P<code>\d{{3}})/(?P<seconds>\d+)/{case}",
                self.retry_after,
            ),
            route("GET", rf"/faults/(?P<kind>{'|'.join(FAULT_KINDS)})/(?P<times>\d+)/{case}", self.kind),
            route("GET", r"/faults/redirect-loop/a/", lambda _r, _m: Reply(302, headers=[("Location", "../b/")])),
            route("GET", r"/faults/redirect-loop/b/", lambda _r, _m: Reply(302, headers=[("Location", "../a/")])),
            route(
                "GET",
                r"/faults/redirect-chain/(\d+)/",
                lambda _r, m: Reply(302, headers=[("Location", f"../{int(m[1]) + 1}/")]),
            ),
            route("GET", ROBOTS_DISALLOWED, lambda _r, _m: page),
            route("GET", r"/faults/html/unclosed/", lambda _r, _m: _html(_UNCLOSED)),
            route("GET", r"/faults/html/truncated/", lambda _r, _m: _html(_truncated_page())),
            route("GET", r"/faults/html/missing-author/", lambda _r, _m: _html(_missing_author_page())),
            route(
                "GET",
                r"/faults/html/repeated-quote/",
                lambda _r, _m: _html(quote_page([*FAULT_QUOTES, FAULT_QUOTES[0]])),
            ),
            route("GET", r"/faults/charset/([\w-]+)/(header|meta)/", lambda _r, m: lying_charset_page(m[1], m[2])),
            route("GET", r"/faults/nested-quotes/(\d+)/", lambda _r, m: _html(nested_quotes_page(int(m[1])))),
            route("GET", r"/faults/many-links/(\d+)/", lambda _r, m: _html(many_links_page(int(m[1])))),
            route("GET", r"/author/many-(\d+)/", lambda _r, m: _author_page(m[1])),
            # Off-site on purpose: the same host on another port (a second server the test runs).
            route(
                "GET",
                r"/faults/offsite/redirect/(\d+)/",
                lambda _r, m: Reply(302, headers=[("Location", f"http://127.0.0.1:{m[1]}/faults/offsite/landed/")]),
            ),
            route(
                "GET",
                r"/faults/offsite/next/(\d+)/",
                lambda _r, m: _html(
                    quote_page(FAULT_QUOTES).replace(
                        "</body>",
                        f'<ul class="pager"><li class="next"><a href="http://127.0.0.1:{m[1]}/page/2/">Next</a></li></ul></body>',
                    )
                ),
            ),
            route("GET", r"/faults/offsite/login/(\d+)/login", lambda _r, m: _login_elsewhere(m[1])),
            route("GET", r"/faults/korean/(euc-kr|cp949)/(header|meta|none)/", lambda _r, m: korean_page(m[1], m[2])),
            route("*", r"(?!/faults/).*", self.replayed),
        ]
