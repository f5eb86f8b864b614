"""An asyncio program awaiting `crawl()`: two crawls in turn, then two at once.

`python -m tests.scripts.await_crawls URL`
"""

import asyncio
import sys

from crawler.runtime import crawl, loop_runner
from tests.scripts._common import FAST, emit


async def main(url: str) -> None:
    for tag in ("love", "inspirational"):
        emit(f"sequential {tag}", await crawl("quotes", settings=FAST, base_url=url, tag=tag))
    tags = ("life", "humor")
    results = await asyncio.gather(*(crawl("quotes", settings=FAST, base_url=url, tag=tag) for tag in tags))
    for tag, result in zip(tags, results, strict=True):
        emit(f"concurrent {tag}", result)


if sys.platform == "win32":
    # asyncio.run() starts a Proactor loop on Windows, which cannot host Twisted: start a selector loop instead.
    with loop_runner() as runner:
        runner.run(main(sys.argv[1]))
else:
    asyncio.run(main(sys.argv[1]))
