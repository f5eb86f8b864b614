"""A cluster crawl: deploy the egg, run one shard per Scrapyd node, move the shards of lost nodes, merge once."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crawler.cluster.jobstats import JobStats, read_stats
from crawler.cluster.merge import BadLine, Merger, survey
from crawler.cluster.scrapyd import Node, parse_node_url
from crawler.errors import ClusterError, ForeignURL, NodeDown, NodeRefused
from crawler.sharding import Shard

if TYPE_CHECKING:
    from collections.abc import Callable

# States of an attempt whose job may still run; it ends as finished, failed, lost or cancelled.
_ACTIVE = ("scheduled", "pending", "running")
# Seconds after which a job that has not changed state gets another progress line.
_HEARTBEAT = 15.0


@dataclass
class Plan:
    """What to crawl where, as the command line gave it."""

    spider: str
    nodes: list[str]
    output: Path
    project: str = "crawler"
    args: dict[str, str] = field(default_factory=dict)
    settings: dict[str, str] = field(default_factory=dict)
    egg: Path | None = None
    poll: float = 2.0
    attempts: int = 3
    lost_after: int = 3
    http_timeout: float = 10.0
    download_timeout: float = 600.0
    """The longest one download of a job's log or items may take, in seconds."""
    download_limit: int = 4 * 1024**3
    """The most bytes one job's log or items file may hold."""


@dataclass
class NodeState:
    number: int
    api: Node
    lost: str | None = None
    """Why this run stopped using the node, once it did."""
    failures: int = 0
    """Polls in a row that got no answer."""

    @property
    def url(self) -> str:
        return self.api.url


@dataclass
class Attempt:
    """One run of one shard on one node, from schedule.json to a verdict."""

    shard: Shard
    number: int
    node: NodeState
    job: str
    state: str = "scheduled"
    failure: str | None = None
    stats: JobStats | None = None
    items: int | None = None
    start_time: str | None = None
    end_time: str | None = None
    spool: Path | None = None
    changed_at: float = field(default_factory=time.monotonic)
    download_failures: int = 0
    """Downloads of the job's log or items that failed; they count for the job, however its node answers otherwise."""

    @property
    def duration(self) -> float | None:
        if not (self.start_time and self.end_time):
            return None
        try:
            return (datetime.fromisoformat(self.end_time) - datetime.fromisoformat(self.start_time)).total_seconds()
        except (ValueError, TypeError):
            return None


def _by_type(counts: dict[str | None, int] | dict[str, int]) -> str:
    """Item counts by type, as in a message: `Author: 50, Quote: 100`."""
    return ", ".join(f"{name}: {count}" for name, count in sorted(counts.items()))


def credentials() -> tuple[str, str] | None:
    """HTTP basic auth for every node, from SCRAPYD_USERNAME and SCRAPYD_PASSWORD, as Scrapyd itself reads them."""
    username = os.environ.get("SCRAPYD_USERNAME")
    return (username, os.environ.get("SCRAPYD_PASSWORD", "")) if username else None


