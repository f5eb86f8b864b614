"""The blog package's pure parts, offline and without a crawl: code languages, URL kinds, slugs, votes, feeds."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from crawler.blog.discovery import read_feed, read_links, with_page
from crawler.blog.extract import code_language, extract
from crawler.blog.metadata import vote
from crawler.blog.urls import listing_kind, slug

BASE = "https://example.com/blog/"


@pytest.mark.parametrize(
    ("markup", "language"),
    [
        ('<pre><code class="language-python">x</code></pre>', "python"),
        ('<pre class="prettyprint lang-js">x</pre>', "js"),
        ('<pre><code class="hljs bash">x</code></pre>', "bash"),
        ('<pre><code class="hljs language-ruby">x</code></pre>', "ruby"),
        ('<div class="highlight highlight-source-rust"><pre>x</pre></div>', "rust"),
        ('<div class="highlight-python notranslate"><div class="highlight"><pre>x</pre></div></div>', "python"),
        ('<pre class="chroma"><code data-lang="go">x</code></pre>', "go"),
        ('<pre class="brush: php;">x</pre>', "php"),
        ('<div class="highlight-default notranslate"><div class="highlight"><pre>x</pre></div></div>', None),
        ('<pre><code class="hljs">x</code></pre>', None),
        ("<pre>x</pre>", None),
    ],
)
def test_code_language_conventions(markup: str, language: str | None) -> None:
    """Each class convention gives its language; a highlighter's own class alone gives none."""
    assert code_language(BeautifulSoup(markup, "lxml").find("pre")) == language


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        (BASE, "home"),
        (BASE + "tag/python/", "taxonomy"),
        (BASE + "category/notes/", "taxonomy"),
        (BASE + "page/2/", "pagination"),
        (BASE + "archives/page/3/", "pagination"),
        (BASE + "?s=hello", "search"),
        (BASE + "?paged=2", "pagination"),
        (BASE + "2025/03/", "date_archive"),
        (BASE + "2025/", "date_archive"),
        (BASE + "author/jane/", "taxonomy"),
        (BASE + "feed/", "feed"),
        (BASE + "2025/03/hello-world/", None),
        (BASE + "posts/hello.html", None),
    ],
)
def test_listing_kinds(url: str, kind: str | None) -> None:
    """Taxonomy, pagination, search, date-archive and feed URLs are told from post URLs before any fetch."""
    assert listing_kind(url, BASE) == kind


def test_slug_keeps_non_ascii_text() -> None:
    """A Korean or Japanese path segment is the slug as it reads; unsafe characters become `-`."""
    assert slug(BASE + "2025/01/%EC%95%88%EB%85%95-%EC%84%B8%EC%83%81/") == "안녕-세상"
    assert slug(BASE + "2025/01/こんにちは/") == "こんにちは"
    assert slug(BASE + "posts/a:b.html") == "a-b"


def test_votes_pick_the_agreeing_value_and_say_its_source() -> None:
    """Two sources agreeing beat one that disagrees; a date is written with its offset; a site suffix loses."""
    chosen, sources = vote(
        {
            "jsonld": {"title": "Wrong", "date": "2025-01-02T03:04:05+09:00"},
            "meta": {"title": "Right | My Blog"},
            "feed": {"title": "Right", "date": "2025-01-01T18:04:05+00:00"},
            "page": {"title": "Right", "date": "2025-01-02"},
        }
    )
    assert chosen["title"] == "Right"
    assert sources["title"] == "feed"
    assert chosen["date"] == "2025-01-02T03:04:05+09:00"
    assert sources["date"] == "jsonld"


def test_feed_entries_and_next_page() -> None:
    """An RSS page gives its entries with absolute links, their offsets kept, and the `?paged=N+1` URL."""
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
    <item><title>A</title><link>/blog/a/</link><pubDate>Sat, 13 Sep 2025 09:30:00 +0900</pubDate>
    <category>x</category></item></channel></rss>"""
    page = read_feed(rss, BASE + "feed/?paged=2")
    assert [entry.url for entry in page.entries] == ["https://example.com/blog/a/"]
    assert page.entries[0].published == "2025-09-13T09:30:00+09:00"
    assert page.entries[0].tags == ["x"]
    assert page.next_url == BASE + "feed/?paged=3"
    assert with_page(BASE + "feed/", 2) == BASE + "feed/?paged=2"


def test_links_sorted_into_feeds_listings_and_candidates() -> None:
    """Off-site links, assets and search pages are dropped; listing pages are walked, the rest are candidates."""
    html = f"""<link rel="alternate" type="application/rss+xml" href="/blog/feed/">
    <a href="/blog/tag/x/">t</a><a href="/blog/2025/01/post/">p</a><a href="/blog/?s=q">s</a>
    <a href="https://other.example/x/">o</a><a href="/blog/a.png">i</a><a href="{BASE}page/2/">n</a>"""
    links = read_links(html, BASE, BASE)
    assert links.feeds == [BASE + "feed/"]
    assert links.listings == [BASE + "tag/x/", BASE + "page/2/"]
    assert links.candidates == [BASE + "2025/01/post/"]


def test_extract_keeps_code_table_images_and_drops_boilerplate() -> None:
    """The container of the main text, without the sidebar, with fenced code, a GFM table and bundled images."""
    paragraph = "<p>" + "Words of the post that matter a great deal to its readers. " * 8 + "</p>"
    html = f"""<html><body><nav><a href="/">Home</a></nav><div class="post"><h1>Title</h1>{paragraph}
    <div class="highlight highlight-source-python"><pre><span>print</span>(<span>1</span>)</pre></div>
    <table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>
    <img data-src="/img/one.png" src="data:image/gif;base64,R0lGOD" alt="one">{paragraph}</div>
    <aside><p>Sponsored links and newsletter signup unrelated entirely.</p></aside></body></html>"""
    content = extract(html, BASE + "post/", "Title")
    assert "```python\nprint(1)\n```" in content.markdown
    assert "| a | b |" in content.markdown
    assert "![one](one.png)" in content.markdown
    assert content.images == {"one.png": "https://example.com/img/one.png"}
    assert "Sponsored" not in content.markdown
    assert "# Title" not in content.markdown
