"""Parser for www.scrapethissite.com: listing pages and their Country items (made by `scrapy newsite`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from crawler.parsers.pages import ItemPage, JsonListPage, ListPage
from crawler.site_items.www_scrapethissite_com import Country, Film, Team

if TYPE_CHECKING:
    from bs4 import Tag


def _number(kind: type, text: str | None) -> Any:
    return kind(text) if text else None


class CountryPage(ItemPage[Country]):
    """One Country: its block of a listing page, or a page of its own; `self.node` is that part of the page."""

    item_class = Country

    def name(self) -> str | None:
        return self.text(".country-name")

    def capital(self) -> str | None:
        return self.text(".country-capital")

    def population(self) -> int | None:
        return _number(int, self.text(".country-population"))

    def area(self) -> float | None:
        """As printed: "468.0", or "1.4E7"."""
        return _number(float, self.text(".country-area"))


class CountryListPage(ListPage):
    """A listing page, such as https://www.scrapethissite.com/pages/simple/"""

    item_page = CountryPage
    expected = "div.country"

    def item_nodes(self) -> list[Tag]:
        return self.soup.select("div.country")


class TeamPage(ItemPage[Team]):
    """One row of the hockey table: `tr.team`, a cell per field."""

    item_class = Team

    def name(self) -> str | None:
        return self.text("td.name")

    def year(self) -> int | None:
        return _number(int, self.text("td.year"))

    def wins(self) -> int | None:
        return _number(int, self.text("td.wins"))

    def losses(self) -> int | None:
        return _number(int, self.text("td.losses"))

    def ot_losses(self) -> int | None:
        return _number(int, self.text("td.ot-losses"))

    def win_pct(self) -> float | None:
        return _number(float, self.text("td.pct"))

    def goals_for(self) -> int | None:
        return _number(int, self.text("td.gf"))

    def goals_against(self) -> int | None:
        return _number(int, self.text("td.ga"))

    def goal_diff(self) -> int | None:
        return _number(int, self.text("td.diff"))


class TeamListPage(ListPage):
    """`pages/forms/`, searched with `q` and paged with `page_num` and `per_page`; its pager keeps both."""

    item_page = TeamPage
    # The table is there, header row and all, when a search finds no team.
    expected = "table.table"

    def item_nodes(self) -> list[Tag]:
        return self.soup.select("tr.team")

    def next_page_url(self) -> str | None:
        return self.link(self.soup.select_one('ul.pagination a[aria-label="Next"]'))


class FilmYearsPage(ListPage):
    """`pages/ajax-javascript/`: a link per year, whose films its script asks for as JSON (`?ajax=true&year=Y`)."""

    expected = "a.year-link"

    def detail_urls(self) -> list[str]:
        years = [link["id"] for link in self.soup.select("a.year-link[id]")]
        return [urljoin(self.url, f"?ajax=true&year={year}") for year in years]


class FilmPage(ItemPage[Film]):
    """One film of the JSON answer; the title carries trailing whitespace, only the winner has best_picture."""

    item_class = Film

    def title(self) -> str | None:
        return (self.node.get("title") or "").strip() or None

    def year(self) -> int | None:
        return self.node.get("year")

    def awards(self) -> int | None:
        return self.node.get("awards")

    def nominations(self) -> int | None:
        return self.node.get("nominations")

    def best_picture(self) -> bool:
        return bool(self.node.get("best_picture"))


class FilmsJson(JsonListPage):
    item_page = FilmPage
