"""Spider arguments: the pydantic models spiders declare, and one-line error messages for bad values."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, get_args
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from scrapy_spider_metadata import Args

from crawler.checks import shown
from crawler.errors import BadArgument
from crawler.sharding import WHOLE, Shard

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.settings import BaseSettings


class SiteParams(BaseModel):
    """Arguments every spider takes: where the site is, which shard of the crawl to run, and Scrapyd's job id."""

    # A typo in an argument name must fail, not be ignored.
    # Descriptions come from the fields' docstrings (`python -m crawler SPIDER --help` shows them).
    model_config = ConfigDict(extra="forbid", populate_by_name=True, use_attribute_docstrings=True)

    base_url: str
    """The site's address, or a copy's (a mirror, a local test server): links are resolved under it."""
    shard: Shard = Field(WHOLE, description="I/N: crawl only share I of N equal shares (0 <= I < N)")
    # Scrapyd passes `-a _job=<id>` to every job it runs, and `-a _version=<v>` to a job scheduled with one.
    job: str | None = Field(None, alias="_job")
    version: str | None = Field(None, alias="_version")

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("must be an absolute http:// or https:// URL")
        # A trailing slash makes relative links resolve under the given path.
        return value if value.endswith("/") else value + "/"

    @field_validator("shard", mode="before")
    @classmethod
    def _shard(cls, value: object) -> object:
        # Command lines and Scrapyd pass every argument as text.
        return Shard.parse(value) if isinstance(value, str) else value


# Longer than any URL a server accepts (Scrapy drops requests over URLLENGTH_LIMIT, 2083): a mistake.
LONGEST_ARGUMENT = 2083


def name_value(text: str) -> tuple[str, str]:
    """`-a`/`-s` values of the project's command lines: `NAME=VALUE` -> (NAME, VALUE), for argparse."""
    name, equals, value = text.partition("=")
    if not equals or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE (got {text!r})")
    return name, value


def params_model(spidercls: type[Spider]) -> type[BaseModel] | None:
    """The parameter model a spider declares through `Args[Model]`, or None."""
    for klass in spidercls.__mro__:
        for base in getattr(klass, "__orig_bases__", ()):
            if getattr(base, "__origin__", None) is Args:
                (model,) = get_args(base)
                return model  # type: ignore[no-any-return]
    return None


def argument_names(model: type[BaseModel]) -> list[str]:
    """The arguments a parameter model takes, as users write them after `-a` (Scrapyd's own left out)."""
    return [info.alias or name for name, info in model.model_fields.items() if not (info.alias or "").startswith("_")]


def describe(error: ValidationError, model: type[BaseModel]) -> str:
    """One line naming each bad argument as the user typed it: `-a tag: ... (got 'x')`."""
    messages = []
    for problem in error.errors():
        name = ".".join(str(part) for part in problem["loc"]) or "arguments"
        message = problem["msg"].removeprefix("Value error, ")
        got = f" (got {shown(problem['input'])})" if problem["type"] != "missing" else ""
        if problem["type"] == "extra_forbidden":
            message, got = "unknown argument", f"{got}; arguments: {', '.join(argument_names(model))}"
        messages.append(f"-a {name}: {message}{got}")
    return "; ".join(messages)


def validate(spidercls: type[Spider], kwargs: dict[str, Any], settings: BaseSettings | None = None) -> None:
    """Check spider arguments without building the spider; raise BadArgument with one line.

    A spider whose arguments may come from settings too (a user name) checks the two together
    in a `check_arguments(params, settings)` class method, raising BadArgument.
    """
    for name, value in kwargs.items():
        if isinstance(value, str) and len(value) > LONGEST_ARGUMENT:
            raise BadArgument(f"-a {name}: too long ({len(value)} characters; at most {LONGEST_ARGUMENT})")
    model = params_model(spidercls)
    if model is None:
        return
    try:
        params = model(**kwargs)
    except ValidationError as error:
        raise BadArgument(describe(error, model)) from None
    check = getattr(spidercls, "check_arguments", None)
    if check is not None and settings is not None:
        check(params, settings)
