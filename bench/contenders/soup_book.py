"""A product page read the way a bs4 user would write it: CSS selectors on a whole-page soup.

Shared by every bs4 peer (and the parse-only benchmark), so that they differ only in what the benchmark
compares: the crawler around the parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urljoin

from bench.contenders import fields

if TYPE_CHECKING:
    from bs4 import BeautifulSoup


def book(soup: BeautifulSoup, url: str) -> dict:
    table = {row.th.get_text(): row.td.get_text() for row in soup.select("table.table-striped tr")}
    main = soup.select_one("div.product_main")
    about = soup.select_one("#product_description + p")
    return fields.book(
        url=url,
        title=main.h1.get_text(),
        table=table,
        shown_price=main.select_one("p.price_color").get_text(),
        stars=" ".join(main.select_one("p.star-rating")["class"]),
        category=soup.select("ul.breadcrumb li")[2].get_text(),
        about=about.get_text() if about else None,
        image_url=urljoin(url, soup.select_one("#product_gallery img")["src"]),
    )
