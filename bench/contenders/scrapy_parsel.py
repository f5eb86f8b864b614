"""Baseline: a plain Scrapy spider reading pages with parsel CSS selectors (`response.css`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy import Request, Spider
from scrapy.crawler import CrawlerProcess

from bench.contenders import fields
from bench.contenders.scrapy_settings import peer_settings

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from scrapy.http import TextResponse


class ParselBooksSpider(Spider):
    name = "books_parsel"

    def __init__(self, base_url: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.base_url = base_url

    async def start(self) -> AsyncIterator[Request]:
        yield Request(self.base_url, callback=self.parse)

    def parse(self, response: TextResponse, **kwargs: Any) -> Iterator[Request]:
        for href in response.css("article.product_pod h3 a::attr(href)").getall():
            yield response.follow(href, callback=self.parse_book)
        next_page = response.css("li.next a::attr(href)").get()
        if next_page:
            yield response.follow(next_page, callback=self.parse)

    def parse_book(self, response: TextResponse) -> Iterator[dict]:
        rows = response.css("table.table-striped tr")
        table = {row.css("th::text").get(): row.css("td::text").get("") for row in rows}
        main = response.css("div.product_main")
        yield fields.book(
            url=response.url,
            title=main.css("h1::text").get(""),
            table=table,
            shown_price=main.css("p.price_color::text").get(""),
            stars=main.css("p.star-rating::attr(class)").get(""),
            category=response.css("ul.breadcrumb li:nth-child(3) a::text").get(""),
            about=response.css("#product_description + p::text").get(),
            image_url=response.urljoin(response.css("#product_gallery img::attr(src)").get("")),
        )


def main() -> None:
    options = fields.arguments(__doc__)
    process = CrawlerProcess(peer_settings(options.out, options.concurrency))
    process.crawl(ParselBooksSpider, base_url=options.base_url)
    process.start()


if __name__ == "__main__":
    main()
