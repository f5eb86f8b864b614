"""Item pipelines: normalise text, drop items missing required fields, drop repeats, store cover images.

Each drop is counted in the crawl stats as `crawler/dropped/<Item>/<reason>`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter
from scrapy import Request
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.http.request import NO_CALLBACK
from scrapy.pipelines.images import ImagesPipeline

from crawler.items import item_key
from crawler.launch import WRITTEN_KEYS_SETTING

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.pipelines.media import MediaPipeline
    from scrapy.statscollectors import StatsCollector

# Runs of ASCII whitespace only: non-breaking spaces are part of the text on these sites.
_WHITESPACE = re.compile(r"[ \t\r\n\f\v]+")


def normalise_text(value: str) -> str:
    """Collapse whitespace runs into one space and trim the ends."""
    return _WHITESPACE.sub(" ", value).strip()


def _normalise(value: Any) -> Any:
    if isinstance(value, str):
        return normalise_text(value) or None
    if isinstance(value, list):
        return [_normalise(element) for element in value]
    return value


class _CountingPipeline:
    """Base for pipelines that drop items: counts each drop by item type and reason."""

    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> _CountingPipeline:
        assert crawler.stats is not None
        return cls(crawler.stats)

    def drop(self, item: Any, reason: str, message: str, log_level: str = "WARNING") -> DropItem:
        self.stats.inc_value(f"crawler/dropped/{type(item).__name__}/{reason}")
        return DropItem(message, log_level=log_level)


class NormalisePipeline:
    """Trims and collapses whitespace in every text field; empty text becomes None."""

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        for name, value in adapter.items():
            adapter[name] = _normalise(value)
        return item


class ValidatePipeline(_CountingPipeline):
    """Drops an item whose required fields (`required` of its class) are empty."""

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        for name in getattr(item, "required_fields", ()):
            if adapter.get(name) in (None, "", []):
                source = f" (from {adapter['url']})" if adapter.get("url") else ""
                raise self.drop(item, f"missing_{name}", f"{type(item).__name__} without {name}{source}")
        return item


class DeduplicatePipeline(_CountingPipeline):
    """Passes the first item of each key (`key` of its class, `crawler.items.item_key`) and drops the repeats.

    With a JOBDIR, the items already in the output feeds (written by earlier runs of the job, read back by
    `crawler.launch.prepare`) count as seen, and are dropped as `already_written`.
    """

    def __init__(self, stats: StatsCollector, written: set[tuple[Any, ...]] | None = None) -> None:
        super().__init__(stats)
        self.seen: set[tuple[Any, ...]] = set()
        self.written = written or set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DeduplicatePipeline:
        assert crawler.stats is not None
        return cls(crawler.stats, crawler.settings.get(WRITTEN_KEYS_SETTING))

    def process_item(self, item: Any) -> Any:
        key = item_key(item)
        if key is None:
            return item
        if key in self.written:
            raise self.drop(
                item,
                "already_written",
                f"{type(item).__name__} written by an earlier run of the job",
                log_level="DEBUG",
            )
        if key in self.seen:
            raise self.drop(item, "duplicate", f"duplicate {type(item).__name__}", log_level="DEBUG")
        self.seen.add(key)
        return item


class CoverImagesPipeline(ImagesPipeline):
    """Scrapy's ImagesPipeline for an item's one `image_url`; on only when IMAGES_STORE is set.

    Each stored image is recorded in the item's `images` field (url, path under
    IMAGES_STORE, checksum, status); an image URL is downloaded once per crawl.
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CoverImagesPipeline:
        if not crawler.settings.get("IMAGES_STORE"):
            # Off by default, silently: ImagesPipeline itself would log a warning on every crawl.
            raise NotConfigured
        return super().from_crawler(crawler)

    def get_media_requests(self, item: Any, info: MediaPipeline.SpiderInfo) -> list[Request]:
        url = ItemAdapter(item).get("image_url")
        return [Request(url, callback=NO_CALLBACK)] if url else []
