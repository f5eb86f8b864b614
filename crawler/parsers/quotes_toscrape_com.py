"""Parsers for the HTML pages of quotes.toscrape.com: the quote listings and the author pages."""

from __future__ import annotations

from urllib.parse import urljoin

from bs4 import BeautifulSoup, Tag
from dateutil import parser as dateparser

from crawler.items import Author, Quote


def _text(node: Tag | None) -> str | None:
    return node.get_text() if node is not None else None


class QuoteListPage:
    """A page of quotes: `/`, `/page/N/`, `/tag/T/`, `/tag/T/page/N/` (and the logged-in variants)."""

    def __init__(self, html: str, url: str) -> None:
        self.url = url
        self._soup = BeautifulSoup(html, "lxml")

    def quotes(self) -> list[Quote]:
        return [self._quote(node) for node in self._soup.select("div.quote")]

    def next_page_url(self) -> str | None:
        link = self._soup.select_one("li.next > a[href]")
        return urljoin(self.url, str(link["href"])) if link else None

    def author_urls(self) -> list[str]:
        """Each author's page, once, in page order."""
        links = self._soup.select('div.quote a[href^="/author/"]')
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
