"""Incremental re-crawls with per-item change history, kept in an SQL store (`-s HISTORY_ENABLED=True`).

`session.prepare()` (called by `crawler.launch.prepare`) opens the store and takes the spider's lock before a
crawl; the components of `components` record the run; `session.conclude()` (called by `crawler.launch.conclude`)
judges whether the run was complete, and only then records removals. `queries`, `cli` and `chart` read the store.
"""
