"""A post's main content as Markdown: trafilatura finds what the main text is, the original DOM's container of
that text is cleaned (code languages, lazy images, absolute links) and converted, so markup trafilatura drops
(code classes, tables, nested lists, images) survives; pure, (HTML, URL) in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from posixpath import splitext
from urllib.parse import unquote, urljoin, urlsplit

import html_to_markdown
import trafilatura
from bs4 import BeautifulSoup, NavigableString, Tag

_TOKEN = re.compile(r"\w+")
# Elements that never hold a post's text.
_NEVER_CONTENT = ("script", "style", "template", "svg", "form", "button", "iframe", "nav", "select", "input", "link")
# Elements that may be the container of the main text.
_CONTAINERS = frozenset({"div", "article", "main", "section", "body", "td"})
# Elements kept or removed as a whole when pruning the container.
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "section",
        "aside",
        "header",
        "footer",
        "ul",
        "ol",
        "dl",
        "table",
        "blockquote",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "details",
    }
)
# Blocks that keep their markup whole (a table, a list, code): kept or dropped, never cut inside.
_WHOLE_BLOCKS = frozenset({"table", "pre", "ul", "ol", "dl", "blockquote", "figure"})
# `class` values that name a code language, in each convention: Prism/markdown (`language-x`), Google prettify
# (`lang-x`), GitHub (`highlight-source-x`), Sphinx (`highlight-x`), SyntaxHighlighter (`brush: x`).
_CLASS_LANGUAGE = (
    re.compile(r"^language-([\w+#.-]+)$"),
    re.compile(r"^lang-([\w+#.-]+)$"),
    re.compile(r"^highlight-source-([\w+#.-]+)$"),
    re.compile(r"^highlight-([\w+#.-]+)$"),
    re.compile(r"^sourceCode$"),  # pandoc: `sourceCode python`, handled with the bare class below
)
# Class words that sit beside a bare language name and are not one.
_NOT_LANGUAGES = frozenset(
    {
        "hljs",
        "highlight",
        "chroma",
        "code",
        "codehilite",
        "sourcecode",
        "prettyprint",
        "notranslate",
        "linenums",
        "nohighlight",
        "none",
        "default",
        "plain",
        "no-highlight",
        "wp-block-code",
        "literal-block",
        "line-numbers",
        "source",
        "syntax",
        "brush",
    }
)
# Below this share of trafilatura's words, the cleaned container is given up for trafilatura's own output.
_FALLBACK_SHARE = 0.6
_LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "data-lazy", "data-url")
_SRCSET = re.compile(r"\s*(\S+)(?:\s+(\d+(?:\.\d+)?)([wx]))?\s*(?:,|$)")
_IMAGE_NAME_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*\s()\[\]]+')


@dataclass
class Content:
    """A post's body: Markdown with its images named as files beside it, and where each image comes from."""

    markdown: str
    images: dict[str, str] = field(default_factory=dict)
    """File name in the bundle -> absolute URL of the image, in order of appearance."""
    text: str = ""
    """The plain text trafilatura found, for the summary of last resort."""


def tokens(text: str) -> list[str]:
    """The words of a text as WCXB scores them: lower-cased `\\w+` runs."""
    return _TOKEN.findall(text.lower())


def main_text(html: str, url: str | None = None) -> str:
    """trafilatura's main text of the page, comments left out; empty when it finds none."""
    return trafilatura.extract(html, url=url, include_comments=False, include_tables=True, deduplicate=False) or ""


def code_language(pre: Tag) -> str | None:
    """The language the markup of a `<pre>` block names, on itself, its `<code>`, or its two nearest ancestors."""
    nodes: list[Tag] = []
    code = pre.find("code")
    if isinstance(code, Tag):
        nodes.append(code)
    nodes.append(pre)
    parent = pre.parent
    for _ in range(2):
        if not isinstance(parent, Tag) or parent.name == "body":
            break
        nodes.append(parent)
        parent = parent.parent
    for node in nodes:
        if language := _language_of(node):
            return language
    return None


def _language_of(node: Tag) -> str | None:
    if data_lang := (node.get("data-lang") or node.get("data-language")):
        return str(data_lang).strip().lower() or None
    classes = [str(name) for name in (node.get("class") or [])]
    lowered = [name.lower() for name in classes]
    for name in lowered:
        for pattern in _CLASS_LANGUAGE:
            match = pattern.match(name)
            if match and match.groups():
                language = match.group(1)
                if language not in _NOT_LANGUAGES:
                    return language
    if "brush:" in lowered:
        position = lowered.index("brush:")
        if position + 1 < len(lowered):
            return lowered[position + 1].rstrip(";")
    # `hljs python`, `sourceCode python`, `highlight python`: a bare language word beside a highlighter's class.
    if any(name in ("hljs", "sourcecode", "highlight", "chroma", "codehilite", "prettyprint") for name in lowered):
        for name in lowered:
            if name not in _NOT_LANGUAGES and not name.startswith(("hljs-", "highlight-", "language-", "lang-")):
                if re.fullmatch(r"[a-z][\w+#.-]*", name):
                    return name
    return None


