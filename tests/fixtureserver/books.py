"""Serves a books.toscrape.com replica under `/books/`: built in memory at start, or read from a written copy."""

from __future__ import annotations

import posixpath
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


def _routes(read: Callable[[str], bytes | None]) -> list[Route]:
    def answer(request: Request, match: re.Match[str]) -> Reply | None:
        path = posixpath.normpath(unquote(match.group(1)) or ".")
        if path == "." or match.group(1).endswith("/"):
            path = posixpath.join(path, "index.html").removeprefix("./")
        if path.startswith(".."):
            return None
        body = read(path)
        return Reply(200, body, [("Content-Type", _content_type(path))]) if body is not None else None

    pattern = PREFIX + "(.*)"
    return [route("GET", pattern, answer), route("HEAD", pattern, answer)]


def generated_routes(books: int | None = None) -> list[Route]:
    """The first `books` real books (default all 1,000), generated in memory."""
    files = dict(site_files(catalogue(books)))
    return _routes(files.get)


def directory_routes(site: Path) -> list[Route]:
    """A replica written by `python -m tests.books_replica` (its `site/` folder)."""
    root = site.resolve()

    def read(path: str) -> bytes | None:
        target = (root / path).resolve()
        if not target.is_relative_to(root) or not target.is_file():
            return None
        return target.read_bytes()

    return _routes(read)
