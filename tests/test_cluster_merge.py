"""The cluster's offline parts: reading a job's stats from its log, and the streaming merge."""

from __future__ import annotations

import io
import json
import re

import pytest

from crawler.cluster.jobstats import JobStats, read_stats
from crawler.cluster.merge import BadLine, Merger, survey

# The end of a real Scrapyd job log, with a wrapped value and an error count added.
LOG = b"""\
2026-11-25 12:59:40 [scrapy.core.engine] INFO: Closing spider (finished)
2026-11-25 12:59:40 [scrapy.statscollectors] INFO: Dumping Scrapy stats:
{'downloader/request_count': 45,
 'downloader/response_count': 45,
 'custom/long': ('a string long enough for pprint to wrap it over two lines of '
                 'the dump'),
 'finish_reason': 'finished',
 'finish_time': datetime.datetime(2026, 11, 25, 12, 59, 40, 894422, tzinfo=datetime.timezone.utc),
 'crawler/scraped/Author': 7,
 'crawler/scraped/Quote': 30,
 'item_scraped_count': 37,
 'log_count/ERROR': 2,
 'start_time': datetime.datetime(2026, 11, 25, 12, 59, 40, 284700, tzinfo=datetime.timezone.utc)}
2026-11-25 12:59:40 [scrapy.core.engine] INFO: Spider closed (finished)
"""


def test_stats_read_from_log() -> None:
    """finish_reason, items (all and by type), pages and errors come from the last stats dump, past a wrapped value."""
    assert read_stats(LOG.splitlines()) == JobStats(
        finish_reason="finished", items=37, pages=45, errors=2, types={"Author": 7, "Quote": 30}
    )


def test_stats_of_a_shutdown() -> None:
    """A crawl stopped gracefully says so; missing counters are 0."""
    log = b"x INFO: Dumping Scrapy stats:\n{'finish_reason': 'shutdown',\n 'log_count/INFO': 9}\n"
    assert read_stats(log.splitlines()) == JobStats(finish_reason="shutdown")


def test_stats_of_a_killed_crawl() -> None:
    """A log that ends before any stats dump (the process was killed) has no finish reason."""
    assert read_stats(LOG.splitlines()[:1]).finish_reason is None


def _line(item: dict) -> bytes:
    return json.dumps(item, ensure_ascii=False).encode() + b"\n"


def quote(text: str, author: str, page: int) -> dict:
    return {
        "text": text,
        "author": author,
        "tags": [],
        "author_url": None,
        "url": f"/page/{page}/",
        "goodreads_url": None,
    }


def author(name: str) -> dict:
    return {"name": name, "birth_date": "1879-03-14", "birth_place": None, "bio": None, "url": None}


def test_merge_keeps_the_first_of_each_key() -> None:
    """Items repeat across shards by their type's key (a quote's text and author, an author's name); first kept."""
    out = io.BytesIO()
    merger = Merger(out)
    first = [quote("“A”", "X", 1), author("X"), quote("“B”", "X", 1)]
    second = [quote("“A”", "X", 2), author("X"), quote("“A”", "Y", 2), author("Y")]
    assert merger.add(map(_line, first)).written == 3
    counts = merger.add([*map(_line, second), b"\n"])
    assert (counts.written, counts.duplicates) == (2, 2)
    written = [json.loads(line) for line in out.getvalue().splitlines()]
    assert written == [*first, quote("“A”", "Y", 2), author("Y")]
    assert "“A”".encode() in out.getvalue()  # lines are copied byte for byte
    assert len(merger.seen) == 5
    assert all(len(digest) == 16 for digest in merger.seen)


def test_merge_of_an_unknown_shape_drops_exact_repeats_only() -> None:
    """A line of no known item type is keyed by all its fields."""
    out = io.BytesIO()
    merger = Merger(out)
    merger.add([b'{"a": 1}\n', b'{"a": 1}\n', b'{"a": 2}'])
    assert out.getvalue() == b'{"a": 1}\n{"a": 2}\n'


def test_survey_counts_items_keys_and_types() -> None:
    """A shard's survey: its items, its distinct keys (a quote's text and author), its items by type."""
    lines = map(_line, [quote("“A”", "X", 1), quote("“A”", "X", 2), author("X"), {"other": 1}])
    found = survey([*lines, b"\n"])
    assert (found.items, found.distinct) == (4, 3)
    assert found.types == {"Quote": 2, "Author": 1, None: 1}


@pytest.mark.parametrize(
    ("line", "why"),
    [(b'{"text": "cut', "line 2 is not JSON (a torn line?)"), (b"[1]", "line 2 is a JSON list, not an item")],
)
def test_a_line_without_an_item_is_named(line: bytes, why: str) -> None:
    """A torn line or a JSON value that is not an object stops the survey and the merge with its line number."""
    for run in (survey, Merger(io.BytesIO()).add):
        with pytest.raises(BadLine, match=f"^{re.escape(why)}$"):
            run([_line(author("X")), line])
