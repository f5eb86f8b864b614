"""One front door: `scrapy crawl`, `python -m crawler` and the Python API refuse the same bad input with the same
one line (exit status 2 on the command line), before anything is fetched."""

from __future__ import annotations

import sys
import sysconfig
from typing import TYPE_CHECKING

import pytest

from crawler import launch
from crawler.checks import apply_settings
from crawler.cli import BAD_INPUT_ERRORS
from tests.conftest import ROOT, proc, run, scrapy

if TYPE_CHECKING:
    from pathlib import Path

    from tests.conftest import FixtureServer

SPIDERS = "books, quotes, quotes_js, quotes_login, quotes_scroll, quotes_tableful, quotes_viewstate, scrapethissite"
LONG = "x" * 100_000

# (spider, spider arguments, settings, the one line every entry point says)
CASES = {
    "unknown spider": ("nosuch", {}, {}, f"no spider named 'nosuch' (spiders: {SPIDERS})"),
    "close match": ("quots", {}, {}, f"no spider named 'quots'; did you mean 'quotes'? (spiders: {SPIDERS})"),
    "long bad argument": (
        "quotes",
        {"tag": "x y" * 600},
        {},
        "-a tag: String should match pattern '^[A-Za-z0-9-]+$' "
        "(got 'x yx yx yx yx yx yx yx yx yx yx yx yx yx yx yx yx yx y...x y' (1800 characters))",
    ),
    "unknown argument": (
        "quotes",
        {"nosuch": "1"},
        {},
        "-a nosuch: unknown argument (got '1'); arguments: base_url, shard, tag",
    ),
    "missing user name": (
        "quotes_login",
        {},
        {},
        "-a username: required (or -s QUOTES_USERNAME=NAME): the login needs a user name",
    ),
    "long argument": (
        "quotes",
        {"tag": LONG},
        {},
        "-a tag: too long (100000 characters; at most 2083)",
    ),
}
SETTING_CASES = {
    "CONCURRENT_REQUESTS=abc": "-s CONCURRENT_REQUESTS: must be a number (got 'abc')",
    "CONCURRENT_REQUESTS=0": "-s CONCURRENT_REQUESTS: must be more than 0 (got '0')",
    "DOWNLOAD_TIMEOUT=-1": "-s DOWNLOAD_TIMEOUT: must be more than 0 (got '-1')",
    "DOWNLOAD_TIMEOUT=abc": "-s DOWNLOAD_TIMEOUT: must be a number (got 'abc')",
    "RETRY_TIMES=1.5": "-s RETRY_TIMES: must be a whole number (got '1.5')",
    "DOWNLOAD_DELAY=nan": "-s DOWNLOAD_DELAY: must be a finite number (got 'nan')",
    "ROBOTSTXT_OBEY=perhaps": "-s ROBOTSTXT_OBEY: must be True or False (or 1, 0) (got 'perhaps')",
    "LOG_LEVEL=NOPE": "-s LOG_LEVEL: must be DEBUG, INFO, WARNING, ERROR or CRITICAL (got 'NOPE')",
    'FEEDS={"a":1}': "-s FEEDS: each output must map to its options, a JSON object (got 'a': 1)",
    "FEEDS=[1,2]": "-s FEEDS: must be a JSON object ({...}) (got '[1,2]')",
    "FEEDS=notjson": "-s FEEDS: must be a JSON object ({...}) (got 'notjson')",
    "RETRY_AFTER_MAX=inf": "-s RETRY_AFTER_MAX: must be a number of seconds, 0 or more (got 'inf')",
    "FEED_EXPORT_ENCODING=nope": "-s FEED_EXPORT_ENCODING: no such encoding (got 'nope')",
    "PARSER_TIMEOUT=soon": "-s PARSER_TIMEOUT: must be a number of seconds, 0 or more (got 'soon')",
    "PARSER_MAX_BYTES=2MB": "-s PARSER_MAX_BYTES: must be a whole number, 0 or more (got '2MB')",
    "MAX_LINKS_PER_PAGE=-1": "-s MAX_LINKS_PER_PAGE: must be a whole number, 0 or more (got '-1')",
    "REMOTE_CONTROL_ENABLED=True": (
        "-s REMOTE_CONTROL_ENABLED: refused from the command line and Scrapyd: it opens a port that runs code in "
        "the crawl (set it in settings.py if you mean it)"
    ),
    "TELNETCONSOLE_ENABLED=1": (
        "-s TELNETCONSOLE_ENABLED: refused from the command line and Scrapyd: it opens a port that runs code in "
        "the crawl (set it in settings.py if you mean it)"
    ),
}


def command_line(spider: str, args: dict[str, str], settings: dict[str, str]) -> list[str]:
    line = [spider]
    for name, value in args.items():
        line += ["-a", f"{name}={value}"]
    for name, value in settings.items():
        line += ["-s", f"{name}={value}"]
    return line


def api_error(spider: str, args: dict[str, str], settings: dict[str, str]) -> str:
    """What the Python API raises for the same input (run() and crawl() prepare through the same function)."""
    prepared_settings = launch.project_settings()
    try:
        apply_settings(prepared_settings, settings.items())
        launch.prepare(spider, args, prepared_settings, project_feeds=False)
    except BAD_INPUT_ERRORS as error:
        return str(error)
    pytest.fail("the API accepted what the command lines refuse")


