"""The blog spider against the generated 300-post blog (tests/blog_site.py): discovery, extraction, front matter,
incremental and deterministic output, and a Hugo build of the tree it writes."""

from __future__ import annotations

import re
import shutil
import subprocess
from typing import TYPE_CHECKING
from urllib.parse import unquote

import pytest
from markdown_it import MarkdownIt

from crawler.blog.bundle import front_matter
from tests.blog_site import ARCHIVE_POSTS, FEED_POSTS, SITEMAP_POSTS, BlogServer, BlogSite
from tests.conftest import assert_clean, read_jsonl, scrapy

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.timeout(600)

FAST = ("-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=INFO")


def _crawl(server: BlogServer, out: Path, record: Path):
    arguments = ("-a", f"base_url={server.url}", "-a", f"out={out}", "-O", str(record))
    return scrapy("crawl", "blog", *arguments, *FAST, timeout=300)


def _tree(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


class Crawl:
    """One crawl of the blog: its result, the requests the server saw and the files it left."""

    def __init__(self, server: BlogServer, out: Path, record: Path) -> None:
        server.clear()
        self.result = _crawl(server, out, record)
        self.requests = server.fetched()
        self.out = out
        self.files = _tree(out)
        self.mtimes = {path: (out / path).stat().st_mtime_ns for path in self.files}
        self.records = read_jsonl(record) if record.exists() else []


@pytest.fixture(scope="module")
def site() -> BlogSite:
    return BlogSite()


@pytest.fixture(scope="module")
def server(site: BlogSite):
    with BlogServer(site) as running:
        yield running


@pytest.fixture(scope="module")
def crawls(server: BlogServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Crawl]:
    """The first crawl, a second one into the same folder, and a first one into a fresh folder."""
    base = tmp_path_factory.mktemp("blog")
    first = Crawl(server, base / "content", base / "first.jsonl")
    second = Crawl(server, base / "content", base / "second.jsonl")
    again = Crawl(server, base / "fresh", base / "fresh.jsonl")
    return {"first": first, "second": second, "fresh": again}


def _bundles(crawl: Crawl) -> dict[str, tuple[dict, str, str]]:
    """Each written post by the URL it was fetched from: (front matter, Markdown body, bundle folder)."""
    posts = {}
    for path, body in crawl.files.items():
        if path.endswith("/index.md"):
            text = body.decode("utf-8")
            data = front_matter(text)
            assert data is not None, path
            posts[data["crawl"]["url"]] = (data, text.split("\n---\n", 1)[1], path.rsplit("/", 1)[0])
    return posts


def _post_url(server: BlogServer, post) -> str:
    return server.root + post.url_path


def test_first_crawl_is_clean(crawls: dict[str, Crawl]) -> None:
    """The crawl exits 0 with no error, warning or traceback, and its record lists every bundle it wrote."""
    first = crawls["first"]
    assert_clean(first.result)
    assert len(first.records) == 300
    assert all(record["bytes_written"] > 0 for record in first.records)


def test_every_post_found(crawls: dict[str, Crawl], server: BlogServer, site: BlogSite) -> None:
    """At least 99% of the 300 posts are written (sitemap, feed and archive-only ones alike)."""
    written = set(_bundles(crawls["first"]))
    for name, numbers in (("sitemap", SITEMAP_POSTS), ("feed", FEED_POSTS), ("archive", ARCHIVE_POSTS)):
        expected = {_post_url(server, site.posts[n]) for n in numbers}
        assert len(expected & written) >= 0.99 * len(expected), name
    assert len(written) >= 297


def test_no_other_page_written(crawls: dict[str, Crawl], server: BlogServer, site: BlogSite) -> None:
    """Tag, category, date-archive, pagination, search and about pages are never written as posts."""
    written = set(_bundles(crawls["first"]))
    posts = {_post_url(server, post) for post in site.posts}
    assert written <= posts
    assert not written & {server.root + path for path in site.non_posts}
    # A search page is not even fetched.
    assert not [path for _, path, _ in crawls["first"].requests if "?s=" in path]


def test_discovery_reads_gzipped_sitemap_and_feed_pages(crawls: dict[str, Crawl]) -> None:
    """The sitemap index's gzipped child and the feed's `?paged=2`, `?paged=3` pages are fetched; 4 is a 404."""
    seen = {(path, status) for _, path, status in crawls["first"].requests}
    assert ("/blog/sitemap-posts-2.xml.gz", 200) in seen
    assert ("/blog/feed/?paged=2", 200) in seen
    assert ("/blog/feed/?paged=3", 200) in seen
    assert ("/blog/feed/?paged=4", 404) in seen


def _fences(markdown: str) -> list[tuple[str | None, str]]:
    tokens = MarkdownIt("commonmark").parse(markdown)
    return [(token.info.strip() or None, token.content.rstrip("\n")) for token in tokens if token.type == "fence"]


def test_code_blocks_verbatim_with_language(crawls: dict[str, Crawl], server: BlogServer, site: BlogSite) -> None:
    """Every `<pre>` is a fence with its lines verbatim, and the language of each class convention is kept."""
    bundles = _bundles(crawls["first"])
    conventions = set()
    for post in site.posts:
        body = bundles[_post_url(server, post)][1]
        assert _fences(body) == post.code, post.path
        conventions.update(language for language, _ in post.code)
    assert conventions == {"python", "javascript", "bash", "rust", "sql", "go", None}


def _tables(markdown: str) -> list[list[list[str]]]:
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    tables, rows, row = [], [], None
    for token in tokens:
        if token.type == "table_open":
            rows = []
        elif token.type == "tr_open":
            row = []
        elif token.type == "inline" and row is not None:
            row.append(token.content.replace("\\|", "|"))
        elif token.type == "tr_close":
            rows.append(row)
            row = None
        elif token.type == "table_close":
            tables.append(rows)
    return tables


def test_tables_reparse_with_rows_and_columns(crawls: dict[str, Crawl], server: BlogServer, site: BlogSite) -> None:
    """Each table re-parses (markdown-it-py, GFM tables) into the same rows and columns, a `|` in a cell included."""
    bundles = _bundles(crawls["first"])
    for post in site.posts:
        assert _tables(bundles[_post_url(server, post)][1]) == [post.table], post.path


def test_nested_lists_keep_depth(crawls: dict[str, Crawl], server: BlogServer, site: BlogSite) -> None:
    """The third level of a nested list is still three lists deep, the ordered sub-list two."""
    bundles = _bundles(crawls["first"])
    for post in site.posts[:30]:
        tokens = MarkdownIt("commonmark").parse(bundles[_post_url(server, post)][1])
        depth, depths = 0, {}
        for token in tokens:
            if token.type in ("bullet_list_open", "ordered_list_open"):
                depth += 1
            elif token.type in ("bullet_list_close", "ordered_list_close"):
                depth -= 1
            elif token.type == "inline" and token.content in ("Third level item", "Two point one"):
                depths[token.content] = depth
        assert depths == {"Third level item": 3, "Two point one": 2}, post.path


def test_lazy_images_bundled(crawls: dict[str, Crawl], server: BlogServer, site: BlogSite) -> None:
    """`data-src`, the largest of a `srcset` and a `<noscript>` image are saved beside index.md and linked there."""
    first = crawls["first"]
    bundles = _bundles(first)
    for post in site.posts:
        _, body, folder = bundles[_post_url(server, post)]
        linked = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", body)
        names = [unquote(image.rsplit("/", 1)[1]) for image in post.images]
        assert linked == names, post.path
        for image, name in zip(post.images, names, strict=True):
            assert first.files[f"{folder}/{name}"] == site.pages[image][1], name


def test_non_ascii_slugs_kept(crawls: dict[str, Crawl]) -> None:
    """Korean and Japanese slugs are the bundles' folder names as they are."""
    folders = {path.split("/")[1] for path in crawls["first"].files if path.startswith("posts/")}
    assert "안녕하세요-세상-10" in folders
    assert "こんにちは-5" in folders
    assert "post-1" in folders


def test_front_matter_fields_and_sources(crawls: dict[str, Crawl], server: BlogServer, site: BlogSite) -> None:
    """Title, date, lastmod, author, tags, categories, summary and source URL match the post; each says its source."""
    bundles = _bundles(crawls["first"])
    expected_title_source = {"jsonld": "jsonld", "opengraph": "opengraph", "meta": "feed|page"}
    for post in site.posts:
        data, body, _ = bundles[_post_url(server, post)]
        assert data["title"] == post.title
        assert data["date"] == post.date
        assert data["author"] == post.author
        assert data["tags"] == post.tags
        assert data["summary"] == post.summary
        assert data["source_url"] == _post_url(server, post)
        if post.metadata_style != "meta":
            assert data["lastmod"] == post.lastmod
            assert data["categories"] == post.categories
        assert re.fullmatch(expected_title_source[post.metadata_style], data["sources"]["title"]), post.path
        assert set(data["sources"]) == set(data) - {"sources", "crawl"}
        # The title is in the front matter, not repeated at the top of the body.
        assert post.title not in body


def test_second_run_fetches_no_post_and_writes_nothing(crawls: dict[str, Crawl], site: BlogSite) -> None:
    """Unchanged site: posts with a sitemap or feed date are not requested, the others answer 304; 0 bytes written."""
    second, first = crawls["second"], crawls["first"]
    assert_clean(second.result)
    post_paths = {post.url_path for post in site.posts}
    post_requests = [(path, status) for _, path, status in second.requests if path in post_paths]
    assert all(status == 304 for _, status in post_requests), post_requests[:5]
    dated = {site.posts[n].url_path for n in (*SITEMAP_POSTS, *FEED_POSTS)}
    assert not [path for path, _ in post_requests if path in dated]
    assert len(post_requests) == len(ARCHIVE_POSTS)
    assert not [path for _, path, _ in second.requests if "/images/" in path]
    assert second.files == first.files
    assert second.mtimes == first.mtimes
    assert second.records == []


def test_output_is_deterministic(crawls: dict[str, Crawl]) -> None:
    """A crawl of the same site into a fresh folder writes byte-identical files."""
    assert crawls["fresh"].files == crawls["first"].files


def test_hugo_builds_the_tree(crawls: dict[str, Crawl], tmp_path: Path) -> None:
    """`hugo` (Debian's package) builds a site of the written tree with no error and no warning."""
    hugo = shutil.which("hugo")
    if hugo is None:
        # .ci/run installs Debian's package; elsewhere (GitHub's runners, a laptop) it may be missing.
        pytest.skip("hugo is not installed (apt-get install hugo)")
    (tmp_path / "layouts" / "_default").mkdir(parents=True)
    (tmp_path / "hugo.toml").write_text('baseURL = "http://example.org/"\ntitle = "Crawled blog"\n')
    single = "<h1>{{ .Title }}</h1>{{ .Content }}{{ range .Params.tags }}{{ . }}{{ end }}"
    listing = "<h1>{{ .Title }}</h1>{{ range .Pages }}<a href='{{ .RelPermalink }}'>{{ .Title }}</a>{{ end }}"
    (tmp_path / "layouts" / "_default" / "single.html").write_text(single)
    (tmp_path / "layouts" / "_default" / "list.html").write_text(listing)
    (tmp_path / "layouts" / "index.html").write_text(listing)
    shutil.copytree(crawls["first"].out, tmp_path / "content")
    done = subprocess.run(
        [hugo, "--panicOnWarning", "--printPathWarnings", "--source", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr + done.stdout
    assert "WARN" not in done.stdout + done.stderr
    assert "ERROR" not in done.stdout + done.stderr
    page = (tmp_path / "public" / "posts" / "안녕하세요-세상-10" / "index.html").read_text()
    assert '<code class="language-' in page
    assert (tmp_path / "public" / "posts" / "안녕하세요-세상-10" / "p10-lazy.png").is_file()
    assert (tmp_path / "public" / "tags" / "python" / "index.html").is_file()


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        (
            "base_url=ftp://example.com/",
            "-a base_url: must be an absolute http:// or https:// URL (got 'ftp://example.com/')",
        ),
        ("out=README.md", "-a out: README.md is a file, not a folder (got 'README.md')"),
    ],
)
def test_bad_arguments_are_one_line(argument: str, message: str) -> None:
    """A bad URL or an output folder that is a file: one line, exit 2, nothing fetched."""
    args = ["crawl", "blog", "-a", argument]
    if not argument.startswith("base_url="):
        args += ["-a", "base_url=http://127.0.0.1:9/"]
    result = scrapy(*args)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"scrapy: error: {message}"]


