"""The items the spiders yield: typed dataclasses that itemadapter and the feed exporters understand.

Each item class names its de-duplication key (`key_fields`) and the fields it
cannot be stored without (`required_fields`); the pipelines read both, so a new
item type needs no pipeline change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from decimal import Decimal


@dataclass
class Quote:
    text: str | None
    """The quote as shown, curly quotation marks included."""
    author: str | None
    tags: list[str] = field(default_factory=list)
    author_url: str | None = None
    """Absolute URL of the author's page."""
    url: str | None = None
    """The page the quote was read from."""
    goodreads_url: str | None = None
    """Link to the quote's author on Goodreads; shown only to logged-in users."""

    key_fields: ClassVar[tuple[str, ...]] = ("text", "author")
    required_fields: ClassVar[tuple[str, ...]] = ("text", "author")


@dataclass
class Author:
    name: str | None
    birth_date: str | None = None
    """ISO 8601 date, e.g. ``1879-03-14``."""
    birth_place: str | None = None
    """As on the page, without its leading "in "."""
    bio: str | None = None
    url: str | None = None

    key_fields: ClassVar[tuple[str, ...]] = ("name",)
    required_fields: ClassVar[tuple[str, ...]] = ("name", "birth_date")


@dataclass
class Book:
    """A book of books.toscrape.com, read from its product page."""

    title: str | None
    """The full title from the product page (listing pages cut it to four words)."""
    price: Decimal | None = None
    """The price shown to buyers, exact (never a float); exported as a string like "51.77"."""
    currency: str | None = None
    """ISO 4217 code of the price's currency sign, e.g. ``GBP`` for ``£``."""
    price_excl_tax: Decimal | None = None
    price_incl_tax: Decimal | None = None
    tax: Decimal | None = None
    availability: int | None = None
    """Copies in stock: the number in "In stock (22 available)"; 0 when out of stock."""
    in_stock: bool | None = None
    rating: int | None = None
    """1 to 5 stars, from the ``star-rating Three`` class."""
    upc: str | None = None
    product_type: str | None = None
    category: str | None = None
    """The book's category as the breadcrumb names it."""
    description: str | None = None
    """None when the page has no description."""
    number_of_reviews: int | None = None
    image_url: str | None = None
    """Absolute URL of the full-size cover."""
    url: str | None = None
    images: list[dict[str, str]] = field(default_factory=list)
    """Stored covers (url, path under IMAGES_STORE, checksum), filled only when cover downloads are on."""

    key_fields: ClassVar[tuple[str, ...]] = ("upc",)
    required_fields: ClassVar[tuple[str, ...]] = ("title", "upc", "price", "url")
