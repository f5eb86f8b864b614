"""How the project runs crawls: the selector event loop, Twisted's asyncio reactor on it, and `run()`/`await crawl()`.

Every loop the project starts comes from `new_event_loop()`, through loop factories
(`asyncio.Runner(loop_factory=...)`), never through asyncio's event-loop policy API,
which Python 3.14 deprecates.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import signal
import socket
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.crawler import AsyncCrawlerRunner
from scrapy.utils.ossignal import install_shutdown_handlers, signal_names
from scrapy.utils.reactor import is_reactor_installed
from twisted.internet import asyncioreactor
from twisted.internet.address import IPv4Address, IPv6Address
from twisted.internet.interfaces import IHostnameResolver, IHostResolution
from zope.interface import implementer

from crawler.checks import apply_settings
from crawler.errors import LoopAlreadyRunning, UnsupportedLoop, WrongReactor
from crawler.launch import PreparedCrawl, conclude, log_preparation, prepare, project_settings
from crawler.outcome import SUCCESS

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping
    from types import FrameType

    from scrapy.crawler import Crawler
    from twisted.internet.interfaces import IResolutionReceiver

logger = logging.getLogger(__name__)

# What settings.py names for `scrapy crawl`; the API below installs the same pair itself.
REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
EVENT_LOOP = "asyncio.SelectorEventLoop"


def new_event_loop() -> asyncio.AbstractEventLoop:
    """A selector event loop, on every platform: the only kind Twisted can run on (Windows' Proactor loop cannot)."""
    return asyncio.SelectorEventLoop()


def loop_runner() -> asyncio.Runner:
    """A runner whose loop comes from `new_event_loop()`: `with loop_runner() as runner: runner.run(main())`."""
    return asyncio.Runner(loop_factory=new_event_loop)


# --- The reactor -------------------------------------------------------------


@implementer(IHostResolution)
class _Resolution:
    def __init__(self, name: str, lookup: asyncio.Future[Any]) -> None:
        self.name = name
        self._lookup = lookup

    def cancel(self) -> None:
        """Give up the lookup: the receiver is told it completed, with no address.

        A getaddrinfo call already running in the executor still finishes there; its answer is dropped.
        """
        self._lookup.cancel()


@implementer(IHostnameResolver)
class _LoopResolver:
    """Resolves host names with getaddrinfo in the event loop's default executor.

    Twisted's own resolver uses the reactor's thread pool, which only `reactor.run()`
    starts and stops; a reactor hosted on someone else's loop never runs, while the
    loop's executor is shut down by whoever closes the loop.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop

    # Names as in Twisted's IHostnameResolver, which callers may pass by keyword.
    def resolveHostName(
        self,
        resolutionReceiver: IResolutionReceiver,
        hostName: str,
        portNumber: int = 0,
        addressTypes: Any = None,
        transportSemantics: str = "TCP",
    ) -> IHostResolution:
        wanted = {IPv4Address: socket.AF_INET, IPv6Address: socket.AF_INET6}
        families = {wanted[kind] for kind in addressTypes or wanted}
        family = families.pop() if len(families) == 1 else socket.AF_UNSPEC
        kind = socket.SOCK_DGRAM if transportSemantics == "UDP" else socket.SOCK_STREAM
        lookup = self._loop.run_in_executor(None, socket.getaddrinfo, hostName, portNumber, family, kind)
        resolution = _Resolution(hostName, lookup)
        resolutionReceiver.resolutionBegan(resolution)
        lookup.add_done_callback(partial(self._deliver, resolutionReceiver, transportSemantics))
        return resolution

    @staticmethod
    def _deliver(receiver: IResolutionReceiver, transport: str, lookup: asyncio.Future[Any]) -> None:
        # A name that does not resolve gives no address, as with Twisted's resolver; Twisted reports the failure.
        found = [] if lookup.cancelled() or lookup.exception() else lookup.result()
        for family, _kind, _proto, _canonical, address in found:
            if family in (socket.AF_INET, socket.AF_INET6):
                address_type = IPv4Address if family == socket.AF_INET else IPv6Address
                receiver.addressResolved(address_type(transport, *address))
        receiver.resolutionComplete()


def _check_can_host(loop: asyncio.AbstractEventLoop) -> None:
    """Fail at once if the loop cannot watch sockets, rather than with NotImplementedError mid-crawl."""
    reader, writer = socket.socketpair()
    try:
        loop.add_reader(reader.fileno(), lambda: None)
        loop.remove_reader(reader.fileno())
    except NotImplementedError:
        raise UnsupportedLoop(
            f"the running event loop ({type(loop).__name__}) cannot watch sockets (add_reader), as Windows' "
            "default Proactor loop cannot, so Twisted cannot run on it; start your loop with "
            "crawler.runtime.new_event_loop, e.g. `with loop_runner() as runner: runner.run(main())`"
        ) from None
    finally:
        reader.close()
        writer.close()


def _reactor_on(loop: asyncio.AbstractEventLoop) -> None:
    """Install Twisted's asyncio reactor on `loop`, or check that the installed one runs there."""
    if not is_reactor_installed():
        _check_can_host(loop)
        asyncioreactor.install(eventloop=loop)
        from twisted.internet import reactor

        reactor.installNameResolver(_LoopResolver(loop))
        return
    from twisted.internet import reactor

    if not isinstance(reactor, asyncioreactor.AsyncioSelectorReactor):
        raise WrongReactor(
            f"wrong reactor: Twisted's {type(reactor).__name__} is installed because something imported "
            "twisted.internet.reactor before the first crawl started; crawls need AsyncioSelectorReactor, "
            "so start the first crawl before importing twisted.internet.reactor"
        )
    # Scrapy reads the same attribute to learn the reactor's loop.
    if reactor._asyncioEventloop is not loop:
        raise WrongReactor(
            "wrong reactor: this process's Twisted reactor was installed on another event loop (by an earlier "
            "crawl or by other code), and a reactor cannot move; run every crawl of a process in one loop "
            "(all with run(), or all within one asyncio.run())"
        )


def _close_waker() -> None:
    """Close the reactor's waker, which nothing in Twisted closes unless `reactor.run()` ran.

    On Windows the waker is a pair of loopback sockets (`_SocketWaker`): left open, each warns
    "unclosed <socket.socket ...>" when the interpreter exits. Runs at exit, after the shared loop closed.
    """
    if not is_reactor_installed():
        return
    from twisted.internet import reactor

    waker = getattr(reactor, "waker", None)
    if waker is None:
        return
    reactor.removeReader(waker)  # a no-op once the loop is closed
    reactor._internalReaders.discard(waker)
    reactor.waker = None  # reactor.wakeUp() skips a missing waker
    waker.connectionLost(None)


# Registered first, so it runs last: after the shared runner's loop is closed (atexit runs in reverse order).
atexit.register(_close_waker)


# --- The API -----------------------------------------------------------------


@dataclass
class CrawlResult:
    """What a crawl returns: the items it scraped, in order, its final stats, and its exit status."""

    items: list[Any]
    stats: dict[str, Any]
    status: int = 0
    """What `scrapy crawl` would exit with (`crawler.outcome`): 0 when the crawl did its job, 1 when it failed."""

    @property
    def finish_reason(self) -> str | None:
        """Why the crawl ended: `finished`, `shutdown` (Ctrl-C), ..."""
        return self.stats.get("finish_reason")


class _Collector:
    """Keeps every item a crawler scrapes; held here because Scrapy's signals keep only weak references."""

    def __init__(self, crawler: Crawler) -> None:
        self.items: list[Any] = []
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)

    def item_scraped(self, item: Any) -> None:
        self.items.append(item)


