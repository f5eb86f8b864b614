"""`scrapy crawl quotes` end to end, through the real command line, against the replayed site."""

from __future__ import annotations

import csv
import json
from typing import TYPE_CHECKING

import pytest

from tests.conftest import ROOT, STRICT_ENV, assert_clean, read_jsonl, scrapy
from tests.expected_text import collapse_whitespace

if TYPE_CHECKING:
    from pathlib import Path

    from tests.conftest import FixtureServer, Result


def expected_quote(truth: dict) -> tuple:
    return (truth["text"], truth["author"]["name"], tuple(truth["tags"]))


def split(items: list[dict]) -> tuple[list[dict], list[dict]]:
    quotes = [item for item in items if "text" in item]
    authors = [item for item in items if "bio" in item]
    assert len(quotes) + len(authors) == len(items)
    return quotes, authors


@pytest.fixture(scope="module")
def full_crawl(server: FixtureServer, tmp_path_factory: pytest.TempPathFactory) -> tuple[Result, list[dict]]:
    """One whole crawl in Python's development mode with every warning an error, shared by the tests below."""
    out = tmp_path_factory.mktemp("crawl") / "quotes.jsonl"
    result = scrapy("crawl", "quotes", "-a", f"base_url={server.url}", "-O", out, env=STRICT_ENV)
    return result, read_jsonl(out)


def test_full_crawl_exits_cleanly(full_crawl: tuple[Result, list[dict]]) -> None:
    """Exit 0, no ERROR line, no warning at shutdown, on Twisted's asyncio reactor over a selector loop."""
    result, _ = full_crawl
    assert_clean(result)
    assert "Runtime: reactor AsyncioSelectorReactor, asyncio loop " in result.stderr
    # isinstance(loop, asyncio.SelectorEventLoop), checked in the crawl: the class name differs by platform.
    assert "'runtime/selector_loop': True," in result.stderr


def test_full_crawl_quotes_equal_truth(full_crawl: tuple[Result, list[dict]], quotes_truth: list[dict]) -> None:
    """Exactly the 100 quotes of the site, each once, linking 50 author pages and 137 distinct tags."""
    quotes, _ = split(full_crawl[1])
    got = sorted((q["text"], q["author"], tuple(q["tags"])) for q in quotes)
    assert got == sorted(expected_quote(truth) for truth in quotes_truth)
    assert len({tag for q in quotes for tag in q["tags"]}) == 137
    assert len({q["author_url"] for q in quotes}) == 50


def test_full_crawl_authors_equal_truth(full_crawl: tuple[Result, list[dict]], authors_truth: list[dict]) -> None:
    """Exactly the 50 authors, each once, birth place without "in ", bio as on the page."""
    _, authors = split(full_crawl[1])
    assert len(authors) == 50
    by_name = {author["name"]: author for author in authors}
    assert set(by_name) == {truth["name"] for truth in authors_truth}
    for truth in authors_truth:
        author = by_name[truth["name"]]
        assert author["birth_place"] == truth["born_in"].removeprefix("in ")
        assert author["bio"] == collapse_whitespace(truth["description"])
        assert author["birth_date"][:4] == truth["born_at"][-4:]


