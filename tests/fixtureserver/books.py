"""Serves a books.toscrape.com replica under `/books/`: built in memory at start, or read from a written copy.

Every page carries an ETag (a hash of its body) and a Last-Modified (the file's time, or the server's start for
a replica built in memory), and a conditional request for a page that did not change is answered 304.
"""

from __future__ import annotations

import hashlib
import posixpath
import time
from email.utils import formatdate, parsedate_to_datetime
from typing import TYPE_CHECKING
from urllib.parse import unquote

from tests.books_replica import catalogue, site_files
from tests.fixtureserver.app import Reply, Request, Route, route

if TYPE_CHECKING:
    import re
    from collections.abc import Callable
    from pathlib import Path

PREFIX = "/books/"


# Like the real site: `text/html` with no charset (the pages declare UTF-8 in a <meta>).
_CONTENT_TYPES = {".html": "text/html", ".jpg": "image/jpeg"}


def _content_type(path: str) -> str:
    return _CONTENT_TYPES.get(posixpath.splitext(path)[1], "application/octet-stream")


def _not_modified(request: Request, etag: str, modified: float) -> bool:
    """Whether the request's validators still hold (RFC 9110: If-None-Match, when given, decides alone)."""
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        return etag in [tag.strip() for tag in if_none_match.split(",")] or if_none_match.strip() == "*"
    if_modified_since = request.headers.get("If-Modified-Since")
    if if_modified_since is None:
        return False
    try:
        return int(modified) <= parsedate_to_datetime(if_modified_since).timestamp()
    except (TypeError, ValueError):
        return False


def _routes(read: Callable[[str], tuple[bytes, float] | None]) -> list[Route]:
    def answer(request: Request, match: re.Match[str]) -> Reply | None:
        path = posixpath.normpath(unquote(match.group(1)) or ".")
        if path == "." or match.group(1).endswith("/"):
            path = posixpath.join(path, "index.html").removeprefix("./")
        if path.startswith(".."):
            return None
        found = read(path)
        if found is None:
            return None
        body, modified = found
        etag = f'"{hashlib.sha256(body).hexdigest()[:20]}"'
        validators = [("ETag", etag), ("Last-Modified", formatdate(modified, usegmt=True))]
        if _not_modified(request, etag, modified):
            return Reply(304, b"", validators)
        return Reply(200, body, [("Content-Type", _content_type(path)), *validators])

    pattern = PREFIX + "(.*)"
    return [route("GET", pattern, answer), route("HEAD", pattern, answer)]


def generated_routes(books: int | None = None) -> list[Route]:
    """The first `books` real books (default all 1,000), generated in memory."""
    files = dict(site_files(catalogue(books)))
    started = time.time()

    def read(path: str) -> tuple[bytes, float] | None:
        body = files.get(path)
        return None if body is None else (body, started)

    return _routes(read)


def directory_routes(site: Path) -> list[Route]:
    """A replica written by `python -m tests.books_replica` (its `site/` folder)."""
    root = site.resolve()

    def read(path: str) -> tuple[bytes, float] | None:
        target = (root / path).resolve()
        if not target.is_relative_to(root) or not target.is_file():
            return None
        return target.read_bytes(), target.stat().st_mtime

    return _routes(read)
