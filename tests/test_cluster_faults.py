"""The cluster command against fake Scrapyd nodes that misbehave: wrong shards, foreign URLs, stalled downloads."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

import pytest

from crawler.cluster.scrapyd import Node
from crawler.errors import ForeignURL, NodeRefused
from tests.conftest import Result, proc, read_jsonl
from tests.fake_scrapyd import ITEMS, FakeScrapyd, Outcome, Recorder, jsonl
from tests.scrapyd_node import clean_env

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

PROG = "python -m crawler cluster: error: "
# The account every fake node of `fakes` demands.
ACCOUNT = {"SCRAPYD_USERNAME": "tester", "SCRAPYD_PASSWORD": "node-secret"}


@pytest.fixture
def egg(tmp_path: Path) -> Path:
    """A file to pass as --egg: the fake nodes take any bytes."""
    path = tmp_path / "project.egg"
    path.write_bytes(b"not really an egg")
    return path


@pytest.fixture
def fakes() -> Iterator[list[FakeScrapyd]]:
    """Two fake nodes sharing one account."""
    started = [FakeScrapyd(), FakeScrapyd()]
    yield started
    for node in started:
        node.stop()


def cluster(nodes: list[FakeScrapyd] | list[str], egg: Path, out: Path, *args: str, env: dict | None = None) -> Result:
    urls = ",".join(node if isinstance(node, str) else node.url for node in nodes)
    return proc(
        *("-m", "crawler", "cluster", "quotes", "--nodes", urls, "--egg", egg, "-O", out, "--poll", "0.1", *args),
        env={**clean_env(), **ACCOUNT, **(env or {})},
        timeout=60,
    )


def notes(result: Result) -> list[str]:
    """The note column of each summary row of a failed attempt."""
    return [line.split("  ")[-1].strip() for line in result.stdout.splitlines() if "  failed  " in line]


def assert_whole(out: Path) -> None:
    """The merged file holds every item of the crawl exactly once."""
    merged = read_jsonl(out)
    assert len(merged) == len(ITEMS)
    assert sorted(map(json.dumps, merged)) == sorted(map(json.dumps, ITEMS))


def test_good_nodes_merge_every_item(fakes: list[FakeScrapyd], egg: Path, tmp_path: Path) -> None:
    """The control: two nodes serving correct shards merge into the whole crawl, first try each."""
    out = tmp_path / "out.jsonl"
    result = cluster(fakes, egg, out)
    assert result.returncode == 0, result.stderr
    assert_whole(out)
    assert "merged 150 items from 2 shards" in result.stdout
    assert notes(result) == []


@pytest.mark.parametrize(
    ("outcome", "note"),
    [
        # As many lines as items scraped, but one item twice and another not at all.
        (
            Outcome(items=lambda items: jsonl([items[0], *items[:-1]])),
            "items file repeats the key of 1 of its 75 items",
        ),
        # The crawl could not reach the site: it finished, with nothing.
        (
            Outcome(items=lambda items: b"", stats=lambda stats: {"finish_reason": "finished"}),
            "job fetched no page (can the node reach the site?)",
        ),
        (Outcome(items=lambda items: jsonl(items)[:-10] + b"\n"), "items file: line 75 is not JSON (a torn line?)"),
        (
            Outcome(items=lambda items: jsonl(items[:-1]) + b"[1, 2]\n"),
            "items file: line 75 is a JSON list, not an item",
        ),
        # The right count, but an author in place of a quote.
        (
            Outcome(items=lambda items: jsonl([{**ITEMS[-1], "name": "Somebody"}, *items[1:]])),
            "items file holds Author: 26, Quote: 49 but the crawl scraped Author: 25, Quote: 50",
        ),
        (
            Outcome(items=lambda items: jsonl([*items[:-1], {"something": "else"}])),
            "items file holds 1 lines of no item type of crawler.items",
        ),
        (
            Outcome(stats=lambda stats: {**stats, "item_scraped_count": 80}),
            "items file holds 75 items but the crawl scraped 80",
        ),
    ],
    ids=["duplicate-in-place", "no-pages", "torn-line", "not-an-object", "wrong-types", "unknown-type", "short"],
)
def test_wrong_shard_is_run_again(
    fakes: list[FakeScrapyd], egg: Path, tmp_path: Path, outcome: Outcome, note: str
) -> None:
    """A shard whose items do not match its stats fails, is run again on the other node, and the output is whole."""
    fakes[0].outcomes.append(outcome)
    out = tmp_path / "out.jsonl"
    result = cluster(fakes, egg, out)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert_whole(out)
    assert notes(result) == [f"{note}; shard run again on {fakes[1].url}"]
    assert f"{fakes[0].url} shard 0/2: {note}; rescheduling" in result.stderr


def test_shard_wrong_on_every_attempt_fails_in_one_line(fakes: list[FakeScrapyd], egg: Path, tmp_path: Path) -> None:
    """A torn shard on every try: exit 1 with one line, no output and no FILE.part left behind."""
    torn = Outcome(items=lambda items: jsonl(items)[:-10])
    for node in fakes:
        node.outcomes += [torn] * 3
    out = tmp_path / "out.jsonl"
    result = cluster(fakes, egg, out, "--attempts", "2")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    (last,) = [line for line in result.stderr.splitlines() if line.startswith(PROG)]
    assert re.fullmatch(
        re.escape(PROG) + r"shard [01]/2 failed 2 attempts, the last on http://127\.0\.0\.1:\d+: "
        r"items file: line \d+ is not JSON \(a torn line\?\)",
        last,
    ), last
    assert not out.exists()
    assert not out.with_name("out.jsonl.part").exists()


def test_no_node_reaches_the_site(fakes: list[FakeScrapyd], egg: Path, tmp_path: Path) -> None:
    """Every job finishes with no page: exit 1, no output, never an empty file with exit 0."""
    nothing = Outcome(items=lambda items: b"", stats=lambda stats: {"finish_reason": "finished"})
    for node in fakes:
        node.outcomes += [nothing] * 4
    out = tmp_path / "out.jsonl"
    result = cluster(fakes, egg, out, "--attempts", "2")
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1].endswith(": job fetched no page (can the node reach the site?)")
    assert not out.exists()


def test_credentials_never_leave_the_node(fakes: list[FakeScrapyd], egg: Path, tmp_path: Path) -> None:
    """An items_url on another origin is refused before any request: that server never sees the account."""
    elsewhere = Recorder()
    try:
        fakes[0].outcomes.append(Outcome(items_url=f"{elsewhere.url}/items/stolen.jl"))
        out = tmp_path / "out.jsonl"
        result = cluster(fakes, egg, out)
    finally:
        elsewhere.stop()
    assert result.returncode == 0, result.stderr
    assert elsewhere.requests == []
    assert_whole(out)
    why = f"refused to fetch {elsewhere.url}/items/stolen.jl: not on the node's own origin {fakes[0].url}"
    assert notes(result) == [f"{why}; shard run again on {fakes[1].url}"]
    # The control: the node's own paths were fetched with the account.
    assert all(request.authorization for request in fakes[0].requests)


def test_same_origin_absolute_url_is_fetched(fakes: list[FakeScrapyd], egg: Path, tmp_path: Path) -> None:
    """An absolute items_url on the node's own scheme, host and port is fine."""
    fakes[0].outcomes.append(Outcome(items_url=fakes[0].url + "/items/crawler/quotes/{job}.jl"))
    out = tmp_path / "out.jsonl"
    result = cluster(fakes, egg, out)
    assert result.returncode == 0, result.stderr
    assert_whole(out)
    assert notes(result) == []
    assert sum(path.startswith("/items/") for path in fakes[0].paths()) == 1


