"""Deterministic shards of a crawl: `-a shard=I/N` and which URLs shard I of N owns."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

_SHARD = re.compile(r"\s*(\d+)\s*/\s*(\d+)\s*")


@dataclass(frozen=True)
class Shard:
    """Share `index` of `count` equal shares of a crawl; `Shard(0, 1)` is the whole crawl."""

    index: int
    count: int

    def __post_init__(self) -> None:
        if not 0 <= self.index < self.count:
            raise ValueError("must be I/N with whole numbers 0 <= I < N, e.g. 0/3")

    @classmethod
    def parse(cls, text: str) -> Shard:
        """`"1/3"` -> `Shard(1, 3)`; anything else raises ValueError with the rule."""
        match = _SHARD.fullmatch(text)
        if not match:
            raise ValueError("must be I/N with whole numbers 0 <= I < N, e.g. 0/3")
        return cls(int(match[1]), int(match[2]))

    def owns(self, key: str) -> bool:
        """Whether this shard fetches (or yields the items of) `key`: a URL, or another stable name of the work.

        CRC-32 rather than `hash()`: Python salts string hashes per process, and
        every shard, on every machine, must agree on the owner of each URL.
        """
        return zlib.crc32(key.encode("utf-8")) % self.count == self.index

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


WHOLE = Shard(0, 1)
