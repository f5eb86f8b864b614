"""The recorded sites of tests/data: each recording, the spider that made it, and the items it is expected to give."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter
from scrapy.settings import Settings
from scrapy.spiderloader import get_spider_loader
from scrapy.utils.serialize import ScrapyJSONEncoder

from tests.callback_crawl import crawl
from tests.conftest import DATA
from tests.fixtureserver.replay import Recording, load_recording

if TYPE_CHECKING:
    from pathlib import Path

    from scrapy import Request, Spider

    from tests.fixtureserver.app import Reply

_ENCODER = ScrapyJSONEncoder(ensure_ascii=False)


def spider_class(name: str) -> type[Spider]:
    return get_spider_loader(Settings({"SPIDER_MODULES": ["crawler.spiders"]})).load(name)


def as_row(item: Any) -> dict:
    """An item as the JSON Lines feed writes it (decimals and dates as text)."""
    return json.loads(_ENCODER.encode(ItemAdapter(item).asdict()))


@dataclass(frozen=True)
class RecordedSite:
    domain: str

    @property
    def folder(self) -> Path:
        return DATA / self.domain

    @property
    def expected_path(self) -> Path:
        return self.folder / "expected.jl"

    @cached_property
    def recording(self) -> Recording:
        return load_recording(self.folder / "recorded.warc.gz")

    @property
    def spider(self) -> str | None:
        """The spider that made the recording (None for a recording of another tool)."""
        return self.recording.spider

    def offline_items(self) -> list[Any]:
        """The spider's items from its callbacks run over the recorded pages at their recorded URLs, with no server."""
        assert self.spider is not None, f"tests/data/{self.domain}: the recording names no spider"
        spider = spider_class(self.spider)(base_url=self.recording.base_url)

        def fetch(request: Request) -> Reply | None:
            return self.recording.by_url.get(request.url)

        return crawl(spider, fetch).items

    def expected(self) -> list[dict]:
        with self.expected_path.open(encoding="utf-8") as lines:
            return [json.loads(line) for line in lines]


def recorded_sites() -> list[RecordedSite]:
    """Every `tests/data/<domain>/` with a `recorded.warc.gz`."""
    return [RecordedSite(warc.parent.name) for warc in sorted(DATA.glob("*/recorded.warc.gz"))]


def site(domain: str) -> RecordedSite:
    return RecordedSite(domain)
