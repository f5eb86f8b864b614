"""`-a shard=I/N`: the value's rules, and that the shards of each spider partition its work exactly."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest
from itemadapter import ItemAdapter
from scrapy.settings import Settings
from scrapy.spiderloader import get_spider_loader

from crawler.args import params_model
from crawler.items import Author, Quote
from crawler.sharding import Shard
from crawler.spiders.quotes import QuotesSpider
from tests import books_replica
from tests.callback_crawl import Visit, crawl, live, recorded
from tests.conftest import DATA, read_jsonl, scrapy
from tests.fixtureserver.app import Reply
from tests.fixtureserver.replay import load_warc
from tests.recorded_sites import spider_class

if TYPE_CHECKING:
    from collections.abc import Callable

    from scrapy import Request, Spider

    from tests.conftest import FixtureServer

QUOTE_PAGES = recorded(load_warc(DATA / "quotes.toscrape.com" / "recorded.warc.gz"))
SHARD_COUNTS = range(1, 9)
# `blog` schedules its posts on the engine's idle signal, which this engine-less runner has not; tests/test_blog.py
# checks its shards with real crawls.
SPIDERS = [
    name for name in get_spider_loader(Settings({"SPIDER_MODULES": ["crawler.spiders"]})).list() if name != "blog"
]
# Spiders whose every page is navigation (each shard fetches them all and splits only the items).
NAVIGATION_ONLY = {"quotes_js", "quotes_scroll", "quotes_tableful"}


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


# How to crawl a spider's site when its own replay will not do; every other spider crawls the replay of the
# recording of its default base_url's host, served by the fixture server at /<host>/.
SPECIAL: dict[str, dict] = {
    # Its parser finds author links by their root path (`/author/...`): the quotes recording at the server's root.
    "quotes": {"base": ""},
    # The login and the search form post to the live stand-ins at the server's root.
    "quotes_login": {"base": "", "args": {"username": "reader", "password": "secret"}, "cookies": True},
    "quotes_viewstate": {"base": ""},
    # A 100-book replica in memory: the recorded-site rule would find no recording of books.toscrape.com.
    "books": {"pages": "books"},
}


def _book_pages() -> Callable[[Request], Reply | None]:
    files = books_replica.site_files(books_replica.catalogue(books=100))
    pages = {"/" + path: Reply(200, body, [("Content-Type", "text/html")]) for path, body in files}
    pages["/"] = pages["/index.html"]
    return recorded(pages)


def _spider_site(name: str, server: FixtureServer) -> tuple[str, dict, Callable[[Request], Reply | None]]:
    """Where to crawl the spider (base_url), with which other arguments, and how its requests are answered."""
    special = SPECIAL.get(name, {})
    if special.get("pages") == "books":
        return "http://books.example/", {}, _book_pages()
    if "base" in special:
        return server.url + special["base"], special.get("args", {}), live(cookies=special.get("cookies", False))
    model = params_model(spider_class(name))
    default = model.model_fields["base_url"].default if model else None
    host = urlsplit(default).hostname if isinstance(default, str) else None
    assert host, f"{name}: its base_url has no default; give it a line in SPECIAL"
    assert (DATA / host / "recorded.warc.gz").exists(), f"{name}: tests/data/{host}/ has no recording; see SPECIAL"
    return f"{server.url}{host}/", {}, live()


@pytest.mark.parametrize("name", SPIDERS)
def test_every_spider_shards_partition(name: str, server: FixtureServer) -> None:
    """Each spider of `scrapy list`, for N = 1..8: items once each across the N shards and equal to the whole crawl's;
    each callback's pages either fetched by every shard (navigation) or by exactly one."""
    base_url, args, fetch = _spider_site(name, server)

    def make(**shard: str) -> Spider:
        return spider_class(name)(base_url=base_url, **args, **shard)

    whole = crawl(make(), fetch)
    assert len(whole.items) > 1, "the whole crawl gave (almost) nothing to share"
    assert len({key(item) for item in whole.items}) == len(whole.items), "the whole crawl repeats an item"
    navigation = set(whole.fetched)
    for count in SHARD_COUNTS:
        visits = [crawl(make(shard=f"{index}/{count}"), fetch) for index in range(count)]
        navigation &= {cb for cb in whole.fetched if all(v.fetched[cb] == whole.fetched[cb] for v in visits)}
        assert_partition(visits, navigation, whole)
        if count > 1:
            # No shard does all of the work.
            assert all(len(visit.items) < len(whole.items) for visit in visits)
    assert set(whole.fetched) - navigation or name in NAVIGATION_ONLY, f"{name}: no page is split between shards"


@pytest.mark.parametrize("value", ["3/2", "x/4", "0/0"])
def test_bad_shard_stops_scrapy_crawl(value: str) -> None:
    """`scrapy crawl quotes -a shard=3/2` exits 2 with one line naming the argument, before any request."""
    result = scrapy("crawl", "quotes", "-a", f"shard={value}")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("scrapy: error:")]
    assert errors == [f"scrapy: error: -a shard: must be I/N with whole numbers 0 <= I < N, e.g. 0/3 (got '{value}')"]
    assert "Spider opened" not in result.stderr
