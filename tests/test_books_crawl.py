"""`scrapy crawl books` end to end, through the real command line, against the 1,000-book replica."""

from __future__ import annotations

import csv
import json
import re
from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from crawler.parsers.books_toscrape_com import BookPage
from tests import books_replica
from tests.conftest import ROOT, FixtureServer, assert_clean, read_jsonl, scrapy
from tests.expected_text import collapse_whitespace

if TYPE_CHECKING:
    from pathlib import Path

    from tests.conftest import Result

# The project throttles itself for real sites; the local replica needs no such manners.
FAST = ("-s", "AUTOTHROTTLE_ENABLED=False")


@pytest.fixture(scope="module")
def truth() -> list[dict]:
    return list(books_replica.truth_rows(books_replica.catalogue()))


def site(server: FixtureServer) -> str:
    return server.url + "books/"


def stat(result: Result, name: str) -> int:
    """A count from the stats the crawl logs at its end; 0 when it never counted it."""
    found = re.search(rf"'{re.escape(name)}': (\d+)[,}}]", result.stderr)
    return int(found[1]) if found else 0


def expected(rows: list[dict], base: str) -> dict[str, dict]:
    """Ground truth by UPC, URLs made absolute under `base`, as `-O x.jsonl` writes it."""
    return {row["upc"]: {**row, "url": base + row["url"], "image_url": base + row["image_url"]} for row in rows}


@pytest.fixture(scope="module")
def full_crawl(server: FixtureServer, tmp_path_factory: pytest.TempPathFactory) -> tuple[Result, list[dict]]:
    """One whole crawl with every warning an error, shared by the tests below.

    Not in development mode (STRICT_ENV): asyncio's debug mode would make this crawl four times slower, and the
    quotes crawl tests run in it.
    """
    out = tmp_path_factory.mktemp("books") / "books.jsonl"
    result = scrapy("crawl", "books", "-a", f"base_url={site(server)}", "-O", out, *FAST)
    return result, read_jsonl(out)


def test_full_crawl_exits_cleanly(full_crawl: tuple[Result, list[dict]]) -> None:
    """Exit 0, no ERROR line, no traceback, no loop or transport warning at shutdown, finish reason "finished"."""
    result, _ = full_crawl
    assert_clean(result)
    assert "'finish_reason': 'finished'" in result.stderr


def test_full_crawl_equals_truth(
    full_crawl: tuple[Result, list[dict]], truth: list[dict], server: FixtureServer
) -> None:
    """Exactly the 1,000 books, each once, every field equal to the ground truth (prices as exact strings)."""
    _, items = full_crawl
    assert len(items) == 1000
    got = {item["upc"]: item for item in items}
    assert len(got) == 1000  # no duplicates
    want = expected(truth, site(server))
    assert set(got) == set(want)
    for upc, row in want.items():
        item = dict(got[upc])
        assert item.pop("images") == []  # cover downloads are off by default
        assert item == row, upc


def test_full_crawl_fetches_each_page_once(full_crawl: tuple[Result, list[dict]]) -> None:
    """50 listing pages (the home page is page 1) and 1,000 product pages, each once, plus the server's robots.txt."""
    result, _ = full_crawl
    assert "'downloader/response_status_count/200': 1051," in result.stderr
    assert "'robotstxt/response_status_count/200': 1," in result.stderr
    assert "response_status_count/404" not in result.stderr
    assert "'item_scraped_count': 1000," in result.stderr


def test_full_crawl_parses_product_pages_in_the_worker(full_crawl: tuple[Result, list[dict]]) -> None:
    """Each of the 1,000 product pages is parsed once through the pool: in the worker, but for the first few."""
    result, _ = full_crawl
    in_worker, in_thread = stat(result, "crawler/parsed_in_worker"), stat(result, "crawler/parsed_in_crawl_thread")
    assert in_worker + in_thread == 1000, (in_worker, in_thread)
    # The pool parses in the crawl's thread only until its worker has started, rather than wait (5 to 8 pages
    # on a 2-core machine); a crawl that never reaches the worker parses all 1,000 there.
    assert in_thread <= 100, (in_worker, in_thread)


