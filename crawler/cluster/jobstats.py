"""What a finished job's log says about it: the stats Scrapy dumps when a crawl closes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

_DUMP_START = b"Dumping Scrapy stats:"
# One entry of the pretty-printed stats dict: ` 'downloader/response_count': 385,`
_ENTRY = re.compile(rb"^\s*\{?'(?P<name>[^']+)': (?P<value>.+?),?\}?\s*$")
_INTEGER = re.compile(rb"-?\d+")
# Items scraped of one type, counted by crawler.extensions.CrawlSummary: `crawler/scraped/Quote`.
_SCRAPED_TYPE = "crawler/scraped/"


@dataclass(frozen=True)
class JobStats:
    """The stats of one crawl; None where the log had no stats dump (the process was killed)."""

    finish_reason: str | None = None
    items: int = 0
    pages: int = 0
    errors: int = 0
    types: dict[str, int] = field(default_factory=dict)
    """Items scraped by type name."""


def read_stats(log_lines: Iterable[bytes]) -> JobStats:
    """The last stats dump in a Scrapy log; `JobStats()` (no finish reason) when there is none."""
    values: dict[str, bytes] | None = None
    collecting = False
    for line in log_lines:
        if _DUMP_START in line:
            values, collecting = {}, True
            continue
        if collecting and values is not None:
            # The dump's lines start with "{" or a space; the next log record starts with its date.
            if not line.startswith((b"{", b" ")):
                collecting = False
                continue
            # A value pprint wrapped over several lines matches on none of them and is skipped.
            if entry := _ENTRY.match(line):
                values[entry["name"].decode()] = entry["value"]
    if values is None:
        return JobStats()

    def integer(name: str) -> int:
        match = _INTEGER.fullmatch(values.get(name, b"0").strip())
        return int(match[0]) if match else 0

    reason = values.get("finish_reason")
    return JobStats(
        finish_reason=reason.strip().strip(b"'\"").decode() if reason else None,
        items=integer("item_scraped_count"),
        pages=integer("downloader/response_count"),
        errors=integer("log_count/ERROR"),
        types={name.removeprefix(_SCRAPED_TYPE): integer(name) for name in values if name.startswith(_SCRAPED_TYPE)},
    )
