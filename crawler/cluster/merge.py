"""Streaming merge of JSON Lines item files, each item written once by its type's key.

Memory holds one 16-byte digest per distinct key, never an item: the merge of
any number of items of any size needs memory for its distinct keys only.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from crawler.items import row_key

if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import BinaryIO


@dataclass
class MergeCounts:
    written: int = 0
    duplicates: int = 0


class Merger:
    """Writes item lines to `out`, dropping each line whose item key was already written."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.seen: set[bytes] = set()
        self.counts = MergeCounts()

    def key(self, item: dict) -> bytes:
        """A digest of the item's type and key values (`crawler.items.row_key`); an item of no known type is keyed
        by all its fields."""
        key = row_key(item)
        identity = list(key) if key is not None else ["", item]
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
