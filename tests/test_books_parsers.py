"""The books.toscrape.com parsers on a real saved page and on every generated page, field by field against the truth."""

from __future__ import annotations

import dataclasses
import inspect
import json
from decimal import Decimal

import pytest
from itemadapter import ItemAdapter

from crawler.items import Book
from crawler.parsers.books_toscrape_com import BookListPage, BookPage
from crawler.parsers.pages import UnexpectedPage
from crawler.pipelines import normalise_text
from tests import books_replica
from tests.conftest import DATA, read_jsonl

SITE = "http://books.example/"
REAL = "https://books.toscrape.com/"
BOOKS = books_replica.catalogue()
FILES = dict(books_replica.site_files(BOOKS))
TRUTH = list(books_replica.truth_rows(BOOKS))
SOURCE = read_jsonl(DATA / "books.toscrape.com" / "books.jl")
FIELDS = [field.name for field in dataclasses.fields(Book) if field.name not in ("url", "images")]
SAMPLE = [0, 1, 19, 20, 160, 995, 999]  # first pages, page edges, and the two books without a description


def page(path: str) -> str:
    return FILES[path].decode("utf-8")


def parsed(index: int) -> dict:
    """The book's item as exported: decimals as strings."""
    book = BookPage(page(BOOKS[index].path), SITE + BOOKS[index].path).book()
    return {name: str(value) if isinstance(value, Decimal) else value for name, value in ItemAdapter(book).items()}


def test_parser_methods_match_item_fields() -> None:
    """BookPage has one method per Book field (url and images come from elsewhere), same names."""
    methods = {name for name, _ in inspect.getmembers(BookPage, inspect.isfunction) if not name.startswith("_")}
    assert set(FIELDS) <= methods
    assert methods - set(FIELDS) == {"book", "items"}


def test_truth_keys_are_item_fields_and_source_keys_match() -> None:
    """The generated truth has exactly the exported fields, and every key of the real ground truth is one of them."""
    assert list(TRUTH[0]) == [*FIELDS, "url"]
    assert set(SOURCE[0]) <= set(TRUTH[0])


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("index", SAMPLE)
def test_product_page_field(index: int, field: str) -> None:
    """Each field of a generated product page equals the ground truth (image_url absolute under the page's site)."""
    truth = TRUTH[index]
    want = SITE + truth["image_url"] if field == "image_url" else truth[field]
    got = parsed(index)[field]
    if isinstance(got, str) and field in ("title", "description"):
        got = normalise_text(got)
    assert got == want


def test_every_product_page_equals_truth() -> None:
    """All 1,000 generated product pages parse to the ground truth, every field."""
    mismatches = []
    for index, truth in enumerate(TRUTH):
        got = parsed(index)
        got["title"] = normalise_text(got["title"])
        got["description"] = normalise_text(got["description"] or "") or None
        want = {**truth, "url": SITE + truth["url"], "image_url": SITE + truth["image_url"], "images": []}
        if got != want:
            mismatches.append(truth["url"])
    assert mismatches == []


def test_real_ground_truth_is_what_the_replica_serves() -> None:
    """The replica's truth is the real site's data: same values for every shared key (whitespace aside)."""
    for truth, source in zip(TRUTH, SOURCE, strict=True):
        for key, value in source.items():
            if key in ("url", "image_url"):
                assert REAL + truth[key] == value
            elif key == "description":
                assert truth[key] == (normalise_text(value) if value else None)
            else:
                assert truth[key] == value, key


def test_prices_are_exact_decimals() -> None:
    """Prices come out as Decimal, never float, with their two places kept."""
    book = BookPage(page(BOOKS[0].path), SITE + BOOKS[0].path).book()
    assert book.price == book.price_incl_tax == Decimal("51.77")
    assert str(book.tax) == "0.00"
    assert not any(isinstance(value, float) for value in ItemAdapter(book).values())


def test_description_missing_or_blank_is_none() -> None:
    """A blank description paragraph, or none at all, gives None; the two real books without one are None."""
    assert [truth["url"] for truth in TRUTH if truth["description"] is None] == [BOOKS[160].path, BOOKS[995].path]
    without = page(BOOKS[0].path).replace('<div id="product_description"', '<div id="elsewhere"')
    assert BookPage(without, SITE).description() is None


def test_out_of_stock_and_broken_page() -> None:
    """ "Out of stock" gives 0 and False; a page without product markup is not a product page, and says so."""
    html = page(BOOKS[0].path).replace("In stock (22 available)", "Out of stock")
    book = BookPage(html, SITE).book()
    assert (book.availability, book.in_stock) == (0, False)
    with pytest.raises(UnexpectedPage, match="no div.product_main"):
        BookPage("<html><body><p>Service unavailable</p></body></html>", SITE)
    # A product page that lacks some fields is still one: those fields are None.
    bare = BookPage(html.replace('<p class="star-rating', '<p class="stars').replace("<th>UPC</th>", ""), SITE).book()
    assert (bare.title, bare.rating, bare.upc) == (BOOKS[0].title, None, None)


