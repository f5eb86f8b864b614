"""The parsers of quotes.toscrape.com's other faces (JavaScript data, JSON API, tables, forms) on recorded pages."""

from __future__ import annotations

import base64

import pytest

from crawler.items import Quote
from crawler.parsers.pages import UnexpectedPage
from crawler.parsers.quotes_toscrape_com import (
    ApiQuotesPage,
    JsQuotePage,
    LoginPage,
    QuoteListPage,
    SearchPage,
    TablefulPage,
    merge_tags,
)
from tests.conftest import DATA, read_jsonl
from tests.fixtureserver.replay import load_warc

SITE = "http://quotes.example/"
PAGES = load_warc(DATA / "quotes.toscrape.com" / "recorded.warc.gz")
QUOTES = read_jsonl(DATA / "quotes.toscrape.com" / "quotes.jl")


def html(path: str) -> str:
    return PAGES[path].body.decode("utf-8")


def truth_page(number: int) -> list[tuple]:
    """Text, author and tags of the quotes on listing page N, in page order."""
    return [(q["text"], q["author"]["name"], q["tags"]) for q in QUOTES[10 * (number - 1) : 10 * number]]


def listing_author_urls(number: int) -> list[str | None]:
    """The author page links of HTML listing page N, which the data-driven faces must reproduce."""
    return [quote.author_url for quote in QuoteListPage(html(f"/page/{number}/"), f"{SITE}page/{number}/").quotes()]


def fields(quotes: list[Quote]) -> list[tuple]:
    return [(quote.text, quote.author, quote.tags) for quote in quotes]


@pytest.mark.parametrize("face", ["js", "js-delayed"])
@pytest.mark.parametrize("number", range(1, 11))
def test_js_page_quotes(face: str, number: int) -> None:
    """The `var data` array of page N gives its ten quotes exactly, with the author's page link the HTML shows."""
    url = f"{SITE}{face}/page/{number}/"
    quotes = JsQuotePage(html(f"/{face}/page/{number}/"), url).quotes()
    assert fields(quotes) == truth_page(number)
    assert [quote.author_url for quote in quotes] == listing_author_urls(number)
    assert {quote.url for quote in quotes} == {url}
    assert {quote.goodreads_url for quote in quotes} == {None}


@pytest.mark.parametrize("face", ["js", "js-delayed"])
def test_js_page_pager(face: str) -> None:
    """The pager leads from page 1 to page 2 and stops on page 10."""
    assert JsQuotePage(html(f"/{face}/"), f"{SITE}{face}/").next_page_url() == f"{SITE}{face}/page/2/"
    assert JsQuotePage(html(f"/{face}/page/10/"), f"{SITE}{face}/page/10/").next_page_url() is None


def test_js_page_without_data() -> None:
    """A page without the data script is not one of these pages: an empty list would end the crawl silently."""
    with pytest.raises(UnexpectedPage, match="var data"):
        JsQuotePage("<script>var other = 1;</script>", SITE).quotes()


@pytest.mark.parametrize("number", range(1, 11))
def test_api_page_quotes(number: int) -> None:
    """`/api/quotes?page=N` gives the ten quotes of listing page N."""
    url = f"{SITE}api/quotes?page={number}"
    page = ApiQuotesPage(html(f"/api/quotes?page={number}"), url)
    assert fields(page.quotes()) == truth_page(number)
    assert [quote.author_url for quote in page.quotes()] == listing_author_urls(number)


def test_api_page_next() -> None:
    """`has_next` drives the next URL, other query parameters kept; page 10 is the last, page 11 is empty."""
    page = ApiQuotesPage(html("/api/quotes?page=3"), f"{SITE}api/quotes?tag=x&page=3")
    assert page.has_next() is True
    assert page.next_page_url() == f"{SITE}api/quotes?tag=x&page=4"
    last = ApiQuotesPage(html("/api/quotes?page=10"), f"{SITE}api/quotes?page=10")
    assert (last.has_next(), last.next_page_url()) == (False, None)
    assert ApiQuotesPage(html("/api/quotes?page=11"), f"{SITE}api/quotes?page=11").quotes() == []


@pytest.mark.parametrize("number", range(1, 11))
def test_tableful_page_quotes(number: int) -> None:
    """The table rows of page N give its ten quotes, a quote without tags included (page 8)."""
    url = f"{SITE}tableful/page/{number}/"
    quotes = TablefulPage(html(f"/tableful/page/{number}/"), url).quotes()
    assert fields(quotes) == truth_page(number)
    assert {quote.url for quote in quotes} == {url}


