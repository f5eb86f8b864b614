"""Parsers for the HTML pages of books.toscrape.com: listing pages with their category sidebar, and product pages."""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Tag
from price_parser import Price

from crawler.items import Book
from crawler.parsers.pages import expect

if TYPE_CHECKING:
    from decimal import Decimal

_RATINGS = {"One": 1, "Two": 2, "Three": 3, "Four": 4, "Five": 5}
# The signs this shop could print, as ISO 4217 codes.
_CURRENCIES = {"£": "GBP", "$": "USD", "€": "EUR"}
_AVAILABLE = re.compile(r"\((\d+) available\)")
# Building bs4's tree is most of a parse, so each page type hands bs4 only the part that holds its data
# (measured on the 1,000 replica product pages: 2.5 ms for the whole page, under 1 ms for the part).
_PRODUCT_START, _PRODUCT_END = '<ul class="breadcrumb"', "</article>"
# A listing page's links: each book's <h3> and the pager (1 ms for these, 6 ms for the product grid).
# Each part stops at the next opening of its own tag, so an unclosed <h3> costs the text up to the next one,
# not the rest of the page: the scan stays linear in the page's size.
_LISTING_PARTS = re.compile(r'<h3>(?:[^<]++|<(?!/?h3>))*+</h3>|<ul class="pager">(?:[^<]++|<(?!/?ul\b))*+</ul>')
# "<strong>1000</strong> results - showing ...", or "<strong>1</strong> result." above a listing's grid.
_RESULT_COUNT = re.compile(r"<strong>(\d+)</strong>\s*results?\b")
# Whitespace beside block-level tags is never text a field reads, yet each run costs bs4 one node.
_BLOCK_TAG = r"(?:article|div|h[1-6]|hr|li|ol|p|section|table|tbody|td|th|tr|ul)\b"
# A tag's attributes stop at the next "<" too: a run of "<div " with no ">" is not scanned to the end each time.
_BLOCK_GAP = re.compile(rf"(?<=>)[ \t\r\n]+(?=</?{_BLOCK_TAG})|(</?{_BLOCK_TAG}[^<>]*>)[ \t\r\n]+(?=<)")


def _text(node: Tag | None) -> str | None:
    return node.get_text().strip() if node is not None else None


def _product_part(html: str) -> str:
    """Breadcrumb to end of <article>, without whitespace beside block tags; the whole page if either is missing."""
    start = html.find(_PRODUCT_START)
    end = html.find(_PRODUCT_END, start + 1) if start >= 0 else -1
    if end < 0:
        return html
    return _BLOCK_GAP.sub(lambda gap: gap.group(1) or "", html[start : end + len(_PRODUCT_END)])


class BookListPage:
    """A page of books: the home page, `catalogue/page-N.html`, or a category's `index.html` / `page-N.html`."""

    def __init__(self, html: str, url: str) -> None:
        self.url = url
        self._html = html
        # Every listing page says how many books it lists ("1000 results"), even a category's only page.
        expect(_RESULT_COUNT.search(html), url, '"<strong>N</strong> results"')
        parts = _LISTING_PARTS.findall(html)
        self._listing = BeautifulSoup("".join(parts) if parts else html, "lxml")

    @cached_property
    def _page(self) -> BeautifulSoup:
        """The whole page, for the sidebar: built only when the categories are asked for."""
        return BeautifulSoup(self._html, "lxml")

    # find() rather than CSS select(): soupsieve compiles a selector on first use (about 90 ms),
    # and the first listing page is what every later request waits on.
    def book_urls(self) -> list[str]:
        """Each book's product page, in page order."""
        # The link is the heading's own child: find() would search the whole subtree of each of a page's
        # unclosed, nested headings.
        links = (heading.find("a", href=True, recursive=False) for heading in self._listing.find_all("h3"))
        return [urljoin(self.url, str(link["href"])) for link in links if link is not None]

    detail_urls = book_urls  # what a ListingSpider follows to detail pages

    def next_page_url(self) -> str | None:
        pager = self._listing.find("ul", class_="pager")
        item = pager.find("li", class_="next") if pager is not None else None
        link = item.find("a", href=True) if item is not None else None
        return urljoin(self.url, str(link["href"])) if link is not None else None

    def result_count(self) -> int | None:
        """How many books the listing holds over all its pages (the whole catalogue, or one category's)."""
        found = _RESULT_COUNT.search(self._html)
        return int(found[1]) if found else None

    def categories(self) -> dict[str, str]:
        """The sidebar's categories, name as shown -> absolute URL of the category's first page."""
        links = self._page.select("div.side_categories ul > li > ul > li > a[href]")
        return {link.get_text().strip(): urljoin(self.url, str(link["href"])) for link in links}


class BookPage:
    """A book's product page, `catalogue/<slug>_<id>/index.html`."""

    def __init__(self, html: str, url: str) -> None:
        self.url = url
        # Class attributes stay strings (no list per tag): the walk below matches their words itself.
        soup = BeautifulSoup(_product_part(html), "lxml", multi_valued_attributes=None)
        self._nodes: dict[str, Tag] = {}
        self._table: dict[str | None, str | None] = {}
        # One walk over the tree finds every node a field needs: bs4's find() per field costs more than the walk.
        for node in soup.descendants:
            if not isinstance(node, Tag):
                continue
            if node.name == "tr":
                cells = [cell for cell in node.children if isinstance(cell, Tag)]
                if len(cells) == 2:
                    self._table[_text(cells[0])] = _text(cells[1])
                continue
            for word in str(node.get("id") or node.get("class") or "").split():
                self._nodes.setdefault(f"{node.name}.{word}", node)
            self._nodes.setdefault(node.name, node)
        expect(self._nodes.get("div.product_main"), url, "div.product_main")
        self._price = Price.fromstring(_text(self._nodes.get("p.price_color")))

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

    def items(self) -> list[Book]:
        """The page's one book, as a ListingSpider reads a detail page."""
        return [self.book()]

    def title(self) -> str | None:
        return _text(self._nodes.get("h1"))

    def price(self) -> Decimal | None:
        """The price shown beside the title."""
        return self._price.amount

    def currency(self) -> str | None:
        sign = self._price.currency
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
        stars = self._nodes.get("p.star-rating")
        if stars is None:
            return None
        return next((_RATINGS[name] for name in str(stars["class"]).split() if name in _RATINGS), None)

    def upc(self) -> str | None:
        return self._table.get("UPC")

    def product_type(self) -> str | None:
        return self._table.get("Product Type")

    def category(self) -> str | None:
        """The breadcrumb's third link: Home / Books / <category> / title."""
        trail = self._nodes.get("ul.breadcrumb")
        links = trail.find_all("a") if trail else []
        return _text(links[2]) if len(links) > 2 else None

    def description(self) -> str | None:
        """The paragraph after the "Product Description" heading; None when missing or blank."""
        heading = self._nodes.get("div.product_description")
        node = heading.find_next_sibling() if isinstance(heading, Tag) else None
        text = node.get_text() if isinstance(node, Tag) and node.name == "p" else ""
        return text if text.strip() else None

    def number_of_reviews(self) -> int | None:
        raw = self._table.get("Number of reviews")
        return int(raw) if raw and raw.isdigit() else None

    def image_url(self) -> str | None:
        gallery = self._nodes.get("div.product_gallery")
        image = gallery.find("img", src=True) if isinstance(gallery, Tag) else None
        return urljoin(self.url, str(image["src"])) if isinstance(image, Tag) else None


def read_book(html: str, url: str) -> Book:
    """A product page's Book, from one call (for a parser pool)."""
    return BookPage(html, url).book()
