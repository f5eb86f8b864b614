"""A test-only spider whose contracts expect what the quotes site does not give, so `scrapy check` must fail."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from crawler.spiders.quotes import QuotesSpider

if TYPE_CHECKING:
    from collections.abc import Iterator

    from scrapy.http import TextResponse


class WrongExpectationsSpider(QuotesSpider):
    name = "quotes_wrong_expectations"

    def parse(self, response: TextResponse, **kwargs: Any) -> Iterator[Any]:
        """Eleven quotes, each with a Goodreads link: a listing page logged out has ten, and none.

        @path /page/2/
        @returns items 11 11
        @filled goodreads_url
        """
        yield from super().parse(response, **kwargs)
