"""crawler.runtime and `python -m crawler`: the loop choice, run() and await crawl(), wrong setups, Ctrl-C.

Everything process-global runs in a fresh interpreter in Python's development mode, with
every warning an error (STRICT_ENV).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import pytest
from twisted.internet.address import IPv4Address

from crawler import launch
from crawler import settings as project_settings
from crawler.errors import BadArgument, UnknownSpider
from crawler.runtime import _LoopResolver
from tests.conftest import ROOT, SCRAPY, SHUTDOWN_NOISE, STRICT_ENV, proc, read_jsonl, scrapy

if TYPE_CHECKING:
    from pathlib import Path

    from tests.conftest import FixtureServer, Result


def script(name: str, *args: str, timeout: float = 120) -> Result:
    """`python -m tests.scripts.<name> <args>` in a fresh, strict interpreter."""
    return proc("-m", f"tests.scripts.{name}", *args, timeout=timeout, env=STRICT_ENV)


def assert_quiet_shutdown(result: Result) -> None:
    for noise in SHUTDOWN_NOISE:
        assert noise not in result.stderr, result.stderr[-3000:]


def _lines(result: Result) -> list[dict]:
    assert result.returncode == 0, result.stderr[-3000:]
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def summaries(result: Result) -> dict[str, dict]:
    """Each crawl's summary by its label, without its times."""
    times = ("label", "started", "finished")
    return {line["label"]: {key: value for key, value in line.items() if key not in times} for line in _lines(result)}


def intervals(result: Result) -> dict[str, tuple[float, float]]:
    """When each crawl's spider opened and closed, by its label."""
    return {line["label"]: (line["started"], line["finished"]) for line in _lines(result)}


def truth_for(tag: str, quotes_truth: list[dict]) -> tuple[list[list[str]], list[str]]:
    """[text, author] of every quote with that tag, and their authors' names, sorted.

    Quote pages and author pages spell one name differently ("Alexandre Dumas fils"); none of
    the tags used here has that author, so quote pages give the authors' names too.
    """
    chosen = [t for t in quotes_truth if tag in t["tags"]]
    return sorted([t["text"], t["author"]["name"]] for t in chosen), sorted({t["author"]["name"] for t in chosen})


# --- The loop ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "minor", "runner"),
    [("win32", 11, "Runner"), ("win32", 14, "Runner"), ("darwin", 14, "Runner")],
)
def test_loop_is_a_selector_loop_without_the_policy_api(platform: str, minor: int, runner: str) -> None:
    """With sys.platform and the version patched, the runtime starts a selector loop, never using the policy API."""
    result = script("loop_choice", platform, str(minor))
    assert result.returncode == 0, result.stderr
    runner_class, loop_class, is_selector, closed = result.stdout.split()
    assert runner_class == runner
    assert is_selector == "True", loop_class
    assert closed == "True"
    assert_quiet_shutdown(result)


# --- run() and await crawl() -----------------------------------------------------------


def test_run_twice_in_one_process(server: FixtureServer, quotes_truth: list[dict], authors_truth: list[dict]) -> None:
    """run() called twice in one script: each call returns the 100 quotes and 50 authors, nothing else."""
    result = script("run_twice", server.url)
    runs = summaries(result)
    quotes = sorted([t["text"], t["author"]["name"]] for t in quotes_truth)
    authors = sorted(t["name"] for t in authors_truth)
    assert len(quotes) == 100
    assert len(authors) == 50
    for label in ("first", "second"):
        assert runs[label] == {"quotes": quotes, "authors": authors, "other": [], "finish_reason": "finished"}
    assert_quiet_shutdown(result)


def test_await_crawl_in_turn_and_at_once(server: FixtureServer, quotes_truth: list[dict]) -> None:
    """In asyncio.run(main()): two crawls in turn and two gathered at once return their tag's items; the two overlap."""
    result = script("await_crawls", server.url)
    crawls = summaries(result)
    assert set(crawls) == {"sequential love", "sequential inspirational", "concurrent life", "concurrent humor"}
    for label, got in crawls.items():
        quotes, authors = truth_for(label.split()[1], quotes_truth)
        assert got == {"quotes": quotes, "authors": authors, "other": [], "finish_reason": "finished"}, label
    # The gathered crawls ran together: different tags, so different items in each.
    assert crawls["concurrent life"]["quotes"] != crawls["concurrent humor"]["quotes"]
    times = intervals(result)
    # At once: each opened before the other closed. In turn: one closed before the other opened.
    assert max(times["concurrent life"][0], times["concurrent humor"][0]) < min(
        times["concurrent life"][1], times["concurrent humor"][1]
    ), times
    assert times["sequential love"][1] <= times["sequential inspirational"][0], times  # control: the clock tells
    assert_quiet_shutdown(result)


