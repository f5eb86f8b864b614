"""The items the spiders yield: typed dataclasses that itemadapter and the feed exporters understand.

Each item class names its de-duplication key (`key_fields`) and the fields it
cannot be stored without (`required_fields`); the pipelines read both, so a new
item type needs no pipeline change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar


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
