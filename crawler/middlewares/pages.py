"""Pages that arrive but cannot be read: retried when they are not what their parser expects, failed when too big.

A spider middleware, so that it sees every callback of every spider:

- a parser's `UnexpectedPage` (a "busy" page answered 200, a page without the markup its parser needs) retries
  the request like a failed download, up to `RETRY_TIMES`; a page that stays wrong is a failed page
  (`unexpected_page`), not an empty one;
- a body over `PARSER_MAX_BYTES` is never handed to a parser (`page_too_large`): a parser's cost grows with
  the page, and a page being parsed holds the crawl's thread;
- at most `MAX_LINKS_PER_PAGE` requests are taken from one page (`too_many_links`): a page of 100,000 links
  would otherwise queue them all.

Each is counted as `crawler/failed/<reason>` with one warning line, and fails the crawl (`crawler.outcome`):
the page was there, its items are not.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

from crawler.parsers.pages import UnexpectedPage

if TYPE_CHECKING:
    from collections.abc import Iterable

    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)

# The failed-page reasons of pages that were downloaded but whose items could not be read.
UNREAD_REASONS = ("unexpected_page", "page_too_large", "too_many_links")


class PageTooLarge(Exception):
    """A body over PARSER_MAX_BYTES: reported by the request's errback as `page_too_large`."""


class PageGuard(BaseSpiderMiddleware):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        assert crawler.stats is not None
        self.stats = crawler.stats
        self.max_bytes = crawler.settings.getint("PARSER_MAX_BYTES")
        self.max_links = crawler.settings.getint("MAX_LINKS_PER_PAGE")
        self._links: WeakKeyDictionary[Response, int] = WeakKeyDictionary()

    def _fail(self, response: Response, reason: str, detail: str) -> None:
        self.stats.inc_value(f"crawler/failed/{reason}")
        logger.warning("Failed %s: %s (%s)", response.request or response, reason, detail)

    def process_spider_input(self, response: Response) -> None:
        if self.max_bytes and len(response.body) > self.max_bytes:
            # The request's errback (crawler.middlewares.failures.FailureReport) counts and reports it.
            raise PageTooLarge(f"{len(response.body)} bytes, over PARSER_MAX_BYTES={self.max_bytes}")

    def process_spider_exception(self, response: Response, exception: Exception) -> Iterable[Any] | None:
        if not isinstance(exception, UnexpectedPage):
            return None
        assert response.request is not None
        retry = get_retry_request(
            response.request, spider=self.crawler.spider, reason="unexpected_page", stats_base_key="retry"
        )
        if retry is not None:
            retry.meta["retried_url"] = retry.url  # so that RetryAfterMiddleware counts its retries on
            logger.info("Retrying %s: %s", response.request, exception)
            return [retry]
        self._fail(response, "unexpected_page", str(exception))
        return []

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        if response is None or not self.max_links:
            return request
        taken = self._links.get(response, 0) + 1
        self._links[response] = taken
        if taken <= self.max_links:
            return request
        if taken == self.max_links + 1:
            detail = f"more than MAX_LINKS_PER_PAGE={self.max_links}; the rest are not followed"
            self._fail(response, "too_many_links", detail)
        return None
