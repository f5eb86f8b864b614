"""The live progress line: drawn on a terminal's stderr up to the crawl's real totals, and never elsewhere."""

from __future__ import annotations

import os
import re
import select
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import pytest

from crawler.parsers.books_toscrape_com import BookListPage
from tests.conftest import ROOT, SCRAPY, SHUTDOWN_NOISE, assert_clean, scrapy

if TYPE_CHECKING:
    from pathlib import Path

    from tests.conftest import FixtureServer

POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX-only")
# tqdm's line with a known total: " 45%|████      | 68/152 [00:01<00:01, 50.00 items/s, pages=75, failed=0]".
WITH_TOTAL = re.compile(r"(\d+)%\|[^|]*\| (\d+)/(\d+) \[[^\]]*, pages=(\d+), failed=(\d+)\]")
# ...and without one: "150 items [00:02, 61.20 items/s, pages=111, failed=0]".
WITHOUT_TOTAL = re.compile(r"(\d+) items \[[^\]]*, pages=(\d+), failed=(\d+)\]")
# The Default category: 152 books on 8 listing pages; the delay makes the crawl last the line's first second.
CATEGORY = ("-a", "category=Default", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0.02")


def on_a_terminal(*args: str, timeout: float = 120) -> tuple[int, str]:
    """`scrapy <args>` with its stderr on a pseudo-terminal 150 columns wide; its exit status and what it drew."""
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 150, 0, 0))
    child = subprocess.Popen(
        [SCRAPY, *args],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
        env={**os.environ, "PYTHONWARNINGS": "error", "PYTHONIOENCODING": "utf-8"},
    )
    os.close(slave)
    screen = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 1)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: every writer of the terminal has closed it
                break
            if not chunk:
                break
            screen += chunk
        else:
            child.kill()
            pytest.fail(f"{args} did not finish in {timeout}s")
        return child.wait(timeout=30), screen.decode("utf-8")
    finally:
        os.close(master)


def stat(log: str, name: str) -> int:
    found = re.search(rf"'{re.escape(name)}': (\d+),", log)
    assert found, name
    return int(found[1])


@POSIX_ONLY
def test_line_ends_at_the_real_totals(server: FixtureServer, tmp_path: Path) -> None:
    """books, which knows its total from the listing's "N results": percentage, then 100% with the stats' counts."""
    returncode, screen = on_a_terminal(
        "crawl", "books", "-a", f"base_url={server.url}books/", *CATEGORY, "-O", f"{tmp_path}/books.jsonl"
    )
    assert returncode == 0, screen[-3000:]
    assert "Traceback" not in screen
    assert not [noise for noise in SHUTDOWN_NOISE if noise in screen]
    drawings = WITH_TOTAL.findall(screen)
    assert len(drawings) >= 2, screen[-3000:]  # redrawn while the crawl went on
    percent, done, total, pages, failed = map(int, drawings[-1])
    assert (percent, done, total, failed) == (100, 152, 152, 0)
    assert done == stat(screen, "item_scraped_count")
    assert pages == stat(screen, "response_received_count")
    assert int(drawings[0][1]) < done  # the first drawing came before the end
    # The last drawing is left on its own line, before the summary and the stats.
    assert screen.index(drawings[-1][0] + "%|") < screen.index("Crawl summary (finished)")


@POSIX_ONLY
def test_line_without_a_known_total(server: FixtureServer, tmp_path: Path) -> None:
    """quotes sets no total: the line counts items, pages and failures, and ends at the stats' counts."""
    returncode, screen = on_a_terminal(
        "crawl", "quotes", "-a", f"base_url={server.url}", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "DOWNLOAD_DELAY=0.02", "-O", f"{tmp_path}/quotes.jsonl",
    )  # fmt: skip
    assert returncode == 0, screen[-3000:]
    drawings = WITHOUT_TOTAL.findall(screen)
    assert drawings, screen[-3000:]
    items, pages, failed = map(int, drawings[-1])
    assert (items, pages, failed) == (150, stat(screen, "response_received_count"), 0)
    assert "%|" not in screen


@POSIX_ONLY
@pytest.mark.parametrize(
    "switch", [("-s", "PROGRESS=False"), ("-a", "_job=0123abcd")], ids=["PROGRESS=False", "scrapyd-job"]
)
def test_switched_off_on_a_terminal(server: FixtureServer, tmp_path: Path, switch: tuple[str, str]) -> None:
    """On a terminal too, no line with `-s PROGRESS=False` or in a Scrapyd job (`-a _job=...`)."""
    returncode, screen = on_a_terminal(
        "crawl", "books", "-a", f"base_url={server.url}books/", *CATEGORY, *switch, "-O", f"{tmp_path}/books.jsonl"
    )
    assert returncode == 0, screen[-3000:]
    assert stat(screen, "item_scraped_count") == 152
    assert not WITH_TOTAL.search(screen)
    assert "pages=" not in screen


def test_no_line_without_a_terminal(server: FixtureServer, tmp_path: Path) -> None:
    """stderr piped (a file, CI, Scrapyd): the log alone, no line redrawn with carriage returns."""
    result = scrapy(
        "crawl", "books", "-a", f"base_url={server.url}books/", *CATEGORY, "-O", f"{tmp_path}/books.jsonl",
        env={"PYTHONWARNINGS": "error"},
    )  # fmt: skip
    assert_clean(result)
    assert "'item_scraped_count': 152" in result.stderr
    assert "pages=" not in result.stderr
    assert "\r" not in result.stderr


@pytest.mark.parametrize(
    ("page", "count"), [("/books/", 1000), ("/books/catalogue/category/books/travel_2/index.html", 11)]
)
def test_listing_result_count(server: FixtureServer, page: str, count: int) -> None:
    """The listing's "N results", the whole catalogue's or a category's, is the total the progress line shows."""
    from urllib.request import urlopen

    with urlopen(server.url + page.lstrip("/")) as answer:
        html = answer.read().decode("utf-8")
    assert BookListPage(html, server.url + page.lstrip("/")).result_count() == count