def test_real_home_page_listing() -> None:
    """The saved real home page: 20 product links in order (full URLs, not the cut titles), next page, 50 categories."""
    html = (DATA / "books.toscrape.com" / "home.html").read_text(encoding="utf-8")
    listing = BookListPage(html, REAL)
    assert listing.book_urls() == [row["url"] for row in SOURCE[:20]]
    assert listing.next_page_url() == REAL + "catalogue/page-2.html"
    categories = listing.categories()
    assert len(categories) == 50
    assert categories["Travel"] == REAL + "catalogue/category/books/travel_2/index.html"
    assert categories["Add a comment"] == REAL + "catalogue/category/books/add-a-comment_18/index.html"
    assert set(categories) == {row["category"] for row in SOURCE}


def test_generated_home_page_is_the_real_one() -> None:
    """The replica's home page is byte for byte the saved real page: same markup, whitespace and relative links."""
    assert FILES["index.html"] == (DATA / "books.toscrape.com" / "home.html").read_bytes()


def test_catalogue_page_links_climb_correctly() -> None:
    """From catalogue/page-2.html: books 21-40, next page-3.html; the last page has no next."""
    url = SITE + "catalogue/page-2.html"
    listing = BookListPage(page("catalogue/page-2.html"), url)
    assert listing.book_urls() == [SITE + truth["url"] for truth in TRUTH[20:40]]
    assert listing.next_page_url() == SITE + "catalogue/page-3.html"
    assert BookListPage(page("catalogue/page-50.html"), SITE + "catalogue/page-50.html").next_page_url() is None


def test_category_pages_climb_four_levels() -> None:
    """A category's pages link to books with ../../../ and to page-2.html; together they hold exactly its books."""
    path = "catalogue/category/books/mystery_3/"
    urls, url = [], SITE + path + "index.html"
    pages = {SITE + name: page(name) for name in FILES if name.startswith(path)}
    while url:
        listing = BookListPage(pages[url], url)
        urls += listing.book_urls()
        url = listing.next_page_url()
    assert urls == [SITE + truth["url"] for truth in TRUTH if truth["category"] == "Mystery"]
    assert len(urls) == 32
    assert 'href="../../../' in pages[SITE + path + "index.html"]


def test_listing_titles_are_cut_but_product_titles_are_full() -> None:
    """Listing links show at most four words + " ..."; the title attribute and the product page carry the full title."""
    html = page("index.html")
    assert ">A Light in the ...</a>" in html
    assert 'title="A Light in the Attic"' in html
    assert parsed(0)["title"] == "A Light in the Attic"


def test_scaled_copies_are_distinct() -> None:
    """--scale 3 makes 3 copies with distinct ids, titles, UPCs, URLs and covers, newest copy first."""
    books = books_replica.catalogue(books=40, scale=3)
    assert len(books) == 120
    for attribute in ("id", "title", "upc", "path", "cover", "thumbnail"):
        assert len({getattr(book, attribute) for book in books}) == 120, attribute
    assert [book.id for book in books] == sorted((book.id for book in books), reverse=True)
    assert books[-40:] == books_replica.catalogue(books=40)


def test_covers_are_distinct_valid_jpegs() -> None:
    """Every cover is its own small JPEG (start and end markers, different bytes per book)."""
    covers = [FILES[book.cover] for book in BOOKS]
    assert all(cover.startswith(b"\xff\xd8") and cover.endswith(b"\xff\xd9") for cover in covers)
    assert len(set(covers)) == len(covers)


def test_command_line_writes_site_and_truth(tmp_path) -> None:
    """`python -m tests.books_replica --books 25 --scale 2` writes 50 books: site files and a truth line each."""
    from tests.conftest import proc

    result = proc("-m", "tests.books_replica", "--out", tmp_path, "--books", "25", "--scale", "2")
    assert result.returncode == 0, result.stderr
    truth = read_jsonl(tmp_path / "truth.jl")
    assert len(truth) == 50
    for row in truth:
        assert (tmp_path / "site" / row["url"]).is_file()
        assert (tmp_path / "site" / row["image_url"]).is_file()
    assert (tmp_path / "site" / "catalogue" / "page-3.html").is_file()
    assert json.loads((tmp_path / "truth.jl").read_text(encoding="utf-8").splitlines()[0])["price"] is not None
