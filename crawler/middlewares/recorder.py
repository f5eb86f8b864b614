"""Records every request and response of a crawl, as sent and received, to the WARC file RECORD_WARC names."""

from __future__ import annotations

import http
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import NotConfigured
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Headers, Response

# Scrapy hands the body over de-chunked: a recorded "chunked" header would make readers de-chunk it again.
_NOT_RECORDED = {b"transfer-encoding"}


def _header_list(headers: Headers) -> list[tuple[str, str]]:
    return [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in headers.items()
        if name.lower() not in _NOT_RECORDED
        for value in values
    ]


class WarcRecorder:
    """A downloader middleware next to the downloader: it sees requests with every header set and bodies still encoded.

    The file starts with a warcinfo record naming the spider and its `base_url`, so that a replay knows which
    spider the recording belongs to and which part of each URL is the site's. It is written as PATH.part and
    renamed to PATH when the spider closes.
    """

    def __init__(self, path: Path, spider_name: str) -> None:
        self.path = path
        self.spider_name = spider_name
        self._stream: io.BufferedWriter | None = None
        self._writer: WARCWriter | None = None
        self.records = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcRecorder:
        path = crawler.settings.get("RECORD_WARC")
        if not path:
            raise NotConfigured
        assert crawler.spidercls is not None
        recorder = cls(Path(path), crawler.spidercls.name)
        crawler.signals.connect(recorder.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(recorder.spider_closed, signal=signals.spider_closed)
        return recorder

    @property
    def _part(self) -> Path:
        return self.path.with_name(self.path.name + ".part")

    def spider_opened(self, spider: Spider) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._stream = self._part.open("wb")
        self._writer = WARCWriter(self._stream, gzip=True)
        args = getattr(spider, "args", None)
        info = {"software": "crawler (Scrapy) recorder", "spider": self.spider_name}
        if base_url := getattr(args, "base_url", None):
            info["base-url"] = base_url
        self._writer.write_record(self._writer.create_warcinfo_record(self.path.name, info))

    def process_response(self, request: Request, response: Response) -> Response:
        if self._writer is None:
            return response
        parts = urlsplit(request.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        request_headers = StatusAndHeaders(
            f"{request.method} {target} HTTP/1.1",
            [("Host", parts.netloc), *_header_list(request.headers)],
            is_http_request=True,
        )
        self._write(request.url, "request", request.body, request_headers)
        try:
            reason = http.HTTPStatus(response.status).phrase
        except ValueError:
            reason = ""
        protocol = getattr(response, "protocol", None) or "HTTP/1.1"
        response_headers = StatusAndHeaders(
            f"{response.status} {reason}".strip(), _header_list(response.headers), protocol=protocol
        )
        self._write(request.url, "response", response.body, response_headers)
        return response

    def _write(self, url: str, kind: str, body: bytes, headers: StatusAndHeaders) -> None:
        assert self._writer is not None
        record = self._writer.create_warc_record(
            url, kind, payload=io.BytesIO(body), length=len(body), http_headers=headers
        )
        self._writer.write_record(record)
        self.records += 1

    def spider_closed(self, spider: Spider, reason: Any) -> None:
        if self._stream is None:
            return
        self._stream.close()
        self._part.replace(self.path)
        spider.logger.info("Recorded %d WARC records to %s", self.records, self.path)
