"""Spider for quotes.toscrape.com's ViewState search form: every author, then each of their tags, merged into quotes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy import FormRequest, Request, Spider
from scrapy_spider_metadata import Args

from crawler.errors import CrawlFailed
from crawler.items import Quote
from crawler.parsers.quotes_toscrape_com import SearchPage, merge_tags
from crawler.spiders.quotes import QuotesSiteParams

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from scrapy.http import TextResponse


class QuotesViewstateSpider(Args[QuotesSiteParams], Spider):
    """Posts the form as a browser does, each answer's `__VIEWSTATE` sent back with the next choice.

    One author's tags are asked one after another; the quotes found under them are merged once all are in.
    Quotes without a tag cannot be found this way.
    """

    name = "quotes_viewstate"
    # What it yields: a CSV output gets one file per type (crawler.feeds).
    item_types = (Quote,)

    async def start(self) -> AsyncIterator[Request]:
        yield Request(self.args.base_url + "search.aspx", callback=self.parse)

    def parse(self, response: TextResponse, **kwargs: Any) -> Iterator[Any]:
        """The search form: one form post per author it lists (49: one author has only untagged quotes).

        @path /search.aspx
        @returns requests 49 49
        @returns items 0 0
        """
        page = SearchPage(response.text, response.url)
        for author in page.authors():
            if self.args.shard.owns(author):
                yield self._choose(page, author, None)

    def parse_results(
        self, response: TextResponse, author: str, tags: list[str] | None = None, found: tuple[Quote, ...] = ()
    ) -> Iterator[Any]:
        """An answer of the form: the post for the author's next tag, or, after the last tag, the merged quotes.

        @path /search.aspx
        @after parse
        @returns requests 1 1
        @returns items 0 0
        """
        page = self._page(response, author)
        if tags is None:
            tags = page.tags()  # the answer to choosing the author lists that author's tags
        found = (*found, *page.results())
        if tags:
            yield self._choose(page, author, tags[0], tags=tags[1:], found=found)
        else:
            yield from merge_tags(list(found))

    def _page(self, response: TextResponse, author: str) -> SearchPage:
        page = SearchPage(response.text, response.url)
        if page.selected_author() != author:
            # The site sends a request whose ViewState it does not accept back to the empty form.
            raise CrawlFailed(f"the search form did not accept author {author!r} (got {response.url})")
        return page

    def _choose(self, page: SearchPage, author: str, tag: str | None, **state: Any) -> FormRequest:
        choice = {"author": author} | ({"tag": tag} if tag else {})
        return FormRequest(
            page.form_url(),
            formdata=page.form_data() | choice,
            callback=self.parse_results,
            cb_kwargs={"author": author, **state},
            # A refused choice redirects to the form page already seen; it must reach _page to be reported.
            dont_filter=True,
        )
