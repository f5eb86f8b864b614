"""The history store under stress: a crawl killed mid-way, two crawls of one spider on one store, bad settings."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tests.conftest import ROOT, SCRAPY, WARNINGS_ENV, FixtureServer, assert_clean, scrapy
from tests.history_support import changes_of, history_crawl, last_run, query, sqlite_store, wait_for

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.timeout(600)


def _background_crawl(spider: str, url: str, store: str, out: Path, *extra: str) -> subprocess.Popen[str]:
    command = [
        SCRAPY, "crawl", spider, "-a", f"base_url={url}", "-O", str(out),
        "-s", "HISTORY_ENABLED=True", "-s", f"HISTORY_URL={store}", "-s", "PROGRESS=False",
        "-s", "AUTOTHROTTLE_ENABLED=False", *extra,
    ]  # fmt: skip
    return subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env={**os.environ, **WARNINGS_ENV},
    )  # fmt: skip


def _count(store: str, sql: str) -> int:
    return query(store, sql)[0][0]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and SIGINT to a child are POSIX-only")
def test_sigkill_mid_crawl_leaves_a_sound_store(tmp_path: Path) -> None:
    """A crawl killed with SIGKILL mid-way leaves an SQLite store that passes `PRAGMA integrity_check`, holding
    whole batches only; the next run records each book the first run did not commit as new, and nothing else."""
    store = sqlite_store(tmp_path)
    server = FixtureServer("--books", "100", "--delay", "0.1")
    try:
        url = server.url + "books/"
        crawl = _background_crawl(
            "books", url, store, tmp_path / "1.jsonl", "-s", "HISTORY_BATCH_SIZE=10", "-s", "CONCURRENT_REQUESTS=4"
        )
        try:
            wait_for(lambda: (tmp_path / "history.sqlite").exists(), what="the store")
            wait_for(lambda: _count(store, "SELECT COUNT(*) FROM items") >= 20, what="two batches of books")
            crawl.send_signal(signal.SIGKILL)
            crawl.communicate(timeout=60)
        finally:
            if crawl.poll() is None:
                crawl.kill()
                crawl.communicate()
        assert crawl.returncode == -signal.SIGKILL
        with sqlite3.connect(tmp_path / "history.sqlite") as connection:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        kept = _count(store, "SELECT COUNT(*) FROM items")
        assert 20 <= kept < 100  # the kill came mid-crawl
        run = last_run(store)
        assert (run.ended_at, run.finish_reason, bool(run.complete)) == (None, None, False)
        # Each batch is one transaction: every item row has its `new` change, and no change lacks its row.
        assert _count(store, "SELECT COUNT(*) FROM changes WHERE run_id = 1 AND kind = 'new'") == kept
        second = history_crawl("books", url, store, tmp_path / "2.jsonl")
        assert_clean(second)
    finally:
        server.stop()
    changes = changes_of(store, 2)
    assert sorted({row.kind for row in changes}) == ["new"]
    assert len(changes) == 100 - kept
    assert _count(store, "SELECT COUNT(*) FROM items") == 100
    assert _count(store, "SELECT COUNT(*) FROM items WHERE removed_in_run IS NULL") == 100
    assert bool(last_run(store).complete)


def test_second_crawl_of_the_same_spider_refuses(tmp_path: Path) -> None:
    """While a crawl of quotes records to a store, a second crawl of quotes on it stops at once with one line and
    exit status 2, fetching nothing and changing nothing; the first one finishes unharmed, and then a crawl runs."""
    store = sqlite_store(tmp_path)
    server = FixtureServer("--delay", "0.2")
    try:
        first = _background_crawl("quotes", server.url, store, tmp_path / "1.jsonl", "-s", "CONCURRENT_REQUESTS=2")
        try:
            wait_for(lambda: (tmp_path / "history.sqlite").exists(), what="the store")
            wait_for(lambda: _count(store, "SELECT COUNT(*) FROM runs") == 1, what="the first run")
            second = history_crawl("quotes", server.url, store, tmp_path / "2.jsonl")
            assert first.poll() is None  # the refusal came while the first crawl ran
            _, first_err = first.communicate(timeout=300)
        finally:
            if first.poll() is None:
                first.kill()
                first.communicate()
        assert second.returncode == 2
        assert second.stderr.strip().splitlines() == [
            "scrapy: error: -s HISTORY_URL: another crawl of 'quotes' is recording to this store now; "
            "wait for it to end (nothing was fetched or changed)"
        ]
        assert not (tmp_path / "2.jsonl").exists()
        assert first.returncode == 0, first_err[-2000:]
        assert _count(store, "SELECT COUNT(*) FROM runs") == 1
        assert _count(store, "SELECT COUNT(*) FROM items") == 150
        assert bool(last_run(store).complete)
        # Once the first has ended, the same command runs.
        third = history_crawl("quotes", server.url, store, tmp_path / "3.jsonl")
        assert_clean(third)
    finally:
        server.stop()
    assert _count(store, "SELECT COUNT(*) FROM runs") == 2
    assert not changes_of(store, 2)


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("HISTORY_ENABLED=maybe", "scrapy: error: -s HISTORY_ENABLED: must be True or False (got 'maybe')"),
        (
            "HISTORY_URL=mysql://db/history",
            "scrapy: error: -s HISTORY_URL: the store must be SQLite or PostgreSQL, not 'mysql' (got 'mysql://db/history')",
        ),
        ("HISTORY_BATCH_SIZE=0", "scrapy: error: -s HISTORY_BATCH_SIZE: must be a whole number, 1 or more (got '0')"),
    ],
)
def test_bad_history_settings_are_one_line(setting: str, message: str, tmp_path: Path) -> None:
    """A history setting the crawl cannot use stops it before anything is fetched: one line, exit status 2."""
    extra = () if setting.startswith("HISTORY_ENABLED") else ("-s", "HISTORY_ENABLED=True")
    result = scrapy("crawl", "quotes", "-O", tmp_path / "q.jsonl", *extra, "-s", setting)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [message]


def test_unreadable_store_is_one_line(tmp_path: Path) -> None:
    """A store path that cannot be a database (a folder) stops the crawl with one line, exit status 2."""
    (tmp_path / "history.sqlite").mkdir()
    result = scrapy(
        "crawl", "quotes", "-O", tmp_path / "q.jsonl", "-s", "HISTORY_ENABLED=True",
        "-s", f"HISTORY_URL={sqlite_store(tmp_path)}",
    )  # fmt: skip
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"scrapy: error: -s HISTORY_URL: cannot open the store {sqlite_store(tmp_path)}: ")


def test_migrations_make_the_schema_the_code_declares(tmp_path: Path) -> None:
    """Alembic's migrations, run on an empty store, give exactly the tables and indexes of crawler/history/schema.py,
    and the views the `history` commands read; running them again changes nothing."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import inspect

    from crawler.history.schema import metadata
    from crawler.history.store import make_engine, migrate, schema_version

    engine = make_engine(sqlite_store(tmp_path))
    try:
        migrate(engine)
        migrate(engine)
        with engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), metadata) == []
            assert schema_version(connection) == "0001"
            assert set(inspect(connection).get_view_names()) == {"run_changes", "item_history", "new_items"}
            journal = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
            synchronous = connection.exec_driver_sql("PRAGMA synchronous").scalar()
            busy = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
        assert (journal, synchronous, busy) == ("wal", 1, 30000)  # 1 is NORMAL
    finally:
        engine.dispose()