def test_unwritable_post_fails_the_crawl(server: BlogServer, tmp_path: Path) -> None:
    """A bundle that cannot be written is counted as not written, stops the crawl, and the exit status is 1."""
    out = tmp_path / "content"
    out.mkdir()
    (out / "posts").write_text("a file where the posts folder should be")
    result = _crawl(server, out, tmp_path / "record.jsonl")
    assert result.returncode == 1
    assert "ERROR: Output: could not write post" in result.stderr
    # Posts already in flight when the crawl stops are counted too, each once.
    counted = re.search(r"'crawler/unwritten/write_error': (\d+)", result.stderr)
    assert counted is not None
    assert f"Crawl failed: {counted.group(1)} scraped item(s) were not written to the output" in result.stderr
    assert "Traceback" not in result.stderr


def test_shards_split_the_posts(server: BlogServer, site: BlogSite, tmp_path: Path) -> None:
    """`-a shard=0/2` and `1/2` write disjoint halves of the posts, together all of them."""
    halves = []
    for index in (0, 1):
        out = tmp_path / f"shard{index}"
        result = scrapy(
            "crawl", "blog", "-a", f"base_url={server.url}", "-a", f"out={out}", "-a", f"shard={index}/2",
            "-O", str(tmp_path / f"shard{index}.jsonl"), *FAST, timeout=300,
        )  # fmt: skip
        assert_clean(result)
        halves.append({record["url"] for record in read_jsonl(tmp_path / f"shard{index}.jsonl")})
    assert not halves[0] & halves[1]
    assert halves[0] | halves[1] == {_post_url(server, post) for post in site.posts}
    assert all(halves)


