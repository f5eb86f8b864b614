"""Scrapy's other commands run in the project: shell, parse, fetch, view, bench, and check with its contracts."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tests.conftest import ROOT, Result, assert_clean, proc

if TYPE_CHECKING:
    from pathlib import Path

    from tests.conftest import FixtureServer

# Warnings are errors in the child too, Scrapy's deprecation warnings included.
STRICT = {"PYTHONWARNINGS": "error"}
SPIDERS = ROOT / "crawler" / "spiders"


def scrapy_strict(*args: str | Path, env: dict[str, str] | None = None, timeout: float = 120) -> Result:
    """`python -W error -m scrapy <args>` from the project root."""
    return proc("-W", "error", "-m", "scrapy", *args, env={**STRICT, **(env or {})}, timeout=timeout)


def test_shell_with_url(server: FixtureServer) -> None:
    """`scrapy shell URL -c CODE` fetches the page and evaluates the code on the response."""
    result = scrapy_strict("shell", "-c", "(response.status, response.css('title::text').get().strip())", server.url)
    assert_clean(result)
    assert result.stdout.strip() == "(200, 'Quotes to Scrape')"


def test_shell_with_a_project_spider(server: FixtureServer) -> None:
    """`scrapy shell --spider quotes`: the page is fetched through that spider and the project's middlewares."""
    code = "(spider.name, response.url, crawler.stats.get_value('crawler/pages_ok'))"
    result = scrapy_strict("shell", "--spider", "quotes", "-c", code, f"{server.url}page/2/")
    assert_clean(result)
    assert result.stdout.strip() == f"('quotes', '{server.url}page/2/', 1)"


def test_bare_shell_reads_stdin(server: FixtureServer) -> None:
    """`scrapy shell` with no URL starts a console; code on its standard input can fetch a page."""
    code = f"fetch({server.url + 'author/Albert-Einstein/'!r})\nprint('status', response.status)\n"
    done = subprocess.run(
        [sys.executable, "-W", "error", "-m", "scrapy", "shell"],
        cwd=ROOT,
        input=code,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ, **STRICT},
    )
    assert_clean(Result(done.returncode, done.stdout, done.stderr))
    assert "status 200" in done.stdout


def test_parse_runs_a_callback(server: FixtureServer) -> None:
    """`scrapy parse --spider quotes -c parse_author` prints the author the callback yields."""
    result = scrapy_strict(
        "parse", "--nolog", "--spider", "quotes", "-c", "parse_author", f"{server.url}author/Albert-Einstein/"
    )
    assert_clean(result)
    assert "'name': 'Albert Einstein'" in result.stdout
    assert "'birth_date': '1879-03-14'" in result.stdout


def test_parse_runs_an_async_callback_through_the_parser_pool(server: FixtureServer) -> None:
    """`scrapy parse` on books` `parse_detail`, an async callback whose page is parsed in a worker process."""
    book = f"{server.url}books/catalogue/a-light-in-the-attic_1000/index.html"
    result = scrapy_strict("parse", "--nolog", "--spider", "books", "-c", "parse_detail", book)
    assert_clean(result)
    assert "'title': 'A Light in the Attic'" in result.stdout
    assert "'upc': 'a897fe39b1053632'" in result.stdout


def test_fetch_prints_the_page(server: FixtureServer) -> None:
    """`scrapy fetch --nolog URL` prints the page's body on stdout."""
    result = scrapy_strict("fetch", "--nolog", f"{server.url}page/2/")
    assert_clean(result)
    assert "<title>Quotes to Scrape</title>" in result.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="BROWSER is split on ';' there, and file URLs differ")
def test_view_hands_the_page_to_the_browser(server: FixtureServer, tmp_path: Path) -> None:
    """`scrapy view URL` saves the page with a <base> tag and opens it with $BROWSER (here: a script that copies it)."""
    viewed = tmp_path / "viewed.html"
    browser = f"{sys.executable} {ROOT / 'tests' / 'scripts' / 'browser.py'} %s"
    result = scrapy_strict(
        "view", "--nolog", f"{server.url}page/2/", env={"BROWSER": browser, "VIEWED_PAGE": str(viewed)}
    )
    assert_clean(result)
    page = viewed.read_text(encoding="utf-8")
    assert f'<base href="{server.url}page/2/">' in page
    assert "<title>Quotes to Scrape</title>" in page


