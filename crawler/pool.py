"""Runs the pure page parsers in worker processes, on the cores Scrapy's one thread leaves idle.

The setting `PARSER_PROCESSES` sizes the pool; 0 parses in the crawl's own thread.
A parser runs the same either way: HTML text and URL in, picklable items and URLs out.

Each worker is a spawned process joined to the crawl by a socket pair, and the crawl's event loop
writes the tasks and reads the answers itself: no other thread of the crawl's process takes part.
(A ProcessPoolExecutor's two helper threads fought Scrapy's thread for the GIL, which cost a books
crawl a fifth of its wall time.) Sockets rather than pipes: on Windows a selector loop watches only
sockets. A worker that dies is reported once; its pages, and all later ones, are parsed here. So are
those of a worker that has not answered a page within `PARSER_TIMEOUT` seconds (stopped, or stuck): it
is killed, as if it had died.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import pickle
import signal
import socket
import struct
import traceback
from typing import TYPE_CHECKING, Any, TypeVar

from scrapy import signals

if TYPE_CHECKING:
    from collections.abc import Callable

    from scrapy.crawler import Crawler

Result = TypeVar("Result")
logger = logging.getLogger(__name__)

# Every message is this header (task number, payload length), then the pickled payload.
_HEADER = struct.Struct("!QQ")
# Seconds a worker gets to finish its queue and exit once the pool closes; then it is terminated.
_EXIT_WAIT = 5.0


class WorkerTraceback(Exception):
    """Where in the worker an exception was raised: set as its cause when it reaches the crawl."""


def _receive(connection: socket.socket, size: int) -> bytes:
    data = bytearray(size)
    view = memoryview(data)
    received = 0
    while received < size:
        count = connection.recv_into(view[received:])
        if not count:
            raise EOFError
        received += count
    return bytes(data)


def _send(connection: socket.socket, number: int, payload: object) -> None:
    data = pickle.dumps(payload, pickle.HIGHEST_PROTOCOL)
    connection.sendall(_HEADER.pack(number, len(data)) + data)


def _answer(payload: bytes) -> tuple[bool, Any, str | None]:
    """(True, result, None), or (False, exception, its traceback) when the task raised."""
    try:
        function, args = pickle.loads(payload)  # noqa: S301 - from the crawl, over a private socket pair
        return True, function(*args), None
    except Exception as error:
        return False, error, traceback.format_exc()


def _serve(connection: socket.socket) -> None:
    """A worker's life: answer each task in turn, until the crawl closes its end of the socket."""
    # Ctrl-C in a terminal reaches the whole process group; the crawl stops gracefully and needs its worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with connection, contextlib.suppress(EOFError, OSError):  # The crawl closed its end, or is gone: done.
        _send(connection, 0, None)  # Started: the crawl may send tasks now.
        while True:
            number, size = _HEADER.unpack(_receive(connection, _HEADER.size))
            answer = _answer(_receive(connection, size))
            try:
                _send(connection, number, answer)
            except (pickle.PicklingError, TypeError, AttributeError) as error:
                _send(connection, number, (False, RuntimeError(f"unpicklable answer: {error}"), None))


