"""Summaries of the runs (medians, spreads, ratios to the project), the targets, and the table, JSON and chart."""

from __future__ import annotations

import json
import statistics
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from bench.lineup import PROJECT

if TYPE_CHECKING:
    from pathlib import Path

    from bench.parsebench import ParseResult

MIB = 1024 * 1024


@dataclass
class RunRecord:
    contender: str
    scale: int
    run: int
    wall: float
    cpu: float
    peak_rss: int
    returncode: int
    complete: bool
    problems: list[str] = field(default_factory=list)


@dataclass
class Summary:
    """Medians over the complete runs of one contender at one scale; `spread` is (max - min) / median of wall time."""

    contender: str
    label: str
    scale: int
    books: int
    pages: int
    runs: int
    complete_runs: int
    wall: float | None = None
    spread: float | None = None
    pages_per_second: float | None = None
    cpu: float | None = None
    peak_rss_mib: float | None = None
    wall_vs_project: float | None = None
    """This contender's wall time divided by the project's: above 1 means slower than the project."""
    skipped: str = ""


def summarise(records: list[RunRecord], contender: str, label: str, scale: int, books: int, pages: int) -> Summary:
    mine = [r for r in records if r.contender == contender and r.scale == scale]
    good = [r for r in mine if r.complete]
    summary = Summary(contender, label, scale, books, pages, len(mine), len(good))
    if good:
        walls = [r.wall for r in good]
        summary.wall = statistics.median(walls)
        summary.spread = (max(walls) - min(walls)) / summary.wall
        summary.pages_per_second = statistics.median(pages / w for w in walls)
        summary.cpu = statistics.median(r.cpu for r in good)
        summary.peak_rss_mib = statistics.median(r.peak_rss for r in good) / MIB
    return summary


def add_ratios(summaries: list[Summary]) -> None:
    for scale in {s.scale for s in summaries}:
        here = [s for s in summaries if s.scale == scale]
        project = next((s for s in here if s.contender == PROJECT and s.wall), None)
        for summary in here:
            if project and summary.wall:
                summary.wall_vs_project = summary.wall / project.wall


@dataclass
class Target:
    name: str
    value: float | None
    limit: float
    at_most: bool
    """True when `value` must not exceed `limit`, False when it must reach it."""

    @property
    def verdict(self) -> str:
        if self.value is None:
            return "not measured"
        met = self.value <= self.limit if self.at_most else self.value >= self.limit
        return "met" if met else "NOT met"


def targets(summaries: list[Summary], parse: list[ParseResult]) -> list[Target]:
    def wall(contender: str, scale: int) -> float | None:
        found = next((s for s in summaries if s.contender == contender and s.scale == scale), None)
        return found.wall if found else None

    def ratio(top: float | None, bottom: float | None) -> float | None:
        return top / bottom if top and bottom else None

    found: list[Target] = []
    scales = sorted({s.scale for s in summaries})
    for scale in scales:
        project = wall(PROJECT, scale)
        parsel, naive, crawlee = (wall(key, scale) for key in ("scrapy-parsel", "scrapy-bs4", "crawlee-bs4"))
        found += [
            Target(f"{scale}x: project wall / Scrapy+parsel wall", ratio(project, parsel), 1.0, True),
            Target(f"{scale}x: Scrapy+bs4 naive wall / project wall", ratio(naive, project), 2.0, False),
            Target(f"{scale}x: Crawlee BS wall / project wall", ratio(crawlee, project), 4.0, False),
        ]
    project_parse = next((p.ms_per_page for p in parse if p.key == "project"), None)
    found.append(Target("project product parser, ms per page", project_parse, 1.2, True))
    if len(scales) > 1:
        rss = {s.scale: s.peak_rss_mib for s in summaries if s.contender == PROJECT}
        small, large = scales[0], scales[-1]
        found.append(Target(f"project peak RSS {large}x / {small}x", ratio(rss.get(large), rss.get(small)), 1.15, True))
    return found


def _cell(value: float | None, digits: int = 2, suffix: str = "") -> str:
    return "—" if value is None else f"{value:.{digits}f}{suffix}"


HEADERS = [
    "contender",
    "scale",
    "pages",
    "wall s",
    "spread",
    "pages/s",
    "CPU s",
    "peak RSS MiB",
    "wall ÷ project",
    "complete runs",
]


