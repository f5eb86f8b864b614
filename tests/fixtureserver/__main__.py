"""Command line of the fixture server: prints its base URL, then serves until killed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tests.fixtureserver.app import FixtureServer
from tests.fixtureserver.replay import load_warc, replay_routes

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
    options = parser.parse_args(argv)

    routes = []
    # The replay answers any path it recorded, so it comes last.
    routes += replay_routes(load_warc(options.quotes_warc))
    server = FixtureServer(routes, port=options.port)
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