def build_egg(project_dir: Path, directory: Path) -> bytes:
    """The project's egg, built by scrapyd-client the way `scrapyd-deploy` builds it."""
    egg = directory / "project.egg"
    done = subprocess.run(
        [sys.executable, "-m", "scrapyd_client.deploy", "--build-egg", str(egg)],
        cwd=project_dir,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not egg.exists():
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise ClusterError(f"scrapyd-deploy could not build the egg: {last}")
    return egg.read_bytes()


class ClusterRun:
    """Runs a `Plan`; `say` gets the progress lines, `report` the summary lines."""

    def __init__(
        self, plan: Plan, project_dir: Path, say: Callable[[str], None], report: Callable[[str], None]
    ) -> None:
        self.plan = plan
        self.project_dir = project_dir
        self.say = say
        self.report = report
        auth = credentials()
        self.nodes = []
        for number, text in enumerate(plan.nodes, 1):
            # User info in a node's URL is that node's account, and never shown.
            url, own_auth = parse_node_url(text)
            self.nodes.append(NodeState(number, Node(url, own_auth or auth, timeout=plan.http_timeout)))
        self.shards = [Shard(index, len(plan.nodes)) for index in range(len(plan.nodes))]
        self.attempts: list[Attempt] = []
        self.done: dict[int, Attempt] = {}
        self.run_id = uuid.uuid4().hex[:8]
        self.version = time.strftime("%Y%m%d%H%M%S")
        self.started = time.monotonic()

    # --- the run ------------------------------------------------------------

    def run(self) -> None:
        """Crawl, merge into the output file, print the summary; ClusterError when that cannot be done."""
        with tempfile.TemporaryDirectory(prefix="crawler-cluster-") as scratch:
            self.scratch = Path(scratch)
            try:
                self._probe()
                self._deploy(self.plan.egg.read_bytes() if self.plan.egg else build_egg(self.project_dir, self.scratch))
                for shard in self.shards:
                    self._start(shard, prefer=self.nodes[shard.index])
                while len(self.done) < len(self.shards):
                    time.sleep(self.plan.poll)
                    self._poll()
                written, duplicates = self._merge()
            except BaseException:
                self._cancel_active()
                if self.attempts:
                    self._summary()
                raise
            finally:
                for state in self.nodes:
                    state.api.close()
        self._summary()
        self.report(
            f"merged {written} items from {len(self.shards)} shards into {self.plan.output} "
            f"({duplicates} duplicates dropped)"
        )

    def _probe(self) -> None:
        for state in self.nodes:
            try:
                state.api.daemon_status()
            except (NodeDown, NodeRefused) as error:
                self._refused(state, error)
                state.lost = f"did not answer ({error})"
        if all(state.lost for state in self.nodes):
            raise ClusterError(
                "no Scrapyd node answered: " + ", ".join(f"{state.url} {state.lost}" for state in self.nodes)
            )
        for state in self.nodes:
            if state.lost:
                self._progress(state, None, f"{state.lost}; its shard goes to another node")

    def _deploy(self, egg: bytes) -> None:
        for state in self._healthy():
            try:
                state.api.add_version(self.plan.project, self.version, egg)
            except (NodeDown, NodeRefused) as error:
                self._refused(state, error)
                state.lost = f"refused the egg ({error})"
                self._progress(state, None, state.lost)
            else:
                self._progress(state, None, f"deployed {self.plan.project} version {self.version}")
        if not self._healthy():
            raise ClusterError("no Scrapyd node took the egg: " + ", ".join(f"{s.url} {s.lost}" for s in self.nodes))

    def _poll(self) -> None:
        for state in self._healthy():
            mine = [attempt for attempt in self.attempts if attempt.node is state and attempt.state in _ACTIVE]
            if not mine:
                continue
            try:
                jobs = state.api.list_jobs(self.plan.project)
                state.failures = 0
                for attempt in mine:
                    self._follow(attempt, jobs.get(attempt.job))
            except (NodeDown, NodeRefused) as error:
                self._refused(state, error)
                state.failures += 1
                if state.failures >= self.plan.lost_after:
                    self._lose(state, str(error))

    def _follow(self, attempt: Attempt, job: dict[str, Any] | None) -> None:
        """Move an attempt along what listjobs.json says of its job."""
        if job is None:
            self._fail(attempt, "job vanished from listjobs.json (was the node restarted?)")
            return
        attempt.start_time = job.get("start_time") or attempt.start_time
        attempt.end_time = job.get("end_time") or attempt.end_time
        if job["state"] == "finished":
            self._verify(attempt, job)
        elif job["state"] != attempt.state:
            attempt.state = job["state"]
            attempt.changed_at = time.monotonic()
            pid = f", pid {job['pid']}" if isinstance(job.get("pid"), int) else ""
            self._progress(attempt.node, attempt, f"{job['state']} (job {attempt.job}{pid})")
        elif time.monotonic() - attempt.changed_at >= _HEARTBEAT:
            attempt.changed_at = time.monotonic()
            self._progress(attempt.node, attempt, f"still {attempt.state}")

    def _verify(self, attempt: Attempt, job: dict[str, Any]) -> None:
        """A finished job counts only if its crawl finished, fetched pages, and its items file matches its stats.

        The file must hold exactly the items the crawl scraped: as many lines, each a distinct key (the crawl
        writes each key once), as many of each item type. A file or log that cannot be downloaded is tried again
        at the next poll, up to --attempts times for the job.
        """
        node = attempt.node
        if not job.get("log_url"):
            self._fail(attempt, "job left no log (did it die at start, or is logs_dir empty in scrapyd.conf?)")
            return
        limits = {"limit": self.plan.download_limit, "seconds": self.plan.download_timeout}
        spool = self.scratch / f"shard-{attempt.shard.index}-{attempt.number}.jl"
        try:
            stats = read_stats(node.api.lines(job["log_url"], **limits))
            if stats.finish_reason == "finished" and stats.items:
                if not job.get("items_url"):
                    raise ClusterError(f"{node.url} does not serve items (items_dir is empty in its scrapyd.conf)")
                node.api.download(job["items_url"], spool, **limits)
            else:
                # Scrapy writes no feed file for a crawl without items (FEED_STORE_EMPTY = False).
                spool.write_bytes(b"")
        except ForeignURL as error:
            self._fail(attempt, str(error))
            return
        except (NodeDown, NodeRefused) as error:
            self._refused(node, error)
            self._download_failed(attempt, error)
            return
        attempt.stats, attempt.spool = stats, spool
        problem = self._shard_problem(stats, spool)
        if problem:
            self._fail(attempt, problem)
            return
        attempt.state = "finished"
        attempt.items = stats.items
        self.done[attempt.shard.index] = attempt
        self._progress(node, attempt, f"finished: {attempt.items} items, {stats.pages} pages, {stats.errors} errors")

    def _shard_problem(self, stats: JobStats, spool: Path) -> str | None:
        """Why a job's stats and items file are no whole shard, or None when they are."""
        if stats.finish_reason != "finished":
            why = f"finish_reason {stats.finish_reason!r}" if stats.finish_reason else "no stats in its log (killed?)"
            return f"job ended without finishing: {why}"
        if stats.pages == 0:
            return "job fetched no page (can the node reach the site?)"
        try:
            with spool.open("rb") as lines:
                found = survey(lines)
        except BadLine as error:
            return f"items file: {error}"
        if found.items != stats.items:
            return f"items file holds {found.items} items but the crawl scraped {stats.items}"
        if found.distinct != found.items:
            return f"items file repeats the key of {found.items - found.distinct} of its {found.items} items"
        if found.types[None]:
            return f"items file holds {found.types[None]} lines of no item type of crawler.items"
        if dict(found.types) != stats.types:
            scraped = _by_type(stats.types) or "no item counts by type in its stats"
            return f"items file holds {_by_type(found.types)} but the crawl scraped {scraped}"
        return None

    def _download_failed(self, attempt: Attempt, error: Exception) -> None:
        attempt.download_failures += 1
        tries = f"{attempt.download_failures} of {self.plan.attempts} tries"
        if attempt.download_failures >= self.plan.attempts:
            self._fail(attempt, f"its files could not be downloaded ({tries}): {error}")
        else:
            self._progress(attempt.node, attempt, f"download failed ({tries}): {error}")

    # --- placing shards -----------------------------------------------------

    def _start(self, shard: Shard, prefer: NodeState | None = None, after: Attempt | None = None) -> None:
        """Schedule `shard` on `prefer` if it is healthy, else on the healthy node with least to do.

        `after` is the attempt this one replaces: its node is the last choice, and its note says where the shard went.
        """
        while True:
            avoid = after.node if after else None
            tried = [attempt for attempt in self.attempts if attempt.shard == shard]
            if len(tried) >= self.plan.attempts:
                raise ClusterError(
                    f"shard {shard} failed {len(tried)} attempts, the last on {tried[-1].node.url}: {tried[-1].failure}"
                )
            candidates = sorted(
                self._healthy(),
                key=lambda state: (state is not prefer, state is avoid, self._load(state), state.number),
            )
            if not candidates:
                raise ClusterError(
                    f"shard {shard} has no node left: " + ", ".join(f"{s.url} {s.lost}" for s in self.nodes)
                )
            node = candidates[0]
            attempt = Attempt(
                shard, len(tried) + 1, node, f"{self.run_id}-{shard.index}of{shard.count}-{len(tried) + 1}"
            )
            self.attempts.append(attempt)
            try:
                node.api.schedule(
                    self.plan.project,
                    self.plan.spider,
                    version=self.version,
                    job=attempt.job,
                    args={**self.plan.args, "shard": str(shard)},
                    settings=self.plan.settings,
                )
            except (NodeDown, NodeRefused) as error:
                self._refused(node, error)
                attempt.state, attempt.failure = "failed", f"schedule.json failed: {error}"
                self._progress(node, attempt, attempt.failure)
                after = attempt
                continue
            if after is not None:
                after.failure = f"{after.failure}; shard run again on {node.url}"
            self._progress(node, attempt, f"scheduled as job {attempt.job}")
            return

    def _fail(self, attempt: Attempt, why: str) -> None:
        attempt.state, attempt.failure = "failed", why
        self._progress(attempt.node, attempt, f"{why}; rescheduling")
        self._start(attempt.shard, after=attempt)

    def _lose(self, state: NodeState, why: str) -> None:
        state.lost = f"stopped answering ({why})"
        self._progress(state, None, f"lost: {state.failures} polls in a row without an answer ({why})")
        for attempt in self.attempts:
            if attempt.node is state and attempt.state in _ACTIVE:
                attempt.state, attempt.failure = "lost", f"node {state.lost}"
                self._start(attempt.shard, after=attempt)

    def _healthy(self) -> list[NodeState]:
        return [state for state in self.nodes if not state.lost]

    def _load(self, state: NodeState) -> int:
        return sum(1 for attempt in self.attempts if attempt.node is state and attempt.state in _ACTIVE)

    def _refused(self, state: NodeState, error: Exception) -> None:
        """Bad credentials stop the whole run: every node gets the same ones."""
        if isinstance(error, NodeRefused) and error.status == 401:
            raise ClusterError(
                f"{state.url} refused the credentials (HTTP 401): set SCRAPYD_USERNAME and SCRAPYD_PASSWORD"
            )

    def _cancel_active(self) -> None:
        for attempt in self.attempts:
            if attempt.state in _ACTIVE and not attempt.node.lost:
                try:
                    attempt.node.api.cancel(self.plan.project, attempt.job)
                except (NodeDown, NodeRefused):
                    continue
                attempt.state, attempt.failure = "cancelled", "this run stopped before the job ended"

    # --- output -------------------------------------------------------------

    def _merge(self) -> tuple[int, int]:
        """Each shard's verified items once, in shard order, into the output file, which appears only when whole."""
        output = self.plan.output
        partial = output.with_name(output.name + ".part")
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            with partial.open("wb") as out:
                merger = Merger(out)
                for shard in self.shards:
                    spool = self.done[shard.index].spool
                    assert spool is not None
                    with spool.open("rb") as lines:
                        merger.add(lines)
            partial.replace(output)
        except (BadLine, OSError) as error:
            partial.unlink(missing_ok=True)
            raise ClusterError(f"could not merge into {output}: {error}") from None
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return merger.counts.written, merger.counts.duplicates

    def _progress(self, state: NodeState, attempt: Attempt | None, message: str) -> None:
        where = f"shard {attempt.shard}" if attempt else "node"
        self.say(f"[{time.monotonic() - self.started:6.1f}s] {state.url} {where}: {message}")

    def _summary(self) -> None:
        header = ("node", "shard", "try", "job", "result", "items", "pages", "errors", "duration", "note")
        rows = [header]
        for attempt in sorted(self.attempts, key=lambda a: (a.node.number, a.shard.index, a.number)):
            stats = attempt.stats
            duration = attempt.duration
            rows.append(
                (
                    attempt.node.url,
                    str(attempt.shard),
                    str(attempt.number),
                    attempt.job,
                    attempt.state,
                    "-" if attempt.items is None else str(attempt.items),
                    str(stats.pages) if stats and stats.finish_reason else "-",
                    str(stats.errors) if stats and stats.finish_reason else "-",
                    "-" if duration is None else f"{duration:.1f}s",
                    attempt.failure or "",
                )
            )
        widths = [max(len(row[column]) for row in rows) for column in range(len(header) - 1)]
        for row in rows:
            self.report("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[-1])
        for state in self.nodes:
            if state.lost:
                self.report(f"{state.url}: not used after it {state.lost}")
