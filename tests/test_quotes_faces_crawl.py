"""The spiders of quotes.toscrape.com's other faces end to end, through the real command line."""

from __future__ import annotations

import os
from collections import Counter
from typing import TYPE_CHECKING

import pytest
from itemadapter import ItemAdapter
from scrapy.http import HtmlResponse

from crawler.errors import CrawlFailed
from crawler.items import Quote
from crawler.spiders.quotes_viewstate import QuotesViewstateSpider
from tests.conftest import DATA, STRICT_ENV, assert_clean, read_jsonl, scrapy
from tests.fixtureserver.replay import load_warc

if TYPE_CHECKING:
    from pathlib import Path

    from tests.conftest import FixtureServer, Result

# The local server answers at once; AutoThrottle would only add delays.
FAST = ("-s", "AUTOTHROTTLE_ENABLED=False")
QUOTE_FIELDS = ItemAdapter.get_field_names_from_class(Quote)
PAGES = load_warc(DATA / "quotes.toscrape.com" / "recorded.warc.gz")

# Each face: the spider and its arguments.
FACES = {
    "login": ("quotes_login", "-a", "username=reader", "-a", "password=any"),
    "js": ("quotes_js",),
    "js-delayed": ("quotes_js", "-a", "delayed=true"),
    "scroll": ("quotes_scroll",),
    "tableful": ("quotes_tableful",),
    "viewstate": ("quotes_viewstate",),
}


def key(quote: dict) -> tuple:
    return (quote["text"], quote["author"], tuple(quote["tags"]))


def truth_key(truth: dict) -> tuple:
    return (truth["text"], truth["author"]["name"], tuple(truth["tags"]))


def crawl(server: FixtureServer, out: Path, spider: str, *args: str, env: dict[str, str] | None = None) -> Result:
    return scrapy("crawl", spider, "-a", f"base_url={server.url}", *args, *FAST, "-O", out, env=env)


@pytest.fixture(scope="module", params=list(FACES))
def face_crawl(
    request: pytest.FixtureRequest, server: FixtureServer, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Result, list[dict]]:
    """One whole crawl per face, in Python's development mode, shared by the tests below."""
    out = tmp_path_factory.mktemp(request.param) / "items.jsonl"
    result = crawl(server, out, *FACES[request.param], env=STRICT_ENV)
    return request.param, result, read_jsonl(out) if out.exists() else []


def quotes_of(items: list[dict]) -> list[dict]:
    return [item for item in items if "text" in item]


def test_face_exits_cleanly(face_crawl: tuple[str, Result, list[dict]]) -> None:
    """Exit 0, the spider finished, and no ERROR line, warning, traceback or shutdown noise (assert_clean)."""
    _, result, _ = face_crawl
    assert_clean(result)
    assert "'finish_reason': 'finished'" in result.stderr


def test_face_quotes_equal_truth(face_crawl: tuple[str, Result, list[dict]], quotes_truth: list[dict]) -> None:
    """Every face gives the site's quotes once each with whole tag sets: 100, or the 97 with a tag for viewstate."""
    face, _, items = face_crawl
    quotes = quotes_of(items)
    want = [truth for truth in quotes_truth if truth["tags"] or face != "viewstate"]
    assert len(want) == (97 if face == "viewstate" else 100)
    assert Counter(key(quote) for quote in quotes) == Counter(truth_key(truth) for truth in want)


def test_face_items_are_comparable(face_crawl: tuple[str, Result, list[dict]]) -> None:
    """Every face writes the same Quote fields, normalised the same way, each quote with the page it came from."""
    face, _, items = face_crawl
    quotes = quotes_of(items)
    assert quotes
    for quote in quotes:
        assert list(quote) == QUOTE_FIELDS
        assert quote["url"].startswith("http://127.0.0.1:")
        assert quote["text"] == quote["text"].strip()
        assert "\n" not in quote["text"]
        if quote["author_url"] is not None:
            assert "/author/" in quote["author_url"]
    # Only the HTML table and the search results leave out the author's page.
    assert all(q["author_url"] for q in quotes) == (face not in ("tableful", "viewstate"))


def test_face_goodreads_links(face_crawl: tuple[str, Result, list[dict]], quotes_truth: list[dict]) -> None:
    """Logged in, each quote carries its author's real Goodreads link; the other faces show none."""
    face, _, items = face_crawl
    links = {quote["author"]: quote["goodreads_url"] for quote in quotes_of(items)}
    if face == "login":
        assert links == {
            t["author"]["name"]: "http://goodreads.com" + t["author"]["goodreads_link"] for t in quotes_truth
        }
    else:
        assert set(links.values()) == {None}


