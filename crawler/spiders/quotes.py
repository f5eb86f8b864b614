"""Spider for quotes.toscrape.com: every listing page, and each author's page once.

Under `-a shard=I/N` every shard walks all listing pages but yields only the
quotes of the pages it owns, and fetches only the author pages it owns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import Field
from scrapy import Request, Spider
from scrapy_spider_metadata import Args

from crawler.args import SiteParams
from crawler.items import Author, Quote
from crawler.parsers.quotes_toscrape_com import AuthorPage, QuoteListPage

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from scrapy.http import TextResponse


class QuotesSiteParams(SiteParams):
    """Arguments of every quotes.toscrape.com spider."""

    base_url: str = "https://quotes.toscrape.com/"


class QuotesParams(QuotesSiteParams):
    tag: str | None = Field(None, pattern=r"^[A-Za-z0-9-]+$", description="crawl only this tag's pages")


class QuotesSpider(Args[QuotesParams], Spider):
    name = "quotes"
    # What it yields: a CSV output gets one file per type (crawler.feeds).
    item_types = (Quote, Author)

    async def start(self) -> AsyncIterator[Request]:
        yield self.first_listing()

    def first_listing(self) -> Request:
        """The first listing page: the site's front page, or the chosen tag's."""
        path = f"tag/{self.args.tag}/" if self.args.tag else ""
        return Request(self.args.base_url + path, callback=self.parse)

    def parse(self, response: TextResponse, **kwargs: Any) -> Iterator[Any]:
        """A listing page: its quotes, a request per author, and the next page.

        @path /page/2/
        @returns items 10 10
        @returns requests 2
        @filled text author tags author_url url
        """
        page = QuoteListPage(response.text, response.url)
        if self.args.shard.owns(response.url):
            yield from page.quotes()
        for url in page.author_urls():
            if self.args.shard.owns(url):
                yield response.follow(url, callback=self.parse_author)
        if next_page := page.next_page_url():
            yield response.follow(next_page, callback=self.parse)

    def parse_author(self, response: TextResponse) -> Iterator[Any]:
        """An author's page: the author.

        @path /author/Albert-Einstein/
        @returns items 1 1
        @returns requests 0 0
        @filled name birth_date birth_place bio url
        """
        yield AuthorPage(response.text, response.url).author()
