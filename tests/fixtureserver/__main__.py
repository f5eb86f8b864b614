"""Command line of the fixture server: prints its base URL, then serves until killed."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tests.fixtureserver.app import FixtureServer
from tests.fixtureserver.books import directory_routes, generated_routes
from tests.fixtureserver.faults import FAULT_KINDS, Faults
from tests.fixtureserver.forms import form_routes
from tests.fixtureserver.replay import load_warc, recorded_sites, replay_routes
from tests.fixtureserver.scrapethissite import standin_routes

DATA = Path(__file__).resolve().parent.parent / "data"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.fixtureserver", description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: any free one)")
    parser.add_argument(
        "--quotes-warc",
        type=Path,
        default=DATA / "quotes.toscrape.com" / "recorded.warc.gz",
        help="WARC recording replayed at /",
    )
    parser.add_argument(
        "--login-password",
        help="the only password the quotes login accepts (default: any, as on the real site)",
    )
    parser.add_argument("--books", type=int, default=1000, help="books in the replica built at /books/ (default 1000)")
    parser.add_argument(
        "--books-site", type=Path, help="serve this written replica (its site/ folder) at /books/ instead"
    )
    parser.add_argument("--delay", type=float, default=0, help="seconds to wait before answering each request")
    parser.add_argument(
        "--fail-rate", type=float, default=0.0, help="share of replayed paths that fail a few times first (0..1)"
    )
    parser.add_argument("--fail-times", type=int, default=2, help="how many times such a path fails before it succeeds")
    parser.add_argument("--seed", type=int, default=0, help="picks which paths fail, and how")
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="PATH=KIND",
        help=f"a replayed path that fails (for good, or its first N requests with KIND:N): KIND is an HTTP status"
        f" or one of {', '.join(FAULT_KINDS)}",
    )
    parser.add_argument(
        "--edit",
        nargs=3,
        action="append",
        default=[],
        metavar=("PATH", "OLD", "NEW"),
        help="serve the replayed page at PATH with its first OLD text replaced by NEW (the site changed)",
    )
    options = parser.parse_args(argv)

    quotes_pages = load_warc(options.quotes_warc)
    for path, old, new in options.edit:
        page = quotes_pages[path]
        if old.encode() not in page.body:
            parser.error(f"--edit: {path} has no {old!r}")
        page.body = page.body.replace(old.encode(), new.encode(), 1)
    quotes_truth = [json.loads(line) for line in (DATA / "quotes.toscrape.com" / "quotes.jl").open(encoding="utf-8")]
    overrides = dict(spec.split("=", 1) for spec in options.fault)
    # First, so that --fault and --fail-rate strike any path; a path they spare falls through.
    routes = Faults(options.fail_rate, options.fail_times, options.seed, overrides).routes()
    routes += directory_routes(options.books_site) if options.books_site else generated_routes(options.books)
    routes += form_routes(quotes_pages, quotes_truth, login_password=options.login_password)
    # Generated stand-ins of sites that cannot be recorded here, and every recorded site at /<domain>/.
    routes += standin_routes()
    routes += recorded_sites(DATA)
    # The replay answers any path it recorded, so it comes last.
    routes += replay_routes(quotes_pages)
    server = FixtureServer(routes, port=options.port, delay=options.delay)
    print(server.url, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    sys.exit(0)


if __name__ == "__main__":
    main()
