"""A post's front matter by votes: each source (JSON-LD, OpenGraph, meta tags, the feed entry, the sitemap, the
visible page) proposes a value per field, agreeing values add up, and the winner is written with its source."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Tag
from dateutil import parser as date_parser

if TYPE_CHECKING:
    from crawler.blog.discovery import FeedEntry

# Ties go to the source named first: structured data meant for machines before what the page shows people.
SOURCES = ("jsonld", "opengraph", "meta", "feed", "sitemap", "page")
FIELDS = ("title", "date", "lastmod", "author", "tags", "categories", "summary", "canonical")
_DATE_FIELDS = frozenset({"date", "lastmod"})
_LIST_FIELDS = frozenset({"tags", "categories"})
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ")
ARTICLE_TYPES = frozenset(
    {
        "article",
        "blogposting",
        "newsarticle",
        "techarticle",
        "scholarlyarticle",
        "report",
        "socialmediaposting",
        "liveblogposting",
        "analysisnewsarticle",
        "reportagenewsarticle",
        "opinionnewsarticle",
        "howto",
        "recipe",
    }
)
LISTING_TYPES = frozenset({"collectionpage", "searchresultspage", "profilepage", "itemlist", "website"})


@dataclass
class Hints:
    """What discovery learnt of a post before fetching it: its feed entry and its sitemap `lastmod`."""

    feed: FeedEntry | None = None
    sitemap_lastmod: str | None = None


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _names(value: Any) -> list[str]:
    """Names from a JSON-LD value that may be a string, a list, an object with `name`, or comma-separated text."""
    if value is None:
        return []
    if isinstance(value, list):
        return [name for element in value for name in _names(element)]
    if isinstance(value, dict):
        return _names(value.get("name"))
    return [part.strip() for part in str(value).split(",") if part.strip()]


def _jsonld_objects(soup: BeautifulSoup) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []

    def collect(value: Any) -> None:
        if isinstance(value, list):
            for element in value:
                collect(element)
        elif isinstance(value, dict):
            objects.append(value)
            collect(value.get("@graph"))

    for script in soup.find_all("script", type="application/ld+json"):
        try:
            collect(json.loads(script.string or script.get_text() or "null"))
        except ValueError:
            continue
    return objects


def _types(value: dict[str, Any]) -> set[str]:
    kind = value.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(element).lower() for element in kinds if element}


def jsonld_types(soup: BeautifulSoup) -> set[str]:
    """Every `@type` of the page's JSON-LD, lower-cased."""
    return {kind for value in _jsonld_objects(soup) for kind in _types(value)}


def _from_jsonld(soup: BeautifulSoup) -> dict[str, Any]:
    article = next((value for value in _jsonld_objects(soup) if _types(value) & ARTICLE_TYPES), None)
    if article is None:
        return {}
    main_entity = article.get("mainEntityOfPage")
    canonical = article.get("url") or (main_entity.get("@id") if isinstance(main_entity, dict) else main_entity)
    return {
        "title": _clean(article.get("headline") or article.get("name")),
        "date": _clean(article.get("datePublished") or article.get("dateCreated")),
        "lastmod": _clean(article.get("dateModified")),
        "author": ", ".join(_names(article.get("author"))) or None,
        "tags": _names(article.get("keywords")),
        "categories": _names(article.get("articleSection")),
        "summary": _clean(article.get("description")),
        "canonical": _clean(canonical),
    }


def _meta(soup: BeautifulSoup, *names: str) -> list[str]:
    values = []
    for element in soup.find_all("meta", content=True):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        if key in names and (content := _clean(element["content"])):
            values.append(content)
    return values


def _first(values: list[str]) -> str | None:
    return values[0] if values else None


def _from_opengraph(soup: BeautifulSoup) -> dict[str, Any]:
    authors = [name for name in _meta(soup, "article:author") if not name.startswith(("http://", "https://"))]
    return {
        "title": _first(_meta(soup, "og:title")),
        "date": _first(_meta(soup, "article:published_time")),
        "lastmod": _first(_meta(soup, "article:modified_time", "og:updated_time")),
        "author": _first(authors),
        "tags": _meta(soup, "article:tag"),
        "categories": _meta(soup, "article:section"),
        "summary": _first(_meta(soup, "og:description")),
        "canonical": _first(_meta(soup, "og:url")),
    }


def _from_meta(soup: BeautifulSoup, url: str) -> dict[str, Any]:
    canonical = soup.find("link", rel="canonical", href=True)
    keywords = _first(_meta(soup, "keywords", "news_keywords"))
    return {
        "title": _clean(soup.title.get_text()) if soup.title else None,
        "date": _first(_meta(soup, "date", "pubdate", "publish-date", "dc.date", "dcterms.created", "dc.date.issued")),
        "lastmod": _first(_meta(soup, "last-modified", "dcterms.modified", "dc.date.modified")),
        "author": _first(_meta(soup, "author", "dc.creator", "byl")),
        "tags": [part.strip() for part in keywords.split(",") if part.strip()] if keywords else [],
        "categories": [],
        "summary": _first(_meta(soup, "description", "twitter:description")),
        "canonical": urljoin(url, canonical["href"]) if isinstance(canonical, Tag) else None,
    }


def _from_feed(entry: FeedEntry | None) -> dict[str, Any]:
    if entry is None:
        return {}
    return {
        "title": entry.title,
        "date": entry.published,
        "lastmod": entry.updated,
        "author": entry.author,
        "tags": entry.tags,
        "summary": entry.summary,
        "canonical": entry.url,
    }