def test_tag_crawl(server: FixtureServer, tmp_path: Path, quotes_truth: list[dict]) -> None:
    """`-a tag=love -O FILE` writes exactly the quotes tagged love, across that tag's two pages, and their authors."""
    out = tmp_path / "love.jsonl"
    (tmp_path / "scrapy.cfg").write_text("[settings]\ndefault = crawler.settings\n")
    base_url = f"base_url={server.url}"
    result = scrapy(
        "crawl", "quotes", "-a", base_url, "-a", "tag=love", "-O", out, cwd=tmp_path, env={"PYTHONPATH": str(ROOT)}
    )
    assert_clean(result)
    # -O names the one output: the project's per-item-type files are not written beside it.
    assert not (tmp_path / "output").exists()
    quotes, authors = split(read_jsonl(out))
    want = sorted(expected_quote(t) for t in quotes_truth if "love" in t["tags"])
    assert len(want) > 10  # the tag spans two pages, so the pager is followed
    assert sorted((q["text"], q["author"], tuple(q["tags"])) for q in quotes) == want
    assert {a["name"] for a in authors} == {t["author"]["name"] for t in quotes_truth if "love" in t["tags"]}


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        (
            "base_url=ftp://example.com/",
            "-a base_url: must be an absolute http:// or https:// URL (got 'ftp://example.com/')",
        ),
        ("base_url=not a url", "-a base_url: must be an absolute http:// or https:// URL (got 'not a url')"),
        ("tag=two words", "-a tag: String should match pattern"),
        ("colour=red", "-a colour: unknown argument (got 'red')"),
    ],
)
def test_bad_argument_is_one_line(argument: str, message: str) -> None:
    """A bad spider argument stops `scrapy crawl` before it starts: exit 2, one error line, no traceback."""
    result = scrapy("crawl", "quotes", "-a", argument)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("scrapy: error:")]
    assert len(errors) == 1
    assert message in errors[0]
    assert "Spider opened" not in result.stderr


def test_bad_argument_reaches_log_file(tmp_path: Path) -> None:
    """With LOG_FILE set (as Scrapyd sets it), the one-line error is also written to that file, and nothing crawls."""
    log = tmp_path / "job.log"
    result = scrapy("crawl", "quotes", "-a", "base_url=ftp://example.com/", "-s", f"LOG_FILE={log}")
    assert result.returncode == 2
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert lines[0].endswith(
        " ERROR: -a base_url: must be an absolute http:// or https:// URL (got 'ftp://example.com/')"
    )


def test_project_feeds_split_by_item_type(server: FixtureServer, tmp_path: Path) -> None:
    """Without -o/-O the project's FEEDS write quotes and authors to their own UTF-8 files."""
    (tmp_path / "scrapy.cfg").write_text("[settings]\ndefault = crawler.settings\n")
    base_url = f"base_url={server.url}"
    result = scrapy("crawl", "quotes", "-a", base_url, "-a", "tag=simile", cwd=tmp_path, env={"PYTHONPATH": str(ROOT)})
    assert_clean(result)
    quotes = read_jsonl(tmp_path / "output" / "quotes" / "quotes.jsonl")
    authors = read_jsonl(tmp_path / "output" / "quotes" / "authors.jsonl")
    assert {q["author"] for q in quotes} == {a["name"] for a in authors}
    assert all("text" in q for q in quotes)
    assert all("bio" in a for a in authors)


def test_non_ascii_is_byte_exact_in_jsonl_and_csv(
    server: FixtureServer, tmp_path: Path, quotes_truth: list[dict]
) -> None:
    """Curly quotes and accents come out as UTF-8 text, not \\u escapes, in JSON Lines and CSV."""
    feeds = {
        str(tmp_path / "q.jsonl"): {"format": "jsonlines", "item_classes": ["crawler.items.Quote"]},
        str(tmp_path / "q.csv"): {"format": "csv", "item_classes": ["crawler.items.Quote"]},
        str(tmp_path / "a.csv"): {"format": "csv", "item_classes": ["crawler.items.Author"]},
    }
    base_url = f"base_url={server.url}"
    result = scrapy("crawl", "quotes", "-a", base_url, "-a", "tag=love", "-s", f"FEEDS={json.dumps(feeds)}")
    assert_clean(result)
    raw = (tmp_path / "q.jsonl").read_bytes()
    assert b"\\u" not in raw
    loved = [t for t in quotes_truth if "love" in t["tags"]]
    for truth in loved:
        assert truth["text"].encode("utf-8") in raw
    with (tmp_path / "q.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["text", "author", "tags", "author_url", "url", "goodreads_url"]
    assert sorted(row[0] for row in rows[1:]) == sorted(t["text"] for t in loved)
    with (tmp_path / "a.csv").open(encoding="utf-8", newline="") as stream:
        header = next(csv.reader(stream))
    assert header == ["name", "birth_date", "birth_place", "bio", "url"]
