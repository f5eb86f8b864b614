"""What the scripts share: a summary of a crawl result that the tests compare with ground truth."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from crawler.items import Author, Quote

if TYPE_CHECKING:
    from crawler.runtime import CrawlResult

# Test copies of the site answer at once; AutoThrottle's start delay would only slow the tests down.
FAST = {"AUTOTHROTTLE_ENABLED": False}


def summary(result: CrawlResult) -> dict:
    """Quotes as [text, author], author names, and the finish reason, for one JSON line."""
    return {
        "quotes": sorted([item.text, item.author] for item in result.items if isinstance(item, Quote)),
        "authors": sorted(item.name for item in result.items if isinstance(item, Author)),
        "other": [type(item).__name__ for item in result.items if not isinstance(item, (Quote, Author))],
        "finish_reason": result.finish_reason,
    }


def emit(label: str, result: CrawlResult) -> None:
    """One JSON line: the label, the summary, and when the spider opened and closed (seconds since the epoch)."""
    started, finished = (result.stats[name].timestamp() for name in ("start_time", "finish_time"))
    print(json.dumps({"label": label, **summary(result), "started": started, "finished": finished}), flush=True)
