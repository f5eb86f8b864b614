"""The cluster command end to end: three real Scrapyd nodes, one crawl split across them, merged once."""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from collections import Counter
from typing import TYPE_CHECKING

import pytest

from tests import books_replica
from tests.conftest import Result, proc, read_jsonl
from tests.scrapyd_node import Scrapyd, checkout_copy, clean_env, require_scrapyd, start_scrapyd
from tests.test_books_crawl import expected
from tests.test_quotes_crawl import expected_quote, split

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from tests.conftest import FixtureServer

require_scrapyd()

pytestmark = pytest.mark.slow

CLUSTER = ("-m", "crawler", "cluster")
PROG = "python -m crawler cluster: error: "
# Full speed against the local server; the cluster's own pace is what these tests measure.
FAST = ("-s", "AUTOTHROTTLE_ENABLED=False", "--poll", "0.3")


@pytest.fixture(scope="module")
def nodes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Scrapyd]]:
    """Three Scrapyd nodes sharing one account, each in its own folder on its own port."""
    password = secrets.token_hex(8)
    started: list[Scrapyd] = []
    try:
        for number in range(3):
            started.append(start_scrapyd(tmp_path_factory.mktemp(f"node{number}"), "tester", password))
        yield started
    finally:
        for node in started:
            node.stop()


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project to run the cluster command in, so building its egg leaves nothing in the checkout."""
    return checkout_copy(tmp_path_factory.mktemp("checkout"))


@pytest.fixture(scope="module")
def egg(checkout: Path) -> Path:
    """The project's egg, built once by scrapyd-client for the tests that do not test the build."""
    path = checkout.parent / "project.egg"
    built = proc("-m", "scrapyd_client.deploy", "--build-egg", path, cwd=checkout, env=clean_env())
    assert built.returncode == 0, built.stderr
    assert path.exists()
    return path


def cluster(checkout: Path, node_list: list[Scrapyd] | list[str], *args: str | Path, env: dict | None = None) -> Result:
    urls = ",".join(node if isinstance(node, str) else node.url for node in node_list)
    account = node_list[0].account if node_list and not isinstance(node_list[0], str) else {}
    return proc(
        *CLUSTER, *args, "--nodes", urls, cwd=checkout, env={**clean_env(), **account, **(env or {})}, timeout=240
    )


def summary_rows(stdout: str) -> list[dict[str, str]]:
    """The summary table as dicts (the note column may hold spaces)."""
    lines = [line for line in stdout.splitlines() if line.startswith(("node ", "http"))]
    header = lines[0].split()
    rows = []
    for line in lines[1:]:
        if ": not used after" in line:
            continue
        cells = line.split(None, len(header) - 1)
        rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True)))
    return rows


def assert_quotes_equal_truth(items: list[dict], quotes_truth: list[dict], authors_truth: list[dict]) -> None:
    quotes, authors = split(items)
    assert sorted((q["text"], q["author"], tuple(q["tags"])) for q in quotes) == sorted(
        map(expected_quote, quotes_truth)
    )
    assert sorted(a["name"] for a in authors) == sorted(t["name"] for t in authors_truth)


@pytest.fixture(scope="module")
def quotes_run(
    nodes: list[Scrapyd], checkout: Path, server: FixtureServer, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Result, Path]:
    """`quotes` split over the three nodes, the egg built by the command itself with scrapyd-deploy."""
    out = tmp_path_factory.mktemp("quotes") / "quotes.jsonl"
    result = cluster(checkout, nodes, "quotes", "-a", f"base_url={server.url}", "-O", out, *FAST)
    return result, out


