"""Spider for quotes.toscrape.com's JavaScript pages: the quotes are read from a script's data, never executed."""

from __future__ import annotations

from pydantic import Field
from scrapy_spider_metadata import Args

from crawler.items import Quote
from crawler.parsers.quotes_toscrape_com import JsQuotePage
from crawler.shapes import ListingSpider
from crawler.spiders.quotes import QuotesSiteParams


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
