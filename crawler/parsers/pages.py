"""Page classes for parsers: a listing page (items, detail links, next link) and an item page (a method per field).

Pure like every parser: HTML (or a part of it) and its URL in, items and absolute URLs out, no Scrapy.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any, ClassVar, Generic, TypeVar
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Tag

ItemT = TypeVar("ItemT")


class UnexpectedPage(ValueError):
    """A page without the markup its parser needs: a "busy" page answered 200, an error page, another site's page.

    Not an empty page (a listing's last page may hold no items): a page class raises it when the marks of
    its kind of page are all missing. Spiders retry such a page, then count it as failed (crawler.middlewares.pages).
    """

    def __init__(self, url: str, missing: str) -> None:
        super().__init__(f"{url} is not the page its parser expects: no {missing}")
        self.url = url
        self.missing = missing

    def __reduce__(self) -> tuple[type, tuple[str, str]]:  # from a parser worker process, pickled
        return type(self), (self.url, self.missing)


def expect(found: object, url: str, missing: str) -> None:
    """Raise UnexpectedPage unless `found` (a node, a match, a list of them) is there."""
    if not found:
        raise UnexpectedPage(url, missing)


class Unfilled(NotImplementedError):
    """A field method `scrapy newsite` generated and nobody has filled in yet: it names the method to write."""

    def __init__(self, page: object, method: str) -> None:
        module = type(page).__module__.replace(".", "/") + ".py"
        super().__init__(f"{type(page).__name__}.{method}() is still a stub: fill it in ({module})")


class ItemPage(Generic[ItemT]):
    """One item: a whole detail page, one item's block of a listing page, or one row of a JSON answer.

    A method per field of `item_class`, each reading `self.node`: a bs4 Tag for HTML, the row itself for JSON.
    """

    item_class: ClassVar[type]

    def __init__(self, markup: str | Tag | Any, url: str) -> None:
        self.url = url
        self.node: Any = BeautifulSoup(markup, "lxml") if isinstance(markup, str) else markup

    def item(self) -> ItemT:
        """The item, each field from the method of its name."""
        names = [field.name for field in dataclasses.fields(self.item_class)]
        return self.item_class(**{name: getattr(self, name)() for name in names})  # type: ignore[no-any-return]

    def items(self) -> list[ItemT]:
        return [self.item()]

    def unfilled(self, method: str) -> Unfilled:
        """The error a stub `scrapy newsite` generated raises until it is filled in: `raise self.unfilled("name")`."""
        return Unfilled(self, method)

    def text(self, selector: str) -> str | None:
        """The text of the first node under `self.node` that matches the CSS selector, trimmed; None without one."""
        found = self.node.select_one(selector)
        return found.get_text(strip=True) if found is not None else None

    def link(self, node: Tag | None, attribute: str = "href") -> str | None:
        """A link of `node`, absolute; None without the node or the attribute."""
        value = node.get(attribute) if node is not None else None
        return urljoin(self.url, str(value)) if value else None


class ListPage:
    """A listing page: the items shown on it (each read by `item_page`), links to detail pages, the next page."""

    item_page: ClassVar[type[ItemPage[Any]] | None] = None
    # A CSS selector that every page of this kind matches, even one without items (its layout, its pager):
    # a page that does not match it raises UnexpectedPage. None: any page is taken.
    expected: ClassVar[str | None] = None

    def __init__(self, html: str, url: str) -> None:
        self.url = url
        self.soup = BeautifulSoup(html, "lxml")
        if self.expected is not None:
            expect(self.soup.select_one(self.expected), url, self.expected)

    def item_nodes(self) -> list[Tag]:
        """The node of each item shown on this page; none when the items live on detail pages."""
        return []

    def items(self) -> list[Any]:
        if self.item_page is None:
            return []
        return [self.item_page(node, self.url).item() for node in self.item_nodes()]

    def detail_urls(self) -> list[str]:
        """Absolute URLs of the pages of one item each that this page links to."""
        return []

    def next_page_url(self) -> str | None:
        return None

    def unfilled(self, method: str) -> Unfilled:
        """The error a stub `scrapy newsite` generated raises until it is filled in: `raise self.unfilled("name")`."""
        return Unfilled(self, method)

    def link(self, node: Tag | None, attribute: str = "href") -> str | None:
        """A link of `node`, absolute; None without the node or the attribute."""
        value = node.get(attribute) if node is not None else None
        return urljoin(self.url, str(value)) if value else None


class JsonListPage(ListPage):
    """A listing that is a JSON answer (an API a page's script calls): `self.data` holds it; rows are item nodes."""

    def __init__(self, text: str, url: str) -> None:
        self.url = url
        self.data = json.loads(text)

    def item_nodes(self) -> list[Any]:
        """The rows: the answer itself when it is an array."""
        return list(self.data) if isinstance(self.data, list) else []


def read_items(page_class: type, html: str, url: str) -> list[Any]:
    """The items of one page, from one call: what a parser worker process runs for a detail page."""
    return list(page_class(html, url).items())
