"""Writes each post's page bundle under the content folder, and accounts for it as the project's feeds do: a post
that cannot be written is counted in `crawler/unwritten/<reason>` and stops the crawl as failed (exit 1)."""

from __future__ import annotations

import asyncio
import logging
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DropItem

from crawler.blog import bundle
from crawler.blog.items import BlogPost
from crawler.blog.post import PostDocument
from crawler.errors import CrawlFailed

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class BundleWriter:
    """Turns a PostDocument into its bundle's files on disk and passes a BlogPost record on; other items pass.

    The content folder is the spider's `content_root`; slugs already used by another URL (in this run or
    in the folder) get the URL's CRC-32 appended, so two posts never share a bundle.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.owners: dict[str, str] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BundleWriter:
        return cls(crawler)

    def _slug(self, spider: Any, document: PostDocument) -> str:
        if self.owners is None:
            self.owners = {known.slug: url for url, known in spider.known.items()}
        known = spider.known.get(document.url)
        name = known.slug if known is not None else document.slug
        if self.owners.get(name, document.url) != document.url:
            name = f"{document.slug}-{zlib.crc32(document.url.encode()):08x}"
        self.owners[name] = document.url
        return name

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, PostDocument):
            return item
        spider = self.crawler.spider
        root = Path(spider.content_root)
        assert self.crawler.stats is not None
        try:
            item.slug = self._slug(spider, item)
            files = bundle.render(item)
            written = bundle.write(root, files)
        except Exception as error:  # noqa: BLE001 - whatever the file system raised, the post is lost
            self._lost("write_error", f"could not write post {item.url} under {root}: {type(error).__name__}: {error}")
            raise DropItem(f"post {item.url} not written", log_level="DEBUG") from None
        self.crawler.stats.inc_value("blog/bytes_written", written)
        self.crawler.stats.inc_value("blog/bundles_changed" if written else "blog/bundles_unchanged")
        return BlogPost(
            url=item.url,
            path=f"{bundle.SECTION}/{item.slug}/index.md",
            title=item.front_matter.get("title"),
            date=item.front_matter.get("date"),
            images=len(item.image_bodies),
            bytes_written=written,
        )

    def _lost(self, reason: str, message: str) -> None:
        # The rule of crawler.feeds.AccountedFeedExporter: counted, and the first loss stops the crawl as failed.
        stats = self.crawler.stats
        assert stats is not None
        first = not stats.get_value("crawler/unwritten_count")
        stats.inc_value(f"crawler/unwritten/{reason}")
        stats.inc_value("crawler/unwritten_count")
        if first:
            logger.error("Output: %s; stopping the crawl (items scraped but not written count as lost)", message)
            assert self.crawler.engine is not None
            self._stopping = asyncio.ensure_future(
                self.crawler.engine.close_spider_async(reason=f"{CrawlFailed.REASON_PREFIX}output: {message}")
            )
