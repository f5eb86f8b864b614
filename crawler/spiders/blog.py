"""Spider for any blog: finds its posts (sitemaps, feeds, archives), fetches the new or changed ones and their images.

`crawler.blog` reads the pages and writes the Hugo page bundles.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from pydantic import field_validator
from scrapy import Request, signals
from scrapy.exceptions import DontCloseSpider
from scrapy.spiders import SitemapSpider
from scrapy.utils.sitemap import sitemap_urls_from_robots
from scrapy_spider_metadata import Args

from crawler.args import SiteParams
from crawler.blog.bundle import known_posts
from crawler.blog.discovery import read_feed, read_links
from crawler.blog.items import BlogPost
from crawler.blog.metadata import Hints
from crawler.blog.post import NotAPost, read_post
from crawler.blog.urls import canonical, is_asset, listing_kind, on_site
from crawler.pool import ParserPool

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterable, Iterator

    from scrapy.crawler import Crawler
    from scrapy.http import Response


class BlogParams(SiteParams):
    base_url: str
    """The blog's address (its home page): posts are looked for under it."""
    out: str = "content/"
    """The Hugo content folder to write `posts/<slug>/index.md` bundles into (made if missing)."""

    @field_validator("out")
    @classmethod
    def _folder(cls, value: str) -> str:
        path = Path(value)
        existing = next((parent for parent in (path, *path.parents) if parent.exists()), None)
        if existing is not None and not existing.is_dir():
            raise ValueError(f"{existing} is a file, not a folder")
        return value


class BlogSpider(Args[BlogParams], SitemapSpider):
    name = "blog"
    item_types = (BlogPost,)
    parsers = ParserPool(0)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> BlogSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.parsers = ParserPool.from_crawler(crawler)
        spider.content_root = spider.args.out
        # What an earlier run wrote: the next run fetches a post only when the site says it may have changed.
        spider.known = known_posts(Path(spider.content_root))
        spider.hints: dict[str, Hints] = {}
        spider.candidates: set[str] = set()
        spider.scheduled: set[str] = set()
        crawler.signals.connect(spider._idle, signal=signals.spider_idle)
        return spider

    async def start(self) -> AsyncIterator[Request]:
        base = self.args.base_url
        yield Request(urljoin(base, "/robots.txt"), callback=self.parse_robots, errback=self._no_robots)
        yield Request(canonical(base), callback=self.parse_listing)

    # --- Discovery: everything it finds is a candidate, fetched once discovery is over ----------------------

    def parse_robots(self, response: Response) -> Iterator[Request]:
        urls = list(sitemap_urls_from_robots(response.body, base_url=response.url)) or [
            self.args.base_url + "sitemap.xml"
        ]
        for url in urls:
            yield Request(url, callback=self._parse_sitemap)

    def _no_robots(self, failure: Any) -> Iterator[Request]:
        yield Request(self.args.base_url + "sitemap.xml", callback=self._parse_sitemap)

    def sitemap_filter(self, entries: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        if getattr(entries, "type", None) == "sitemapindex":
            yield from entries
            return
        for entry in entries:
            url = canonical(entry.get("loc", ""))
            if on_site(url, self.args.base_url) and not is_asset(url) and listing_kind(url, self.args.base_url) is None:
                self.hints.setdefault(url, Hints()).sitemap_lastmod = entry.get("lastmod")
                self.candidates.add(url)
        # Posts are requested once discovery is over (see _idle), with what every source said of them.

    def parse_feed(self, response: Response, seen: int = 0) -> Iterator[Request]:
        page = read_feed(response.body, response.url)
        new = 0
        for entry in page.entries:
            if not on_site(entry.url, self.args.base_url):
                continue
            hints = self.hints.setdefault(entry.url, Hints())
            if hints.feed is None:
                hints.feed, new = entry, new + 1
            self.candidates.add(entry.url)
        if page.next_url and new:
            yield Request(page.next_url, callback=self.parse_feed, errback=self._end_of_feed)

    def _end_of_feed(self, failure: Any) -> None:
        # A feed's pages end with a 404 (WordPress) or an empty page: either way discovery goes on.
        self.crawler.stats.inc_value("blog/feed_pages_ended")

    def parse_listing(self, response: Response) -> Iterator[Request]:
        if not hasattr(response, "text"):
            return
        links = read_links(response.text, response.url, self.args.base_url)
        for feed in links.feeds:
            if on_site(feed, self.args.base_url):
                yield Request(feed, callback=self.parse_feed)
        for url in links.listings:
            yield Request(url, callback=self.parse_listing)
        self.candidates.update(links.candidates)

    # --- Posts ------------------------------------------------------------------------------------------------

    def _idle(self) -> None:
        pending = sorted(self.candidates - self.scheduled)
        if not pending:
            return
        for url in pending:
            self.scheduled.add(url)
            if (request := self._post_request(url)) is not None:
                self.crawler.engine.crawl(request)
        raise DontCloseSpider

    def _post_request(self, url: str) -> Request | None:
        if not self.args.shard.owns(url):
            return None
        hints = self.hints.get(url, Hints())
        known = self.known.get(url)
        headers = {}
        if known is not None:
            crawl = known.crawl
            feed_date = hints.feed and (hints.feed.updated or hints.feed.published)
            if (hints.sitemap_lastmod and hints.sitemap_lastmod == crawl.get("sitemap_lastmod")) or (
                feed_date and feed_date == crawl.get("feed_date")
            ):
                self.crawler.stats.inc_value("blog/unchanged_by_date")
                return None
            if crawl.get("etag"):
                headers["If-None-Match"] = crawl["etag"]
            if crawl.get("last_modified"):
                headers["If-Modified-Since"] = crawl["last_modified"]
        return Request(
            url,
            callback=self.parse_post,
            headers=headers,
            meta={"post_url": url, "handle_httpstatus_list": [304]},
        )

    async def parse_post(self, response: Response) -> AsyncIterator[Any]:
        url = response.meta["post_url"]
        if response.status == 304:
            self.crawler.stats.inc_value("blog/not_modified")
            return
        if not hasattr(response, "text"):
            return
        validators = {
            "etag": response.headers.get("ETag", b"").decode("latin-1"),
            "last_modified": response.headers.get("Last-Modified", b"").decode("latin-1"),
        }
        hints = self.hints.get(url, Hints())
        result = await self.parsers.run(read_post, response.text, url, self.args.base_url, hints, validators)
        links = read_links(response.text, response.url, self.args.base_url)
        # Links met on posts and other pages are candidates too (fetched at the next idle moment).
        self.candidates.update(links.candidates)
        if isinstance(result, NotAPost):
            self.crawler.stats.inc_value(f"blog/not_a_post/{result.reason}")
            for listing in links.listings:
                yield Request(listing, callback=self.parse_listing)
            return
        for name, image_url in result.images.items():
            try:
                answer = await self.crawler.engine.download_async(
                    Request(image_url, meta={"handle_httpstatus_all": True})
                )
            except Exception as error:  # noqa: BLE001 - the post is written with the image's URL instead
                self.crawler.stats.inc_value(f"blog/image_failed/{type(error).__name__}")
                continue
            if answer.status == 200:
                result.image_bodies[name] = answer.body
            else:
                self.crawler.stats.inc_value(f"blog/image_failed/http_{answer.status}")
        yield result