def assert_refused(spider: str, args: dict, settings: dict, message: str, server: FixtureServer, out: Path) -> None:
    if spider != "nosuch" and spider != "quots":
        args = {"base_url": server.url, **args}
    line = command_line(spider, args, settings)
    by_scrapy = scrapy("crawl", *line, "-O", out)
    by_module = proc("-m", "crawler", *line, "-O", out)
    for result, prog in ((by_scrapy, "scrapy"), (by_module, "python -m crawler")):
        assert result.returncode == 2, result.stderr[-2000:]
        assert result.stderr.splitlines() == [f"{prog}: error: {message}"]
    assert api_error(spider, args, settings) == message
    assert not out.exists()


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_is_one_line_everywhere(server: FixtureServer, tmp_path: Path, case: str) -> None:
    """An unknown spider or a bad argument: the same one line from every entry point, exit 2."""
    spider, args, settings, message = CASES[case]
    assert_refused(spider, args, settings, message, server, tmp_path / "out.jsonl")


@pytest.mark.parametrize("setting", list(SETTING_CASES))
def test_malformed_setting_is_one_line_everywhere(server: FixtureServer, tmp_path: Path, setting: str) -> None:
    """A setting of the wrong type or a refused one: named in one line by every entry point, exit 2."""
    name, _, value = setting.partition("=")
    assert_refused("quotes", {}, {name: value}, SETTING_CASES[setting], server, tmp_path / "out.jsonl")


def test_outputs_and_jobdir_checked_everywhere(server: FixtureServer, tmp_path: Path) -> None:
    """An output or JOBDIR that cannot be made is refused up front by `python -m crawler` as by `scrapy crawl`."""
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder")
    folder = tmp_path / "folder.jsonl"
    folder.mkdir()
    cases = {
        str(blocker / "q.jsonl"): f"output {blocker / 'q.jsonl'}: cannot be written, {blocker} is a file, not a folder",
        str(folder): f"output {folder}: is a folder, not a file",
    }
    for out, message in cases.items():
        for result, prog in (
            (scrapy("crawl", "quotes", "-a", f"base_url={server.url}", "-O", out), "scrapy"),
            (proc("-m", "crawler", "quotes", "-a", f"base_url={server.url}", "-O", out), "python -m crawler"),
        ):
            assert result.returncode == 2
            assert result.stderr.splitlines() == [f"{prog}: error: {message}"]
    job = blocker / "job"
    message = f"JOBDIR {job}: cannot be created, {blocker} is a file, not a folder"
    for result, prog in (
        (scrapy("crawl", "quotes", "-O", tmp_path / "q.jsonl", "-s", f"JOBDIR={job}"), "scrapy"),
        (proc("-m", "crawler", "quotes", "-O", tmp_path / "q.jsonl", "-s", f"JOBDIR={job}"), "python -m crawler"),
    ):
        assert result.returncode == 2
        assert result.stderr.splitlines() == [f"{prog}: error: {message}"]


def test_list_and_help_name_the_spiders_and_their_arguments() -> None:
    """`python -m crawler list` is `scrapy list`; `--help` lists the spiders; `SPIDER --help` its arguments."""
    listed = proc("-m", "crawler", "list")
    assert listed.returncode == 0
    assert listed.stdout.split() == scrapy("list").stdout.split() == SPIDERS.split(", ")
    overall = proc("-m", "crawler", "--help")
    assert overall.returncode == 0
    for name in SPIDERS.split(", "):
        assert f"\n  {name} " in overall.stdout
    books = proc("-m", "crawler", "books", "--help")
    assert books.returncode == 0
    lines = books.stdout.splitlines()
    default = "(default: 'https://books.toscrape.com/')"
    assert any(line.split()[:1] == ["base_url"] and default in line for line in lines)
    assert any(line.split()[:1] == ["category"] for line in lines)
    assert any(line.split()[:1] == ["shard"] for line in lines)
    login = proc("-m", "crawler", "quotes_login", "--help").stdout
    assert "username" in login
    assert "QUOTES_USERNAME" in login


@pytest.mark.skipif(sys.platform == "win32", reason="the console script lives in Scripts\\ there")
def test_installed_package_runs_from_any_folder(tmp_path: Path) -> None:
    """`pip install -e .` makes `crawler` a command and `crawler.runtime` importable outside the checkout."""
    venv = tmp_path / "venv"
    assert proc("-m", "venv", "--without-pip", venv).returncode == 0
    python = venv / "bin" / "python"
    # The new environment sees this one's packages (Scrapy, setuptools) through a .pth file, so nothing is fetched.
    (site,) = (venv / "lib").glob("python3.*/site-packages")
    (site / "test-env.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    installed = run(
        [sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", "--no-build-isolation"]
        + ["-e", str(ROOT)],
        timeout=300,
        # pip's own copy of pkg_resources warns that it is deprecated, and setuptools says "Editable installation."
        # as a warning; every other warning stays an error.
        env={"PYTHONWARNINGS": "error,ignore:pkg_resources is deprecated as an API,ignore:Editable installation."},
    )
    assert installed.returncode == 0, installed.stderr
    listed = run([venv / "bin" / "crawler", "list"], cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.split() == SPIDERS.split(", ")
    api = run([python, "-c", "from crawler.runtime import run, crawl; print(run.__module__)"], cwd=tmp_path)
    assert api.stdout.strip() == "crawler.runtime"
