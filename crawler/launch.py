"""How every entry point starts and ends a crawl: `prepare()` checks and settles everything before it (the spider,
its arguments, the settings, the outputs, the JOBDIR), `conclude()` turns its stats into an exit status after it.

`scrapy crawl`, `python -m crawler`, `run()`/`await crawl()` and the cluster command call these, so they
accept the same input, refuse it with the same one-line messages, and judge a crawl by the same rule.
"""

from __future__ import annotations

import difflib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import UsageError
from scrapy.settings import SETTINGS_PRIORITIES, Settings
from scrapy.spiderloader import get_spider_loader
from scrapy.utils.conf import feed_process_params_from_cli

from crawler import jobdir, outcome
from crawler.args import validate
from crawler.checks import check_outputs, check_settings, file_feeds
from crawler.errors import BadJobDir, BadOutput, UnknownSpider
from crawler.feeds import per_type_feeds, split_by_type
from crawler.items import item_classes, row_key

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from scrapy import Spider

logger = logging.getLogger(__name__)

# Where a prepared crawl hands its DeduplicatePipeline the keys of the items a JOBDIR's earlier runs wrote.
WRITTEN_KEYS_SETTING = "JOB_WRITTEN_KEYS"


def project_settings() -> Settings:
    """The project's settings, wherever the process was started from (no scrapy.cfg needed)."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    return settings


def spider_names(settings: Settings | None = None) -> list[str]:
    """The names of the project's spiders, sorted, as `scrapy list` shows them."""
    return sorted(get_spider_loader(settings or project_settings()).list())


