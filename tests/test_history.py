"""Incremental re-crawls with change history: exact changes on mutated sites, conditional requests, safe removals."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from tests.conftest import ROOT, SCRAPY, WARNINGS_ENV, FixtureServer, assert_clean, proc, scrapy
from tests.history_support import (
    Postgres,
    ServedSite,
    catalogue,
    changes_of,
    history_crawl,
    last_run,
    loaded,
    postgres_bin,
    priced,
    query,
    sqlite_store,
    stats_of,
    wait_for,
    write_site,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

pytestmark = pytest.mark.timeout(600)


@pytest.fixture
def site() -> Iterator[ServedSite]:
    """A fixture server of the test's own, on a port that stays the same when it is started again."""
    served = ServedSite()
    yield served
    served.stop()


@pytest.fixture(scope="module")
def postgres() -> Iterator[Postgres]:
    """A PostgreSQL server the tests start in a temporary folder on 127.0.0.1."""
    bindir = postgres_bin()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (no initdb; on Debian: apt-get install postgresql)")
    server = Postgres(bindir)
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty history store: an SQLite file, or a database of its own on the tests' PostgreSQL server."""
    if request.param == "sqlite":
        return sqlite_store(tmp_path)
    return request.getfixturevalue("postgres").new_database()


BOOKS = 60
PRICED = (0, 20, 50)  # N = 3 prices changed
REMOVED = (10, 40)  # K = 2 books removed
ADDED = 2  # M = 2 books added
EDITED = 30  # one description edited
PRICE_FIELDS = {"price", "price_excl_tax", "price_incl_tax"}


def _sites(tmp_path: Path) -> tuple[Path, Path, dict]:
    """The first replica, and the same site a while later: N prices changed, M added, K removed, one edit."""
    books = catalogue(BOOKS + ADDED)
    first = books[:BOOKS]
    later = list(first)
    for index in PRICED:
        later[index] = priced(first[index], "1.25")
    new_prices = {first[index].upc: later[index].price_incl_tax for index in PRICED}
    later[EDITED] = replace(first[EDITED], description=first[EDITED].description + " Now with a new foreword.")
    later = [book for index, book in enumerate(later) if index not in REMOVED] + books[BOOKS:]
    expected = {
        "priced": {first[index].upc: (first[index].price_incl_tax, new_prices[first[index].upc]) for index in PRICED},
        "edited": first[EDITED].upc,
        "removed": {first[index].upc for index in REMOVED},
        "added": {book.upc for book in books[BOOKS:]},
    }
    return write_site(tmp_path / "v1", first), write_site(tmp_path / "v2", later), expected


def test_books_site_mutated_between_runs(site: ServedSite, store: str, tmp_path: Path) -> None:
    """Run 2 records exactly the mutations: N+1 items changed (old and new values right), M new, K removed; a
    third run against the first site records the K removed books as reappeared."""
    first, later, expected = _sites(tmp_path)
    url = site.serve("--books-site", str(first)) + "books/"
    one = history_crawl("books", url, store, tmp_path / "1.jsonl")
    assert_clean(one)
    assert sorted(row.kind for row in changes_of(store, 1)) == ["new"] * BOOKS
    site.serve("--books-site", str(later))
    two = history_crawl("books", url, store, tmp_path / "2.jsonl")
    assert_clean(two)
    run = last_run(store)
    assert (run.id, run.finish_reason, bool(run.complete)) == (2, "finished", True)
    changes = changes_of(store, 2)
    changed = [row for row in changes if row.kind == "changed"]
    assert {row.key for row in changed} == {*expected["priced"], expected["edited"]}  # N + 1 items
    for upc, (old, new) in expected["priced"].items():
        rows = {row.field: (loaded(row.old_value), loaded(row.new_value)) for row in changed if row.key == upc}
        assert rows == dict.fromkeys(PRICE_FIELDS, (old, new))
    [edit] = [row for row in changed if row.key == expected["edited"]]
    assert edit.field == "description"
    assert loaded(edit.new_value) == loaded(edit.old_value) + " Now with a new foreword."
    assert {row.key for row in changes if row.kind == "new"} == expected["added"]
    assert {row.key for row in changes if row.kind == "removed"} == expected["removed"]
    assert len(changes) == len(expected["priced"]) * len(PRICE_FIELDS) + 1 + ADDED + len(REMOVED)
    # Only what changed was parsed: the listing pages and the product pages of the changed and new books.
    stats = stats_of(two)
    assert stats["history/pages_not_modified"] == BOOKS - len(REMOVED) - len(PRICED) - 1
    site.serve("--books-site", str(first))
    three = history_crawl("books", url, store, tmp_path / "3.jsonl")
    assert_clean(three)
    changes = changes_of(store, 3)
    assert {row.key for row in changes if row.kind == "reappeared"} == expected["removed"]
    assert {row.key for row in changes if row.kind == "removed"} == expected["added"]
    assert not [row for row in changes if row.kind == "new"]


