"""Spider for quotes.toscrape.com's infinite scroll: it asks the JSON API the page's script calls."""

from __future__ import annotations

from scrapy_spider_metadata import Args

from crawler.items import Quote
from crawler.parsers.quotes_toscrape_com import ApiQuotesPage
from crawler.shapes import ListingSpider
from crawler.spiders.quotes import QuotesSiteParams


class QuotesScrollSpider(Args[QuotesSiteParams], ListingSpider):
    """`/scroll` loads `/api/quotes?page=N` while the user scrolls; this reads those pages until `has_next` is false."""

    name = "quotes_scroll"
    # What it yields: a CSV output gets one file per type (crawler.feeds).
    item_types = (Quote,)
    start_path = "api/quotes?page=1"
    listing_page = ApiQuotesPage
