"""`scrapy crawl`: the user's input checked before the crawl starts, -o/-O in place of the project's feeds, and an
exit status that tells how the crawl went (see `crawler.outcome`)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader
from scrapy.utils.log import configure_logging

from crawler import jobdir, outcome
from crawler.args import validate
from crawler.checks import check_outputs, check_settings, file_feeds
from crawler.errors import BadArgument, BadJobDir, BadOutput, BadSetting
from crawler.heap import frozen_for_one_crawl

if TYPE_CHECKING:
    import argparse

    from scrapy import Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class Command(ScrapyCrawlCommand):
    # The crawl `run()` starts (one spider per `scrapy crawl`), kept to read its stats.
    _started_crawler: Crawler | None = None
    # What preparing the JOBDIR found, when there is one.
    resume: jobdir.Resume | None = None

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        if opts.output or opts.overwrite_output:
            assert self.settings is not None
            # Scrapy adds -o/-O to the project's FEEDS; a user who names an output file wants that
            # file alone, not also the project's per-item-type files. `-s FEEDS=...` still adds to it.
            self.settings.set("FEEDS", {}, priority="cmdline")
        super().process_options(args, opts)
        if len(args) != 1:
            return
        assert self.settings is not None
        # Before any crawler exists, so bad input costs one line and no log noise.
        try:
            self._check_arguments(args[0], opts.spargs)
            check_settings(self.settings)
            feeds = file_feeds(self.settings, args[0])
            check_outputs(list(feeds))
            if self.settings.get("JOBDIR"):
                self._prepare_job(Path(self.settings["JOBDIR"]), feeds)
        except (BadArgument, BadSetting, BadOutput, BadJobDir) as error:
            if self.settings.get("LOG_FILE"):
                # Under Scrapyd the job's log file is where users look, and no crawler has set up
                # logging yet: send the error there through Scrapy's own log configuration.
                configure_logging(self.settings)
                prefix = "Bad spider argument: " if isinstance(error, BadArgument) else ""
                logger.error("%s%s", prefix, error)
            raise UsageError(str(error), print_help=False) from None

    def _check_arguments(self, spider_name: str, spider_args: dict[str, str]) -> None:
        assert self.settings is not None
        try:
            spidercls = get_spider_loader(self.settings).load(spider_name)
        except KeyError:
            return  # Scrapy's own message for an unknown spider follows.
        validate(spidercls, spider_args)

    def _prepare_job(self, directory: Path, feeds: dict[Path, dict]) -> None:
        assert self.settings is not None
        self.resume = jobdir.prepare(directory, feeds)
        if jobdir.read_marker(directory) and any(options.get("overwrite") for options in feeds.values()):
            # Re-running the first run's command must not erase what that run wrote: -O appends on a resume.
            feeds = self.settings.getdict("FEEDS")
            appending = {uri: {**options, "overwrite": False} for uri, options in feeds.items()}
            self.settings.set("FEEDS", appending, priority="cmdline")
            self.resume.notes.append("Resuming: -O appends to the output instead of overwriting it")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        for note in self.resume.notes if self.resume else ():
            logger.warning("%s", note)
        if self.resume and self.resume.finished:
            return
        with frozen_for_one_crawl():
            super().run(args, opts)
        # Stock `scrapy crawl` exits 0 whatever happened during the crawl.
        stats = self._started_crawler.stats if self._started_crawler else None
        if self.exitcode == 0 and stats is not None and (problem := outcome.failure(stats.get_stats())):
            logger.error("Crawl failed: %s", problem)
            self.exitcode = outcome.CRAWL_FAILED

    def _create_crawler(self, spidercls: type[Spider] | str) -> Crawler:
        crawler = super()._create_crawler(spidercls)
        self._started_crawler = crawler
        return crawler