def _rows(summaries: list[Summary]) -> list[list[str]]:
    rows = []
    for s in summaries:
        if s.skipped:
            rows.append([s.label, f"{s.scale}x", str(s.pages), *["—"] * 6, f"skipped: {s.skipped}"])
            continue
        ratio = f"{s.wall_vs_project:.2f}×" if s.wall_vs_project else "—"
        spread = f"±{s.spread * 50:.0f}%" if s.spread is not None else "—"
        rows.append(
            [
                s.label,
                f"{s.scale}x",
                str(s.pages),
                _cell(s.wall),
                spread,
                _cell(s.pages_per_second, 0),
                _cell(s.cpu),
                _cell(s.peak_rss_mib, 0),
                ratio,
                f"{s.complete_runs}/{s.runs}",
            ]
        )
    return rows


def text_table(summaries: list[Summary]) -> str:
    rows = [HEADERS, *_rows(summaries)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADERS))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def _markdown(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def parse_rows(parse: list[ParseResult]) -> list[list[str]]:
    return [
        [
            p.label,
            _cell(p.ms_per_page, 3),
            f"±{p.spread * 50:.0f}%" if p.spread is not None else "—",
            str(p.pages),
            p.note,
        ]
        for p in parse
    ]


PARSE_HEADERS = ["product page parser", "ms per page", "spread", "pages", "note"]


def markdown(summaries: list[Summary], parse: list[ParseResult], goals: list[Target], context: dict) -> str:
    parts = [
        f"Crawl of the books replica ({context['server']}), concurrency {context['concurrency']}, politeness off; "
        f"medians of {context['runs']} runs; spread = ±half the range of wall times. "
        f"`wall ÷ project` above 1 means slower than this project's spider.",
        "",
        _markdown(HEADERS, _rows(summaries)),
        "",
        f"Parse only, on the {parse[0].pages if parse else 0} saved product pages of the smallest replica:",
        "",
        _markdown(PARSE_HEADERS, parse_rows(parse)),
        "",
        _markdown(
            ["target", "measured", "limit", "verdict"],
            [[g.name, _cell(g.value), ("≤ " if g.at_most else "≥ ") + f"{g.limit:g}", g.verdict] for g in goals],
        ),
        "",
        f"Machine: {context['machine']}.",
    ]
    return "\n".join(parts) + "\n"


def write_json(
    path: Path,
    records: list[RunRecord],
    summaries: list[Summary],
    parse: list[ParseResult],
    goals: list[Target],
    context: dict,
) -> None:
    data = {
        **context,
        "summaries": [asdict(s) for s in summaries],
        "runs_detail": [asdict(r) for r in records],
        "parse": [asdict(p) for p in parse],
        "targets": [{**asdict(g), "verdict": g.verdict} for g in goals],
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def chart(path: Path, summaries: list[Summary], parse: list[ParseResult], context: dict) -> None:
    """A 2×2 PNG: pages per second, CPU per page, peak RSS per contender and scale; parse time per library."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    measured = [s for s in summaries if s.wall]
    labels = list(dict.fromkeys(s.label for s in measured))
    scales = sorted({s.scale for s in measured})
    figure, axes = pyplot.subplots(2, 2, figsize=(13, 8.5))
    panels = [
        (axes[0][0], "pages per second (higher is faster)", lambda s: s.pages_per_second),
        (axes[0][1], "CPU ms per page (lower is cheaper)", lambda s: 1000 * s.cpu / s.pages),
        (axes[1][0], "peak RSS, MiB (lower is leaner)", lambda s: s.peak_rss_mib),
    ]
    width = 0.8 / max(len(scales), 1)
    for axis, title, value in panels:
        for index, scale in enumerate(scales):
            heights = []
            for label in labels:
                found = next((s for s in measured if s.label == label and s.scale == scale), None)
                heights.append(value(found) if found else 0)
            positions = [i + (index - (len(scales) - 1) / 2) * width for i in range(len(labels))]
            bars = axis.barh(positions, heights, height=width, label=f"{scale}x")
            axis.bar_label(bars, fmt="%.0f" if max(heights, default=0) > 20 else "%.2f", fontsize=7, padding=2)
        axis.set_yticks(range(len(labels)), labels, fontsize=8)
        axis.invert_yaxis()
        axis.set_title(title, fontsize=10)
        axis.legend(fontsize=8)
    timed = [p for p in parse if p.ms_per_page is not None]
    axis = axes[1][1]
    bars = axis.barh([p.label for p in timed], [p.ms_per_page for p in timed], color="tab:green")
    axis.bar_label(bars, fmt="%.2f", fontsize=7, padding=2)
    axis.invert_yaxis()
    axis.tick_params(axis="y", labelsize=8)
    axis.set_title("parse only: ms per product page (lower is faster)", fontsize=10)
    figure.suptitle(
        f"books.toscrape.com replica, {context['server']}, concurrency {context['concurrency']}, "
        f"medians of {context['runs']} runs",
        fontsize=11,
    )
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    pyplot.close(figure)
