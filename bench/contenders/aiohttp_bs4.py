"""A hand-written crawler: aiohttp fetches, BeautifulSoup (lxml) reads, a fixed set of workers under `asyncio.run`."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from urllib.parse import urljoin

import aiohttp
from bs4 import BeautifulSoup

from bench.contenders import fields, soup_book


def read_listing(url: str, html: str) -> list[tuple[str, bool]]:
    """Links of a catalogue page: (url, is a product page)."""
    soup = BeautifulSoup(html, "lxml")
    links = [(urljoin(url, a["href"]), True) for a in soup.select("article.product_pod h3 a")]
    next_link = soup.select_one("li.next a")
    if next_link:
        links.append((urljoin(url, next_link["href"]), False))
    return links


def read_book(url: str, html: str) -> dict:
    return soup_book.book(BeautifulSoup(html, "lxml"), url)


async def crawl(base_url: str, out_path: str, concurrency: int) -> None:
    queue: asyncio.Queue[tuple[str, bool]] = asyncio.Queue()
    seen = {base_url}
    queue.put_nowait((base_url, False))

    async def worker(session: aiohttp.ClientSession, out: object) -> None:
        while True:
            url, is_book = await queue.get()
            try:
                async with session.get(url) as response:
                    response.raise_for_status()
                    html = await response.text()
                if is_book:
                    out.write(json.dumps(read_book(url, html), ensure_ascii=False) + "\n")
                else:
                    for link in read_listing(url, html):
                        if link[0] not in seen:
                            seen.add(link[0])
                            queue.put_nowait(link)
            finally:
                queue.task_done()

    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        with Path(out_path).open("w", encoding="utf-8") as out:  # noqa: ASYNC230 -- small appends, as such scripts do
            workers = [asyncio.create_task(worker(session, out)) for _ in range(concurrency)]
            await queue.join()
            for task in workers:
                task.cancel()
            await asyncio.gather(*workers, return_exceptions=True)


def main() -> None:
    options = fields.arguments(__doc__)
    asyncio.run(crawl(options.base_url, options.out, options.concurrency))


if __name__ == "__main__":
    main()
