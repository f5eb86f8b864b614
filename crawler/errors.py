"""The project's own exceptions: who raises each, and what happens next."""

from __future__ import annotations

from scrapy.exceptions import CloseSpider


class BadArgument(ValueError):
    """A spider argument failed validation.

    Raised by `crawler.args.validate` before any request is made; `scrapy crawl`
    and `python -m crawler` turn it into one usage line and exit status 2,
    `crawler.runtime` lets it propagate to the caller unchanged.
    """


class CrawlFailed(CloseSpider):
    """The site refused what the crawl needs (a login, a form), so going on would only collect nothing.

    Raised by spiders from `start()` or a callback: the engine closes the spider
    with the reason `failed: <message>` (shown in the log's "Closing spider" line
    and as `finish_reason` in the stats), and `scrapy crawl` exits with status 1.
    """

    REASON_PREFIX = "failed: "

    def __init__(self, message: str) -> None:
        super().__init__(self.REASON_PREFIX + message)


class UnknownSpider(LookupError):
    """No spider of the project has the name asked for.

    Raised by `crawler.runtime.run()` and `crawl()` before anything starts;
    `python -m crawler` turns it into one usage line and exit status 2.
    """


class SetupError(RuntimeError):
    """The process is set up in a way a crawl cannot run in; the message says why and what to do.

    Raised by `crawler.runtime` before any request is made, with no exception
    chained, so the caller sees one line rather than a traceback from Twisted or asyncio.
    """


class UnsupportedLoop(SetupError):
    """The running event loop cannot watch sockets (`add_reader`), as Windows' Proactor loop cannot."""


class WrongReactor(SetupError):
    """The process already has a Twisted reactor that a crawl cannot use."""


class LoopAlreadyRunning(SetupError):
    """The blocking `run()` was called from code that already runs an event loop."""


class BadSetting(ValueError):
    """A setting the project defines has a value it cannot use.

    Raised by `crawler.checks.check_settings` before the crawl starts; `scrapy crawl`
    turns it into one usage line and exit status 2.
    """


class BadOutput(ValueError):
    """An output file cannot be written where the user asked for it.

    Raised by `crawler.checks.check_outputs` before the crawl starts; `scrapy crawl`
    turns it into one usage line and exit status 2.
    """


class BadJobDir(ValueError):
    """A JOBDIR cannot be resumed from: not a folder, output that is not JSON Lines, or damaged output.

    Raised by `crawler.jobdir.prepare` before the crawl starts; `scrapy crawl` turns it
    into one usage line (saying how to start fresh) and exit status 2. Damage to Scrapy's
    own state in the folder is not an error: the run discards it and starts over.
    """


class ClusterError(RuntimeError):
    """A cluster crawl cannot go on: no node answers, credentials are refused, or a shard failed every attempt.

    Raised by `crawler.cluster`; its command prints the message as one line and
    exits with status 1 after cancelling the jobs it started.
    """


class NodeDown(ConnectionError):
    """A Scrapyd node did not answer: connection refused, reset, or timed out.

    Raised by `crawler.cluster.scrapyd.Node`; the cluster run counts it against the
    node and, once the node counts as lost, reschedules the node's shards elsewhere.
    """


class NodeRefused(RuntimeError):
    """A Scrapyd node answered with an error: HTTP 401 for bad credentials, or a Scrapyd error message.

    Raised by `crawler.cluster.scrapyd.Node`; an HTTP 401 stops the cluster run
    (every node shares the credentials), any other refusal fails that one attempt.
    """

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class ForeignURL(NodeRefused):
    """A Scrapyd node named a URL (a job's log or items) outside its own origin: scheme, host and port.

    Raised by `crawler.cluster.scrapyd.Node` before anything is sent there, so that the
    node's credentials never reach another server; the cluster run fails that attempt.
    """
