"""Runs a spider's callbacks without Scrapy's engine, on recorded pages or a local server, noting what it fetched."""

from __future__ import annotations

import asyncio
import urllib.error
import urllib.request
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from scrapy import Request
from scrapy.http import HtmlResponse

from tests.fixtureserver.app import Reply

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable

    from scrapy import Spider


@dataclass
class Visit:
    """What one spider run fetched, by callback name, and the items it yielded."""

    fetched: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    items: list[Any] = field(default_factory=list)


def recorded(pages: dict[str, Reply]) -> Callable[[Request], Reply | None]:
    """Answers GET requests from recorded pages keyed by path and query (`/page/2/`)."""

    def fetch(request: Request) -> Reply | None:
        parts = urlsplit(request.url)
        return pages.get(parts.path + (f"?{parts.query}" if parts.query else ""))

    return fetch


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def live(cookies: bool = False) -> Callable[[Request], Reply | None]:
    """Sends each request to a live server (method, headers and body as Scrapy would), without following redirects.

    Without cookies the server's answer depends on the request alone, so each distinct request is sent once.
    """
    handlers: list[Any] = [_NoRedirect()]
    if cookies:
        handlers.append(urllib.request.HTTPCookieProcessor())
    opener = urllib.request.build_opener(*handlers)
    answers: dict[tuple[str, str, bytes], Reply] = {}

    def fetch(request: Request) -> Reply | None:
        if cookies:
            return send(request)
        key = (request.method, request.url, request.body)
        if key not in answers:
            answers[key] = send(request)
        return answers[key]

    def send(request: Request) -> Reply:
        headers = {name.decode(): values[0].decode() for name, values in request.headers.items()}
        call = urllib.request.Request(request.url, data=request.body or None, headers=headers, method=request.method)
        try:
            with opener.open(call, timeout=30) as answer:
                return Reply(answer.status, answer.read(), list(answer.headers.items()))
        except urllib.error.HTTPError as error:
            with error:
                return Reply(error.code, error.read(), list(error.headers.items()))

    return fetch


def crawl(spider: Spider, fetch: Callable[[Request], Reply | None]) -> Visit:
    """Follow every request the spider makes, skipping repeats as Scrapy's dupefilter would, and follow redirects."""
    visit = Visit()
    queue: list[Request] = asyncio.run(_first_requests(spider))
    seen: set[tuple[str, str, bytes]] = set()
    while queue:
        request = queue.pop(0)
        fingerprint = (request.method, request.url, request.body)
        if fingerprint in seen and not request.dont_filter:
            continue
        seen.add(fingerprint)
        reply = fetch(request)
        assert reply is not None, f"{request.url} is not in the recording"
        location = dict((name.lower(), value) for name, value in reply.headers).get("location")
        if reply.status in (301, 302, 303, 307, 308) and location:
            # As Scrapy's RedirectMiddleware: a POST answered 301-303 is followed with a GET.
            keep = reply.status in (307, 308) or request.method in ("GET", "HEAD")
            target = urljoin(request.url, location)
            queue.insert(
                0, request.replace(url=target) if keep else request.replace(url=target, method="GET", body=b"")
            )
            continue
        callback = request.callback or spider.parse
        visit.fetched[callback.__name__].add(
            request.url if request.method == "GET" else f"{request.url} {request.body!r}"
        )
        response = HtmlResponse(
            request.url, status=reply.status, headers=reply.headers, body=reply.body, request=request
        )
        outputs = callback(response, **request.cb_kwargs) or ()
        if hasattr(outputs, "__aiter__"):
            outputs = asyncio.run(_collect(outputs))
        for output in outputs:
            if isinstance(output, Request):
                queue.append(output)
            else:
                visit.items.append(output)
    return visit


async def _collect(outputs: AsyncIterator[Any]) -> list[Any]:
    """An async callback's output (a parser pool's callbacks are async generators)."""
    return [output async for output in outputs]


async def _first_requests(spider: Spider) -> list[Request]:
    return [request async for request in spider.start()]
