"""How a finished crawl becomes an exit status: 0 when it did its job, 1 when it failed, 2 for bad input.

Stock `scrapy crawl` exits 0 whatever happened during the crawl; every entry point of the project asks
`failure()` about the crawl's stats (through `crawler.launch.conclude`) and exits 1 with its one-line reason.
"""

from __future__ import annotations

from typing import Any

from crawler.errors import CrawlFailed
from crawler.middlewares.pages import UNREAD_REASONS

SUCCESS, CRAWL_FAILED, BAD_INPUT = 0, 1, 2

# Close reasons of a crawl that did what it was asked: it ran out of pages, reached a limit the user set,
# or the user stopped it (Ctrl-C, Scrapyd's cancel: `shutdown`, exit 0 as in stock Scrapy; the summary
# line says it stopped early). Any other reason (CLOSESPIDER_ERRORCOUNT, a spider's
# `crawler.errors.CrawlFailed`) is a failure.
FINISHED_REASONS = frozenset(
    {"finished", "shutdown", "closespider_itemcount", "closespider_pagecount", "closespider_timeout"}
)


def failure(stats: dict[str, Any]) -> str | None:
    """Why the crawl whose stats these are failed, in one line; None when it succeeded."""
    reason = stats.get("finish_reason")
    unwritten = stats.get("crawler/unwritten_count", 0)
    if unwritten:
        # Whatever the close reason says, items were lost: that is the failure to report first.
        return f"{unwritten} scraped item(s) were not written to the output (see the first ERROR line)"
    if isinstance(reason, str) and reason.startswith(CrawlFailed.REASON_PREFIX):
        # The spider said why, in words meant for the user.
        return reason.removeprefix(CrawlFailed.REASON_PREFIX)
    if reason is None:
        return "it was forced to stop before it could close (a second Ctrl-C); the output may lack items in flight"
    if reason not in FINISHED_REASONS:
        return f"the crawl stopped before the end ({reason})"
    unstored = sum(value for key, value in stats.items() if key.startswith("feedexport/failed_count/"))
    if unstored:
        return f"{unstored} output feed(s) could not be stored"
    failed = {
        key.removeprefix("crawler/failed/"): value for key, value in stats.items() if key.startswith("crawler/failed/")
    }
    if failed and not stats.get("crawler/pages_ok"):
        reasons = ", ".join(f"{name}: {count}" for name, count in sorted(failed.items()))
        return f"no page could be downloaded ({reasons})"
    unread = {name: count for name, count in failed.items() if name in UNREAD_REASONS}
    if unread:
        # A download that failed is the site's answer; a page that came but could not be read hides its items.
        reasons = ", ".join(f"{name}: {count}" for name, count in sorted(unread.items()))
        return f"{sum(unread.values())} page(s) came but could not be read ({reasons}); their items are missing"
    return None
