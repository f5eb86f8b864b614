"""Runs a spider's callbacks on recorded pages without a network or a reactor, recording what it fetched."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from scrapy import Request
from scrapy.http import HtmlResponse

if TYPE_CHECKING:
    from collections.abc import Callable

    from scrapy import Spider

    from tests.fixtureserver.app import Reply


@dataclass
class Visit:
    """What one spider run fetched, by callback name, and the items it yielded."""

    fetched: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    items: list[Any] = field(default_factory=list)


def crawl(spider: Spider, pages: Callable[[str], Reply | None]) -> Visit:
    """Follow every request the spider makes, once per URL as Scrapy's dupefilter would, following redirects.

    `pages` answers a path-and-query (`/page/2/`) with a recorded reply, or None for a 404.
    """
    visit = Visit()
    queue: list[Request] = asyncio.run(_first_requests(spider))
    seen: set[str] = set()
    while queue:
        request = queue.pop(0)
        if request.url in seen:
            continue
        seen.add(request.url)
        reply = pages(_target(request.url))
        assert reply is not None, f"{request.url} is not in the recording"
        location = dict((name.lower(), value) for name, value in reply.headers).get("location")
        if reply.status in (301, 302, 303, 307, 308) and location:
            queue.insert(0, request.replace(url=urljoin(request.url, location)))
            continue
        callback = request.callback or spider.parse
        visit.fetched[callback.__name__].add(request.url)
        response = HtmlResponse(request.url, status=reply.status, headers=reply.headers, body=reply.body, request=request)
        for output in callback(response, **request.cb_kwargs) or ():
            if isinstance(output, Request):
                queue.append(output)
            else:
                visit.items.append(output)
    return visit


async def _first_requests(spider: Spider) -> list[Request]:
    return [request async for request in spider.start()]


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")
