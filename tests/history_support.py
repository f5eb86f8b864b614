"""What the history tests share: crawls recording to a store, the store read back, mutated replicas, PostgreSQL."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from tests.books_replica import BookRecord, catalogue, site_files
from tests.conftest import FixtureServer, Result, scrapy


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def history_crawl(spider: str, base_url: str, store: str, out: Path, *extra: str, timeout: float = 180) -> Result:
    """`scrapy crawl` recording to `store`, full speed, its items to a file of the test's own."""
    return scrapy(
        "crawl", spider, "-a", f"base_url={base_url}", "-O", out,
        "-s", "HISTORY_ENABLED=True", "-s", f"HISTORY_URL={store}",
        "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "PROGRESS=False", *extra,
        timeout=timeout,
    )  # fmt: skip


_STAT = re.compile(r"^\s*\{?'(?P<name>[^']+)': (?P<value>-?\d+|'[^']*')")


def stats_of(result: Result) -> dict[str, Any]:
    """The stats Scrapy dumped at the end of the crawl's log (numbers and strings only)."""
    stats: dict[str, Any] = {}
    dump = result.stderr.rsplit("Dumping Scrapy stats:", 1)[-1].splitlines()[1:]
    for line in dump:
        if not line.startswith(("{", " ")):
            break
        if match := _STAT.match(line):
            value = match["value"]
            stats[match["name"]] = value.strip("'") if value.startswith("'") else int(value)
    return stats


def query(store: str, sql: str, **params: Any) -> list[Any]:
    engine = create_engine(store)
    try:
        with engine.connect() as connection:
            return list(connection.execute(text(sql), params))
    finally:
        engine.dispose()


def changes_of(store: str, run: int) -> list[Any]:
    return query(store, "SELECT kind, type, key, field, old_value, new_value FROM changes WHERE run_id = :r", r=run)


def last_run(store: str) -> Any:
    return query(store, "SELECT * FROM runs ORDER BY id DESC")[0]


def write_site(folder: Path, records: list[BookRecord]) -> Path:
    """A books replica of these books, as files (the fixture server's --books-site)."""
    for path, content in site_files(records):
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return folder


def priced(book: BookRecord, more: str) -> BookRecord:
    """The book at a new price (with no tax, as every book of the site: both prices move together)."""
    price = str(Decimal(book.price_incl_tax) + Decimal(more))
    return replace(book, price_excl_tax=price, price_incl_tax=price)


class ServedSite:
    """A fixture server on a port of its own that a test can stop and start again with other content."""

    def __init__(self) -> None:
        self.port = free_port()
        self.running: FixtureServer | None = None

    def serve(self, *options: str) -> str:
        self.stop()
        self.running = FixtureServer("--port", str(self.port), *options)
        return self.running.url

    def stop(self) -> None:
        if self.running is not None:
            self.running.stop()
            self.running = None


# --- PostgreSQL, started by the tests themselves --------------------------------------------------------------------


def _postgres_bin() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return candidates[-1].parent if candidates else None


class Postgres:
    """A PostgreSQL server in a temporary folder on 127.0.0.1 (as the `postgres` user when the tests run as root)."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix="crawler-pg-"))
        self.port = free_port()
        self.as_user: list[str] = []
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            # initdb and postgres refuse to run as root.
            shutil.chown(self.folder, "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]
        data = self.folder / "data"
        self._run(str(bindir / "initdb"), "-D", str(data), "-U", "crawler", "--auth=trust", "-E", "UTF8", "--no-sync")
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(self.folder / "log"), "-w", "start")
        self.databases = 0

    def _run(self, *command: str) -> None:
        subprocess.run([*self.as_user, *command], check=True, capture_output=True, timeout=120)

    def new_database(self) -> str:
        """The URL of an empty database of its own."""
        self.databases += 1
        name = f"history{self.databases}"
        engine = create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name}"))
        engine.dispose()
        return self.url(name)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://crawler@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def postgres_bin() -> Path | None:
    """The folder of PostgreSQL's initdb and pg_ctl; None when PostgreSQL is not installed."""
    return _postgres_bin()


def sqlite_store(folder: Path) -> str:
    return f"sqlite:///{(folder / 'history.sqlite').as_posix()}"


def wait_for(condition: Any, timeout: float = 60, what: str = "the condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    pytest.fail(f"{what} did not happen in {timeout}s")


def loaded(value: str | None) -> Any:
    return None if value is None else json.loads(value)


__all__ = ["catalogue"]
