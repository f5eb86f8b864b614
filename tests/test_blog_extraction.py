"""The blog extraction on ten real pages of WCXB's development split (tests/data/wcxb), scored by its rule."""

from __future__ import annotations

import statistics

import pytest

from bench.extraction import project_html_to_markdown, wcxb_pages, word_f1
from tests.conftest import DATA

# Measured on these ten pages when they were copied (python -m bench.extraction --wcxb tests/data/wcxb).
MEASURED_F1 = 0.845


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    return {
        page_id: word_f1(project_html_to_markdown(html, url), reference)
        for page_id, _, url, html, reference in wcxb_pages(DATA / "wcxb")
    }


def test_no_drop_from_the_measured_score(scores: dict[str, float]) -> None:
    """Macro word F1 over the ten pages stays within 0.005 of the figure measured (every page scored, none crashed)."""
    assert len(scores) == 10
    assert statistics.mean(scores.values()) >= MEASURED_F1 - 0.005


def test_no_page_comes_out_empty(scores: dict[str, float]) -> None:
    """Every page gives text that shares words with its reference."""
    assert min(scores.values()) > 0.2
