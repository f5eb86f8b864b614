"""`scrapy bench`: Scrapy's own benchmark, with the pipe to its benchmark server closed when the server stops."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.commands import bench

if TYPE_CHECKING:
    import argparse


class _BenchServer(bench._BenchServer):
    # Scrapy's server context leaves its stdout pipe to the garbage collector: a ResourceWarning at exit.
    def __exit__(self, *exc_info: object) -> None:
        super().__exit__(*exc_info)
        assert self.proc.stdout is not None
        self.proc.stdout.close()


class Command(bench.Command):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        with _BenchServer():
            assert self.crawler_process is not None
            self.crawler_process.crawl(bench._BenchSpider, total=100000)
            self.crawler_process.start()