def _visible_text(element: Tag | None) -> str | None:
    return _clean(element.get_text(" ")) if isinstance(element, Tag) else None


def _from_page(soup: BeautifulSoup, url: str) -> dict[str, Any]:
    scope = soup.find("article") or soup.find("main") or soup
    published = scope.find("time", datetime=True)
    modified = scope.select_one("time.updated[datetime], time[itemprop=dateModified][datetime]")
    if modified is not None and modified is published:
        published = scope.select_one("time.published[datetime], time[itemprop=datePublished][datetime]") or None
    author = scope.select_one("[rel~=author], .author .name, .byline .author, .author, .byline")
    return {
        "title": _visible_text(scope.find("h1") or soup.find("h1")),
        "date": _clean(published["datetime"]) if isinstance(published, Tag) else None,
        "lastmod": _clean(modified["datetime"]) if isinstance(modified, Tag) else None,
        "author": _visible_text(author),
        "tags": [text for link in scope.select("a[rel~=tag]") if (text := _visible_text(link))],
        "categories": [text for link in scope.select("a[rel~=category]") if (text := _visible_text(link))],
        "canonical": url,
    }


def _parsed_date(value: str) -> datetime | None:
    try:
        return date_parser.isoparse(value)
    except ValueError:
        pass
    try:
        return date_parser.parse(value)
    except (ValueError, OverflowError):
        return None


def _date_key(value: str) -> Any:
    parsed = _parsed_date(value)
    if parsed is None:
        return ("text", value)
    # A date alone agrees with any time on that day; a time compares as an instant.
    return ("day", parsed.date()) if parsed.tzinfo is None and parsed.time() == datetime.min.time() else parsed


def _folded(text: Any) -> str:
    return " ".join(str(text).split()).casefold()


def _agrees(field_name: str, one: Any, other: Any) -> bool:
    if field_name in _DATE_FIELDS:
        first, second = _date_key(one), _date_key(other)
        if isinstance(first, tuple) and isinstance(second, datetime) and first[0] == "day":
            return first[1] == second.date()
        if isinstance(second, tuple) and isinstance(first, datetime) and second[0] == "day":
            return second[1] == first.date()
        return bool(first == second)
    if field_name in _LIST_FIELDS:
        return {value.casefold() for value in one} == {value.casefold() for value in other}
    if field_name == "title":
        first, second = sorted((_folded(one), _folded(other)), key=len)
        # A document title is often the post's title and the site's name: "Title | Blog", "Title - Blog".
        return second == first or any(second.startswith(first + separator) for separator in _TITLE_SEPARATORS)
    if field_name == "canonical":
        return str(one).rstrip("/") == str(other).rstrip("/")
    return " ".join(str(one).split()).casefold() == " ".join(str(other).split()).casefold()


def _date_text(value: str) -> str:
    parsed = _parsed_date(value)
    if parsed is None:
        return value
    if parsed.tzinfo is None and parsed.time() == datetime.min.time():
        return date.isoformat(parsed.date())
    return parsed.isoformat()


def vote(candidates: dict[str, dict[str, Any]]) -> tuple[dict[str, Any], dict[str, str]]:
    """The value of each field that most sources agree on (ties: the earlier source in SOURCES), and its source.

    `candidates` maps a source name to its proposed fields; empty proposals do not vote. The value written
    is the proposal of the first source (in SOURCES order) among those that agree; a date is written in
    ISO 8601, with its time and offset when that source gave them.
    """
    chosen: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for field_name in FIELDS:
        proposals = [
            (source, value)
            for source in SOURCES
            if (value := candidates.get(source, {}).get(field_name)) not in (None, "", [])
        ]
        if field_name in _DATE_FIELDS:
            proposals = [(source, value) for source, value in proposals if _parsed_date(value) is not None]
        if not proposals:
            continue
        groups: list[list[tuple[str, Any]]] = []
        for source, value in proposals:
            group = next((group for group in groups if _agrees(field_name, group[0][1], value)), None)
            if group is None:
                groups.append([(source, value)])
            else:
                group.append((source, value))
        # Most votes first; among equals, the group whose first source comes first in SOURCES.
        best = max(groups, key=lambda group: (len(group), -SOURCES.index(group[0][0])))
        source, value = best[0]
        if field_name in _DATE_FIELDS:
            # Within agreeing sources, the most precise form: a time with an offset over a bare date.
            precise = next((pair for pair in best if (_parsed_date(pair[1]) or datetime.min).tzinfo is not None), None)
            source, value = precise or best[0]
            value = _date_text(value)
        elif field_name == "title":
            # The shortest of agreeing titles: the others carry the site's name.
            source, value = min(best, key=lambda pair: len(pair[1]))
        chosen[field_name] = list(dict.fromkeys(value)) if field_name in _LIST_FIELDS else value
        sources[field_name] = source
    return chosen, sources


def candidates(soup: BeautifulSoup, url: str, hints: Hints) -> dict[str, dict[str, Any]]:
    """Each source's proposals for the front matter of the page at `url`."""
    return {
        "jsonld": _from_jsonld(soup),
        "opengraph": _from_opengraph(soup),
        "meta": _from_meta(soup, url),
        "feed": _from_feed(hints.feed),
        "sitemap": {"lastmod": hints.sitemap_lastmod} if hints.sitemap_lastmod else {},
        "page": _from_page(soup, url),
    }
