"""`-a shard=I/N`: the value's rules, and that the shards of each spider partition its work exactly."""

from __future__ import annotations

from collections import Counter

import pytest
from itemadapter import ItemAdapter

from crawler.items import Author, Quote
from crawler.sharding import Shard
from crawler.spiders.quotes import QuotesSpider
from tests.conftest import DATA, read_jsonl, scrapy
from tests.fixtureserver.replay import load_warc
from tests.offline_crawl import Visit, crawl

SITE = "http://quotes.example/"
QUOTE_PAGES = load_warc(DATA / "quotes.toscrape.com" / "recorded.warc.gz")
SHARD_COUNTS = range(1, 9)


def key(item: object) -> tuple:
    adapter = ItemAdapter(item)
    return (type(item).__name__, *(adapter[name] for name in item.key_fields))  # type: ignore[attr-defined]


def assert_partition(visits: list[Visit], navigation: str, whole: Visit) -> None:
    """Items once each across shards and equal to the whole crawl's; detail pages fetched by one shard only."""
    keys = Counter(key(item) for visit in visits for item in visit.items)
    assert set(keys) == {key(item) for item in whole.items}
    assert [k for k, times in keys.items() if times > 1] == []
    for visit in visits:
        assert visit.fetched[navigation] == whole.fetched[navigation]
    for callback in set(whole.fetched) - {navigation}:
        fetched = Counter(url for visit in visits for url in visit.fetched[callback])
        assert set(fetched) == whole.fetched[callback]
        assert max(fetched.values()) == 1, f"{callback} pages fetched by two shards"


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
    """For N = 1..8 the quotes shards yield the 100 quotes and 50 authors once each and split the author pages."""
    whole = crawl(QuotesSpider(base_url=SITE), QUOTE_PAGES.get)
    assert Counter(type(item) for item in whole.items) == {Quote: 100, Author: 50}
    assert len(whole.fetched["parse"]) == 10
    for count in SHARD_COUNTS:
        visits = [crawl(QuotesSpider(base_url=SITE, shard=f"{index}/{count}"), QUOTE_PAGES.get) for index in range(count)]
        assert_partition(visits, "parse", whole)
        if count > 1:
            assert all(0 < len(visit.fetched["parse_author"]) < 50 for visit in visits)


def test_quotes_tag_shards_partition() -> None:
    """Sharding composes with `-a tag`: the love tag's quotes and authors, split 3 ways, once each."""
    whole = crawl(QuotesSpider(base_url=SITE, tag="love"), QUOTE_PAGES.get)
    loved = [quote for quote in read_jsonl(DATA / "quotes.toscrape.com" / "quotes.jl") if "love" in quote["tags"]]
    assert sorted(item.text for item in whole.items if isinstance(item, Quote)) == sorted(q["text"] for q in loved)
    visits = [crawl(QuotesSpider(base_url=SITE, tag="love", shard=f"{index}/3"), QUOTE_PAGES.get) for index in range(3)]
    assert_partition(visits, "parse", whole)


@pytest.mark.parametrize("value", ["3/2", "x/4", "0/0"])
def test_bad_shard_stops_scrapy_crawl(value: str) -> None:
    """`scrapy crawl quotes -a shard=3/2` exits 2 with one line naming the argument, before any request."""
    result = scrapy("crawl", "quotes", "-a", f"shard={value}")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("scrapy: error:")]
    assert errors == [f"scrapy: error: -a shard: must be I/N with whole numbers 0 <= I < N, e.g. 0/3 (got '{value}')"]
    assert "Spider opened" not in result.stderr
