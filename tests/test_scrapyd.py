"""Scrapyd end to end: a real Scrapyd from deploy/scrapyd.conf, this checkout deployed as an egg, jobs run."""

from __future__ import annotations

import configparser
import json
import secrets
import shutil
import sys
import time
from typing import TYPE_CHECKING

import pytest

from tests import books_replica
from tests.conftest import ROOT, SCRIPTS, WARNING_LINE, Result, proc, run
from tests.scrapyd_node import (
    JOB_TIMEOUT,
    Scrapyd,
    checkout_copy,
    clean_env,
    free_port,
    node_home,
    require_scrapyd,
    start_scrapyd,
)
from tests.test_books_crawl import expected
from tests.test_quotes_crawl import expected_quote, split

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from tests.conftest import FixtureServer

require_scrapyd()

pytestmark = [
    pytest.mark.slow,
    # Shown by `.ci/windows` (python -c "from twisted.python.filepath import FilePath; FilePath('.').child('x')").
    pytest.mark.skipif(
        sys.platform == "win32" and sys.version_info[:2] == (3, 12),
        reason="Twisted 26.10.0's FilePath.child() raises NameError (PureWindowsPath) on Windows with Python 3.12, "
        "and Scrapyd stores and finds every egg through it",
    ),
]

# The quotes site's password, given to Scrapyd's environment rather than to any command line.
SITE_PASSWORD = "site-s3cret"
# A variable of Scrapyd's environment that its jobs do see, the control for the account they do not.
VISIBLE = {"CRAWLER_TEST_VISIBLE": "seen-by-jobs"}
REFUSAL = "scrapyd: refusing to start without an account: set SCRAPYD_USERNAME and SCRAPYD_PASSWORD"

# The commands a user runs, installed with this interpreter (Scripts\*.exe on Windows; see conftest.SCRIPTS).
SCRAPYD_DEPLOY = shutil.which("scrapyd-deploy", path=SCRIPTS) or "scrapyd-deploy"
SCRAPYD_CLIENT = shutil.which("scrapyd-client", path=SCRIPTS) or "scrapyd-client"


@pytest.fixture(scope="module")
def scrapyd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scrapyd]:
    """Scrapyd from the project's deploy/scrapyd.conf, in a temporary folder, on a free port, with its own account."""
    home = tmp_path_factory.mktemp("scrapyd")
    running = start_scrapyd(home, "tester", secrets.token_hex(8), QUOTES_PASSWORD=SITE_PASSWORD, **VISIBLE)
    try:
        yield running
    finally:
        running.stop()


def _deploy(scrapyd: Scrapyd, source: Path, *options: str, credentials: bool = True) -> Result:
    account = {"SCRAPYD_USERNAME": scrapyd.username, "SCRAPYD_PASSWORD": scrapyd.password} if credentials else {}
    return run([SCRAPYD_DEPLOY, "test", *options], cwd=source, env={**scrapyd.env, **account}, timeout=120)


