"""Resumable crawls with JOBDIR: killed hard at several points, interrupted, damaged, then run again to the end."""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import TYPE_CHECKING

import pytest

from crawler import settings as project_settings
from tests.conftest import read_jsonl, scrapy
from tests.killpoints import KILLED_STATUS

if TYPE_CHECKING:
    from pathlib import Path

    from tests.conftest import FixtureServer, Result

POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to one child process is POSIX-only")
# With the test-only extension that kills the crawl at a chosen point.
WITH_KILLER = json.dumps({**project_settings.EXTENSIONS, "tests.killpoints.KillAt": 0})


def command(server: FixtureServer, out: Path, job: Path, output_flag: str = "-o") -> list[str | Path]:
    return [
        "crawl",
        "quotes",
        "-a",
        f"base_url={server.url}",
        output_flag,
        out,
        "-s",
        f"JOBDIR={job}",
        "-s",
        "AUTOTHROTTLE_ENABLED=False",
    ]


def killed(server: FixtureServer, out: Path, job: Path, kill_at: str, output_flag: str = "-o") -> Result:
    result = scrapy(
        *command(server, out, job, output_flag), "-s", f"EXTENSIONS={WITH_KILLER}", "-s", f"KILL_AT={kill_at}"
    )
    assert result.returncode == KILLED_STATUS, result.stderr[-2000:]
    return result


def assert_every_item_once(out: Path, quotes_truth: list[dict], authors_truth: list[dict]) -> None:
    items = read_jsonl(out)  # a torn line fails here
    quotes = Counter(item["text"] for item in items if "text" in item)
    authors = Counter(item["name"] for item in items if "bio" in item)
    assert quotes == Counter(truth["text"] for truth in quotes_truth)
    assert authors == Counter(truth["name"] for truth in authors_truth)
    assert len(items) == 150


@pytest.mark.parametrize(
    ("kill_at", "output_flag"),
    [("download:20", "-O"), ("scraped:60", "-o"), ("flush:45", "-o")],
    ids=["during-a-download", "between-yield-and-write", "during-a-feed-flush"],
)
def test_killed_crawl_resumes_with_every_item_once(
    server: FixtureServer,
    tmp_path: Path,
    kill_at: str,
    output_flag: str,
    quotes_truth: list[dict],
    authors_truth: list[dict],
) -> None:
    """SIGKILL mid-crawl, then the same command again: every quote and author exactly once, no torn line."""
    out, job = tmp_path / "items.jsonl", tmp_path / "job"
    killed(server, out, job, kill_at, output_flag)
    before = out.read_bytes() if out.exists() else b""
    assert before.count(b"\n") < 150  # control: the kill came before the end
    if kill_at.startswith("flush"):
        assert before
        assert not before.endswith(b"\n")

    resumed = scrapy(*command(server, out, job, output_flag))
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert "Traceback" not in resumed.stderr
    assert "did not close cleanly" in resumed.stderr
    if kill_at.startswith("flush"):
        assert "cut a torn last line" in resumed.stderr
    assert_every_item_once(out, quotes_truth, authors_truth)
    assert out.read_bytes().startswith(before.rsplit(b"\n", 1)[0])  # what the first run wrote is kept


@POSIX_ONLY
def test_interrupted_crawl_resumes_from_scrapys_queue(
    server: FixtureServer, tmp_path: Path, quotes_truth: list[dict], authors_truth: list[dict]
) -> None:
    """A graceful stop (SIGINT) exits 0; the rerun continues Scrapy's queue; a finished job is not crawled again."""
    out, job = tmp_path / "items.jsonl", tmp_path / "job"
    # The test extension sends SIGINT the Scrapy way once 40 items are through, like a user's Ctrl-C.
    stopped = scrapy(*command(server, out, job), "-s", f"EXTENSIONS={WITH_KILLER}", "-s", "KILL_AT=interrupt:40")
    assert stopped.returncode == 0, stopped.stderr[-2000:]
    assert "'finish_reason': 'shutdown'" in stopped.stderr
    assert 40 <= len(read_jsonl(out)) < 150

    resumed = scrapy(*command(server, out, job))
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert "did not close cleanly" not in resumed.stderr
    assert "'scheduler/dequeued/disk'" in resumed.stderr
    assert_every_item_once(out, quotes_truth, authors_truth)

    again = scrapy(*command(server, out, job))
    assert again.returncode == 0
    assert "holds a job that finished; nothing to do" in again.stderr
    assert "Spider opened" not in again.stderr
    assert len(read_jsonl(out)) == 150


@POSIX_ONLY
@pytest.mark.parametrize("damage", ["marker", "queue-state", "queue-file", "spider-state"])
def test_damaged_job_directory_starts_over(
    server: FixtureServer, tmp_path: Path, damage: str, quotes_truth: list[dict], authors_truth: list[dict]
) -> None:
    """Damaged Scrapy state in a JOBDIR is named in one warning, discarded, and the job still ends complete."""
    out, job = tmp_path / "items.jsonl", tmp_path / "job"
    scrapy(*command(server, out, job), "-s", f"EXTENSIONS={WITH_KILLER}", "-s", "KILL_AT=interrupt:40")
    queue = job / "requests.queue"
    if damage == "marker":
        (job / "crawler-job.json").write_text('{"state": "clo')
    elif damage == "queue-state":
        (queue / "active.json").write_text('{"127.0.0.1": [0, ')
    elif damage == "queue-file":
        queue_file = max(
            (path for path in queue.rglob("*") if path.is_file() and path.suffix != ".json"),
            key=lambda path: path.stat().st_size,
        )
        queue_file.write_bytes(queue_file.read_bytes()[:-7])
    else:
        (job / "spider.state").write_bytes(b"\x80\x04\x95")

    resumed = scrapy(*command(server, out, job))
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert "Traceback" not in resumed.stderr
    notes = [line for line in resumed.stderr.splitlines() if "request queue was discarded" in line]
    assert len(notes) == 1
    assert_every_item_once(out, quotes_truth, authors_truth)


def test_damaged_output_stops_with_one_line(server: FixtureServer, tmp_path: Path) -> None:
    """Output that is not JSON Lines in its middle cannot be resumed: one line saying how to start fresh, exit 2."""
    out, job = tmp_path / "items.jsonl", tmp_path / "job"
    job.mkdir()
    (job / "crawler-job.json").write_text('{"state": "running"}')
    out.write_text('{"name": "Jane Austen"}\nnot json\n{"name": "Mark Twain"}\n')
    result = scrapy(*command(server, out, job))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        f"scrapy: error: output {out} line 2 is not JSON; "
        "to start fresh, delete the folder (and the output) or use a new JOBDIR"
    )


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("file", "is a file, not a folder; use another path"),
        ("csv", "JOBDIR needs JSON Lines outputs to resume (.jsonl)"),
    ],
)
def test_unusable_job_settings_stop_with_one_line(
    server: FixtureServer, tmp_path: Path, setup: str, message: str
) -> None:
    """A JOBDIR that is a file, or an output that cannot be read back, stops before the crawl: one line, exit 2."""
    job = tmp_path / "job"
    out = tmp_path / ("items.csv" if setup == "csv" else "items.jsonl")
    if setup == "file":
        job.write_text("not a folder")
    result = scrapy(*command(server, out, job))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("scrapy: error:")]
    assert len(errors) == 1
    assert message in errors[0]
