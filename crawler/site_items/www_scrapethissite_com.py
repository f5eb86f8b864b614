"""Items of www.scrapethissite.com (made by `scrapy newsite`), written to output/scrapethissite/<feed>.jsonl."""

from __future__ import annotations

from dataclasses import dataclass

from crawler.items import Item


@dataclass
class Country(Item, feed="countries", key=("name",), required=("name",)):
    name: str | None = None
    capital: str | None = None
    population: int | None = None
    area: float | None = None
    """km²"""


@dataclass
class Team(Item, feed="teams", key=("name", "year"), required=("name", "year")):
    """A hockey team's season."""

    name: str | None = None
    year: int | None = None
    wins: int | None = None
    losses: int | None = None
    ot_losses: int | None = None
    """None where the site shows none (before 1999)."""
    win_pct: float | None = None
    goals_for: int | None = None
    goals_against: int | None = None
    goal_diff: int | None = None


@dataclass
class Film(Item, feed="films", key=("title", "year"), required=("title", "year")):
    title: str | None = None
    year: int | None = None
    awards: int | None = None
    nominations: int | None = None
    best_picture: bool = False
