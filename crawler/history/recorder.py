"""One crawl's record in the history store: its run, the pages it parsed or skipped, the items it saw, what changed.

Writes are kept in memory and committed in batches (`HISTORY_BATCH_SIZE` rows), each batch one transaction:
a killed crawl loses at most the batch in flight, and never leaves half of one.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, bindparam, insert, select, update

from crawler.history.keys import Identity, PageRecord, canonical_json, data_hash, item_data, item_identity, now
from crawler.history.schema import changes, items, pages, runs

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from crawler.history.keys import Fetched


class Recorder:
    """The store's side of one crawl of one spider."""

    def __init__(self, engine: Engine, spider: str, arguments: dict[str, Any], scope: str, batch_size: int) -> None:
        self.engine, self.spider, self.arguments, self.scope = engine, spider, arguments, scope
        self.batch_size = batch_size
        self.run_id: int | None = None
        self._pages: dict[str, PageRecord] = {}
        self._items: dict[Identity, tuple[str, int | None]] = {}
        """Every item of the spider in the store: its hash and the run that removed it (None while present)."""
        self._seen: set[Identity] = set()
        self._pending: dict[str, list[dict[str, Any]]] = {}
        self._pending_count = 0
        self.pages_parsed = self.pages_skipped = 0
        self.counts = {kind: 0 for kind in ("new", "changed", "removed", "reappeared")}
        self.confirmed = 0

    # --- start -----------------------------------------------------------------------------------------------
    def start(self) -> int:
        """Record the run and read what the store knows of the spider; returns the run's id."""
        with self.engine.begin() as connection:
            self.run_id = connection.execute(
                insert(runs).values(
                    spider=self.spider,
                    arguments=canonical_json(self.arguments),
                    scope=self.scope,
                    started_at=now(),
                    complete=False,
                    pages_parsed=0,
                    pages_skipped=0,
                )
            ).inserted_primary_key[0]
            for row in connection.execute(
                select(items.c.type, items.c.key, items.c.hash, items.c.removed_in_run).where(
                    items.c.spider == self.spider
                )
            ):
                self._items[(row.type, row.key)] = (row.hash, row.removed_in_run)
            for row in connection.execute(
                select(pages).where(and_(pages.c.spider == self.spider, pages.c.scope == self.scope))
            ):
                self._pages[row.url] = PageRecord(
                    row.etag,
                    row.last_modified,
                    row.body_hash,
                    [tuple(pair) for pair in json.loads(row.item_keys)],  # type: ignore[misc]
                    json.loads(row.requests),
                )
        return self.run_id

    # --- pages -----------------------------------------------------------------------------------------------
    def page(self, url: str) -> PageRecord | None:
        """The page's record, when skipping it is safe: every item it yielded is in the store, not removed."""
        record = self._pages.get(url)
        if record is None:
            return None
        for identity in record.item_keys:
            known = self._items.get(identity)
            if known is None or known[1] is not None:
                return None
        return record

    def page_parsed(self, fetched: Fetched, item_keys: list[Identity], requests: list[dict[str, Any]]) -> None:
        row = {
            "etag": fetched.etag,
            "last_modified": fetched.last_modified,
            "body_hash": fetched.body_hash,
            "status": fetched.status,
            "fetched_at": now(),
            "run_id": self.run_id,
            "item_keys": json.dumps(item_keys, ensure_ascii=False),
            "requests": json.dumps(requests, ensure_ascii=False),
        }
        if fetched.url in self._pages:
            self._add("page_update", {"b_url": fetched.url, **row})
        else:
            self._add("page_insert", {"spider": self.spider, "scope": self.scope, "url": fetched.url, **row})
        self._pages[fetched.url] = PageRecord(
            fetched.etag, fetched.last_modified, fetched.body_hash, list(item_keys), requests
        )
        self._batch_done()

    def page_skipped(self, url: str, status: int) -> PageRecord:
        """A page not parsed (304, or the same body): its items count as seen in this run."""
        record = self._pages[url]
        self.pages_skipped += 1
        self._add("page_touch", {"b_url": url, "status": status, "fetched_at": now(), "run_id": self.run_id})
        for identity in record.item_keys:
            if identity in self._seen:
                continue
            self._seen.add(identity)
            self.confirmed += 1
            self._add("item_touch", {"b_type": identity[0], "b_key": identity[1], "last_seen": now()})
        self._batch_done()
        return record

    # --- items -----------------------------------------------------------------------------------------------
    def item_scraped(self, item: Any) -> None:
        identity = item_identity(item)
        if identity is None:
            return
        data = item_data(item)
        digest = data_hash(data)
        known = self._items.get(identity)
        seen_at = now()
        self._seen.add(identity)
        self._items[identity] = (digest, None)
        if known is None:
            self._add(
                "item_insert",
                {
                    "spider": self.spider,
                    "type": identity[0],
                    "key": identity[1],
                    "data": canonical_json(data),
                    "hash": digest,
                    "first_seen": seen_at,
                    "first_run": self.run_id,
                    "last_seen": seen_at,
                    "last_run": self.run_id,
                },
            )
            self._change(identity, "new", new=canonical_json(data))
            self._batch_done()
            return
        old_hash, removed_in = known
        if removed_in is not None:
            self._change(identity, "reappeared", new=canonical_json(data))
        if old_hash != digest:
            self._field_changes(identity, data)
        if old_hash != digest or removed_in is not None:
            self._add(
                "item_update",
                {
                    "b_type": identity[0],
                    "b_key": identity[1],
                    "data": canonical_json(data),
                    "hash": digest,
                    "last_seen": seen_at,
                    "removed_in_run": None,
                },
            )
        else:
            self._add("item_touch", {"b_type": identity[0], "b_key": identity[1], "last_seen": seen_at})
        self._batch_done()

    def _field_changes(self, identity: Identity, data: dict[str, Any]) -> None:
        self._flush()  # the stored data must be the latest before it is compared
        with self.engine.connect() as connection:
            stored = connection.execute(
                select(items.c.data).where(
                    and_(items.c.spider == self.spider, items.c.type == identity[0], items.c.key == identity[1])
                )
            ).scalar_one()
        old = json.loads(stored)
        for name in [*data, *(name for name in old if name not in data)]:
            if old.get(name) != data.get(name):
                old_value, new_value = canonical_json(old.get(name)), canonical_json(data.get(name))
                self._change(identity, "changed", field=name, old=old_value, new=new_value)

    def _change(
        self, identity: Identity, kind: str, field: str | None = None, old: str | None = None, new: str | None = None
    ) -> None:
        self.counts[kind] += 1
        self._add(
            "change",
            {
                "run_id": self.run_id,
                "spider": self.spider,
                "type": identity[0],
                "key": identity[1],
                "kind": kind,
                "field": field,
                "old_value": old,
                "new_value": new,
            },
        )

    # --- end -------------------------------------------------------------------------------------------------
    def closed(self, reason: str) -> None:
        """The crawl closed: write what is pending, and the run's end."""
        self._flush()
        with self.engine.begin() as connection:
            connection.execute(
                update(runs)
                .where(runs.c.id == self.run_id)
                .values(
                    ended_at=now(),
                    finish_reason=reason,
                    pages_parsed=self.pages_parsed,
                    pages_skipped=self.pages_skipped,
                )
            )

    def finish(self, complete: bool) -> None:
        """Judged by the project's rule after the crawl: a complete run records the items it did not see as removed."""
        self._flush()
        with self.engine.begin() as connection:
            if complete:
                gone = and_(
                    items.c.spider == self.spider, items.c.removed_in_run.is_(None), items.c.last_run != self.run_id
                )
                removed = connection.execute(select(items.c.type, items.c.key, items.c.data).where(gone)).all()
                if removed:
                    connection.execute(
                        insert(changes),
                        [
                            {
                                "run_id": self.run_id,
                                "spider": self.spider,
                                "type": row.type,
                                "key": row.key,
                                "kind": "removed",
                                "field": None,
                                "old_value": row.data,
                                "new_value": None,
                            }
                            for row in removed
                        ],
                    )
                    connection.execute(update(items).where(gone).values(removed_in_run=self.run_id))
                self.counts["removed"] = len(removed)
            connection.execute(update(runs).where(runs.c.id == self.run_id).values(complete=complete))

    # --- batches ---------------------------------------------------------------------------------------------
    def _add(self, operation: str, row: dict[str, Any]) -> None:
        self._pending.setdefault(operation, []).append(row)
        self._pending_count += 1

    def _batch_done(self) -> None:
        # Called after each whole operation (a page, an item with its changes), never between the rows of one: a
        # batch commits an item together with its change rows, or neither.
        if self._pending_count >= self.batch_size:
            self._flush()

    def _flush(self) -> None:
        if not self._pending_count:
            return
        pending, self._pending, self._pending_count = self._pending, {}, 0
        page_key = and_(pages.c.spider == self.spider, pages.c.scope == self.scope, pages.c.url == bindparam("b_url"))
        item_key = and_(
            items.c.spider == self.spider, items.c.type == bindparam("b_type"), items.c.key == bindparam("b_key")
        )
        statements = {
            "page_insert": insert(pages),
            "page_update": update(pages).where(page_key),
            "page_touch": update(pages).where(page_key),
            "item_insert": insert(items),
            "item_update": update(items).where(item_key).values(last_run=self.run_id),
            "item_touch": update(items).where(item_key).values(last_run=self.run_id),
            "change": insert(changes),
        }
        # One transaction per batch; inserts before the updates that may follow them in the same batch.
        with self.engine.begin() as connection:
            for operation, statement in statements.items():
                if pending.get(operation):
                    connection.execute(statement, pending[operation])