def _best_source(image: Tag) -> str | None:
    src = str(image.get("src") or "")
    for name in _LAZY_SOURCES:
        if value := str(image.get(name) or "").strip():
            return value
    for name in ("srcset", "data-srcset"):
        if value := str(image.get(name) or "").strip():
            best, best_size = None, -1.0
            for match in _SRCSET.finditer(value):
                if not match.group(1):
                    continue
                size = float(match.group(2) or 1)
                if size > best_size:
                    best, best_size = match.group(1), size
            if best and (not src or src.startswith("data:") or name == "srcset"):
                return best
    if src and not src.startswith("data:"):
        return src
    return None


def _restore_noscript_images(soup: BeautifulSoup) -> None:
    # A lazy-loading script swaps the real image in; without it the only real source is inside <noscript>.
    for noscript in soup.find_all("noscript"):
        inner = BeautifulSoup(noscript.decode_contents(), "lxml").find("img")
        if inner is None:
            noscript.decompose()
            continue
        previous = noscript.find_previous_sibling()
        if (
            isinstance(previous, Tag)
            and previous.name == "img"
            and _best_source(previous) in (None, _best_source(inner))
        ):
            previous.decompose()
        elif isinstance(previous, Tag) and previous.name == "img":
            noscript.decompose()
            continue
        noscript.replace_with(inner)


def _normalise_code(soup: BeautifulSoup) -> None:
    for pre in soup.find_all("pre"):
        language = code_language(pre)
        # Line-number gutters (`<span class="lineno">`, `<td class="gutter">`) are not code.
        for gutter in pre.select(".lineno, .linenos, .line-numbers-rows, .gutter"):
            gutter.decompose()
        for br in pre.find_all("br"):
            br.replace_with("\n")
        text = pre.get_text()
        fresh = soup.new_tag("pre")
        code = soup.new_tag("code")
        if language:
            code["class"] = f"language-{language}"
        code.string = text
        fresh.append(code)
        # A highlighter's table (`<table class="highlighttable">`, a gutter cell and a code cell) becomes the code.
        table = pre.find_parent("table")
        if (
            table is not None
            and "highlighttable" in (table.get("class") or [])
            or (table is not None and table.select_one("td.gutter, td.linenos"))
        ):
            table.replace_with(fresh)
        else:
            pre.replace_with(fresh)


def _word_counts(root: Tag, vocabulary: set[str]) -> dict[int, tuple[int, int]]:
    """For each element under root (by id): (its words, its words that the main text holds), bottom-up in one walk."""
    counts: dict[int, tuple[int, int]] = {}

    def walk(node: Tag) -> tuple[int, int]:
        total = inside = 0
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is not NavigableString:
                    continue  # comments, CDATA, doctype
                words = tokens(str(child))
                total += len(words)
                inside += sum(1 for word in words if word in vocabulary)
            elif isinstance(child, Tag):
                child_total, child_inside = walk(child)
                total += child_total
                inside += child_inside
        counts[id(node)] = (total, inside)
        return total, inside

    walk(root)
    return counts


def _container(soup: BeautifulSoup, reference: list[str]) -> Tag:
    """The element whose words best match trafilatura's main text (F1 over words), or the page body."""
    body = soup.body or soup
    if not reference:
        return soup.find("article") or soup.find("main") or body
    vocabulary = set(reference)
    counts = _word_counts(body, vocabulary)
    best, best_score = body, -1.0
    for element in [body, *body.find_all(_CONTAINERS)]:
        total, inside = counts.get(id(element), (0, 0))
        if not inside:
            continue
        precision, recall = inside / total, min(1.0, inside / len(reference))
        score = 2 * precision * recall / (precision + recall)
        if score > best_score:
            best, best_score = element, score
    return best


class _Reference:
    """trafilatura's main text as word n-grams (n = 1 to 3), to ask how much of a block it holds."""

    def __init__(self, words: list[str]) -> None:
        self.size = len(words)
        self.words = set(words)
        self.grams = [set(zip(*(words[i:] for i in range(n)), strict=False)) for n in (1, 2, 3)]

    def coverage(self, words: list[str]) -> float:
        """The share of the block's word trigrams (bigrams, words for shorter blocks) found in the main text."""
        n = min(3, len(words))
        grams = list(zip(*(words[i:] for i in range(n)), strict=False))
        return sum(1 for gram in grams if gram in self.grams[n - 1]) / len(grams)


