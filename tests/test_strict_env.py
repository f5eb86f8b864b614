"""The tests' own strictness: a child crawl that warns, even with a ScrapyDeprecationWarning, fails them."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from crawler import settings as project_settings
from tests.conftest import Result, assert_clean, read_jsonl, scrapy

if TYPE_CHECKING:
    from pathlib import Path

    from tests.conftest import FixtureServer

# A pipeline written the way Scrapy 2.19 deprecates: process_item() asks for the spider.
OLD_PIPELINE = """
class SpiderArgumentPipeline:
    def process_item(self, item, spider):
        return item
"""
DEPRECATION = "ScrapyDeprecationWarning: SpiderArgumentPipeline.process_item() requires a spider argument"


def crawl_with_old_pipeline(server: FixtureServer, tmp_path: Path, env: dict[str, str]) -> tuple[Result, Path]:
    (tmp_path / "old_pipeline.py").write_text(OLD_PIPELINE, encoding="utf-8")
    pipelines = {**project_settings.ITEM_PIPELINES, "old_pipeline.SpiderArgumentPipeline": 500}
    out = tmp_path / "out.jsonl"
    result = scrapy(
        "crawl", "quotes", "-a", f"base_url={server.url}", "-a", "tag=simile", "-O", out,
        "-s", f"ITEM_PIPELINES={json.dumps(pipelines)}", env={"PYTHONPATH": str(tmp_path), **env},
    )  # fmt: skip
    return result, out


def test_deprecated_pipeline_fails_the_crawl(server: FixtureServer, tmp_path: Path) -> None:
    """In the tests' own environment the deprecated pipeline stops the crawl: non-zero exit, and assert_clean fails."""
    result, _ = crawl_with_old_pipeline(server, tmp_path, {})
    assert result.returncode != 0
    assert DEPRECATION in result.stderr
    with pytest.raises(AssertionError):
        assert_clean(result)


def test_a_printed_warning_fails_assert_clean(server: FixtureServer, tmp_path: Path) -> None:
    """With warnings only printed, the same crawl exits 0 with all its items, and assert_clean still rejects it."""
    result, out = crawl_with_old_pipeline(server, tmp_path, {"PYTHONWARNINGS": "default"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert DEPRECATION in result.stderr
    assert len(read_jsonl(out)) > 0  # control: the crawl did its work, only the warning is wrong
    with pytest.raises(AssertionError, match="ScrapyDeprecationWarning"):
        assert_clean(result)


@pytest.mark.parametrize(
    ("line", "clean"),
    [
        ("/venv/scrapy/pipelines/__init__.py:66: ScrapyDeprecationWarning: process_item() requires a spider", False),
        ("2026-12-02 07:00:00 [py.warnings] WARNING: /x/y.py:3: UserWarning: pkg_resources is deprecated", False),
        ("2026-12-02 07:00:00 [scrapy.core.engine] ERROR: Error while obtaining start requests", False),
        ("2026-12-02 07:00:00 [crawler.middlewares.failures] WARNING: Failed <GET http://127.0.0.1/>: http_503", True),
        ("{'description': 'their hearts.Warning: This book contains one arrogant Navy SEAL'}", True),
    ],
    ids=["python-warning", "logged-warning", "error-line", "log-level-warning", "scraped-text"],
)
def test_assert_clean_tells_warnings_from_text(line: str, clean: bool) -> None:
    """A warning Python printed or logged, or an ERROR line, fails; Scrapy's WARNING level and scraped text do not."""
    result = Result(0, "", f"2026-12-02 07:00:00 [scrapy.utils.log] INFO: Scrapy started\n{line}\n")
    if clean:
        assert_clean(result)
    else:
        with pytest.raises(AssertionError):
            assert_clean(result)
