"""The history store's tables, in SQLAlchemy Core: one schema for SQLite and PostgreSQL alike."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("spider", String(200), nullable=False),
    Column("arguments", Text, nullable=False, comment="the spider arguments as JSON"),
    Column("scope", Text, nullable=False, comment="the arguments that decide what a page yields, as JSON"),
    Column("started_at", DateTime, nullable=False, comment="UTC"),
    Column("ended_at", DateTime, comment="UTC; empty while running, or when the run was killed"),
    Column("finish_reason", String(500)),
    Column("complete", Boolean, nullable=False, default=False, comment="whether removals were recorded"),
    Column("pages_parsed", Integer, nullable=False, default=0),
    Column("pages_skipped", Integer, nullable=False, default=0, comment="answered 304, or with an unchanged body"),
)

pages = Table(
    "pages",
    metadata,
    Column("spider", String(200), primary_key=True),
    Column("scope", Text, primary_key=True),
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("body_hash", String(64), nullable=False, comment="SHA-256 of the decoded body"),
    Column("status", Integer, nullable=False, comment="the last answer: 200, or 304 when it was not modified"),
    Column("fetched_at", DateTime, nullable=False, comment="UTC"),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
    Column("item_keys", Text, nullable=False, comment="JSON [[type, key], ...] of the items the page yielded"),
    Column("requests", Text, nullable=False, comment="JSON of the requests the page yielded, replayed when skipped"),
)

items = Table(
    "items",
    metadata,
    Column("spider", String(200), primary_key=True),
    Column("type", String(200), primary_key=True, comment="the item class's feed name: books, quotes, authors"),
    Column("key", Text, primary_key=True, comment="the item class's key: its value, or a JSON array of values"),
    Column("data", Text, nullable=False, comment="the item as last seen, JSON"),
    Column("hash", String(64), nullable=False),
    Column("first_seen", DateTime, nullable=False, comment="UTC"),
    Column("first_run", Integer, ForeignKey("runs.id"), nullable=False),
    Column("last_seen", DateTime, nullable=False, comment="UTC"),
    Column("last_run", Integer, ForeignKey("runs.id"), nullable=False),
    Column("removed_in_run", Integer, ForeignKey("runs.id"), comment="empty while the item is on the site"),
)

changes = Table(
    "changes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
    Column("spider", String(200), nullable=False),
    Column("type", String(200), nullable=False),
    Column("key", Text, nullable=False),
    Column("kind", String(20), nullable=False, comment="new, changed, removed or reappeared"),
    Column("field", String(200), comment="the changed field; empty for the other kinds"),
    Column("old_value", Text, comment="JSON: the field's old value, or the whole removed item"),
    Column("new_value", Text, comment="JSON: the field's new value, or the whole new item"),
    Index("changes_by_item", "spider", "type", "key"),
    Index("changes_by_run", "run_id"),
)

KINDS = ("new", "changed", "removed", "reappeared")
