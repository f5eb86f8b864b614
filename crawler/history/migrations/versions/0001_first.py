"""The first schema: runs, pages, items, changes, and the views the `history` commands read.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Each view is one query of `python -m crawler history`; README ("Re-crawling and history") documents them.
VIEWS = {
    # What changed in each run: `history changes RUN` and `history export`.
    "run_changes": """
        SELECT c.id AS change_id, c.run_id, r.started_at AS run_started_at, r.complete AS run_complete,
               c.spider, c.type, c.key, c.kind, c.field, c.old_value, c.new_value
        FROM changes c JOIN runs r ON r.id = c.run_id""",
    # One item's changes over time: `history item SPIDER KEY`.
    "item_history": """
        SELECT c.spider, c.type, c.key, r.started_at AS seen_at, c.run_id, c.kind, c.field,
               c.old_value, c.new_value, c.id AS change_id
        FROM changes c JOIN runs r ON r.id = c.run_id""",
    # When each item was first seen and whether it is still on the site: `history new SPIDER --since DATE`.
    "new_items": """
        SELECT i.spider, i.type, i.key, i.first_seen, i.first_run, i.last_seen, i.last_run,
               i.removed_in_run, i.data
        FROM items i""",
}


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("spider", sa.String(200), nullable=False),
        sa.Column("arguments", sa.Text, nullable=False),
        sa.Column("scope", sa.Text, nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("ended_at", sa.DateTime),
        sa.Column("finish_reason", sa.String(500)),
        sa.Column("complete", sa.Boolean, nullable=False),
        sa.Column("pages_parsed", sa.Integer, nullable=False),
        sa.Column("pages_skipped", sa.Integer, nullable=False),
    )
    op.create_table(
        "pages",
        sa.Column("spider", sa.String(200), primary_key=True),
        sa.Column("scope", sa.Text, primary_key=True),
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("body_hash", sa.String(64), nullable=False),
        sa.Column("status", sa.Integer, nullable=False),
        sa.Column("fetched_at", sa.DateTime, nullable=False),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), nullable=False),
        sa.Column("item_keys", sa.Text, nullable=False),
        sa.Column("requests", sa.Text, nullable=False),
    )
    op.create_table(
        "items",
        sa.Column("spider", sa.String(200), primary_key=True),
        sa.Column("type", sa.String(200), primary_key=True),
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("first_seen", sa.DateTime, nullable=False),
        sa.Column("first_run", sa.Integer, sa.ForeignKey("runs.id"), nullable=False),
        sa.Column("last_seen", sa.DateTime, nullable=False),
        sa.Column("last_run", sa.Integer, sa.ForeignKey("runs.id"), nullable=False),
        sa.Column("removed_in_run", sa.Integer, sa.ForeignKey("runs.id")),
    )
    op.create_table(
        "changes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), nullable=False),
        sa.Column("spider", sa.String(200), nullable=False),
        sa.Column("type", sa.String(200), nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("field", sa.String(200)),
        sa.Column("old_value", sa.Text),
        sa.Column("new_value", sa.Text),
    )
    op.create_index("changes_by_item", "changes", ["spider", "type", "key"])
    op.create_index("changes_by_run", "changes", ["run_id"])
    for name, query in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {query}")


def downgrade() -> None:
    for name in VIEWS:
        op.execute(f"DROP VIEW {name}")
    for table in ("changes", "items", "pages", "runs"):
        op.drop_table(table)
