"""Pages that arrive but mislead: not the page asked for, a lying charset, off the site, too big, too many links."""

from __future__ import annotations

import http.server
import os
import pickle
import re
import signal
import subprocess
import sys
import threading
import time
from typing import TYPE_CHECKING

import pytest

from crawler.middlewares.charsets import is_utf8_declared_otherwise
from crawler.middlewares.offsite import on_site
from crawler.parsers.books_toscrape_com import BookListPage, BookPage
from crawler.parsers.pages import UnexpectedPage
from crawler.parsers.quotes_toscrape_com import AuthorPage, QuoteListPage
from tests.conftest import SCRAPY, WARNINGS_ENV, FixtureServer, assert_clean, read_jsonl, scrapy
from tests.fixtureserver.faults import FAULT_QUOTES, many_links_page, nested_quotes_page

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from tests.conftest import Result

FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_TIMEOUT=2", "-s", "RETRY_BACKOFF_BASE=0.1"]
BUSY = "<!DOCTYPE html><html><head><title>Busy</title></head><body><h1>Server busy</h1></body></html>"


def crawl(spider: str, base_url: str, tmp_path: Path, *options: str) -> tuple[Result, list[dict]]:
    out = tmp_path / "items.jsonl"
    result = scrapy("crawl", spider, "-a", f"base_url={base_url}", "-O", out, *FAST, *options)
    return result, read_jsonl(out) if out.exists() else []


def stat(result: Result, name: str) -> int:
    found = re.search(rf"'{re.escape(name)}': (\d+)", result.stderr)
    return int(found[1]) if found else 0


def last_line(result: Result) -> str:
    return result.stderr.strip().splitlines()[-1]


# --- Not the page its parser expects ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "read",
    [
        lambda html: QuoteListPage(html, "http://127.0.0.1/page/3/"),
        lambda html: AuthorPage(html, "http://127.0.0.1/author/x/"),
        lambda html: BookListPage(html, "http://127.0.0.1/catalogue/page-2.html"),
        lambda html: BookPage(html, "http://127.0.0.1/catalogue/x/index.html"),
    ],
    ids=["quote-listing", "author", "book-listing", "product"],
)
def test_a_busy_page_is_unexpected_not_empty(read: object) -> None:
    with pytest.raises(UnexpectedPage, match="is not the page its parser expects"):
        read(BUSY)  # type: ignore[operator]


def test_a_genuinely_empty_listing_is_taken() -> None:
    """A tag past its last page shows "No quotes found!": no quotes, and no error."""
    page = QuoteListPage('<div class="col-md-8">No quotes found!</div>', "http://127.0.0.1/tag/none/")
    assert page.quotes() == []
    assert page.next_page_url() is None


def test_unexpected_page_survives_a_worker_process() -> None:
    """Detail pages are parsed in worker processes: the exception must pickle with its message."""
    error = UnexpectedPage("http://127.0.0.1/x/", "div.product_main")
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
    assert (type(copy), str(copy), copy.url) == (UnexpectedPage, str(error), error.url)


