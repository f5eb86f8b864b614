"""`python -m bench.extraction --wcxb DIR --zyte DIR`: the blog spider's extraction against trafilatura's default.

WCXB (Web Content Extraction Benchmark, Murrough-Foley, CC-BY-4.0): macro word F1 over pages, as its own
evaluation scores it (lower-cased `\\w+` tokens as multisets; an empty reference with an empty prediction
scores 1), per page type and over all pages. Zyte's Article Extraction Benchmark (MIT): 4-token shingles
of `\\w+` tokens, true/false positives and false negatives normalised per page, precision and recall
averaged over pages, F1 their harmonic mean. Markdown is rendered back to text before scoring.
Contenders: the project's extraction with html-to-markdown (what the spider writes), the same cleaned
container converted by markdownify, and `trafilatura.extract(html, url=url)` with its defaults.
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import re
import statistics
import sys
import time
from collections import Counter
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import markdownify
import trafilatura
from bs4 import BeautifulSoup
from markdown_it import MarkdownIt

from crawler.blog.extract import main_container, to_markdown

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

_WORD = re.compile(r"\w+")
_MARKDOWN = MarkdownIt("commonmark").enable("table")


def rendered_text(markdown: str) -> str:
    """Markdown rendered to HTML (markdown-it-py, GFM tables) and read back as text: markup and URLs are no words."""
    return BeautifulSoup(_MARKDOWN.render(markdown), "lxml").get_text(" ")


def _markdownify(html: str) -> str:
    def language(element: object) -> str | None:
        code = element.find("code") if hasattr(element, "find") else None
        for name in (code.get("class") or []) if code is not None else []:
            if name.startswith("language-"):
                return name.removeprefix("language-")
        return None

    return markdownify.markdownify(html, heading_style="ATX", bullets="-", code_language_callback=language)


def project_html_to_markdown(html: str, url: str) -> str:
    return rendered_text(to_markdown(main_container(html, url).markdown))


def project_markdownify(html: str, url: str) -> str:
    return rendered_text(_markdownify(main_container(html, url).markdown))


def trafilatura_default(html: str, url: str) -> str:
    return trafilatura.extract(html, url=url) or ""


CONTENDERS: dict[str, Callable[[str, str], str]] = {
    "project (html-to-markdown)": project_html_to_markdown,
    "project (markdownify)": project_markdownify,
    "trafilatura 2.3.1 default": trafilatura_default,
}


def word_f1(prediction: str, reference: str) -> float:
    """WCXB's page score: F1 of lower-cased word multisets."""
    predicted, expected = Counter(_WORD.findall(prediction.lower())), Counter(_WORD.findall(reference.lower()))
    if not predicted and not expected:
        return 1.0
    shared = sum((predicted & expected).values())
    if not shared:
        return 0.0
    precision, recall = shared / sum(predicted.values()), shared / sum(expected.values())
    return 2 * precision * recall / (precision + recall)


def _shingles(text: str, size: int = 4) -> Counter:
    words = _WORD.findall(text or "")
    return Counter(tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1)) if words[i : i + size])


