"""Parsers for the HTML pages of books.toscrape.com: listing pages with their category sidebar, and product pages."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from bs4 import BeautifulSoup, SoupStrainer, Tag
from price_parser import Price

from crawler.items import Book

if TYPE_CHECKING:
    from decimal import Decimal

_RATINGS = {"One": 1, "Two": 2, "Three": 3, "Four": 4, "Five": 5}
# The signs this shop could print, as ISO 4217 codes.
_CURRENCIES = {"£": "GBP", "$": "USD", "€": "EUR"}
_AVAILABLE = re.compile(r"\((\d+) available\)")
# A product page needs only its breadcrumb and its <article>: building the tree
# of the rest (head, scripts, footer) is most of the parse time.
_PRODUCT_PARTS = SoupStrainer(attrs={"class": ["breadcrumb", "product_page"]})


def _text(node: Tag | None) -> str | None:
    return node.get_text().strip() if node is not None else None


class BookListPage:
    """A page of books: the home page, `catalogue/page-N.html`, or a category's `index.html` / `page-N.html`."""

    def __init__(self, html: str, url: str) -> None:
        self.url = url
        self._soup = BeautifulSoup(html, "lxml")

    def book_urls(self) -> list[str]:
        """Each book's product page, in page order."""
        links = self._soup.select("article.product_pod h3 > a[href]")
        return [urljoin(self.url, str(link["href"])) for link in links]

    def next_page_url(self) -> str | None:
        link = self._soup.select_one("ul.pager li.next > a[href]")
        return urljoin(self.url, str(link["href"])) if link else None

    def categories(self) -> dict[str, str]:
        """The sidebar's categories, name as shown -> absolute URL of the category's first page."""
        links = self._soup.select("div.side_categories ul > li > ul > li > a[href]")
        return {link.get_text().strip(): urljoin(self.url, str(link["href"])) for link in links}


class BookPage:
    """A book's product page, `catalogue/<slug>_<id>/index.html`."""

    def __init__(self, html: str, url: str) -> None:
        self.url = url
        self._soup = BeautifulSoup(html, "lxml", parse_only=_PRODUCT_PARTS)
        # find() rather than CSS selectors: soupsieve would double the cost of a page.
        self._main = self._soup.find("div", class_="product_main")
        table = self._soup.find("table")
        rows = table.find_all("tr") if isinstance(table, Tag) else []
        self._table = {_text(row.th): _text(row.td) for row in rows if row.th and row.td}

    def book(self) -> Book:
        return Book(
            title=self.title(),
            price=self.price(),
            currency=self.currency(),
            price_excl_tax=self.price_excl_tax(),
            price_incl_tax=self.price_incl_tax(),
            tax=self.tax(),
            availability=self.availability(),
            in_stock=self.in_stock(),
            rating=self.rating(),
            upc=self.upc(),
            product_type=self.product_type(),
            category=self.category(),
            description=self.description(),
            number_of_reviews=self.number_of_reviews(),
            image_url=self.image_url(),
            url=self.url,
        )

    def title(self) -> str | None:
        return _text(self._main.h1) if self._main else None

    def price(self) -> Decimal | None:
        """The price shown beside the title."""
        return Price.fromstring(self._shown_price()).amount

    def currency(self) -> str | None:
        sign = Price.fromstring(self._shown_price()).currency
        return _CURRENCIES.get(sign, sign) if sign else None

    def price_excl_tax(self) -> Decimal | None:
        return Price.fromstring(self._table.get("Price (excl. tax)")).amount

    def price_incl_tax(self) -> Decimal | None:
        return Price.fromstring(self._table.get("Price (incl. tax)")).amount

    def tax(self) -> Decimal | None:
        return Price.fromstring(self._table.get("Tax")).amount

    def availability(self) -> int | None:
        """Copies in stock, from "In stock (22 available)"; 0 when the row says anything else."""
        raw = self._table.get("Availability")
        if raw is None:
            return None
        found = _AVAILABLE.search(raw)
        return int(found.group(1)) if found else 0

    def in_stock(self) -> bool | None:
        raw = self._table.get("Availability")
        return raw.startswith("In stock") if raw is not None else None

    def rating(self) -> int | None:
        stars = self._main.find("p", class_="star-rating") if self._main else None
        if stars is None:
            return None
        return next((_RATINGS[name] for name in stars.get_attribute_list("class") if name in _RATINGS), None)

    def upc(self) -> str | None:
        return self._table.get("UPC")

    def product_type(self) -> str | None:
        return self._table.get("Product Type")

    def category(self) -> str | None:
        """The breadcrumb's third link: Home / Books / <category> / title."""
        trail = self._soup.find("ul", class_="breadcrumb")
        links = trail.find_all("a") if isinstance(trail, Tag) else []
        return _text(links[2]) if len(links) > 2 else None

    def description(self) -> str | None:
        """The paragraph after the "Product Description" heading; None when missing or blank."""
        heading = self._soup.find(id="product_description")
        node = heading.find_next_sibling() if isinstance(heading, Tag) else None
        text = node.get_text() if isinstance(node, Tag) and node.name == "p" else ""
        return text if text.strip() else None

    def number_of_reviews(self) -> int | None:
        raw = self._table.get("Number of reviews")
        return int(raw) if raw and raw.isdigit() else None

    def image_url(self) -> str | None:
        gallery = self._soup.find(id="product_gallery")
        image = gallery.find("img", src=True) if isinstance(gallery, Tag) else None
        return urljoin(self.url, str(image["src"])) if isinstance(image, Tag) else None

    def _shown_price(self) -> str | None:
        return _text(self._main.find("p", class_="price_color")) if self._main else None
