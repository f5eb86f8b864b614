"""Keeps a spider on the origin of its `base_url`: a request for another host or port is refused, counted, never sent.

Scrapy's own offsite filter reads `allowed_domains`, matches any port and every subdomain, and is off for a
spider without them. Here the site is the spider's `base_url` itself, so a mirror or a local copy (another
port) is kept as well as the real site; the only ways off it a real site needs are allowed: `http` and
`https` on their default ports, and the host with or without `www.`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import IgnoreRequest

from crawler.contracts import check_base_url

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

_DEFAULT_PORTS = {"http": 80, "https": 443}


class Origin(NamedTuple):
    host: str
    port: int | None

    @classmethod
    def of(cls, url: str) -> Origin:
        parts = urlsplit(url)
        try:
            port = parts.port or _DEFAULT_PORTS.get(parts.scheme)
        except ValueError:  # a port that is not a number
            port = None
        return cls((parts.hostname or "").lower().removeprefix("www."), port)

    def admits(self, url: str) -> bool:
        """Whether `url` is on this origin: same host (give or take `www.`), same port or both default ports."""
        other = Origin.of(url)
        if other.host != self.host:
            return False
        defaults = _DEFAULT_PORTS.values()
        return other.port == self.port or (other.port in defaults and self.port in defaults)


def on_site(url: str, base_url: str) -> bool:
    """Whether a request for `url` stays on the site of `base_url`."""
    return Origin.of(base_url).admits(url)


class SameOrigin:
    """A downloader middleware, before robots.txt's: an off-site request is not even asked robots.txt for."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.origin: Origin | None = None
        self.base_url = ""
        self._reported: set[Origin] = set()
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SameOrigin:
        return cls(crawler)

    def spider_opened(self, spider: Spider) -> None:
        # Spiders of the project name their site by `base_url`; one without it is not held to a site, nor is a
        # look at one page the user named (`scrapy parse`, `shell`, `fetch` turn STAY_ON_SITE off).
        base_url = getattr(getattr(spider, "args", None), "base_url", None)
        if isinstance(base_url, str) and self.crawler.settings.getbool("STAY_ON_SITE"):
            base_url = check_base_url(spider)  # `scrapy check` may point the spider at a copy of its site
            self.origin, self.base_url = Origin.of(base_url), base_url

    def process_request(self, request: Request) -> None:
        if self.origin is None or self.origin.admits(request.url):
            return
        elsewhere = Origin.of(request.url)
        if elsewhere not in self._reported:
            self._reported.add(elsewhere)
            logger.info(
                "Refused a request off the site of %s: %s (counted as crawler/skipped/offsite)",
                self.base_url,
                request.url,
            )
        # Its errback counts it (crawler.middlewares.failures.FailureReport).
        raise IgnoreRequest(f"offsite: {request.url} is not on the site of {self.base_url}")
