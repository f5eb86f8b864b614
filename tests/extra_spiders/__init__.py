"""A spider with an item type of its own, declared nowhere in the project: its output must still be written."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scrapy import Spider

from crawler.items import Item
from crawler.parsers.quotes_toscrape_com import QuoteListPage

if TYPE_CHECKING:
    from scrapy.http import TextResponse


@dataclass
class Saying(Item, feed="sayings", key=("words",), required=("words",)):
    words: str | None
    said_by: str | None = None


class SayingsSpider(Spider):
    """The first quotes page's quotes, as Saying items."""

    name = "sayings"

    def __init__(self, base_url: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = [base_url]

    def parse(self, response: TextResponse) -> Any:
        for quote in QuoteListPage(response.text, response.url).quotes():
            yield Saying(words=quote.text, said_by=quote.author)
