"""The project's own exceptions: who raises each, and what happens next."""

from __future__ import annotations


class BadArgument(ValueError):
    """A spider argument failed validation.

    Raised by `crawler.args.validate` before any request is made; `scrapy crawl`
    turns it into one usage line and exit status 2, `crawler.runtime` lets it
    propagate to the caller unchanged.
    """