@pytest.fixture(scope="module")
def deployed(scrapyd: Scrapyd, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    """This checkout deployed with `scrapyd-deploy` to the project `crawler`, credentials from the environment."""
    source = checkout_copy(tmp_path_factory.mktemp("checkout"), scrapyd.url)
    result = _deploy(scrapyd, source)
    assert result.returncode == 0, result.stderr + result.stdout + scrapyd.log_tail()
    return source, result


@pytest.fixture(scope="module")
def quotes_job(scrapyd: Scrapyd, deployed: tuple[Path, Result], server: FixtureServer) -> tuple[dict, list[dict], str]:
    """One whole `quotes` job scheduled through schedule.json against the replayed site: (entry, items, log)."""
    job_id = scrapyd.schedule("quotes", base_url=server.url)
    entry = scrapyd.wait(job_id)
    items = [json.loads(line) for line in scrapyd.fetch(entry["items_url"]).splitlines()]
    return entry, items, scrapyd.fetch(entry["log_url"])


def test_deploy_reports_the_spiders(scrapyd: Scrapyd, deployed: tuple[Path, Result]) -> None:
    """scrapyd-deploy gets Scrapyd's "ok" with the spider count, and listspiders.json names `quotes`."""
    _, result = deployed
    answer = json.loads(result.stdout)
    assert answer["status"] == "ok"
    assert answer["project"] == "crawler"
    spiders = scrapyd.api("listspiders.json", project="crawler")["spiders"]
    assert "quotes" in spiders
    assert answer["spiders"] == len(spiders)


def test_scrapyd_client_commands_work(scrapyd: Scrapyd, deployed: tuple[Path, Result]) -> None:
    """The scrapyd-client commands README shows reach the target URL as written (no trailing slash)."""
    source, _ = deployed
    account = {"SCRAPYD_USERNAME": scrapyd.username, "SCRAPYD_PASSWORD": scrapyd.password}
    projects = run([SCRAPYD_CLIENT, "projects", "-t", "test"], cwd=source, env={**scrapyd.env, **account})
    assert projects.returncode == 0, projects.stderr
    assert projects.stdout.split() == ["crawler"], projects.stdout
    spiders = run(
        [SCRAPYD_CLIENT, "spiders", "-t", "test", "-p", "crawler"], cwd=source, env={**scrapyd.env, **account}
    )
    assert spiders.returncode == 0, spiders.stderr
    assert "  quotes" in spiders.stdout.splitlines(), spiders.stdout


def test_egg_carries_the_project(scrapyd: Scrapyd, deployed: tuple[Path, Result]) -> None:
    """Jobs can only import `crawler` from the deployed egg, and the egg holds every file of the package."""
    import zipfile

    control = proc("-c", "import crawler", cwd=scrapyd.home, env=scrapyd.env)
    assert control.returncode == 1
    assert "No module named 'crawler'" in control.stderr
    (egg,) = (scrapyd.home / "var" / "eggs" / "crawler").glob("*.egg")
    with zipfile.ZipFile(egg) as archive:
        packed = {name for name in archive.namelist() if name.startswith("crawler/")}
    source, _ = deployed
    shipped = {
        path.relative_to(source).as_posix()
        for path in (source / "crawler").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert packed == shipped


def test_package_builds_no_paths_from_file() -> None:
    """No module of `crawler` reads files through `__file__`: inside a zipped egg those paths do not exist."""
    modules = (ROOT / "crawler").rglob("*.py")
    offenders = [str(path) for path in modules if "__file__" in path.read_text(encoding="utf-8")]
    assert offenders == [], "read package data with importlib.resources.files('crawler...') instead"


def test_quotes_job_items_equal_truth(
    quotes_job: tuple[dict, list[dict], str], quotes_truth: list[dict], authors_truth: list[dict]
) -> None:
    """The job's items file (Scrapyd's items_dir, over HTTP) holds exactly the 100 quotes and 50 authors."""
    _, items, _ = quotes_job
    quotes, authors = split(items)
    got = sorted((q["text"], q["author"], tuple(q["tags"])) for q in quotes)
    assert got == sorted(expected_quote(t) for t in quotes_truth)
    assert sorted(a["name"] for a in authors) == sorted(t["name"] for t in authors_truth)


def test_quotes_job_log_is_clean(scrapyd: Scrapyd, quotes_job: tuple[dict, list[dict], str]) -> None:
    """The job's log has no ERROR line, no warning, a normal finish, and Scrapyd's feed replaced the project's FEEDS."""
    _, _, log = quotes_job
    assert log.strip(), "empty job log"
    assert " ERROR: " not in log
    assert not WARNING_LINE.search(log)
    assert "'finish_reason': 'finished'" in log
    assert "Stored jsonlines feed (150 items) in: file://" in log
    # Items by type, which the cluster command checks each shard's items file against.
    assert "'crawler/scraped/Author': 50," in log
    assert "'crawler/scraped/Quote': 100," in log
    # The project's own FEEDS would have written output/quotes/*.jsonl under the job's working folder.
    assert not (scrapyd.home / "output").exists()


def test_bad_argument_fails_the_job_with_one_line_in_its_log(scrapyd: Scrapyd, deployed: tuple[Path, Result]) -> None:
    """A bad schedule.json argument ends the job at once, its log saying which argument and why."""
    job_id = scrapyd.schedule("quotes", base_url="ftp://example.com/")
    entry = scrapyd.wait(job_id)
    assert entry["log_url"], "the job wrote no log"
    log = scrapyd.fetch(entry["log_url"])
    errors = [line for line in log.splitlines() if " ERROR: " in line]
    assert len(errors) == 1, log
    assert errors[0].endswith("-a base_url: must be an absolute http:// or https:// URL (got 'ftp://example.com/')")
    assert "Spider opened" not in log
    assert "Traceback" not in log
    assert entry["items_url"] is None


@pytest.mark.parametrize("setting", ["REMOTE_CONTROL_ENABLED=True", "TELNETCONSOLE_ENABLED=True"])
def test_code_running_ports_are_refused_from_schedule(
    scrapyd: Scrapyd, deployed: tuple[Path, Result], server: FixtureServer, setting: str
) -> None:
    """A schedule.json setting that would open a code-running port ends the job before the crawl: one log line."""
    job_id = scrapyd.schedule("quotes", setting, base_url=server.url)
    entry = scrapyd.wait(job_id)
    log = scrapyd.fetch(entry["log_url"])
    errors = [line for line in log.splitlines() if " ERROR: " in line]
    assert len(errors) == 1, log
    name = setting.partition("=")[0]
    assert errors[0].endswith(
        f"-s {name}: refused from the command line and Scrapyd: it opens a port that runs code in "
        "the crawl (set it in settings.py if you mean it)"
    )
    assert "Spider opened" not in log
    assert entry["items_url"] is None


def test_cancel_keeps_a_valid_partial_feed(
    scrapyd: Scrapyd, deployed: tuple[Path, Result], server: FixtureServer, quotes_truth: list[dict]
) -> None:
    """cancel.json on a slowed job stops it gracefully: every item scraped before the stop is a whole JSON line."""
    # At DEBUG, whose "Scraped from" lines tell when enough items are in.
    job_id = scrapyd.schedule(
        "quotes", "DOWNLOAD_DELAY=0.4", "AUTOTHROTTLE_ENABLED=False", "LOG_LEVEL=DEBUG", base_url=server.url
    )
    deadline = time.monotonic() + JOB_TIMEOUT
    while True:
        state, entry = scrapyd.job(job_id) or ("unlisted", {})
        assert state in ("unlisted", "pending", "running"), f"the slowed job ended before the cancel: {entry}"
        # Scrapyd gives a running job's log_url once the file exists.
        if entry.get("log_url") and scrapyd.fetch(entry["log_url"]).count("DEBUG: Scraped from") >= 15:
            break
        assert time.monotonic() < deadline, "the slowed job scraped too little"
        time.sleep(0.3)
    assert scrapyd.api("cancel.json", {"project": "crawler", "job": job_id})["prevstate"] == "running"
    entry = scrapyd.wait(job_id)
    log = scrapyd.fetch(entry["log_url"])
    lines = scrapyd.fetch(entry["items_url"]).splitlines()
    items = [json.loads(line) for line in lines]  # a torn last line fails here
    assert "'finish_reason': 'shutdown'" in log
    assert f"'item_scraped_count': {len(items)}," in log
    assert 15 <= len(items) < 150  # stopped mid-way, not after the whole site
    quotes, _ = split(items)
    truth = {expected_quote(t) for t in quotes_truth}
    assert quotes
    assert all((q["text"], q["author"], tuple(q["tags"])) in truth for q in quotes)


def test_requests_without_credentials_are_refused(scrapyd: Scrapyd, deployed: tuple[Path, Result]) -> None:
    """With authentication on, schedule.json and scrapyd-deploy without (or with wrong) credentials get 401."""
    assert scrapyd.call("schedule.json", {"project": "crawler", "spider": "quotes"}, auth=False)[0] == 401
    assert scrapyd.call("listjobs.json", auth=False)[0] == 401
    wrong = Scrapyd(scrapyd.url, scrapyd.username, "not-the-password", scrapyd.home, scrapyd.env)
    assert wrong.call("daemonstatus.json")[0] == 401
    source, _ = deployed
    refused = _deploy(scrapyd, source, credentials=False)
    assert refused.returncode == 1
    assert "Deploy failed (401)" in refused.stderr
    # The control: the same deploy with the account succeeds.
    assert _deploy(scrapyd, source).returncode == 0


def test_egg_that_cannot_import_fails_at_deploy(scrapyd: Scrapyd, tmp_path: Path) -> None:
    """An egg whose spider imports a package missing on the server is rejected at deploy, with Scrapyd's message."""
    source = checkout_copy(tmp_path, scrapyd.url)
    (source / "crawler" / "spiders" / "needs_missing.py").write_text("import crawler_missing_dependency\n")
    result = _deploy(scrapyd, source, "-p", "broken")
    answer = json.loads(result.stdout)
    assert answer["status"] == "error"
    assert "ModuleNotFoundError: No module named 'crawler_missing_dependency'" in answer["message"]
    # Scrapyd keeps the version it could not load, so scheduling from it fails too, not later in a job.
    status, refused = scrapyd.call("schedule.json", {"project": "broken", "spider": "quotes"})
    assert status == 200
    assert refused["status"] == "error"


def test_books_job_items_equal_truth(scrapyd: Scrapyd, deployed: tuple[Path, Result], server: FixtureServer) -> None:
    """A `books` job against the 1,000-book replica returns every book once, each equal to the ground truth."""
    site = server.url + "books/"
    job_id = scrapyd.schedule("books", "AUTOTHROTTLE_ENABLED=False", base_url=site)
    entry = scrapyd.wait(job_id)
    # Split on newlines only: descriptions hold characters str.splitlines() would also split on.
    books = [json.loads(line) for line in scrapyd.fetch(entry["items_url"]).split("\n") if line]
    want = expected(list(books_replica.truth_rows(books_replica.catalogue())), site)
    assert len(books) == 1000
    assert all(book.pop("images") == [] for book in books)  # cover downloads are off by default
    assert {book["upc"]: book for book in books} == want
    assert " ERROR: " not in scrapyd.fetch(entry["log_url"])


@pytest.mark.parametrize(
    "account",
    [{}, {"SCRAPYD_USERNAME": "crawler"}, {"SCRAPYD_USERNAME": "crawler", "SCRAPYD_PASSWORD": ""}],
    ids=["none", "no-password", "empty-password"],
)
def test_node_without_account_refuses_to_start(tmp_path: Path, account: dict[str, str]) -> None:
    """Scrapyd from deploy/ without SCRAPYD_USERNAME and SCRAPYD_PASSWORD exits at once with one line."""
    port = free_port()
    env = {**clean_env(), **account, "SCRAPYD_HTTP_PORT": str(port)}
    result = proc("-m", "scrapyd", cwd=node_home(tmp_path), env=env, timeout=60)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [REFUSAL]
    assert not (tmp_path / "twistd.pid").exists()


def test_no_account_is_committed() -> None:
    """deploy/scrapyd.conf holds no user name or password a server could fall back on."""
    config = configparser.ConfigParser()
    config.read(ROOT / "deploy" / "scrapyd.conf", encoding="utf-8")
    assert not {"username", "password"} & set(config["scrapyd"])
    assert config["scrapyd"]["application"] == "account.application"


def _probe_spider(source: Path) -> None:
    """A spider that yields what its job can see of the environment: its own and its Scrapyd's."""
    (source / "crawler" / "spiders" / "envprobe.py").write_text(
        """import os
from pathlib import Path

import scrapy


def _environ(pid):
    try:
        return Path(f"/proc/{pid}/environ").read_bytes().decode("utf-8", "replace").split("\\0")
    except OSError:
        return None


class EnvProbe(scrapy.Spider):
    name = "envprobe"

    async def start(self):
        yield {"environ": dict(os.environ), "own": _environ("self"), "parent": _environ(os.getppid())}
""",
        encoding="utf-8",
    )


def test_jobs_cannot_read_the_account(scrapyd: Scrapyd, tmp_path: Path) -> None:
    """A job sees Scrapyd's environment without its account, and (on Linux) so does Scrapyd's own /proc environ."""
    source = checkout_copy(tmp_path, scrapyd.url)
    _probe_spider(source)
    assert json.loads(_deploy(scrapyd, source, "-p", "probe").stdout)["status"] == "ok"
    entry = scrapyd.wait(scrapyd.api("schedule.json", {"project": "probe", "spider": "envprobe"})["jobid"])
    (seen,) = [json.loads(line) for line in scrapyd.fetch(entry["items_url"]).splitlines()]
    assert seen["environ"]["CRAWLER_TEST_VISIBLE"] == "seen-by-jobs"  # the control
    assert "SCRAPYD_USERNAME" not in seen["environ"]
    assert "SCRAPYD_PASSWORD" not in seen["environ"]
    assert scrapyd.password not in json.dumps(seen)
    if sys.platform == "linux":
        assert "CRAWLER_TEST_VISIBLE=seen-by-jobs" in seen["own"]
        assert "CRAWLER_TEST_VISIBLE=seen-by-jobs" in seen["parent"]  # Scrapyd's own, readable by its jobs


@pytest.mark.server_options("--login-password", SITE_PASSWORD)
def test_site_password_from_scrapyd_environment(
    scrapyd: Scrapyd, deployed: tuple[Path, Result], fresh_server: FixtureServer
) -> None:
    """quotes_login under Scrapyd logs in with QUOTES_PASSWORD from Scrapyd's environment, on no command line."""
    job_id = scrapyd.schedule("quotes_login", base_url=fresh_server.url, username="reader", tag="simile")
    entry = scrapyd.wait(job_id)
    log = scrapyd.fetch(entry["log_url"])
    assert "Logged in as 'reader'" in log
    quotes, _ = split([json.loads(line) for line in scrapyd.fetch(entry["items_url"]).splitlines()])
    assert quotes
    assert all(quote["goodreads_url"] for quote in quotes)
    assert SITE_PASSWORD not in log
    assert SITE_PASSWORD not in scrapyd.log_tail()
    # The control: a wrong password given with -d is used instead, and refused.
    refused = scrapyd.wait(
        scrapyd.schedule("quotes_login", base_url=fresh_server.url, username="reader", password="no")
    )
    assert "login refused: Error while logging in: wrong password." in scrapyd.fetch(refused["log_url"])
    # What README warns of: a password given to schedule.json is on the job's command line, which Scrapyd logs.
    assert "'-a', 'password=no'" in scrapyd.log_tail()
