"""One line and a count for each failed request, with a short reason; a robots.txt that cannot be read, one warning."""

from __future__ import annotations

import asyncio
import logging
import re
from types import MethodType
from typing import TYPE_CHECKING, Any

from scrapy import Request, signals
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http.request import NO_CALLBACK
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware
from scrapy.spidermiddlewares.httperror import HttpError

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from twisted.python.failure import Failure

logger = logging.getLogger(__name__)

# Why Scrapy ignored a request, by the message of its IgnoreRequest.
_IGNORED = (
    ("robots.txt", "forbidden_by_robots_txt"),
    ("max redirections", "too_many_redirects"),
    ("during decompression", "too_large_decompressed"),
    ("offsite", "offsite"),
)


# Reasons for Scrapy's download errors, as a user would say them.
_DOWNLOAD_ERRORS = {
    DownloadTimeoutError: "timeout",
    DownloadConnectionRefusedError: "connection_refused",
    CannotResolveHostError: "unknown_host",
    ResponseDataLossError: "data_loss",
    DownloadFailedError: "connection_lost",
}


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name.removesuffix("Error")).lower()


def failure_reason(failure: Failure) -> tuple[str, str]:
    """A short reason for the stats (`timeout`, `http_503`, ...) and the error's own first line."""
    error = failure.value
    detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if isinstance(error, HttpError):
        return f"http_{error.response.status}", f"HTTP {error.response.status}"
    if isinstance(error, IgnoreRequest):
        reason = next((name for needle, name in _IGNORED if needle in detail), "ignored")
        return reason, detail
    if "max size" in detail:
        return "too_large", detail
    named = next((name for kind, name in _DOWNLOAD_ERRORS.items() if isinstance(error, kind)), None)
    return named or _snake(type(error).__name__), detail


def _report_download_failure(spider: Spider, failure: Failure) -> None:
    """The errback every request gets: one line with the URL and the reason, one count, and the crawl goes on."""
    if failure.check(asyncio.CancelledError):
        return  # a forced stop (a second Ctrl-C) cancelled it: the page did not fail
    reason, detail = failure_reason(failure)
    assert spider.crawler.stats is not None
    if reason == "offsite":
        spider.crawler.stats.inc_value("crawler/skipped/offsite")
        return
    spider.crawler.stats.inc_value(f"crawler/failed/{reason}")
    logger.warning("Failed %s: %s (%s)", failure.request, reason, detail)  # type: ignore[attr-defined]


class RobotsTxtFailure:
    """Turns a robots.txt download that failed for good into one warning line.

    Scrapy then crawls as if robots.txt allowed everything, as it always does, but logs the failure as an ERROR
    with a traceback. Placed just outside the retry middleware, so it sees only failures that retries did not cure.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RobotsTxtFailure:
        return cls(crawler)

    def process_exception(self, request: Request, exception: Exception) -> None:
        if request.callback is not NO_CALLBACK or not request.url.endswith("/robots.txt"):
            return
        reason = next((name for kind, name in _DOWNLOAD_ERRORS.items() if isinstance(exception, kind)), None)
        logger.warning(
            "Could not fetch %s: %s (%s); crawling as if it allowed everything",
            request.url,
            reason or _snake(type(exception).__name__),
            exception,
        )
        raise IgnoreRequest(f"robots.txt unavailable: {exception}")


class FailureReport(BaseSpiderMiddleware):
    """Gives each request without an errback one that reports its failure, and counts the pages a callback got.

    Without an errback Scrapy logs a failed download with a traceback, and a 4xx/5xx page at INFO only. The
    errback is bound to the spider so that JOBDIR's disk queues can store the requests that carry it. It is bound
    when the spider opens, not when the middleware is built: `scrapy shell` builds the middlewares before any
    spider exists.
    """

    errback_name = "report_download_failure"

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        assert crawler.stats is not None
        self.stats = crawler.stats
        # Before the scheduler pops the first request, so that those of a JOBDIR queue find the errback they name.
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.request_dropped, signal=signals.request_dropped)

    def spider_opened(self, spider: Spider) -> None:
        self._errback(spider)

    def _errback(self, spider: Spider) -> Any:
        """The spider's reporting errback, bound to it on first use."""
        errback = getattr(spider, self.errback_name, None)
        if errback is None:
            errback = MethodType(_report_download_failure, spider)
            setattr(spider, self.errback_name, errback)
        return errback

    def process_spider_input(self, response: Response) -> None:
        self.stats.inc_value("crawler/pages_ok")

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        if request.errback is None:
            assert self.crawler.spider is not None
            request.errback = self._errback(self.crawler.spider)
        return request

    def request_dropped(self, request: Request) -> None:
        """A redirect back to a URL of its own chain is a loop, which the duplicate filter drops without a word."""
        if request.url in request.meta.get("redirect_urls", ()):
            self.stats.inc_value("crawler/failed/redirect_loop")
            logger.warning("Failed %s: redirect_loop (redirected back to a URL of its own chain)", request)
