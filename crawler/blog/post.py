"""One fetched page to a post, or the reason it is not one: the page-type decision, the votes of its front matter
and its Markdown body; pure, (HTML, URL, discovery hints) in."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bs4 import BeautifulSoup

from crawler.blog.metadata import ARTICLE_TYPES, LISTING_TYPES, Hints, candidates, jsonld_types, vote
from crawler.blog.urls import listing_kind, slug

_SUMMARY_WORDS = 40


@dataclass
class PostDocument:
    """A post ready to be written: its bundle's folder name, front matter, Markdown body and images to fetch."""

    url: str
    slug: str
    front_matter: dict[str, Any]
    markdown: str
    images: dict[str, str] = field(default_factory=dict)
    """File name in the bundle -> absolute image URL."""
    image_bodies: dict[str, bytes] = field(default_factory=dict)
    """File name -> the image's bytes, filled by the spider for each image it could download."""


@dataclass
class NotAPost:
    """A page that is not written: why (`taxonomy`, `listing`, `no_article`...)."""

    url: str
    reason: str


def page_kind(soup: BeautifulSoup, url: str, base_url: str, hints: Hints) -> str | None:
    """None when the page is a post, else why it is not one.

    A post is a page whose URL is not a listing's (tag, category, pagination, search, archive), that its
    feed lists, or whose JSON-LD or OpenGraph type says article, or, lacking those, whose markup holds
    exactly one `<article>`.
    """
    if kind := listing_kind(url, base_url):
        return kind
    if hints.feed is not None:
        return None
    types = jsonld_types(soup)
    if types & ARTICLE_TYPES:
        return None
    og_type = soup.find("meta", property="og:type", content=True)
    og = str(og_type["content"]).strip().lower() if og_type else ""
    if og == "article":
        return None
    if types & LISTING_TYPES - {"website"}:
        return "listing"
    articles = soup.find_all("article")
    if len(articles) == 1:
        return None
    return "listing" if len(articles) > 1 else "no_article"


def _summary(text: str) -> str | None:
    words = text.split()
    if not words:
        return None
    return " ".join(words[:_SUMMARY_WORDS]) + (" …" if len(words) > _SUMMARY_WORDS else "")


def read_post(
    html: str, url: str, base_url: str, hints: Hints | None = None, validators: dict[str, str] | None = None
) -> PostDocument | NotAPost:
    """The post at `url` (its page's HTML), or NotAPost with the reason.

    `validators` (the answer's `etag` and `last_modified`) are kept in the front matter's `crawl` map, so that
    the next run can ask the server whether the page changed.
    """
    # Imported here: every crawl loads the spider modules, and trafilatura alone takes some 70 ms to import.
    from crawler.blog.extract import extract

    hints = hints or Hints()
    soup = BeautifulSoup(html, "lxml")
    if reason := page_kind(soup, url, base_url, hints):
        return NotAPost(url, reason)
    proposals = candidates(soup, url, hints)
    chosen, sources = vote(proposals)
    content = extract(html, url, chosen.get("title"))
    if "summary" not in chosen and (summary := _summary(content.text)):
        chosen["summary"], sources["summary"] = summary, "page"
    front: dict[str, Any] = {name: chosen[name] for name in ("title", "date", "lastmod", "author") if name in chosen}
    for name in ("tags", "categories", "summary"):
        if name in chosen:
            front[name] = chosen[name]
    front["source_url"] = chosen.get("canonical", url)
    if "canonical" in sources:
        sources["source_url"] = sources.pop("canonical")
    front["sources"] = {name: sources[name] for name in front if name in sources}
    crawl = {"url": url}
    if hints.sitemap_lastmod:
        crawl["sitemap_lastmod"] = hints.sitemap_lastmod
    if hints.feed is not None and (feed_date := hints.feed.updated or hints.feed.published):
        crawl["feed_date"] = feed_date
    crawl.update({name: value for name, value in sorted((validators or {}).items()) if value})
    front["crawl"] = crawl
    return PostDocument(url, slug(url), front, content.markdown, content.images)
