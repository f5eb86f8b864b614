"""Bad input from the user: one clear line, a non-zero exit status, never a traceback."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.conftest import scrapy

if TYPE_CHECKING:
    from pathlib import Path

    from tests.conftest import FixtureServer


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("scrapy: error:")]


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("RETRY_AFTER_MAX=soon", "-s RETRY_AFTER_MAX: must be a number of seconds, 0 or more (got 'soon')"),
        ("RETRY_BACKOFF_BASE=-1", "-s RETRY_BACKOFF_BASE: must be a number of seconds, 0 or more (got '-1')"),
        ("PARSER_PROCESSES=two", "-s PARSER_PROCESSES: must be a whole number, 0 or more (got 'two')"),
        ("PARSER_PROCESSES=-1", "-s PARSER_PROCESSES: must be a whole number, 0 or more (got '-1')"),
    ],
)
def test_malformed_project_setting(server: FixtureServer, tmp_path: Path, setting: str, message: str) -> None:
    """A project setting with a value it cannot use stops the crawl before it starts: exit 2, one line."""
    result = scrapy("crawl", "quotes", "-a", f"base_url={server.url}", "-O", tmp_path / "out.jsonl", "-s", setting)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert error_lines(result.stderr) == [f"scrapy: error: {message}"]
    assert "Spider opened" not in result.stderr


def test_output_under_a_file(server: FixtureServer, tmp_path: Path) -> None:
    """An output path under a regular file cannot be written: exit 2, one line naming the file in the way."""
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder")
    out = blocker / "quotes.jsonl"
    result = scrapy("crawl", "quotes", "-a", f"base_url={server.url}", "-O", out)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert error_lines(result.stderr) == [
        f"scrapy: error: output {out}: cannot be written, {blocker} is a file, not a folder"
    ]


def test_refused_connection_ends_with_a_summary(unreachable_url: str, tmp_path: Path) -> None:
    """A base_url where nothing listens: one failure line, the summary, exit 1, and no hang."""
    result = scrapy(
        "crawl",
        "quotes",
        "-a",
        f"base_url={unreachable_url}",
        "-O",
        tmp_path / "out.jsonl",
        "-s",
        "AUTOTHROTTLE_ENABLED=False",
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    failures = [line for line in result.stderr.splitlines() if "WARNING: Failed <GET" in line]
    assert len(failures) == 1
    assert f"Failed <GET {unreachable_url}>: connection_refused" in failures[0]
    # robots.txt is retried too (2 of the 4 retries), then named in one warning of its own.
    assert f"Could not fetch {unreachable_url}robots.txt: connection_refused" in result.stderr
    assert "Crawl summary (finished): 0 pages ok, 4 retried, 1 failed (connection_refused: 1)" in result.stderr
    assert "Crawl failed: no page could be downloaded (connection_refused: 1)" in result.stderr
