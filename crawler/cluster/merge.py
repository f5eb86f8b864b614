"""Item files of shards: each one surveyed by its items' types and keys, then merged with each item written once.

Memory holds one 16-byte digest per distinct key, never an item: the survey and
the merge of any number of items of any size need memory for their distinct keys only.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from crawler.items import item_class_of, row_key

if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import BinaryIO


class BadLine(ValueError):
    """A line of an items file that holds no item: torn, not JSON, or a JSON value that is not an object."""


def parse_line(line: bytes, number: int) -> dict[str, Any]:
    """The item of line `number` of an items file; BadLine when it holds none."""
    try:
        item = json.loads(line)
    except ValueError:
        raise BadLine(f"line {number} is not JSON (a torn line?)") from None
    if not isinstance(item, dict):
        raise BadLine(f"line {number} is a JSON {type(item).__name__}, not an item")
    return item


def _numbered(lines: Iterable[bytes]) -> Iterable[tuple[int, bytes]]:
    """The lines that are not blank, with their line numbers (from 1)."""
    return ((number, line) for number, line in enumerate(lines, 1) if line.strip())


def digest(item: dict[str, Any]) -> bytes:
    """A digest of the item's type and key values (`crawler.items.row_key`); an item of no known type is keyed
    by all its fields."""
    key = row_key(item)
    identity = list(key) if key is not None else ["", item]
    text = json.dumps(identity, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


@dataclass
class MergeCounts:
    written: int = 0
    duplicates: int = 0


@dataclass
class Survey:
    """What one items file holds: its items, how many distinct keys they have, and how many of each type."""

    items: int = 0
    distinct: int = 0
    types: Counter[str | None] = field(default_factory=Counter)
    """Items by the name of their item class; None counts items of no class of `crawler.items`."""


def survey(lines: Iterable[bytes]) -> Survey:
    """Count one items file's items, distinct keys and types; BadLine at a line that holds no item."""
    found = Survey()
    keys: set[bytes] = set()
    for number, line in _numbered(lines):
        item = parse_line(line, number)
        cls = item_class_of(item)
        found.items += 1
        found.types[cls.__name__ if cls else None] += 1
        keys.add(digest(item))
    found.distinct = len(keys)
    return found


class Merger:
    """Writes item lines to `out`, dropping each line whose item key was already written."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.seen: set[bytes] = set()
        self.counts = MergeCounts()

    def key(self, item: dict[str, Any]) -> bytes:
        return digest(item)

    def add(self, lines: Iterable[bytes]) -> MergeCounts:
        """Merge one shard's lines (as Scrapy's JSON Lines exporter wrote them); counts for these lines.

        BadLine at a line that holds no item.
        """
        counts = MergeCounts()
        for number, line in _numbered(lines):
            key = digest(parse_line(line, number))
            if key in self.seen:
                counts.duplicates += 1
                continue
            self.seen.add(key)
            self.out.write(line if line.endswith(b"\n") else line + b"\n")
            counts.written += 1
        self.counts.written += counts.written
        self.counts.duplicates += counts.duplicates
        return counts