def test_bench_runs_cleanly() -> None:
    """`scrapy bench` crawls Scrapy's local benchmark server and leaves nothing unclosed behind."""
    result = scrapy_strict("bench", "-s", "CLOSESPIDER_TIMEOUT=1", env={"PYTHONDEVMODE": "1"})
    assert_clean(result)
    pages = re.search(r"Crawl summary \(closespider_timeout\): (\d+) pages ok", result.stderr)
    assert pages, result.stderr[-2000:]
    assert int(pages[1]) > 0


# Spiders with no site of their own to check against: `blog` takes any blog's address and has no default
# (tests/test_blog.py crawls its generated blog instead).
WITHOUT_CONTRACTS = {"blog"}


def check_sites(server: FixtureServer) -> str:
    """CHECK_BASE_URL for every site the project crawls: each one's copy on the fixture server."""
    return json.dumps(
        {
            "quotes.toscrape.com": server.url,
            "books.toscrape.com": f"{server.url}books/",
            "www.scrapethissite.com": f"{server.url}scrapethissite/",
        }
    )


def test_check_runs_every_spiders_contracts(server: FixtureServer) -> None:
    """`scrapy check` against the fixture server runs the contracts of every spider, and all hold."""
    result = scrapy_strict(
        "check", "-v", "-s", "QUOTES_USERNAME=checker", "-s", f"CHECK_BASE_URL={check_sites(server)}"
    )
    assert result.returncode == 0, result.stderr[-3000:]
    ran = re.search(r"Ran (\d+) contracts", result.stderr)
    assert ran, result.stderr[-3000:]
    assert int(ran[1]) > 0
    assert result.stderr.rstrip().endswith("OK")
    lines = [line for line in result.stderr.splitlines() if line.startswith("[")]
    assert len(lines) == int(ran[1])
    assert all(line.endswith("... ok") for line in lines), lines
    listed = scrapy_strict("list").stdout.split()
    assert {line[1:].split("]")[0] for line in lines} == set(listed) - WITHOUT_CONTRACTS


def spider_callbacks() -> dict[str, set[str]]:
    """Each spider module's callbacks, as its requests name them (`callback=self.NAME`)."""
    return {
        path.stem: set(re.findall(r"callback=self\.(\w+)", path.read_text(encoding="utf-8")))
        for path in SPIDERS.glob("*.py")
        if path.stem != "__init__" and path.stem not in WITHOUT_CONTRACTS
    }


def test_every_callback_has_contracts() -> None:
    """Every callback a spider's requests name is among the methods `scrapy check -l` lists for that spider."""
    result = scrapy_strict("check", "-l")
    assert result.returncode == 0, result.stderr
    listed: dict[str, set[str]] = {}
    spider = ""
    for line in result.stdout.splitlines():
        if line.startswith("  * "):
            listed[spider].add(line.removeprefix("  * "))
        elif line.strip():
            spider = line.strip()
            listed[spider] = set()
    callbacks = spider_callbacks()
    assert callbacks["quotes"] >= {"parse", "parse_author"}
    for module, names in callbacks.items():
        assert names <= listed[module], (module, names - listed[module])


def test_check_fails_on_a_broken_expectation(server: FixtureServer) -> None:
    """Control: a spider whose contracts expect 11 quotes with Goodreads links fails `scrapy check`, exit 1."""
    spiders = "crawler.spiders,tests.check_controls"
    result = scrapy_strict(
        "check", "quotes_wrong_expectations", "-s", f"SPIDER_MODULES={spiders}", "-s", f"CHECK_BASE_URL={server.url}"
    )
    assert result.returncode == 1
    assert "Returned 10 items, expected 11" in result.stderr
    assert "Empty fields: goodreads_url" in result.stderr
    assert re.search(r"FAILED \(failures=2\)", result.stderr), result.stderr[-2000:]


def test_check_of_the_login_really_logs_in(server: FixtureServer) -> None:
    """Control: without a user name the site refuses the login, and `check_login`'s check says so."""
    result = scrapy_strict("check", "quotes_login", "-s", f"CHECK_BASE_URL={server.url}")
    assert result.returncode == 1
    assert "ERROR: [quotes_login] check_login (callback)" in result.stderr
    assert 'raise CrawlFailed(f"login refused:' in result.stderr
    assert re.search(r"FAILED \(errors=1\)", result.stderr)
