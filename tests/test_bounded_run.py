"""The tests' own runner of fresh interpreters: a child that does not end fails its test in bounded time."""

from __future__ import annotations

import sys
import time

import pytest

from tests.conftest import run

# A child that starts a grandchild holding its stdout and stderr, then outlives the test's timeout. After the
# child is killed the grandchild still holds the pipes, for 25 s. On Windows, subprocess.run() waits for the
# pipes' end after its kill, with no timeout: the test waited as long as the grandchild lived.
HOLDS_THE_PIPES = (
    "import subprocess, sys, time; "
    "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(25)']); "
    "time.sleep(25)"
)


def test_child_past_its_timeout_fails_in_bounded_time_though_its_pipes_stay_open() -> None:
    """run() kills a child past its timeout and fails the test within seconds, while a grandchild holds the pipes."""
    started = time.monotonic()
    with pytest.raises(pytest.fail.Exception, match=r"did not finish in 2s"):
        run([sys.executable, "-c", HOLDS_THE_PIPES], timeout=2)
    assert time.monotonic() - started < 20
