"""Two Scrapyd jobs of one spider on one history store: the second refuses in one log line, the first is unharmed."""

from __future__ import annotations

import secrets
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.conftest import FixtureServer, run
from tests.history_support import last_run, query, sqlite_store, wait_for
from tests.scrapyd_node import Scrapyd, checkout_copy, require_scrapyd, start_scrapyd

if TYPE_CHECKING:
    from collections.abc import Iterator

require_scrapyd()
pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

SCRAPYD_DEPLOY = shutil.which("scrapyd-deploy", path=str(Path(sys.executable).parent)) or "scrapyd-deploy"


@pytest.fixture
def scrapyd(tmp_path: Path) -> Iterator[Scrapyd]:
    """A Scrapyd from deploy/ with this checkout deployed to it."""
    (tmp_path / "node").mkdir()
    node = start_scrapyd(tmp_path / "node", "tester", secrets.token_hex(8))
    try:
        (tmp_path / "checkout").mkdir()
        source = checkout_copy(tmp_path / "checkout", node.url)
        account = {"SCRAPYD_USERNAME": node.username, "SCRAPYD_PASSWORD": node.password}
        deployed = run([SCRAPYD_DEPLOY, "test"], cwd=source, env={**node.env, **account}, timeout=120)
        assert deployed.returncode == 0, deployed.stderr + deployed.stdout + node.log_tail()
        yield node
    finally:
        node.stop()


def test_two_jobs_of_one_spider_share_a_store_safely(scrapyd: Scrapyd, tmp_path: Path) -> None:
    """The second job of `quotes` started while the first records ends at once with one ERROR line saying why;
    the first finishes and its run is the store's only one."""
    store = sqlite_store(tmp_path)
    server = FixtureServer("--delay", "0.2")
    settings = ("HISTORY_ENABLED=True", f"HISTORY_URL={store}", "CONCURRENT_REQUESTS=2", "PROGRESS=False")
    try:
        first = scrapyd.schedule("quotes", *settings, base_url=server.url)
        wait_for(lambda: (tmp_path / "history.sqlite").exists(), what="the first job's store")
        wait_for(lambda: query(store, "SELECT COUNT(*) FROM runs")[0][0] == 1, what="the first job's run")
        second = scrapyd.schedule("quotes", *settings, base_url=server.url)
        refused = scrapyd.wait(second)
        assert scrapyd.job(first)[0] == "running"  # the refusal came while the first ran
        done = scrapyd.wait(first)
    finally:
        server.stop()
    log = scrapyd.fetch(refused["log_url"])
    errors = [line for line in log.splitlines() if " ERROR: " in line]
    assert len(errors) == 1, log
    assert errors[0].endswith(
        "-s HISTORY_URL: another crawl of 'quotes' is recording to this store now; "
        "wait for it to end (nothing was fetched or changed)"
    )
    assert "Spider opened" not in log
    assert "Traceback" not in log
    assert "'finish_reason': 'finished'" in scrapyd.fetch(done["log_url"])
    assert query(store, "SELECT COUNT(*) FROM runs")[0][0] == 1
    assert query(store, "SELECT COUNT(*) FROM items")[0][0] == 150
    assert bool(last_run(store).complete)
