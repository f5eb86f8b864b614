"""Replays WARC recordings: every recorded path answers with its recorded status, headers and body.

A recording is served at `/` (the quotes recording, as it always was) or mounted at a prefix of its own
(`/<domain>/`), with the links in its pages rewritten to stay under that prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BufferedReader

from tests.fixtureserver.app import Reply, Request, Route, route

if TYPE_CHECKING:
    from pathlib import Path

# Headers that belong to the recorded connection, not to the page.
_HOP_HEADERS = {"connection", "content-length", "date", "server", "transfer-encoding", "keep-alive"}
# Where pages name other pages of their site by path.
_LINK = r"""((?:href|src|action)\s*=\s*["'])"""


@dataclass
class Recording:
    """A WARC file's responses by target (path and query relative to the site root, no leading slash).

    `spider` and `base_url` come from the warcinfo record the project's recorder writes; a recording made
    by another tool (wget) has neither, and its site root is `/` of the recorded host.
    """

    pages: dict[str, Reply] = field(default_factory=dict)
    spider: str | None = None
    base_url: str | None = None
    origins: set[str] = field(default_factory=set)
    by_url: dict[str, Reply] = field(default_factory=dict)
    """The same responses by their recorded URL, headers as recorded: for running a spider without a server."""

    @property
    def base_path(self) -> str:
        return urlsplit(self.base_url).path if self.base_url else "/"

    def target(self, url: str) -> str:
        """The site-relative key of a recorded URL: its path under the site root (or under `/`), and its query."""
        parts = urlsplit(url)
        path = parts.path or "/"
        path = path.removeprefix(self.base_path) if path.startswith(self.base_path) else path.removeprefix("/")
        return path + (f"?{parts.query}" if parts.query else "")


def _body(record: object) -> tuple[bytes, bool]:
    """The payload without its content encoding, and whether there was one to undo."""
    encoding = (record.http_headers.get_header("content-encoding") or "").lower()  # type: ignore[attr-defined]
    decoded = encoding in BufferedReader.get_supported_decompressors()
    return record.content_stream().read(), decoded  # type: ignore[attr-defined]


def load_recording(path: Path) -> Recording:
    recording = Recording()
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "warcinfo":
                info = dict(
                    line.split(": ", 1) for line in record.content_stream().read().decode().splitlines() if ": " in line
                )
                recording.spider = info.get("spider")
                recording.base_url = info.get("base-url")
                continue
            if record.rec_type != "response" or record.http_headers is None:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            recording.origins.add("{0.scheme}://{0.netloc}".format(urlsplit(url)))
            body, decoded = _body(record)
            headers = []
            kept = [
                (name, value)
                for name, value in record.http_headers.headers
                if name.lower() not in _HOP_HEADERS and not (decoded and name.lower() == "content-encoding")
            ]
            status = int(record.http_headers.get_statuscode())
            recording.by_url[url] = Reply(status, body, kept)
            for name, value in kept:
                if name.lower() == "location":
                    value = "\0" + recording.target(value)  # resolved against the mount by mount_routes
                headers.append((name, value))
            # Retried requests appear more than once; the last answer is the one the crawl went on with.
            recording.pages[recording.target(url)] = Reply(status, body, headers)
    return recording


def load_warc(path: Path) -> dict[str, Reply]:
    """Recorded responses by path and query (`/page/2/`, `/api/quotes?page=1`), as served at `/`."""
    return {"/" + target: reply for target, reply in _mounted(load_recording(path), "/").items()}


def _mounted(recording: Recording, prefix: str) -> dict[str, Reply]:
    """The recording's replies with its links (and redirects) pointing under `prefix` instead of its site root."""
    site = [re.escape(origin + recording.base_path) for origin in sorted(recording.origins)]
    absolute = re.compile("|".join(site)) if site else None
    relative = re.compile(_LINK + re.escape(recording.base_path) + "(?!/)")
    pages = {}
    for target, reply in recording.pages.items():
        body = reply.body
        kind = dict((name.lower(), value) for name, value in reply.headers).get("content-type", "")
        if prefix != recording.base_path and "html" in kind:
            text = body.decode("utf-8", "surrogateescape")
            if absolute is not None:
                text = absolute.sub(prefix, text)
            text = relative.sub(lambda link: link.group(1) + prefix, text)
            body = text.encode("utf-8", "surrogateescape")
        headers = [(name, prefix + value[1:] if value.startswith("\0") else value) for name, value in reply.headers]
        pages[target] = Reply(reply.status, body, headers)
    return pages


def replay_routes(pages: dict[str, Reply]) -> list[Route]:
    def answer(request: Request, _match: re.Match[str]) -> Reply | None:
        return pages.get(request.target)

    return [route("GET", r"/.*", answer), route("HEAD", r"/.*", answer)]


def mount_routes(prefix: str, recording: Recording) -> list[Route]:
    """The recording at `prefix` (`/www.example.com/`): each recorded page at the prefix plus its site-relative path."""
    pages = _mounted(recording, prefix)

    def answer(request: Request, match: re.Match[str]) -> Reply | None:
        query = urlsplit(request.target).query
        return pages.get(match.group(1) + (f"?{query}" if query else ""))

    pattern = re.escape(prefix) + "(.*)"
    return [route("GET", pattern, answer), route("HEAD", pattern, answer)]


def recorded_sites(data: Path) -> list[Route]:
    """Every `<data>/<domain>/recorded.warc.gz`, each mounted at `/<domain>/`."""
    routes = []
    for warc in sorted(data.glob("*/recorded.warc.gz")):
        routes += mount_routes(f"/{warc.parent.name}/", load_recording(warc))
    return routes
