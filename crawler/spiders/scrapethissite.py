"""Spider for www.scrapethissite.com: listing pages, their next links and detail pages (made by `scrapy newsite`).

Starts at https://www.scrapethissite.com/ (`-a base_url=` points it at another copy of the site).
"""

from __future__ import annotations

from scrapy_spider_metadata import Args

from crawler.args import SiteParams
from crawler.parsers.www_scrapethissite_com import CountryListPage, CountryPage
from crawler.shapes import ListingSpider


class ScrapethissiteParams(SiteParams):
    base_url: str = "https://www.scrapethissite.com/"


class ScrapethissiteSpider(Args[ScrapethissiteParams], ListingSpider):
    name = "scrapethissite"
    listing_page = CountryListPage
    detail_page = CountryPage
