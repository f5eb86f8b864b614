"""Command line of a cluster crawl: its options, their checks, and its exit status."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy.utils.conf import closest_scrapy_cfg

from crawler.args import name_value
from crawler.errors import BadArgument, BadSetting, ClusterError, UnknownSpider

if TYPE_CHECKING:
    from collections.abc import Callable

DESCRIPTION = """\
Run one crawl across several Scrapyd nodes and merge what they scrape into one file.

The current project's egg is deployed to every node (addversion.json); with N nodes,
node I runs the spider with `-a shard=I/N` (schedule.json). listjobs.json is polled and
a line is printed per node as its job moves on. A job counts only when its log's stats
say finish_reason 'finished' with pages fetched, and its items file agrees with them:
one line per scraped item, each an item of crawler/items.py, no key twice, as many of
each type. A node that stops answering, a job that ends otherwise or fails that check,
or a download that fails --attempts times, has its shard run again on another node.
Then each shard's items (from the node's items_dir, over HTTP) are merged once, keeping
the first item of each key (the `key` of its item class in crawler/items.py), and a summary is printed.

Credentials for nodes behind HTTP basic auth come from SCRAPYD_USERNAME and
SCRAPYD_PASSWORD, or from a node URL's user info (never printed); they are sent to
that node's own scheme, host and port only. Exit status: 0 merged, 1 the crawl could
not complete, 2 bad usage.
"""


def _nodes(text: str) -> list[str]:
    """The node URLs of --nodes, each checked; BadArgument with one line that shows no password."""
    from crawler.cluster.scrapyd import parse_node_url, without_userinfo

    urls = [url.strip() for url in text.split(",") if url.strip()]
    if not urls:
        raise BadArgument("--nodes: give at least one node URL")
    try:
        addresses = [parse_node_url(url)[0] for url in urls]
    except ValueError as error:
        raise BadArgument(f"--nodes: {error}") from None
    if len(set(addresses)) != len(addresses):
        raise BadArgument(f"--nodes: a node is listed twice (got '{', '.join(map(without_userinfo, urls))}')")
    return urls


def _positive(kind: type[int] | type[float]) -> Callable[[str], int | float]:
    def check(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a number (got {text!r})") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be more than 0 (got {text!r})")
        return value

    return check


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("spider", help="name of the spider to run (see `scrapy list`)")
    parser.add_argument(
        "--nodes",
        required=True,
        metavar="URL,URL,...",
        help="Scrapyd nodes, comma-separated, e.g. http://h1:6800,http://h2:6800; one shard per node "
        "(http://USER:PASSWORD@host:port gives that node its own account)",
    )
    parser.add_argument(
        "-O",
        "--output",
        required=True,
        type=Path,
        metavar="FILE",
        help="merged JSON Lines output (.jsonl or .jl), overwritten; written only when every shard succeeded",
    )
    parser.add_argument(
        "-a",
        dest="spider_args",
        action="append",
        type=name_value,
        default=[],
        metavar="NAME=VALUE",
        help="spider argument, as for `scrapy crawl` (repeatable); `shard` is set per node",
    )
    parser.add_argument(
        "-s",
        dest="settings",
        action="append",
        type=name_value,
        default=[],
        metavar="NAME=VALUE",
        help="Scrapy setting for every job (repeatable)",
    )
    parser.add_argument("--project", default="crawler", help="project name on the nodes (default: %(default)s)")
    parser.add_argument(
        "--egg",
        type=Path,
        metavar="FILE",
        help="deploy this egg instead of building one from the project with scrapyd-deploy",
    )
    parser.add_argument(
        "--poll",
        type=_positive(float),
        default=2.0,
        metavar="SECONDS",
        help="seconds between listjobs.json polls (default: %(default)s)",
    )
    parser.add_argument(
        "--attempts",
        type=_positive(int),
        default=3,
        metavar="N",
        help="runs of one shard before the crawl is given up (default: %(default)s)",
    )
    parser.add_argument(
        "--lost-after",
        type=_positive(int),
        default=3,
        metavar="N",
        help="polls in a row without an answer after which a node counts as lost (default: %(default)s)",
    )
    parser.add_argument(
        "--http-timeout",
        type=_positive(float),
        default=10.0,
        metavar="SECONDS",
        help="seconds to wait for one answer from a node (default: %(default)s)",
    )
    parser.add_argument(
        "--download-timeout",
        type=_positive(float),
        default=600.0,
        metavar="SECONDS",
        help="the longest one download of a job's log or items may take (default: %(default)s)",
    )
    parser.add_argument(
        "--download-max",
        type=_positive(int),
        default=4096,
        metavar="MIB",
        help="the largest log or items file of one job, in MiB (default: %(default)s)",
    )


def _check(options: argparse.Namespace, project_dir: Path) -> None:
    """Usage errors found before any node is contacted; BadArgument with one line."""
    from crawler.checks import apply_settings
    from crawler.launch import check_input, project_settings

    options.nodes = _nodes(options.nodes)
    if options.output.suffix not in (".jsonl", ".jl"):
        raise BadArgument(f"-O: the merged output is JSON Lines, name it .jsonl (got '{options.output}')")
    if options.egg and not options.egg.is_file():
        raise BadArgument(f"--egg: no such file (got '{options.egg}')")
    spider_args = dict(options.spider_args)
    if "shard" in spider_args:
        raise BadArgument(f"-a shard: set by the cluster command, one shard per node (got '{spider_args['shard']}')")
    # The nodes run the crawl, but its input is checked here first, as for a crawl on this machine.
    settings = project_settings()
    apply_settings(settings, options.settings)
    check_input(options.spider, {**spider_args, "shard": f"0/{len(options.nodes)}"}, settings)


def run(options: argparse.Namespace, prog: str) -> int:
    """Run a parsed cluster command line; the exit status."""
    from crawler.cluster.run import ClusterRun, Plan

    config = closest_scrapy_cfg()
    if not config:
        print(f"{prog}: error: no Scrapy project here (scrapy.cfg not found)", file=sys.stderr)
        return 2
    project_dir = Path(config).parent
    try:
        _check(options, project_dir)
    except (BadArgument, BadSetting, UnknownSpider) as error:
        print(f"{prog}: error: {error}", file=sys.stderr)
        return 2
    plan = Plan(
        spider=options.spider,
        nodes=options.nodes,
        output=options.output,
        project=options.project,
        args=dict(options.spider_args),
        settings=dict(options.settings),
        egg=options.egg,
        poll=options.poll,
        attempts=options.attempts,
        lost_after=options.lost_after,
        http_timeout=options.http_timeout,
        download_timeout=options.download_timeout,
        download_limit=options.download_max * 1024 * 1024,
    )
    cluster = ClusterRun(
        plan,
        project_dir,
        say=lambda line: print(line, file=sys.stderr, flush=True),
        report=lambda line: print(line, flush=True),
    )
    try:
        cluster.run()
    except ClusterError as error:
        print(f"{prog}: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{prog}: interrupted; the jobs it started were cancelled", file=sys.stderr)
        return 130
    return 0
