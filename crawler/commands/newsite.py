"""`scrapy newsite NAME URL`: a new site's parser, item, thin spider, test data folder and test module."""

from __future__ import annotations

import datetime
import keyword
import re
import sys
from importlib import resources
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader
from scrapy.utils.conf import closest_scrapy_cfg

if TYPE_CHECKING:
    import argparse


def module_name(domain: str) -> str:
    """`www.example.com` -> `www_example_com`; a name that would start with a digit gets `site_` in front."""
    name = re.sub(r"\W", "_", domain.lower())
    return f"site_{name}" if name[:1].isdigit() else name


def feed_name(item: str) -> str:
    """The feed file stem of an item class: `Country` -> `countries`, `BlogPost` -> `blog_posts`."""
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", item).lower()
    if re.search(r"[^aeiou]y$", snake):
        return snake[:-1] + "ies"
    return snake + ("es" if re.search(r"(s|x|ch|sh)$", snake) else "s")


def _identifier(text: str, what: str) -> str:
    if not text.isidentifier() or keyword.iskeyword(text):
        raise UsageError(f"{what} must be a Python identifier (got {text!r})", print_help=False)
    return text


def _template(name: str) -> Template:
    return Template((resources.files("crawler") / "templates" / "newsite" / name).read_text(encoding="utf-8"))


class Command(ScrapyCommand):
    requires_project = True
    default_settings: ClassVar[dict[str, Any]] = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[options] <name> <url>"

    def short_desc(self) -> str:
        return "Add a site: its parser, item, spider, test data folder and test module"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--item", help="the item class's name (default: NAME in CamelCase, then Item)")
        parser.add_argument(
            "--fields", default="name", help="the item's fields, comma-separated; the first is its key (default: name)"
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        try:
            self._newsite(args, opts)
        except UsageError as error:
            # One line, without the usage text Scrapy prints before a UsageError's message.
            print(f"scrapy: error: {error}", file=sys.stderr)
            self.exitcode = 2

    def _newsite(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        if len(args) != 2:
            raise UsageError("expected NAME URL, e.g. scrapy newsite shop https://shop.example.com/", print_help=False)
        name, url = _identifier(args[0], "NAME"), args[1]
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UsageError(f"URL must be an absolute http:// or https:// URL (got {url!r})", print_help=False)
        url = url if url.endswith("/") else url + "/"
        domain = parts.hostname
        module = module_name(domain)
        item = _identifier(opts.item or "".join(word.title() for word in name.split("_")) + "Item", "--item")
        fields = [_identifier(field.strip(), "each of --fields") for field in opts.fields.split(",") if field.strip()]
        if not fields or "url" in fields:
            raise UsageError("--fields: name one field or more, not `url` (pages keep their URL)", print_help=False)

        root = Path(closest_scrapy_cfg()).parent
        if name in get_spider_loader(self.settings).list():
            raise UsageError(f"a spider named {name!r} already exists", print_help=False)
        files = {
            f"crawler/parsers/{module}.py": "parser.py.tmpl",
            f"crawler/site_items/{module}.py": "items.py.tmpl",
            f"crawler/spiders/{name}.py": "spider.py.tmpl",
            f"tests/data/{domain}/README.md": "README.md.tmpl",
            f"tests/test_{module}.py": "test.py.tmpl",
        }
        for path in (f"crawler/parsers/{module}.py", f"tests/data/{domain}"):
            if (root / path).exists():
                raise UsageError(f"the site {domain} already exists ({path})", print_help=False)
        if (root / f"crawler/spiders/{name}.py").exists():
            raise UsageError(f"a spider named {name!r} already exists (crawler/spiders/{name}.py)", print_help=False)

        values = {
            "name": name,
            "cls": "".join(word.title() for word in name.split("_")),
            "url": url,
            "domain": domain,
            "module": module,
            "item": item,
            "feed": feed_name(item),
            "key": fields[0],
            "fields": "".join(f"    {field}: str | None = None\n" for field in fields).rstrip("\n"),
            "field_methods": "".join(_template("field.py.tmpl").substitute(field=field) for field in fields),
            "today": datetime.datetime.now(tz=datetime.UTC).date().isoformat(),
        }
        for path, template in files.items():
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(_template(template).substitute(values), encoding="utf-8")
            print(f"wrote {path}")
        print(f"next: fill in the stubs of crawler/parsers/{module}.py (`grep -n unfilled` lists them)")
