"""The Scrapy side of the history: conditional requests and skipped parses (a downloader middleware), what each
parsed page yielded (a spider middleware), and every scraped item and the run's end (an extension)."""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
from typing import TYPE_CHECKING, Any

from scrapy import Request, signals
from scrapy.exceptions import NotConfigured
from scrapy.http.request import NO_CALLBACK

from crawler.history.keys import Fetched, item_identity

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response

    from crawler.history.keys import PageRecord
    from crawler.history.recorder import Recorder
    from crawler.history.session import HistorySession

logger = logging.getLogger(__name__)

SESSION_SETTING = "HISTORY_SESSION"
# Request meta: the page as downloaded (to record once parsed), and the record of a page answered without a parse.
_FETCHED = "history_fetched"
_SKIPPED = "history_skipped"
# Classes a stored request may name in its cb_kwargs (a page class): only the project's own.
_CLASS_PREFIX = "crawler."


def _session(crawler: Crawler) -> HistorySession:
    session = crawler.settings.get(SESSION_SETTING)
    if session is None:
        # History off, or a command that crawls nothing to keep (`scrapy shell`, `scrapy check`).
        raise NotConfigured
    return session  # type: ignore[no-any-return]


def _method_name(function: Any, spider: Spider) -> str | None:
    name = getattr(function, "__name__", None)
    if name is None or getattr(function, "__self__", None) is not spider or getattr(spider, name, None) != function:
        raise TypeError("not a method of the spider")
    return name  # type: ignore[no-any-return]


def _encoded(value: Any) -> Any:
    if isinstance(value, type):
        if not value.__module__.startswith(_CLASS_PREFIX):
            raise TypeError("a class from outside the project")
        return {"$class": f"{value.__module__}:{value.__qualname__}"}
    return value


def _decoded(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"$class"}:
        module, _, name = value["$class"].partition(":")
        if not module.startswith(_CLASS_PREFIX):
            raise ValueError(f"refusing to load {value['$class']} from the store")
        target: Any = importlib.import_module(module)
        for part in name.split("."):
            target = getattr(target, part)
        return target
    return value


def request_spec(request: Request, spider: Spider) -> dict[str, Any] | None:
    """A request a page yielded, as JSON to yield again when the page is skipped; None when it cannot be."""
    if request.method != "GET" or request.body or request.headers:
        return None
    try:
        spec = {
            "url": request.url,
            "callback": None if request.callback is None else _method_name(request.callback, spider),
            "errback": None if request.errback is None else _method_name(request.errback, spider),
            "cb_kwargs": {name: _encoded(value) for name, value in request.cb_kwargs.items()},
            "meta": dict(request.meta),
            "priority": request.priority,
            "dont_filter": request.dont_filter,
        }
        json.dumps(spec)
    except (TypeError, ValueError):
        return None
    return spec


def rebuilt_request(spec: dict[str, Any], spider: Spider) -> Request:
    return Request(
        spec["url"],
        callback=getattr(spider, spec["callback"]) if spec["callback"] else None,
        errback=getattr(spider, spec["errback"]) if spec["errback"] else None,
        cb_kwargs={name: _decoded(value) for name, value in spec["cb_kwargs"].items()},
        meta=spec["meta"],
        priority=spec["priority"],
        dont_filter=spec["dont_filter"],
    )


def _header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


