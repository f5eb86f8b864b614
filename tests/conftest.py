"""Shared fixtures: the one fixture server, ground truth, and a runner for fresh interpreters."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

# Programs the tests start in a fresh interpreter, not tests.
collect_ignore = ["scripts"]

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"

# Proxies from the environment would send 127.0.0.1 traffic elsewhere.
for _name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
    os.environ.pop(_name, None)
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-expected",
        action="store_true",
        help="rewrite tests/data/<domain>/expected.jl from a crawl of each site's replay, for a person to review",
    )


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


# The `scrapy` command installed with this interpreter: its scripts folder is bin/ beside python in a venv,
# but Scripts\ below python.exe in a Windows install without a venv, hence sysconfig rather than sys.executable.
SCRIPTS = sysconfig.get_path("scripts")
SCRAPY = shutil.which("scrapy", path=SCRIPTS) or "scrapy"
# Every warning is an error in every child process run() starts. A filter by category would not do:
# ScrapyDeprecationWarning, which Scrapy raises for deprecated APIs, is no DeprecationWarning.
WARNINGS_ENV = {"PYTHONWARNINGS": "error"}
# The same plus Python's development mode: unclosed transports reported, asyncio's debug checks on.
STRICT_ENV = {**WARNINGS_ENV, "PYTHONDEVMODE": "1"}


def run(command: list[str | Path], timeout: float = 120, cwd: Path = ROOT, env: dict[str, str] | None = None) -> Result:
    """Run a command from the project root and collect its output; fail the test on timeout."""
    command = [str(part) for part in command]
    process = subprocess.Popen(
        command,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **WARNINGS_ENV, **(env or {})},
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        # Bounded, unlike subprocess.run's own wait after a kill: on Windows that waits for the end of the pipes,
        # which never comes while a grandchild still holds them.
        try:
            stderr = process.communicate(timeout=10)[1]
        except subprocess.TimeoutExpired:
            stderr = "(none: the pipes stayed open after the kill)"
            _abandon_pipes(process)
        process.wait()
        pytest.fail(f"{command} did not finish in {timeout}s; stderr so far:\n{stderr}")
    return Result(process.returncode, stdout, stderr)


# Killed children whose pipes a grandchild still held, kept from the garbage collector (see _abandon_pipes).
_abandoned: list[subprocess.Popen[str]] = []


def _abandon_pipes(process: subprocess.Popen[str]) -> None:
    """Close a killed child's pipes, or on Windows leave them to subprocess's reader threads blocked on them
    (closing a pipe that a thread is reading blocks too), held here so that they are not collected unclosed."""
    if sys.platform == "win32":
        _abandoned.append(process)
        return
    for pipe in (process.stdout, process.stderr):
        if pipe is not None:
            pipe.close()


# What an event loop, transport or task left behind at shutdown prints; none of it may appear.
SHUTDOWN_NOISE = ("Event loop is closed", "unclosed", "Task was destroyed", "Exception ignored in")
# How Python prints a warning, to stderr or through logging: `path.py:66: ScrapyDeprecationWarning: text`.
# (Scrapy's log level WARNING is another thing, and a scraped text may well say "Warning:".)
WARNING_LINE = re.compile(r":\d+: \w*Warning: ")


def assert_clean(result: Result) -> None:
    """A crawl that exited 0 with no ERROR line, no warning, no traceback and nothing left behind at shutdown."""
    assert result.returncode == 0, result.stderr[-3000:]
    for line in result.stderr.splitlines():
        assert " ERROR: " not in line, line
        assert not WARNING_LINE.search(line), line
    assert "Traceback" not in result.stderr
    for noise in SHUTDOWN_NOISE:
        assert noise not in result.stderr


def proc(*args: str | Path, timeout: float = 120, cwd: Path = ROOT, env: dict[str, str] | None = None) -> Result:
    """`python <args>` in a fresh interpreter."""
    return run([sys.executable, *args], timeout=timeout, cwd=cwd, env=env)


def scrapy(*args: str | Path, timeout: float = 120, cwd: Path = ROOT, env: dict[str, str] | None = None) -> Result:
    """`scrapy <args>` run the way a user runs it, in the project folder."""
    return run([SCRAPY, *args], timeout=timeout, cwd=cwd, env=env)


class FixtureServer:
    """A running `python -m tests.fixtureserver`; `url` ends with a slash."""

    def __init__(self, *options: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.fixtureserver", *options],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().strip()
        if not self.url.startswith("http://127."):
            self.stop()
            raise RuntimeError(f"fixture server did not start (said {self.url!r})")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout:
            self.process.stdout.close()


class RunningServer:
    """A fixture server started by someone else, at `url` (FIXTURE_SERVER_URL)."""

    def __init__(self, url: str) -> None:
        self.url = url if url.endswith("/") else f"{url}/"

    def stop(self) -> None:
        pass


@pytest.fixture(scope="session")
def server() -> Iterator[FixtureServer | RunningServer]:
    """The shared fixture server; tests must not change its state.

    FIXTURE_SERVER_URL names one already running (the Windows set under Wine uses the Linux side's).
    """
    if os.environ.get("FIXTURE_SERVER_URL"):
        yield RunningServer(os.environ["FIXTURE_SERVER_URL"])
        return
    running = FixtureServer()
    yield running
    running.stop()


@pytest.fixture
def fresh_server(request: pytest.FixtureRequest) -> Iterator[FixtureServer]:
    """A server of its own for a test that changes server state; options from `@pytest.mark.server_options(...)`."""
    marker = request.node.get_closest_marker("server_options")
    running = FixtureServer(*(marker.args if marker else ()))
    yield running
    running.stop()


@pytest.fixture
def unreachable_url() -> str:
    """A URL on 127.0.0.1 where nothing listens (the port was just free)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


def read_jsonl(path: Path) -> list[dict]:
    """Every line of a JSON Lines file, each parsed; a torn line fails the test."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="session")
def quotes_truth() -> list[dict]:
    return read_jsonl(DATA / "quotes.toscrape.com" / "quotes.jl")


@pytest.fixture(scope="session")
def authors_truth() -> list[dict]:
    return read_jsonl(DATA / "quotes.toscrape.com" / "authors.jl")
