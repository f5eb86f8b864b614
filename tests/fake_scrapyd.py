"""Fake Scrapyd nodes on 127.0.0.1 for the cluster command's tests: jobs that end as a test scripts them.

A node answers the API calls the cluster command makes (daemonstatus, addversion, schedule,
listjobs, cancel) behind HTTP basic auth and serves each job's log and items file. A job is
listed as finished at the first listjobs.json after its schedule.json; by default its log and
items are a correct shard of `ITEMS`, and an `Outcome` queued on the node changes what the
next job leaves behind. Every request is recorded with its Authorization header.
"""

from __future__ import annotations

import base64
import json
import pprint
import threading
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# The items a whole crawl yields: 100 quotes and 50 authors, as the project's feed writes them.
ITEMS = [
    {
        "text": f"“Quote {number}.”",
        "author": f"Author {number % 50}",
        "tags": ["tag"],
        "author_url": None,
        "url": f"http://site.test/page/{number // 10 + 1}/",
        "goodreads_url": None,
    }
    for number in range(100)
] + [
    {"name": f"Author {number}", "birth_date": "1900-01-01", "birth_place": None, "bio": None, "url": None}
    for number in range(50)
]


def shard_items(index: int, count: int) -> list[dict]:
    """The items shard `index` of `count` yields: a fixed split of ITEMS."""
    return ITEMS[index::count]


def jsonl(items: list[dict]) -> bytes:
    return b"".join(json.dumps(item, ensure_ascii=False).encode("utf-8") + b"\n" for item in items)


def stats_of(items: list[dict], pages: int = 12) -> dict[str, Any]:
    """The stats a crawl that scraped `items` dumps at its end."""
    types = Counter("Quote" if "text" in item else "Author" for item in items)
    stats: dict[str, Any] = {
        "downloader/response_count": pages,
        "finish_reason": "finished",
        "item_scraped_count": len(items),
        "log_count/ERROR": 0,
    }
    stats.update({f"crawler/scraped/{name}": number for name, number in types.items()})
    return stats


def log_of(stats: dict[str, Any]) -> bytes:
    """A Scrapy log ending with the stats dump, as Scrapy writes it."""
    return (
        "2026-12-02 07:00:00 [scrapy.core.engine] INFO: Closing spider (finished)\n"
        "2026-12-02 07:00:00 [scrapy.statscollectors] INFO: Dumping Scrapy stats:\n"
        f"{pprint.pformat(stats)}\n"
        "2026-12-02 07:00:00 [scrapy.core.engine] INFO: Spider closed (finished)\n"
    ).encode()


@dataclass
class Outcome:
    """What one job leaves behind, where it differs from a correct shard.

    `items` and `stats` take the job's correct items and stats and return the ones to serve.
    """

    items: Any = None
    stats: Any = None
    items_url: str | None = None
    """Served as the job's items_url in listjobs.json, in place of the node's own path; `{job}` is the job id."""
    items_status: int = 200
    """The HTTP status of every request for the items file."""
    trickle: bool = False
    """Serve the items file one byte a second, never finishing in a test's time."""


@dataclass
class Job:
    id: str
    spider: str
    shard: str
    log: bytes
    items: bytes
    outcome: Outcome


@dataclass
class Request:
    method: str
    path: str
    authorization: str | None
    fields: dict[str, list[str]] = field(default_factory=dict)


