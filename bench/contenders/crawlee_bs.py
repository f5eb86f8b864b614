"""Crawlee for Python's `BeautifulSoupCrawler` as its documentation sets it up, at a fixed concurrency."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from urllib.parse import urljoin

from crawlee import ConcurrencySettings
from crawlee.crawlers import BeautifulSoupCrawler, BeautifulSoupCrawlingContext

from bench.contenders import fields


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
        soup = context.soup
        url = context.request.loaded_url or context.request.url
        table = {row.th.get_text(): row.td.get_text() for row in soup.select("table.table-striped tr")}
        main = soup.select_one("div.product_main")
        about = soup.select_one("#product_description + p")
        await context.push_data(
            fields.book(
                url=url,
                title=main.h1.get_text(),
                table=table,
                shown_price=main.select_one("p.price_color").get_text(),
                stars=" ".join(main.select_one("p.star-rating")["class"]),
                category=soup.select("ul.breadcrumb li")[2].get_text(),
                about=about.get_text() if about else None,
                image_url=urljoin(url, soup.select_one("#product_gallery img")["src"]),
            )
        )

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
