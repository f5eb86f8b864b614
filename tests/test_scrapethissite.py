"""scrapethissite on its stand-in: all 250 countries, every hockey row through the pager, every film of every year."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.conftest import STRICT_ENV, assert_clean, read_jsonl, scrapy
from tests.fixtureserver.scrapethissite import countries, films, search, teams

if TYPE_CHECKING:
    from pathlib import Path

    from tests.conftest import FixtureServer, Result

FAST = ("-s", "AUTOTHROTTLE_ENABLED=False")


def crawl(server: FixtureServer, out: Path, *args: str) -> tuple[Result, list[dict]]:
    site = f"base_url={server.url}scrapethissite/"
    result = scrapy("crawl", "scrapethissite", "-a", site, *args, *FAST, "-O", out, env=STRICT_ENV)
    return result, read_jsonl(out) if out.exists() else []


def of_kind(rows: list[dict], field: str) -> list[dict]:
    return [row for row in rows if field in row]


@pytest.fixture(scope="module")
def whole(server: FixtureServer, tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    result, rows = crawl(server, tmp_path_factory.mktemp("whole") / "items.jsonl")
    assert_clean(result)
    return rows


def key(row: dict) -> str:
    return repr(sorted(row.items()))


def test_countries_equal_truth(whole: list[dict]) -> None:
    """250 countries, once each, population an int and area a float in km² (1.4E7 read as 14000000.0)."""
    got = of_kind(whole, "capital")
    assert len(got) == 250
    assert sorted(map(key, got)) == sorted(map(key, countries()))
    antarctica = next(row for row in got if row["name"] == "Antarctica")
    assert antarctica["area"] == 14_000_000.0
    assert isinstance(antarctica["population"], int)


def test_every_hockey_row_through_the_pager(whole: list[dict]) -> None:
    """All 582 rows of the 24 pages, OT losses null before 1999, as the site shows them."""
    got = of_kind(whole, "wins")
    assert len(got) == len(teams()) == 582
    assert sorted(map(key, got)) == sorted(map(key, teams()))
    assert {row["ot_losses"] for row in got if row["year"] < 1999} == {None}


def test_every_film_of_every_year(whole: list[dict]) -> None:
    """Every film of each year link, from the JSON endpoint: titles trimmed, best_picture only where the JSON has it."""
    got = of_kind(whole, "nominations")
    assert sorted(map(key, got)) == sorted(map(key, films()))
    assert {row["year"] for row in got} == set(range(2010, 2016))
    assert sorted(row["title"] for row in got if row["best_picture"])[:2] == ["12 Years a Slave", "Argo"]


@pytest.mark.parametrize("per_page", ["25", "100"])
def test_search_form_and_per_page(server: FixtureServer, tmp_path: Path, per_page: str) -> None:
    """`-a q=new -a per_page=N`: only the teams whose name holds "new", every page of them, N rows a page."""
    # At DEBUG the log names each request, so the page size asked for can be seen in it.
    result, rows = crawl(
        server, tmp_path / "items.jsonl", "-a", "q=new", "-a", f"per_page={per_page}", "-s", "LOG_LEVEL=DEBUG"
    )
    assert_clean(result)
    want = search(teams(), "new")
    assert len(want) == 63
    assert sorted(map(key, of_kind(rows, "wins"))) == sorted(map(key, want))
    pages = -(-len(want) // int(per_page))
    assert f"'downloader/request_count': {1 + 1 + pages + 1 + 6}," in result.stderr  # robots, countries, pages, films
    assert f"per_page={per_page}" in result.stderr or per_page == "25"


def test_bad_per_page_is_refused() -> None:
    """A page size the site does not offer stops the crawl before it starts: one line, exit 2."""
    result = scrapy("crawl", "scrapethissite", "-a", "per_page=30")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("scrapy: error: -a per_page: Input should be '25'")