def test_without_parser_processes_nothing_reaches_a_worker(server: FixtureServer, tmp_path: Path) -> None:
    """Control: with PARSER_PROCESSES=0 every product page is parsed in the crawl's thread, and the stats say so."""
    out = tmp_path / "books.jsonl"
    result = scrapy(
        "crawl", "books", "-a", f"base_url={site(server)}", "-a", "category=Travel", "-O", out, *FAST,
        "-s", "PARSER_PROCESSES=0",
    )  # fmt: skip
    assert_clean(result)
    assert len(read_jsonl(out)) == 11
    assert stat(result, "crawler/parsed_in_worker") == 0
    assert stat(result, "crawler/parsed_in_crawl_thread") == 11


@pytest.mark.parametrize(("category", "count"), [("Travel", 11), ("sequential ART", 75)])
def test_category_crawl(server: FixtureServer, tmp_path: Path, truth: list[dict], category: str, count: int) -> None:
    """`-a category=` (any letter case) returns exactly that category's books, across all its pages."""
    out = tmp_path / "books.jsonl"
    result = scrapy("crawl", "books", "-a", f"base_url={site(server)}", "-a", f"category={category}", "-O", out, *FAST)
    assert_clean(result)
    items = read_jsonl(out)
    name = next(row["category"] for row in truth if row["category"].casefold() == category.casefold())
    want = expected([row for row in truth if row["category"] == name], site(server))
    assert len(items) == len(want) == count
    assert {item["upc"]: {**item, "images": None} for item in items} == {
        upc: {**row, "images": None} for upc, row in want.items()
    }


def test_unknown_category_fails_with_the_valid_names(server: FixtureServer, tmp_path: Path) -> None:
    """An unknown category stops the crawl at the home page: exit 1, one error line naming all 50, no traceback."""
    out = tmp_path / "books.jsonl"
    result = scrapy("crawl", "books", "-a", f"base_url={site(server)}", "-a", "category=Narnia", "-O", out, *FAST)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if " ERROR: " in line]
    assert len(errors) == 1
    assert "-a category: no such category (got 'Narnia'); valid categories: Academic, Add a comment," in errors[0]
    assert errors[0].count(", ") == 49
    assert "'finish_reason': \"failed: -a category: no such category (got 'Narnia')" in result.stderr
    assert "'downloader/response_status_count/200': 2," in result.stderr  # robots.txt and the home page
    assert not out.exists() or read_jsonl(out) == []


