"""Alembic's environment for the history store: migrations run on the connection the store hands over."""

from __future__ import annotations

from alembic import context

from crawler.history.schema import metadata

context.configure(connection=context.config.attributes["connection"], target_metadata=metadata)
with context.begin_transaction():
    context.run_migrations()
