"""A post as the files of its Hugo page bundle (`posts/<slug>/index.md` and its images), written only where they
differ, and what the bundles of an earlier run say about each post (its URL, dates and validators)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from crawler.blog.post import PostDocument

logger = logging.getLogger(__name__)

SECTION = "posts"
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


def _markdown_with_local_images(document: PostDocument) -> str:
    # An image that could not be downloaded keeps its absolute URL, so that the page still shows it.
    markdown = document.markdown
    for name, url in document.images.items():
        if name not in document.image_bodies:
            markdown = markdown.replace(f"]({name})", f"]({url})").replace(f"]({name} ", f"]({url} ")
    return markdown


def render(document: PostDocument) -> dict[str, bytes]:
    """The bundle's files, by path relative to the content folder: the same document gives the same bytes."""
    import yaml  # here, not at the top: every crawl loads the pipelines, only the blog spider writes bundles

    front = yaml.safe_dump(
        document.front_matter, allow_unicode=True, sort_keys=False, default_flow_style=False, width=1_000_000
    )
    index = f"---\n{front}---\n\n{_markdown_with_local_images(document)}"
    folder = f"{SECTION}/{document.slug}"
    files = {f"{folder}/index.md": index.encode("utf-8")}
    for name, body in sorted(document.image_bodies.items()):
        files[f"{folder}/{name}"] = body
    return files


def write(root: Path, files: dict[str, bytes]) -> int:
    """Write the files under root where their bytes differ from what is there; return the bytes written.

    Each file is written whole to a temporary name and renamed, so a crash leaves the old file or the new one.
    """
    written = 0
    for relative, body in files.items():
        path = root / relative
        if path.is_file() and path.read_bytes() == body:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".part")
        partial.write_bytes(body)
        partial.replace(path)
        written += len(body)
    return written


@dataclass
class Known:
    """What an earlier run wrote for a post: its bundle folder and the `crawl` map of its front matter."""

    slug: str
    crawl: dict[str, Any]


def front_matter(text: str) -> dict[str, Any] | None:
    """The YAML front matter of an index.md, or None when it has none that parses."""
    import yaml

    match = _FRONT_MATTER.match(text)
    if match is None:
        return None
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return None
    return data if isinstance(data, dict) else None


def known_posts(root: Path) -> dict[str, Known]:
    """The posts the content folder holds, by the URL they were fetched from."""
    known: dict[str, Known] = {}
    for index in sorted((root / SECTION).glob("*/index.md")):
        data = front_matter(index.read_text(encoding="utf-8", errors="replace"))
        crawl = data.get("crawl") if data else None
        if isinstance(crawl, dict) and isinstance(crawl.get("url"), str):
            known[crawl["url"]] = Known(index.parent.name, crawl)
    return known
