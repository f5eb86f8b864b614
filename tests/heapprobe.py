"""A test-only extension that logs, when the spider opens, how many objects gc.freeze() has set aside."""

from __future__ import annotations

import gc
import logging
from typing import TYPE_CHECKING

from scrapy import signals

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class FrozenObjects:
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FrozenObjects:
        probe = cls()
        crawler.signals.connect(probe.report, signal=signals.spider_opened)
        return probe

    def report(self) -> None:
        logger.info("Frozen objects: %d", gc.get_freeze_count())
