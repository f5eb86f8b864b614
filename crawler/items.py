"""The items the spiders yield: typed dataclasses that itemadapter and the feed exporters understand.

Each item class declares, as keywords of its class statement, the stem of its output file
(`feed`), its de-duplication key (`key`) and the fields it cannot be stored without
(`required`). The feeds, the pipelines, resumed jobs and the cluster merge all read these
declarations through the functions below, so a new item type needs no change anywhere else.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from itemadapter import ItemAdapter

if TYPE_CHECKING:
    from collections.abc import Mapping
    from decimal import Decimal


class Item:
    """Base of every item class of the project: `class Quote(Item, feed=..., key=(...), required=(...))`."""

    feed_name: ClassVar[str]
    """Stem of the item type's own output file: `output/<spider>/<feed_name>.jsonl`."""
    key_fields: ClassVar[tuple[str, ...]]
    """The fields that make two items the same item (de-duplication, resumed jobs, the cluster merge)."""
    required_fields: ClassVar[tuple[str, ...]]
    """Fields an item cannot be stored without: one of them empty drops the item."""

    def __init_subclass__(cls, *, feed: str, key: tuple[str, ...], required: tuple[str, ...] = (), **kwargs: Any):
        super().__init_subclass__(**kwargs)
        if not feed.isidentifier():
            raise TypeError(f"{cls.__name__}: feed must be an identifier (got {feed!r})")
        for other in _DECLARED:
            if other.feed_name == feed and other.__qualname__ != cls.__qualname__:
                raise TypeError(f"{cls.__name__}: feed {feed!r} is already {other.__name__}'s")
        cls.feed_name, cls.key_fields, cls.required_fields = feed, tuple(key), tuple(required)
        # A class redefined (a module reloaded) replaces its earlier self.
        _DECLARED[:] = [other for other in _DECLARED if other.__qualname__ != cls.__qualname__] + [cls]


_DECLARED: list[type[Item]] = []


def item_classes() -> list[type[Item]]:
    """Every item class declared so far, in declaration order (this module's, then any module imported later).

    Feed lines carry no type, so a line is recognised by its field names: two item classes with
    the same fields would be one type to a reader, and are refused here.
    """
    by_fields: dict[frozenset[str], type[Item]] = {}
    for cls in _DECLARED:
        names = frozenset(field_names(cls))
        if names in by_fields:
            raise TypeError(f"{cls.__name__} has the same fields as {by_fields[names].__name__}; add or rename one")
        by_fields[names] = cls
    return list(_DECLARED)


def field_names(cls: type[Item]) -> list[str]:
    """The item class's fields, in order: the columns of its CSV rows."""
    return [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]


def _hashable(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_hashable(element) for element in value)
    if isinstance(value, dict):
        return tuple(sorted((name, _hashable(element)) for name, element in value.items()))
    return value


def item_key(item: Any) -> tuple[Any, ...] | None:
    """What makes an item the same as another: its type's feed name and its key fields; None for other objects."""
    cls = type(item)
    if not (isinstance(cls, type) and issubclass(cls, Item)):
        return None
    adapter = ItemAdapter(item)
    return (cls.feed_name, *(_hashable(adapter.get(name)) for name in cls.key_fields))


def item_class_of(row: Mapping[str, Any]) -> type[Item] | None:
    """The item class a feed line (a JSON object) holds, by its field names; None when no class has them."""
    names = set(row)
    return next((cls for cls in item_classes() if set(field_names(cls)) == names), None)


def row_key(row: Mapping[str, Any]) -> tuple[Any, ...] | None:
    """`item_key` of the item a feed line holds, without building the item; None when its type is unknown."""
    cls = item_class_of(row)
    if cls is None:
        return None
    return (cls.feed_name, *(_hashable(row.get(name)) for name in cls.key_fields))


@dataclass
class Quote(Item, feed="quotes", key=("text", "author"), required=("text", "author")):
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


@dataclass
class Author(Item, feed="authors", key=("name",), required=("name", "birth_date")):
    name: str | None
    birth_date: str | None = None
    """ISO 8601 date, e.g. ``1879-03-14``."""
    birth_place: str | None = None
    """As on the page, without its leading "in "."""
    bio: str | None = None
    url: str | None = None


@dataclass
class Book(Item, feed="books", key=("upc",), required=("title", "upc", "price", "url")):
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


# The sites added with `scrapy newsite` declare their items in crawler/site_items/, imported last (they need Item).
from crawler import site_items  # noqa: E402, F401
