"""Parser for www.scrapethissite.com: listing pages and their Country items (made by `scrapy newsite`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crawler.parsers.pages import ItemPage, ListPage, Unfilled
from crawler.site_items.www_scrapethissite_com import Country

if TYPE_CHECKING:
    from bs4 import Tag


class CountryPage(ItemPage[Country]):
    """One Country: its block of a listing page, or a page of its own; `self.node` is that part of the page."""

    item_class = Country

    def name(self) -> str | None:
        # e.g. return self.node.select_one(".name").get_text(strip=True)
        raise Unfilled(self, "name")

    def capital(self) -> str | None:
        # e.g. return self.node.select_one(".capital").get_text(strip=True)
        raise Unfilled(self, "capital")

    def population(self) -> str | None:
        # e.g. return self.node.select_one(".population").get_text(strip=True)
        raise Unfilled(self, "population")

    def area(self) -> str | None:
        # e.g. return self.node.select_one(".area").get_text(strip=True)
        raise Unfilled(self, "area")


class CountryListPage(ListPage):
    """A listing page, such as https://www.scrapethissite.com/"""

    item_page = CountryPage

    def item_nodes(self) -> list[Tag]:
        # e.g. return self.soup.select("div.item"); or return [] when each item has a page of its own.
        raise Unfilled(self, "item_nodes")

    def detail_urls(self) -> list[str]:
        # e.g. return [self.link(a) for a in self.soup.select("h3 > a")]; or return [] when the items are here.
        raise Unfilled(self, "detail_urls")

    def next_page_url(self) -> str | None:
        # e.g. return self.link(self.soup.select_one("li.next > a")); None on the last page.
        raise Unfilled(self, "next_page_url")
