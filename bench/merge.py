"""Benchmark of the cluster merge: items/s and peak memory on synthetic shard files, small items against large.

Run from the project root: `python -m bench.merge [--items 200000] [--shards 3] [--sizes 100,4000]`.
Each merge runs in a fresh interpreter, so its peak RSS is the merge's alone.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Share of items a second shard also yields (as a re-run shard would), so that de-duplication has work to do.
DUPLICATE_SHARE = 0.02


def write_shards(directory: Path, items: int, shards: int, text_bytes: int, seed: int = 1) -> int:
    """Quote-shaped items spread over `shards` JSON Lines files; the number of distinct items."""
    rng = random.Random(seed)  # noqa: S311 -- repeatable test data, not secrets
    files = [(directory / f"shard-{index}.jl").open("w", encoding="utf-8") for index in range(shards)]
    filler = "x" * max(0, text_bytes - 40)
    distinct = 0
    try:
        for number in range(items):
            repeat = number > 0 and rng.random() < DUPLICATE_SHARE
            serial = rng.randrange(distinct) if repeat else distinct
            distinct += 0 if repeat else 1
            quote = {
                "text": f"“Quote number {serial}.” {filler}",
                "author": f"Author {serial % 5000}",
                "tags": ["bench", f"t{serial % 137}"],
                "author_url": f"https://quotes.example/author/{serial % 5000}/",
                "url": f"https://quotes.example/page/{serial // 10}/",
                "goodreads_url": None,
            }
            files[number % shards].write(json.dumps(quote, ensure_ascii=False) + "\n")
    finally:
        for stream in files:
            stream.close()
    return distinct


def merge_only(directory: Path) -> dict[str, float]:
    """Merge the shard files of `directory` as the cluster command does; timings and peak RSS of this process."""
    from crawler.cluster.merge import Merger

    started = time.perf_counter()
    lines = 0
    with (directory / "merged.jl").open("wb") as out:
        merger = Merger(out)
        for shard in sorted(directory.glob("shard-*.jl")):
            with shard.open("rb") as stream:
                counts = merger.add(stream)
                lines += counts.written + counts.duplicates
    seconds = time.perf_counter() - started
    return {
        "lines": lines,
        "written": merger.counts.written,
        "duplicates": merger.counts.duplicates,
        "seconds": seconds,
        "items_per_second": lines / seconds,
        "peak_rss_mib": _peak_rss_mib(),
    }


def _peak_rss_mib() -> float:
    try:
        import resource
    except ImportError:  # Windows has no getrusage
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def _baseline_mib() -> float:
    """Peak RSS of an interpreter that only imports the merge: what the merge itself adds is above it."""
    code = "import crawler.cluster.merge, bench.merge as b; print(b._peak_rss_mib())"
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.merge", description=__doc__)
    parser.add_argument("--items", type=int, default=200_000, help="item lines over all shards (default: %(default)s)")
    parser.add_argument("--shards", type=int, default=3, help="shard files (default: %(default)s)")
    parser.add_argument("--sizes", default="100,4000", help="approximate bytes of text per item, comma-separated")
    parser.add_argument("--merge-only", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.merge_only:
        print(json.dumps(merge_only(options.merge_only)))
        return
    baseline = _baseline_mib()
    print(f"merge of {options.items:,} items over {options.shards} shards ({DUPLICATE_SHARE:.0%} repeats)")
    print(
        f"{'item size':>10} {'input MiB':>10} {'distinct':>9} {'items/s':>9} {'peak RSS MiB':>13} {'above import':>13}"
    )
    for size in (int(text) for text in options.sizes.split(",")):
        with tempfile.TemporaryDirectory() as scratch:
            directory = Path(scratch)
            distinct = write_shards(directory, options.items, options.shards, size)
            input_mib = sum(path.stat().st_size for path in directory.glob("shard-*.jl")) / 2**20
            done = subprocess.run(
                [sys.executable, "-m", "bench.merge", "--merge-only", str(directory)],
                capture_output=True,
                text=True,
                check=True,
            )
            result = json.loads(done.stdout)
            assert result["written"] == distinct, (result, distinct)
            print(
                f"{size:>9}B {input_mib:>10.1f} {distinct:>9,} {result['items_per_second']:>9,.0f} "
                f"{result['peak_rss_mib']:>13.1f} {result['peak_rss_mib'] - baseline:>13.1f}"
            )


if __name__ == "__main__":
    main()
