"""Items of www.scrapethissite.com (made by `scrapy newsite`), written to output/scrapethissite/countries.jsonl."""

from __future__ import annotations

from dataclasses import dataclass

from crawler.items import Item


@dataclass
class Country(Item, feed="countries", key=("name",), required=("name",)):
    name: str | None = None
    capital: str | None = None
    population: str | None = None
    area: str | None = None