@pytest.mark.server_options("--fault", "/page/3/=busy:1")
def test_a_busy_listing_page_is_retried(fresh_server: FixtureServer, tmp_path: Path) -> None:
    """Page 3 answers "busy" once: its retry reads it, and the crawl has every quote and author."""
    result, items = crawl("quotes", fresh_server.url, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert_clean(result)
    assert (sum("text" in item for item in items), sum("bio" in item for item in items)) == (100, 50)
    assert stat(result, "retry/reason_count/unexpected_page") == 1


@pytest.mark.server_options("--fault", "/page/3/=busy")
def test_a_listing_page_that_stays_busy_fails_the_crawl(fresh_server: FixtureServer, tmp_path: Path) -> None:
    """Page 3 is always "busy": a failed page with its URL, the summary counts it, exit 1; pages 1-2 are kept."""
    result, items = crawl("quotes", fresh_server.url, tmp_path)
    assert result.returncode == 1, result.stderr[-3000:]
    failed = [line for line in result.stderr.splitlines() if "WARNING: Failed <GET" in line]
    assert len(failed) == 1
    assert f"Failed <GET {fresh_server.url}page/3/>: unexpected_page" in failed[0]
    assert "1 failed (unexpected_page: 1)" in result.stderr
    assert "1 page(s) came but could not be read (unexpected_page: 1)" in last_line(result)
    assert sum("text" in item for item in items) == 20  # pages 1 and 2; the pager stopped at the busy page
    assert stat(result, "retry/reason_count/unexpected_page") == 2


@pytest.mark.server_options("--fault", "/author/Albert-Einstein/=busy")
def test_a_busy_detail_page_fails_only_itself(fresh_server: FixtureServer, tmp_path: Path) -> None:
    result, items = crawl("quotes", fresh_server.url, tmp_path)
    assert result.returncode == 1, result.stderr[-3000:]
    authors = {item["name"] for item in items if "bio" in item}
    assert len(authors) == 49
    assert "Albert Einstein" not in authors
    assert sum("text" in item for item in items) == 100


# --- Lying charsets ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("declared", "where"),
    [("iso-8859-1", "header"), ("utf-16", "header"), ("cp500", "header"), ("utf-16", "meta")],
)
def test_utf8_declared_otherwise_is_read_as_utf8(
    server: FixtureServer, tmp_path: Path, declared: str, where: str
) -> None:
    result, items = crawl("quotes", f"{server.url}faults/charset/{declared}/{where}/", tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert [(item["text"], item["author"], item["tags"]) for item in items] == FAULT_QUOTES
    warnings = [line for line in result.stderr.splitlines() if "[crawler.middlewares.charsets] WARNING" in line]
    assert len(warnings) == 1
    # Scrapy reads iso-8859-1 as its superset cp1252, as browsers do.
    assert f"declares its pages {'cp1252' if declared == 'iso-8859-1' else declared}" in warnings[0]


@pytest.mark.parametrize(
    ("body", "declared", "utf8"),
    [
        ("“quoted”".encode(), "iso-8859-1", True),
        (b"<p>plain ASCII</p>", "iso-8859-1", False),  # reads the same either way
        (b"<p>plain ASCII</p>", "cp500", True),  # no "<" survives
        ("<p>café</p>".encode("cp1252"), "cp1252", False),  # not UTF-8: the declaration is right
        ("<p>천 리 길</p>".encode("euc-kr"), "euc-kr", False),
        ("<p>“x”</p>".encode(), "utf-8", False),
        ("\ufeff<p>x</p>".encode("utf-16"), "utf-16", False),  # a BOM is always right
    ],
)
def test_which_declarations_are_implausible(body: bytes, declared: str, utf8: bool) -> None:
    assert is_utf8_declared_otherwise(body, declared) is utf8


# --- Off the site -----------------------------------------------------------------------------------------------


class Elsewhere(http.server.ThreadingHTTPServer):
    """Another server on 127.0.0.1 that counts what reaches it: no crawl of the site may."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, bytes]] = []
        seen = self.requests

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                seen.append((self.command, self.path, self.rfile.read(length)))
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write(b'<div class="quote"><span class="text">offsite</span></div>')

            do_GET = do_POST = _answer

            def log_message(self, *args: object) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def port(self) -> int:
        return self.server_address[1]


@pytest.fixture
def elsewhere() -> Iterator[Elsewhere]:
    running = Elsewhere()
    yield running
    running.shutdown()
    running.server_close()


def test_a_redirect_off_the_site_is_not_followed(server: FixtureServer, elsewhere: Elsewhere, tmp_path: Path) -> None:
    result, items = crawl("quotes", f"{server.url}faults/offsite/redirect/{elsewhere.port}/", tmp_path)
    assert elsewhere.requests == []
    assert items == []
    assert stat(result, "crawler/skipped/offsite") == 1
    assert f"Refused a request off the site of {server.url}" in result.stderr


def test_a_next_link_off_the_site_is_not_followed(server: FixtureServer, elsewhere: Elsewhere, tmp_path: Path) -> None:
    result, items = crawl("quotes", f"{server.url}faults/offsite/next/{elsewhere.port}/", tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert elsewhere.requests == []
    assert [item["text"] for item in items] == [text for text, _, _ in FAULT_QUOTES]
    assert stat(result, "crawler/skipped/offsite") == 1


def test_control_without_the_origin_check_the_redirect_is_followed(
    server: FixtureServer, elsewhere: Elsewhere, tmp_path: Path
) -> None:
    """The check above shows what it claims: with crawler.middlewares.offsite off, the other server is reached."""
    off = '{"crawler.middlewares.offsite.SameOrigin": null}'
    crawl(
        "quotes",
        f"{server.url}faults/offsite/redirect/{elsewhere.port}/",
        tmp_path,
        "-s",
        f"DOWNLOADER_MIDDLEWARES={off}",
    )
    assert [path for _, path, _ in elsewhere.requests if path != "/robots.txt"] == ["/faults/offsite/landed/"]


def test_login_credentials_never_leave_the_site(server: FixtureServer, elsewhere: Elsewhere, tmp_path: Path) -> None:
    """A login form whose action names another port: the crawl fails in one line and posts nothing anywhere."""
    base = f"{server.url}faults/offsite/login/{elsewhere.port}/"
    result, items = crawl("quotes_login", base, tmp_path, "-a", "username=me", "-a", "password=s3cret-value")
    assert result.returncode == 1, result.stderr[-3000:]
    assert elsewhere.requests == []
    assert "off the site: credentials not sent" in last_line(result)
    assert "s3cret-value" not in result.stderr
    assert items == []


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("http://127.0.0.1:8000/page/2/", True),
        ("http://127.0.0.1:8001/page/2/", False),
        ("http://127.0.0.2:8000/", False),
        ("https://quotes.toscrape.com/", True),  # the base below is http on port 80: https on 443 is the same site
        ("http://www.quotes.toscrape.com/", True),
        ("https://quotes.toscrape.com:8443/", False),
        ("https://evil.example/quotes.toscrape.com/", False),
    ],
)
def test_which_urls_are_on_the_site(url: str, kept: bool) -> None:
    base = "http://quotes.toscrape.com/" if "toscrape" in url or "evil" in url else "http://127.0.0.1:8000/"
    assert on_site(url, base) is kept


# --- Too big to parse, too many links, parsing that grows with the page --------------------------------------


def test_a_page_over_the_parse_limit_fails_unparsed(server: FixtureServer, tmp_path: Path) -> None:
    result, items = crawl(
        "quotes", f"{server.url}faults/nested-quotes/300000/", tmp_path, "-s", "PARSER_MAX_BYTES=100000"
    )
    assert result.returncode == 1, result.stderr[-3000:]
    assert "page_too_large" in result.stderr
    assert "over PARSER_MAX_BYTES=100000" in result.stderr
    assert stat(result, "crawler/failed/page_too_large") == 1
    assert items == []


def test_links_taken_from_one_page_are_bounded(server: FixtureServer, tmp_path: Path) -> None:
    """30 authors linked, 10 followed: the page counts as failed (its other authors are missing) and the crawl too."""
    result, items = crawl("quotes", f"{server.url}faults/many-links/30/", tmp_path, "-s", "MAX_LINKS_PER_PAGE=10")
    assert result.returncode == 1, result.stderr[-3000:]
    assert (sum("text" in item for item in items), sum("bio" in item for item in items)) == (30, 10)
    assert stat(result, "crawler/failed/too_many_links") == 1
    assert "more than MAX_LINKS_PER_PAGE=10" in result.stderr


def test_control_without_the_link_bound_every_author_is_fetched(server: FixtureServer, tmp_path: Path) -> None:
    result, items = crawl("quotes", f"{server.url}faults/many-links/30/", tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert sum("bio" in item for item in items) == 30


def _seconds(parse: object, html: str) -> float:
    """The best of three timings: the least disturbed by whatever else the machine runs."""
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        try:
            parse(html)  # type: ignore[operator]
        except UnexpectedPage:
            pass
        timings.append(time.perf_counter() - start)
    return min(timings)


@pytest.mark.parametrize(
    ("make", "parse"),
    [
        (nested_quotes_page, lambda html: QuoteListPage(html, "http://127.0.0.1/").author_urls()),
        (
            lambda size: "<strong>5</strong> results" + '<h3><a href="x">t</a>' * (size // 20),
            lambda html: BookListPage(html, "http://127.0.0.1/").book_urls(),
        ),
        (
            lambda size: '<ul class="breadcrumb">' + "<div " * (size // 5) + "</article>",
            lambda html: BookPage(html, "http://127.0.0.1/"),
        ),
        (lambda size: many_links_page(size // 200), lambda html: QuoteListPage(html, "http://127.0.0.1/").quotes()),
    ],
    ids=["nested-quotes", "unclosed-h3", "open-divs", "many-quotes"],
)
def test_parsing_cost_grows_linearly(make: object, parse: object) -> None:
    """Eight times the page, at most about eight times the work: a square would be 64 times.

    A complexity check, not a speed target: the pages are sized so that a quadratic parser takes seconds.
    """
    small, large = make(40_000), make(320_000)  # type: ignore[operator]
    ratio = _seconds(parse, large) / max(_seconds(parse, small), 1e-4)
    assert ratio < 24, f"{ratio:.1f} times slower for 8 times the page"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child is POSIX-only")
def test_ctrl_c_while_a_hostile_page_is_parsed(server: FixtureServer, tmp_path: Path) -> None:
    """A megabyte of nested quotes parsed in the crawl's thread: one Ctrl-C still stops the crawl within seconds.

    Before parsing was linear such a page held the thread for minutes, and two SIGINTs did nothing.
    """
    command = [SCRAPY, "crawl", "quotes", "-a", f"base_url={server.url}faults/nested-quotes/1000000/"]
    child = subprocess.Popen(  # noqa: S603 - our own command
        [*command, "-O", str(tmp_path / "items.jsonl"), *FAST],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **WARNINGS_ENV},
    )
    assert child.stderr is not None
    for line in child.stderr:
        if "Spider opened" in line:
            break
    time.sleep(0.3)  # the page is being fetched, then parsed
    child.send_signal(signal.SIGINT)
    try:
        _, rest = child.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        pytest.fail("one Ctrl-C did not stop the crawl within 20 s")
    assert child.returncode == 0, rest[-3000:]
    assert "Crawl summary (shutdown)" in rest


def _clock(result: Result, event: str) -> float:
    found = re.search(rf"^\S+ (\d\d):(\d\d):(\d\d) \[scrapy\.core\.engine\] INFO: {event}", result.stderr, re.MULTILINE)
    assert found, event
    hours, minutes, seconds = map(int, found.groups())
    return hours * 3600 + minutes * 60 + seconds


@pytest.mark.server_options("--delay", "0.5")
def test_closespider_timeout_is_honoured_on_a_page_of_many_links(fresh_server: FixtureServer, tmp_path: Path) -> None:
    """8,000 author links from one page on a slow server: CLOSESPIDER_TIMEOUT=3 ends the crawl within seconds."""
    options = ["-s", "CLOSESPIDER_TIMEOUT=3"]
    result, items = crawl("quotes", f"{fresh_server.url}faults/many-links/8000/", tmp_path, *options)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "'finish_reason': 'closespider_timeout'" in result.stderr
    # The timeout, then at most the requests in flight (DOWNLOAD_TIMEOUT=2 s) and the close.
    assert _clock(result, "Spider closed") - _clock(result, "Spider opened") <= 3 + 2 + 5
    assert sum("text" in item for item in items) == 8000
