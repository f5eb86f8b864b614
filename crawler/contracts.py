"""Scrapy contracts of the project: sample pages by path under the site, fields that must be filled, prior steps."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from itemadapter import ItemAdapter, is_item
from scrapy import Request
from scrapy.contracts import Contract
from scrapy.exceptions import ContractFail

if TYPE_CHECKING:
    from collections.abc import Callable

    from scrapy import Spider
    from scrapy.http import Response


def check_base_url(spider: Spider) -> str:
    """Where `scrapy check` finds the spider's site: `CHECK_BASE_URL` when it names one, else the spider's `base_url`.

    `CHECK_BASE_URL` is either one URL, for every spider checked, or a JSON object from a site's host name
    (`quotes.toscrape.com`) to the URL of its copy, so one command can check spiders of several sites.
    """
    own: str = spider.args.base_url  # type: ignore[attr-defined]
    configured = spider.settings.get("CHECK_BASE_URL")
    if isinstance(configured, str) and configured.lstrip().startswith("{"):
        configured = json.loads(configured)
    if isinstance(configured, dict):
        configured = configured.get(urlsplit(own).hostname or "")
    if not configured:
        return own
    return configured if configured.endswith("/") else configured + "/"


class PathContract(Contract):
    """`@path /page/2/`: the sample page, a path under the site's base URL (`/` is the base URL itself).

    Unlike `@url`, it follows the site wherever it is: the spider's `base_url`, or `CHECK_BASE_URL`.
    """

    name = "path"

    def __init__(self, method: Callable[..., Any], *args: Any) -> None:
        super().__init__(method, *args)
        self.spider: Spider = method.__self__  # type: ignore[attr-defined]

    def adjust_request_args(self, args: dict[str, Any]) -> dict[str, Any]:
        # A leading slash means the site's root, which for a copy may sit below the host's root.
        args["url"] = urljoin(check_base_url(self.spider), self.args[0].lstrip("/"))
        return args


class AfterContract(Contract):
    """`@after log_in`: the callback is checked on the answer to the first request `log_in` yields on the sample page.

    For pages that only a prior step reaches: a form posted with the token of the page before, the session cookie
    of a login. Pre-hook contracts still see the sample page; post-hook contracts (`@returns`, `@filled`) see what
    the checked callback returned.
    """

    name = "after"

    def __init__(self, method: Callable[..., Any], *args: Any) -> None:
        super().__init__(method, *args)
        self.spider: Spider = method.__self__  # type: ignore[attr-defined]

    def adjust_request_args(self, args: dict[str, Any]) -> dict[str, Any]:
        checked = args["callback"]
        prior_name = self.args[0]
        prior = getattr(self.spider, prior_name)
        spider = self.spider

        async def on_answer_to_prior_step(response: Response, **cb_kwargs: Any) -> list[Any]:
            follow_up = next((out for out in await _collected(prior(response, **cb_kwargs)) if _is_request(out)), None)
            if follow_up is None:
                raise ContractFail(f"{prior_name} yielded no request on {response.url}")
            assert spider.crawler.engine is not None
            answer = await spider.crawler.engine.download_async(follow_up)
            return await _collected(checked(answer, **follow_up.cb_kwargs))

        args["callback"] = on_answer_to_prior_step
        return args


class FilledContract(Contract):
    """`@filled text author`: every item returned has a value in each named field (not null, not empty).

    Scrapy's `@scrapes` only asks that the field exist, which a dataclass item's fields always do.
    """

    name = "filled"

    def post_process(self, output: list[Any]) -> None:
        for item in output:
            if not is_item(item):
                continue
            adapter = ItemAdapter(item)
            empty = [field for field in self.args if adapter.get(field) in (None, "", [])]
            if empty:
                raise ContractFail(f"Empty fields: {', '.join(empty)} in {adapter.asdict()}")


def _is_request(value: object) -> bool:
    return isinstance(value, Request)


async def _collected(result: Any) -> list[Any]:
    """Everything a callback returned, whether it is a list, a generator, an async generator or a coroutine."""
    if hasattr(result, "__aiter__"):
        return [value async for value in result]
    if hasattr(result, "__await__"):
        return await _collected(await result)
    if result is None:
        return []
    return list(result) if not is_item(result) and not isinstance(result, Request) else [result]
