"""Spider for quotes.toscrape.com's table layout: the same quotes in rows without helpful classes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy_spider_metadata import Args

from crawler.items import Quote
from crawler.parsers.quotes_toscrape_com import TablefulPage
from crawler.shapes import ListingSpider
from crawler.spiders.quotes import QuotesSiteParams

if TYPE_CHECKING:
    from collections.abc import Iterator

    from scrapy.http import TextResponse


class QuotesTablefulSpider(Args[QuotesSiteParams], ListingSpider):
    name = "quotes_tableful"
    # What it yields: a CSV output gets one file per type (crawler.feeds).
    item_types = (Quote,)
    start_path = "tableful/"
    listing_page = TablefulPage

    def parse(self, response: TextResponse, **kwargs: Any) -> Iterator[Any]:
        """A page of the table layout: its quotes and the next page.

        @path /tableful/page/2/
        @returns items 10 10
        @returns requests 1 1
        @filled text author tags url
        """
        yield from super().parse(response, **kwargs)
