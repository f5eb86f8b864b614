"""Spider for books.toscrape.com: every listing page (or one category's), and each book's product page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import Field
from scrapy import Request, Spider
from scrapy_spider_metadata import Args

from crawler.args import SiteParams
from crawler.errors import CrawlFailed
from crawler.items import Book
from crawler.parsers.books_toscrape_com import BookListPage, read_book
from crawler.pool import ParserPool
from crawler.progress import expect_items
from crawler.sharding import WHOLE

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from scrapy.crawler import Crawler
    from scrapy.http import TextResponse


class BooksParams(SiteParams):
    base_url: str = "https://books.toscrape.com/"
    category: str | None = Field(
        None, min_length=1, description="crawl only this category, by its sidebar name (any letter case)"
    )


class BooksSpider(Args[BooksParams], Spider):
    name = "books"
    # What it yields: a CSV output gets one file per type (crawler.feeds).
    item_types = (Book,)
    # Parses in this thread unless from_crawler() gives the spider a pool of its own.
    parsers = ParserPool(0)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> BooksSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.parsers = ParserPool.from_crawler(crawler)
        return spider

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
        # In this thread, at once: the next requests wait on it (it reads only the links, about 1 ms).
        page = BookListPage(response.text, response.url)
        if self.args.shard == WHOLE and (total := page.result_count()) is not None:
            expect_items(self, total)  # the progress line's percentage and ETA
        for url in page.book_urls():
            if self.args.shard.owns(url):
                yield response.follow(url, callback=self.parse_book)
        if next_page := page.next_page_url():
            yield response.follow(next_page, callback=self.parse)

    async def parse_book(self, response: TextResponse) -> AsyncIterator[Any]:
        """A product page: the book.

        @path /catalogue/a-light-in-the-attic_1000/index.html
        @returns items 1 1
        @filled title price currency upc availability rating category description image_url url
        """
        yield await self.parsers.run(read_book, response.text, response.url)