def test_stock_close_reasons_still_exit_zero(server: FixtureServer, tmp_path: Path) -> None:
    """Control: a crawl that closes itself for an ordinary reason (CLOSESPIDER_ITEMCOUNT) still exits 0."""
    out = tmp_path / "books.jsonl"
    result = scrapy(
        "crawl", "books", "-a", f"base_url={site(server)}", "-a", "category=Travel", "-O", out, *FAST,
        "-s", "CLOSESPIDER_ITEMCOUNT=1", "-s", "CONCURRENT_REQUESTS=1",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "'finish_reason': 'closespider_itemcount'" in result.stderr


def test_decimals_export_as_exact_strings(server: FixtureServer, tmp_path: Path, truth: list[dict]) -> None:
    """JSON Lines and CSV write prices as "51.77"-style strings, trailing zeros kept, never floats."""
    feeds = {
        str(tmp_path / "b.jsonl"): {"format": "jsonlines"},
        str(tmp_path / "b.csv"): {"format": "csv"},
    }
    result = scrapy(
        "crawl", "books", "-a", f"base_url={site(server)}", "-a", "category=Poetry",
        "-s", f"FEEDS={json.dumps(feeds)}", *FAST,
    )  # fmt: skip
    assert_clean(result)
    raw = (tmp_path / "b.jsonl").read_text(encoding="utf-8")
    assert '"price_excl_tax": "51.77"' in raw
    assert '"tax": "0.00"' in raw
    with (tmp_path / "b.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    poetry = {row["upc"]: row for row in truth if row["category"] == "Poetry"}
    assert len(rows) == len(poetry) == 19
    for row in rows:
        for name in ("price", "price_excl_tax", "price_incl_tax", "tax"):
            assert row[name] == poetry[row["upc"]][name]


def test_project_feeds_write_books_file(server: FixtureServer, tmp_path: Path) -> None:
    """Without -o/-O the project's FEEDS write the books to output/books/books.jsonl."""
    (tmp_path / "scrapy.cfg").write_text("[settings]\ndefault = crawler.settings\n")
    result = scrapy(
        "crawl", "books", "-a", f"base_url={site(server)}", "-a", "category=Travel", *FAST,
        cwd=tmp_path, env={"PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert_clean(result)
    assert len(read_jsonl(tmp_path / "output" / "books" / "books.jsonl")) == 11
    assert not (tmp_path / "output" / "books" / "quotes.jsonl").exists()


def test_cover_images_stored_once_each(server: FixtureServer, tmp_path: Path) -> None:
    """With IMAGES_STORE set, each of the 1,000 covers is downloaded once and its stored path recorded on its book."""
    out, store = tmp_path / "books.jsonl", tmp_path / "covers"
    result = scrapy(
        "crawl", "books", "-a", f"base_url={site(server)}", "-O", out, "-s", f"IMAGES_STORE={store}", *FAST, timeout=240
    )  # fmt: skip
    assert_clean(result)
    items = read_jsonl(out)
    assert len(items) == 1000
    paths = set()
    for item in items:
        (image,) = item["images"]
        assert image["url"] == item["image_url"]
        assert image["status"] == "downloaded"
        assert (store / image["path"]).is_file()
        paths.add(image["path"])
    assert len(paths) == 1000
    assert len(list((store / "full").iterdir())) == 1000
    assert "'file_status_count/downloaded': 1000," in result.stderr
    # 1,050 pages + 1,000 covers, no repeat, + the server's robots.txt
    assert "'downloader/response_status_count/200': 2051," in result.stderr


# Runs of spaces, tabs and newlines at the ends and inside; a non-breaking space, which is text.
MESSY_TITLE = "  A \t Light\n\n  in\u00a0the   Attic \n"
MESSY_DESCRIPTION = "\n   It's hard  to imagine\ta world\r\n without\n\n\nA Light in the Attic.   "


def test_messy_whitespace_is_collapsed(tmp_path: Path) -> None:
    """A book whose title and description are full of whitespace runs comes out with them collapsed and trimmed."""
    book = replace(books_replica.load_books()[0], title=MESSY_TITLE, description=MESSY_DESCRIPTION)
    site = tmp_path / "site"
    for path, content in books_replica.site_files([book]):
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_bytes(content)
    # Control: the page's parser leaves the runs in; collapsing them is the pipeline's work.
    parsed = BookPage((site / book.path).read_text(encoding="utf-8"), "http://127.0.0.1/").book()
    assert "\t" in parsed.title
    assert "  " in parsed.description
    out = tmp_path / "books.jsonl"
    own = FixtureServer("--books-site", str(site))
    try:
        result = scrapy("crawl", "books", "-a", f"base_url={own.url}books/", "-O", out, *FAST)
    finally:
        own.stop()
    assert_clean(result)
    (item,) = read_jsonl(out)
    assert item["title"] == "A Light in\u00a0the Attic" == collapse_whitespace(MESSY_TITLE)
    assert item["description"] == collapse_whitespace(MESSY_DESCRIPTION)
    assert item["description"] == "It's hard to imagine a world without A Light in the Attic."
