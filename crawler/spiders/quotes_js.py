"""Spider for quotes.toscrape.com's JavaScript pages: the quotes are read from a script's data, never executed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import Field
from scrapy import Request, Spider
from scrapy_spider_metadata import Args

from crawler.items import Quote
from crawler.parsers.quotes_toscrape_com import JsQuotePage
from crawler.spiders.quotes import QuotesSiteParams

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from scrapy.http import TextResponse


class QuotesJsParams(QuotesSiteParams):
    delayed: bool = Field(False, description="read /js-delayed/, whose script waits 10 s before showing the quotes")


class QuotesJsSpider(Args[QuotesJsParams], Spider):
    name = "quotes_js"
    # What it yields: a CSV output gets one file per type (crawler.feeds).
    item_types = (Quote,)

    async def start(self) -> AsyncIterator[Request]:
        path = "js-delayed/" if self.args.delayed else "js/"
        yield Request(self.args.base_url + path, callback=self.parse)

    def parse(self, response: TextResponse, **kwargs: Any) -> Iterator[Any]:
        """A page whose quotes are a script's data: its quotes and the next page.

        @path /js/page/2/
        @returns items 10 10
        @returns requests 1 1
        @filled text author tags url
        """
        page = JsQuotePage(response.text, response.url)
        if self.args.shard.owns(response.url):
            yield from page.quotes()
        if next_page := page.next_page_url():
            yield response.follow(next_page, callback=self.parse)
