"""`scrapy crawl`: spider arguments validated before the crawl starts, -o/-O in place of the project's feeds, and a failed crawl's exit status."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader
from scrapy.utils.log import configure_logging

from crawler.args import validate
from crawler.errors import BadArgument, is_failure

if TYPE_CHECKING:
    import argparse

    from scrapy import Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class Command(ScrapyCrawlCommand):
    # The crawl `run()` starts (one spider per `scrapy crawl`), kept to read its close reason.
    _started_crawler: Crawler | None = None

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        if opts.output or opts.overwrite_output:
            assert self.settings is not None
            # Scrapy adds -o/-O to the project's FEEDS; a user who names an output file wants that
            # file alone, not also the project's per-item-type files. `-s FEEDS=...` still adds to it.
            self.settings.set("FEEDS", {}, priority="cmdline")
        super().process_options(args, opts)
        if len(args) == 1:
            # Before any crawler exists, so a bad argument costs one line and no log noise.
            self._check_arguments(args[0], opts.spargs)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        super().run(args, opts)
        # Stock `scrapy crawl` exits 0 whatever the close reason; a spider that says it failed must not.
        stats = self._started_crawler.stats if self._started_crawler else None
        if self.exitcode == 0 and stats is not None and is_failure(stats.get_value("finish_reason")):
            self.exitcode = 1

    def _create_crawler(self, spidercls: type[Spider] | str) -> Crawler:
        crawler = super()._create_crawler(spidercls)
        self._started_crawler = crawler
        return crawler

    def _check_arguments(self, spider_name: str, spider_args: dict[str, str]) -> None:
        assert self.settings is not None
        try:
            spidercls = get_spider_loader(self.settings).load(spider_name)
        except KeyError:
            return  # Scrapy's own message for an unknown spider follows.
        try:
            validate(spidercls, spider_args)
        except BadArgument as error:
            if self.settings.get("LOG_FILE"):
                # Under Scrapyd the job's log file is where users look, and no crawler has set up
                # logging yet: send the error there through Scrapy's own log configuration.
                configure_logging(self.settings)
                logger.error("Bad spider argument: %s", error)
            raise UsageError(str(error), print_help=False) from None