def test_node_url_credentials_are_never_printed(egg: Path, tmp_path: Path) -> None:
    """A node URL with user:password@ gives that node its account, and no output line shows it."""
    node = FakeScrapyd(username="own", password="pw-in-url")
    try:
        address = node.url.replace("http://", "http://own:pw-in-url@")
        out = tmp_path / "out.jsonl"
        result = cluster([address], egg, out, env={"SCRAPYD_USERNAME": "", "SCRAPYD_PASSWORD": ""})
        refused = cluster([address + ":99999"], egg, out)
    finally:
        node.stop()
    assert result.returncode == 0, result.stderr
    assert_whole(out)
    assert "pw-in-url" not in result.stdout + result.stderr
    assert f"] {node.url} shard 0/1: finished" in result.stderr
    assert refused.returncode == 2
    assert "pw-in-url" not in refused.stdout + refused.stderr


@pytest.mark.parametrize(
    ("outcome", "why"),
    [
        (Outcome(trickle=True), "took longer than 1.5s"),
        (Outcome(items_status=500), "HTTP 500 for /items/crawler/quotes/"),
    ],
    ids=["never-finishes", "always-fails"],
)
def test_download_that_never_succeeds_moves_the_shard(
    fakes: list[FakeScrapyd], egg: Path, tmp_path: Path, outcome: Outcome, why: str
) -> None:
    """An items download that stalls or fails every time counts per job, and moves the shard after --attempts."""
    fakes[0].outcomes.append(outcome)
    out = tmp_path / "out.jsonl"
    result = cluster(fakes, egg, out, "--attempts", "2", "--download-timeout", "1.5")
    assert result.returncode == 0, result.stderr
    assert_whole(out)
    (note,) = notes(result)
    assert note.startswith("its files could not be downloaded (2 of 2 tries): ")
    assert why in note
    assert note.endswith(f"; shard run again on {fakes[1].url}")
    assert "download failed (1 of 2 tries): " in result.stderr


