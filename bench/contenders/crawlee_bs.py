"""Crawlee for Python's `BeautifulSoupCrawler` as its documentation sets it up, at a fixed concurrency."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from crawlee import ConcurrencySettings
from crawlee.crawlers import BeautifulSoupCrawler, BeautifulSoupCrawlingContext

from bench.contenders import fields, soup_book


async def crawl(base_url: str, out_path: str, concurrency: int) -> None:
    crawler = BeautifulSoupCrawler(
        parser="lxml",
        concurrency_settings=ConcurrencySettings(
            min_concurrency=concurrency,
            max_concurrency=concurrency,
            desired_concurrency=concurrency,
        ),
    )

    @crawler.router.default_handler
    async def listing(context: BeautifulSoupCrawlingContext) -> None:
        await context.enqueue_links(selector="article.product_pod h3 a", label="book")
        await context.enqueue_links(selector="li.next a")

    @crawler.router.handler("book")
    async def book(context: BeautifulSoupCrawlingContext) -> None:
        url = context.request.loaded_url or context.request.url
        await context.push_data(soup_book.book(context.soup, url))

    await crawler.run([base_url])
    dataset = await crawler.get_dataset()
    with Path(out_path).open("w", encoding="utf-8") as out:  # noqa: ASYNC230 -- once, after the crawl
        async for item in dataset.iterate_items():
            out.write(json.dumps(item, ensure_ascii=False) + "\n")


def main() -> None:
    options = fields.arguments(__doc__)
    asyncio.run(crawl(options.base_url, options.out, options.concurrency))


if __name__ == "__main__":
    main()
