"""Resumable crawls: what the project keeps in a JOBDIR beside Scrapy's state, and how a run picks a job up again.

Scrapy's JOBDIR state (request queue, seen requests, spider state) is written in full only when a crawl closes
cleanly; after a hard kill it is stale or torn. So the project trusts it only after a clean close, and otherwise
discards it and crawls again from the start. No item is written twice because the output feeds (JSON Lines, opened
for appending) are themselves the record of what was written: their items' keys are read back and skipped
(`crawler.launch` hands them to `DeduplicatePipeline`), and a torn last line left by the kill is cut off before
the feed is appended to.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import shutil
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

from crawler.errors import BadJobDir

if TYPE_CHECKING:
    from collections.abc import Iterator

    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

# Written by JobState: {"state": "running"} while a run is on, {"state": "closed", "reason": ...} after it;
# then `record_outcome` adds "succeeded": whether the run did its job by the project's exit rule.
MARKER = "crawler-job.json"
_SCRAPY_STATE = ("requests.queue", "requests.seen", "spider.state")
_RESUMABLE_FORMATS = ("jsonlines", "jsonl", "jl")
_HOW_TO_START_FRESH = "to start fresh, delete the folder (and the output) or use a new JOBDIR"


@dataclass
class Resume:
    """What `prepare` found: lines to log once logging is set up, and whether the job is already done."""

    notes: list[str] = field(default_factory=list)
    finished: bool = False


def read_marker(jobdir: Path) -> dict[str, Any] | None:
    """The marker of the last run, None when there is none; a damaged marker reads as an unclean stop."""
    path = jobdir / MARKER
    if not path.exists():
        return None
    try:
        marker = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, OSError):
        return {"state": "damaged"}
    return marker if isinstance(marker, dict) else {"state": "damaged"}


def _write_marker(jobdir: Path, **marker: Any) -> None:
    # Written beside and renamed over, so a kill leaves the old marker or the new one, never half of one.
    temporary = jobdir / f"{MARKER}.tmp"
    temporary.write_text(json.dumps(marker), encoding="utf-8")
    temporary.replace(jobdir / MARKER)


def _lifo_queue_damage(path: Path) -> str | None:
    """Walk a queuelib LIFO disk queue file from its end: each record is data followed by its 4-byte size."""
    data = path.read_bytes()
    if len(data) < 4:
        return "truncated"
    (count,) = struct.unpack(">L", data[:4])
    end = len(data)
    for _ in range(count):
        if end - 4 < 4:
            return "truncated"
        (size,) = struct.unpack(">L", data[end - 4 : end])
        start = end - 4 - size
        if start < 4:
            return "truncated"
        try:
            pickle.loads(data[start : end - 4])  # noqa: S301 - Scrapy's own queue, in the user's own folder
        except Exception:  # noqa: BLE001 - any unpickling error means the same: unreadable
            return "unreadable record"
        end = start
    return None if end == 4 else "inconsistent size"


def _scrapy_state_damage(jobdir: Path) -> str | None:
    """What is wrong with Scrapy's state after a clean close, if anything: a file it would fail to read."""
    queue_dir = jobdir / "requests.queue"
    for path in sorted(queue_dir.rglob("*")) if queue_dir.is_dir() else ():
        if not path.is_file():
            continue
        name = path.relative_to(jobdir)
        if path.suffix == ".json":
            try:
                json.loads(path.read_text(encoding="utf-8"))
            except ValueError:
                return f"{name} is not valid JSON"
        elif path.parent != queue_dir and path.name.lstrip("-").isdigit():
            if problem := _lifo_queue_damage(path):
                return f"{name} is damaged ({problem})"
    state = jobdir / "spider.state"
    if state.exists():
        try:
            pickle.loads(state.read_bytes())  # noqa: S301 - written by Scrapy in the user's own folder
        except Exception:  # noqa: BLE001 - any unpickling error means the same: unreadable
            return "spider.state is unreadable"
    return None


