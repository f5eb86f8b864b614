"""The parser pool: parsers give the same results in a worker process as in the crawl's thread."""

from __future__ import annotations

import asyncio
import os
import signal
import sys

import pytest

from crawler.parsers.books_toscrape_com import read_book
from crawler.pool import ParserPool
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
            pool.close()

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
            pool.close()

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
            pool.close()

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
            pool.close()

    assert asyncio.run(interrupt_then_parse()) != os.getpid()


def test_parses_here_until_the_workers_have_started() -> None:
    """A call made before the worker has started runs here rather than waiting for it."""

    async def first_pid() -> int:
        pool = ParserPool(1)
        try:
            return await pool.run(_worker_pid)
        finally:
            pool.close()

    assert asyncio.run(first_pid()) == os.getpid()
