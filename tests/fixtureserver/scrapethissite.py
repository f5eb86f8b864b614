"""A stand-in for three pages of www.scrapethissite.com at `/scrapethissite/`: real markup, URL layout and query parameters.

Countries of the World (`pages/simple/`), Hockey Teams with its search form and pagination
(`pages/forms/?q=&page_num=&per_page=`), and Oscar Winning Films with the JSON its script asks for
(`pages/ajax-javascript/?ajax=true&year=YYYY`), each rendered from the data in
tests/data/www.scrapethissite.com/ (see its README for the sources). Links are root-relative, as on the
real site, with the mount's prefix in front.
"""

from __future__ import annotations

import csv
import html
import json
import math
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlencode, urlsplit

from tests.fixtureserver.app import Reply, Request, Route, route

if TYPE_CHECKING:
    import re

DATA = Path(__file__).resolve().parent.parent / "data" / "www.scrapethissite.com"
PREFIX = "/scrapethissite/"
PER_PAGE_CHOICES = (25, 50, 100)


def countries() -> list[dict]:
    """The 250 countries, as a perfect crawl returns them: population an int, area a float (km²)."""
    with (DATA / "countries.csv").open(encoding="utf-8", newline="") as rows:
        return [
            {"name": row["name"], "capital": row["capital"], "population": int(row["population"]), "area": float(area)}
            for row in csv.DictReader(rows)
            for area in [row["area"]]
        ]


def teams() -> list[dict]:
    """The 582 hockey rows in site order; `ot_losses` is None where the site shows an empty cell (before 1999)."""
    ints = ("year", "wins", "losses", "goals_for", "goals_against", "goal_diff")
    with (DATA / "hockey.csv").open(encoding="utf-8", newline="") as rows:
        return [
            {
                "name": row["name"],
                **{name: int(row[name]) for name in ints[:3]},
                "ot_losses": int(row["ot_losses"]) if row["ot_losses"] else None,
                "win_pct": float(row["win_pct"]),
                **{name: int(row[name]) for name in ints[3:]},
            }
            for row in csv.DictReader(rows)
        ]


