"""What the history knows an item and a page by: an item's type and key, its data and hash; a fetched page."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from itemadapter import ItemAdapter

from crawler.items import Item
from crawler.pipelines import normalise_text

Identity = tuple[str, str]
"""An item's type (its class's feed name) and key (the key field's value, or a JSON array of the values)."""


def now() -> datetime:
    """UTC, without a time zone: how every time is stored (SQLite keeps no zone)."""
    return datetime.now(UTC).replace(tzinfo=None)


def _key_text(values: list[Any]) -> str:
    if len(values) == 1 and isinstance(values[0], str):
        return values[0]
    return json.dumps(values, ensure_ascii=False, default=str)


def item_identity(item: Any, *, normalised: bool = True) -> Identity | None:
    """The item's type and key; None for objects that are not items of the project.

    `normalised=False` for an item straight from a spider: its key text is normalised as NormalisePipeline will.
    """
    cls = type(item)
    if not (isinstance(cls, type) and issubclass(cls, Item)):
        return None
    adapter = ItemAdapter(item)
    values = [adapter.get(name) for name in cls.key_fields]
    if not normalised:
        values = [(normalise_text(value) or None) if isinstance(value, str) else value for value in values]
    return cls.feed_name, _key_text(values)


def item_data(item: Any) -> dict[str, Any]:
    """The item as JSON values (exact decimals as strings, as the feeds write them)."""
    return json.loads(json.dumps(ItemAdapter(item).asdict(), default=str, ensure_ascii=False))


def canonical_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def data_hash(data: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(data).encode()).hexdigest()


@dataclass
class PageRecord:
    """What the store knows of a page: its validators and body hash, and what it yielded when last parsed."""

    etag: str | None
    last_modified: str | None
    body_hash: str
    item_keys: list[Identity]
    requests: list[dict[str, Any]]


@dataclass
class Fetched:
    """A page as downloaded now, to be recorded once its callback has yielded everything."""

    url: str
    etag: str | None
    last_modified: str | None
    body_hash: str
    status: int
