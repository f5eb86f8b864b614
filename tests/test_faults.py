"""`scrapy crawl quotes` against the fault routes of the fixture server: each fault kind end to end."""

from __future__ import annotations

import json
import pickle
import re
import urllib.request
from typing import TYPE_CHECKING

import pytest

from crawler.parsers.quotes_toscrape_com import QuoteListPage
from tests.conftest import FixtureServer, assert_clean, read_jsonl, scrapy
from tests.fixtureserver.faults import CP949_ONLY_QUOTE, FAULT_QUOTES, KOREAN_QUOTES, brotli

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from tests.conftest import Result

# Short timeouts and back-off steps, a small size limit, no AutoThrottle: seconds per test, not minutes.
FAST = [
    "-s",
    "AUTOTHROTTLE_ENABLED=False",
    "-s",
    "DOWNLOAD_TIMEOUT=1",
    "-s",
    "RETRY_BACKOFF_BASE=0.1",
    "-s",
    "DOWNLOAD_MAXSIZE=100000",
    "-s",
    "REDIRECT_MAX_TIMES=5",
]


@pytest.fixture(scope="module")
def faults() -> Iterator[FixtureServer]:
    """A server for this module alone: fault paths count their requests, so each test uses paths of its own."""
    running = FixtureServer()
    yield running
    running.stop()


def crawl(base_url: str, tmp_path: Path, *options: str) -> tuple[Result, list[dict]]:
    out = tmp_path / "items.jsonl"
    result = scrapy("crawl", "quotes", "-a", f"base_url={base_url}", "-O", out, *FAST, *options)
    return result, read_jsonl(out) if out.exists() else []


def stat(result: Result, name: str) -> int:
    """A number from the stats Scrapy dumps at the end of the log; 0 when absent."""
    found = re.search(rf"'{re.escape(name)}': (\d+)", result.stderr)
    return int(found[1]) if found else 0


def failed_lines(result: Result) -> list[str]:
    marker = "[crawler.middlewares.failures] WARNING: Failed <GET"
    return [line for line in result.stderr.splitlines() if marker in line]


def quotes_of(items: list[dict]) -> list[tuple[str, str, list[str]]]:
    return [(item["text"], item["author"], item["tags"]) for item in items]


def server_log(server: FixtureServer, path: str) -> list[dict]:
    with urllib.request.urlopen(server.url + "faults/log") as answer:  # noqa: S310 - our own 127.0.0.1 server
        return [entry for entry in json.load(answer) if entry["path"] == path]


