"""The rules behind retries, exit statuses and torn lines, checked without a crawl."""

from __future__ import annotations

from email.utils import formatdate
from typing import TYPE_CHECKING

import pytest

from crawler.jobdir import cut_torn_line
from crawler.middlewares.retry import retry_after_seconds
from crawler.outcome import failure

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        (b"7", 7.0),
        (b" 0 ", 0.0),
        (formatdate(1_000_030, usegmt=True).encode(), 30.0),
        (formatdate(999_000, usegmt=True).encode(), 0.0),
        (b"soon", None),
        (None, None),
    ],
)
def test_retry_after_seconds(header: bytes | None, seconds: float | None) -> None:
    """Retry-After as delay-seconds or as an HTTP date (a past date means now); anything else is ignored."""
    assert retry_after_seconds(header, now=1_000_000) == seconds


@pytest.mark.parametrize(
    ("stats", "problem"),
    [
        ({"finish_reason": "finished", "crawler/pages_ok": 3}, None),
        ({"finish_reason": "closespider_itemcount", "crawler/pages_ok": 1}, None),
        ({"finish_reason": "finished", "crawler/pages_ok": 5, "crawler/failed/timeout": 2}, None),
        ({"finish_reason": "shutdown", "crawler/pages_ok": 2}, None),  # one Ctrl-C: stopped as asked
        ({}, "it was forced to stop before it could close (a second Ctrl-C); the output may lack items in flight"),
        ({"finish_reason": "failed: login refused"}, "login refused"),
        ({"finish_reason": "login_failed"}, "the crawl stopped before the end (login_failed)"),
        (
            {"finish_reason": "finished", "crawler/pages_ok": 9, "feedexport/failed_count/FileFeedStorage": 1},
            "1 output feed(s) could not be stored",
        ),
        (
            {"finish_reason": "finished", "crawler/failed/connection_refused": 1},
            "no page could be downloaded (connection_refused: 1)",
        ),
    ],
)
def test_crawl_failure_rules(stats: dict, problem: str | None) -> None:
    """Exit 1 when the crawl stopped early, lost output, or got no page at all; partial failures are still success."""
    assert failure(stats) == problem


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        (b'{"a": 1}\n{"b": 2}\n', b'{"a": 1}\n{"b": 2}\n'),
        (b'{"a": 1}\n{"b": ', b'{"a": 1}\n'),
        (b'{"b": ', b""),
        (b"", b""),
    ],
)
def test_torn_last_line_is_cut(tmp_path: Path, content: bytes, kept: bytes) -> None:
    """Only a last line without its newline goes; complete lines stay byte for byte."""
    feed = tmp_path / "items.jsonl"
    feed.write_bytes(content)
    assert cut_torn_line(feed) == len(content) - len(kept)
    assert feed.read_bytes() == kept