class ConditionalRequests:
    """Asks for known pages with their validators, and answers a page that did not change without parsing it.

    A request for a page the store knows carries `If-None-Match` (its ETag), `If-Modified-Since` (its
    Last-Modified) and `Cache-Control: max-age=0`, so no cache on the way answers for the server. A 304, or a
    200 whose body hashes as before (sites that send no validators), is not parsed: the items the page yielded
    last time count as seen, and the requests it yielded are made again.
    """

    def __init__(self, crawler: Crawler, session: HistorySession) -> None:
        self.crawler = crawler
        self.session = session
        assert crawler.stats is not None
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequests:
        return cls(crawler, _session(crawler))

    @property
    def recorder(self) -> Recorder:
        return self.session.recorder

    @staticmethod
    def _ours(request: Request) -> bool:
        # robots.txt, covers and other requests without a callback are left to Scrapy.
        return request.method == "GET" and request.callback is not NO_CALLBACK

    def process_request(self, request: Request) -> None:
        if not self._ours(request) or (record := self.recorder.page(request.url)) is None:
            return
        if record.etag:
            request.headers.setdefault("If-None-Match", record.etag)
        if record.last_modified:
            request.headers.setdefault("If-Modified-Since", record.last_modified)
        request.headers.setdefault("Cache-Control", "max-age=0")

    def process_response(self, request: Request, response: Response) -> Response:
        if not self._ours(request):
            return response
        record = self.recorder.page(request.url)
        asked = b"If-None-Match" in request.headers or b"If-Modified-Since" in request.headers
        if response.status == 304 and record is not None and asked:
            self.stats.inc_value("history/pages_not_modified")
            return self._skipped(request, response, record)
        if 200 <= response.status < 300:
            body_hash = hashlib.sha256(response.body).hexdigest()
            if record is not None and record.body_hash == body_hash and response.url == request.url:
                self.stats.inc_value("history/pages_unchanged")
                return self._skipped(request, response, record)
            request.meta[_FETCHED] = Fetched(
                response.url, _header(response, "ETag"), _header(response, "Last-Modified"), body_hash, response.status
            )
        return response

    def _skipped(self, request: Request, response: Response, record: PageRecord) -> Response:
        self.recorder.page_skipped(request.url, response.status)
        meta = {key: value for key, value in request.meta.items() if key != _FETCHED}
        # The callback becomes the replay of the page's requests; 304 passes Scrapy's HTTP error filter.
        replay = request.replace(
            callback=self._replay,
            cb_kwargs={},
            meta={**meta, _SKIPPED: record, "handle_httpstatus_list": [response.status]},
        )
        return response.replace(request=replay)

    def _replay(self, response: Response, **_kwargs: Any) -> Iterator[Request]:
        spider = self.crawler.spider
        assert spider is not None
        record: PageRecord = response.meta[_SKIPPED]
        for spec in record.requests:
            yield rebuilt_request(spec, spider)


class PageOutputs:
    """Notes what each parsed page yields (its items' keys and its requests), and records the page after its last.

    Next to the spider, so that it sees the requests as the spider made them. A page whose requests cannot
    be stored (a POST, a header of its own) or that yields an item without a key is not recorded, and so is
    parsed on every run.
    """

    def __init__(self, crawler: Crawler, session: HistorySession) -> None:
        self.crawler, self.session = crawler, session
        assert crawler.stats is not None
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageOutputs:
        return cls(crawler, _session(crawler))

    async def process_spider_output(self, response: Response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        if _SKIPPED in response.meta:
            async for output in result:
                yield output
            return
        # Fetched is missing when the page came without ConditionalRequests (a middleware turned off): count only.
        fetched = response.meta.get(_FETCHED)
        spider = self.crawler.spider
        keys, requests, recordable = [], [], fetched is not None
        async for output in result:
            if isinstance(output, Request):
                spec = request_spec(output, spider)  # type: ignore[arg-type]
                recordable = recordable and spec is not None
                requests.append(spec)
            else:
                identity = item_identity(output, normalised=False)
                recordable = recordable and identity is not None
                keys.append(identity)
            yield output
        self.stats.inc_value("history/pages_parsed")
        self.session.recorder.pages_parsed += 1
        if recordable:
            self.session.recorder.page_parsed(fetched, keys, requests)  # type: ignore[arg-type]


class HistoryRecorder:
    """Starts the run in the store when the spider opens, records every scraped item, and the run's end."""

    def __init__(self, crawler: Crawler, session: HistorySession) -> None:
        self.crawler, self.session = crawler, session

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HistoryRecorder:
        extension = cls(crawler, _session(crawler))
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        run = self.session.recorder.start()
        logger.info("History: run %d of %r, recorded to %s", run, spider.name, self.session.shown_url)

    def item_scraped(self, item: Any) -> None:
        self.session.recorder.item_scraped(item)

    def spider_closed(self, reason: str) -> None:
        recorder = self.session.recorder
        recorder.closed(reason)
        assert self.crawler.stats is not None
        self.crawler.stats.set_value("history/run", recorder.run_id)
        self.crawler.stats.set_value("history/pages_skipped", recorder.pages_skipped)
        self.crawler.stats.set_value("history/items_confirmed", recorder.confirmed)
        for kind, count in recorder.counts.items():
            if kind != "removed":
                self.crawler.stats.set_value(f"history/changes/{kind}", count)
