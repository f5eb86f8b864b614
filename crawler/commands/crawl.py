"""`scrapy crawl`, with spider arguments validated before the crawl starts."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader

from crawler.args import validate
from crawler.errors import BadArgument

if TYPE_CHECKING:
    import argparse

logger = logging.getLogger(__name__)


class Command(ScrapyCrawlCommand):
    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        if len(args) == 1:
            # Before any crawler exists, so a bad argument costs one line and no log noise.
            self._check_arguments(args[0], opts.spargs)

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
                # Under Scrapyd the job's log file is where users look.
                logger.error("Bad spider argument: %s", error)
            raise UsageError(str(error), print_help=False) from None
