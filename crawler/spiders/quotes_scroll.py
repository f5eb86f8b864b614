"""Spider for quotes.toscrape.com's infinite scroll: it asks the JSON API the page's script calls."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy_spider_metadata import Args

from crawler.items import Quote
from crawler.parsers.quotes_toscrape_com import ApiQuotesPage
from crawler.shapes import ListingSpider
from crawler.spiders.quotes import QuotesSiteParams

if TYPE_CHECKING:
    from collections.abc import Iterator

    from scrapy.http import TextResponse


class QuotesScrollSpider(Args[QuotesSiteParams], ListingSpider):
    """`/scroll` loads `/api/quotes?page=N` while the user scrolls; this reads those pages until `has_next` is false."""

    name = "quotes_scroll"
    # What it yields: a CSV output gets one file per type (crawler.feeds).
    item_types = (Quote,)
    start_path = "api/quotes?page=1"
    listing_page = ApiQuotesPage

    def parse(self, response: TextResponse, **kwargs: Any) -> Iterator[Any]:
        """A page of the JSON API: its quotes and the next page.

        @path /api/quotes?page=2
        @returns items 10 10
        @returns requests 1 1
        @filled text author tags url
        """
        yield from super().parse(response, **kwargs)