def test_check_names_unknown_spider_and_bad_argument() -> None:
    """launch.check_input() answers an unknown spider and a bad argument with one line each, before anything starts."""
    settings = launch.project_settings()
    with pytest.raises(UnknownSpider, match=r"^no spider named 'nope' \(spiders: .*\bquotes\b.*\)$"):
        launch.check_input("nope", {}, settings)
    with pytest.raises(UnknownSpider, match=r"^no spider named 'quots'; did you mean 'quotes'\? \(spiders: "):
        launch.check_input("quots", {}, settings)
    with pytest.raises(BadArgument, match=r"^-a tag: String should match pattern"):
        launch.check_input("quotes", {"tag": "two words"}, settings)
    assert launch.check_input("quotes", {"tag": "love"}, settings).name == "quotes"


# --- The name resolver -----------------------------------------------------------------


class _Receiver:
    """What Twisted's connection code gives a resolver: it records what it is told."""

    def __init__(self) -> None:
        self.addresses: list[object] = []
        self.complete = asyncio.Event()

    def resolutionBegan(self, resolution: object) -> None:  # noqa: N802 - Twisted's interface
        self.resolution = resolution

    def addressResolved(self, address: object) -> None:  # noqa: N802
        self.addresses.append(address)

    def resolutionComplete(self) -> None:  # noqa: N802
        self.complete.set()


@pytest.mark.parametrize("cancel", [False, True])
def test_loop_resolver_resolves_and_cancels(cancel: bool) -> None:
    """The resolver on the loop's executor gives 127.0.0.1's address; a cancelled lookup completes with none."""

    async def resolve() -> list[object]:
        receiver = _Receiver()
        _LoopResolver(asyncio.get_running_loop()).resolveHostName(receiver, "127.0.0.1", 80, [IPv4Address])
        if cancel:
            receiver.resolution.cancel()
        await asyncio.wait_for(receiver.complete.wait(), 10)
        return receiver.addresses

    addresses = asyncio.run(resolve())
    assert addresses == ([] if cancel else [IPv4Address("TCP", "127.0.0.1", 80)])


# --- Wrong setups --------------------------------------------------------------------


def last_line(result: Result) -> str:
    return result.stderr.strip().splitlines()[-1]


def raised_by_runtime(result: Result) -> bool:
    """The traceback's innermost frame is the runtime's own check, and no other exception is chained to it."""
    frames = [line for line in result.stderr.splitlines() if line.lstrip().startswith("File ")]
    innermost = frames[-1].replace("\\", "/")
    chained = "During handling of the above exception" in result.stderr or "direct cause" in result.stderr
    return ("crawler/runtime.py" in innermost or "crawler/args.py" in innermost) and not chained


@pytest.mark.parametrize(
    ("case", "error"),
    [
        (
            "proactor-loop",
            "crawler.errors.UnsupportedLoop: the running event loop (ProactorLikeLoop) cannot watch sockets",
        ),
        ("reactor-imported", "crawler.errors.WrongReactor: wrong reactor: Twisted's "),
        (
            "run-in-loop",
            "crawler.errors.LoopAlreadyRunning: run() blocks, so it cannot run inside a running event loop; "
            "there, use `await crawl(...)`",
        ),
        (
            "other-loop",
            "crawler.errors.WrongReactor: wrong reactor: this process's Twisted reactor was installed "
            "on another event loop",
        ),
        ("bad-argument", "crawler.errors.BadArgument: -a colour: unknown argument (got 'red')"),
    ],
)
def test_wrong_setup_fails_at_once_with_one_line(server: FixtureServer, case: str, error: str) -> None:
    """Each wrong setup ends with the project's one-line error, raised by its own check before any request."""
    result = script("wrong_setup", case, server.url, timeout=60)
    assert result.returncode == 1
    assert last_line(result).startswith(error), result.stderr[-2000:]
    assert raised_by_runtime(result), result.stderr[-2000:]
    assert "NotImplementedError" not in result.stderr
    assert_quiet_shutdown(result)


def test_wrong_reactor_message_names_the_cause(server: FixtureServer) -> None:
    """The wrong-reactor line says which reactor is installed and that an import of twisted.internet.reactor did it."""
    message = last_line(script("wrong_setup", "reactor-imported", server.url, timeout=60))
    assert "Reactor is installed because something imported twisted.internet.reactor before the first crawl" in message
    assert "AsyncioSelectorReactor is installed" not in message


