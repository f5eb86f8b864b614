"""AutoThrottle and 304 answers: a fast 304 lowers the delay as a fast 200 does; Scrapy's own would keep it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from scrapy.extensions.throttle import AutoThrottle
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from crawler.history.throttle import NotModifiedAwareAutoThrottle


@pytest.mark.parametrize(
    ("extension", "status", "lowered"),
    [
        (NotModifiedAwareAutoThrottle, 304, True),
        (NotModifiedAwareAutoThrottle, 200, True),
        (NotModifiedAwareAutoThrottle, 404, False),
        (AutoThrottle, 304, False),  # the control: Scrapy's own keeps the delay after a 304
    ],
)
def test_fast_answers_lower_the_delay(extension: type[AutoThrottle], status: int, lowered: bool) -> None:
    """After a quick answer the slot's delay drops toward the latency, for a 200 and now a 304, not for a 404."""
    crawler = get_crawler(settings_dict={"AUTOTHROTTLE_ENABLED": True, "AUTOTHROTTLE_START_DELAY": 0.5})
    throttle = extension.from_crawler(crawler)
    throttle.mindelay, throttle.maxdelay = throttle._min_delay(), throttle._max_delay()  # as when the spider opens
    slot = SimpleNamespace(delay=0.5)
    throttle._adjust_delay(slot, 0.01, Response("http://127.0.0.1/page", status=status))  # type: ignore[arg-type]
    assert (slot.delay < 0.5) is lowered
