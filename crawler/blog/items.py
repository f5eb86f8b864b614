"""The record of a written post: what the blog spider's feed (`output/blog/posts.jsonl`) holds for each bundle."""

from __future__ import annotations

from dataclasses import dataclass

from crawler.items import Item


@dataclass
class BlogPost(Item, feed="posts", key=("url",), required=("url", "path")):
    """One post, once its bundle is on disk."""

    url: str | None
    """The address the post was fetched from."""
    path: str | None = None
    """Its index.md, relative to the content folder: `posts/<slug>/index.md`."""
    title: str | None = None
    date: str | None = None
    images: int = 0
    """Images saved in the bundle."""
    bytes_written: int = 0
    """0 when the bundle on disk already held these bytes."""
