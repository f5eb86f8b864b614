"""No item lost behind a success: every scraped item is written, or the crawl stops, counts it and exits 1.

Also: a run that failed never marks its JOBDIR finished, a new item type gets a file of its own, and a CSV
output of several item types becomes one file per type.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from typing import TYPE_CHECKING

import pytest

from tests.conftest import assert_clean, proc, read_jsonl, scrapy

if TYPE_CHECKING:
    from pathlib import Path

    from tests.conftest import FixtureServer, Result

STORAGES = json.dumps(
    {"filling": "tests.failing_storage.FillingDisk", "unopenable": "tests.failing_storage.Unopenable"}
)
FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", f"FEED_STORAGES={STORAGES}"]


def summary_counts(stderr: str) -> tuple[int, int]:
    """Items scraped and items not written, from the crawl's summary line."""
    found = re.search(r"Crawl summary \([^)]*\): .*?, (\d+) items scraped(?: \((\d+) not written\))?", stderr)
    assert found, stderr[-2000:]
    return int(found.group(1)), int(found.group(2) or 0)


def assert_loss_reported(result: Result) -> int:
    """Exit 1, one ERROR line at the first loss, the count in the summary and the last line; no traceback."""
    assert result.returncode == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert "Error caught on signal handler" not in result.stderr
    assert len([line for line in result.stderr.splitlines() if "[crawler.feeds] ERROR: Output:" in line]) == 1
    scraped, unwritten = summary_counts(result.stderr)
    assert unwritten > 0
    assert f"Crawl failed: {unwritten} scraped item(s) were not written to the output" in result.stderr
    return scraped - unwritten


def test_a_disk_that_fills_mid_crawl(server: FixtureServer, tmp_path: Path) -> None:
    """Room for a few items, then ENOSPC: every item is either whole in the file or counted as not written."""
    out = tmp_path / "quotes.jsonl"
    feeds = json.dumps({f"filling://{out}": {"format": "jsonlines", "room": 3000}})
    result = scrapy("crawl", "quotes", "-a", f"base_url={server.url}", *FAST, "-s", f"FEEDS={feeds}")
    written = assert_loss_reported(result)
    lines = out.read_bytes().splitlines(keepends=True)
    assert 0 < written == len(lines)
    assert all(line.endswith(b"\n") for line in lines)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/dev/full is Linux's")
def test_a_full_device(server: FixtureServer) -> None:
    """/dev/full takes no byte: nothing is written, the crawl stops at the first item and exits 1."""
    result = proc("-m", "crawler", "quotes", "-a", f"base_url={server.url}", *FAST, "-O", "/dev/full:jsonlines")
    assert assert_loss_reported(result) == 0


def test_an_output_that_cannot_be_opened(server: FixtureServer, tmp_path: Path) -> None:
    """An output that passes the up-front checks but cannot be opened when the first item comes."""
    feeds = json.dumps({f"unopenable://{tmp_path / 'q.jsonl'}": {"format": "jsonlines"}})
    result = scrapy("crawl", "quotes", "-a", f"base_url={server.url}", *FAST, "-s", f"FEEDS={feeds}")
    assert assert_loss_reported(result) == 0
    assert "Permission denied" in result.stderr


def test_an_item_type_no_output_takes(server: FixtureServer, tmp_path: Path) -> None:
    """FEEDS that take authors only: the first quote, which no output accepts, stops the crawl as failed."""
    feeds = json.dumps({str(tmp_path / "a.jsonl"): {"format": "jsonlines", "item_classes": ["crawler.items.Author"]}})
    result = scrapy("crawl", "quotes", "-a", f"base_url={server.url}", *FAST, "-s", f"FEEDS={feeds}")
    assert_loss_reported(result)
    assert "no output accepts Quote items" in result.stderr


