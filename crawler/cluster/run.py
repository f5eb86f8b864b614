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
from crawler.cluster.merge import Merger
from crawler.cluster.scrapyd import Node
from crawler.errors import ClusterError, NodeDown, NodeRefused
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

    @property
    def duration(self) -> float | None:
        if not (self.start_time and self.end_time):
            return None
        return (datetime.fromisoformat(self.end_time) - datetime.fromisoformat(self.start_time)).total_seconds()


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
        self.nodes = [
            NodeState(number, Node(url, auth, timeout=plan.http_timeout)) for number, url in enumerate(plan.nodes, 1)
        ]
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
            pid = f", pid {job['pid']}" if job.get("pid") else ""
            self._progress(attempt.node, attempt, f"{job['state']} (job {attempt.job}{pid})")
        elif time.monotonic() - attempt.changed_at >= _HEARTBEAT:
            attempt.changed_at = time.monotonic()
            self._progress(attempt.node, attempt, f"still {attempt.state}")

    def _verify(self, attempt: Attempt, job: dict[str, Any]) -> None:
        """A finished job counts only if its log says `finished` and its items file holds every scraped item."""
        node = attempt.node
        if not job.get("log_url"):
            self._fail(attempt, "job left no log (did it die at start, or is logs_dir empty in scrapyd.conf?)")
            return
        attempt.stats = stats = read_stats(node.api.lines(job["log_url"]))
        if stats.finish_reason != "finished":
            why = f"finish_reason {stats.finish_reason!r}" if stats.finish_reason else "no stats in its log (killed?)"
            self._fail(attempt, f"job ended without finishing: {why}")
            return
        attempt.spool = self.scratch / f"shard-{attempt.shard.index}-{attempt.number}.jl"
        if stats.items:
            if not job.get("items_url"):
                raise ClusterError(f"{node.url} does not serve items (items_dir is empty in its scrapyd.conf)")
            node.api.download(job["items_url"], attempt.spool)
        else:
            # Scrapy writes no feed file for a crawl without items (FEED_STORE_EMPTY = False).
            attempt.spool.write_bytes(b"")
        with attempt.spool.open("rb") as lines:
            attempt.items = sum(1 for line in lines if line.strip())
        if attempt.items != stats.items:
            self._fail(attempt, f"items file holds {attempt.items} items but the crawl scraped {stats.items}")
            return
        attempt.state = "finished"
        self.done[attempt.shard.index] = attempt
        self._progress(node, attempt, f"finished: {attempt.items} items, {stats.pages} pages, {stats.errors} errors")

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
        output.parent.mkdir(parents=True, exist_ok=True)
        partial = output.with_name(output.name + ".part")
        with partial.open("wb") as out:
            merger = Merger(out)
            for shard in self.shards:
                spool = self.done[shard.index].spool
                assert spool is not None
                with spool.open("rb") as lines:
                    merger.add(lines)
        partial.replace(output)
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
