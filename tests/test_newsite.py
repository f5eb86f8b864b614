"""`scrapy newsite`, end to end in a copy of the project: generate, fill in the stubs, record, crawl, test, lint."""

from __future__ import annotations

import re
import shutil
import sys
from typing import TYPE_CHECKING

import pytest

from crawler.commands.newsite import feed_name, module_name
from tests.conftest import ROOT, STRICT_ENV, assert_clean, read_jsonl, run, scrapy
from tests.fixtureserver.scrapethissite import countries

if TYPE_CHECKING:
    from pathlib import Path

    from tests.conftest import FixtureServer

# What a person writes into the generated stubs of the demo: a few lines, nothing else.
FILLED = {
    "name": 'return self.text(".country-name")',
    "capital": 'return self.text(".country-capital")',
    "item_nodes": 'return self.soup.select("div.country")',
    "detail_urls": "return []",
    "next_page_url": "return None",
}
COPY_IGNORE = shutil.ignore_patterns(
    ".git", ".venv*", "__pycache__", ".pytest_cache", ".ruff_cache", "output", "build", "*.egg-info", "var"
)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project to add sites to."""
    copy = tmp_path_factory.mktemp("project") / "crawler-project"
    shutil.copytree(ROOT, copy, ignore=COPY_IGNORE)
    return copy


@pytest.fixture(scope="module")
def demo(project: Path, server: FixtureServer) -> dict:
    """`scrapy newsite demo <the stand-in countries page> --item Place --fields name,capital`, then its stubs filled."""
    url = f"{server.url}scrapethissite/pages/simple/"
    created = scrapy("newsite", "demo", url, "--item", "Place", "--fields", "name,capital", cwd=project)
    parser = project / "crawler" / "parsers" / "site_127_0_0_1.py"
    stubbed = parser.read_text(encoding="utf-8")
    filled = stubbed
    for method, body in FILLED.items():
        filled = filled.replace(f'raise self.unfilled("{method}")', body)
    parser.write_text(filled, encoding="utf-8")
    return {"url": url, "created": created, "stubbed": stubbed}


def test_newsite_writes_the_site(project: Path, demo: dict) -> None:
    """Parser, item module, spider, data README and test module, each named by the site or the spider."""
    assert demo["created"].returncode == 0, demo["created"].stderr
    written = re.findall(r"^wrote (\S+)$", demo["created"].stdout, re.MULTILINE)
    assert written == [
        "crawler/parsers/site_127_0_0_1.py",
        "crawler/site_items/site_127_0_0_1.py",
        "crawler/spiders/demo.py",
        "tests/data/127.0.0.1/README.md",
        "tests/test_site_127_0_0_1.py",
    ]
    assert all((project / path).is_file() for path in written)
    assert demo["url"] in (project / "crawler" / "spiders" / "demo.py").read_text(encoding="utf-8")


def test_stubs_fail_loudly(project: Path, demo: dict, tmp_path: Path) -> None:
    """Before they are filled in, the stubs stop the crawl at its first page, naming the method to write."""
    assert demo["stubbed"].count("raise self.unfilled(") == len(FILLED)
    stubbed = tmp_path / "stubbed"
    shutil.copytree(project, stubbed, ignore=COPY_IGNORE)
    (stubbed / "crawler" / "parsers" / "site_127_0_0_1.py").write_text(demo["stubbed"], encoding="utf-8")
    result = scrapy("crawl", "demo", "-O", tmp_path / "out.jsonl", cwd=stubbed)
    assert "PlaceListPage.item_nodes() is still a stub: fill it in (crawler/parsers/site_127_0_0_1.py)" in result.stderr


def test_filled_in_site_crawls_its_truth(project: Path, demo: dict, tmp_path: Path) -> None:
    """`scrapy crawl demo -O out.jsonl` gives the 250 countries' names and capitals; `scrapy list` shows it."""
    out = tmp_path / "out.jsonl"
    result = scrapy("crawl", "demo", "-s", "AUTOTHROTTLE_ENABLED=False", "-O", out, cwd=project, env=STRICT_ENV)
    assert_clean(result)
    want = sorted((row["name"], row["capital"]) for row in countries())
    assert sorted((row["name"], row["capital"]) for row in read_jsonl(out)) == want
    assert "demo" in scrapy("list", cwd=project).stdout.split()


def test_generated_tests_pass_on_a_recording(project: Path, demo: dict) -> None:
    """Recorded with RECORD_WARC, the site's generated test module passes."""
    warc = project / "tests" / "data" / "127.0.0.1" / "recorded.warc.gz"
    recorded = scrapy("crawl", "demo", "-s", f"RECORD_WARC={warc}", "-s", "AUTOTHROTTLE_ENABLED=False", cwd=project)
    assert_clean(recorded)
    tested = run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_site_127_0_0_1.py"], cwd=project
    )
    assert tested.returncode == 0, tested.stdout[-3000:]
    assert "3 passed" in tested.stdout


def test_generated_project_is_lint_clean(project: Path, demo: dict) -> None:
    """`ruff check` finds nothing in the project with the new site filled in."""
    result = run([sys.executable, "-m", "ruff", "check", "."], cwd=project)
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["demo", "http://127.0.0.1:1/other/"], "a spider named 'demo' already exists"),
        (
            ["demo2", "http://127.0.0.1:1/other/"],
            "the site 127.0.0.1 already exists (crawler/parsers/site_127_0_0_1.py)",
        ),
        (["my-shop", "https://shop.example/"], "NAME must be a Python identifier (got 'my-shop')"),
        (["class", "https://shop.example/"], "NAME must be a Python identifier (got 'class')"),
        (
            ["shop", "ftp://shop.example/"],
            "URL must be an absolute http:// or https:// URL (got 'ftp://shop.example/')",
        ),
    ],
)
def test_newsite_refuses(project: Path, demo: dict, args: list[str], message: str) -> None:
    """A name or site that exists, a name that is not an identifier, a URL that is not http(s): one line, exit 2."""
    before = sorted(path.relative_to(project) for path in project.rglob("*") if "__pycache__" not in path.parts)
    result = scrapy("newsite", *args, cwd=project)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"scrapy: error: {message}"]
    after = sorted(path.relative_to(project) for path in project.rglob("*") if "__pycache__" not in path.parts)
    assert after == before


@pytest.mark.parametrize(
    ("domain", "module"),
    [("www.scrapethissite.com", "www_scrapethissite_com"), ("127.0.0.1", "site_127_0_0_1"), ("a-b.io", "a_b_io")],
)
def test_module_names(domain: str, module: str) -> None:
    """A site's module name is its domain with underscores, made an identifier."""
    assert module_name(domain) == module


@pytest.mark.parametrize(("item", "feed"), [("Country", "countries"), ("Team", "teams"), ("BlogPost", "blog_posts")])
def test_feed_names(item: str, feed: str) -> None:
    assert feed_name(item) == feed
