"""www.scrapethissite.com: its parser on the recorded pages in tests/data/ (made by `scrapy newsite`)."""

from __future__ import annotations

import dataclasses
import inspect

from crawler.parsers import www_scrapethissite_com as parser
from crawler.parsers.www_scrapethissite_com import CountryPage
from crawler.site_items.www_scrapethissite_com import Country
from tests.recorded_sites import site


def test_item_page_has_one_method_per_field() -> None:
    """CountryPage reads each field of Country with the method of the same name."""
    methods = {name for name, _ in inspect.getmembers(CountryPage, inspect.isfunction) if not name.startswith("_")}
    assert {field.name for field in dataclasses.fields(Country)} <= methods


def test_no_stub_left() -> None:
    """Every method `scrapy newsite` generated has been filled in."""
    assert "self.unfilled(" not in inspect.getsource(parser), "fill in the methods that still raise self.unfilled()"


def test_recorded_pages_give_items() -> None:
    """The spider, run over the recorded pages, yields Country items with every required field."""
    items = [item for item in site("www.scrapethissite.com").offline_items() if isinstance(item, Country)]
    assert items, "no Country from the recorded pages"
    for item in items:
        assert all(getattr(item, name) not in (None, "", []) for name in Country.required_fields), item