def _prune(container: Tag, reference: _Reference, keep_ratio: float) -> None:
    """Remove the blocks of the container that trafilatura's main text does not hold; descend into mixed ones.

    A block is judged by its word trigrams, so that boilerplate made of common words does not pass; one that
    holds a large share of the main text is never removed whole, only descended into.
    """
    counts = _word_counts(container, reference.words)

    def visit(node: Tag) -> None:
        for child in list(node.children):
            if not isinstance(child, Tag):
                continue
            total, inside = counts.get(id(child), (0, 0))
            if child.name not in _BLOCKS:
                visit(child)
                continue
            if total == 0:
                if child.find(["img", "pre"]) is None and child.name != "pre":
                    child.decompose()
                continue
            whole = child.name in _WHOLE_BLOCKS
            if not whole and inside >= 0.1 * reference.size and inside / total < 0.98:
                visit(child)
                continue
            coverage = reference.coverage(tokens(child.get_text(" ")))
            if coverage < keep_ratio:
                child.decompose()
            elif coverage < 0.98 and not whole:
                visit(child)

    visit(container)


def _absolute_links(container: Tag, url: str) -> None:
    for anchor in container.find_all("a", href=True):
        anchor["href"] = urljoin(url, str(anchor["href"]).strip())


def _image_name(source: str, taken: set[str], position: int) -> str:
    path = unquote(urlsplit(source).path)
    stem, extension = splitext(path.rsplit("/", 1)[-1])
    stem = _IMAGE_NAME_UNSAFE.sub("-", stem).strip("-.") or "image"
    extension = extension.lower() if re.fullmatch(r"\.[a-z0-9]{1,5}", extension.lower()) else ""
    name = f"{stem}{extension}"
    if name in taken or name == "index.md":
        name = f"{stem}-{position}{extension}"
    return name


def _bundle_images(container: Tag, url: str) -> dict[str, str]:
    images: dict[str, str] = {}
    by_source: dict[str, str] = {}
    for picture in container.find_all("picture"):
        image = picture.find("img")
        if image is not None:
            picture.replace_with(image)
    for image in container.find_all("img"):
        source = _best_source(image)
        if not source:
            image.decompose()
            continue
        absolute = urljoin(url, source)
        if urlsplit(absolute).scheme not in ("http", "https"):
            image.decompose()
            continue
        name = by_source.get(absolute)
        if name is None:
            name = _image_name(absolute, set(images), len(images) + 1)
            images[name] = absolute
            by_source[absolute] = name
        alt = image.get("alt") or ""
        title = image.get("title")
        image.attrs = {"src": name, "alt": alt}
        if title:
            image["title"] = title
    return images


def _drop_title(container: Tag, title: str | None) -> None:
    # Hugo prints the title from the front matter; the same heading in the body would show it twice.
    heading = container.find(["h1", "h2"])
    if heading is not None and title and " ".join(heading.get_text().split()).casefold() == title.casefold():
        heading.decompose()


_CONVERSION = html_to_markdown.ConversionOptions(
    heading_style="atx",
    bullets="-",
    list_indent_width=2,
    code_block_style="backticks",
    extract_metadata=False,
    autolinks=False,
    # Blocks trafilatura's text holds stay, hidden or not: the other tabs of a code sample are content.
    hidden_content="all",
    wrap=False,
)


def to_markdown(html: str) -> str:
    """HTML to Markdown: fenced code with its language, GFM tables, lists nested at their depth."""
    return html_to_markdown.convert(html, _CONVERSION).content.strip() + "\n"


def main_container(html: str, url: str, title: str | None = None, *, keep_ratio: float = 0.5) -> Content:
    """The cleaned HTML of the page's main container (as `markdown`, not yet converted), its images, its text.

    Blocks whose words are mostly not in trafilatura's main text (less than `keep_ratio`) are removed.
    """
    text = main_text(html, url)
    soup = BeautifulSoup(html, "lxml")
    _restore_noscript_images(soup)
    for name in _NEVER_CONTENT:
        for element in soup.find_all(name):
            element.decompose()
    _normalise_code(soup)
    reference = tokens(text)
    container = _container(soup, reference)
    if reference:
        _prune(container, _Reference(reference), keep_ratio)
    _drop_title(container, title)
    _absolute_links(container, url)
    images = _bundle_images(container, url)
    inner = container.decode_contents() if container.name == "body" else str(container)
    if len(tokens(BeautifulSoup(inner, "lxml").get_text(" "))) < _FALLBACK_SHARE * len(reference):
        # The markup lost most of the main text (it is spread over blocks the pruning cannot tell apart):
        # trafilatura's own rendering of it is better than a fragment.
        fallback = trafilatura.extract(html, url=url, include_comments=False, output_format="html") or ""
        fallback_soup = BeautifulSoup(fallback, "lxml")
        body = fallback_soup.body or fallback_soup
        _drop_title(body, title)
        return Content(body.decode_contents(), {}, text)
    return Content(inner, images, text)


def extract(html: str, url: str, title: str | None = None, *, keep_ratio: float = 0.5) -> Content:
    """The main content of a page as Markdown, with its images renamed to bundle files.

    `title` (the post's chosen title) is removed from the top of the body when the body repeats it.
    """
    content = main_container(html, url, title, keep_ratio=keep_ratio)
    content.markdown = to_markdown(content.markdown)
    return content
