"""The parser pool: parsers give the same results in a worker process as in the crawl's thread."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import sys
import time

import pytest

from crawler.parsers.books_toscrape_com import read_book
from crawler.pool import ParserPool, WorkerTraceback
from tests.books_replica import catalogue, site_files

SITE = "http://127.0.0.1/books/"


@pytest.fixture(scope="module")
def product_pages() -> list[tuple[str, str]]:
    files = dict(site_files(catalogue(20)))
    paths = [
        path
        for path in files
        if path.startswith("catalogue/") and path.endswith("/index.html") and "/category/" not in path
    ]
    return [(files[path].decode("utf-8"), SITE + path) for path in sorted(paths)]


def _run_all(processes: int, pages: list[tuple[str, str]]) -> list[object]:
    async def parse_all() -> list[object]:
        pool = ParserPool(processes)
        try:
            await pool.started()
            return await asyncio.gather(*(pool.run(read_book, html, url) for html, url in pages))
        finally:
            await pool.close()

    return asyncio.run(parse_all())


def _worker_pid() -> int:
    return os.getpid()


def test_pool_results_equal_in_thread_results(product_pages: list[tuple[str, str]]) -> None:
    """20 product pages parsed by one worker process give the very Books parsing in this thread gives."""
    assert len(product_pages) == 20
    assert _run_all(1, product_pages) == _run_all(0, product_pages) == [read_book(*page) for page in product_pages]


def test_pool_runs_in_another_process_unless_zero() -> None:
    """With started workers the call runs in another process; with PARSER_PROCESSES=0 it runs here."""

    async def pids(processes: int) -> int:
        pool = ParserPool(processes)
        try:
            await pool.started()
            return await pool.run(_worker_pid)
        finally:
            await pool.close()

    assert asyncio.run(pids(1)) != os.getpid()
    assert asyncio.run(pids(0)) == os.getpid()


def test_parser_error_reaches_the_caller() -> None:
    """An exception raised by a parser in a worker is raised where the crawl awaited it."""

    async def fail() -> None:
        pool = ParserPool(1)
        try:
            await pool.started()
            await pool.run(int, "not a number")
        finally:
            await pool.close()

    with pytest.raises(ValueError, match="not a number"):
        asyncio.run(fail())


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGINT to another process on Windows")
def test_worker_survives_ctrl_c() -> None:
    """A SIGINT to the worker (as Ctrl-C sends to the whole process group) leaves it parsing for the graceful stop."""

    async def interrupt_then_parse() -> int:
        pool = ParserPool(1)
        try:
            await pool.started()
            worker = await pool.run(_worker_pid)
            os.kill(worker, signal.SIGINT)
            await asyncio.sleep(0.2)
            return await pool.run(_worker_pid)
        finally:
            await pool.close()

    assert asyncio.run(interrupt_then_parse()) != os.getpid()


def test_parses_here_until_the_workers_have_started() -> None:
    """A call made before the worker has started runs here rather than waiting for it."""

    async def first_pid() -> int:
        pool = ParserPool(1)
        try:
            return await pool.run(_worker_pid)
        finally:
            await pool.close()

    assert asyncio.run(first_pid()) == os.getpid()


def _slow_pid(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def _unpicklable_result() -> object:
    return lambda: None


def test_worker_traceback_is_the_cause() -> None:
    """The exception raised where the crawl awaited carries the worker's traceback, naming the parser."""

    async def fail() -> None:
        pool = ParserPool(1)
        try:
            await pool.started()
            await pool.run(read_book, None, SITE)
        finally:
            await pool.close()

    with pytest.raises(AttributeError) as raised:  # read_book(None, ...): None has no .find()
        asyncio.run(fail())
    assert isinstance(raised.value.__cause__, WorkerTraceback)
    assert "read_book" in str(raised.value.__cause__)
    assert "parser-1" in str(raised.value.__cause__)


def test_unpicklable_result_is_an_error_not_a_hang() -> None:
    async def run() -> object:
        pool = ParserPool(1)
        try:
            await pool.started()
            return await pool.run(_unpicklable_result)
        finally:
            await pool.close()

    with pytest.raises(RuntimeError, match="unpicklable answer"):
        asyncio.run(run())


def test_dead_worker_pages_are_parsed_here(
    product_pages: list[tuple[str, str]], caplog: pytest.LogCaptureFixture
) -> None:
    """A worker killed with pages in flight: those pages and every later one are parsed here, none lost."""

    async def kill_then_parse() -> tuple[int, list[object]]:
        pool = ParserPool(1)
        try:
            await pool.started()
            worker = await pool.run(_worker_pid)
            in_flight = asyncio.ensure_future(pool.run(_slow_pid, 0.5))
            await asyncio.sleep(0.1)
            os.kill(worker, signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
            parsed = await asyncio.gather(in_flight, *(pool.run(read_book, html, url) for html, url in product_pages))
            return worker, parsed
        finally:
            await pool.close()

    with caplog.at_level(logging.WARNING, logger="crawler.pool"):
        worker, parsed = asyncio.run(kill_then_parse())
    assert worker != os.getpid()
    assert parsed[0] == os.getpid()  # The page in flight was parsed again, here.
    assert parsed[1:] == [read_book(*page) for page in product_pages]
    warnings = [record.getMessage() for record in caplog.records]
    assert len(warnings) == 1
    assert f"Parser worker parser-1 (pid {worker}) stopped unexpectedly" in warnings[0]


def test_close_stops_every_worker() -> None:
    """Closing leaves no worker process behind, whether the workers were used, or never even started."""

    async def use_then_close(use: bool) -> None:
        pool = ParserPool(2)
        if use:
            await pool.started()
            await asyncio.gather(*(pool.run(_worker_pid) for _ in range(10)))
        await pool.close()

    for use in (True, False):
        asyncio.run(use_then_close(use))
        assert multiprocessing.active_children() == []


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="SIGSTOP is POSIX only")
def test_a_stopped_worker_is_killed_and_its_pages_parsed_here(
    product_pages: list[tuple[str, str]], caplog: pytest.LogCaptureFixture
) -> None:
    """A worker that stops answering (SIGSTOP) is dead after PARSER_TIMEOUT: the crawl does not freeze."""

    async def stop_then_parse() -> tuple[int, list[object]]:
        pool = ParserPool(1, timeout=1.0)
        try:
            await pool.started()
            worker = await pool.run(_worker_pid)
            os.kill(worker, signal.SIGSTOP)
            parsed = await asyncio.wait_for(
                asyncio.gather(*(pool.run(read_book, html, url) for html, url in product_pages)), 30
            )
            return worker, parsed
        finally:
            await pool.close()

    with caplog.at_level(logging.WARNING, logger="crawler.pool"):
        worker, parsed = asyncio.run(stop_then_parse())
    assert parsed == [read_book(*page) for page in product_pages]
    warnings = [record.getMessage() for record in caplog.records]
    assert warnings == [
        f"Parser worker parser-1 (pid {worker}) did not answer within PARSER_TIMEOUT=1 s and was killed;"
        f" its {len(product_pages)} open page(s) and all later ones are parsed in the crawl's thread"
    ]
    assert multiprocessing.active_children() == []