def test_control_stock_feed_exporter_hides_the_loss(server: FixtureServer, tmp_path: Path) -> None:
    """Control: with Scrapy's own feed exporter back in place, the same full disk exits 0 (what the project fixes)."""
    out = tmp_path / "quotes.jsonl"
    feeds = json.dumps({f"filling://{out}": {"format": "jsonlines", "room": 3000}})
    extensions = json.dumps(
        {"crawler.feeds.AccountedFeedExporter": None, "scrapy.extensions.feedexport.FeedExporter": 0}
    )
    result = scrapy(
        "crawl",
        "quotes",
        "-a",
        f"base_url={server.url}",
        *FAST,
        "-s",
        f"FEEDS={feeds}",
        "-s",
        f"EXTENSIONS={extensions}",
    )
    assert result.returncode == 0
    assert "Error caught on signal handler" in result.stderr


def test_a_failed_run_leaves_its_job_to_be_run_again(
    server: FixtureServer, unreachable_url: str, tmp_path: Path
) -> None:
    """A JOBDIR run that exits 1 (the site down) is not a finished job: the same command later crawls it whole."""
    out, job = tmp_path / "quotes.jsonl", tmp_path / "job"
    command = ["crawl", "quotes", "-o", out, "-s", f"JOBDIR={job}", "-s", "AUTOTHROTTLE_ENABLED=False"]
    down = scrapy(*command, "-a", f"base_url={unreachable_url}", timeout=60)
    assert down.returncode == 1
    again = scrapy(*command, "-a", f"base_url={server.url}")
    assert "holds a job that finished" not in again.stderr
    assert again.returncode == 0, again.stderr[-2000:]
    assert len(read_jsonl(out)) == 150
    done = scrapy(*command, "-a", f"base_url={server.url}")
    assert done.returncode == 0
    assert "holds a job that finished; nothing to do" in done.stderr


def test_a_new_item_type_gets_its_own_file(server: FixtureServer, tmp_path: Path) -> None:
    """A spider yielding an item class declared outside crawler.items: written to its own default file."""
    result = scrapy(
        "crawl",
        "sayings",
        "-a",
        f"base_url={server.url}",
        "-s",
        "SPIDER_MODULES=crawler.spiders,tests.extra_spiders",
        "-s",
        f"FEED_PER_ITEM_TYPE={tmp_path}/%(name)s/{{item_type}}.jsonl",
        "-s",
        "ROBOTSTXT_OBEY=False",
    )
    assert_clean(result)
    sayings = read_jsonl(tmp_path / "sayings" / "sayings.jsonl")
    assert len(sayings) == 10
    assert set(sayings[0]) == {"words", "said_by"}


def test_csv_of_two_item_types_is_one_file_per_type(server: FixtureServer, tmp_path: Path) -> None:
    """`-O x.csv` of quotes and authors: x.quotes.csv and x.authors.csv, each with its own full columns."""
    result = scrapy("crawl", "quotes", "-a", f"base_url={server.url}", "-O", tmp_path / "x.csv", *FAST)
    assert_clean(result)
    written = f"{tmp_path / 'x.csv'} is written as {tmp_path / 'x.quotes.csv'}, {tmp_path / 'x.authors.csv'}"
    assert f"INFO: CSV holds one item type per file: {written}" in result.stderr
    assert not (tmp_path / "x.csv").exists()
    with (tmp_path / "x.quotes.csv").open(encoding="utf-8", newline="") as quotes:
        rows = list(csv.DictReader(quotes))
    assert len(rows) == 100
    assert list(rows[0]) == ["text", "author", "tags", "author_url", "url", "goodreads_url"]
    with (tmp_path / "x.authors.csv").open(encoding="utf-8", newline="") as authors:
        rows = list(csv.DictReader(authors))
    assert len(rows) == 50
    assert all(row["birth_date"] for row in rows)
    single = scrapy("crawl", "quotes_scroll", "-a", f"base_url={server.url}", "-O", tmp_path / "s.csv", *FAST)
    assert_clean(single)
    assert len((tmp_path / "s.csv").read_text(encoding="utf-8").splitlines()) > 100
