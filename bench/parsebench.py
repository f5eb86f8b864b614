"""Parse-only micro-benchmark: per-page time to read a book from its saved product page, for several HTML libraries.

Every library reads the same fields into the same values (checked against the ground truth before timing),
so the figures compare the cost of parsing alone, without any crawling.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from bench.check import problems
from bench.contenders import fields, soup_book

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


def _project(html: str, url: str) -> object:
    from crawler.parsers.books_toscrape_com import BookPage

    return BookPage(html, url).book()


def _as_exported(item: object) -> dict:
    """An item's fields as a crawl writes them: through the project's normalising pipeline, then JSON.

    Peers' readers return dicts already in that shape; the project's parser leaves whitespace to its pipeline.
    """
    from itemadapter import ItemAdapter
    from scrapy.utils.serialize import ScrapyJSONEncoder

    if not isinstance(item, dict):
        from crawler.pipelines import NormalisePipeline

        item = NormalisePipeline().process_item(item)
    return json.loads(ScrapyJSONEncoder().encode(ItemAdapter(item).asdict()))


def _bs4_naive(html: str, url: str) -> dict:
    from bs4 import BeautifulSoup

    return soup_book.book(BeautifulSoup(html, "lxml"), url)


def _parsel(html: str, url: str) -> dict:
    from parsel import Selector

    page = Selector(text=html)
    table = {row.css("th::text").get(): row.css("td::text").get("") for row in page.css("table.table-striped tr")}
    main = page.css("div.product_main")
    return fields.book(
        url=url,
        title=main.css("h1::text").get(""),
        table=table,
        shown_price=main.css("p.price_color::text").get(""),
        stars=main.css("p.star-rating::attr(class)").get(""),
        category=page.css("ul.breadcrumb li:nth-child(3) a::text").get(""),
        about=page.css("#product_description + p::text").get(),
        image_url=urljoin(url, page.css("#product_gallery img::attr(src)").get("")),
    )


def _lxml(html: str, url: str) -> dict:
    from lxml import html as lxml_html

    page = lxml_html.fromstring(html)
    table = {row.findtext("th"): row.findtext("td") for row in page.xpath('//table[@class="table table-striped"]/tr')}
    (main,) = page.xpath('//div[contains(@class, "product_main")]')
    about = page.xpath('//div[@id="product_description"]/following-sibling::p[1]/text()')
    return fields.book(
        url=url,
        title=main.findtext("h1"),
        table=table,
        shown_price=main.xpath('p[contains(@class, "price_color")]/text()')[0],
        stars=main.xpath('p[contains(@class, "star-rating")]/@class')[0],
        category=page.xpath('//ul[@class="breadcrumb"]/li[3]/a/text()')[0],
        about=about[0] if about else None,
        image_url=urljoin(url, page.xpath('//div[@id="product_gallery"]//img/@src')[0]),
    )


def _selectolax(html: str, url: str) -> dict:
    from selectolax.lexbor import LexborHTMLParser

    page = LexborHTMLParser(html)
    table = {row.css_first("th").text(): row.css_first("td").text() for row in page.css("table.table-striped tr")}
    main = page.css_first("div.product_main")
    about = page.css_first("#product_description + p")
    return fields.book(
        url=url,
        title=main.css_first("h1").text(),
        table=table,
        shown_price=main.css_first("p.price_color").text(),
        stars=main.css_first("p.star-rating").attributes["class"],
        category=page.css("ul.breadcrumb li")[2].text(),
        about=about.text() if about else None,
        image_url=urljoin(url, page.css_first("#product_gallery img").attributes["src"]),
    )


# (key, label, module it needs, reader); the project's parser first.
READERS: tuple[tuple[str, str, str, Callable[[str, str], object]], ...] = (
    ("project", "this project's BookPage (bs4)", "crawler", _project),
    ("bs4-naive", "bs4 + lxml, whole page", "bs4", _bs4_naive),
    ("parsel", "parsel CSS", "parsel", _parsel),
    ("lxml", "lxml XPath", "lxml", _lxml),
    ("selectolax", "selectolax (lexbor)", "selectolax", _selectolax),
)


@dataclass
class ParseResult:
    key: str
    label: str
    ms_per_page: float | None
    """Median over the rounds; None when the reader could not run or read a field wrong."""
    spread: float | None
    pages: int
    note: str = ""


def saved_pages(site: Path, truth: dict[str, dict], base_url: str) -> list[tuple[str, str]]:
    """(html, url) of every product page of the replica, decoded once, in ground-truth order."""
    pages = []
    for url in truth:
        path = site / url.removeprefix(base_url)
        pages.append((path.read_bytes().decode("utf-8"), url))
    return pages


def measure(reader: Callable[[str, str], object], pages: list[tuple[str, str]], rounds: int) -> list[float]:
    """Seconds per page of each round over all pages."""
    per_page = []
    for _ in range(rounds):
        start = time.process_time()
        for html, url in pages:
            reader(html, url)
        per_page.append((time.process_time() - start) / len(pages))
    return per_page


def run(pages: list[tuple[str, str]], truth: dict[str, dict], rounds: int = 3) -> list[ParseResult]:
    import importlib.util

    results = []
    for key, label, module, reader in READERS:
        if importlib.util.find_spec(module) is None:
            results.append(ParseResult(key, label, None, None, len(pages), f"skipped: {module} is not installed"))
            continue
        try:
            read = [_as_exported(reader(html, url)) for html, url in pages]
        except (ImportError, AttributeError) as error:
            results.append(ParseResult(key, label, None, None, len(pages), f"skipped: {error}"))
            continue
        wrong = problems(read, {url: truth[url] for _, url in pages})
        if wrong:
            results.append(ParseResult(key, label, None, None, len(pages), "wrong fields: " + "; ".join(wrong)))
            continue
        seconds = measure(reader, pages, rounds)
        median = statistics.median(seconds)
        spread = (max(seconds) - min(seconds)) / median
        results.append(ParseResult(key, label, median * 1000, spread, len(pages)))
    return results
