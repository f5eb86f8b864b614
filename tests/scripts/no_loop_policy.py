"""`scrapy` with asyncio's event-loop policy API trapped: `python -m tests.scripts.no_loop_policy crawl quotes ...`.

On Windows, Scrapy's own reactor install reads the policy and sets WindowsSelectorEventLoopPolicy (the API that
Python 3.14 deprecates); the project's `scrapy crawl` starts its selector loop from a loop factory instead. A call
of either function from here on fails the command. With SCRAPY_OWN_REACTOR=1 the crawl command hands the
reactor to Scrapy as Scrapy's own `crawl` does, the control that shows the trap firing on Windows.
"""

import asyncio
import os
import sys


def _refuse(*args: object) -> None:
    raise AssertionError("asyncio's event-loop policy API was called")


asyncio.get_event_loop_policy = asyncio.set_event_loop_policy = _refuse

from scrapy.cmdline import execute  # noqa: E402 - imported once the trap is set

if os.environ.get("SCRAPY_OWN_REACTOR") == "1":
    from crawler.commands.crawl import Command

    Command.requires_crawler_process = True

execute(["scrapy", *sys.argv[1:]])
