"""Scrapy extensions of the project: what Scrapy does not report by itself."""

from __future__ import annotations

import asyncio
import logging
from importlib import import_module
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.utils.reactor import is_reactor_installed

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)


class RuntimeReport:
    """Logs, in one line at start, the reactor and the asyncio loop class that run the crawl.

    So a user on any platform can see that a selector loop, not Windows' Proactor loop, is in use (the stat
    `runtime/selector_loop` says the same whatever the loop class is named). Logged when the
    crawler builds its extensions, right after it has installed or checked the reactor: that puts the line before
    Scrapy's lists of components and settings, among the first lines of the log.
    """

    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RuntimeReport:
        # Importing twisted.internet.reactor would install one where the crawl runs without.
        reactor = import_module("twisted.internet.reactor") if is_reactor_installed() else None
        try:
            loop: object = asyncio.get_running_loop()
        except RuntimeError:
            # `scrapy crawl` builds the crawler before it starts the loop: the one the reactor will run on.
            loop = getattr(reactor, "_asyncioEventloop", None)
        reactor_name = type(reactor).__name__ if reactor is not None else "none"
        loop_name = type(loop).__name__ if loop is not None else "none"
        logger.info("Runtime: reactor %s, asyncio loop %s", reactor_name, loop_name)
        assert crawler.stats is not None
        # The same, whatever the loop class is named on this platform.
        crawler.stats.set_value("runtime/selector_loop", isinstance(loop, asyncio.SelectorEventLoop))
        return cls(crawler.stats)


def _by_reason(stats: dict[str, Any], prefix: str) -> dict[str, int]:
    return {key.removeprefix(prefix): value for key, value in sorted(stats.items()) if key.startswith(prefix)}


def _listed(counts: dict[str, int]) -> str:
    return f" ({', '.join(f'{reason}: {count}' for reason, count in counts.items())})" if counts else ""


class CrawlSummary:
    """Logs, when a crawl ends, what it did in one line, and keeps the totals in the stats.

    Pages ok (`crawler/pages_ok`), retries (`retry/count`), failed requests by reason (`crawler/failed/<reason>`,
    total `crawler/failed_count`), items scraped (`item_scraped_count`, by type `crawler/scraped/<Item>`; those not
    written, `crawler/unwritten_count`) and dropped by reason (`crawler/dropped/<Item>/<reason>`, total
    `crawler/dropped_count`).
    """

    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlSummary:
        assert crawler.stats is not None
        extension = cls(crawler.stats)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        return extension

    def item_scraped(self, item: Any) -> None:
        # By type, so that a cluster run can check a shard's items file against its crawl (crawler/cluster/run.py).
        self.stats.inc_value(f"crawler/scraped/{type(item).__name__}")

    def spider_closed(self, reason: str) -> None:
        stats = self.stats.get_stats()
        failed = _by_reason(stats, "crawler/failed/")
        dropped = _by_reason(stats, "crawler/dropped/")
        self.stats.set_value("crawler/failed_count", sum(failed.values()))
        self.stats.set_value("crawler/dropped_count", sum(dropped.values()))
        unwritten = stats.get("crawler/unwritten_count", 0)
        logger.log(
            logging.WARNING if failed or unwritten else logging.INFO,
            "Crawl summary (%s): %d pages ok, %d retried, %d failed%s, %d items scraped%s, %d dropped%s",
            reason,
            stats.get("crawler/pages_ok", 0),
            stats.get("retry/count", 0),
            sum(failed.values()),
            _listed(failed),
            stats.get("item_scraped_count", 0),
            f" ({unwritten} not written)" if unwritten else "",
            sum(dropped.values()),
            _listed(dropped),
        )