def load_spider(name: str, settings: Settings | None = None) -> type[Spider]:
    """The spider class of that name; UnknownSpider with one line (a close match first) if there is none."""
    loader = get_spider_loader(settings or project_settings())
    try:
        return loader.load(name)
    except KeyError:
        known = sorted(loader.list())
        close = difflib.get_close_matches(name, known, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise UnknownSpider(f"no spider named {name!r}{hint} (spiders: {', '.join(known)})") from None


@dataclass
class PreparedCrawl:
    """A crawl whose input was checked and whose settings are final: what every entry point then runs."""

    spidercls: type[Spider]
    spider_args: dict[str, Any]
    settings: Settings
    notes: list[str] = field(default_factory=list)
    """Lines to log once logging is set up (a split CSV output)."""
    warnings: list[str] = field(default_factory=list)
    """Warnings to log once logging is set up (what resuming a JOBDIR found)."""
    done: bool = False
    """True when the JOBDIR holds a job that already finished: there is nothing to crawl."""


def _user_set(settings: Settings, name: str) -> bool:
    return (settings.getpriority(name) or 0) > SETTINGS_PRIORITIES["project"]


def _feeds(
    settings: Settings, outputs: Sequence[str], overwrite: bool, project_feeds: bool
) -> dict[str, dict[str, Any]]:
    """FEEDS as the crawl will write them: the files named by -o/-O, else the project's one file per item type."""
    user_feeds = settings.getdict("FEEDS") if _user_set(settings, "FEEDS") else {}
    if outputs:
        # -o/-O name the only output, in place of the project's per-type files; `-s FEEDS=...` adds to them.
        without_project_feeds = settings.copy()
        without_project_feeds.set("FEEDS", user_feeds, priority="cmdline")
        try:
            return feed_process_params_from_cli(
                without_project_feeds,
                [] if overwrite else list(outputs),
                overwrite_output=list(outputs) if overwrite else None,
            )
        except UsageError as error:
            raise BadOutput(str(error)) from None
    if user_feeds or not project_feeds:
        return user_feeds
    return per_type_feeds(settings.get("FEED_PER_ITEM_TYPE"))


def check_input(spider_name: str, spider_args: Mapping[str, Any], settings: Settings) -> type[Spider]:
    """The first part of `prepare`, for crawls that run elsewhere (the cluster's nodes): spider, arguments, settings."""
    spidercls = load_spider(spider_name, settings)
    validate(spidercls, dict(spider_args), settings)
    check_settings(settings)
    return spidercls


def prepare(
    spider_name: str,
    spider_args: Mapping[str, Any],
    settings: Settings,
    *,
    outputs: Sequence[str] = (),
    overwrite: bool = False,
    project_feeds: bool = True,
) -> PreparedCrawl:
    """Check a crawl's input and settle its settings, before anything is fetched or logged.

    Raises UnknownSpider, BadArgument, BadSetting, BadOutput or BadJobDir, each with one line.
    `settings` (mutable) is completed in place: FEEDS from `outputs` (-o, or -O with `overwrite`),
    else those the user set, else (with `project_feeds`) the project's one file per item type; and
    the keys of the items a JOBDIR's earlier runs wrote.
    """
    spidercls = check_input(spider_name, spider_args, settings)
    args = dict(spider_args)
    feeds = _feeds(settings, outputs, overwrite, project_feeds)
    feeds, notes = split_by_type(feeds, list(getattr(spidercls, "item_types", ()) or item_classes()))
    settings.set("FEEDS", feeds, priority="cmdline")
    local_feeds = file_feeds(settings, spidercls.name)
    check_outputs(list(local_feeds))
    prepared = PreparedCrawl(spidercls, args, settings, notes)
    if settings.get("JOBDIR"):
        _prepare_job(prepared, Path(settings["JOBDIR"]), local_feeds)
    if settings.get("HISTORY_ENABLED"):
        # Imported only when asked for, so that the store's libraries cost other crawls nothing.
        from crawler.history import session as history

        history.prepare(prepared)
    return prepared


def _prepare_job(prepared: PreparedCrawl, directory: Path, feeds: dict[Path, dict[str, Any]]) -> None:
    settings = prepared.settings
    existing = next((parent for parent in (directory, *directory.parents) if parent.exists()), None)
    if existing is not None and existing != directory and not existing.is_dir():
        raise BadJobDir(f"JOBDIR {directory}: cannot be created, {existing} is a file, not a folder")
    if existing is not None and existing.is_dir() and not os.access(existing, os.W_OK):
        raise BadJobDir(f"JOBDIR {directory}: cannot be written, no permission to write in {existing}")
    resume = jobdir.prepare(directory, feeds)
    prepared.warnings.extend(resume.notes)
    prepared.done = resume.finished
    if jobdir.read_marker(directory) and any(options.get("overwrite") for options in feeds.values()):
        # Re-running the first run's command must not erase what that run wrote: -O appends on a resume.
        appending = {uri: {**options, "overwrite": False} for uri, options in settings.getdict("FEEDS").items()}
        settings.set("FEEDS", appending, priority="cmdline")
        prepared.warnings.append("Resuming: -O appends to the output instead of overwriting it")
    written = {row_key(row) for path in feeds for row in jobdir.written_items(path)}
    written.discard(None)
    settings.set(WRITTEN_KEYS_SETTING, written, priority="cmdline")


def log_preparation(prepared: PreparedCrawl) -> None:
    """Say what preparing found, once logging is set up."""
    for note in prepared.notes:
        logger.info("%s", note)
    for warning in prepared.warnings:
        logger.warning("%s", warning)


def conclude(prepared: PreparedCrawl, stats: Mapping[str, Any]) -> int:
    """The exit status of a finished crawl (see `crawler.outcome`), said in one line when it failed.

    A JOBDIR is marked finished only here, when the run succeeded by that rule: a run that
    failed (the site down, the disk full) leaves the job to be run again.
    """
    problem = outcome.failure(dict(stats))
    if problem:
        logger.error("Crawl failed: %s", problem)
    if prepared.settings.get("JOBDIR"):
        jobdir.record_outcome(Path(prepared.settings["JOBDIR"]), succeeded=problem is None)
    if prepared.settings.get("HISTORY_SESSION") is not None:
        from crawler.history import session as history

        history.conclude(prepared, stats)
    return outcome.CRAWL_FAILED if problem else outcome.SUCCESS
