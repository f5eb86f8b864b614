"""`python -m crawler history ...`: the questions a user asks the history store, from the command line."""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import argparse

    from sqlalchemy.engine import Engine

DESCRIPTION = """Read what crawls with -s HISTORY_ENABLED=True recorded: runs, changes, one item's history.

Each question is also an SQL view of the store (run_changes, item_history, new_items), for other tools.
The store is HISTORY_URL of the project's settings (default: .crawler/history.sqlite of the project folder),
or --url."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--url", help="the store's SQLAlchemy URL (default: HISTORY_URL of the project's settings)")
    questions = parser.add_subparsers(dest="question", required=True, metavar="QUESTION")
    runs = questions.add_parser("runs", help="every run: when, how it ended, what it changed")
    runs.add_argument("spider", nargs="?", help="only this spider's runs")
    changes = questions.add_parser("changes", help="what changed in one run (view run_changes)")
    changes.add_argument("run", nargs="?", type=int, help="the run's number (default: the latest)")
    changes.add_argument("--spider", help="with no RUN: the latest run of this spider")
    item = questions.add_parser("item", help="one item's history, oldest first (view item_history)")
    item.add_argument("spider")
    item.add_argument("key", help="the item's key: a book's UPC, an author's name, a quote's JSON [text, author]")
    item.add_argument("--type", dest="item_type", help="the item type (feed name), if the spider yields several")
    new = questions.add_parser("new", help="items first seen since a date (view new_items)")
    new.add_argument("spider")
    new.add_argument("--since", required=True, help="a UTC date or time, e.g. 2026-12-01 or 2026-12-01T08:00")
    export = questions.add_parser("export", help="every change as JSON Lines (view run_changes)")
    export.add_argument("--run", type=int, help="only this run's changes")
    export.add_argument("--spider", help="only this spider's changes")
    export.add_argument("-o", "--output", help="write to this file (default: standard output)")
    chart = questions.add_parser("chart", help="PNGs: one item's field over time, and changes per run")
    chart.add_argument("spider")
    chart.add_argument("--field", required=True, help="the field to draw, e.g. price")
    chart.add_argument("--key", required=True, help="the item's key, e.g. a book's UPC")
    chart.add_argument("--type", dest="item_type", help="the item type (feed name), if the spider yields several")
    chart.add_argument("--out", default=".", help="folder to write the two PNG files into (default: this one)")


def _since(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value.strip().removesuffix("Z"))
    except ValueError:
        raise ValueError(f"--since: not a date or time like 2026-12-01 or 2026-12-01T08:00 (got {value!r})") from None
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _value(text: str | None) -> str:
    if text is None:
        return "-"
    value = json.loads(text)
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _short(cell: Any) -> str:
    text = str(cell)
    return text if len(text) <= 60 else text[:57] + "..."


def _table(header: list[str], rows: list[list[Any]]) -> str:
    """Aligned columns; a long cell (a quote's key) is cut to 60 characters: `export` has every value whole."""
    cells = [header, *[[_short(cell) for cell in row] for row in rows]]
    widths = [max(len(row[index]) for row in cells) for index in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in cells
    )


def _runs(engine: Engine, options: argparse.Namespace) -> str:
    from crawler.history import queries

    rows = [
        [
            row.id,
            row.spider,
            queries.shown_time(row.started_at),
            row.finish_reason or "(running or killed)",
            "yes" if row.complete else "no",
            row.pages_parsed,
            row.pages_skipped,
            row.new,
            row.changed,
            row.removed,
            row.reappeared,
        ]
        for row in queries.run_list(engine, options.spider)
    ]
    header = ["run", "spider", "started", "finish", "complete", "parsed", "skipped"]
    return _table([*header, "new", "changed", "removed", "reappeared"], rows)


def _changes(engine: Engine, options: argparse.Namespace) -> str:
    from crawler.history import queries

    run = options.run if options.run is not None else queries.latest_run(engine, options.spider)
    if run is None:
        raise ValueError("the store holds no run yet")
    rows = [
        [row.kind, row.type, row.key, row.field or "", _value(row.old_value) if row.kind == "changed" else "",
         _value(row.new_value) if row.kind == "changed" else ""]
        for row in queries.changes_of_run(engine, run)
    ]  # fmt: skip
    return f"run {run}: {len(rows)} change(s)\n" + _table(["kind", "type", "key", "field", "old", "new"], rows)


def _item(engine: Engine, options: argparse.Namespace) -> str:
    from crawler.history import queries

    rows = queries.item_history(engine, options.spider, options.key, options.item_type)
    if not rows:
        raise ValueError(f"no item of {options.spider!r} has the key {options.key!r}")
    shown = []
    for row in rows:
        detail = [row.field, _value(row.old_value), _value(row.new_value)] if row.kind == "changed" else ["", "", ""]
        shown.append([queries.shown_time(row.seen_at), row.run_id, row.kind, row.type, *detail])
    return _table(["seen", "run", "kind", "type", "field", "old", "new"], shown)


def _new(engine: Engine, options: argparse.Namespace) -> str:
    from crawler.history import queries

    rows = queries.new_since(engine, options.spider, _since(options.since))
    shown = [
        [
            queries.shown_time(row.first_seen),
            row.first_run,
            row.type,
            row.key,
            "yes" if row.removed_in_run is None else f"removed in run {row.removed_in_run}",
        ]
        for row in rows
    ]
    return f"{len(rows)} item(s) first seen since {options.since}\n" + _table(
        ["first seen", "run", "type", "key", "on the site"], shown
    )


def _export(engine: Engine, options: argparse.Namespace) -> str:
    from crawler.history import queries

    lines = queries.change_lines(engine, options.run, options.spider)
    if options.output is None:
        count = 0
        for line in lines:
            sys.stdout.write(line + "\n")
            count += 1
        return ""
    with open(options.output, "w", encoding="utf-8", newline="\n") as out:  # noqa: PTH123 - a user's path
        count = 0
        for line in lines:
            out.write(line + "\n")
            count += 1
    return f"wrote {count} change(s) to {options.output}"


def _chart(engine: Engine, options: argparse.Namespace) -> str:
    from crawler.history import chart

    paths = chart.draw(engine, options.spider, options.field, options.key, options.item_type, options.out)
    return "\n".join(f"wrote {path}" for path in paths)


_QUESTIONS = {"runs": _runs, "changes": _changes, "item": _item, "new": _new, "export": _export, "chart": _chart}


def run(options: argparse.Namespace, prog: str) -> int:
    """Answer one question; one line and exit status 2 for a store that is not there or a question it cannot answer."""
    from sqlalchemy.exc import SQLAlchemyError

    from crawler.history import queries
    from crawler.history.session import shown_url, store_url
    from crawler.launch import project_settings

    settings = project_settings()
    if options.url:
        settings.set("HISTORY_URL", options.url, priority="cmdline")
    try:
        url = store_url(settings)
        engine = queries.open_for_reading(url)
    except (ValueError, queries.NoStore) as error:
        print(f"{prog}: error: {error}", file=sys.stderr)
        return 2
    except SQLAlchemyError as error:
        first = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        print(f"{prog}: error: cannot open the store {shown_url(url)}: {first}", file=sys.stderr)
        return 2
    try:
        answer = _QUESTIONS[options.question](engine, options)
        if answer:
            print(answer)
    except ValueError as error:
        print(f"{prog}: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader stopped early (`| head`): not an error. Python would complain once more at exit, so the
        # rest of the output goes nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    finally:
        engine.dispose()
    return 0
