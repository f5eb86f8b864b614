"""`python -m crawler history chart`: one item's field over time, and the changes of each run, as PNG files."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crawler.history import queries

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


def _moment(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def field_over_time(
    engine: Engine, spider: str, field: str, key: str, item_type: str | None
) -> tuple[str, list[tuple[datetime, Any]]]:
    """The item's type and its field's value from each change on: where it was first seen, each change, removals."""
    rows = queries.item_history(engine, spider, key, item_type)
    if not rows:
        raise ValueError(f"no item of {spider!r} has the key {key!r}")
    types = {row.type for row in rows}
    if len(types) > 1:
        raise ValueError(f"items of several types have the key {key!r}: give --type ({', '.join(sorted(types))})")
    points: list[tuple[datetime, Any]] = []
    for row in rows:
        at = _moment(row.seen_at)
        if row.kind in ("new", "reappeared"):
            data = json.loads(row.new_value)
            if field not in data:
                raise ValueError(f"{row.type} has no field {field!r} (fields: {', '.join(data)})")
            points.append((at, data[field]))
        elif row.kind == "changed" and row.field == field:
            points.append((at, json.loads(row.new_value)))
        elif row.kind == "removed":
            points.append((at, None))
    return types.pop(), points


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text)[:80]


def draw(engine: Engine, spider: str, field: str, key: str, item_type: str | None, out: str) -> list[Path]:
    """Write `<spider>-<key>-<field>.png` and `<spider>-changes-per-run.png` into `out`; return their paths."""
    import matplotlib as mpl

    mpl.use("Agg")  # files only, no window
    from matplotlib import pyplot as plt

    found_type, points = field_over_time(engine, spider, field, key, item_type)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    until = queries.last_seen(engine, spider, found_type, key)
    if until is not None:
        points.append((_moment(until), points[-1][1]))
    numbers = [_number(value) for _, value in points]
    # Numbers on a scale (a removal leaves a gap); any other value as a category of its own.
    numeric = all(number is not None for number, (_, value) in zip(numbers, points, strict=True) if value is not None)
    values: list[Any] = numbers if numeric else ["(removed)" if value is None else str(value) for _, value in points]
    item_path = folder / f"{_safe(spider)}-{_safe(key)}-{_safe(field)}.png"
    figure, axes = plt.subplots(figsize=(8, 4))
    axes.step([at for at, _ in points], values, where="post", marker="o")
    axes.set_title(f"{spider} {found_type} {key}: {field}")
    axes.set_xlabel("seen at (UTC)")
    axes.set_ylabel(field)
    figure.autofmt_xdate()
    figure.tight_layout()
    figure.savefig(item_path, dpi=100)
    plt.close(figure)

    runs = queries.run_list(engine, spider)
    summary_path = folder / f"{_safe(spider)}-changes-per-run.png"
    figure, axes = plt.subplots(figsize=(8, 4))
    labels = [str(row.id) for row in runs]
    bottom = [0] * len(runs)
    for kind in queries.changes_kinds():
        counts = [getattr(row, kind) or 0 for row in runs]
        axes.bar(labels, counts, bottom=bottom, label=kind)
        bottom = [low + count for low, count in zip(bottom, counts, strict=True)]
    axes.set_title(f"{spider}: changes per run")
    axes.set_xlabel("run")
    axes.set_ylabel("changes")
    axes.legend()
    figure.tight_layout()
    figure.savefig(summary_path, dpi=100)
    plt.close(figure)
    return [item_path, summary_path]
