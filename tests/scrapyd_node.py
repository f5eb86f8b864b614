"""Real Scrapyd processes for tests: from deploy/scrapyd.conf, each in a temporary folder on a free port."""

from __future__ import annotations

import base64
import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest

from tests.conftest import ROOT

if TYPE_CHECKING:
    from pathlib import Path

# Variables that would let a job import the checkout, or pick settings, instead of using the deployed egg.
LEAKY_ENV = ("PYTHONPATH", "SCRAPY_SETTINGS_MODULE", "SCRAPY_PROJECT", "SCRAPYD_USERNAME", "SCRAPYD_PASSWORD")
JOB_TIMEOUT = 120
# Every warning is an error in Scrapyd, its jobs' crawls and the deploy client, but for two of setuptools that
# Scrapyd 1.6 and scrapyd-deploy cannot avoid: each job's runner imports pkg_resources (hence setuptools<81 in
# requirements-deploy.txt), and the egg is built with `setup.py bdist_egg`, whose install step is deprecated.
SCRAPYD_WARNINGS_ENV = {
    "PYTHONWARNINGS": "error,ignore:pkg_resources is deprecated as an API,ignore:setup.py install is deprecated"
}


def require_scrapyd() -> None:
    """Skip the calling test module where Scrapyd is not installed; fail instead under CI, which must run it."""
    if importlib.util.find_spec("scrapyd") is None or importlib.util.find_spec("scrapyd_client") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must run the Scrapyd tests: requirements-test.txt installs requirements-deploy.txt")
        pytest.skip("Scrapyd is not installed here (pip install -r requirements-deploy.txt)", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def clean_env() -> dict[str, str]:
    """This environment without the variables that leak the checkout, with Scrapyd's warning filters."""
    return {**{name: value for name, value in os.environ.items() if name not in LEAKY_ENV}, **SCRAPYD_WARNINGS_ENV}


@dataclass
class Scrapyd:
    """A Scrapyd this test session started: its URL, the account it demands, its folder and its process."""

    url: str
    username: str
    password: str
    home: Path
    env: dict[str, str]
    process: subprocess.Popen[bytes] | None = None

    @property
    def account(self) -> dict[str, str]:
        """The environment a client needs to be let in."""
        return {"SCRAPYD_USERNAME": self.username, "SCRAPYD_PASSWORD": self.password}

    def call(
        self, endpoint: str, data: dict[str, str | list[str]] | None = None, auth: bool = True, **query: str
    ) -> tuple[int, dict]:
        """POST `data` (or GET, without it) to one JSON endpoint; (HTTP status, parsed body or {})."""
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        url = f"{self.url}/{endpoint}" + (f"?{urllib.parse.urlencode(query)}" if query else "")
        request = urllib.request.Request(url, data=body)
        if auth:
            token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
            request.add_header("Authorization", f"Basic {token}")
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status, json.loads(answer.read())
        except urllib.error.HTTPError as error:
            error.close()
            return error.code, {}

    def api(self, endpoint: str, data: dict[str, str | list[str]] | None = None, **query: str) -> dict:
        """An authenticated call that must succeed."""
        status, answer = self.call(endpoint, data, **query)
        assert status == 200, (endpoint, status, self.log_tail())
        assert answer.get("status") == "ok", (endpoint, answer, self.log_tail())
        return answer

    def fetch(self, path: str) -> str:
        """A file Scrapyd serves (a job's log or items), as text."""
        request = urllib.request.Request(self.url + path)
        token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.read().decode("utf-8")

    def schedule(self, spider: str, *settings: str, **arguments: str) -> str:
        data: dict[str, str | list[str]] = {"project": "crawler", "spider": spider, **arguments}
        if settings:
            data["setting"] = list(settings)
        return self.api("schedule.json", data)["jobid"]

    def job(self, job_id: str) -> tuple[str, dict] | None:
        """(state, listjobs entry) of one job, or None while Scrapyd does not list it."""
        jobs = self.jobs()
        for state in ("pending", "running", "finished"):
            for entry in jobs[state]:
                if entry["id"] == job_id:
                    return state, entry
        return None

    def wait(self, job_id: str, until: str = "finished", timeout: float = JOB_TIMEOUT) -> dict:
        """Poll listjobs.json until the job reaches `until`; fail after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.job(job_id)
            if found and found[0] == until:
                return found[1]
            time.sleep(0.3)
        pytest.fail(f"job {job_id} not {until} after {timeout}s: {self.job(job_id)}\n{self.log_tail()}")

    def jobs(self) -> dict[str, list[dict]]:
        """listjobs.json of every project: pending, running and finished entries."""
        return self.api("listjobs.json")

    def log_tail(self) -> str:
        return (self.home / "scrapyd.out").read_text(encoding="utf-8", errors="replace")[-4000:]

    def start(self) -> None:
        """Start (or start again) on the same port and folder; return once daemonstatus.json answers."""
        port = urllib.parse.urlsplit(self.url).port
        server_env = {**self.env, **self.account, "SCRAPYD_HTTP_PORT": str(port), "PYTHONIOENCODING": "utf-8"}
        with (self.home / "scrapyd.out").open("ab") as out:
            # cwd is the temporary folder: Scrapyd reads ./scrapyd.conf there, and its jobs cannot import the checkout.
            self.process = subprocess.Popen(
                [sys.executable, "-m", "scrapyd"], cwd=self.home, env=server_env, stdout=out, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + 30
        while True:
            if self.process.poll() is not None:
                pytest.fail(f"Scrapyd exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                if self.call("daemonstatus.json")[0] == 200:
                    return
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                pytest.fail(f"Scrapyd did not answer in 30s:\n{self.log_tail()}")
            time.sleep(0.2)

    def stop(self) -> None:
        """Stop the Scrapyd process by its PID (its running jobs are left to end by themselves)."""
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


def node_home(home: Path) -> Path:
    """`home` set up as deploy/ is: Scrapyd's configuration and the application it names."""
    for name in ("scrapyd.conf", "account.py"):
        shutil.copy(ROOT / "deploy" / name, home / name)
    return home


def start_scrapyd(home: Path, username: str, password: str, **env: str) -> Scrapyd:
    """A Scrapyd from the project's deploy/ in `home`, started on a free port with this account (and `env`)."""
    node = Scrapyd(f"http://127.0.0.1:{free_port()}", username, password, node_home(home), {**clean_env(), **env})
    node.start()
    return node


def checkout_copy(destination: Path, deploy_url: str | None = None) -> Path:
    """The files an egg is built from, copied so that building it leaves nothing in the checkout."""
    # shutil.copy, not copytree's default copy2: on Windows, Python 3.12's copy2 calls CopyFile2, which Wine 8.0
    # lacks (the process aborts); the egg needs the files' contents, not their times.
    shutil.copytree(
        ROOT / "crawler",
        destination / "crawler",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
        copy_function=shutil.copy,
    )
    shutil.copy(ROOT / "setup.py", destination / "setup.py")
    config = (ROOT / "scrapy.cfg").read_text(encoding="utf-8")
    if deploy_url:
        # A named target inherits project and credentials from the committed [deploy] section.
        config += f"\n[deploy:test]\nurl = {deploy_url}\n"
    (destination / "scrapy.cfg").write_text(config, encoding="utf-8")
    return destination
