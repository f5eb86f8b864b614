"""Packaging: the `crawler` package and its data files, as one egg for `scrapyd-deploy`, or installed with
`pip install -e .` (the `crawler` command, and `crawler.runtime` importable from any folder)."""

from setuptools import find_packages, setup

setup(
    name="crawler",
    version="1.0",
    python_requires=">=3.11",
    packages=find_packages(include=["crawler", "crawler.*"]),
    # Every non-Python file under crawler/ travels in the egg; code reads them through importlib.resources,
    # because an egg is a zip file and paths built from __file__ do not exist inside it.
    package_data={"crawler": ["**/*"]},
    exclude_package_data={"crawler": ["**/__pycache__/*", "**/*.pyc"]},
    # Scrapyd finds the project's settings through this entry point.
    entry_points={
        "scrapy": ["settings = crawler.settings"],
        "console_scripts": ["crawler = crawler.__main__:main"],
    },
)
