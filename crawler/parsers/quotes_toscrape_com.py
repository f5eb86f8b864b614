"""Parsers for every face of quotes.toscrape.com: listings, authors, JavaScript data, the JSON API, tables, forms."""

from __future__ import annotations

import json
from functools import cached_property
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from bs4 import BeautifulSoup, Tag
from dateutil import parser as dateparser

from crawler.items import Author, Quote
from crawler.parsers.pages import UnexpectedPage, expect


def _text(node: Tag | None) -> str | None:
    return node.get_text() if node is not None else None


def _quote_from_data(data: dict, url: str) -> Quote:
    """A quote as the site's JavaScript pages and JSON API carry it: text, author name and slug, tags."""
    author = data.get("author") or {}
    slug = author.get("slug")
    return Quote(
        text=data.get("text"),
        author=author.get("name"),
        tags=list(data.get("tags") or []),
        # The same link the HTML listing shows for this author.
        author_url=urljoin(url, f"/author/{slug}") if slug else None,
        url=url,
    )


class _FormPage:
    """A page holding one HTML form: where it posts and the hidden fields a browser sends back."""

    form_selector = "form"

    def __init__(self, html: str, url: str) -> None:
        self.url = url
        self._soup = BeautifulSoup(html, "lxml")

    def form_url(self) -> str | None:
        form = self._soup.select_one(self.form_selector)
        return urljoin(self.url, str(form.get("action") or "")) if form else None

    def form_data(self) -> dict[str, str]:
        """The form's hidden fields, name to value, as a browser would submit them."""
        fields = self._soup.select(f'{self.form_selector} input[type="hidden"][name]')
        return {str(field["name"]): str(field.get("value") or "") for field in fields}

    def _options(self, name: str) -> list[str]:
        """Values of a select's options; the "----------" placeholder has none and is left out."""
        options = self._soup.select(f'{self.form_selector} select[name="{name}"] option[value]')
        return [str(option["value"]) for option in options]

    def _selected(self, name: str) -> str | None:
        option = self._soup.select_one(f'{self.form_selector} select[name="{name}"] option[selected][value]')
        return str(option["value"]) if option else None


class QuoteListPage:
    """A page of quotes: `/`, `/page/N/`, `/tag/T/`, `/tag/T/page/N/` (and the logged-in variants)."""

    def __init__(self, html: str, url: str) -> None:
        self.url = url
        self._soup = BeautifulSoup(html, "lxml")
        # A tag past its last page says "No quotes found!"; a page with neither is not a listing.
        listing = self._soup.find("div", class_="quote") or "No quotes found" in html
        expect(listing, url, 'div.quote or "No quotes found"')

    def quotes(self) -> list[Quote]:
        return [self._quote(node) for node in self._outer_quotes]

    @cached_property
    def _outer_quotes(self) -> list[Tag]:
        """Each div.quote not inside another, in page order: a broken page of nested quotes is read in one pass."""
        found, stack = [], [self._soup]
        while stack:
            node = stack.pop()
            if node.name == "div" and "quote" in (node.get("class") or ()):
                found.append(node)
                continue
            stack.extend(reversed([child for child in node.children if isinstance(child, Tag)]))
        return found

    def next_page_url(self) -> str | None:
        link = self._soup.select_one("li.next > a[href]")
        return urljoin(self.url, str(link["href"])) if link else None

    def author_urls(self) -> list[str]:
        """Each author's page, once, in page order."""
        links = [link for node in self._outer_quotes for link in node.select('a[href^="/author/"]')]
        return list(dict.fromkeys(urljoin(self.url, str(link["href"])) for link in links))

    def _quote(self, node: Tag) -> Quote:
        about = node.select_one('a[href^="/author/"]')
        goodreads = node.select_one('a[href*="goodreads.com"]')
        return Quote(
            text=_text(node.select_one("span.text")),
            author=_text(node.select_one("small.author")),
            tags=[tag.get_text() for tag in node.select("div.tags a.tag")],
            author_url=urljoin(self.url, str(about["href"])) if about else None,
            url=self.url,
            goodreads_url=str(goodreads["href"]) if goodreads else None,
        )


class AuthorPage:
    """An author's page, `/author/<slug>/`."""

    def __init__(self, html: str, url: str) -> None:
        self.url = url
        self._soup = BeautifulSoup(html, "lxml")
        expect(self._soup.select_one("h3.author-title"), url, "h3.author-title")

    def author(self) -> Author:
        return Author(
            name=self.name(),
            birth_date=self.birth_date(),
            birth_place=self.birth_place(),
            bio=self.bio(),
            url=self.url,
        )

    def name(self) -> str | None:
        return _text(self._soup.select_one("h3.author-title"))

    def birth_date(self) -> str | None:
        """The "Born:" date as ISO 8601; None when absent or not a date."""
        raw = _text(self._soup.select_one("span.author-born-date"))
        if not raw:
            return None
        try:
            # dateutil reads English month names whatever the process locale is.
            return dateparser.parse(raw).date().isoformat()
        except (ValueError, OverflowError):
            return None

    def birth_place(self) -> str | None:
        raw = _text(self._soup.select_one("span.author-born-location"))
        if raw is None:
            return None
        raw = raw.strip()
        return raw[3:] if raw.startswith("in ") else raw

    def bio(self) -> str | None:
        return _text(self._soup.select_one("div.author-description"))


