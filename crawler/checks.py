"""Checks of what the user gave a crawl, made before it starts: the settings and the output paths."""

from __future__ import annotations

import codecs
import logging
import math
import os
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scrapy.settings import SETTINGS_PRIORITIES, default_settings
from w3lib.url import file_uri_to_path

from crawler.errors import BadOutput, BadSetting

if TYPE_CHECKING:
    from collections.abc import Iterable

    from scrapy.settings import BaseSettings

_SCRAPY_DEFAULTS = {name: value for name, value in vars(default_settings).items() if name.isupper()}

# Settings the project adds to Scrapy's: each must be a number of seconds, 0 or more.
SECONDS_SETTINGS = ("RETRY_AFTER_MAX", "RETRY_BACKOFF_BASE", "PARSER_TIMEOUT")
# ... and each of these a whole number, 0 or more (0 turns the limit off, or for PARSER_PROCESSES, the workers).
COUNT_SETTINGS = ("PARSER_PROCESSES", "PARSER_MAX_BYTES", "MAX_LINKS_PER_PAGE")
# Scrapy settings that open a port running code inside the crawl. A settings file may turn them on; the command
# line and Scrapyd's schedule.json (which passes `-s`) may not, because whoever can schedule a job is not
# thereby allowed to run code in it or read its environment.
CODE_PORT_SETTINGS = ("REMOTE_CONTROL_ENABLED", "TELNETCONSOLE_ENABLED")
# Numbers of Scrapy's that must be 1 or more (0 would stall the crawl); other numbers must be 0 or more, but
# for priorities, which may be negative.
_AT_LEAST_ONE = ("CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN", "CONCURRENT_ITEMS", "DOWNLOAD_TIMEOUT")
_LONGEST_SHOWN = 60


def shown(value: object) -> str:
    """A value as a message quotes it: its repr, cut short when long (an argument may be 100,000 characters)."""
    text = repr(value)
    return (
        text
        if len(text) <= _LONGEST_SHOWN
        else f"{text[: _LONGEST_SHOWN - 5]}...{text[-4:]} ({len(str(value))} characters)"
    )


def _number_problem(name: str, value: object, default: int | float) -> str | None:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "must be a number"
    if not math.isfinite(number):
        return "must be a finite number"
    fractional_ok = isinstance(default, float) or "DELAY" in name or "TIMEOUT" in name
    if not fractional_ok and not number.is_integer():
        return "must be a whole number"
    if name in _AT_LEAST_ONE and number <= 0:
        return "must be more than 0"
    if number < 0 and not name.endswith(("PRIORITY", "PRIORITY_ADJUST")):
        return "must be 0 or more"
    return None


def _scrapy_setting_problem(settings: BaseSettings, name: str, default: object) -> str | None:
    """What is wrong with a user-given value of one of Scrapy's settings, judged by the type of its default."""
    value = settings.get(name)
    if isinstance(default, bool):
        try:
            settings.getbool(name)
        except ValueError:
            return "must be True or False (or 1, 0)"
    elif isinstance(default, (int, float)):
        return _number_problem(name, value, default)
    elif isinstance(default, dict):
        try:
            settings.getdict(name)
        except (TypeError, ValueError):
            return "must be a JSON object ({...})"
    elif isinstance(default, (list, tuple)):
        try:
            settings.getlist(name)
        except (TypeError, ValueError):
            return "must be a list"
    return None


def _feeds_problem(settings: BaseSettings) -> str | None:
    for uri, options in settings.getdict("FEEDS").items():
        if not isinstance(options, dict):
            return f"each output must map to its options, a JSON object (got {shown(uri)}: {shown(options)})"
    return None


