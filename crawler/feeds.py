"""The output feeds: one JSON Lines file per item type by default, fixed-column formats split by type, and an
exporter that accounts for every item, so that none is scraped and silently not written."""

from __future__ import annotations

import asyncio
import logging
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from scrapy.extensions.feedexport import FeedExporter, apply_uri_params

from crawler.errors import CrawlFailed
from crawler.items import Item, item_classes

if TYPE_CHECKING:
    from scrapy import Spider

logger = logging.getLogger(__name__)

# Formats whose columns are fixed by the first item: one file can hold one item type only.
FIXED_COLUMN_FORMATS = frozenset({"csv"})


def _path(cls: type[Item]) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def per_type_feeds(template: str, options: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """One feed per declared item type: `template` with `{item_type}` replaced by the type's feed name."""
    return {
        template.replace("{item_type}", cls.feed_name): {
            "format": "jsonlines",
            **(options or {}),
            "item_classes": [_path(cls)],
        }
        for cls in item_classes()
    }


def split_by_type(
    feeds: dict[str, dict[str, Any]], types: list[type[Item]]
) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Give each item type its own file in a fixed-column feed that would receive several types.

    `x.csv` becomes `x.quotes.csv`, `x.authors.csv`; returns the feeds and one line per split made.
    """
    result: dict[str, dict[str, Any]] = {}
    notes = []
    for uri, options in feeds.items():
        if options.get("format") not in FIXED_COLUMN_FORMATS or options.get("item_classes") or len(types) < 2:
            result[uri] = options
            continue
        path = PurePosixPath(uri)
        split = {
            str(path.with_name(f"{path.stem}.{cls.feed_name}{path.suffix}")): {**options, "item_classes": [_path(cls)]}
            for cls in types
        }
        result.update(split)
        notes.append(
            f"{options['format'].upper()} holds one item type per file: {uri} is written as {', '.join(split)}"
        )
    return result, notes


class AccountedFeedExporter(FeedExporter):
    """Scrapy's feed exporter, with every item accounted for.

    Stock Scrapy logs a traceback for each item it fails to write (a full disk, a bad
    encoding, a file that cannot be opened) and leaves the crawl's success untouched; an
    item that no feed accepts is dropped without a word. Here either one counts the item
    in `crawler/unwritten/<reason>`, and the first one stops the crawl gracefully as
    failed, so its exit status shows the loss. Each item is flushed to its file as it is
    written, so a write error is seen on the item it hit.
    """

    def item_scraped(self, item: Any, spider: Spider) -> None:
        written = accepted = 0
        slots = []
        for slot in self.slots:
            slots.append(slot)
            if not slot.filter.accepts(item):
                continue
            accepted += 1
            try:
                self._write(slot, item, spider, slots)
            except Exception as error:  # noqa: BLE001 - whatever the storage or exporter raised, the item is lost
                self._lost(spider, "write_error", f"could not write to {slot.uri}: {type(error).__name__}: {error}")
            else:
                written += 1
        self.slots = slots
        if not accepted:
            self._lost(spider, "no_feed", f"no output accepts {type(item).__name__} items")

    def _write(self, slot: Any, item: Any, spider: Spider, slots: list[Any]) -> None:
        slot.start_exporting()
        slot.exporter.export_item(item)
        flush = getattr(slot.file, "flush", None)
        if flush is not None:
            flush()
        slot.itemcount += 1
        options = self.feeds[slot.uri_template]
        if options["batch_item_count"] and slot.itemcount >= options["batch_item_count"]:
            # As Scrapy does: close this batch's file and go on in a new one.
            uri_params = self._get_uri_params(spider, options["uri_params"], slot)
            self._schedule_slot_close(slot, spider)
            slots[-1] = self._start_new_batch(
                batch_id=slot.batch_id + 1,
                uri=apply_uri_params(slot.uri_template, uri_params),
                feed_options=options,
                spider=spider,
                uri_template=slot.uri_template,
            )

    def _lost(self, spider: Spider, reason: str, message: str) -> None:
        assert self.crawler.stats is not None
        first = not self.crawler.stats.get_value("crawler/unwritten_count")
        self.crawler.stats.inc_value(f"crawler/unwritten/{reason}")
        self.crawler.stats.inc_value("crawler/unwritten_count")
        if first:
            logger.error("Output: %s; stopping the crawl (items scraped but not written count as lost)", message)
            assert self.crawler.engine is not None
            stopping = asyncio.ensure_future(
                self.crawler.engine.close_spider_async(reason=f"{CrawlFailed.REASON_PREFIX}output: {message}")
            )
            # asyncio keeps only weak references to tasks.
            self._stopping = stopping