def test_changed_posts_are_fetched_again(
    crawls: dict[str, Crawl], server: BlogServer, site: BlogSite, tmp_path: Path
) -> None:
    """Control for the incremental run: a post with a new sitemap `lastmod`, and an archive-only post whose page
    changed (a new ETag), are fetched and rewritten; no other bundle changes."""
    dated, archived = site.posts[10], site.posts[250]
    saved = dict(site.pages)
    sitemap = "/blog/sitemap-posts-1.xml"
    try:
        kind, body = site.pages[sitemap]
        site.pages[sitemap] = (kind, body.replace(dated.lastmod.encode(), b"2026-01-01T00:00:00+09:00", 1))
        for post in (dated, archived):
            kind, body = site.pages[post.url_path]
            site.pages[post.url_path] = (kind, body.replace(b"<h2>Steps</h2>", b"<p>An update.</p><h2>Steps</h2>"))
        out = tmp_path / "content"
        shutil.copytree(crawls["first"].out, out)
        again = Crawl(server, out, tmp_path / "again.jsonl")
    finally:
        site.pages.clear()
        site.pages.update(saved)
    assert_clean(again.result)
    fetched = {path for _, path, status in again.requests if status == 200}
    assert {dated.url_path, archived.url_path} <= fetched
    changed = {path for path, body in again.files.items() if crawls["first"].files.get(path) != body}
    indexes = {f"posts/{unquote(post.url_path.split('/')[-2])}/index.md" for post in (dated, archived)}
    assert changed == indexes
    assert all("An update." in again.files[index].decode() for index in indexes)
