"""`python -m bench`: builds the books replica at each scale, serves it, crawls it with every contender, reports."""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

from bench import parsebench, report
from bench.check import load_items, load_truth, problems
from bench.lineup import CONTENDERS, ROOT, Contender
from bench.measure import run
from bench.server import StaticServer

BOOKS_PER_PAGE = 20


def _options(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--books", type=int, default=1000, help="books at 1x, taken from the real catalogue (1000)")
    parser.add_argument("--scales", default="1,10", help="comma-separated multiples of --books (1,10)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each contender at each scale (3)")
    parser.add_argument("--concurrency", type=int, default=16, help="requests at once, for every contender (16)")
    parser.add_argument(
        "--contenders",
        default=",".join(c.key for c in CONTENDERS),
        help="comma-separated subset of: " + ", ".join(c.key for c in CONTENDERS),
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results", help="where the report goes")
    parser.add_argument("--work", type=Path, help="keep replicas and run logs here (default: a temp folder)")
    parser.add_argument(
        "--server",
        choices=("auto", "fixture"),
        default="auto",
        help="auto: nginx when installed, else the project's fixture server",
    )
    parser.add_argument("--parse-rounds", type=int, default=3, help="rounds of the parse-only benchmark (3)")
    options = parser.parse_args(argv)
    options.scales = [int(s) for s in options.scales.split(",")]
    wanted = options.contenders.split(",")
    unknown = set(wanted) - {c.key for c in CONTENDERS}
    if unknown:
        parser.error(f"unknown contender(s): {', '.join(sorted(unknown))}")
    options.contenders = [c for c in CONTENDERS if c.key in wanted]
    return options


def _child_env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8", "NO_PROXY": "127.0.0.1,localhost"}
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        env.pop(name, None)
    return env


def _machine() -> str:
    versions = []
    for package in ("scrapy", "beautifulsoup4", "lxml", "parsel", "aiohttp", "crawlee", "selectolax"):
        try:
            versions.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            continue
    return (
        f"{os.cpu_count()} CPUs, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, " + ", ".join(versions)
    )


def _build_replica(folder: Path, books: int, scale: int) -> None:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.books_replica",
            "--out",
            str(folder),
            "--books",
            str(books),
            "--scale",
            str(scale),
        ],
        cwd=ROOT,
        check=True,
        env=_child_env(),
    )
    print(f"replica {scale}x built in {time.perf_counter() - started:.1f}s: {folder}", flush=True)


def main(argv: list[str] | None = None) -> int:
    options = _options(argv)
    skipped = {}
    for contender in options.contenders:
        if missing := contender.missing():
            skipped[contender.key] = f"{', '.join(missing)} not installed"
            print(f"skipping {contender.label}: {skipped[contender.key]}", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-") as temporary:
        work = options.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        records: list[report.RunRecord] = []
        summaries: list[report.Summary] = []
        parse: list[parsebench.ParseResult] = []
        server_name = ""
        for scale in options.scales:
            replica = work / f"replica-{scale}x"
            _build_replica(replica, options.books, scale)
            site = replica / "site"
            with StaticServer(site, work / f"server-{scale}x", prefer_nginx=options.server == "auto") as server:
                server_name = server.name
                print(f"serving {site} at {server.url} with {server.name}", flush=True)
                truth = load_truth(replica / "truth.jl", server.url)
                pages = len(truth) + -(-len(truth) // BOOKS_PER_PAGE)
                timeout = 120 + 0.1 * pages
                for number in range(1, options.runs + 1):
                    for contender in options.contenders:
                        if contender.key in skipped:
                            continue
                        records.append(
                            _timed_run(contender, scale, number, server.url, truth, work, timeout, options.concurrency)
                        )
                if not parse:
                    parse = parsebench.run(parsebench.saved_pages(site, truth, server.url), truth, options.parse_rounds)
            for contender in options.contenders:
                summary = report.summarise(records, contender.key, contender.label, scale, len(truth), pages)
                summary.skipped = skipped.get(contender.key, "")
                summaries.append(summary)
        report.add_ratios(summaries)
        goals = report.targets(summaries, parse)
        context = {
            "machine": _machine(),
            "server": server_name,
            "concurrency": options.concurrency,
            "runs": options.runs,
            "books": options.books,
            "scales": options.scales,
        }
        _publish(options.out, records, summaries, parse, goals, context)
    return 0 if all(r.complete for r in records) else 1


def _timed_run(
    contender: Contender,
    scale: int,
    number: int,
    base_url: str,
    truth: dict,
    work: Path,
    timeout: float,
    concurrency: int,
) -> report.RunRecord:
    """One measured crawl, counted as complete only when its items are exactly the ground truth."""
    folder = work / f"run-{scale}x-{contender.key}-{number}"
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / "items.jsonl"
    cwd = ROOT if contender.module is None else folder
    sample = run(contender.command(base_url, out, concurrency), cwd, _child_env(), folder / "log.txt", timeout)
    wrong = problems(load_items(out), truth)
    if sample.returncode != 0:
        wrong.insert(0, f"exit status {sample.returncode}, see {folder / 'log.txt'}")
    record = report.RunRecord(
        contender.key, scale, number, sample.wall, sample.cpu, sample.peak_rss, sample.returncode, not wrong, wrong
    )
    verdict = "complete" if record.complete else "INCOMPLETE: " + "; ".join(wrong)
    print(
        f"{scale}x run {number} {contender.label}: {sample.wall:.2f}s wall, {sample.cpu:.2f}s CPU, "
        f"{sample.peak_rss / report.MIB:.0f} MiB; {verdict}",
        flush=True,
    )
    return record


def _publish(
    out: Path,
    records: list[report.RunRecord],
    summaries: list[report.Summary],
    parse: list[parsebench.ParseResult],
    goals: list[report.Target],
    context: dict,
) -> None:
    print(
        f"\n{context['machine']}\nserver: {context['server']}; concurrency {context['concurrency']}, "
        f"medians of {context['runs']} runs\n"
    )
    print(report.text_table(summaries))
    print()
    for row in report.parse_rows(parse):
        print(f"parse only  {row[0]:<32} {row[1]:>7} ms/page  {row[2]:>5}  {row[4]}")
    print()
    for goal in goals:
        value = "—" if goal.value is None else f"{goal.value:.2f}"
        print(f"target  {goal.name:<48} {value:>6}  ({'<=' if goal.at_most else '>='} {goal.limit:g})  {goal.verdict}")
    out.mkdir(parents=True, exist_ok=True)
    report.write_json(out / "results.json", records, summaries, parse, goals, context)
    (out / "results.md").write_text(report.markdown(summaries, parse, goals, context), encoding="utf-8")
    written = ["results.json", "results.md"]
    try:
        report.chart(out / "results.png", summaries, parse, context)
        written.append("results.png")
    except ImportError:
        print("no chart: matplotlib is not installed")
    print(f"\nwrote {', '.join(written)} to {out}")


if __name__ == "__main__":
    sys.exit(main())