@pytest.mark.parametrize("face_crawl", ["login"], indirect=True)
def test_login_crawls_authors_too(face_crawl: tuple[str, Result, list[dict]], authors_truth: list[dict]) -> None:
    """Logged in, the crawl is the `quotes` crawl: the 50 authors come too, each once."""
    _, result, items = face_crawl
    assert sorted(item["name"] for item in items if "bio" in item) == sorted(a["name"] for a in authors_truth)
    assert "Logged in as 'reader'" in result.stderr


def refused(result: Result, reason: str, out: Path) -> None:
    """The crawl stopped on its own with `reason`, exit status 1, no item, no traceback."""
    assert result.returncode == 1, result.stderr[-3000:]
    assert f"Closing spider (failed: {reason})" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists() or read_jsonl(out) == []


def test_wrong_csrf_token_stops_the_crawl(server: FixtureServer, tmp_path: Path) -> None:
    """Without the session cookie the form's token is not the session's: the site refuses it; exit 1, its message."""
    out = tmp_path / "items.jsonl"
    result = crawl(server, out, *FACES["login"], "-s", "COOKIES_ENABLED=False")
    refused(result, "login refused: Error while logging in: invalid CRSF token.", out)


@pytest.mark.server_options("--login-password", "s3cret")
def test_failed_login_stops_the_crawl(fresh_server: FixtureServer, tmp_path: Path) -> None:
    """A refused password stops the crawl with the site's message and exit 1; the right one, as control, logs in."""
    out = tmp_path / "items.jsonl"
    result = crawl(fresh_server, out, "quotes_login", "-a", "username=reader", "-a", "password=Pa55-guess")
    refused(result, "login refused: Error while logging in: wrong password.", out)
    assert "Pa55-guess" not in result.stderr  # the password itself is never logged

    good = crawl(
        fresh_server,
        out,
        "quotes_login",
        "-a",
        "tag=simile",
        "-s",
        "QUOTES_USERNAME=reader",
        "-s",
        "QUOTES_PASSWORD=s3cret",
    )
    assert good.returncode == 0, good.stderr[-3000:]
    assert {quote["goodreads_url"] is not None for quote in quotes_of(read_jsonl(out))} == {True}


@pytest.mark.server_options("--login-password", "s3cret")
def test_login_from_the_environment(fresh_server: FixtureServer, tmp_path: Path) -> None:
    """QUOTES_USERNAME and QUOTES_PASSWORD in the environment log in, off the command line; a wrong one is refused."""
    out = tmp_path / "items.jsonl"
    account = {"QUOTES_USERNAME": "reader", "QUOTES_PASSWORD": "s3cret"}
    good = crawl(fresh_server, out, "quotes_login", "-a", "tag=simile", env={**os.environ, **account})
    assert good.returncode == 0, good.stderr[-3000:]
    assert {quote["goodreads_url"] is not None for quote in quotes_of(read_jsonl(out))} == {True}
    assert "s3cret" not in good.stderr
    # The control: the password really comes from there.
    out = tmp_path / "refused.jsonl"
    wrong = crawl(fresh_server, out, "quotes_login", env={**os.environ, **account, "QUOTES_PASSWORD": "guess"})
    refused(wrong, "login refused: Error while logging in: wrong password.", out)


def test_login_without_user_name_stops_before_any_request(server: FixtureServer, tmp_path: Path) -> None:
    """No user name from arguments or settings is bad input: exit 2, one line naming both ways to give one."""
    out = tmp_path / "items.jsonl"
    result = crawl(server, out, "quotes_login")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "scrapy: error: -a username: required (or -s QUOTES_USERNAME=NAME): the login needs a user name"
    ]
    assert not out.exists()


def test_refused_author_choice_fails_the_crawl() -> None:
    """When the search form answers an author choice with the empty form (its ViewState refused), the spider fails."""
    spider = QuotesViewstateSpider(base_url="http://quotes.example/")
    empty_form = PAGES["/search.aspx"].body
    response = HtmlResponse("http://quotes.example/search.aspx", body=empty_form, encoding="utf-8")
    with pytest.raises(CrawlFailed) as refusal:
        list(spider.parse_results(response, "Jane Austen"))
    assert str(refusal.value.reason).startswith(CrawlFailed.REASON_PREFIX)
    assert "did not accept author 'Jane Austen'" in refusal.value.reason
