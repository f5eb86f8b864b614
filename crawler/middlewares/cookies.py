"""Scrapy's cookie middleware, its Public Suffix List read from the copy tldextract ships instead of downloaded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares import cookies
from tldextract import TLDExtract

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

# No URLs to fetch and no cache to read: the suffix list snapshot inside the tldextract package, the same on every
# machine. Scrapy's own lookup downloads the list on first use, from hosts that are not the crawled site.
_OFFLINE_SPLIT = TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


class OfflineCookiesMiddleware(cookies.CookiesMiddleware):
    """Scrapy's CookiesMiddleware with the suffix lookup (which cookie domains are public suffixes) kept offline.

    Scrapy keeps that lookup in a module-level TLDExtract of its cookie middleware, with no setting to change it,
    so this replaces it when the middleware is built.
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OfflineCookiesMiddleware:
        cookies._split_domain = _OFFLINE_SPLIT
        return super().from_crawler(crawler)
