"""Pages whose declared charset cannot be true of their bytes are decoded as UTF-8, with one warning per site.

A UTF-8 page declared `iso-8859-1` reads as mojibake; one declared `utf-16` or `cp500` (in the header,
or a `<meta charset=utf-16>`, which the HTML standard itself reads as UTF-8) decodes to no markup at all
and yields nothing. Bytes that are valid UTF-8 and either hold non-ASCII characters or lose every "<" in
the declared charset are UTF-8: no real page in another charset is both.
"""

from __future__ import annotations

import codecs
import logging
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scrapy.http import TextResponse

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)

_UTF8 = "utf-8"
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def is_utf8_declared_otherwise(body: bytes, declared: str) -> bool:
    """Whether `body`, declared in `declared`, is in fact UTF-8 that the declaration would garble."""
    try:
        if codecs.lookup(declared).name == _UTF8 or body.startswith(_BOMS):  # a BOM is always right
            return False
        body.decode(_UTF8)
    except (LookupError, UnicodeDecodeError):
        return False
    if not body.isascii():
        return True  # multi-byte UTF-8 read one byte at a time: mojibake
    return b"<" in body and "<" not in body.decode(declared, errors="replace")


class DeclaredCharsetCheck:
    """A downloader middleware after decompression: it sees the bytes the page's parser will decode."""

    def __init__(self, crawler: Crawler) -> None:
        assert crawler.stats is not None
        self.stats = crawler.stats
        self._warned: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DeclaredCharsetCheck:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if not isinstance(response, TextResponse) or not is_utf8_declared_otherwise(response.body, response.encoding):
            return response
        self.stats.inc_value("crawler/decoded_as_utf8")
        site = urlsplit(response.url).netloc
        if site not in self._warned:
            self._warned.add(site)
            logger.warning(
                "%s declares its pages %s but sends UTF-8: decoding them as UTF-8 (first: %s)",
                site,
                response.encoding,
                response.url,
            )
        return response.replace(encoding=_UTF8)
