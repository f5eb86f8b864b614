"""The benchmark (`python -m bench`): its completeness check, its servers, and a tiny run end to end."""

from __future__ import annotations

import json
import os
import shutil
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bench.check import problems
from bench.server import StaticServer
from tests.conftest import ROOT, run

TRUTH = {
    "http://127.0.0.1/a.html": {"url": "http://127.0.0.1/a.html", "title": "A", "price": "1.00"},
    "http://127.0.0.1/b.html": {"url": "http://127.0.0.1/b.html", "title": "B", "price": "2.00"},
}


def _bench_python() -> Path | None:
    """The interpreter of the benchmark's own environment: $BENCH_PYTHON, or .venv-bench in the project."""
    if os.environ.get("BENCH_PYTHON"):
        return Path(os.environ["BENCH_PYTHON"])
    folder = "Scripts" if sys.platform == "win32" else "bin"
    candidate = ROOT / ".venv-bench" / folder / ("python.exe" if sys.platform == "win32" else "python")
    return candidate if candidate.exists() else None


def test_check_accepts_exactly_the_truth() -> None:
    """The same books in another order, with extra fields, count as complete."""
    items = [{**TRUTH["http://127.0.0.1/b.html"], "extra": 1}, TRUTH["http://127.0.0.1/a.html"]]
    assert problems(items, TRUTH) == []


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([TRUTH["http://127.0.0.1/a.html"]], "1 of 2 books missing"),
        ([*TRUTH.values(), TRUTH["http://127.0.0.1/a.html"]], "duplicate item http://127.0.0.1/a.html"),
        ([*TRUTH.values(), {"url": "http://127.0.0.1/c.html"}], "item not in the ground truth"),
        ([TRUTH["http://127.0.0.1/a.html"], {**TRUTH["http://127.0.0.1/b.html"], "price": "2"}], "price is '2'"),
        ([TRUTH["http://127.0.0.1/a.html"], {"url": "http://127.0.0.1/b.html", "title": "B"}], "no field 'price'"),
    ],
    ids=["missing", "duplicate", "unknown", "wrong-value", "missing-field"],
)
def test_check_reports_what_is_wrong(items: list[dict], expected: str) -> None:
    """A missing, repeated, unknown or wrong book makes the run incomplete, and the reason names it."""
    found = problems(items, TRUTH)
    assert any(expected in problem for problem in found), found


@pytest.mark.parametrize("prefer_nginx", [True, False], ids=["nginx", "fixture-server"])
def test_static_server_serves_the_folder(prefer_nginx: bool, tmp_path: Path) -> None:
    """Both servers answer a page with its bytes as text/html, `/` with index.html, and 404 outside the folder."""
    if prefer_nginx and not shutil.which("nginx", path=os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin"])):
        pytest.skip("nginx is not installed")
    site = tmp_path / "site"
    (site / "catalogue").mkdir(parents=True)
    page = "<html><body><p>£51.77</p></body></html>".encode()
    (site / "index.html").write_bytes(page)
    (site / "catalogue" / "page-2.html").write_bytes(page)
    (tmp_path / "secret.txt").write_text("no")
    with StaticServer(site, tmp_path / "run", prefer_nginx=prefer_nginx) as server:
        assert server.name.startswith("nginx") is prefer_nginx
        for path in ("", "catalogue/page-2.html"):
            with urllib.request.urlopen(server.url + path, timeout=10) as response:
                assert response.read() == page
                assert response.headers["Content-Type"] == "text/html"
        for path in ("missing.html", "../secret.txt", "%2e%2e/secret.txt"):
            with pytest.raises(urllib.error.HTTPError) as error:
                urllib.request.urlopen(server.url + path, timeout=10)
            assert error.value.code in (400, 404)
            error.value.close()


@pytest.mark.slow
def test_tiny_benchmark_end_to_end(tmp_path: Path) -> None:
    """50 books at 1x and 2x, one run each: every contender's items equal the truth, and the report is written."""
    python = _bench_python()
    if python is None:
        pytest.skip("no benchmark environment: install bench/requirements.txt into .venv-bench or set BENCH_PYTHON")
    out = tmp_path / "out"
    result = run(
        [
            python,
            "-m",
            "bench",
            "--books",
            "50",
            "--scales",
            "1,2",
            "--runs",
            "1",
            "--parse-rounds",
            "1",
            "--out",
            out,
            "--work",
            tmp_path / "work",
        ],
        timeout=400,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    report = json.loads((out / "results.json").read_text(encoding="utf-8"))
    runs = report["runs_detail"]
    assert runs
    assert all(r["complete"] for r in runs)
    for summary in report["summaries"]:
        expected_runs = 0 if summary["skipped"] else 1
        assert summary["complete_runs"] == expected_runs, summary
        assert summary["books"] == 50 * int(summary["scale"])
    ran = {r["contender"] for r in runs}
    assert {"project", "scrapy-parsel", "scrapy-bs4", "aiohttp-bs4"} <= ran
    if "crawlee-bs4" not in ran:
        assert "skipping Crawlee" in result.stdout
    assert [p["key"] for p in report["parse"] if p["ms_per_page"] is not None] == [
        "project",
        "bs4-naive",
        "parsel",
        "lxml",
        "selectolax",
    ]
    assert "| this project: scrapy crawl books | 1x |" in (out / "results.md").read_text(encoding="utf-8")
    assert (out / "results.png").read_bytes().startswith(b"\x89PNG")
    assert "target" in result.stdout
    assert report["server"]
