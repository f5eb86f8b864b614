"""Runs one command and measures it: wall time, CPU seconds of the process and its children, peak resident memory."""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import psutil

if TYPE_CHECKING:
    from pathlib import Path

# Often enough to catch the peak of a crawl that lasts seconds, rarely enough to cost the machine nothing.
_POLL_SECONDS = 0.05


@dataclass
class Sample:
    wall: float
    """Seconds from start to exit."""
    cpu: float
    """User + system CPU seconds of the process and every child it waited for (a parsing pool included)."""
    peak_rss: int
    """Bytes: the highest sum of resident memory over the process and its children, polled."""
    returncode: int


def _tree_rss(process: psutil.Process) -> int:
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            pass  # Exited between listing and reading.
    return total


def _tree_cpu(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system + times.children_user + times.children_system


def run(command: list[str], cwd: Path, env: dict[str, str], log: Path, timeout: float) -> Sample:
    """Run `command` to its end with output to `log`; kill it after `timeout` seconds (status -9)."""
    with log.open("wb") as output:
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=cwd, env=env, stdout=output, stderr=subprocess.STDOUT)
        watched = psutil.Process(child.pid)
        peak = 0
        cpu = 0.0
        while True:
            if hasattr(os, "wait4"):
                # Reaping it ourselves gives its rusage: the CPU of it and of the children it waited for.
                pid, status, usage = os.wait4(child.pid, os.WNOHANG)
                if pid:
                    wall = time.perf_counter() - start
                    child.returncode = os.waitstatus_to_exitcode(status)
                    cpu = usage.ru_utime + usage.ru_stime
                    break
            elif child.poll() is not None:
                wall = time.perf_counter() - start
                break
            try:
                peak = max(peak, _tree_rss(watched))
                cpu = max(cpu, _tree_cpu(watched))
            except psutil.Error:
                pass  # It has just exited; the next round reaps it.
            if time.perf_counter() - start > timeout:
                child.kill()
            time.sleep(_POLL_SECONDS)
    return Sample(wall=wall, cpu=cpu, peak_rss=peak, returncode=child.returncode)
