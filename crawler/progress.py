"""A live progress line on the terminal while a crawl runs: items, pages, failures, rate, and percentage and ETA."""

from __future__ import annotations

import logging
import os
import sys
import time
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import create_looping_call
from tqdm import tqdm

if TYPE_CHECKING:
    from collections.abc import Iterator

    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

# The stat a spider sets when it knows how many items the crawl will yield; see expect_items().
EXPECTED_ITEMS = "crawler/expected_items"
# Crawls shorter than this show no line at all: `scrapy fetch`, `scrapy parse`, a small category.
_FIRST_DRAW_AFTER = 1.0
_REFRESH_EVERY = 0.5


def expect_items(spider: Spider, total: int) -> None:
    """Tell the progress line (and the stats) how many items this crawl will yield, once the spider knows."""
    crawler = getattr(spider, "crawler", None)
    if crawler is not None and crawler.stats is not None:  # a spider built outside a crawl has neither
        crawler.stats.set_value(EXPECTED_ITEMS, total)


class _Bar(tqdm):  # type: ignore[type-arg]
    # tqdm's monitor thread only helps loops that update rarely; this line is redrawn on a timer.
    monitor_interval = 0


class _AboveTheLine:
    """A stream for the log handler: each log line is written above the progress line, which is then redrawn."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        with _Bar.external_write_mode(file=self.stream):
            return self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()


@contextmanager
def _log_above_the_line(stream: TextIO) -> Iterator[None]:
    """Points the console log handlers that write to `stream` at _AboveTheLine for the duration."""
    handlers = [
        handler
        for handler in logging.root.handlers
        if isinstance(handler, logging.StreamHandler) and handler.stream is stream
    ]
    for handler in handlers:
        handler.setStream(_AboveTheLine(stream))  # type: ignore[arg-type]
    try:
        yield
    finally:
        for handler in handlers:
            handler.setStream(stream)


def shown_for(crawler: Crawler, stream: TextIO) -> bool:
    """Whether a crawl draws the line: asked for (PROGRESS), on a terminal, and not `scrapy check` or `scrapy shell`."""
    if not crawler.settings.getbool("PROGRESS", True):
        return False
    if not stream.isatty():
        return False
    # `scrapy check` sets SCRAPY_CHECK while its contracts run; `scrapy shell` keeps its engine alive for the user.
    return not (os.environ.get("SCRAPY_CHECK") or crawler.settings.getbool("KEEP_ALIVE"))


class ProgressLine:
    """Draws, on a terminal's stderr, one line that follows the crawl; log lines scroll above it.

    Items scraped (and, when the spider has set `crawler/expected_items`, the percentage and ETA), pages
    downloaded, failed requests, and items per second. Off with `-s PROGRESS=False`, when stderr is not a
    terminal, and in a Scrapyd job (its spiders get `-a _job=<id>`). Drawn by tqdm, refreshed twice a second.
    """

    def __init__(self, crawler: Crawler, stream: TextIO) -> None:
        assert crawler.stats is not None
        self.stats: StatsCollector = crawler.stats
        self.stream = stream
        self.bar: _Bar | None = None
        self.opened_at = 0.0
        self.task: Any = None
        self._redirect: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressLine:
        stream = sys.stderr
        if not shown_for(crawler, stream):
            raise NotConfigured
        extension = cls(crawler, stream)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        if getattr(spider, "_job", None):
            return  # a Scrapyd job: its output goes to a log file, where a redrawn line is noise
        self.opened_at = time.monotonic()
        self.task = create_looping_call(self.refresh)
        self.task.start(_REFRESH_EVERY, now=False)

    def refresh(self) -> None:
        if self.bar is None:
            if time.monotonic() - self.opened_at < _FIRST_DRAW_AFTER:
                return
            self._redirect = _log_above_the_line(self.stream)
            self._redirect.__enter__()
            # Counted from what is already scraped, so that the rate is not that of one instant.
            scraped = self.stats.get_value("item_scraped_count", 0)
            self.bar = _Bar(
                file=self.stream, unit=" items", initial=scraped, dynamic_ncols=True, mininterval=0, leave=True
            )
        self._update(self.bar)

    def _update(self, bar: _Bar) -> None:
        stats = self.stats.get_stats()
        failed = sum(value for key, value in stats.items() if key.startswith("crawler/failed/"))
        expected = stats.get(EXPECTED_ITEMS)
        if expected is not None and bar.total != expected:
            bar.total = expected
        bar.set_postfix_str(f"pages={stats.get('response_received_count', 0)}, failed={failed}", refresh=False)
        # Through update(), so that tqdm's rate follows the recent pace rather than the average since the start.
        if scraped := stats.get("item_scraped_count", 0) - bar.n:
            bar.update(scraped)
        bar.refresh()

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
        if self.bar is None:
            return
        # Redrawn once more with the final counts, and left on the screen above the summary.
        self._update(self.bar)
        self.bar.close()
        self._redirect.__exit__(None, None, None)
