"""Checks of what the user gave a crawl, made before it starts: the project's own settings and the output paths."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from w3lib.url import file_uri_to_path

from crawler.errors import BadOutput, BadSetting

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

# Settings the project adds to Scrapy's: each must be a number of seconds, 0 or more.
SECONDS_SETTINGS = ("RETRY_AFTER_MAX", "RETRY_BACKOFF_BASE")


def check_settings(settings: BaseSettings) -> None:
    """Raise BadSetting, naming the setting and its value, when a project setting is malformed."""
    for name in SECONDS_SETTINGS:
        value = settings.get(name)
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            seconds = -1.0
        if not seconds >= 0:  # also refuses nan
            raise BadSetting(f"-s {name}: must be a number of seconds, 0 or more (got {value!r})")
    processes = settings.get("PARSER_PROCESSES")
    if not str(processes).strip().isdigit():
        raise BadSetting(f"-s PARSER_PROCESSES: must be a whole number, 0 or more (got {processes!r})")


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
