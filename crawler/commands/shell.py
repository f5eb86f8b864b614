"""`scrapy shell`: Scrapy's own, with the page the user names fetched wherever it is (STAY_ON_SITE off)."""

from __future__ import annotations

from scrapy.commands import shell

from crawler.commands import NamedPage


class Command(NamedPage, shell.Command):
    pass
