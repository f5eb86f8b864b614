"""Streaming merge of JSON Lines item files, each item written once by its type's key.

Memory holds one 16-byte digest per distinct key, never an item: the merge of
any number of items of any size needs memory for its distinct keys only.
"""

from __future__ import annotations

import dataclasses
import hashlib
import inspect
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from crawler import items

if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import BinaryIO


def item_keys() -> dict[frozenset[str], tuple[str, tuple[str, ...]]]:
    """Each item type of `crawler.items` by its set of field names: (type name, key fields).

    Feed files carry no type, but the project's item types differ in their fields.
    """
    types = {}
    for name, cls in inspect.getmembers(items, dataclasses.is_dataclass):
        key_fields = getattr(cls, "key_fields", None)
        if isinstance(cls, type) and key_fields:
            types[frozenset(field.name for field in dataclasses.fields(cls))] = (name, tuple(key_fields))
    return types


@dataclass
class MergeCounts:
    written: int = 0
    duplicates: int = 0


class Merger:
    """Writes item lines to `out`, dropping each line whose item key was already written."""

    def __init__(self, out: BinaryIO, types: dict[frozenset[str], tuple[str, tuple[str, ...]]] | None = None) -> None:
        self.out = out
        self.types = item_keys() if types is None else types
        self.seen: set[bytes] = set()
        self.counts = MergeCounts()

    def key(self, item: dict) -> bytes:
        """A digest of the item's type and key values; an item of no known type is keyed by all its fields."""
        known = self.types.get(frozenset(item))
        identity = [known[0], *(item.get(name) for name in known[1])] if known else ["", item]
        text = json.dumps(identity, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()

    def add(self, lines: Iterable[bytes]) -> MergeCounts:
        """Merge one shard's lines (as Scrapy's JSON Lines exporter wrote them); counts for these lines."""
        counts = MergeCounts()
        for line in lines:
            if not line.strip():
                continue
            digest = self.key(json.loads(line))
            if digest in self.seen:
                counts.duplicates += 1
                continue
            self.seen.add(digest)
            self.out.write(line if line.endswith(b"\n") else line + b"\n")
            counts.written += 1
        self.counts.written += counts.written
        self.counts.duplicates += counts.duplicates
        return counts