def films() -> list[dict]:
    """Every film of every year, titles without the whitespace the JSON adds."""
    with (DATA / "films.jl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def search(rows: list[dict], q: str) -> list[dict]:
    """The site's team search: the name contains the query, in any letter case."""
    return [row for row in rows if q.casefold() in row["name"].casefold()]


def _page(title: str, section: str, body: str) -> Reply:
    page = f"""<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>{html.escape(title)} | Scrape This Site | A public sandbox for learning web scraping</title>
    <link rel="stylesheet" href="{PREFIX}static/css/styles.css">
  </head>
  <body>
    <nav id="site-nav">
      <div class="container">
        <ul class="nav navbar-nav">
          <li><a href="{PREFIX}pages/">Sandbox</a></li>
          <li><a href="{PREFIX}lessons/">Lessons</a></li>
          <li><a href="{PREFIX}faq/">FAQ</a></li>
        </ul>
      </div>
    </nav>
    <div id="page">
      <section id="{section}">
        <div class="container">
{body}
        </div>
      </section>
    </div>
  </body>
</html>
"""
    return Reply(200, page.encode("utf-8"), [("Content-Type", "text/html; charset=utf-8")])


def _heading(title: str, count: str, lead: str) -> str:
    return f"""            <div class="row">
                <div class="col-md-12">
                    <h1>
                        {html.escape(title)}
                        <small>{count}</small>
                    </h1>
                    <p class="lead">{html.escape(lead)}</p>
                </div><!--.col-->
            </div><!--.row-->
"""


def _country(row: dict) -> str:
    return f"""                    <div class="col-md-4 country">
                        <h3 class="country-name">
                            <i class="flag-icon"></i>
                            {html.escape(row["name"])}
                        </h3>
                        <div class="country-info">
                            <strong>Capital:</strong> <span class="country-capital">{html.escape(row["capital"])}</span><br>
                            <strong>Population:</strong> <span class="country-population">{row["population"]}</span><br>
                            <strong>Area (km<sup>2</sup>):</strong> <span class="country-area">{row["area_text"]}</span><br>
                        </div>
                    </div><!--.col-->
"""


def _countries_page() -> Reply:
    with (DATA / "countries.csv").open(encoding="utf-8", newline="") as rows:
        # The area as the site prints it, "1.4E7" included.
        shown = [{**row, "area_text": row["area"]} for row in csv.DictReader(rows)]
    # The real page also names each flag's ISO code (flag-icon-ad); the data at hand has no codes.
    blocks = "".join(_country(row) for row in shown)
    body = _heading(
        "Countries of the World: A Simple Example",
        f"{len(shown)} items",
        "A single page that lists information about all the countries in the world."
        " Good for those just get started with web scraping.",
    )
    body += f'            <div class="row">\n{blocks}            </div><!--.row-->\n'
    return _page("Countries of the World: A Simple Example", "countries", body)


def _cell(name: str, value: object) -> str:
    text = "" if value is None else str(value)
    return f"""                        <td class="{name}">
                            {text}
                        </td>
"""


def _team(row: dict) -> str:
    good = "text-success" if row["win_pct"] >= 0.5 else "text-danger"
    plus = "text-success" if row["goal_diff"] >= 0 else "text-danger"
    cells = [
        _cell("name", html.escape(row["name"])),
        _cell("year", row["year"]),
        _cell("wins", row["wins"]),
        _cell("losses", row["losses"]),
        _cell("ot-losses", row["ot_losses"]),
        _cell(f"pct {good}", row["win_pct"]),
        _cell("gf", row["goals_for"]),
        _cell("ga", row["goals_against"]),
        _cell(f"diff {plus}", row["goal_diff"]),
    ]
    return '                    <tr class="team">\n' + "".join(cells) + "                    </tr>\n"


def _hockey_page(request: Request) -> Reply:
    query = parse_qs(urlsplit(request.path).query)
    q = query.get("q", [""])[0]
    try:
        page_num = max(1, int(query.get("page_num", ["1"])[0]))
        per_page = int(query.get("per_page", ["25"])[0])
    except ValueError:
        page_num, per_page = 1, 25
    if per_page not in PER_PAGE_CHOICES:
        per_page = 25
    rows = search(teams(), q) if q else teams()
    pages = max(1, math.ceil(len(rows) / per_page))
    shown = rows[(page_num - 1) * per_page : page_num * per_page]

    def href(number: int) -> str:
        # The pager keeps the search and the page size, as the site's links do.
        params = {"page_num": number, **({"per_page": per_page} if per_page != 25 else {}), **({"q": q} if q else {})}
        return html.escape(f"{PREFIX}pages/forms/?{urlencode(params)}")

    active = ' class="active"'
    links = "".join(
        f'                        <li{active if number == page_num else ""}><a href="{href(number)}">{number}</a></li>\n'
        for number in range(1, pages + 1)
    )
    if page_num < pages:
        links += (
            f'                        <li><a href="{href(page_num + 1)}" aria-label="Next">'
            '<span aria-hidden="true">&raquo;</span></a></li>\n'
        )
    options = "".join(
        f'<option value="{size}"{" selected" if size == per_page else ""}>{size}</option>' for size in PER_PAGE_CHOICES
    )
    body = _heading(
        "Hockey Teams: Forms, Searching and Pagination",
        f"{len(rows)} items",
        "Browse through a database of NHL team stats since 1990."
        " Practice building a scraper that handles common website interface components.",
    )
    body += f"""            <div class="row search-area">
                <div class="col-md-6 text-left">
                    <form class="form form-inline" method="GET">
                        <label for="q">Search for Teams: </label>
                        <input type="text" class="form-control" placeholder="Search for Teams" name="q" id="q" value="{html.escape(q)}">
                        <input type="submit" value="Search" class="btn btn-primary" />
                    </form>
                </div>
            </div>
            <table class="table">
                    <tr>
                        <th>Team Name</th>
                        <th>Year</th>
                        <th>Wins</th>
                        <th>Losses</th>
                        <th>OT Losses</th>
                        <th>Win %</th>
                        <th>Goals For (GF)</th>
                        <th>Goals Against (GA)</th>
                        <th>+ / -</th>
                    </tr>
{"".join(_team(row) for row in shown)}            </table>
            <div class="row pagination-area">
                <div class="col-md-10 text-center">
                    <ul class="pagination">
{links}                    </ul>
                </div>
                <div class="col-md-2">
                    <select id="per_page" name="per_page" class="form-control">{options}</select>
                </div>
            </div>
"""
    return _page("Hockey Teams: Forms, Searching and Pagination", "hockey", body)


def _films_answer(request: Request) -> Reply:
    query = parse_qs(urlsplit(request.path).query)
    if query.get("ajax") != ["true"]:
        return _films_page()
    year = query.get("year", [""])[0]
    # A bare array; the title carries trailing whitespace and only the winner has best_picture.
    films_of_year = [
        {
            "title": film["title"] + " ",
            "year": film["year"],
            "awards": film["awards"],
            "nominations": film["nominations"],
            **({"best_picture": True} if film["best_picture"] else {}),
        }
        for film in films()
        if str(film["year"]) == year
    ]
    return Reply(200, json.dumps(films_of_year).encode("utf-8"), [("Content-Type", "application/json")])


def _films_page() -> Reply:
    years = sorted({film["year"] for film in films()}, reverse=True)
    links = "".join(f'                    <a href="#" class="year-link" id="{year}">{year}</a>\n' for year in years)
    body = _heading(
        "Oscar Winning Films: AJAX and Javascript",
        "",
        "Click through a bunch of great films. Learn how content is added to the page asynchronously"
        " with Javascript and how you can scrape it.",
    )
    body += f"""            <div class="row">
                <div class="col-md-12 text-center">
                    <h3>Choose a Year to View Films</h3>
{links}                </div>
            </div>
            <table class="table" style="display: none;">
                <thead><tr><th>Title</th><th>Nominations</th><th>Awards</th><th>Best Picture</th></tr></thead>
                <tbody id="table-body"></tbody>
            </table>
            <script>
                $(".year-link").click(function() {{
                    var year = $(this).attr("id");
                    $.ajax({{url: window.location.pathname + "?ajax=true&year=" + year, dataType: "json"}})
                        .done(function(films) {{ /* one <tr class="film"> per film into #table-body */ }});
                }});
            </script>
"""
    return _page("Oscar Winning Films: AJAX and Javascript", "oscars", body)


def standin_routes() -> list[Route]:
    pages = {
        "pages/simple/": lambda _request: _countries_page(),
        "pages/forms/": _hockey_page,
        "pages/ajax-javascript/": _films_answer,
    }

    def answer(request: Request, match: re.Match[str]) -> Reply | None:
        render = pages.get(match.group(1))
        return render(request) if render else None

    pattern = PREFIX + "(.*)"
    return [route("GET", pattern, answer), route("HEAD", pattern, answer)]
