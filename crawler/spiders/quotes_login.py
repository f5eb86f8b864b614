"""Spider for quotes.toscrape.com behind its login form: the CSRF token, the session cookie, Goodreads links."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from pydantic import SecretStr  # noqa: TC002 (pydantic reads the annotation at run time)
from scrapy import FormRequest, Request
from scrapy_spider_metadata import Args

from crawler.errors import BadArgument, CrawlFailed
from crawler.middlewares.offsite import on_site
from crawler.parsers.quotes_toscrape_com import LoginPage
from crawler.spiders.quotes import QuotesParams, QuotesSpider

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from scrapy.http import TextResponse
    from scrapy.settings import BaseSettings


class QuotesLoginParams(QuotesParams):
    username: str | None = None
    """Falls back to the QUOTES_USERNAME setting, then environment variable; the site accepts any non-empty name."""
    password: SecretStr | None = None
    """Falls back to the QUOTES_PASSWORD setting, then environment variable; kept out of logs and reprs."""


class QuotesLoginSpider(QuotesSpider, Args[QuotesLoginParams]):
    """Logs in, checks for the "Logout" link, then crawls like `quotes` with a Goodreads link per quote."""

    name = "quotes_login"
    args: QuotesLoginParams

    @classmethod
    def check_arguments(cls, params: QuotesLoginParams, settings: BaseSettings) -> None:
        """A user name is required, as an argument or a setting: without one there is nothing to log in as."""
        if not (params.username or _fallback(settings, "QUOTES_USERNAME")):
            raise BadArgument("-a username: required (or -s QUOTES_USERNAME=NAME): the login needs a user name")

    async def start(self) -> AsyncIterator[Request]:
        yield Request(self.args.base_url + "login", callback=self.log_in)

    def log_in(self, response: TextResponse) -> Iterator[Any]:
        """The login page: the form posted with its CSRF token and the credentials.

        @path /login
        @returns requests 1 1
        """
        page = LoginPage(response.text, response.url)
        if page.form_url() is None:
            raise CrawlFailed(f"no login form at {response.url}")
        if not on_site(page.form_url(), response.url):
            # The login page is on the site (crawler.middlewares.offsite saw to it), so its form must post there too.
            raise CrawlFailed(
                f"the login form at {response.url} posts to {page.form_url()}, off the site: credentials not sent"
            )
        secret = (
            self.args.password.get_secret_value() if self.args.password else _fallback(self.settings, "QUOTES_PASSWORD")
        )
        credentials = {"username": self._username() or "", "password": secret or ""}
        yield FormRequest(page.form_url(), formdata={**page.form_data(), **credentials}, callback=self.check_login)

    def check_login(self, response: TextResponse) -> Iterator[Any]:
        """The answer to the login: the first listing again, once the "Logout" link shows the login worked.

        @path /login
        @after log_in
        @returns requests 1 1
        @returns items 0 0
        """
        page = LoginPage(response.text, response.url)
        if not page.logged_in():
            raise CrawlFailed(f"login refused: {page.error() or 'no Logout link on ' + response.url}")
        self.logger.info("Logged in as %r", self._username())
        # The page the login redirected to is already seen; ask for the first listing again as a logged-in user.
        yield self.first_listing().replace(dont_filter=True)

    def _username(self) -> str | None:
        return self.args.username or _fallback(self.settings, "QUOTES_USERNAME")


def _fallback(settings: BaseSettings, name: str) -> str | None:
    """The setting `name`, else the environment variable `name`."""
    # The environment keeps a password off command lines, which every local user can read (`ps`).
    return settings.get(name) or os.environ.get(name)
