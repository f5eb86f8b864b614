"""A test-only extension that kills its own crawl at a chosen point, to test resuming a JOBDIR.

The kill is SIGKILL (TerminateProcess on Windows).
`-s KILL_AT=download:N` kills when the Nth request reaches the downloader (downloads in flight),
`scraped:N` when the Nth item has passed the pipelines (not yet on disk: the feed writes through a buffer),
`flush:N` in the middle of writing the Nth item's line: the feeds are flushed, half of that line is written,
then the kill (what dying inside the write system call leaves: a torn last line),
`interrupt:N` sends SIGINT (a user's Ctrl-C: Scrapy's graceful stop) after the Nth item.
"""

from __future__ import annotations

import json
import os
import signal
from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.extensions.feedexport import FeedExporter

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


# The abrupt kill: SIGKILL on POSIX. Windows has none; there os.kill() with a signal other than a console event is
# TerminateProcess, as abrupt, and the process exits with that number.
ABRUPT = getattr(signal, "SIGKILL", signal.SIGTERM)
KILLED_STATUS = -ABRUPT if os.name == "posix" else ABRUPT


def _kill(how: int = ABRUPT) -> None:
    os.kill(os.getpid(), how)


class KillAt:
    def __init__(self, crawler: Crawler, spec: str) -> None:
        self.crawler = crawler
        self.point, _, argument = spec.partition(":")
        self.at = int(argument)
        self.seen = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KillAt:
        spec = crawler.settings.get("KILL_AT")
        if not spec:
            raise NotConfigured
        extension = cls(crawler, spec)
        signal_name = signals.request_reached_downloader if extension.point == "download" else signals.item_scraped
        crawler.signals.connect(extension.tick, signal=signal_name)
        return extension

    def tick(self, item: Any = None) -> None:
        self.seen += 1
        if self.seen != self.at:
            return
        if self.point == "flush":
            self._tear(item)
        _kill(signal.SIGINT if self.point == "interrupt" else ABRUPT)

    def _tear(self, item: Any) -> None:
        exporter = self.crawler.get_extension(FeedExporter)
        line = (json.dumps(ItemAdapter(item).asdict(), ensure_ascii=False) + "\n").encode()
        for slot in exporter.slots:
            slot.file.flush()
            with open(slot.file.name, "ab") as feed:  # noqa: PTH123 - the exporter's own file, by name
                feed.write(line[: len(line) // 2])