# The crawls under way, by the task that awaits each, and those a second Ctrl-C cancelled.
_crawls: dict[asyncio.Task[Any], Crawler] = {}
_forced: set[asyncio.Task[Any]] = set()


def _prepare_call(spider_name: str, settings: Mapping[str, Any] | None, spider_args: dict[str, Any]) -> PreparedCrawl:
    """`prepare()` for a call of `run()`/`crawl()`: it returns its items, and writes feeds only when `settings`
    name some (FEEDS)."""
    project = project_settings()
    apply_settings(project, dict(settings or {}).items())
    return prepare(spider_name, spider_args, project, project_feeds=False)


async def crawl(spider_name: str, *, settings: Mapping[str, Any] | None = None, **spider_args: Any) -> CrawlResult:
    """Crawl with a spider of the project inside the running event loop; return its items and stats.

    `settings` override the project's for this crawl; `spider_args` are the spider's
    arguments (`base_url=...`, `tag=...`). Both are checked first, as `scrapy crawl` checks
    them (UnknownSpider, BadArgument, BadSetting, BadOutput, BadJobDir). Crawls may run
    one after another or at once (`asyncio.gather`), all in the same loop.
    """
    return await crawl_prepared(_prepare_call(spider_name, settings, spider_args))


async def crawl_prepared(prepared: PreparedCrawl) -> CrawlResult:
    """Run a crawl that `crawler.launch.prepare` made ready, inside the running event loop."""
    log_preparation(prepared)
    if prepared.done:
        return CrawlResult([], {}, SUCCESS)
    _reactor_on(asyncio.get_running_loop())
    runner = AsyncCrawlerRunner(prepared.settings)
    crawler = runner.create_crawler(prepared.spidercls)
    collector = _Collector(crawler)
    task = asyncio.current_task()
    assert task is not None
    _crawls[task] = crawler
    try:
        await runner.crawl(crawler, **prepared.spider_args)
        if task in _forced:
            # Scrapy's engine may absorb the cancellation; a forced stop must still end the await.
            raise asyncio.CancelledError
    finally:
        del _crawls[task]
        _forced.discard(task)
    assert crawler.stats is not None
    stats = dict(crawler.stats.get_stats())
    return CrawlResult(collector.items, stats, conclude(prepared, stats))