class _Worker:
    """One worker process and the crawl's end of its socket."""

    def __init__(self, name: str, timeout: float = 0) -> None:
        self.timeout = timeout  # seconds a page may wait for its answer; 0: no limit
        self._stuck = False
        ours, theirs = socket.socketpair()
        # spawn on every platform: a fork of a threaded Scrapy process can deadlock, and Windows has no fork.
        context = multiprocessing.get_context("spawn")
        self.process = context.Process(target=_serve, args=(theirs,), name=name, daemon=True)
        self.process.start()
        theirs.close()
        self.socket = ours
        self.pending: dict[int, tuple[asyncio.Future[Any], Callable[..., Any], tuple[Any, ...]]] = {}
        self._count = 0
        self._closing = False
        self._writer: asyncio.StreamWriter | None = None
        self._talking: asyncio.Task[None] | None = None
        self._settled = asyncio.Event()  # Set once the worker has started, or is gone.
        self._gone = asyncio.Event()

    @property
    def ready(self) -> bool:
        """Started, and not gone: it takes tasks."""
        return self._settled.is_set() and not self._gone.is_set()

    def connect(self) -> None:
        """Start talking to the worker on the running loop (once)."""
        if self._talking is None and not self._closing:
            self._talking = asyncio.ensure_future(self._talk())

    async def started(self) -> None:
        self.connect()
        await self._settled.wait()

    async def _talk(self) -> None:
        reader, self._writer = await asyncio.open_connection(sock=self.socket)
        try:
            await self._message(reader)  # The worker has started.
            self._settled.set()
            while True:
                number, payload = await self._message(reader)
                future = self.pending.pop(number)[0]
                try:
                    ok, value, where = pickle.loads(payload)  # noqa: S301 - from our own worker
                except Exception as error:
                    ok, value, where = False, RuntimeError(f"unreadable answer from {self.process.name}: {error}"), None
                if future.done():  # Its caller was cancelled.
                    continue
                if ok:
                    future.set_result(value)
                    continue
                if where:
                    value.__cause__ = WorkerTraceback(f"in {self.process.name}:\n{where}")
                future.set_exception(value)
        except (asyncio.IncompleteReadError, ConnectionError):
            self._lost()
        finally:
            self._writer.close()
            self._gone.set()
            self._settled.set()

    @staticmethod
    async def _message(reader: asyncio.StreamReader) -> tuple[int, bytes]:
        number, size = _HEADER.unpack(await reader.readexactly(_HEADER.size))
        return number, await reader.readexactly(size)

    def _lost(self) -> None:
        """The worker closed its end: at the pool's request, or because it died. Its open tasks run here."""
        if not self._closing:
            logger.warning(
                "Parser worker %s (pid %s) %s; its %d open page(s) and all later ones are parsed in the crawl's thread",
                self.process.name,
                self.process.pid,
                f"did not answer within PARSER_TIMEOUT={self.timeout:g} s and was killed"
                if self._stuck
                else "stopped unexpectedly",
                len(self.pending),
            )
        for future, function, args in self.pending.values():
            if future.done():
                continue
            if self._closing:
                future.cancel()
                continue
            try:
                future.set_result(function(*args))
            except Exception as error:
                future.set_exception(error)
        self.pending.clear()

    async def run(self, function: Callable[..., Result], args: tuple[Any, ...]) -> Result:
        assert self._writer is not None
        data = pickle.dumps((function, args), pickle.HIGHEST_PROTOCOL)
        self._count += 1
        future: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
        self.pending[self._count] = (future, function, args)
        self._writer.write(_HEADER.pack(self._count, len(data)) + data)
        try:
            await self._writer.drain()
        except ConnectionError:
            pass  # The worker is gone: _talk() parses this page here and answers the future.
        if not self.timeout:
            return await future
        try:
            return await asyncio.wait_for(asyncio.shield(future), self.timeout)
        except TimeoutError:
            if not self._stuck and not self._gone.is_set():
                # Its socket closes with it, and _talk() parses its open pages here, this one included.
                self._stuck = True
                self.process.kill()
            return await future

    async def close(self) -> None:
        self._closing = True
        if self._writer is not None and not self._writer.is_closing():
            self._writer.write_eof()  # After the tasks written so far; the worker exits when it reads it.
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._gone.wait(), _EXIT_WAIT)
        if self._talking is not None and not self._talking.done():
            self._talking.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._talking
        if self._writer is None:
            self.socket.close()
        if not self._gone.is_set():
            self.process.terminate()  # Never used, or not answering: nothing of it is needed.
        self.process.join(_EXIT_WAIT)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


class ParserPool:
    def __init__(self, processes: int, crawler: Crawler | None = None, timeout: float = 0) -> None:
        self.processes = processes
        self._workers = [_Worker(f"parser-{number}", timeout) for number in range(1, processes + 1)]
        # Its stats count the calls by where they ran: `crawler/parsed_in_worker`, `crawler/parsed_in_crawl_thread`.
        self._crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ParserPool:
        pool = cls(crawler.settings.getint("PARSER_PROCESSES"), crawler, crawler.settings.getfloat("PARSER_TIMEOUT"))
        crawler.signals.connect(pool.close, signal=signals.engine_stopped)
        return pool

    async def run(self, function: Callable[..., Result], *args: Any) -> Result:
        """`function(*args)` in a worker (importable by name, its result picklable), or here without one.

        Also here while the workers are still starting (a fraction of a second): the crawl would only wait.
        """
        chosen: _Worker | None = None
        for worker in self._workers:
            if not worker.ready:
                worker.connect()
            elif chosen is None or len(worker.pending) < len(chosen.pending):
                chosen = worker
        if self._crawler is not None and self._crawler.stats is not None:
            where = "crawl_thread" if chosen is None else "worker"
            self._crawler.stats.inc_value(f"crawler/parsed_in_{where}")
        if chosen is None:
            return function(*args)
        return await chosen.run(function, args)

    async def started(self) -> None:
        """Wait until the workers can take tasks (at once without workers)."""
        await asyncio.gather(*(worker.started() for worker in self._workers))

    async def close(self) -> None:
        """Let the workers finish what they were sent, and stop them."""
        workers, self._workers = self._workers, []
        await asyncio.gather(*(worker.close() for worker in workers))
