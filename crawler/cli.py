"""The command-line crawl shared by `scrapy crawl` and `python -m crawler`: one line for bad input, logging, the
crawl, and its exit status."""

from __future__ import annotations

import logging
import os
import signal
import sys
from typing import TYPE_CHECKING, NoReturn

from scrapy.utils.log import configure_logging, log_scrapy_info

from crawler import outcome
from crawler.errors import BadArgument, BadJobDir, BadOutput, BadSetting, SetupError, UnknownSpider
from crawler.heap import frozen_for_one_crawl
from crawler.runtime import run_prepared

if TYPE_CHECKING:
    from scrapy.settings import Settings

    from crawler.launch import PreparedCrawl

logger = logging.getLogger(__name__)

# What `crawler.launch.prepare` raises for input a crawl cannot start with: one line and exit status 2.
BAD_INPUT_ERRORS = (UnknownSpider, BadArgument, BadSetting, BadOutput, BadJobDir)


def refuse(prog: str, error: Exception, settings: Settings | None = None) -> NoReturn:
    """Print one line for input a crawl cannot start with, and exit 2 (usage, as argparse does)."""
    if settings is not None and settings.get("LOG_FILE"):
        # Under Scrapyd the job's log file is where users look, and no crawler has set up logging yet: send the
        # error there through Scrapy's own log configuration too.
        configure_logging(settings)
        logger.error("%s", error)
    print(f"{prog}: error: {error}", file=sys.stderr)
    raise SystemExit(outcome.BAD_INPUT)


def _exit_on_signals(status: int) -> None:
    for name in ("SIGINT", "SIGTERM", "SIGBREAK"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), lambda _signum, _frame: os._exit(status))


def crawl_from_command_line(prepared: PreparedCrawl, prog: str) -> int:
    """Set up logging as Scrapy does, run the crawl in this process, and return its exit status."""
    configure_logging(prepared.settings)
    log_scrapy_info(prepared.settings)
    try:
        with frozen_for_one_crawl():
            result = run_prepared(prepared)
            # The crawl is over and its outputs closed: a Ctrl-C from now until the process ends (a second one
            # that came just after a quick graceful stop) is a forced stop, not a KeyboardInterrupt traceback.
            _exit_on_signals(outcome.CRAWL_FAILED)
    except SetupError as error:
        print(f"{prog}: error: {error}", file=sys.stderr)
        return outcome.CRAWL_FAILED
    except KeyboardInterrupt:
        # A second Ctrl-C: the output may lack the items in flight.
        return outcome.CRAWL_FAILED
    return result.status