def test_history_commands(site: ServedSite, tmp_path: Path) -> None:
    """`python -m crawler history` answers from the views: a run's changes, an item's history, new items, the
    export (one JSON line per change) and the two charts."""
    store = sqlite_store(tmp_path)
    first, later, expected = _sites(tmp_path)
    url = site.serve("--books-site", str(first)) + "books/"
    assert_clean(history_crawl("books", url, store, tmp_path / "1.jsonl"))
    site.serve("--books-site", str(later))
    assert_clean(history_crawl("books", url, store, tmp_path / "2.jsonl"))
    between = str(query(store, "SELECT started_at FROM runs WHERE id = 2")[0].started_at)
    upc, (old, new) = next(iter(expected["priced"].items()))
    history = ["-m", "crawler", "history", "--url", store]

    changes = proc(*history, "changes", "2")
    assert changes.returncode == 0, changes.stderr
    assert changes.stdout.startswith("run 2: 14 change(s)\n")
    assert re.search(rf"^changed +books +{upc} +price +{old} +{new}$", changes.stdout, re.MULTILINE)
    item = proc(*history, "item", "books", upc)
    assert item.returncode == 0, item.stderr
    kinds = [line.split()[2] for line in item.stdout.splitlines()[1:]]
    assert kinds == ["new", "changed", "changed", "changed"]
    fresh = proc(*history, "new", "books", "--since", between.replace(" ", "T"))
    assert fresh.returncode == 0, fresh.stderr
    assert fresh.stdout.startswith(f"{ADDED} item(s) first seen since")
    assert {line.split()[3] for line in fresh.stdout.splitlines()[2:]} == expected["added"]
    exported = proc(*history, "export", "--run", "2", "-o", tmp_path / "changes.jsonl")
    assert exported.stdout.strip() == f"wrote 14 change(s) to {tmp_path / 'changes.jsonl'}"
    lines = [json.loads(line) for line in (tmp_path / "changes.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {(line["key"], line["old"], line["new"]) for line in lines if line["field"] == "price"} == {
        (key, was, now) for key, (was, now) in expected["priced"].items()
    }
    chart = proc(*history, "chart", "books", "--field", "price", "--key", upc, "--out", tmp_path / "charts")
    assert chart.returncode == 0, chart.stderr
    written = [line.removeprefix("wrote ") for line in chart.stdout.splitlines()]
    assert [path.rsplit("/", 1)[-1] for path in written] == [f"books-{upc}-price.png", "books-changes-per-run.png"]
    for path in written:
        assert (tmp_path / "charts" / path.rsplit("/", 1)[-1]).read_bytes().startswith(b"\x89PNG\r\n")
    missing = proc(*history, "item", "books", "no-such-upc")
    assert (missing.returncode, missing.stderr.strip()) == (
        2,
        "python -m crawler history: error: no item of 'books' has the key 'no-such-upc'",
    )
    for question in ("runs", "changes", "item", "new", "export", "chart"):
        helped = proc("-m", "crawler", "history", question, "--help")
        assert helped.returncode == 0
        assert helped.stdout.startswith(f"usage: python -m crawler history {question}")


def test_quotes_replay_with_one_quote_retagged(site: ServedSite, tmp_path: Path) -> None:
    """The recorded quotes site sends no validators: an unchanged page is known by its body's hash and not parsed
    (its items only get last_seen), and the one retagged quote is the one change."""
    store = sqlite_store(tmp_path)
    url = site.serve()
    assert_clean(history_crawl("quotes", url, store, tmp_path / "1.jsonl"))
    before = {(row.type, row.key): (row.data, row.last_seen) for row in query(store, "SELECT * FROM items")}
    assert len(before) == 150
    site.serve("--edit", "/", ">deep-thoughts</a>", ">deep-ideas</a>")
    two = history_crawl("quotes", url, store, tmp_path / "2.jsonl")
    assert_clean(two)
    [change] = changes_of(store, 2)
    assert (change.kind, change.type, change.field) == ("changed", "quotes", "tags")
    assert json.loads(change.key)[1] == "Albert Einstein"
    assert (loaded(change.old_value), loaded(change.new_value)) == (
        ["change", "deep-thoughts", "thinking", "world"],
        ["change", "deep-ideas", "thinking", "world"],
    )
    run = last_run(store)
    pages = run.pages_parsed + run.pages_skipped
    # Only the edited page was parsed; the other pages (listing and author pages) were answered from their hash.
    assert (run.pages_parsed, stats_of(two)["history/pages_unchanged"]) == (1, pages - 1)
    after = {(row.type, row.key): (row.data, row.last_seen) for row in query(store, "SELECT * FROM items")}
    assert set(after) == set(before)
    for key, (data, seen) in after.items():
        assert seen > before[key][1]
        if key != (change.type, change.key):
            assert data == before[key][0]


def test_unchanged_books_crawl_asks_with_validators(tmp_path: Path) -> None:
    """An unchanged second crawl gets 304s: at most 5% of the first crawl's bytes, no parse of any page. The
    control, the same crawl without the conditional requests, downloads and parses everything again."""
    store = sqlite_store(tmp_path)
    server = FixtureServer("--books", "100")
    try:
        url = server.url + "books/"
        one = history_crawl("books", url, store, tmp_path / "1.jsonl")
        assert_clean(one)
        two = history_crawl("books", url, store, tmp_path / "2.jsonl")
        assert_clean(two)
        without = '{"crawler.history.components.ConditionalRequests": null}'
        control = history_crawl("books", url, store, tmp_path / "3.jsonl", "-s", f"DOWNLOADER_MIDDLEWARES={without}")
        assert_clean(control)
    finally:
        server.stop()
    first, second, third = stats_of(one), stats_of(two), stats_of(control)
    assert first["history/pages_parsed"] == first["crawler/pages_ok"] == 105
    assert second["downloader/response_bytes"] <= 0.05 * first["downloader/response_bytes"]
    assert second.get("history/pages_parsed", 0) == 0
    assert second["history/pages_not_modified"] == second["crawler/pages_ok"] == 105
    assert second["history/items_confirmed"] == 100
    assert third["downloader/response_bytes"] > 0.9 * first["downloader/response_bytes"]
    assert third["history/pages_parsed"] == 105
    assert not changes_of(store, 2)
    assert not changes_of(store, 3)


def _full_quotes_run(url: str, store: str, tmp_path: Path) -> None:
    assert_clean(history_crawl("quotes", url, store, tmp_path / "full.jsonl"))
    assert len(query(store, "SELECT key FROM items")) == 150


@pytest.mark.parametrize(
    ("arguments", "why"),
    [
        (("-a", "tag=love"), "it was limited by -a tag"),
        (("-a", "shard=0/3"), "it was limited by -a shard"),
    ],
)
def test_narrowed_runs_record_no_removal(
    server: FixtureServer, tmp_path: Path, arguments: tuple[str, ...], why: str
) -> None:
    """A run limited to a tag or a shard sees few of the items: none is recorded as removed."""
    store = sqlite_store(tmp_path)
    _full_quotes_run(server.url, store, tmp_path)
    narrowed = history_crawl("quotes", server.url, store, tmp_path / "narrow.jsonl", *arguments)
    assert_clean(narrowed)
    unseen = query(store, "SELECT COUNT(*) AS n FROM items WHERE last_run = 1")[0].n
    assert unseen > 50  # a complete run would have removed these
    assert [row.kind for row in changes_of(store, 2) if row.kind == "removed"] == []
    assert not last_run(store).complete
    assert f"no removal recorded: {why}" in narrowed.stderr


def test_category_run_records_no_removal(site: ServedSite, tmp_path: Path) -> None:
    """`books -a category=` crawls one category: the other books are not recorded as removed."""
    store = sqlite_store(tmp_path)
    url = site.serve("--books", "60") + "books/"
    assert_clean(history_crawl("books", url, store, tmp_path / "1.jsonl"))
    travel = history_crawl("books", url, store, tmp_path / "2.jsonl", "-a", "category=Poetry")
    assert_clean(travel)
    assert query(store, "SELECT COUNT(*) AS n FROM items WHERE last_run = 1")[0].n > 50
    assert not [row for row in changes_of(store, 2) if row.kind == "removed"]
    assert not last_run(store).complete


def test_run_with_a_failed_listing_page_records_no_removal(site: ServedSite, tmp_path: Path) -> None:
    """A listing page that fails for good hides its quotes and what follows it: no removal is recorded."""
    store = sqlite_store(tmp_path)
    url = site.serve()
    _full_quotes_run(url, store, tmp_path)
    site.serve("--fault", "/page/4/=500")
    failed = history_crawl("quotes", url, store, tmp_path / "failed.jsonl")
    assert failed.returncode == 0, failed.stderr[-2000:]
    assert "Failed <GET http" in failed.stderr
    assert query(store, "SELECT COUNT(*) AS n FROM items WHERE last_run = 1")[0].n > 50
    assert not [row for row in changes_of(store, 2) if row.kind == "removed"]
    assert not last_run(store).complete
    assert "no removal recorded: 1 request(s) failed" in failed.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and SIGINT to a child are POSIX-only")
def test_run_stopped_by_ctrl_c_records_no_removal(site: ServedSite, tmp_path: Path) -> None:
    """A crawl stopped by one Ctrl-C ends `shutdown`, not `finished`: what it did not reach is not removed."""
    store = sqlite_store(tmp_path)
    url = site.serve()
    _full_quotes_run(url, store, tmp_path)
    # The site changed everywhere (no page is skipped), and answers slowly: the stop comes mid-crawl.
    site.serve("--delay", "0.3", "--edit", "/", "</body>", "<!-- changed --></body>")
    command = [
        SCRAPY, "crawl", "quotes", "-a", f"base_url={url}", "-O", str(tmp_path / "stopped.jsonl"),
        "-s", "HISTORY_ENABLED=True", "-s", f"HISTORY_URL={store}", "-s", "PROGRESS=False",
        "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS=2", "-s", "HISTORY_BATCH_SIZE=5",
    ]  # fmt: skip
    crawl = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True, env={**os.environ, **WARNINGS_ENV})
    try:
        wait_for(lambda: len(query(store, "SELECT id FROM runs")) == 2, what="the second run's start")
        wait_for(
            lambda: query(store, "SELECT COUNT(*) AS n FROM pages WHERE run_id = 2")[0].n >= 1,
            what="a page of the second run",
        )
        crawl.send_signal(signal.SIGINT)
        _, stderr = crawl.communicate(timeout=120)
    finally:
        if crawl.poll() is None:
            crawl.kill()
            crawl.communicate()
    assert crawl.returncode == 0, stderr[-2000:]
    run = last_run(store)
    assert run.finish_reason == "shutdown"
    assert not run.complete
    assert query(store, "SELECT COUNT(*) AS n FROM items WHERE last_run = 1")[0].n > 50
    assert not [row for row in changes_of(store, 2) if row.kind == "removed"]


def test_history_is_off_by_default(server: FixtureServer, tmp_path: Path) -> None:
    """Without HISTORY_ENABLED nothing is recorded and no history component runs."""
    result = scrapy(
        "crawl", "quotes", "-a", f"base_url={server.url}", "-O", tmp_path / "q.jsonl",
        "-s", "PROGRESS=False", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=DEBUG",
    )  # fmt: skip
    assert_clean(result)
    assert "History:" not in result.stderr
    assert "'history/" not in result.stderr  # no stat of the history's
    assert "If-None-Match" not in result.stderr