def _discard_scrapy_state(jobdir: Path) -> None:
    for name in _SCRAPY_STATE:
        path = jobdir / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def cut_torn_line(path: Path) -> int:
    """Cut a last line that has no newline (a write cut short by a kill); returns how many bytes went."""
    with path.open("rb+") as stream:
        size = stream.seek(0, os.SEEK_END)
        if size == 0:
            return 0
        stream.seek(size - 1)
        if stream.read(1) == b"\n":
            return 0
        # Read back in blocks until the last complete line's newline.
        position = size
        while position > 0:
            step = min(65536, position)
            position -= step
            stream.seek(position)
            block = stream.read(step)
            newline = block.rfind(b"\n")
            if newline >= 0:
                keep = position + newline + 1
                break
        else:
            keep = 0
        stream.truncate(keep)
        return size - keep


def written_items(path: Path) -> Iterator[dict[str, Any]]:
    """Every item in a JSON Lines feed; BadJobDir names the first line that is not JSON."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except ValueError:
                raise BadJobDir(f"output {path} line {number} is not JSON; {_HOW_TO_START_FRESH}") from None


def prepare(jobdir: Path, feeds: dict[Path, dict[str, Any]]) -> Resume:
    """Make a job directory and its feeds safe to resume from, before Scrapy reads them.

    Raises BadJobDir with one line when the job cannot go on; returns what it did otherwise.
    """
    if jobdir.exists() and not jobdir.is_dir():
        raise BadJobDir(f"JOBDIR {jobdir} is a file, not a folder; use another path")
    for path, options in feeds.items():
        if "%(" in str(path):
            raise BadJobDir(f"JOBDIR needs outputs with a fixed name to resume; {path} changes from run to run")
        if options.get("format") not in _RESUMABLE_FORMATS:
            raise BadJobDir(f"JOBDIR needs JSON Lines outputs to resume (.jsonl); {path} is {options.get('format')}")
    resume = Resume()
    marker = read_marker(jobdir)
    if marker and marker.get("state") == "closed" and marker.get("reason") == "finished" and marker.get("succeeded"):
        resume.finished = True
        resume.notes.append(f"JOBDIR {jobdir} holds a job that finished; nothing to do ({_HOW_TO_START_FRESH})")
        return resume
    has_state = any((jobdir / name).exists() for name in _SCRAPY_STATE)
    if has_state:
        if not marker or marker.get("state") != "closed":
            problem: str | None = "the last run did not close cleanly (killed?)"
        else:
            problem = _scrapy_state_damage(jobdir)
        if problem:
            _discard_scrapy_state(jobdir)
            resume.notes.append(
                f"JOBDIR {jobdir}: {problem}; its request queue was discarded and the crawl starts over, "
                "skipping the items the output already holds"
            )
    for path in feeds:
        if path.exists() and (cut := cut_torn_line(path)):
            resume.notes.append(f"Output {path}: cut a torn last line ({cut} bytes) left by the last run")
        for _ in written_items(path):
            pass
    return resume


def record_outcome(jobdir: Path, *, succeeded: bool) -> None:
    """Add to a closed run's marker whether it succeeded: only a job whose last run succeeded counts as finished."""
    marker = read_marker(jobdir)
    if marker and marker.get("state") == "closed":
        _write_marker(jobdir, **{**marker, "succeeded": succeeded})


class JobState:
    """Marks a JOBDIR "running" when the spider opens and "closed" (with the reason) when it closes.

    `prepare` reads the mark on the next run: anything but a clean close means Scrapy's state there is not to be
    trusted.
    """

    def __init__(self, jobdir: Path) -> None:
        self.jobdir = jobdir

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JobState:
        jobdir = crawler.settings.get("JOBDIR")
        if not jobdir:
            raise NotConfigured
        extension = cls(Path(jobdir))
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self) -> None:
        self.jobdir.mkdir(parents=True, exist_ok=True)
        _write_marker(self.jobdir, state="running")

    def spider_closed(self, reason: str) -> None:
        _write_marker(self.jobdir, state="closed", reason=reason)