def test_proactor_policy_of_the_host_is_not_used(server: FixtureServer, quotes_truth: list[dict]) -> None:
    """A host that installed a Proactor-like loop policy still gets its crawl, on the runtime's selector loop."""
    result = script("wrong_setup", "proactor-policy", server.url)
    assert "host loop: ProactorLikeLoop" in result.stdout  # control: the policy is in force
    crawl = summaries(result)["run"]
    quotes, authors = truth_for("love", quotes_truth)
    assert crawl == {"quotes": quotes, "authors": authors, "other": [], "finish_reason": "finished"}
    assert "loops made by the policy: 1" in result.stdout  # only the host's own loop
    assert_quiet_shutdown(result)


# --- python -m crawler -----------------------------------------------------------------


def test_python_m_crawler_writes_the_output_file(
    server: FixtureServer, tmp_path: Path, quotes_truth: list[dict]
) -> None:
    """`python -m crawler quotes -a ... -O out.jsonl` writes the tag's quotes and authors there alone; exit 0."""
    out = tmp_path / "out.jsonl"
    result = proc(
        "-m",
        "crawler",
        "quotes",
        "-a",
        f"base_url={server.url}",
        "-a",
        "tag=love",
        "-O",
        out,
        cwd=tmp_path,
        env={**STRICT_ENV, "PYTHONPATH": str(ROOT)},
    )
    assert not (tmp_path / "output").exists()  # -O names the only output, as with `scrapy crawl`
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert "Runtime: reactor AsyncioSelectorReactor, asyncio loop" in result.stderr
    assert "'runtime/selector_loop': True," in result.stderr
    items = read_jsonl(out)
    quotes, authors = truth_for("love", quotes_truth)
    assert sorted([i["text"], i["author"]] for i in items if "text" in i) == quotes
    assert sorted(i["name"] for i in items if "bio" in i) == authors
    assert_quiet_shutdown(result)


def test_python_m_crawler_without_output_writes_project_feeds(server: FixtureServer, tmp_path: Path) -> None:
    """Without -o/-O, `python -m crawler` writes the project's per-type feeds, as `scrapy crawl` does."""
    result = proc(
        "-m",
        "crawler",
        "crawl",
        "quotes",
        "-a",
        f"base_url={server.url}",
        "-a",
        "tag=simile",
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    quotes = read_jsonl(tmp_path / "output" / "quotes" / "quotes.jsonl")
    authors = read_jsonl(tmp_path / "output" / "quotes" / "authors.jsonl")
    assert quotes
    assert {q["author"] for q in quotes} == {a["name"] for a in authors}


def test_python_m_crawler_exits_1_for_a_failed_crawl(server: FixtureServer, tmp_path: Path) -> None:
    """A crawl the site refuses (login without the session cookie) exits 1, as the project's `scrapy crawl` does."""
    login = ["quotes_login", "-a", f"base_url={server.url}", "-a", "username=reader", "-a", "password=any"]
    refused = proc("-m", "crawler", *login, "-s", "COOKIES_ENABLED=False", "-O", tmp_path / "out.jsonl")
    assert refused.returncode == 1, refused.stderr[-3000:]
    assert "Closing spider (failed: login refused" in refused.stderr
    accepted = proc("-m", "crawler", *login, "-a", "tag=simile", "-O", tmp_path / "out.jsonl")
    assert accepted.returncode == 0, accepted.stderr[-3000:]  # control: with cookies the login succeeds


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["quotes", "-a", "colour=red"], "python -m crawler: error: -a colour: unknown argument (got 'red')"),
        (["quotes", "-a", "base_url=ftp://x/"], "python -m crawler: error: -a base_url: must be an absolute http://"),
        (["nope"], "python -m crawler: error: no spider named 'nope' (spiders: "),
    ],
)
def test_python_m_crawler_bad_argument_is_one_line(arguments: list[str], message: str) -> None:
    """A bad spider name or argument: exit 2 and one error line, before any log line."""
    result = proc("-m", "crawler", *arguments)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert result.stderr.startswith(message)


# --- Ctrl-C --------------------------------------------------------------------------


COMMANDS = {
    "scrapy crawl": [SCRAPY, "crawl", "quotes"],
    "python -m crawler": [sys.executable, "-m", "crawler", "quotes"],
}
# What both commands exit with after a second Ctrl-C: the crawl did not finish cleanly.
FORCED_STATUS = 1


