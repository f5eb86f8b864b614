"""A generated blog of 300 posts and its own small HTTP server on 127.0.0.1, for the blog spider's tests.

Half the posts are listed in a sitemap index (one child sitemap gzipped), 60 in an RSS feed of 20 items a
page (`?paged=N`), the rest only on archive pages; every page has an ETag and answers If-None-Match with 304.
Posts carry code in every class convention, tables, nested lists, lazy images and Korean or Japanese text;
tag, category, date-archive, pagination, search and about pages sit beside them and are no posts.
`python -m tests.blog_site [--port N]` serves it and prints its address.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import struct
import threading
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote, urlsplit

POSTS = 300
PREFIX = "/blog/"
FEED_PAGE_SIZE = 20
ARCHIVE_PAGE_SIZE = 30
SITEMAP_POSTS = range(0, 150)
FEED_POSTS = range(150, 210)
ARCHIVE_POSTS = range(210, 300)
TAGS = ("python", "rust", "web", "data", "한국어")
CATEGORIES = ("notes", "tutorials", "releases")
LAST_MODIFIED = "Mon, 01 Jun 2026 00:00:00 GMT"

# (convention, language, HTML around the code): each post holds two of them and one block without a language.
CODE_CONVENTIONS = (
    ("language-x", "python", '<pre><code class="language-python">{code}</code></pre>'),
    ("lang-x", "javascript", '<pre class="prettyprint lang-javascript">{code}</pre>'),
    ("hljs x", "bash", '<pre><code class="hljs bash">{code}</code></pre>'),
    ("highlight-source-x", "rust", '<div class="highlight highlight-source-rust"><pre>{code}</pre></div>'),
    (
        "highlight-x",
        "sql",
        '<div class="highlight-sql notranslate"><div class="highlight"><pre>{code}</pre></div></div>',
    ),
    ("data-lang", "go", '<div class="highlight"><pre class="chroma"><code data-lang="go">{code}</code></pre></div>'),
)
CODE_SAMPLES = {
    "python": 'def greet(name):\n    """Say hello."""\n    if name and len(name) < 10:\n        return f"hi {{name}} & <bye>"\n\n    return None',
    "javascript": "const add = (a, b) => {\n  return a + b; // sum\n};\n\nconsole.log(add(1, 2) < 4);",
    "bash": 'for f in *.txt; do\n  echo "$f" | wc -l\ndone',
    "rust": 'fn main() {\n    let v: Vec<i32> = vec![1, 2, 3];\n    println!("{{:?}}", v);\n}',
    "sql": "SELECT name, COUNT(*)\n  FROM posts\n WHERE year > 2020\n GROUP BY name;",
    "go": 'func main() {\n\tfmt.Println("hello")\n}',
    None: "plain text block\n    indented line\nlast line",
}


@dataclass
class Post:
    """One post of the generated blog and what a faithful copy of it holds."""

    number: int
    path: str
    title: str
    date: str
    lastmod: str
    author: str
    tags: list[str]
    categories: list[str]
    summary: str
    metadata_style: str
    code: list[tuple[str | None, str]] = field(default_factory=list)
    """(language or None, the code's text) of each `<pre>`, in order."""
    table: list[list[str]] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    """Absolute paths of the images the post shows."""
    korean: bool = False

    @property
    def url_path(self) -> str:
        return quote(self.path)


def _slug(number: int) -> str:
    if number % 10 == 0:
        return f"안녕하세요-세상-{number}"
    if number % 10 == 5:
        return f"こんにちは-{number}"
    return f"post-{number}"


def make_posts() -> list[Post]:
    """The 300 posts, the same every time."""
    posts = []
    for number in range(POSTS):
        month, day = 1 + number % 12, 1 + number % 28
        slug = _slug(number)
        korean = number % 5 == 0
        title = f"포스트 {number}: 한글 제목" if korean else f"Post number {number}: notes on things"
        conventions = [CODE_CONVENTIONS[number % 6], CODE_CONVENTIONS[(number + 3) % 6]]
        code = [
            (language, CODE_SAMPLES[language].replace("{{", "{").replace("}}", "}")) for _, language, _ in conventions
        ]
        code.append((None, CODE_SAMPLES[None]))
        posts.append(
            Post(
                number=number,
                path=f"{PREFIX}2025/{month:02d}/{slug}/",
                title=title,
                date=f"2025-{month:02d}-{day:02d}T09:30:00+09:00",
                lastmod=f"2025-{month:02d}-{day:02d}T12:00:00+09:00",
                author=("김철수", "Jane Doe", "John Smith")[number % 3],
                tags=[TAGS[number % 5], TAGS[(number + 2) % 5]],
                categories=[CATEGORIES[number % 3]],
                summary=f"Summary of post {number}, about {TAGS[number % 5]}.",
                metadata_style=("jsonld", "opengraph", "meta")[number % 3],
                code=code,
                table=[["Name", "Value", "Note"], [f"alpha{number}", str(number), "a | pipe"], ["beta", "2", "위"]],
                images=[
                    f"{PREFIX}images/p{number}-lazy.png",
                    f"{PREFIX}images/p{number}-set-640.png",
                    f"{PREFIX}images/p{number}-nos.png",
                ],
                korean=korean,
            )
        )
    return posts


def _png(seed: int) -> bytes:
    """A valid 2x2 PNG whose colour depends on seed."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    pixel = bytes([seed % 256, (seed * 7) % 256, (seed * 13) % 256])
    raw = b"".join(b"\x00" + pixel * 2 for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _layout(title: str, body: str, head: str = "") -> str:
    recent = "".join(f'<li><a href="{PREFIX}archives/">Archive {n}</a></li>' for n in range(3))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | Fixture Blog</title>
<link rel="alternate" type="application/rss+xml" title="Feed" href="{PREFIX}feed/">
{head}</head>
<body>
<header class="site-header"><a href="{PREFIX}">Fixture Blog</a>
<nav><a href="{PREFIX}">Home</a> <a href="{PREFIX}about/">About</a> <a href="{PREFIX}archives/">Archives</a>
<a href="{PREFIX}tag/python/">Python</a> <a href="{PREFIX}category/notes/">Notes</a> <a href="{PREFIX}2025/03/">March 2025</a>
<a href="{PREFIX}?s=hello">Search hello</a></nav>
<form action="{PREFIX}" method="get"><input name="s"></form></header>
<div class="wrapper">
<main id="main">{body}</main>
<aside class="sidebar"><h3>Recent archives</h3><ul>{recent}</ul>
<p>Subscribe to the newsletter for weekly updates about everything we publish here.</p></aside>
</div>
<footer><p>Copyright 2026 Fixture Blog. All rights reserved. Powered by nothing at all.</p></footer>
</body></html>"""


def _post_head(post: Post) -> str:
    tags = ", ".join(post.tags)
    if post.metadata_style == "jsonld":
        data = {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "headline": post.title,
            "datePublished": post.date,
            "dateModified": post.lastmod,
            "author": {"@type": "Person", "name": post.author},
            "keywords": tags,
            "articleSection": post.categories[0],
            "description": post.summary,
            "mainEntityOfPage": {"@id": f"{{root}}{post.url_path}"},
        }
        return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    if post.metadata_style == "opengraph":
        tag_meta = "".join(f'<meta property="article:tag" content="{html.escape(tag)}">' for tag in post.tags)
        return (
            f'<meta property="og:type" content="article"><meta property="og:title" content="{html.escape(post.title)}">'
            f'<meta property="article:published_time" content="{post.date}">'
            f'<meta property="article:modified_time" content="{post.lastmod}">{tag_meta}'
            f'<meta property="article:section" content="{post.categories[0]}">'
            f'<meta property="og:description" content="{html.escape(post.summary)}">'
        )
    return (
        f'<meta name="author" content="{html.escape(post.author)}"><meta name="description" content="{html.escape(post.summary)}">'
        f'<meta name="keywords" content="{html.escape(tags)}">'
    )


def post_page(post: Post) -> str:
    """The HTML of a post."""
    blocks = []
    for (convention, language, template), (_, code) in zip(
        [CODE_CONVENTIONS[post.number % 6], CODE_CONVENTIONS[(post.number + 3) % 6]], post.code, strict=False
    ):
        escaped = html.escape(code, quote=False)
        if convention == "highlight-x":
            # Sphinx wraps every token in a span.
            escaped = " ".join(
                f'<span class="n">{html.escape(word, quote=False)}</span>' if word.strip() else word
                for word in code.split(" ")
            )
        blocks.append(f"<p>Example in {language}:</p>" + template.format(code=escaped))
    blocks.append(f"<p>Without a language:</p><pre>{html.escape(post.code[-1][1], quote=False)}</pre>")
    header, *rows = post.table
    table = (
        "<table><thead><tr>"
        + "".join(f"<th>{html.escape(cell)}</th>" for cell in header)
        + "</tr></thead><tbody>"
        + "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
        + "</tbody></table>"
    )
    lazy, srcset, noscript = post.images
    images = (
        f'<figure><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="{lazy}" alt="lazy {post.number}"></figure>'
        f'<p><img src="{srcset.replace("-640", "-320")}" srcset="{srcset.replace("-640", "-320")} 320w, {srcset} 640w" alt="set {post.number}"></p>'
        f'<p><img class="lazyload" alt="nos {post.number}"><noscript><img src="{noscript}" alt="nos {post.number}"></noscript></p>'
    )
    text = (
        "<p>이 글은 한국어로 작성되었습니다. 웹 크롤러는 한글을 그대로 보존해야 합니다.</p>"
        if post.korean
        else f"<p>This is post {post.number}. It explains how a crawler keeps every detail of a page intact.</p>"
    )
    tag_links = " ".join(f'<a rel="tag" href="{PREFIX}tag/{quote(tag)}/">{html.escape(tag)}</a>' for tag in post.tags)
    category_links = " ".join(f'<a rel="category" href="{PREFIX}category/{c}/">{c}</a>' for c in post.categories)
    body = f"""<article class="post">
<h1 class="entry-title">{html.escape(post.title)}</h1>
<div class="meta"><time class="published" datetime="{post.date}">{post.date[:10]}</time> by <span class="author">{html.escape(post.author)}</span></div>
<div class="entry-content">
{text}
<h2>Steps</h2>
<ul><li>First level
<ul><li>Second level
<ul><li>Third level item</li></ul></li></ul></li><li>Another first</li></ul>
<ol><li>One</li><li>Two<ol><li>Two point one</li></ol></li></ol>
{"".join(blocks)}
<h2>Figures</h2>
{table}
{images}
<p>That is the end of post {post.number}, with a <a href="{PREFIX}about/">link to the about page</a>.</p>
</div>
<div class="tags">Tags: {tag_links} Categories: {category_links}</div>
<div class="share"><a href="https://twitter.invalid/share">Share on Twitter</a> <a href="https://facebook.invalid/share">Share on Facebook</a></div>
</article>
<section id="comments"><h3>2 Comments</h3><p>Great article, thanks! Commenter says hello.</p></section>"""
    return _layout(post.title, body, _post_head(post))


def _listing(title: str, posts: list[Post], next_path: str | None) -> str:
    items = "".join(
        f'<article class="summary"><h2><a href="{p.url_path}">{html.escape(p.title)}</a></h2><p>{html.escape(p.summary)}</p></article>'
        for p in posts
    )
    pager = f'<a class="next" href="{next_path}">Older posts</a>' if next_path else ""
    return _layout(title, f"<h1>{html.escape(title)}</h1>{items}{pager}", '<meta property="og:type" content="website">')


class BlogSite:
    """Every page of the generated blog, by path (percent-encoded as sent on the wire)."""

    def __init__(self) -> None:
        self.posts = make_posts()
        self.pages: dict[str, tuple[str, bytes]] = {}
        self.non_posts: list[str] = []
        self._build()

    def _add(self, path: str, content_type: str, body: str | bytes, post: bool = False) -> None:
        self.pages[path] = (content_type, body.encode("utf-8") if isinstance(body, str) else body)
        if not post and content_type.startswith("text/html"):
            self.non_posts.append(path)

    def _build(self) -> None:
        html_type = "text/html; charset=utf-8"
        for post in self.posts:
            self._add(post.url_path, html_type, post_page(post), post=True)
            for image in post.images:
                self._add(quote(image), "image/png", _png(post.number * 3 + post.images.index(image)))
            self._add(quote(post.images[1].replace("-640", "-320")), "image/png", _png(999))
        home = [self.posts[n] for n in (299, 298, 297)]
        self._add(PREFIX, html_type, _listing("Fixture Blog", home, f"{PREFIX}page/2/"))
        self._add(f"{PREFIX}page/2/", html_type, _listing("Fixture Blog, page 2", [self.posts[296]], None))
        archive = [self.posts[n] for n in ARCHIVE_POSTS]
        pages = [archive[i : i + ARCHIVE_PAGE_SIZE] for i in range(0, len(archive), ARCHIVE_PAGE_SIZE)]
        for number, chunk in enumerate(pages, 1):
            path = f"{PREFIX}archives/" if number == 1 else f"{PREFIX}archives/page/{number}/"
            next_path = f"{PREFIX}archives/page/{number + 1}/" if number < len(pages) else None
            self._add(path, html_type, _listing(f"Archives, page {number}", chunk, next_path))
        for tag in TAGS:
            tagged = [p for p in self.posts if tag in p.tags][:5]
            self._add(f"{PREFIX}tag/{quote(tag)}/", html_type, _listing(f"Tag {tag}", tagged, None))
        for category in CATEGORIES:
            self._add(f"{PREFIX}category/{category}/", html_type, _listing(f"Category {category}", [], None))
        self._add(f"{PREFIX}2025/03/", html_type, _listing("March 2025", [self.posts[2]], None))
        self._add(f"{PREFIX}?s=hello", html_type, _listing("Search results for hello", [self.posts[1]], None))
        about = "<h1>About</h1><p>This blog is a fixture. It has no posts of its own here, only words about itself.</p>"
        self._add(f"{PREFIX}about/", html_type, _layout("About", about, '<meta property="og:type" content="website">'))
        self._add(
            "/robots.txt",
            "text/plain",
            f"User-agent: *\nDisallow: /private/\nSitemap: {{root}}{PREFIX}sitemap_index.xml\n",
        )
        self._build_sitemaps()
        self._build_feed()

    def _build_sitemaps(self) -> None:
        def urlset(posts: list[Post], extra: list[str]) -> str:
            entries = "".join(
                f"<url><loc>{{root}}{p.url_path}</loc><lastmod>{p.lastmod}</lastmod></url>" for p in posts
            )
            entries += "".join(f"<url><loc>{{root}}{path}</loc></url>" for path in extra)
            return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'

        listed = [self.posts[n] for n in SITEMAP_POSTS]
        self._add(
            f"{PREFIX}sitemap-posts-1.xml",
            "application/xml",
            urlset(listed[:75], [f"{PREFIX}about/", f"{PREFIX}tag/python/"]),
        )
        # Compressed when served, once its {root} is filled in.
        self._add(
            f"{PREFIX}sitemap-posts-2.xml.gz", "application/gzip", urlset(listed[75:], [f"{PREFIX}category/notes/"])
        )
        index = "".join(
            f"<sitemap><loc>{{root}}{PREFIX}{name}</loc><lastmod>2026-06-01</lastmod></sitemap>"
            for name in ("sitemap-posts-1.xml", "sitemap-posts-2.xml.gz")
        )
        self._add(
            f"{PREFIX}sitemap_index.xml",
            "application/xml",
            f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>',
        )

    def _build_feed(self) -> None:
        posts = [self.posts[n] for n in reversed(FEED_POSTS)]
        for start in range(0, len(posts), FEED_PAGE_SIZE):
            items = "".join(
                f"<item><title>{html.escape(p.title)}</title><link>{{root}}{p.url_path}</link>"
                f"<guid>{{root}}{p.url_path}</guid><pubDate>{_rfc822(p.date)}</pubDate>"
                f"<dc:creator>{html.escape(p.author)}</dc:creator>"
                + "".join(f"<category>{html.escape(tag)}</category>" for tag in p.tags)
                + f"<description>{html.escape(p.summary)}</description></item>"
                for p in posts[start : start + FEED_PAGE_SIZE]
            )
            feed = (
                '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                f"<channel><title>Fixture Blog</title><link>{{root}}{PREFIX}</link><description>d</description>{items}</channel></rss>"
            )
            page = start // FEED_PAGE_SIZE + 1
            self._add(f"{PREFIX}feed/" if page == 1 else f"{PREFIX}feed/?paged={page}", "application/rss+xml", feed)


def _rfc822(iso: str) -> str:
    from datetime import datetime
    from email.utils import format_datetime

    return format_datetime(datetime.fromisoformat(iso))


class BlogServer:
    """The generated blog served on 127.0.0.1 in a thread; `requests` logs (method, path, status) of each request."""

    def __init__(self, site: BlogSite | None = None, port: int = 0) -> None:
        self.site = site or BlogSite()
        self.requests: list[tuple[str, str, int]] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
                pass

            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                status, headers, body = server.answer(self.path, self.headers.get("If-None-Match"))
                with server.lock:
                    server.requests.append(("GET", self.path, status))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        class Server(ThreadingHTTPServer):
            # A crawl opens up to 16 connections at once; the default backlog of 5 would drop some.
            request_queue_size = 128

        self.httpd = Server(("127.0.0.1", port), Handler)
        self.httpd.daemon_threads = True
        self.root = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.url = self.root + PREFIX
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def answer(self, path: str, if_none_match: str | None) -> tuple[int, dict[str, str], bytes]:
        parts = urlsplit(path)
        key = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path == PREFIX and "s" in parse_qs(parts.query):
            key = f"{PREFIX}?s=hello"
        page = self.site.pages.get(key)
        if page is None:
            return 404, {"Content-Type": "text/html"}, b"<html><body><h1>Not found</h1></body></html>"
        content_type, body = page
        body = body.replace(b"{root}", self.root.encode())
        if content_type == "application/gzip":
            body = gzip.compress(body, mtime=0)
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        headers = {"Content-Type": content_type, "ETag": etag, "Last-Modified": LAST_MODIFIED}
        if if_none_match == etag:
            return 304, headers, b""
        return 200, headers, body

    def __enter__(self) -> BlogServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)

    def fetched(self) -> list[tuple[str, str, int]]:
        with self.lock:
            return list(self.requests)

    def clear(self) -> None:
        with self.lock:
            self.requests.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    options = parser.parse_args()
    with BlogServer(port=options.port) as server:
        print(server.url, flush=True)
        threading.Event().wait()


if __name__ == "__main__":
    main()
