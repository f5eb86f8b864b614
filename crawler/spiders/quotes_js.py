"""Spider for quotes.toscrape.com's JavaScript pages: the quotes are read from a script's data, never executed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import Field
from scrapy_spider_metadata import Args

from crawler.items import Quote
from crawler.parsers.quotes_toscrape_com import JsQuotePage
from crawler.shapes import ListingSpider
from crawler.spiders.quotes import QuotesSiteParams

if TYPE_CHECKING:
    from collections.abc import Iterator

    from scrapy.http import TextResponse


class QuotesJsParams(QuotesSiteParams):
    delayed: bool = Field(False, description="read /js-delayed/, whose script waits 10 s before showing the quotes")


class QuotesJsSpider(Args[QuotesJsParams], ListingSpider):
    name = "quotes_js"
    # What it yields: a CSV output gets one file per type (crawler.feeds).
    item_types = (Quote,)
    listing_page = JsQuotePage

    @property
    def start_path(self) -> str:  # type: ignore[override]
        return "js-delayed/" if self.args.delayed else "js/"

    def parse(self, response: TextResponse, **kwargs: Any) -> Iterator[Any]:
        """A page whose quotes are a script's data: its quotes and the next page.

        @path /js/page/2/
        @returns items 10 10
        @returns requests 1 1
        @filled text author tags url
        """
        yield from super().parse(response, **kwargs)
