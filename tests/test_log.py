"""The project's log: INFO by default, the runtime line among its first lines, DEBUG on request."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.conftest import assert_clean, scrapy

if TYPE_CHECKING:
    from pathlib import Path

    from tests.conftest import FixtureServer, Result


def crawl(server: FixtureServer, tmp_path: Path, *options: str) -> Result:
    out = tmp_path / "love.jsonl"
    return scrapy(
        "crawl", "quotes", "-a", f"base_url={server.url}", "-a", "tag=love", "-O", out,
        "-s", "AUTOTHROTTLE_ENABLED=False", *options, env={"PYTHONWARNINGS": "error"},
    )  # fmt: skip


def test_default_log_is_info(server: FixtureServer, tmp_path: Path) -> None:
    """No DEBUG line, so no line per request or item; the summary still ends the crawl's lines."""
    result = crawl(server, tmp_path)
    assert_clean(result)
    assert " DEBUG: " not in result.stderr
    assert "Crawl summary (finished): " in result.stderr
    assert "'log_count/DEBUG'" not in result.stderr


def test_runtime_line_is_among_the_first(server: FixtureServer, tmp_path: Path) -> None:
    """The reactor and loop line comes before Scrapy's lists of components and settings."""
    lines = crawl(server, tmp_path).stderr.splitlines()
    runtime = next(
        number for number, line in enumerate(lines) if "INFO: Runtime: reactor AsyncioSelectorReactor" in line
    )
    assert runtime < 20, lines[: runtime + 1]
    assert runtime < next(number for number, line in enumerate(lines) if "INFO: Overridden settings:" in line)


def test_debug_on_request(server: FixtureServer, tmp_path: Path) -> None:
    """`-L DEBUG` and `-s LOG_LEVEL=DEBUG` bring back Scrapy's line per item."""
    for options in (("-L", "DEBUG"), ("-s", "LOG_LEVEL=DEBUG")):
        result = crawl(server, tmp_path, *options)
        assert_clean(result)
        assert result.stderr.count(" DEBUG: Scraped from <200 ") > 0, options