@pytest.mark.parametrize(
    ("nodes", "message"),
    [
        ("{0};{1}", "--nodes: node URLs are separated by commas (got '{0};{1}')"),
        ("{0},http://127.0.0.1:70000", "--nodes: port out of range 1-65535 (got 'http://127.0.0.1:70000')"),
        ("{0},ftp://127.0.0.1:21", "--nodes: a node is an http:// or https:// URL (got 'ftp://127.0.0.1:21')"),
        ("{0},127.0.0.1:6800", "--nodes: a node is an http:// or https:// URL (got '127.0.0.1:6800')"),
        ("{0},http://u:secret@h:0", "--nodes: port out of range 1-65535 (got 'http://***@h:0')"),
        ("{0},http://h:http", "--nodes: the port is not a number (got 'http://h:http')"),
        ("{0},{0}/", "--nodes: a node is listed twice (got '{0}, {0}/')"),
    ],
)
def test_bad_node_list_one_line_before_any_contact(
    fakes: list[FakeScrapyd], egg: Path, tmp_path: Path, nodes: str, message: str
) -> None:
    """A node list that is not comma-separated http(s) URLs with valid ports: one line, exit 2, no request sent."""
    urls = [node.url for node in fakes]
    result = cluster([nodes.format(*urls)], egg, tmp_path / "out.jsonl")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [PROG + message.format(*urls)]
    assert fakes[0].requests == fakes[1].requests == []


def test_listjobs_without_its_lists_one_line_and_jobs_cancelled(
    fakes: list[FakeScrapyd], egg: Path, tmp_path: Path
) -> None:
    """A listjobs.json answer without the job lists ends the run with one line, exit 1, its jobs cancelled."""
    fakes[0].listjobs_answer = {"status": "ok", "running": []}
    out = tmp_path / "out.jsonl"
    result = cluster(fakes, egg, out)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1] == (
        f"{PROG}{fakes[0].url} listjobs.json: its answer has no list of pending jobs"
    )
    # Both jobs were still running as far as the run knew: both are cancelled.
    assert [fakes[0].cancelled, fakes[1].cancelled] == [list(fakes[0].jobs), list(fakes[1].jobs)]
    assert all(len(node.cancelled) == 1 for node in fakes)
    assert not out.exists()


def test_node_message_over_several_lines_is_one_line(fakes: list[FakeScrapyd], egg: Path, tmp_path: Path) -> None:
    """A traceback as a node's refusal (an egg that cannot import there) is cut to its error line: one line, exit 1."""
    traceback = "Traceback (most recent call last):\n  File 'x.py', line 1\nModuleNotFoundError: No module named 'z'\n"
    for node in fakes:
        node.addversion_answer = {"status": "error", "message": traceback}
    result = cluster(fakes, egg, tmp_path / "out.jsonl")
    assert result.returncode == 1
    refusal = "refused the egg (addversion.json: ModuleNotFoundError: No module named 'z')"
    assert result.stderr.splitlines()[-1] == (
        f"{PROG}no Scrapyd node took the egg: {fakes[0].url} {refusal}, {fakes[1].url} {refusal}"
    )
    assert all(line.startswith(("[", PROG)) for line in result.stderr.splitlines())


@pytest.mark.parametrize(
    ("path", "resolved"),
    [
        ("/logs/crawler/quotes/1.log", "http://h:6800/logs/crawler/quotes/1.log"),
        ("logs/x.log", "http://h:6800/logs/x.log"),
        ("http://H:6800/items/x.jl", "http://H:6800/items/x.jl"),
        ("http://h:6801/items/x.jl", ForeignURL),
        ("https://h:6800/items/x.jl", ForeignURL),
        ("//elsewhere/items/x.jl", ForeignURL),
        ("http:/elsewhere/x.jl", ForeignURL),
        ("/logs/a\nforged line.log", NodeRefused),
    ],
)
def test_paths_a_node_gives_resolve_on_its_origin_only(path: str, resolved: str | type[Exception]) -> None:
    """A path from listjobs.json resolves under the node; a URL on another scheme, host or port is refused."""
    node = Node("http://h:6800", ("user", "pw"))
    if isinstance(resolved, str):
        assert node.resolve(path) == resolved
    else:
        with pytest.raises(resolved):
            node.resolve(path)
