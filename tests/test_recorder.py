"""RECORD_WARC: a crawl recorded, then replayed; the replay's crawl gives the same items, all from the recording."""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.conftest import STRICT_ENV, assert_clean, scrapy
from tests.fixtureserver.app import FixtureServer as Server
from tests.fixtureserver.app import Reply, Route
from tests.fixtureserver.replay import load_recording, mount_routes

if TYPE_CHECKING:
    from pathlib import Path

    from tests.conftest import FixtureServer, Result

FAST = ("-s", "AUTOTHROTTLE_ENABLED=False")


def crawl(base_url: str, out: Path, *settings: str) -> Result:
    return scrapy("crawl", "scrapethissite", "-a", f"base_url={base_url}", *FAST, *settings, "-O", out, env=STRICT_ENV)


def requests_made(result: Result) -> int:
    return int(re.search(r"'downloader/request_count': (\d+)", result.stderr).group(1))


class Replay:
    """A recording served at `/` of a server of its own, noting each request it could and could not answer."""

    def __init__(self, warc: Path) -> None:
        self.answered: list[str] = []
        self.missed: list[str] = []

        def noting(route: Route) -> Route:
            def handler(request, match):  # noqa: ANN001, ANN202
                reply: Reply | None = route.handler(request, match)
                (self.answered if reply is not None else self.missed).append(request.path)
                return reply

            return Route(route.method, route.pattern, handler)

        self.server = Server([noting(route) for route in mount_routes("/", load_recording(warc))])
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Replay:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def recorded(server: FixtureServer, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result, Path]:
    """A whole crawl of the scrapethissite stand-in, recorded."""
    folder = tmp_path_factory.mktemp("recorded")
    warc, out = folder / "site.warc.gz", folder / "items.jsonl"
    result = crawl(f"{server.url}scrapethissite/", out, "-s", f"RECORD_WARC={warc}")
    assert_clean(result)
    return warc, result, out


@pytest.fixture(scope="module")
def replayed(recorded: tuple[Path, Result, Path], tmp_path_factory: pytest.TempPathFactory) -> tuple:
    """The same spider crawling the recording, served by a replay of its own."""
    warc, _, _ = recorded
    out = tmp_path_factory.mktemp("replayed") / "items.jsonl"
    with Replay(warc) as replay:
        result = crawl(replay.server.url, out)
    assert_clean(result)
    return replay, result, out


def test_every_exchange_recorded_as_sent(recorded: tuple[Path, Result, Path]) -> None:
    """A request and a response record per request of the crawl, with original URLs, statuses and headers."""
    warc, result, _ = recorded
    with warc.open("rb") as stream:
        records = [
            (record.rec_type, record.rec_headers.get_header("WARC-Target-URI"), record.http_headers)
            for record in ArchiveIterator(stream)
        ]
    assert records[0][0] == "warcinfo"
    requests = [uri for kind, uri, _ in records if kind == "request"]
    responses = {uri: headers for kind, uri, headers in records if kind == "response"}
    assert len(requests) == len(responses) == requests_made(result)
    films = next(headers for uri, headers in responses.items() if uri.endswith("?ajax=true&year=2015"))
    assert films.get_statuscode() == "200"
    assert films.get_header("Content-Type") == "application/json"
    sent = next(headers for kind, uri, headers in records if kind == "request" and uri.endswith("pages/simple/"))
    assert sent.get_header("User-Agent") == "crawler/0.1 (Scrapy project)"
    assert not warc.with_name(warc.name + ".part").exists()


def test_replay_gives_the_same_items(recorded: tuple[Path, Result, Path], replayed: tuple) -> None:
    """The crawl of the replay writes the same item lines, byte for byte (order aside: requests run concurrently)."""
    _, _, first = recorded
    _, _, second = replayed
    lines = sorted(first.read_bytes().splitlines())
    assert len(lines) == 863
    assert sorted(second.read_bytes().splitlines()) == lines


def test_every_replayed_request_answered_from_the_recording(replayed: tuple) -> None:
    """Each request of the second crawl, robots.txt included, found its answer in the recording."""
    replay, result, _ = replayed
    assert replay.missed == []
    assert len(replay.answered) == requests_made(result)
    assert "/robots.txt" in replay.answered


def test_page_count_bounds_a_recording(server: FixtureServer, tmp_path: Path) -> None:
    """CLOSESPIDER_PAGECOUNT stops the recorded crawl early; what was fetched until then is in the file."""
    warc = tmp_path / "some.warc.gz"
    result = crawl(
        f"{server.url}scrapethissite/",
        tmp_path / "out.jsonl",
        "-s",
        f"RECORD_WARC={warc}",
        "-s",
        "CLOSESPIDER_PAGECOUNT=5",
    )
    assert "'finish_reason': 'closespider_pagecount'" in result.stderr
    recording = load_recording(warc)
    assert 5 <= len(recording.pages) < 33
    assert len(recording.pages) == int(re.search(r"'response_received_count': (\d+)", result.stderr).group(1))