class FakeScrapyd:
    """One fake node: `url`, `account` (the environment a client needs), queued `outcomes`, recorded `requests`."""

    def __init__(self, username: str = "tester", password: str = "node-secret") -> None:
        self.username, self.password = username, password
        self.outcomes: list[Outcome] = []
        self.jobs: dict[str, Job] = {}
        self.requests: list[Request] = []
        self.cancelled: list[str] = []
        self.listjobs_answer: dict | None = None
        """An answer listjobs.json gives in place of the real one."""
        self.addversion_answer: dict | None = None
        """An answer addversion.json gives in place of "ok"."""
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def account(self) -> dict[str, str]:
        return {"SCRAPYD_USERNAME": self.username, "SCRAPYD_PASSWORD": self.password}

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def paths(self) -> list[str]:
        return [request.path.split("?")[0] for request in self.requests]

    # --- the API ------------------------------------------------------------

    def _answer(self, method: str, path: str, fields: dict[str, list[str]]) -> tuple[int, bytes, str]:
        endpoint = path.split("?")[0]
        if endpoint == "/daemonstatus.json":
            return self._json({"status": "ok", "running": 0, "pending": 0, "finished": 0})
        if endpoint == "/addversion.json":
            return self._json(self.addversion_answer or {"status": "ok", "spiders": 7})
        if endpoint == "/schedule.json":
            return self._schedule(fields)
        if endpoint == "/listjobs.json":
            return self._json(self.listjobs_answer or self._listjobs())
        if endpoint == "/cancel.json":
            self.cancelled.append(fields["job"][0])
            return self._json({"status": "ok", "prevstate": "running"})
        for job in self.jobs.values():
            if endpoint == f"/logs/crawler/{job.spider}/{job.id}.log":
                return 200, job.log, "text/plain"
            if endpoint == f"/items/crawler/{job.spider}/{job.id}.jl":
                if job.outcome.items_status != 200:
                    return job.outcome.items_status, b"no", "text/plain"
                return 200, job.items, "text/plain"
        return 404, b"not found", "text/plain"

    def _schedule(self, fields: dict[str, list[str]]) -> tuple[int, bytes, str]:
        job_id, spider, shard = fields["jobid"][0], fields["spider"][0], fields["shard"][0]
        with self._lock:
            outcome = self.outcomes.pop(0) if self.outcomes else Outcome()
        index, count = map(int, shard.split("/"))
        items = shard_items(index, count)
        stats = stats_of(items)
        served = outcome.items(items) if outcome.items else jsonl(items)
        stats = outcome.stats(stats) if outcome.stats else stats
        self.jobs[job_id] = Job(job_id, spider, shard, log_of(stats), served, outcome)
        return self._json({"status": "ok", "jobid": job_id})

    def _listjobs(self) -> dict[str, Any]:
        finished = []
        for job in self.jobs.values():
            finished.append(
                {
                    "id": job.id,
                    "project": "crawler",
                    "spider": job.spider,
                    "start_time": "2026-12-02 07:00:00.000000",
                    "end_time": "2026-12-02 07:00:05.000000",
                    "log_url": f"/logs/crawler/{job.spider}/{job.id}.log",
                    "items_url": (job.outcome.items_url or "/items/crawler/{spider}/{job}.jl").format(
                        spider=job.spider, job=job.id
                    ),
                }
            )
        return {"node_name": "fake", "status": "ok", "pending": [], "running": [], "finished": finished}

    @staticmethod
    def _json(answer: dict) -> tuple[int, bytes, str]:
        return 200, json.dumps(answer).encode(), "application/json"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        node = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _serve(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                fields: dict[str, list[str]] = {}
                if self.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded"):
                    fields = urllib.parse.parse_qs(body.decode(), keep_blank_values=True)
                authorization = self.headers.get("Authorization")
                node.requests.append(Request(method, self.path, authorization, fields))
                token = base64.b64encode(f"{node.username}:{node.password}".encode()).decode()
                if authorization != f"Basic {token}":
                    self._send(401, b"Unauthorized", "text/plain")
                    return
                status, payload, kind = node._answer(method, self.path, fields)
                job = next((j for j in node.jobs.values() if self.path.endswith(f"/{j.id}.jl")), None)
                if job and job.outcome.trickle and status == 200:
                    self._trickle(payload)
                    return
                self._send(status, payload, kind)

            def _send(self, status: int, payload: bytes, kind: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def _trickle(self, payload: bytes) -> None:
                self.send_response(200)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                try:
                    for byte in payload:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(1)
                except OSError:
                    pass

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                self._serve("GET")

            def do_POST(self) -> None:  # noqa: N802
                self._serve("POST")

        return Handler


class Recorder:
    """A plain HTTP server on 127.0.0.1 that answers 200 to everything and records each request's headers."""

    def __init__(self) -> None:
        self.requests: list[dict[str, str]] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                recorder.requests.append({"path": self.path, **dict(self.headers)})
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