def test_quotes_split_three_ways_equals_truth(
    quotes_run: tuple[Result, Path], quotes_truth: list[dict], authors_truth: list[dict]
) -> None:
    """Three shards merged: exactly the 100 quotes and 50 authors, none twice, and every shard did part of it."""
    result, out = quotes_run
    assert result.returncode == 0, result.stderr
    items = read_jsonl(out)
    assert len(items) == 150
    assert_quotes_equal_truth(items, quotes_truth, authors_truth)
    rows = summary_rows(result.stdout)
    assert [(row["shard"], row["result"]) for row in rows] == [
        ("0/3", "finished"),
        ("1/3", "finished"),
        ("2/3", "finished"),
    ]
    assert len({row["node"] for row in rows}) == 3
    assert sum(int(row["items"]) for row in rows) == 150
    assert all(0 < int(row["items"]) < 150 and int(row["pages"]) > 10 for row in rows)
    assert f"merged 150 items from 3 shards into {out} (0 duplicates dropped)" in result.stdout


def test_quotes_progress_lines_per_node(quotes_run: tuple[Result, Path], nodes: list[Scrapyd]) -> None:
    """Each node's deploy, schedule, run and finish shows as a progress line on stderr, with no traceback."""
    result, _ = quotes_run
    assert "Traceback" not in result.stderr
    for index, node in enumerate(nodes):
        mine = [line for line in result.stderr.splitlines() if f"] {node.url} " in line]
        assert any("deployed crawler version" in line for line in mine)
        assert any(f"shard {index}/3: running (job " in line for line in mine)
        assert any(f"shard {index}/3: finished: " in line for line in mine)


def test_books_split_three_ways_equals_truth(
    nodes: list[Scrapyd], checkout: Path, egg: Path, server: FixtureServer, tmp_path: Path
) -> None:
    """The 1,000-book replica split three ways: every book once, each equal to the ground truth."""
    out = tmp_path / "books.jsonl"
    site = server.url + "books/"
    result = cluster(checkout, nodes, "books", "--egg", egg, "-a", f"base_url={site}", "-O", out, *FAST)
    assert result.returncode == 0, result.stderr
    books = read_jsonl(out)
    assert len(books) == 1000
    assert all(book.pop("images") == [] for book in books)
    assert {book["upc"]: book for book in books} == expected(
        list(books_replica.truth_rows(books_replica.catalogue())), site
    )
    rows = summary_rows(result.stdout)
    assert [row["result"] for row in rows] == ["finished"] * 3
    assert all(250 < int(row["items"]) < 420 for row in rows)
    assert f"merged 1000 items from 3 shards into {out} (0 duplicates dropped)" in result.stdout


def test_wrong_credentials_one_line(nodes: list[Scrapyd], checkout: Path, egg: Path, tmp_path: Path) -> None:
    """A password the nodes refuse stops the command with one line naming the variables, exit 1, no output file."""
    out = tmp_path / "out.jsonl"
    result = cluster(checkout, nodes, "quotes", "--egg", egg, "-O", out, env={"SCRAPYD_PASSWORD": "wrong"})
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{PROG}{nodes[0].url} refused the credentials (HTTP 401): set SCRAPYD_USERNAME and SCRAPYD_PASSWORD"
    ]
    assert not out.exists()


def test_unreachable_nodes_one_line(checkout: Path, unreachable_url: str, tmp_path: Path) -> None:
    """A node list where nothing listens ends with one line naming each node and why, exit 1."""
    url = unreachable_url.rstrip("/")
    result = cluster(checkout, [url], "quotes", "-O", tmp_path / "out.jsonl")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"{PROG}no Scrapyd node answered: {url} did not answer (connection refused)"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("quotes", "-a", "shard=1/3"), "-a shard: set by the cluster command, one shard per node (got '1/3')"),
        (("quotes", "-a", "base_url=ftp://x/"), "-a base_url: must be an absolute http:// or https:// URL"),
        (("nosuch",), "no spider named 'nosuch' (spiders: "),
    ],
)
def test_bad_usage_one_line(checkout: Path, unreachable_url: str, tmp_path: Path, args: tuple, message: str) -> None:
    """Bad spider arguments and spiders are refused before any node is contacted: one line, exit 2."""
    result = cluster(checkout, [unreachable_url.rstrip("/")], *args, "-O", tmp_path / "out.jsonl")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(PROG + message)


