"""Completeness of one run: the items a contender wrote against the replica's ground truth, field by field."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING
from urllib.parse import urljoin

if TYPE_CHECKING:
    from pathlib import Path

# Ground-truth fields that hold a path relative to the site root.
_RELATIVE_URL_FIELDS = ("url", "image_url")


def load_truth(path: Path, base_url: str) -> dict[str, dict]:
    """Ground-truth books by absolute URL, as a crawl of the replica at `base_url` must produce them."""
    books = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            book = json.loads(line)
            for name in _RELATIVE_URL_FIELDS:
                book[name] = urljoin(base_url, book[name])
            books[book["url"]] = book
    return books


def load_items(path: Path) -> list[dict]:
    """Items written as JSON Lines; a missing file is an empty crawl."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def problems(items: list[dict], truth: dict[str, dict], limit: int = 5) -> list[str]:
    """What keeps `items` from being exactly the ground truth; empty when the run is complete."""
    found: list[str] = []
    seen: set[str] = set()
    for item in items:
        url = item.get("url")
        if url in seen:
            found.append(f"duplicate item {url}")
            continue
        seen.add(url)
        expected = truth.get(url)
        if expected is None:
            found.append(f"item not in the ground truth: {url}")
            continue
        for name, value in expected.items():
            if name not in item:
                found.append(f"{url}: no field {name!r}")
            elif item[name] != value:
                found.append(f"{url}: {name} is {item[name]!r}, expected {value!r}")
    missing = len(truth.keys() - seen)
    if missing:
        found.append(f"{missing} of {len(truth)} books missing")
    if len(found) > limit:
        found[limit:] = [f"... and {len(found) - limit} more"]
    return found