def check_settings(settings: BaseSettings) -> None:
    """Raise BadSetting, naming the setting and its value, when a setting given for this run is malformed.

    The project's own settings are checked by their meaning; those of Scrapy's set above the project's
    (`-s`, Scrapyd) by the type of Scrapy's default for them, plus what a few need more.
    """
    for name in SECONDS_SETTINGS:
        value = settings.get(name)
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            seconds = -1.0
        if not 0 <= seconds < math.inf:  # also refuses nan
            raise BadSetting(f"-s {name}: must be a number of seconds, 0 or more (got {shown(value)})")
    for name in COUNT_SETTINGS:
        value = settings.get(name)
        if not str(value).strip().isdigit():
            raise BadSetting(f"-s {name}: must be a whole number, 0 or more (got {shown(value)})")
    given = [name for name, _ in settings.items() if (settings.getpriority(name) or 0) > SETTINGS_PRIORITIES["project"]]
    for name in given:
        if name in CODE_PORT_SETTINGS and _truthy(settings.get(name)):
            raise BadSetting(
                f"-s {name}: refused from the command line and Scrapyd: it opens a port that runs code in the crawl "
                "(set it in settings.py if you mean it)"
            )
        if name in _SCRAPY_DEFAULTS and _SCRAPY_DEFAULTS[name] is not None:
            problem = _scrapy_setting_problem(settings, name, _SCRAPY_DEFAULTS[name])
            if problem:
                raise BadSetting(f"-s {name}: {problem} (got {shown(settings.get(name))})")
    if problem := _feeds_problem(settings):
        raise BadSetting(f"-s FEEDS: {problem}")
    level = settings.get("LOG_LEVEL")
    if not isinstance(level, int) and not isinstance(logging.getLevelName(str(level).upper()), int):
        raise BadSetting(f"-s LOG_LEVEL: must be DEBUG, INFO, WARNING, ERROR or CRITICAL (got {shown(level)})")
    encoding = settings.get("FEED_EXPORT_ENCODING")
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise BadSetting(f"-s FEED_EXPORT_ENCODING: no such encoding (got {shown(encoding)})") from None


def apply_settings(settings: BaseSettings, pairs: Iterable[tuple[str, str]], priority: str = "cmdline") -> None:
    """Set `-s NAME=VALUE` pairs; BadSetting names the first one Scrapy cannot even store (`-s FEEDS=[1,2]`)."""
    for name, value in pairs:
        try:
            settings.set(name, value, priority=priority)
        except (TypeError, ValueError):
            raise BadSetting(f"-s {name}: must be a JSON object ({{...}}) (got {shown(value)})") from None


def _truthy(value: object) -> bool:
    return str(value).strip().lower() not in ("", "0", "false", "none")


class _KeepPlaceholders(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return f"%({key})s"


def feed_path(uri: str, spider_name: str) -> Path | None:
    """The local file a FEEDS URI writes to (placeholders other than %(name)s kept as is); None if not local."""
    resolved = uri % _KeepPlaceholders(name=spider_name)
    scheme = urlsplit(resolved).scheme
    if scheme == "file":
        return Path(file_uri_to_path(resolved))
    # A one-letter scheme is a Windows drive letter.
    return Path(resolved) if len(scheme) <= 1 else None


def file_feeds(settings: BaseSettings, spider_name: str) -> dict[Path, dict]:
    """The local files of FEEDS (after -o/-O), with their options."""
    feeds = {}
    for uri, options in settings.getdict("FEEDS").items():
        path = feed_path(str(uri), spider_name)
        if path is not None:
            feeds[path] = dict(options or {})
    return feeds


def check_outputs(paths: list[Path]) -> None:
    """Raise BadOutput when an output file cannot be created: a parent is a file, or a folder we may not write to."""
    for path in paths:
        if path.is_dir():
            raise BadOutput(f"output {path}: is a folder, not a file")
        for parent in path.parents:
            if not parent.exists():
                continue  # Scrapy creates missing folders.
            if not parent.is_dir():
                raise BadOutput(f"output {path}: cannot be written, {parent} is a file, not a folder")
            if not os.access(parent, os.W_OK):
                raise BadOutput(f"output {path}: cannot be written, no permission to write in {parent}")
            break
