"""Settings of the peer Scrapy spiders: Scrapy's defaults, with politeness off and the benchmark's concurrency."""

from __future__ import annotations


def peer_settings(out: str, concurrency: int) -> dict:
    return {
        "ROBOTSTXT_OBEY": False,
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_DELAY": 0,
        "CONCURRENT_REQUESTS": concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
        # Every contender logs at INFO: a DEBUG line per request and item would be measured otherwise.
        "LOG_LEVEL": "INFO",
        "FEEDS": {out: {"format": "jsonlines", "encoding": "utf-8", "overwrite": True}},
    }
