"""Spider for books.toscrape.com: every listing page (or one category's), and each book's product page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import Field
from scrapy import Request
from scrapy_spider_metadata import Args

from crawler.args import SiteParams
from crawler.errors import CrawlFailed
from crawler.items import Book
from crawler.parsers.books_toscrape_com import BookListPage, BookPage
from crawler.progress import expect_items
from crawler.shapes import ListingSpider
from crawler.sharding import WHOLE

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from scrapy.http import TextResponse


class BooksParams(SiteParams):
    base_url: str = "https://books.toscrape.com/"
    category: str | None = Field(
        None, min_length=1, description="crawl only this category, by its sidebar name (any letter case)"
    )


class BooksSpider(Args[BooksParams], ListingSpider):
    name = "books"
    # What it yields: a CSV output gets one file per type (crawler.feeds).
    item_types = (Book,)
    listing_page = BookListPage
    detail_page = BookPage

    async def start(self) -> AsyncIterator[Request]:
        # The home page is the first listing page and holds the category sidebar.
        yield Request(self.args.base_url, callback=self.parse_home)

    def parse_home(self, response: TextResponse) -> Iterator[Any]:
        """The home page, the first listing page: its books and the next page, or the chosen category.

        @path /
        @returns requests 21 21
        """
        if self.args.category is None:
            yield from self.parse(response)
            return
        categories = BookListPage(response.text, response.url).categories()
        by_name = {name.casefold(): url for name, url in categories.items()}
        url = by_name.get(self.args.category.casefold())
        if url is None:
            names = ", ".join(sorted(categories, key=str.casefold))
            raise CrawlFailed(f"-a category: no such category (got {self.args.category!r}); valid categories: {names}")
        yield response.follow(url, callback=self.parse)

    def parse(self, response: TextResponse, **kwargs: Any) -> Iterator[Any]:
        """A listing page: a request per book and one for the next page.

        @path /catalogue/page-2.html
        @returns requests 21 21
        @returns items 0 0
        """
        yield from super().parse(response, **kwargs)

    def listing_read(self, page: BookListPage) -> None:
        if self.args.shard == WHOLE and (total := page.result_count()) is not None:
            expect_items(self, total)  # the progress line's percentage and ETA

    async def parse_detail(self, response: TextResponse, detail_page: type = BookPage) -> AsyncIterator[Any]:
        """A product page: the book.

        @path /catalogue/a-light-in-the-attic_1000/index.html
        @returns items 1 1
        @filled title price currency upc availability rating category description image_url url
        """
        async for item in super().parse_detail(response, detail_page):
            yield item