def test_help_documents_every_option(checkout: Path) -> None:
    """--help names every option and says where credentials come from."""
    result = proc(*CLUSTER, "--help", cwd=checkout, env=clean_env())
    assert result.returncode == 0
    for option in (
        "--nodes",
        "-O",
        "-a NAME=VALUE",
        "-s NAME=VALUE",
        "--project",
        "--egg",
        "--poll",
        "--attempts",
        "--lost-after",
        "--http-timeout",
        "--download-timeout",
        "--download-max",
        "SCRAPYD_USERNAME",
        "SCRAPYD_PASSWORD",
    ):
        assert option in result.stdout


def _crawling_job(node: Scrapyd, deadline: float) -> dict:
    """The node's running job, once its log shows pages crawled (a process stopped earlier would leave no log)."""
    while time.monotonic() < deadline:
        running = node.jobs()["running"]
        if running and running[0].get("log_url") and node.fetch(running[0]["log_url"]).count("Crawled (200)") >= 3:
            return running[0]
        time.sleep(0.2)
    pytest.fail(f"no job crawled on {node.url}")


def test_lost_node_and_killed_job_are_run_again(
    nodes: list[Scrapyd],
    checkout: Path,
    egg: Path,
    server: FixtureServer,
    tmp_path: Path,
    quotes_truth: list[dict],
    authors_truth: list[dict],
) -> None:
    """Node 2 stopped by PID and node 3's crawl stopped by PID mid-job: both shards run again, output still exact."""
    out = tmp_path / "quotes.jsonl"
    # Slowed so that both jobs are still running when they are stopped.
    command = [
        sys.executable,
        *CLUSTER,
        "quotes",
        "--nodes",
        ",".join(node.url for node in nodes),
        "--egg",
        str(egg),
        "-a",
        f"base_url={server.url}",
        "-O",
        str(out),
        *FAST,
        "-s",
        "DOWNLOAD_DELAY=0.3",
        # _crawling_job() waits for the jobs' "Crawled (200)" lines, which Scrapy logs at DEBUG.
        "-s",
        "LOG_LEVEL=DEBUG",
        "--lost-after",
        "2",
    ]
    runner = subprocess.Popen(
        command,
        cwd=checkout,
        env={**clean_env(), **nodes[0].account},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        deadline = time.monotonic() + 60
        lost_job, killed_job = _crawling_job(nodes[1], deadline), _crawling_job(nodes[2], deadline)
        nodes[1].stop()
        os.kill(lost_job["pid"], signal.SIGTERM)
        os.kill(killed_job["pid"], signal.SIGTERM)
        stdout, stderr = runner.communicate(timeout=180)
    finally:
        if runner.poll() is None:
            runner.kill()
            runner.communicate()
        nodes[1].start()
    assert runner.returncode == 0, stderr
    assert_quotes_equal_truth(read_jsonl(out), quotes_truth, authors_truth)
    rows = {(row["node"], row["shard"], row["try"]): row for row in summary_rows(stdout)}
    lost = rows[(nodes[1].url, "1/3", "1")]
    assert lost["result"] == "lost"
    assert lost["note"].startswith("node stopped answering (connection refused); shard run again on ")
    killed = rows[(nodes[2].url, "2/3", "1")]
    assert killed["result"] == "failed"
    # SIGTERM is a graceful stop on POSIX; on Windows it ends the process before Scrapy can dump its stats.
    why = "finish_reason 'shutdown'" if os.name == "posix" else "no stats in its log"
    assert killed["note"].startswith(f"job ended without finishing: {why}; shard run again on {nodes[0].url}")
    finished = Counter(row["shard"] for row in rows.values() if row["result"] == "finished")
    assert finished == {"0/3": 1, "1/3": 1, "2/3": 1}
    retried = rows[(nodes[0].url, "2/3", "2")]
    assert f"{nodes[1].url}: not used after it stopped answering (connection refused)" in stdout
    if os.name == "posix":
        # The control: the stopped crawl really ended part-way through its shard.
        assert int(killed["pages"]) < int(retried["pages"])