def test_tableful_pager() -> None:
    """The "Next" cell links page 1 to page 2; page 10 has only "Previous"."""
    assert TablefulPage(html("/tableful/"), f"{SITE}tableful/").next_page_url() == f"{SITE}tableful/page/2/"
    assert TablefulPage(html("/tableful/page/10/"), f"{SITE}tableful/page/10/").next_page_url() is None


def test_login_form() -> None:
    """The login page posts to /login with one hidden field, the 52-letter CSRF token; not logged in, no error."""
    page = LoginPage(html("/login"), f"{SITE}login")
    assert page.form_url() == f"{SITE}login"
    assert list(page.form_data()) == ["csrf_token"]
    token = page.csrf_token()
    assert token is not None
    assert len(token) == 52
    assert token.isalpha()
    assert (page.logged_in(), page.error()) == (False, None)


def test_login_error_and_logout_link() -> None:
    """The site's error paragraph is read as one line; a "Logout" link means logged in."""
    refused = LoginPage(
        '<form action="/login"><p class="error">Error while logging in:\n  invalid CRSF token.</p></form>', SITE
    )
    assert refused.error() == "Error while logging in: invalid CRSF token."
    assert LoginPage('<p><a href="/logout">Logout</a></p>', SITE).logged_in() is True


def test_logged_in_listing_has_goodreads_link() -> None:
    """On a logged-in listing (the site's markup) the Goodreads link is read; "(about)" stays the author's page."""
    quote = """<div class="quote"><span class="text">“T”</span>
        <span>by <small class="author" itemprop="author">Albert Einstein</small>
        <a href="/author/Albert-Einstein">(about)</a> -
        <a href="http://goodreads.com/author/show/9810.Albert_Einstein">(Goodreads page)</a>
        </span></div>"""
    (parsed,) = QuoteListPage(quote, SITE).quotes()
    assert parsed.goodreads_url == "http://goodreads.com/author/show/9810.Albert_Einstein"
    assert parsed.author_url == f"{SITE}author/Albert-Einstein"


def test_search_form() -> None:
    """`/search.aspx` lists the 49 authors who have tagged quotes, no tag yet, and a base64 ViewState naming them."""
    page = SearchPage(html("/search.aspx"), f"{SITE}search.aspx")
    tagged_authors = list(dict.fromkeys(q["author"]["name"] for q in QUOTES if q["tags"]))
    assert page.authors() == tagged_authors
    assert len(tagged_authors) == 49
    assert (page.tags(), page.selected_author(), page.results()) == ([], None, [])
    assert page.form_url() == f"{SITE}filter.aspx"
    assert list(page.form_data()) == ["__VIEWSTATE"]
    token, *authors = base64.b64decode(page.viewstate() or "").decode("utf-8").split(",")
    assert len(token) == 32
    assert authors == tagged_authors


def test_search_results() -> None:
    """An answer of the form: the selected author and tag, each result as a quote with that one tag."""
    answer = """<form name="filterform" action="/filter.aspx">
        <select name="author"><option>----------</option>
        <option value="Jane Austen"  selected >Jane Austen</option></select>
        <select name="tag"><option>----------</option>
        <option value="humor" selected>humor</option><option value="life">life</option></select>
        <input type="hidden" name="__VIEWSTATE" value="eA=="></form>
        <div class="results"><div class="quote"><span class="content">“Q”</span> -
        <span class="author">Jane Austen</span> (<span class="tag">humor</span>)</div></div>"""
    page = SearchPage(answer, f"{SITE}filter.aspx")
    assert (page.selected_author(), page.tags(), page.viewstate()) == ("Jane Austen", ["humor", "life"], "eA==")
    assert page.results() == [Quote("“Q”", "Jane Austen", ["humor"], url=f"{SITE}filter.aspx")]


def test_merge_tags() -> None:
    """(author, tag, quote) results become one quote per text and author, with all its tags in alphabetical order."""
    found = [
        Quote("a", "X", ["life"]),
        Quote("b", "X", ["love"]),
        Quote("a", "X", ["humor"]),
        Quote("a", "Y", ["life"]),
    ]
    merged = merge_tags(found)
    assert [(quote.text, quote.author, quote.tags) for quote in merged] == [
        ("a", "X", ["humor", "life"]),
        ("b", "X", ["love"]),
        ("a", "Y", ["life"]),
    ]
    assert found[0].tags == ["life"]  # the results are left as they were