@pytest.mark.parametrize(
    ("path", "retries"),
    [
        ("faults/status/500/2/", 2),
        ("faults/status/502/1/", 1),
        ("faults/status/503/2/", 2),
        ("faults/status/429/1/", 1),
        ("faults/stall/1/", 1),
        ("faults/reset/2/", 2),
        ("faults/short-body/1/", 1),
    ],
)
def test_transient_fault_is_retried(faults: FixtureServer, tmp_path: Path, path: str, retries: int) -> None:
    """A page that fails a few times (status, stall past the timeout, reset, short body) is retried into the output."""
    result, items = crawl(faults.url + path, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert quotes_of(items) == FAULT_QUOTES
    assert stat(result, "retry/count") == retries
    assert failed_lines(result) == []
    assert "Traceback" not in result.stderr
    assert f"Crawl summary (finished): 1 pages ok, {retries} retried, 0 failed, 2 items scraped" in result.stderr


PERMANENT = [
    ("faults/status/503/9/", "http_503"),
    ("faults/status/404/9/", "http_404"),
    ("faults/stall/9/", "timeout"),
    ("faults/reset/9/", "data_loss"),
    ("faults/big/9/", "too_large"),
    ("faults/gzip-bomb/9/", "too_large_decompressed"),
    pytest.param(
        "faults/br-bomb/9/",
        "too_large_decompressed",
        marks=pytest.mark.skipif(brotli is None, reason="brotli is not installed"),
    ),
    ("faults/redirect-loop/a/", "redirect_loop"),
    ("faults/redirect-chain/1/", "too_many_redirects"),
    ("faults/robots-denied/", "forbidden_by_robots_txt"),
]


@pytest.mark.parametrize(("path", "reason"), PERMANENT)
def test_permanent_fault_is_reported_once(faults: FixtureServer, tmp_path: Path, path: str, reason: str) -> None:
    """A page that never comes is one warning with URL and reason, a count, a summary, and exit 1 (nothing crawled)."""
    result, items = crawl(faults.url + path, tmp_path)
    assert items == []
    lines = failed_lines(result)
    assert len(lines) == 1, result.stderr[-3000:]
    assert f"{faults.url}faults/" in lines[0]
    assert f">: {reason} (" in lines[0]
    assert stat(result, f"crawler/failed/{reason}") == 1
    assert "Crawl summary (finished): 0 pages ok" in result.stderr
    assert f"1 failed ({reason}: 1)" in result.stderr
    assert "Traceback" not in result.stderr
    assert "ERROR: Gave up retrying" not in result.stderr
    assert result.returncode == 1
    assert f"Crawl failed: no page could be downloaded ({reason}: 1)" in result.stderr


@pytest.mark.server_options(
    "--fault",
    "/author/Albert-Einstein/=stall",
    "--fault",
    "/author/Jane-Austen/=503",
    "--fault",
    "/author/J-K-Rowling/=gzip-bomb",
)
def test_permanent_failures_do_not_stop_the_crawl(
    fresh_server: FixtureServer, tmp_path: Path, quotes_truth: list[dict]
) -> None:
    """Three author pages that never come: the other 47 authors and all 100 quotes are written, exit 0."""
    result, items = crawl(fresh_server.url, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert sorted(item["text"] for item in items if "text" in item) == sorted(t["text"] for t in quotes_truth)
    authors = {item["name"] for item in items if "bio" in item}
    assert len(authors) == 47
    assert authors.isdisjoint({"Albert Einstein", "Jane Austen", "J.K. Rowling"})
    lines = failed_lines(result)
    assert len(lines) == 3
    assert any("/author/Albert-Einstein/>: timeout" in line for line in lines)
    assert any("/author/Jane-Austen/>: http_503" in line for line in lines)
    assert any("/author/J-K-Rowling/>: too_large_decompressed" in line for line in lines)
    assert "3 failed (http_503: 1, timeout: 1, too_large_decompressed: 1), 147 items scraped" in result.stderr


@pytest.mark.server_options("--fail-rate", "0.33", "--fail-times", "2", "--seed", "1")
def test_a_third_of_requests_failing_loses_nothing(
    fresh_server: FixtureServer, tmp_path: Path, quotes_truth: list[dict], authors_truth: list[dict]
) -> None:
    """With about a third of the paths failing twice (seeded), the crawl still yields 100 quotes and 50 authors."""
    result, items = crawl(fresh_server.url, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert sorted(item["text"] for item in items if "text" in item) == sorted(t["text"] for t in quotes_truth)
    assert sorted(item["name"] for item in items if "bio" in item) == sorted(t["name"] for t in authors_truth)
    with urllib.request.urlopen(fresh_server.url + "faults/log") as answer:  # noqa: S310 - our own server
        failures = json.load(answer)
    failing_paths = {entry["path"] for entry in failures}
    # Control: the faults really struck about a third of the ~110 paths (author links redirect to a second path),
    # each twice, with every kind of fault.
    assert 25 <= len(failing_paths) <= 45
    assert len(failures) == 2 * len(failing_paths)
    assert {entry["answer"] for entry in failures} == {"500", "502", "503", "reset", "short-body"}
    assert stat(result, "retry/count") >= len(failures)
    assert failed_lines(result) == []


@pytest.mark.parametrize(
    ("path", "asked", "cap"),
    [
        ("faults/retry-after/429/2/", 2.0, 5),
        ("faults/retry-after-date/503/2/", 2.0, 5),
        ("faults/retry-after/429/30/", 1.0, 1),
    ],
    ids=["seconds", "http-date", "capped"],
)
def test_retry_after_is_waited_out(faults: FixtureServer, tmp_path: Path, path: str, asked: float, cap: int) -> None:
    """The retry after a 429/503 with Retry-After comes no sooner than asked, and no later than RETRY_AFTER_MAX."""
    result, items = crawl(faults.url + path, tmp_path, "-s", f"RETRY_AFTER_MAX={cap}")
    assert result.returncode == 0, result.stderr[-3000:]
    assert quotes_of(items) == FAULT_QUOTES
    first, retry = server_log(faults, "/" + path)
    gap = retry["time"] - first["time"]
    assert first["answer"] in ("429", "503")
    assert asked <= gap <= cap + 0.5  # the half second is the crawler's own latency


def test_plain_503_backs_off_exponentially(faults: FixtureServer, tmp_path: Path) -> None:
    """Without Retry-After, the wait before each retry of a 503 doubles: within [b/2, b], then within [b, 2b]."""
    path, base = "faults/status/503/2/backoff/", 0.8
    result, items = crawl(faults.url + path, tmp_path, "-s", f"RETRY_BACKOFF_BASE={base}")
    assert result.returncode == 0, result.stderr[-3000:]
    assert quotes_of(items) == FAULT_QUOTES
    log = server_log(faults, "/" + path)
    assert [entry["answer"] for entry in log] == ["503", "503", "200"]
    # The server's clock: each gap is the crawler's wait plus its own latency (well under 0.3 s here).
    first, second = log[1]["time"] - log[0]["time"], log[2]["time"] - log[1]["time"]
    assert base / 2 <= first <= base + 0.3, (first, second)
    assert base <= second <= 2 * base + 0.3, (first, second)


@pytest.mark.parametrize(
    ("path", "expected", "dropped"),
    [
        ("faults/html/unclosed/", FAULT_QUOTES, ""),
        ("faults/html/truncated/", FAULT_QUOTES, "1 dropped (Quote/missing_author: 1)"),
        ("faults/html/missing-author/", FAULT_QUOTES, "1 dropped (Quote/missing_author: 1)"),
    ],
)
def test_broken_html(faults: FixtureServer, tmp_path: Path, path: str, expected: list, dropped: str) -> None:
    """Unclosed tags parse; a cut-off page or an authorless quote drops that quote with its reason, not the others."""
    result, items = crawl(faults.url + path, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert quotes_of(items) == expected
    if dropped:
        assert dropped in result.stderr
        assert f"Dropped: Quote without author (from {faults.url}{path})" in result.stderr
    else:
        assert "0 dropped" in result.stderr


def test_repeated_quote_is_written_once(faults: FixtureServer, tmp_path: Path) -> None:
    """A page showing one quote twice: the quote is written once, the repeat counted as a duplicate drop."""
    path = "faults/html/repeated-quote/"
    with urllib.request.urlopen(faults.url + path) as answer:  # noqa: S310 - our own 127.0.0.1 server
        on_page = QuoteListPage(answer.read().decode(), faults.url + path).quotes()
    assert [quote.text for quote in on_page] == [text for text, _, _ in [*FAULT_QUOTES, FAULT_QUOTES[0]]]  # control
    result, items = crawl(faults.url + path, tmp_path)
    assert_clean(result)
    assert quotes_of(items) == FAULT_QUOTES
    assert stat(result, "crawler/dropped/Quote/duplicate") == 1
    assert "1 dropped (Quote/duplicate: 1)" in result.stderr


@pytest.mark.parametrize("where", ["header", "meta", "none"])
@pytest.mark.parametrize("encoding", ["euc-kr", "cp949"])
def test_korean_pages_decode(faults: FixtureServer, tmp_path: Path, encoding: str, where: str) -> None:
    """EUC-KR and cp949 pages, charset in the header, in a <meta> or nowhere, come out as Korean UTF-8 text."""
    result, items = crawl(f"{faults.url}faults/korean/{encoding}/{where}/", tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    expected = [*KOREAN_QUOTES, CP949_ONLY_QUOTE] if encoding == "cp949" else KOREAN_QUOTES
    assert quotes_of(items) == expected
    raw = (tmp_path / "items.jsonl").read_bytes()
    assert "천 리 길도 한 걸음부터".encode() in raw


@pytest.mark.parametrize(
    ("path", "ignored", "returncode"),
    [
        ("faults/status/503/1/", None, 0),
        ("faults/status/500/1/", "", 1),
    ],
    ids=["project-setting", "control-caching-errors"],
)
def test_http_cache_never_keeps_errors(
    faults: FixtureServer, tmp_path: Path, path: str, ignored: str | None, returncode: int
) -> None:
    """With the HTTP cache on, a 5xx is not stored, so its retry reaches the server; stored, it would replay."""
    options = ["-s", "HTTPCACHE_ENABLED=True", "-s", f"HTTPCACHE_DIR={tmp_path / 'cache'}"]
    if ignored is not None:
        options += ["-s", f"HTTPCACHE_IGNORE_HTTP_CODES={ignored}"]
    result, items = crawl(faults.url + path, tmp_path, *options)
    assert result.returncode == returncode, result.stderr[-3000:]
    assert quotes_of(items) == (FAULT_QUOTES if returncode == 0 else [])
    stored = [pickle.loads(meta.read_bytes()) for meta in (tmp_path / "cache").rglob("pickled_meta")]  # noqa: S301
    statuses = {meta["status"] for meta in stored}
    # robots.txt (200) is cached in both runs; the page's error only when 5xx answers are not ignored.
    assert statuses == ({200} if returncode == 0 else {200, 500})


def test_item_limit_is_a_success(faults: FixtureServer, server: FixtureServer, tmp_path: Path) -> None:
    """A crawl stopped by a limit the user set (CLOSESPIDER_ITEMCOUNT) did its job: exit 0."""
    result, items = crawl(server.url, tmp_path, "-s", "CLOSESPIDER_ITEMCOUNT=5")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Crawl summary (closespider_itemcount)" in result.stderr
    assert len(items) >= 5
