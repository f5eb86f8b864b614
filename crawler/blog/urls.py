"""What a blog URL is before it is fetched: on the site or not, a listing page (taxonomy, pagination, archive,
search, feed) or a post candidate, and the slug its bundle gets."""

from __future__ import annotations

import re
from posixpath import splitext
from urllib.parse import parse_qsl, unquote, urldefrag, urlsplit, urlunsplit

# Path segments that name a listing of posts rather than a post (WordPress, Hugo, Jekyll, Ghost, Blogger).
_LISTING_SEGMENTS = frozenset(
    {
        "tag",
        "tags",
        "category",
        "categories",
        "topic",
        "topics",
        "label",
        "labels",
        "series",
        "author",
        "authors",
        "archive",
        "archives",
        "page",
        "search",
        "feed",
        "feeds",
        "rss",
        "atom",
        "comments",
    }
)
# Query parameters that make a page a listing or a search: pagination, search terms, taxonomy filters.
_LISTING_QUERY = frozenset({"paged", "page", "p_page", "s", "q", "query", "search", "tag", "cat", "category", "author"})
# /2024/, /2024/05/, /2024/05/17/: date archives (a post has a slug after them).
_DATE_ARCHIVE = re.compile(r"^/(?:\d{4})(?:/\d{1,2}){0,2}/?$")
# Files that are never posts.
_ASSET_EXTENSIONS = frozenset(
    {
        ".css",
        ".js",
        ".json",
        ".xml",
        ".gz",
        ".rss",
        ".atom",
        ".txt",
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".webp",
        ".svg",
        ".avif",
        ".ico",
        ".pdf",
        ".zip",
        ".mp3",
        ".mp4",
        ".webm",
        ".woff",
        ".woff2",
        ".ttf",
    }
)
# Characters a file name on Linux, macOS or Windows cannot hold, and runs of separators.
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*\s]+')


def canonical(url: str) -> str:
    """The URL without its fragment, scheme and host in lower case: one spelling per page."""
    url, _ = urldefrag(url)
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def on_site(url: str, base_url: str) -> bool:
    """Whether `url` lies under `base_url` (same scheme-less host, path below the base's)."""
    parts, base = urlsplit(url), urlsplit(base_url)
    if parts.scheme not in ("http", "https") or parts.netloc.lower() != base.netloc.lower():
        return False
    return parts.path.startswith(base.path.rstrip("/") + "/") or parts.path == base.path.rstrip("/")


def is_asset(url: str) -> bool:
    """Whether the URL names a file that is not a page (an image, a stylesheet, a feed, a sitemap)."""
    return splitext(urlsplit(url).path.lower())[1] in _ASSET_EXTENSIONS


def listing_kind(url: str, base_url: str) -> str | None:
    """Why the URL is a listing page and never a post (`home`, `taxonomy`, `date_archive`, `search`...); None if not."""
    parts = urlsplit(url)
    base_path = urlsplit(base_url).path.rstrip("/")
    path = parts.path[len(base_path) :] if parts.path.startswith(base_path) else parts.path
    if path in ("", "/", "/index.html", "/index.php"):
        query_names = {name for name, _ in parse_qsl(parts.query, keep_blank_values=True)}
        if query_names & _LISTING_QUERY:
            return "search" if query_names & {"s", "q", "query", "search"} else "pagination"
        return "home" if not query_names else None
    query_names = {name for name, _ in parse_qsl(parts.query, keep_blank_values=True)}
    if query_names & {"s", "q", "query", "search"}:
        return "search"
    if query_names & _LISTING_QUERY:
        return "pagination"
    segments = [unquote(segment).lower() for segment in path.split("/") if segment]
    if segments and segments[-1] in ("index.html", "index.php"):
        segments.pop()
    if any(segment in _LISTING_SEGMENTS for segment in segments):
        if "page" in segments or "search" in segments:
            return "pagination" if "page" in segments else "search"
        if segments[-1] in ("feed", "feeds", "rss", "atom"):
            return "feed"
        return "taxonomy"
    if _DATE_ARCHIVE.match("/" + "/".join(segments) + "/"):
        return "date_archive"
    return None


def slug(url: str) -> str:
    """The bundle folder of a post: the last segment of its path, decoded, non-ASCII letters kept as they are.

    `/2024/05/안녕-세상/` gives `안녕-세상`, `/posts/hello.html` gives `hello`; characters a file name cannot
    hold become `-`. A URL without a path segment gives `index`.
    """
    segments = [segment for segment in urlsplit(url).path.split("/") if segment]
    if segments and segments[-1].lower() in ("index.html", "index.htm", "index.php"):
        segments.pop()
    name = unquote(segments[-1]) if segments else "index"
    stem, extension = splitext(name)
    if extension.lower() in (".html", ".htm", ".php", ".aspx", ".md"):
        name = stem
    name = _UNSAFE.sub("-", name).strip("-.")
    return name or "index"
