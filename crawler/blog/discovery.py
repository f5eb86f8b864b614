"""Finding a blog's posts without fetching them: its feeds (entries, dates and the next `?paged=N` page) and the
links of its listing pages; pure functions of (text, URL)."""

from __future__ import annotations

import calendar
import email.utils
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from bs4 import BeautifulSoup
from dateutil import parser as date_parser

from crawler.blog.urls import canonical, is_asset, listing_kind, on_site

if TYPE_CHECKING:
    from collections.abc import Iterable

_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml"})


@dataclass
class FeedEntry:
    """What a feed says of one post: its votes for the front matter, and the date that tells whether it changed."""

    url: str
    title: str | None = None
    published: str | None = None
    updated: str | None = None
    author: str | None = None
    tags: list[str] = field(default_factory=list)
    summary: str | None = None


@dataclass
class FeedPage:
    """One page of a feed: its entries and the URL of the next page (`?paged=N+1`) when this one had any."""

    entries: list[FeedEntry]
    next_url: str | None
    is_feed: bool


def _date(entry: Any, name: str) -> str | None:
    """An entry's date in ISO 8601 with the feed's own UTC offset (feedparser's parsed form is in UTC)."""
    # dict.get: feedparser maps a missing `updated` to `published`, with a DeprecationWarning.
    raw = dict.get(entry, name)
    if raw:
        try:
            return email.utils.parsedate_to_datetime(raw).isoformat()
        except (TypeError, ValueError):
            pass
        try:
            return date_parser.isoparse(raw).isoformat()
        except ValueError:
            pass
    parsed = dict.get(entry, f"{name}_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC).isoformat()


def _text(value: Any) -> str | None:
    if not value:
        return None
    text = BeautifulSoup(str(value), "lxml").get_text(" ", strip=True)
    return " ".join(text.split()) or None


def with_page(url: str, number: int) -> str:
    """The feed URL with `paged=number` in its query (WordPress's feed pagination), other parameters kept."""
    parts = urlsplit(url)
    query = [(name, value) for name, value in parse_qsl(parts.query, keep_blank_values=True) if name != "paged"]
    query.append(("paged", str(number)))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def read_feed(body: bytes, url: str) -> FeedPage:
    """The entries of an RSS or Atom feed page, with links made absolute, and the next page's URL."""
    # Imported here: every crawl loads the spider modules, and only the blog spider reads feeds.
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": url})
    is_feed = bool(parsed.get("version")) or bool(parsed.entries)
    entries = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        entries.append(
            FeedEntry(
                url=canonical(urljoin(url, link)),
                title=_text(entry.get("title")),
                published=_date(entry, "published"),
                updated=_date(entry, "updated"),
                author=_text(entry.get("author")),
                tags=[term for tag in entry.get("tags", ()) if (term := _text(tag.get("term")))],
                summary=_text(entry.get("summary")),
            )
        )
    number = int(dict(parse_qsl(urlsplit(url).query)).get("paged", "1") or 1)
    return FeedPage(entries, with_page(url, number + 1) if entries else None, is_feed)


@dataclass
class PageLinks:
    """The links of an HTML page that discovery follows: feeds it advertises, listing pages, post candidates."""

    feeds: list[str]
    listings: list[str]
    candidates: list[str]


def read_links(html: str, url: str, base_url: str) -> PageLinks:
    """Sort a page's links on the site: advertised feeds, listing pages (to walk) and candidates (to fetch).

    Search pages are neither walked nor fetched; assets (images, styles, sitemaps) are left out.
    """
    soup = BeautifulSoup(html, "lxml")
    base_tag = soup.find("base", href=True)
    page_base = urljoin(url, base_tag["href"]) if base_tag else url
    feeds = [
        canonical(urljoin(page_base, link["href"]))
        for link in soup.find_all("link", href=True)
        if "alternate" in (link.get("rel") or []) and (link.get("type") or "").lower() in _FEED_TYPES
    ]
    listings: list[str] = []
    candidates: list[str] = []
    for href in _hrefs(soup.find_all("a", href=True)):
        target = canonical(urljoin(page_base, href))
        if not on_site(target, base_url) or is_asset(target):
            continue
        kind = listing_kind(target, base_url)
        if kind == "feed":
            continue
        if kind in ("search",):
            continue
        (listings if kind else candidates).append(target)
    return PageLinks(_unique(feeds), _unique(listings), _unique(candidates))


def _hrefs(anchors: Iterable[Any]) -> Iterable[str]:
    for anchor in anchors:
        href = anchor["href"].strip()
        if (
            href
            and not href.startswith(("#", "mailto:", "javascript:", "tel:"))
            and "nofollow" not in (anchor.get("rel") or [])
        ):
            yield href


def _unique(urls: list[str]) -> list[str]:
    return list(dict.fromkeys(urls))