def interrupt(command: list[str], url: str, tmp_path: Path, times: int) -> tuple[int, float, int, Path, str]:
    """Crawl into out.jsonl and send SIGINT `times` times once items appear.

    Returns the exit status, the seconds it took to end, the items seen before the signal, out.jsonl and the log.
    """
    out, log = tmp_path / "out.jsonl", tmp_path / "stderr.txt"
    with log.open("w", encoding="utf-8") as stderr:
        process = subprocess.Popen(
            # Without AutoThrottle's waits, requests are always in flight: the graceful stop takes a while.
            [*command, "-a", f"base_url={url}", "-O", str(out), "-s", "AUTOTHROTTLE_ENABLED=False"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env={**os.environ, **STRICT_ENV, "PYTHONIOENCODING": "utf-8"},
        )
        try:
            deadline = time.monotonic() + 60
            # Past the first page (10 quotes, written as they come): later pages' requests are then in flight.
            while not (out.exists() and out.read_bytes().count(b"\n") >= 15):
                assert time.monotonic() < deadline, "no items within 60 s"
                assert process.poll() is None, "the crawl ended before it could be interrupted"
                time.sleep(0.05)
            seen = out.read_bytes().count(b"\n")
            for _ in range(times):
                process.send_signal(signal.SIGINT)
                # Long enough for the first handler to run, short of the graceful stop's own end.
                time.sleep(0.02)
            sent = time.monotonic()
            status = process.wait(timeout=60)
            return status, time.monotonic() - sent, seen, out, log.read_text(encoding="utf-8")
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


windows_skip = pytest.mark.skipif(
    sys.platform == "win32",
    reason="Windows delivers Ctrl-C to a whole console (CTRL_C_EVENT), pytest included, not to one child process",
)


@windows_skip
@pytest.mark.server_options("--delay", "0.2")
@pytest.mark.parametrize("name", COMMANDS)
def test_first_ctrl_c_stops_gracefully(name: str, fresh_server: FixtureServer, tmp_path: Path) -> None:
    """One SIGINT mid-crawl: the process ends soon with status 0, reason `shutdown`, and a whole JSON Lines file."""
    status, seconds, seen, out, log = interrupt(COMMANDS[name], fresh_server.url, tmp_path, times=1)
    assert status == 0, log[-3000:]
    assert seconds < 20
    assert "Received SIGINT, shutting down gracefully" in log
    assert "'finish_reason': 'shutdown'" in log
    assert out.read_bytes().endswith(b"\n")
    items = read_jsonl(out)  # fails on a torn line
    assert seen <= len(items) < 150  # stopped before the end: the site has 150 items
    for noise in SHUTDOWN_NOISE:
        assert noise not in log


@windows_skip
@pytest.mark.server_options("--delay", "0.2")
@pytest.mark.parametrize("name", COMMANDS)
def test_second_ctrl_c_forces_the_stop(name: str, fresh_server: FixtureServer, tmp_path: Path) -> None:
    """Two SIGINTs: the process ends at once, and every line already in out.jsonl is a whole item."""
    status, seconds, seen, out, log = interrupt(COMMANDS[name], fresh_server.url, tmp_path, times=2)
    assert status == FORCED_STATUS, log[-3000:]
    assert seconds < 10
    assert "Received SIGINT twice, forcing unclean shutdown" in log
    items = read_jsonl(out)
    assert seen <= len(items) < 150
    for noise in SHUTDOWN_NOISE:
        assert noise not in log


# --- The garbage collector ---------------------------------------------------------


@pytest.mark.parametrize("command", ["scrapy crawl", "python -m crawler"])
def test_command_line_crawls_freeze_the_startup_heap(server: FixtureServer, tmp_path: Path, command: str) -> None:
    """Both command-line crawls set their start-up objects aside from the collector before crawling."""
    extensions = json.dumps({**project_settings.EXTENSIONS, "tests.heapprobe.FrozenObjects": 0})
    args = ["quotes", "-a", f"base_url={server.url}", "-O", tmp_path / "out.jsonl", "-s", f"EXTENSIONS={extensions}"]
    result = scrapy("crawl", *args) if command == "scrapy crawl" else proc("-m", "crawler", *args)
    assert result.returncode == 0, result.stderr[-3000:]
    frozen = [int(line.rsplit(" ", 1)[1]) for line in result.stderr.splitlines() if "Frozen objects: " in line]
    assert len(frozen) == 1
    assert frozen[0] > 10_000  # Scrapy, Twisted and the project's modules, at least.
