"""A spider base for the common shape: listing pages, a next link, detail pages; sharding and parser pool built in.

A spider of this shape names a start path and its page classes and writes no callback:

    class ExampleSpider(Args[ExampleParams], ListingSpider):
        name = "example"
        start_path = "catalogue/"
        listing_page = ExampleListPage   # items(), detail_urls(), next_page_url(): each optional
        detail_page = ExamplePage        # items()

Every shard (`-a shard=I/N`) walks all listing pages, yields the listing items whose key it owns and
fetches the detail pages it owns; detail pages are parsed in the parser worker pool (`PARSER_PROCESSES`).
A site of another shape keeps a plain `scrapy.Spider`.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urljoin

from scrapy import Request, Spider

from crawler.items import item_key
from crawler.parsers.pages import read_items
from crawler.pool import ParserPool

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from scrapy.crawler import Crawler
    from scrapy.http import TextResponse

    from crawler.args import SiteParams


def owner_key(item: Any, page_url: str) -> str:
    """What decides the shard of a listing item: its de-duplication key, or its page's URL for an item without one."""
    key = item_key(item)
    return page_url if key is None else json.dumps(key, default=str, ensure_ascii=False)


class ListingSpider(Spider):
    """Listing pages from `start_path` on, following each page's next link; detail pages read with `detail_page`."""

    start_path: ClassVar[str] = ""
    listing_page: ClassVar[type]
    detail_page: ClassVar[type | None] = None
    args: SiteParams
    # Parses in this thread unless from_crawler() gives the spider a pool of its own.
    parsers = ParserPool(0)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> ListingSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.parsers = ParserPool.from_crawler(crawler)
        return spider

    async def start(self) -> AsyncIterator[Request]:
        yield self.listing(self.start_path)

    def listing(self, path: str, listing_page: type | None = None, detail_page: type | None = None) -> Request:
        """A request for the listing page at `path` under `base_url`, read with these page classes (or the spider's)."""
        pages = {"listing_page": listing_page, "detail_page": detail_page}
        return Request(
            urljoin(self.args.base_url, path),
            callback=self.parse,
            cb_kwargs={name: page for name, page in pages.items() if page is not None},
        )

    def parse(
        self, response: TextResponse, listing_page: type | None = None, detail_page: type | None = None, **kwargs: Any
    ) -> Iterator[Any]:
        # In this thread, at once: the next requests wait on it.
        page = (listing_page or self.listing_page)(response.text, response.url)
        self.listing_read(page)
        for item in page.items() if hasattr(page, "items") else ():
            if self.args.shard.owns(owner_key(item, response.url)):
                yield item
        reader = detail_page or self.detail_page
        for url in page.detail_urls() if reader is not None and hasattr(page, "detail_urls") else ():
            if self.args.shard.owns(url):
                yield response.follow(url, callback=self.parse_detail, cb_kwargs={"detail_page": reader})
        if next_page := page.next_page_url() if hasattr(page, "next_page_url") else None:
            yield response.follow(next_page, callback=self.parse, cb_kwargs=dict(response.request.cb_kwargs))

    def listing_read(self, page: Any) -> None:
        """Called with each listing page once it is read: for what a spider learns from it (a total, say)."""

    async def parse_detail(self, response: TextResponse, detail_page: type) -> AsyncIterator[Any]:
        for item in await self.parsers.run(read_items, detail_page, response.text, response.url):
            yield item
