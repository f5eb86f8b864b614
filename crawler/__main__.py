"""`python -m crawler`: the project's command line for scripts, built on `crawler.runtime`.

`python -m crawler SPIDER [-a NAME=VALUE ...] [-o FILE | -O FILE] [-s NAME=VALUE ...]`
crawls as `scrapy crawl` does; `crawl` may be written before SPIDER.
`python -m crawler cluster SPIDER --nodes URL,... -O FILE` runs one crawl across Scrapyd nodes.
"""

from __future__ import annotations

import argparse
import logging
import sys

from scrapy.exceptions import UsageError
from scrapy.utils.conf import feed_process_params_from_cli
from scrapy.utils.log import configure_logging, log_scrapy_info

from crawler import outcome
from crawler.args import name_value
from crawler.checks import check_settings
from crawler.cluster import cli as cluster_cli
from crawler.errors import BadArgument, BadSetting, SetupError, UnknownSpider
from crawler.heap import frozen_for_one_crawl
from crawler.runtime import check, project_settings, run

# The status of a crawl stopped by a second Ctrl-C: its output may lack the items in flight.
EXIT_FORCED = 1


def _parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    parser = argparse.ArgumentParser(prog="python -m crawler", description="Crawl with the project's spiders.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    crawl = commands.add_parser(
        "crawl", help="crawl with one spider (the default command)", description="Crawl as `scrapy crawl` does."
    )
    crawl.add_argument("spider", help="spider name, as `scrapy list` shows")
    crawl.add_argument(
        "-a",
        dest="spider_args",
        action="append",
        type=name_value,
        default=[],
        metavar="NAME=VALUE",
        help="spider argument (repeatable)",
    )
    outputs = crawl.add_mutually_exclusive_group()
    outputs.add_argument(
        "-o",
        "--output",
        action="append",
        default=[],
        metavar="FILE",
        help="append items to FILE (format from its extension, or FILE:FORMAT)",
    )
    outputs.add_argument(
        "-O",
        "--overwrite-output",
        action="append",
        default=[],
        metavar="FILE",
        help="write items to FILE, replacing it",
    )
    crawl.add_argument(
        "-s",
        "--set",
        dest="settings",
        action="append",
        type=name_value,
        default=[],
        metavar="NAME=VALUE",
        help="setting for this run (repeatable)",
    )
    cluster = commands.add_parser(
        "cluster",
        help="one crawl split across several Scrapyd nodes, merged once",
        description=cluster_cli.DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cluster_cli.add_arguments(cluster)
    return parser, {"crawl": crawl, "cluster": cluster}


def _crawl(parser: argparse.ArgumentParser, options: argparse.Namespace) -> int:
    spider_args = dict(options.spider_args)
    try:
        # Before any logging is set up, so a bad argument costs one line.
        check(options.spider, spider_args)
    except (BadArgument, UnknownSpider) as error:
        parser.exit(2, f"{parser.prog}: error: {error}\n")
    overrides: dict[str, object] = dict(options.settings)
    base = project_settings()
    if options.output or options.overwrite_output:
        # As the project's `scrapy crawl`: -o/-O name the only output, in place of the project's
        # per-type feeds; `-s FEEDS=...` still adds to them.
        base.set("FEEDS", {}, priority="project")
    base.setdict(overrides, priority="cmdline")
    if options.output or options.overwrite_output:
        try:
            overrides["FEEDS"] = feed_process_params_from_cli(
                base, options.output, overwrite_output=options.overwrite_output
            )
        except UsageError as error:
            parser.error(str(error))
    else:
        # As `scrapy crawl`: without -o/-O the project's own feeds are written.
        overrides["FEEDS"] = base.getdict("FEEDS")
    base.setdict(overrides, priority="cmdline")
    try:
        check_settings(base)
    except BadSetting as error:
        parser.exit(2, f"{parser.prog}: error: {error}\n")
    configure_logging(base)
    log_scrapy_info(base)
    try:
        with frozen_for_one_crawl():
            result = run(options.spider, settings=overrides, **spider_args)
    except SetupError as error:
        parser.exit(1, f"{parser.prog}: error: {error}\n")
    except KeyboardInterrupt:
        return EXIT_FORCED
    # The same rule as the project's `scrapy crawl`.
    problem = outcome.failure(result.stats)
    if problem:
        logging.getLogger(__name__).error("Crawl failed: %s", problem)
        return outcome.CRAWL_FAILED
    return outcome.SUCCESS


def main(argv: list[str] | None = None) -> int:
    parser, commands = _parser()
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] not in commands and not argv[0].startswith("-"):
        argv = ["crawl", *argv]
    options = parser.parse_args(argv)
    if options.command == "cluster":
        return cluster_cli.run(options, commands["cluster"].prog)
    return _crawl(parser, options)


if __name__ == "__main__":
    sys.exit(main())
