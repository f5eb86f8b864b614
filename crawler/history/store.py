"""Opening the history store: the engine for `HISTORY_URL` (SQLite tuned for a crawl's writes), its migrations, and
the lock that keeps two crawls of one spider from writing one store at once."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import zlib
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import filelock
from alembic import command
from alembic.config import Config
from scrapy.utils.conf import closest_scrapy_cfg
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sqlalchemy.engine import Connection, Engine

# How long a writer waits for another one (a crawl of another spider on the same SQLite file) before failing.
BUSY_TIMEOUT_SECONDS = 30


class StoreBusy(Exception):
    """Another crawl of the same spider holds the store; raised by `SpiderLock.acquire`."""


def default_url() -> str:
    """`sqlite:///` at `.crawler/history.sqlite` of the project folder (the one of scrapy.cfg, else this folder)."""
    cfg = closest_scrapy_cfg()
    folder = Path(cfg).parent if cfg else Path.cwd()
    return f"sqlite:///{(folder / '.crawler' / 'history.sqlite').as_posix()}"


def check_url(url: str) -> str | None:
    """What is wrong with a store URL, in a few words; None when SQLAlchemy can open it."""
    try:
        parsed = make_url(url)
        parsed.get_dialect()
    except (ArgumentError, NoSuchModuleError, ValueError) as error:
        return f"not a database URL SQLAlchemy can open ({str(error).splitlines()[0]})"
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        return f"the store must be SQLite or PostgreSQL, not {parsed.get_backend_name()!r}"
    return None


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL; None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    # WAL: readers (the `history` commands) never block the crawl's writer; NORMAL: a commit survives a killed
    # process (only a power cut may lose the last ones), at a fraction of FULL's fsyncs.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for the store; for SQLite the folder is created and every connection set up as above."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


@contextlib.contextmanager
def _script_location() -> Iterator[str]:
    """The migrations folder as a real one: in an egg (a zip file) it is copied out first, for Alembic reads files."""
    packaged = resources.files("crawler.history") / "migrations"
    if isinstance(packaged, Path) and packaged.is_dir():
        yield str(packaged)
        return
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "migrations"
        _copy_tree(packaged, target)
        yield str(target)


def _copy_tree(source: Any, target: Path) -> None:
    target.mkdir()
    for entry in source.iterdir():
        if entry.is_dir():
            if entry.name != "__pycache__":
                _copy_tree(entry, target / entry.name)
        elif entry.name.endswith(".py"):
            with entry.open("rb") as data, (target / entry.name).open("wb") as out:
                shutil.copyfileobj(data, out)


def migrate(engine: Engine) -> None:
    """Bring the store's schema to the newest version (Alembic's `upgrade head`); a new store is created so."""
    with _script_location() as location, engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", location)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def schema_version(connection: Connection) -> str | None:
    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception:  # noqa: BLE001 - no table yet: a store never migrated
        return None


class SpiderLock:
    """Held by the one crawl of a spider that writes the store; released when it ends, or when its process dies.

    SQLite: an OS file lock beside the database file. PostgreSQL: a session advisory lock on a connection of
    its own. Either way a killed crawl leaves no stale lock behind.
    """

    def __init__(self, engine: Engine, url: str, spider: str) -> None:
        self.engine, self.url, self.spider = engine, url, spider
        self._file_lock: filelock.BaseFileLock | None = None
        self._connection: Connection | None = None

    @property
    def _key(self) -> int:
        # A signed 64-bit key for pg_try_advisory_lock, the same in every process.
        return zlib.crc32(f"crawler.history:{self.spider}".encode())

    def acquire(self) -> None:
        path = sqlite_path(self.url)
        if path is not None:
            lock = filelock.FileLock(f"{path}.{self.spider}.lock", thread_local=False, is_singleton=False)
            try:
                lock.acquire(timeout=0)
            except filelock.Timeout:
                raise StoreBusy(self._busy_message()) from None
            self._file_lock = lock
        elif self.engine.dialect.name == "postgresql":
            connection = self.engine.connect()
            if not connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": self._key}).scalar():
                connection.close()
                raise StoreBusy(self._busy_message())
            connection.commit()
            self._connection = connection

    def _busy_message(self) -> str:
        return (
            f"another crawl of {self.spider!r} is recording to this store now; "
            "wait for it to end (nothing was fetched or changed)"
        )

    def release(self) -> None:
        if self._file_lock is not None:
            # The file stays: removing it could let a third crawl lock a new file while a second holds the old one.
            self._file_lock.release()
            self._file_lock = None
        if self._connection is not None:
            self._connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": self._key})
            self._connection.close()
            self._connection = None
