"""Scrapy's retries, plus a wait before retrying a 429 or 503: what `Retry-After` asks, or an exponential back-off."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware

if TYPE_CHECKING:
    from scrapy.http import Response
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)

# Statuses that ask the client to slow down; the others retry at once, as in Scrapy.
_SLOW_DOWN = frozenset({429, 503})


def retry_after_seconds(value: bytes | None, now: float) -> float | None:
    """Seconds to wait from a `Retry-After` header (delay-seconds or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now)


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, plus a wait before retrying a 429 or 503.

    The wait is what `Retry-After` asks for, at most `RETRY_AFTER_MAX` seconds; without the header it grows
    exponentially from `RETRY_BACKOFF_BASE` with each retry, with jitter, up to the same cap. Scrapy itself retries
    at once and ignores the header (scrapy/scrapy#3849).
    """

    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.max_wait = settings.getfloat("RETRY_AFTER_MAX")
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE")

    def wait_before(self, response: Response, retry_number: int) -> float:
        asked = retry_after_seconds(response.headers.get("Retry-After"), time.time())
        if asked is not None:
            return min(asked, self.max_wait)
        ceiling = min(self.max_wait, self.backoff_base * 2 ** (retry_number - 1))
        # Half fixed, half random: retries of many requests spread out instead of arriving together.
        return random.uniform(ceiling / 2, ceiling)  # noqa: S311 - jitter, not secrecy

    def process_request(self, request: Request) -> None:
        # A redirect inherits the meta of its source, spent retries included: each URL gets retries of its own.
        if request.meta.get("retry_times") and request.meta.get("retried_url") != request.url:
            request.meta["retry_times"] = 0

    def _retry(self, request: Request, reason: str | Exception | type[Exception]) -> Request | None:
        retry = super()._retry(request, reason)
        if retry is not None:
            retry.meta["retried_url"] = request.url
        return retry

    async def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        result = super().process_response(request, response)
        if isinstance(result, Request) and response.status in _SLOW_DOWN:
            wait = self.wait_before(response, result.meta["retry_times"])
            self.crawler.stats.inc_value("retry/wait_seconds", round(wait, 3), start=0)
            logger.debug("Waiting %.1f s before retrying %s (HTTP %s)", wait, request, response.status)
            await asyncio.sleep(wait)
        return result
