"""Scrapy extensions of the project: what Scrapy does not report by itself."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from scrapy import signals

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class RuntimeReport:
    """Logs, in one line at start, the reactor and the asyncio loop class that run the crawl.

    So a user on any platform can see that a selector loop, not Windows' Proactor loop, is in use.
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RuntimeReport:
        extension = cls()
        crawler.signals.connect(extension.engine_started, signal=signals.engine_started)
        return extension

    def engine_started(self) -> None:
        from twisted.internet import reactor

        try:
            loop_name = type(asyncio.get_running_loop()).__name__
        except RuntimeError:
            loop_name = "none"
        logger.info("Runtime: reactor %s, asyncio loop %s", type(reactor).__name__, loop_name)
