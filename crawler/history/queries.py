"""The history store's questions, each a query of a view the migrations create: what changed in a run, one item's
history, the items new since a date, and every change as JSON Lines."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, column, func, select, table

from crawler.history.schema import changes, items, runs
from crawler.history.store import make_engine, migrate, sqlite_path

if TYPE_CHECKING:
    from collections.abc import Iterator
    from datetime import datetime

    from sqlalchemy.engine import Engine, Row

# The views of migration 0001 (crawler/history/migrations/versions/), as SQLAlchemy sees them.
run_changes_view = table(
    "run_changes",
    *(
        column(name)
        for name in (
            "change_id",
            "run_id",
            "run_started_at",
            "run_complete",
            "spider",
            "type",
            "key",
            "kind",
            "field",
            "old_value",
            "new_value",
        )
    ),
)
item_history_view = table(
    "item_history",
    *(
        column(name)
        for name in (
            "spider",
            "type",
            "key",
            "seen_at",
            "run_id",
            "kind",
            "field",
            "old_value",
            "new_value",
            "change_id",
        )
    ),
)
new_items_view = table(
    "new_items",
    *(
        column(name)
        for name in (
            "spider",
            "type",
            "key",
            "first_seen",
            "first_run",
            "last_seen",
            "last_run",
            "removed_in_run",
            "data",
        )
    ),
)


class NoStore(Exception):
    """The store named does not exist yet."""


def open_for_reading(url: str) -> Engine:
    """The store's engine, refusing to create a store where there is none."""
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise NoStore(f"no history store at {path}: crawl with -s HISTORY_ENABLED=True first")
    engine = make_engine(url)
    migrate(engine)  # a store of an older version gains the newest views
    return engine


def _rows(engine: Engine, query: Any) -> list[Row[Any]]:
    with engine.connect() as connection:
        return list(connection.execute(query))


def run_list(engine: Engine, spider: str | None = None) -> list[Row[Any]]:
    """Every run, oldest first, with how many changes of each kind it recorded."""
    counts = [func.sum(case((changes.c.kind == kind, 1), else_=0)).label(kind) for kind in changes_kinds()]
    query = (
        select(runs, *counts)
        .select_from(runs.outerjoin(changes, changes.c.run_id == runs.c.id))
        .group_by(*runs.c)
        .order_by(runs.c.id)
    )
    if spider is not None:
        query = query.where(runs.c.spider == spider)
    return _rows(engine, query)


def changes_kinds() -> tuple[str, ...]:
    return ("new", "changed", "removed", "reappeared")


def latest_run(engine: Engine, spider: str | None = None) -> int | None:
    query = select(func.max(runs.c.id))
    if spider is not None:
        query = query.where(runs.c.spider == spider)
    with engine.connect() as connection:
        return connection.execute(query).scalar()


def run_changes(engine: Engine, run: int | None = None, spider: str | None = None) -> Any:
    """The query of view `run_changes`: the changes of one run (or all), of one spider (or all), as recorded."""
    query = select(run_changes_view).order_by(run_changes_view.c.change_id)
    if run is not None:
        query = query.where(run_changes_view.c.run_id == run)
    if spider is not None:
        query = query.where(run_changes_view.c.spider == spider)
    return query


def changes_of_run(engine: Engine, run: int) -> list[Row[Any]]:
    """What changed in one run, in the order it was recorded."""
    return _rows(engine, run_changes(engine, run))


def item_history(engine: Engine, spider: str, key: str, item_type: str | None = None) -> list[Row[Any]]:
    """One item's changes over time (view `item_history`), oldest first."""
    view = item_history_view
    query = select(view).where(view.c.spider == spider, view.c.key == key).order_by(view.c.change_id)
    if item_type is not None:
        query = query.where(view.c.type == item_type)
    return _rows(engine, query)


def new_since(engine: Engine, spider: str, since: datetime) -> list[Row[Any]]:
    """The items first seen at `since` (UTC) or later (view `new_items`), in the order they were first seen."""
    view = new_items_view
    query = (
        select(view)
        .where(view.c.spider == spider, view.c.first_seen >= since)
        .order_by(view.c.first_seen, view.c.type, view.c.key)
    )
    return _rows(engine, query)


def item_types(engine: Engine, spider: str) -> list[str]:
    return [row.type for row in _rows(engine, select(items.c.type).where(items.c.spider == spider).distinct())]


def last_seen(engine: Engine, spider: str, item_type: str, key: str) -> Any:
    query = select(items.c.last_seen).where(items.c.spider == spider, items.c.type == item_type, items.c.key == key)
    with engine.connect() as connection:
        return connection.execute(query).scalar()


def change_lines(engine: Engine, run: int | None = None, spider: str | None = None) -> Iterator[str]:
    """Every change (of one run, or one spider), oldest first, as JSON Lines: values as the JSON they were."""
    with engine.connect() as connection:
        for row in connection.execute(run_changes(engine, run, spider)):
            yield json.dumps(
                {
                    "run": row.run_id,
                    "run_started_at": shown_time(row.run_started_at),
                    "spider": row.spider,
                    "type": row.type,
                    "key": row.key,
                    "kind": row.kind,
                    "field": row.field,
                    "old": None if row.old_value is None else json.loads(row.old_value),
                    "new": None if row.new_value is None else json.loads(row.new_value),
                },
                ensure_ascii=False,
            )


def shown_time(value: Any) -> str:
    """A stored time as ISO 8601 UTC to the second (SQLite hands back text, PostgreSQL a datetime)."""
    text_value = value.isoformat(sep=" ") if hasattr(value, "isoformat") else str(value)
    return text_value[:19].replace(" ", "T") + "Z"
