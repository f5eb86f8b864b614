"""BeautifulSoup in Scrapy the naive way: a whole-page `BeautifulSoup(response.text, "lxml")` in each callback."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bs4 import BeautifulSoup
from scrapy import Request, Spider
from scrapy.crawler import CrawlerProcess

from bench.contenders import fields, soup_book
from bench.contenders.scrapy_settings import peer_settings

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from scrapy.http import TextResponse


class SoupBooksSpider(Spider):
    name = "books_bs4"

    def __init__(self, base_url: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.base_url = base_url

    async def start(self) -> AsyncIterator[Request]:
        yield Request(self.base_url, callback=self.parse)

    def parse(self, response: TextResponse, **kwargs: Any) -> Iterator[Request]:
        soup = BeautifulSoup(response.text, "lxml")
        for link in soup.select("article.product_pod h3 a"):
            yield response.follow(link["href"], callback=self.parse_book)
        next_link = soup.select_one("li.next a")
        if next_link:
            yield response.follow(next_link["href"], callback=self.parse)

    def parse_book(self, response: TextResponse) -> Iterator[dict]:
        yield soup_book.book(BeautifulSoup(response.text, "lxml"), response.url)


def main() -> None:
    options = fields.arguments(__doc__)
    process = CrawlerProcess(peer_settings(options.out, options.concurrency))
    process.crawl(SoupBooksSpider, base_url=options.base_url)
    process.start()


if __name__ == "__main__":
    main()
