"""`scrapy crawl`, as the project runs every crawl: input checked first by `crawler.launch.prepare` (one line and
exit status 2 when bad), the crawl run by `crawler.runtime` on its selector loop, and an exit status that tells
how the crawl went (see `crawler.outcome`)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from crawler.args import name_value
from crawler.checks import apply_settings
from crawler.cli import BAD_INPUT_ERRORS, crawl_from_command_line, refuse
from crawler.errors import BadOutput, BadSetting
from crawler.launch import prepare

if TYPE_CHECKING:
    from crawler.launch import PreparedCrawl

PROG = "scrapy"


class Command(ScrapyCrawlCommand):
    # The crawl runs through crawler.runtime, which starts its own selector loop from a loop factory;
    # Scrapy's CrawlerProcess would install its reactor (and on Windows the deprecated loop policy) first.
    requires_crawler_process = False
    prepared: PreparedCrawl | None = None

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        # -o/-O and -s go through the shared preparation, which checks each and names the one at fault.
        outputs, overwrite = opts.overwrite_output or opts.output or [], bool(opts.overwrite_output)
        both = bool(opts.output and opts.overwrite_output)
        pairs, opts.set, opts.output, opts.overwrite_output = opts.set, [], None, None
        super().process_options(args, opts)
        if len(args) != 1:
            return  # Scrapy's own usage message follows in run()
        assert self.settings is not None
        try:
            if both:
                raise BadOutput("use only one of -o (append) and -O (overwrite)")
            try:
                apply_settings(self.settings, [name_value(pair) for pair in pairs])
            except argparse.ArgumentTypeError as error:
                raise BadSetting(f"-s: {error}") from None
            self.prepared = prepare(args[0], opts.spargs, self.settings, outputs=outputs, overwrite=overwrite)
        except BAD_INPUT_ERRORS as error:
            refuse(PROG, error, self.settings)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1 or self.prepared is None:
            raise UsageError("give one spider name, as `scrapy list` shows", print_help=False)
        self.exitcode = crawl_from_command_line(self.prepared, PROG)
