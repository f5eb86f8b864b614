"""Spider for quotes.toscrape.com's table layout: the same quotes in rows without helpful classes."""

from __future__ import annotations

from scrapy_spider_metadata import Args

from crawler.items import Quote
from crawler.parsers.quotes_toscrape_com import TablefulPage
from crawler.shapes import ListingSpider
from crawler.spiders.quotes import QuotesSiteParams


class QuotesTablefulSpider(Args[QuotesSiteParams], ListingSpider):
    name = "quotes_tableful"
    # What it yields: a CSV output gets one file per type (crawler.feeds).
    item_types = (Quote,)
    start_path = "tableful/"
    listing_page = TablefulPage
