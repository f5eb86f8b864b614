"""Replays a WARC recording: every recorded path answers with its recorded status, headers and body."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator

from tests.fixtureserver.app import Reply, Request, Route, route

if TYPE_CHECKING:
    import re
    from pathlib import Path

# Headers that belong to the recorded connection, not to the page.
_HOP_HEADERS = {"connection", "content-length", "date", "server", "transfer-encoding", "keep-alive"}


def load_warc(path: Path) -> dict[str, Reply]:
    """Recorded responses by path and query (`/page/2/`, `/api/quotes?page=1`)."""
    pages: dict[str, Reply] = {}
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            url = urlsplit(record.rec_headers.get_header("WARC-Target-URI"))
            target = url.path + (f"?{url.query}" if url.query else "")
            headers = []
            for name, value in record.http_headers.headers:
                if name.lower() in _HOP_HEADERS:
                    continue
                if name.lower() == "location":
                    # Recorded as absolute URLs of the recording host: keep only the path.
                    location = urlsplit(value)
                    value = location.path + (f"?{location.query}" if location.query else "")
                headers.append((name, value))
            status = int(record.http_headers.get_statuscode())
            pages[target] = Reply(status, record.content_stream().read(), headers)
    return pages


def replay_routes(pages: dict[str, Reply]) -> list[Route]:
    def answer(request: Request, _match: re.Match[str]) -> Reply | None:
        return pages.get(request.target)

    return [route("GET", r"/.*", answer), route("HEAD", r"/.*", answer)]
