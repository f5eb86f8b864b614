"""`-a shard=I/N`: the value's rules, and that the shards of each spider partition its work exactly."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import pytest
from itemadapter import ItemAdapter

from crawler.items import Author, Book, Quote
from crawler.sharding import Shard
from crawler.spiders.books import BooksSpider
from crawler.spiders.quotes import QuotesSpider
from crawler.spiders.quotes_js import QuotesJsSpider
from crawler.spiders.quotes_login import QuotesLoginSpider
from crawler.spiders.quotes_scroll import QuotesScrollSpider
from crawler.spiders.quotes_tableful import QuotesTablefulSpider
from crawler.spiders.quotes_viewstate import QuotesViewstateSpider
from tests import books_replica
from tests.callback_crawl import Visit, crawl, live, recorded
from tests.conftest import DATA, read_jsonl, scrapy
from tests.fixtureserver.app import Reply
from tests.fixtureserver.replay import load_warc

if TYPE_CHECKING:
    from collections.abc import Callable

    from scrapy import Request, Spider

    from tests.conftest import FixtureServer

QUOTE_PAGES = recorded(load_warc(DATA / "quotes.toscrape.com" / "recorded.warc.gz"))
SHARD_COUNTS = range(1, 9)


def key(item: object) -> tuple:
    adapter = ItemAdapter(item)
    return (type(item).__name__, *(adapter[name] for name in item.key_fields))  # type: ignore[attr-defined]


def assert_partition(visits: list[Visit], navigation: set[str], whole: Visit) -> None:
    """Items once each across shards and equal to the whole crawl's; pages past navigation fetched by one shard."""
    keys = Counter(key(item) for visit in visits for item in visit.items)
    assert set(keys) == {key(item) for item in whole.items}
    assert [k for k, times in keys.items() if times > 1] == []
    for visit in visits:
        for callback in navigation:
            assert visit.fetched[callback] == whole.fetched[callback]
    for callback in set(whole.fetched) - navigation:
        fetched = Counter(url for visit in visits for url in visit.fetched[callback])
        assert set(fetched) == whole.fetched[callback]
        assert max(fetched.values()) == 1, f"{callback} pages fetched by two shards"


def assert_shards_partition(
    make: Callable[..., Spider], fetch: Callable[[Request], Reply | None], navigation: set[str], want: Counter
) -> None:
    """The whole crawl yields `want` items by type; for N = 1..8 its N shards partition items and fetches."""
    whole = crawl(make(), fetch)
    assert Counter(type(item) for item in whole.items) == want
    for count in SHARD_COUNTS:
        visits = [crawl(make(shard=f"{index}/{count}"), fetch) for index in range(count)]
        assert_partition(visits, navigation, whole)
        if count > 1:
            # No shard does all of the work (with 10 listing pages, a shard of 8 may own none of them).
            assert all(len(visit.items) < len(whole.items) for visit in visits)


@pytest.mark.parametrize("text", ["0/1", "2/3", " 1 / 8 "])
def test_shard_parses(text: str) -> None:
    """Whole numbers I/N with 0 <= I < N are shards."""
    index, count = (int(part) for part in text.split("/"))
    assert Shard.parse(text) == Shard(index, count)


@pytest.mark.parametrize("text", ["3/2", "x/4", "0/0", "2/2", "-1/3", "1/3/5", "1.0/3", ""])
def test_bad_shard_refused(text: str) -> None:
    """Anything else is refused with the rule."""
    with pytest.raises(ValueError, match=r"must be I/N with whole numbers 0 <= I < N"):
        Shard.parse(text)


def test_ownership_is_stable_across_processes() -> None:
    """The owner of a URL is fixed by CRC-32, not by Python's per-process salted hash()."""
    url = "https://quotes.toscrape.com/author/Albert-Einstein"
    assert [Shard(index, 5).owns(url) for index in range(5)] == [False, False, False, True, False]


def test_quotes_shards_partition_the_site() -> None:
    """quotes: 100 quotes and 50 authors, once each for N = 1..8; author pages split, listings walked by all."""
    site = "http://quotes.example/"
    assert_shards_partition(
        lambda **shard: QuotesSpider(base_url=site, **shard), QUOTE_PAGES, {"parse"}, Counter({Quote: 100, Author: 50})
    )


def test_quotes_tag_shards_partition() -> None:
    """Sharding composes with `-a tag`: the love tag's quotes and authors, once each across the shards."""
    loved = [quote for quote in read_jsonl(DATA / "quotes.toscrape.com" / "quotes.jl") if "love" in quote["tags"]]
    authors = {quote["author"]["name"] for quote in loved}
    assert_shards_partition(
        lambda **shard: QuotesSpider(base_url="http://quotes.example/", tag="love", **shard),
        QUOTE_PAGES,
        {"parse"},
        Counter({Quote: len(loved), Author: len(authors)}),
    )


def test_books_shards_partition() -> None:
    """books, on a 100-book replica: every shard walks the 5 catalogue pages, each product page goes to one shard."""
    files = books_replica.site_files(books_replica.catalogue(books=100))
    pages = {"/" + path: Reply(200, body, [("Content-Type", "text/html")]) for path, body in files}
    pages["/"] = pages["/index.html"]
    assert_shards_partition(
        lambda **shard: BooksSpider(base_url="http://books.example/", **shard),
        recorded(pages),
        {"parse_home", "parse"},
        Counter({Book: 100}),
    )


@pytest.mark.parametrize("spidercls", [QuotesJsSpider, QuotesScrollSpider, QuotesTablefulSpider])
def test_listing_faces_shards_partition(spidercls: type[Spider]) -> None:
    """The JS, scroll-API and table faces: every shard walks the pages, each page's 10 quotes come from one shard."""
    assert_shards_partition(
        lambda **shard: spidercls(base_url="http://quotes.example/", **shard),
        QUOTE_PAGES,
        {"parse"},
        Counter({Quote: 100}),
    )


def test_viewstate_shards_partition(server: FixtureServer) -> None:
    """The ViewState search: each author's form posts go to one shard; the 97 tagged quotes come out once."""
    assert_shards_partition(
        lambda **shard: QuotesViewstateSpider(base_url=server.url, **shard), live(), {"parse"}, Counter({Quote: 97})
    )


def test_login_shards_partition(server: FixtureServer) -> None:
    """quotes_login: every shard logs in and walks the listings; quotes and author pages split as for quotes."""
    assert_shards_partition(
        lambda **shard: QuotesLoginSpider(base_url=server.url, username="reader", password="secret", **shard),
        live(cookies=True),
        {"parse", "log_in", "check_login"},
        Counter({Quote: 100, Author: 50}),
    )


@pytest.mark.parametrize("value", ["3/2", "x/4", "0/0"])
def test_bad_shard_stops_scrapy_crawl(value: str) -> None:
    """`scrapy crawl quotes -a shard=3/2` exits 2 with one line naming the argument, before any request."""
    result = scrapy("crawl", "quotes", "-a", f"shard={value}")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("scrapy: error:")]
    assert errors == [f"scrapy: error: -a shard: must be I/N with whole numbers 0 <= I < N, e.g. 0/3 (got '{value}')"]
    assert "Spider opened" not in result.stderr
