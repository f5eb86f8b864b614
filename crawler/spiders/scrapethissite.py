"""Spider for www.scrapethissite.com: listing pages, their next links and detail pages (made by `scrapy newsite`).

Starts at https://www.scrapethissite.com/ (`-a base_url=` points it at another copy of the site).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlencode

from pydantic import Field
from scrapy_spider_metadata import Args

from crawler.args import SiteParams
from crawler.parsers.www_scrapethissite_com import CountryListPage, FilmsJson, FilmYearsPage, TeamListPage
from crawler.shapes import ListingSpider
from crawler.site_items.www_scrapethissite_com import Country, Film, Team

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from scrapy import Request
    from scrapy.http import TextResponse


class ScrapethissiteParams(SiteParams):
    base_url: str = "https://www.scrapethissite.com/"
    q: str | None = Field(None, min_length=1, description="hockey teams: only those whose name contains this")
    per_page: Literal["25", "50", "100"] | None = Field(None, description="hockey teams: rows per page")


class ScrapethissiteSpider(Args[ScrapethissiteParams], ListingSpider):
    name = "scrapethissite"
    item_types = (Country, Team, Film)
    # What `parse` reads when a request names no page class: the countries page, for `scrapy check`.
    listing_page = CountryListPage

    async def start(self) -> AsyncIterator[Request]:
        yield self.listing("pages/simple/", CountryListPage)
        search = urlencode({name: value for name in ("q", "per_page") if (value := getattr(self.args, name))})
        yield self.listing("pages/forms/" + (f"?{search}" if search else ""), TeamListPage)
        yield self.listing("pages/ajax-javascript/", FilmYearsPage, FilmsJson)

    def parse(self, response: TextResponse, **kwargs: Any) -> Iterator[Any]:
        """A listing page of one of the three page types: its items, detail requests and next page.

        @path /pages/simple/
        @returns items 250 250
        @filled name capital population area
        """
        yield from super().parse(response, **kwargs)