class LoginPage(_FormPage):
    """`/login` with its CSRF-protected form, and the page the site answers a login with."""

    form_selector = 'form[action$="login"]'

    def csrf_token(self) -> str | None:
        return self.form_data().get("csrf_token")

    def logged_in(self) -> bool:
        """The header offers "Logout" only to a logged-in user."""
        return self._soup.select_one('a[href$="/logout"]') is not None

    def error(self) -> str | None:
        """The site's reason for refusing a login, e.g. "Error while logging in: invalid CRSF token."."""
        message = _text(self._soup.select_one("p.error"))
        return " ".join(message.split()) if message else None


class JsQuotePage:
    """`/js/` and `/js-delayed/` pages: the quotes live in a `var data = [...]` array of an inline script."""

    def __init__(self, html: str, url: str) -> None:
        self.url = url
        self._soup = BeautifulSoup(html, "lxml")

    def quotes(self) -> list[Quote]:
        return [_quote_from_data(data, self.url) for data in self._data()]

    items = quotes  # what a ListingSpider yields from a listing page

    def next_page_url(self) -> str | None:
        link = self._soup.select_one("li.next > a[href]")
        return urljoin(self.url, str(link["href"])) if link else None

    def _data(self) -> list[dict]:
        for script in self._soup.find_all("script"):
            code = script.string or ""
            start = code.find("var data")
            if start < 0:
                continue
            # The array literal is JSON; raw_decode stops at its end, before the code that renders it.
            data, _ = json.JSONDecoder().raw_decode(code, code.index("[", start))
            return list(data)
        raise UnexpectedPage(self.url, "script with `var data`")


class ApiQuotesPage:
    """A page of the JSON API behind `/scroll`: `/api/quotes?page=N`."""

    def __init__(self, text: str, url: str) -> None:
        self.url = url
        try:
            self._data = json.loads(text)
        except ValueError:
            raise UnexpectedPage(url, "JSON answer") from None
        expect(isinstance(self._data, dict) and "quotes" in self._data, url, '"quotes" in the JSON answer')

    def quotes(self) -> list[Quote]:
        return [_quote_from_data(data, self.url) for data in self._data.get("quotes") or []]

    items = quotes  # what a ListingSpider yields from a listing page

    def has_next(self) -> bool:
        return bool(self._data.get("has_next"))

    def next_page_url(self) -> str | None:
        """The same URL asking for the next page, while the API says there is one."""
        if not self.has_next():
            return None
        parts = urlsplit(self.url)
        query = dict(parse_qsl(parts.query))
        query["page"] = str(int(self._data.get("page") or query.get("page") or 1) + 1)
        return parts._replace(query=urlencode(query)).geturl()


class TablefulPage:
    """`/tableful/` pages: each quote is a table row "“text” Author: name" followed by a row "Tags: ..." of links."""

    def __init__(self, html: str, url: str) -> None:
        self.url = url
        self._soup = BeautifulSoup(html, "lxml")
        expect(self._soup.find("table"), url, "table")

    def quotes(self) -> list[Quote]:
        quotes = []
        for tags_cell in self._soup.find_all("td"):
            if not tags_cell.get_text().strip().startswith("Tags:"):
                continue
            tags_row = tags_cell.find_parent("tr")
            quote_row = tags_row.find_previous_sibling("tr") if tags_row else None
            quote_cell = quote_row.find("td") if quote_row else None
            text, _, author = (quote_cell.get_text() if quote_cell else "").rpartition(" Author: ")
            tags = [link.get_text() for link in tags_cell.find_all("a")]
            quotes.append(Quote(text=text or None, author=author or None, tags=tags, url=self.url))
        return quotes

    items = quotes  # what a ListingSpider yields from a listing page

    def next_page_url(self) -> str | None:
        for link in self._soup.select("table a[href]"):
            if link.get_text().strip().startswith("Next"):
                return urljoin(self.url, str(link["href"]))
        return None


class SearchPage(_FormPage):
    """`/search.aspx` and the `/filter.aspx` answers: author and tag selects, `__VIEWSTATE`, (author, tag) results."""

    form_selector = 'form[name="filterform"]'

    def authors(self) -> list[str]:
        return self._options("author")

    def tags(self) -> list[str]:
        """The tags of the selected author's quotes; empty until an author is chosen."""
        return self._options("tag")

    def selected_author(self) -> str | None:
        return self._selected("author")

    def viewstate(self) -> str | None:
        return self.form_data().get("__VIEWSTATE")

    def results(self) -> list[Quote]:
        """Each result as a quote carrying the one tag it was found under."""
        return [
            Quote(
                text=_text(node.select_one("span.content")),
                author=_text(node.select_one("span.author")),
                tags=[tag.get_text() for tag in node.select("span.tag")],
                url=self.url,
            )
            for node in self._soup.select("div.results div.quote")
        ]


def merge_tags(quotes: list[Quote]) -> list[Quote]:
    """One quote per (text, author), with the union of the tags it was found under, in alphabetical order.

    The site lists every quote's tags alphabetically, so merged quotes compare equal to the listed ones.
    """
    merged: dict[tuple[str | None, str | None], Quote] = {}
    for quote in quotes:
        kept = merged.setdefault((quote.text, quote.author), Quote(quote.text, quote.author, [], url=quote.url))
        kept.tags = sorted({*kept.tags, *quote.tags})
    return list(merged.values())
