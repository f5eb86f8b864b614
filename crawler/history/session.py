"""A prepared crawl's hold on the history store: settings checked, store opened, lock taken; and the run judged."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy.settings import SETTINGS_PRIORITIES
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from crawler import outcome
from crawler.errors import BadSetting
from crawler.history.components import SESSION_SETTING
from crawler.history.recorder import Recorder
from crawler.history.store import SpiderLock, StoreBusy, check_url, default_url, make_engine, migrate

if TYPE_CHECKING:
    from collections.abc import Mapping

    from scrapy.settings import BaseSettings
    from sqlalchemy.engine import Engine

    from crawler.launch import PreparedCrawl

logger = logging.getLogger(__name__)

# Spider arguments that never narrow a crawl: where the site is, and Scrapyd's job id. Any other argument given
# (a category, a tag, a shard, a search) may leave items unseen, so such a run records no removal; a spider may
# name more in `history_whole_args` (arguments that change how, not what, it crawls).
_WHOLE_ARGS = ("base_url", "_job")
_TRUE = ("1", "true", "yes", "on")


def enabled(settings: BaseSettings) -> bool:
    """Whether `HISTORY_ENABLED` is on; BadSetting for a value that is not a switch."""
    value = settings.get("HISTORY_ENABLED", False)
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text not in (*_TRUE, "0", "false", "no", "off", "", "none"):
        raise BadSetting(f"-s HISTORY_ENABLED: must be True or False (got {value!r})")
    return text in _TRUE


def store_url(settings: BaseSettings) -> str:
    """`HISTORY_URL`, else the default SQLite file; BadSetting when it is not a store URL."""
    url = str(settings.get("HISTORY_URL") or default_url())
    if problem := check_url(url):
        raise BadSetting(f"-s HISTORY_URL: {problem} (got {shown_url(url)!r})")
    return url


def shown_url(url: str) -> str:
    """The URL without its password, as logs and messages show it."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - not a URL at all: show it as given
        return url


def open_store(url: str) -> Engine:
    """The store's engine, its schema brought to the newest version; BadSetting when it cannot be opened."""
    engine = make_engine(url)
    try:
        migrate(engine)
    except (SQLAlchemyError, OSError) as error:
        engine.dispose()
        first = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        raise BadSetting(f"-s HISTORY_URL: cannot open the store {shown_url(url)}: {first}") from None
    return engine


class HistorySession:
    """A prepared crawl's hold on the store: the engine, the spider's lock, and the run's recorder."""

    def __init__(self, url: str, engine: Engine, lock: SpiderLock, recorder: Recorder, narrowed: list[str]) -> None:
        self.url, self.engine, self.lock, self.recorder, self.narrowed = url, engine, lock, recorder, narrowed
        self.resumed = False

    @property
    def shown_url(self) -> str:
        return shown_url(self.url)

    def __deepcopy__(self, _memo: dict[int, Any]) -> HistorySession:
        # Scrapy copies the settings for each crawler; the session stays one.
        return self

    def close(self) -> None:
        self.lock.release()
        self.engine.dispose()


def _narrowing(spidercls: type, spider_args: Mapping[str, Any]) -> list[str]:
    whole = (*_WHOLE_ARGS, *getattr(spidercls, "history_whole_args", ()))
    narrowed = []
    for name, value in spider_args.items():
        if name in whole or (name == "shard" and str(value).replace(" ", "") == "0/1"):
            continue
        narrowed.append(name)
    return sorted(narrowed)


def prepare(prepared: PreparedCrawl) -> None:
    """With HISTORY_ENABLED: open the store, take the spider's lock, and hand the crawl its session.

    Raises BadSetting (one line, exit status 2) for a bad setting, a store that cannot be opened, or another
    crawl of the same spider recording to the same store.
    """
    settings = prepared.settings
    if not enabled(settings) or prepared.done:
        return  # off, or a finished JOBDIR job: nothing will be crawled
    url = store_url(settings)
    batch = settings.get("HISTORY_BATCH_SIZE", 500)
    if not str(batch).strip().isdigit() or int(batch) < 1:
        raise BadSetting(f"-s HISTORY_BATCH_SIZE: must be a whole number, 1 or more (got {batch!r})")
    engine = open_store(url)
    spider = prepared.spidercls.name
    lock = SpiderLock(engine, url, spider)
    try:
        lock.acquire()
    except StoreBusy as error:
        engine.dispose()
        raise BadSetting(f"-s HISTORY_URL: {error}") from None
    arguments = dict(prepared.spider_args)
    scope = json.dumps({k: v for k, v in sorted(arguments.items()) if k not in _WHOLE_ARGS}, default=str)
    recorder = Recorder(engine, spider, arguments, scope, int(batch))
    session = HistorySession(url, engine, lock, recorder, _narrowing(prepared.spidercls, arguments))
    jobdir = settings.get("JOBDIR")
    # A resumed job skips what its earlier runs fetched or wrote: it sees only part of the site.
    session.resumed = bool(jobdir) and (Path(jobdir) / "crawler-job.json").exists()
    settings.set(SESSION_SETTING, session, priority=SETTINGS_PRIORITIES["cmdline"])


def incomplete_because(session: HistorySession, stats: Mapping[str, Any]) -> str | None:
    """Why the run may not record removals; None when it saw the whole site."""
    reason = stats.get("finish_reason")
    if reason != "finished":
        return f"it ended with {reason!r}, not 'finished'"
    if problem := outcome.failure(dict(stats)):
        return problem
    failed = sum(value for key, value in stats.items() if key.startswith("crawler/failed/"))
    if failed:
        return f"{failed} request(s) failed"
    raised = sum(value for key, value in stats.items() if key.startswith("spider_exceptions/"))
    if raised:
        return f"{raised} page(s) raised an error in the spider"
    missing = sum(value for key, value in stats.items() if key.startswith("crawler/dropped/") and "/missing_" in key)
    if missing:
        return f"{missing} item(s) were dropped for a missing field"
    if session.narrowed:
        return f"it was limited by -a {', -a '.join(session.narrowed)}"
    if session.resumed:
        return "it resumed a JOBDIR job"
    return None


def conclude(prepared: PreparedCrawl, stats: Mapping[str, Any]) -> None:
    """After the crawl: removals if the run was complete, then the lock released. Nothing to do with history off."""
    session = prepared.settings.get(SESSION_SETTING)
    if session is None:
        return
    try:
        recorder = session.recorder
        if recorder.run_id is not None:
            why = incomplete_because(session, stats)
            recorder.finish(complete=why is None)
            counts = ", ".join(f"{count} {kind}" for kind, count in recorder.counts.items())
            note = "" if why is None else f"; no removal recorded: {why}"
            logger.info("History: run %d: %s%s", recorder.run_id, counts, note)
    finally:
        session.close()