# One loop for every run() of the process: Twisted's reactor is bound to the loop it was installed on.
_runner: asyncio.Runner | None = None


def _shared_runner() -> asyncio.Runner:
    global _runner  # one per process, made on first use
    if _runner is None:
        _runner = loop_runner()
        atexit.register(_close_shared_runner)
    return _runner


def _abort_connections(loop: asyncio.AbstractEventLoop) -> None:
    """Close the connections a forced stop left open, so that no socket is left for the garbage collector.

    Twisted's abortConnection() closes a connection on the reactor's next turn: let the loop take it.
    """
    if not is_reactor_installed() or loop.is_closed():
        return
    from twisted.internet import reactor

    waker = getattr(reactor, "waker", None)
    open_connections = {*reactor.getReaders(), *reactor.getWriters()} - {waker}
    for connection in open_connections:
        abort = getattr(connection, "abortConnection", None)
        if abort is not None:
            abort()
    if open_connections:
        loop.run_until_complete(asyncio.sleep(0.01))


def _close_shared_runner() -> None:
    """Settle every task before the loop closes, then close it.

    A forced stop cancels downloads whose errbacks start new tasks while the runner
    cancels the old ones; left pending, they would die with the closed loop
    ("Task was destroyed", "Event loop is closed"). So cancel and await until none is left.
    """
    assert _runner is not None
    loop = _runner.get_loop()
    _abort_connections(loop)
    for _ in range(100):  # each round settles what the previous one started; a few are enough
        pending = asyncio.all_tasks(loop)
        if not pending:
            break
        for task in pending:
            task.cancel()
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    _runner.close()


def run(spider_name: str, *, settings: Mapping[str, Any] | None = None, **spider_args: Any) -> CrawlResult:
    """Crawl with a spider of the project and block until it ends; for scripts, callable any number of times.

    Arguments and settings as for `crawl()`. Ctrl-C stops the crawl gracefully (its result
    has finish_reason `shutdown`); a second Ctrl-C cancels it and raises KeyboardInterrupt.
    """
    return run_prepared(_prepare_call(spider_name, settings, spider_args))


def run_prepared(prepared: PreparedCrawl) -> CrawlResult:
    """Run a crawl that `crawler.launch.prepare` made ready, and block until it ends (see `run()`)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        raise LoopAlreadyRunning(
            "run() blocks, so it cannot run inside a running event loop; there, use `await crawl(...)`"
        )
    runner = _shared_runner()
    with _stop_on_signals(runner.get_loop()):
        try:
            return runner.run(crawl_prepared(prepared))  # type: ignore[no-any-return]
        except asyncio.CancelledError:
            raise KeyboardInterrupt from None


# --- Ctrl-C ------------------------------------------------------------------

# Graceful stops under way: asyncio keeps only weak references to tasks.
_stopping: set[asyncio.Task[None]] = set()


def _stop_gracefully(signum: int) -> None:
    logger.info("Received %s, shutting down gracefully. Send again to force", signal_names[signum])
    for task, crawler in list(_crawls.items()):
        stopping = task.get_loop().create_task(crawler.stop_async())
        _stopping.add(stopping)
        stopping.add_done_callback(_stopping.discard)


def _stop_now(signum: int) -> None:
    logger.info("Received %s twice, forcing unclean shutdown", signal_names[signum])
    for task in list(_crawls):
        _forced.add(task)
        task.cancel()


@contextmanager
def _stop_on_signals(loop: asyncio.AbstractEventLoop) -> Iterator[None]:
    """While run() blocks: a first SIGINT/SIGTERM/SIGBREAK stops its crawl gracefully, a second one cancels it."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread receives signals
        return
    shutdown_signals = [getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGBREAK") if hasattr(signal, name)]
    previous = {signum: signal.getsignal(signum) for signum in shutdown_signals}

    # Signal handlers only schedule: logging or stopping inside one could interrupt the same work half-done.
    def second(signum: int, _frame: FrameType | None) -> None:
        install_shutdown_handlers(signal.SIG_IGN)
        loop.call_soon_threadsafe(_stop_now, signum)

    def first(signum: int, _frame: FrameType | None) -> None:
        install_shutdown_handlers(second)
        loop.call_soon_threadsafe(_stop_gracefully, signum)

    install_shutdown_handlers(first)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
