"""A host program set up in a way a crawl cannot use: `python -m tests.scripts.wrong_setup CASE URL`.

Errors are left to propagate, as they would in a user's script; the test reads stderr.
"""

import asyncio
import sys
import warnings

from crawler.runtime import crawl, run
from tests.scripts._common import FAST, emit


class ProactorLikeLoop(asyncio.SelectorEventLoop):
    """Watches no sockets, as Windows' Proactor loop: add_reader/add_writer raise NotImplementedError."""

    def add_reader(self, *args: object) -> None:
        raise NotImplementedError

    def add_writer(self, *args: object) -> None:
        raise NotImplementedError


def proactor_loop(url: str) -> None:
    """The host runs its code on a Proactor-like loop and awaits a crawl there."""
    loop = ProactorLikeLoop()
    try:
        loop.run_until_complete(crawl("quotes", settings=FAST, base_url=url))
    finally:
        loop.close()


def proactor_policy(url: str) -> None:
    """The host installed a policy that makes Proactor-like loops, then calls run()."""
    made = []
    # The host's own deprecated calls (the policy API, deprecated in Python 3.14), not the project's.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)

        class ProactorPolicy(asyncio.DefaultEventLoopPolicy):
            def new_event_loop(self) -> asyncio.AbstractEventLoop:
                made.append(ProactorLikeLoop())
                return made[-1]

        asyncio.set_event_loop_policy(ProactorPolicy())
        host_loop = asyncio.new_event_loop()
    print(f"host loop: {type(host_loop).__name__}", flush=True)
    host_loop.close()
    emit("run", run("quotes", settings=FAST, base_url=url, tag="love"))
    print(f"loops made by the policy: {len(made)}", flush=True)


def reactor_imported(url: str) -> None:
    """Something imported twisted.internet.reactor before the first crawl."""
    import twisted.internet.reactor  # noqa: F401

    run("quotes", settings=FAST, base_url=url)


def run_in_loop(url: str) -> None:
    """The blocking run() called from a coroutine."""

    async def main() -> None:
        run("quotes", settings=FAST, base_url=url)

    asyncio.run(main())


def other_loop(url: str) -> None:
    """A crawl with run(), then one in another loop (a later asyncio.run())."""
    emit("run", run("quotes", settings=FAST, base_url=url, tag="love"))
    asyncio.run(crawl("quotes", settings=FAST, base_url=url, tag="love"))


def bad_argument(url: str) -> None:
    """run() with an argument the spider does not take."""
    run("quotes", settings=FAST, base_url=url, colour="red")


CASES = {
    "proactor-loop": proactor_loop,
    "proactor-policy": proactor_policy,
    "reactor-imported": reactor_imported,
    "run-in-loop": run_in_loop,
    "other-loop": other_loop,
    "bad-argument": bad_argument,
}

CASES[sys.argv[1]](sys.argv[2])
