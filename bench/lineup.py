"""The contenders: how to start each one against a base URL, and what it needs installed."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = "project"


@dataclass(frozen=True)
class Contender:
    key: str
    label: str
    module: str | None
    """The peer's module under bench.contenders; None for the project's own `scrapy crawl books`."""
    needs: tuple[str, ...]
    """Modules it imports that the benchmark's environment may lack."""

    def missing(self) -> list[str]:
        return [name for name in self.needs if importlib.util.find_spec(name) is None]

    def command(self, base_url: str, out: Path, concurrency: int) -> list[str]:
        if self.module is None:
            return _project_command(base_url, out, concurrency)
        return [sys.executable, "-m", self.module, base_url, str(out), "--concurrency", str(concurrency)]


def _project_command(base_url: str, out: Path, concurrency: int) -> list[str]:
    """`scrapy crawl books` as a user runs it, with only politeness and concurrency set on the command line."""
    scrapy = shutil.which("scrapy", path=str(Path(sys.executable).parent)) or "scrapy"
    settings = {
        "ROBOTSTXT_OBEY": "False",
        "AUTOTHROTTLE_ENABLED": "False",
        "DOWNLOAD_DELAY": "0",
        "CONCURRENT_REQUESTS": str(concurrency),
        "CONCURRENT_REQUESTS_PER_DOMAIN": str(concurrency),
    }
    command = [scrapy, "crawl", "books", "-a", f"base_url={base_url}", "-O", str(out)]
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    return command


CONTENDERS = (
    Contender(PROJECT, "this project: scrapy crawl books", None, ("scrapy", "bs4")),
    Contender("scrapy-parsel", "Scrapy + parsel", "bench.contenders.scrapy_parsel", ("scrapy", "parsel")),
    Contender("scrapy-bs4", "Scrapy + bs4(lxml), naive", "bench.contenders.scrapy_bs4", ("scrapy", "bs4")),
    Contender("aiohttp-bs4", "aiohttp + bs4(lxml), asyncio.run", "bench.contenders.aiohttp_bs4", ("aiohttp", "bs4")),
    Contender("crawlee-bs4", "Crawlee BeautifulSoupCrawler", "bench.contenders.crawlee_bs", ("crawlee", "bs4")),
)
