"""Runs the pure page parsers in a small pool of worker processes, on the cores Scrapy's one thread leaves idle.

The setting `PARSER_PROCESSES` sizes the pool; 0 parses in the crawl's own thread.
A parser runs the same either way: HTML text and URL in, picklable items and URLs out.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import signal
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from scrapy import signals

if TYPE_CHECKING:
    from collections.abc import Callable

    from scrapy.crawler import Crawler

Result = TypeVar("Result")


def _warm() -> None:
    """Nothing: a first task, so the workers start and import while the crawl starts."""


def _ignore_interrupts() -> None:
    """Ctrl-C in a terminal reaches the whole process group; the crawl stops gracefully and needs its workers."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class ParserPool:
    def __init__(self, processes: int) -> None:
        self.processes = processes
        self._executor: ProcessPoolExecutor | None = None
        self._started: Future[None] | None = None
        if processes > 0:
            # spawn on every platform: a fork of a threaded Scrapy process can deadlock, and Windows has no fork.
            self._executor = ProcessPoolExecutor(
                processes, mp_context=multiprocessing.get_context("spawn"), initializer=_ignore_interrupts
            )
            self._started = self._executor.submit(_warm)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ParserPool:
        pool = cls(crawler.settings.getint("PARSER_PROCESSES"))
        crawler.signals.connect(pool.close, signal=signals.engine_stopped)
        return pool

    async def run(self, function: Callable[..., Result], *args: Any) -> Result:
        """`function(*args)` in a worker (importable by name, its result picklable), or here without one.

        Also here while the workers are still starting (a fraction of a second): the crawl would only wait.
        """
        if self._executor is None or self._started is None or not self._started.done():
            return function(*args)
        return await asyncio.wrap_future(self._executor.submit(function, *args))

    async def started(self) -> None:
        """Wait until the workers can take tasks (at once without workers)."""
        if self._started is not None:
            await asyncio.wrap_future(self._started)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
