"""The quotes.toscrape.com parsers on the recorded pages, field by field against the ground truth."""

from __future__ import annotations

import pytest

from crawler.parsers.quotes_toscrape_com import AuthorPage, QuoteListPage
from crawler.pipelines import normalise_text
from tests.conftest import DATA, read_jsonl
from tests.fixtureserver.replay import load_warc

SITE = "http://quotes.example/"
PAGES = load_warc(DATA / "quotes.toscrape.com" / "recorded.warc.gz")
QUOTES = read_jsonl(DATA / "quotes.toscrape.com" / "quotes.jl")
AUTHORS = {author["name"]: author for author in read_jsonl(DATA / "quotes.toscrape.com" / "authors.jl")}
MONTHS = "January February March April May June July August September October November December".split()
AUTHOR_PATHS = sorted(path for path in PAGES if path.startswith("/author/") and path.endswith("/"))


def html(path: str) -> str:
    return PAGES[path].body.decode("utf-8")


@pytest.mark.parametrize("number", range(1, 11))
def test_listing_page_quotes(number: int) -> None:
    """Page N holds quotes 10(N-1)+1 .. 10N of the ground truth, text, author and tags exact."""
    page = QuoteListPage(html(f"/page/{number}/"), f"{SITE}page/{number}/")
    got = [(quote.text, quote.author, quote.tags) for quote in page.quotes()]
    want = [(q["text"], q["author"]["name"], q["tags"]) for q in QUOTES[10 * (number - 1) : 10 * number]]
    assert got == want


def test_listing_page_links() -> None:
    """Links come out absolute: next page, author pages once each, the quote's author page and page URL."""
    page = QuoteListPage(html("/page/2/"), f"{SITE}page/2/")
    assert page.next_page_url() == f"{SITE}page/3/"
    quotes = page.quotes()
    assert page.author_urls() == list(dict.fromkeys(quote.author_url for quote in quotes))
    assert quotes[0].author_url == f"{SITE}author/Marilyn-Monroe"
    assert {quote.url for quote in quotes} == {f"{SITE}page/2/"}
    assert {quote.goodreads_url for quote in quotes} == {None}  # shown only when logged in


def test_last_page_has_no_next() -> None:
    assert QuoteListPage(html("/page/10/"), f"{SITE}page/10/").next_page_url() is None


def test_every_author_is_recorded() -> None:
    assert len(AUTHOR_PATHS) == 50


@pytest.mark.parametrize("path", AUTHOR_PATHS)
def test_author_page(path: str) -> None:
    """Name, ISO birth date, birth place without "in ", and bio match the ground truth."""
    author = AuthorPage(html(path), SITE + path.lstrip("/")).author()
    truth = AUTHORS[author.name]
    month_day, year = truth["born_at"].rsplit(", ", 1)
    month, day = month_day.split()
    assert author.birth_date == f"{year}-{MONTHS.index(month) + 1:02d}-{int(day):02d}"
    assert author.birth_place == truth["born_in"].removeprefix("in ")
    assert author.bio is not None
    assert normalise_text(author.bio) == normalise_text(truth["description"])
    assert author.url == SITE + path.lstrip("/")


def test_birth_date_is_iso() -> None:
    author = AuthorPage(html("/author/Albert-Einstein/"), f"{SITE}author/Albert-Einstein/").author()
    assert author.birth_date == "1879-03-14"


def test_broken_author_page_leaves_fields_empty() -> None:
    """A page without the author markup gives None fields, for the validation pipeline to drop."""
    author = AuthorPage("<html><body><h3 class='author-title'>X</h3>", SITE).author()
    assert (author.name, author.birth_date, author.birth_place, author.bio) == ("X", None, None, None)


def test_unparsable_birth_date_is_none() -> None:
    page = AuthorPage("<h3 class='author-title'>X</h3><span class='author-born-date'>someday</span>", SITE)
    assert page.birth_date() is None