def shingle_counts(prediction: str, reference: str) -> tuple[float, float, float]:
    """Zyte's page counts: (true positives, false positives, false negatives) of 4-token shingles, summing to 1."""
    predicted, expected = _shingles(prediction), _shingles(reference)
    tp = sum((predicted & expected).values())
    fp = sum((predicted - expected).values())
    fn = sum((expected - predicted).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def shingle_f1(counts: Iterable[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Zyte's figure: precision and recall averaged over pages, and their harmonic mean."""
    counts = list(counts)

    def precision(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)

    def recall(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)

    p = statistics.mean(precision(*c) for c in counts if c[0] + c[1] > 0)
    r = statistics.mean(recall(*c) for c in counts if c[0] + c[2] > 0)
    return p, r, 2 * p * r / (p + r)


def wcxb_pages(folder: Path, limit: int | None = None) -> list[tuple[str, str, str, str, str]]:
    """(id, page type, URL, HTML, reference text) of each WCXB page."""
    meta = json.loads((folder / "metadata.json").read_text())["files"]
    pages = []
    for page_id in sorted(meta)[:limit]:
        truth = json.loads((folder / "ground-truth" / f"{page_id}.json").read_text())
        html = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8", "replace")
        pages.append(
            (page_id, meta[page_id]["page_type"], truth["url"], html, truth["ground_truth"].get("main_content") or "")
        )
    return pages


def zyte_pages(folder: Path, limit: int | None = None) -> list[tuple[str, str, str, str]]:
    """(id, URL, HTML, reference text) of each page of the article extraction benchmark."""
    truth = json.loads((folder / "ground-truth.json").read_text())
    pages = []
    for page_id in sorted(truth)[:limit]:
        raw = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        html = raw.decode("utf-8", "replace")
        pages.append((page_id, truth[page_id].get("url") or "", html, truth[page_id].get("articleBody") or ""))
    return pages


def _timed(function: Callable[[str, str], str], html: str, url: str) -> tuple[str, float]:
    start = time.perf_counter()
    try:
        text = function(html, url)
    except Exception as error:  # noqa: BLE001 - a crash scores 0 and is reported, the run goes on
        print(f"  {function.__name__} failed on {url}: {type(error).__name__}: {error}", file=sys.stderr)
        text = ""
    return text, time.perf_counter() - start


def run_wcxb(folder: Path, limit: int | None) -> None:
    pages = wcxb_pages(folder, limit)
    print(f"\nWCXB dev split ({len(pages)} pages, CC-BY-4.0), macro word F1:")
    print("| contender | article | documentation | all | ms per page |")
    print("|---|---|---|---|---|")
    for name, function in CONTENDERS.items():
        scores: dict[str, list[float]] = {}
        seconds = 0.0
        for _, kind, url, html, reference in pages:
            text, elapsed = _timed(function, html, url)
            seconds += elapsed
            scores.setdefault(kind, []).append(word_f1(text, reference))
        every = [score for values in scores.values() for score in values]
        by_kind = {kind: statistics.mean(values) for kind, values in scores.items()}
        print(
            f"| {name} | {by_kind.get('article', float('nan')):.3f} | {by_kind.get('documentation', float('nan')):.3f}"
            f" | {statistics.mean(every):.3f} | {1000 * seconds / len(pages):.0f} |",
            flush=True,
        )


def run_zyte(folder: Path, limit: int | None) -> None:
    pages = zyte_pages(folder, limit)
    print(f"\nArticle Extraction Benchmark ({len(pages)} pages, MIT), shingle precision / recall / F1:")
    print("| contender | precision | recall | F1 | ms per page |")
    print("|---|---|---|---|---|")
    for name, function in CONTENDERS.items():
        counts, seconds = [], 0.0
        for _, url, html, reference in pages:
            text, elapsed = _timed(function, html, url)
            seconds += elapsed
            counts.append(shingle_counts(text, reference))
        precision, recall, f1 = shingle_f1(counts)
        print(f"| {name} | {precision:.3f} | {recall:.3f} | {f1:.3f} | {1000 * seconds / len(pages):.0f} |", flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.extraction", description=__doc__.split("\n\n")[0])
    parser.add_argument("--wcxb", type=Path, help="WCXB folder: metadata.json, html/, ground-truth/")
    parser.add_argument("--zyte", type=Path, help="article-extraction-benchmark folder: ground-truth.json, html/")
    parser.add_argument("--limit", type=int, help="only the first N pages of each (a quick look)")
    options = parser.parse_args(argv)
    if not options.wcxb and not options.zyte:
        parser.error("give --wcxb DIR, --zyte DIR or both")
    versions = ", ".join(
        f"{name} {metadata.version(name)}" for name in ("trafilatura", "html-to-markdown", "markdownify")
    )
    print(f"Python {platform.python_version()}, {versions}")
    BeautifulSoup("", "lxml")  # lxml's first parse is not a page's cost
    if options.wcxb:
        run_wcxb(options.wcxb, options.limit)
    if options.zyte:
        run_zyte(options.zyte, options.limit)


if __name__ == "__main__":
    main()
