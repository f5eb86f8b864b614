"""Every recorded site of tests/data: its spider's crawl of the replay gives expected.jl, and its parser each field.

`pytest --update-expected` rewrites each expected.jl from the crawl instead, for a person to review (`git diff`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from typing import TYPE_CHECKING, Any

import pytest

from crawler.items import item_class_of
from tests.conftest import STRICT_ENV, assert_clean, scrapy
from tests.recorded_sites import RecordedSite, as_row, recorded_sites

if TYPE_CHECKING:
    from tests.conftest import FixtureServer

# Recordings this project's recorder made: they name their spider.
SITES = [site for site in recorded_sites() if site.spider]


def line(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False)


def kind(row: dict) -> str:
    """The item class a row holds (known by its field names)."""
    cls = item_class_of(row)
    return cls.__name__ if cls else ",".join(row)


def _rebased(value: Any, replay: str, recorded: str) -> Any:
    """Values as the recorded site would give them: URLs of the replay put back under the recorded base URL."""
    if isinstance(value, str):
        return value.replace(replay, recorded)
    if isinstance(value, list):
        return [_rebased(element, replay, recorded) for element in value]
    if isinstance(value, dict):
        return {name: _rebased(element, replay, recorded) for name, element in value.items()}
    return value


@pytest.fixture(scope="module", params=SITES, ids=lambda site: site.domain)
def replay_crawl(
    request: pytest.FixtureRequest, server: FixtureServer, tmp_path_factory: pytest.TempPathFactory
) -> tuple[RecordedSite, list[str]]:
    """`scrapy crawl <spider> -a base_url=<the replay>`: its items, rebased on the recorded URL, as sorted lines."""
    site: RecordedSite = request.param
    replay = f"{server.url}{site.domain}/"
    out = tmp_path_factory.mktemp(site.domain) / "items.jsonl"
    result = scrapy(
        "crawl", site.spider, "-a", f"base_url={replay}", "-s", "AUTOTHROTTLE_ENABLED=False", "-O", out, env=STRICT_ENV
    )
    assert_clean(result)
    recorded = site.recording.base_url or replay
    rows = [json.loads(text) for text in out.read_text(encoding="utf-8").splitlines()]
    return site, sorted(line(_rebased(row, replay, recorded)) for row in rows)


def test_replay_gives_expected(replay_crawl: tuple[RecordedSite, list[str]], request: pytest.FixtureRequest) -> None:
    """The crawl of the replay gives exactly the reviewed items of expected.jl (order aside)."""
    site, lines = replay_crawl
    assert lines, "the crawl of the replay gave no item"
    if request.config.getoption("--update-expected"):
        site.expected_path.write_text("".join(text + "\n" for text in lines), encoding="utf-8")
    assert site.expected_path.exists(), f"no {site.expected_path}: run `pytest --update-expected`, then review it"
    assert lines == sorted(line(row) for row in site.expected())


@cache
def _offline(domain: str) -> dict[str, list[dict]]:
    site = next(site for site in SITES if site.domain == domain)
    by_kind = defaultdict(list)
    for item in site.offline_items():
        row = as_row(item)
        by_kind[kind(row)].append(row)
    return by_kind


def _field_cases() -> list[Any]:
    """(site, item kind, field) for every field of every item class in each expected.jl."""
    cases = []
    for site in SITES:
        kinds = {kind(row): list(row) for row in site.expected()} if site.expected_path.exists() else {}
        for name, fields in kinds.items():
            cases += [pytest.param(site, name, field, id=f"{site.domain}-{name}-{field}") for field in fields]
    return cases


@pytest.mark.parametrize(("site", "item_kind", "field"), _field_cases())
def test_parser_field_on_recorded_pages(site: RecordedSite, item_kind: str, field: str) -> None:
    """The parser, run over the recorded pages with no server, reads this field of each item as expected.jl has it."""
    expected = [row for row in site.expected() if kind(row) == item_kind]
    got = _offline(site.domain).get(item_kind, [])
    assert len(got) == len(expected)
    assert sorted(line(row[field]) for row in got) == sorted(line(row[field]) for row in expected)
