"""A static replica of books.toscrape.com built from its real catalogue, and the ground truth a perfect crawl returns.

`python -m tests.books_replica --out DIR [--books N] [--scale K]` writes `DIR/site/`
(the real URL layout, markup and quirks: relative links that climb, page 1 at
`index.html` and later pages under `catalogue/`, `£` prices, listing titles cut
to four words, two books without a description) and `DIR/truth.jl` (one book a
line, in site order, `url` and `image_url` relative to the site root).
`--books N` keeps the first N books; `--scale K` makes K distinct copies of the
catalogue (own titles, UPCs, ids, URLs and covers) for load tests.
The fixture server builds the same pages in memory (`site_files`).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import posixpath
import struct
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from tests.expected_text import collapse_whitespace

if TYPE_CHECKING:
    from collections.abc import Iterator

DATA = Path(__file__).resolve().parent / "data" / "books.toscrape.com"
PER_PAGE = 20
RATING_WORDS = {1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five"}
# A 1x1 baseline JPEG; each cover gets its own comment segment so no two files are equal.
_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBk"
    "eFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAABAAED"
    "ASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKB"
    "kaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZ"
    "mqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQF"
    "BgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5"
    "OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX"
    "2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDcooornNj/2Q=="
)


@dataclass(frozen=True)
class Category:
    id: int
    slug: str
    name: str

    @property
    def path(self) -> str:
        return f"catalogue/category/books/{self.slug}_{self.id}/"


@dataclass(frozen=True)
class BookRecord:
    id: int
    slug: str
    title: str
    upc: str
    price_excl_tax: str
    price_incl_tax: str
    tax: str
    availability: int
    rating: int
    category: str
    description: str | None
    number_of_reviews: int
    cover: str
    """Path of the full-size cover from the site root, `media/cache/xx/yy/<hash>.jpg`."""
    thumbnail: str

    @property
    def path(self) -> str:
        return f"catalogue/{self.slug}_{self.id}/index.html"


def load_categories() -> list[Category]:
    """The 50 categories in sidebar order."""
    lines = (DATA / "categories.tsv").read_text(encoding="utf-8").splitlines()
    return [Category(int(i), slug, name) for i, slug, name in (line.split("\t") for line in lines[1:])]


def load_books() -> list[BookRecord]:
    """The 1,000 real books in site order (newest id first)."""
    root = "https://books.toscrape.com/"
    thumbnails = {}
    for line in (DATA / "thumbnails.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        book_id, url = line.split("\t")
        thumbnails[int(book_id)] = url.removeprefix(root)
    books = []
    with (DATA / "books.jl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            slug, book_id = row["url"].removeprefix(root + "catalogue/").removesuffix("/index.html").rsplit("_", 1)
            books.append(
                BookRecord(
                    id=int(book_id), slug=slug, title=row["title"], upc=row["upc"],
                    price_excl_tax=row["price_excl_tax"], price_incl_tax=row["price_incl_tax"], tax=row["tax"],
                    availability=row["availability"], rating=row["rating"], category=row["category"],
                    description=row["description"], number_of_reviews=row["number_of_reviews"],
                    cover=row["image_url"].removeprefix(root), thumbnail=thumbnails[int(book_id)],
                )
            )  # fmt: skip
    return books


def _other_image(path: str, copy: int) -> str:
    digest = hashlib.md5(f"{path}#{copy}".encode()).hexdigest()  # noqa: S324 - a file name, not security
    return f"media/cache/{digest[:2]}/{digest[2:4]}/{digest}.jpg"


def catalogue(books: int | None = None, scale: int = 1) -> list[BookRecord]:
    """The first `books` real books, in `scale` distinct copies, newest id first like the real site."""
    real = load_books()[:books]
    id_step = max(book.id for book in load_books())
    everything = []
    for copy in range(scale - 1, -1, -1):
        for book in real:
            if copy == 0:
                everything.append(book)
                continue
            everything.append(
                replace(
                    book,
                    id=book.id + copy * id_step,
                    slug=f"{book.slug}-copy-{copy + 1}",
                    title=f"{book.title} (copy {copy + 1})",
                    upc=hashlib.sha256(f"{book.upc}#{copy}".encode()).hexdigest()[:16],
                    cover=_other_image(book.cover, copy),
                    thumbnail=_other_image(book.thumbnail, copy),
                )
            )
    return everything


def truth_rows(books: list[BookRecord]) -> Iterator[dict[str, object]]:
    """What `scrapy crawl books` writes for each book, in the Book item's field order, URLs relative to the site."""
    for book in books:
        yield {
            "title": collapse_whitespace(book.title),
            "price": book.price_incl_tax,
            "currency": "GBP",
            "price_excl_tax": book.price_excl_tax,
            "price_incl_tax": book.price_incl_tax,
            "tax": book.tax,
            "availability": book.availability,
            "in_stock": book.availability > 0,
            "rating": book.rating,
            "upc": book.upc,
            "product_type": "Books",
            "category": book.category,
            "description": collapse_whitespace(book.description or "") or None,
            "number_of_reviews": book.number_of_reviews,
            "image_url": book.cover,
            "url": book.path,
        }


# --- Markup ------------------------------------------------------------------
# Modelled on the real pages (a saved home page, saved product pages) and on the
# django-oscar 1.2 templates the site runs on, blank lines included, so page
# sizes and parse costs are close to the real site's.


def _escape(text: str) -> str:
    """Django's autoescape."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


def _truncate_words(text: str, count: int = 4) -> str:
    """Django's `truncatewords`: listing pages show at most four words of a title."""
    words = text.split()
    return text if len(words) <= count else " ".join(words[:count]) + " ..."


def _link(target: str, folder: str) -> str:
    """`target` (from the site root) as the site writes it on a page in `folder`: relative, climbing with `../`."""
    return posixpath.relpath(target, folder or ".")


def _head(title: str, folder: str, description: str = "") -> str:
    static = _link("static/oscar", folder)
    return f"""
<!DOCTYPE html>
<!--[if lt IE 7]>      <html lang="en-us" class="no-js lt-ie9 lt-ie8 lt-ie7"> <![endif]-->
<!--[if IE 7]>         <html lang="en-us" class="no-js lt-ie9 lt-ie8"> <![endif]-->
<!--[if IE 8]>         <html lang="en-us" class="no-js lt-ie9"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="en-us" class="no-js"> <!--<![endif]-->
    <head>
        <title>
    {_escape(title)} | Books to Scrape - Sandbox
</title>

        <meta http-equiv="content-type" content="text/html; charset=UTF-8" />
        <meta name="created" content="24th Jun 2016 09:29" />
        <meta name="description" content="{_escape(description)}" />
        <meta name="viewport" content="width=device-width" />
        <meta name="robots" content="NOARCHIVE,NOCACHE" />

        <!-- Le HTML5 shim, for IE6-8 support of HTML elements -->
        <!--[if lt IE 9]>
        <script src="//html5shim.googlecode.com/svn/trunk/html5.js"></script>
        <![endif]-->


            <link rel="shortcut icon" href="{static}/favicon.ico" />






        <link rel="stylesheet" type="text/css" href="{static}/css/styles.css" />

    <link rel="stylesheet" href="{static}/js/bootstrap-datetimepicker/bootstrap-datetimepicker.css" />
    <link rel="stylesheet" type="text/css" href="{static}/css/datetimepicker.css" />












    </head>

    <body id="default" class="default">




    <header class="header container-fluid">
        <div class="page_inner">
            <div class="row">
                <div class="col-sm-8 h1"><a href="{_link("index.html", folder)}">Books to Scrape</a><small> We love being scraped!</small>
</div>


            </div>
        </div>
    </header>

"""


def _foot(folder: str, search: bool) -> str:
    static = _link("static/oscar", folder)
    search_init = "\n    oscar.search.init();\n" if search else ""
    return f"""

<footer class="footer container-fluid">



</footer>





            <!-- jQuery -->
            <script src="http://ajax.googleapis.com/ajax/libs/jquery/1.9.1/jquery.min.js"></script>
            <script>window.jQuery || document.write('<script src="{static}/js/jquery/jquery-1.9.1.min.js"><\\/script>')</script>








    <!-- Twitter Bootstrap -->
    <script type="text/javascript" src="{static}/js/bootstrap3/bootstrap.min.js"></script>
    <!-- Oscar -->
    <script src="{static}/js/oscar/ui.js" type="text/javascript" charset="utf-8"></script>

    <script src="{static}/js/bootstrap-datetimepicker/bootstrap-datetimepicker.js" type="text/javascript" charset="utf-8"></script>
    <script src="{static}/js/bootstrap-datetimepicker/locales/bootstrap-datetimepicker.all.js" type="text/javascript" charset="utf-8"></script>










        <script type="text/javascript">
            $(function() {{



    oscar.init();
{search_init}
            }});
        </script>


        <!-- Version: N/A -->

    </body>
</html>
"""


def _sidebar(categories: list[Category], folder: str) -> str:
    entries = "".join(
        f"""

                    <li>
                        <a href="{_link(category.path + "index.html", folder)}">

                                {_escape(category.name)}

                        </a>

                        </li>
"""
        for category in categories
    )
    return f"""
        <div class="side_categories">
            <ul class="nav nav-list">

                    <li>
                        <a href="{_link("catalogue/category/books_1/index.html", folder)}">

                                Books

                        </a>

                        <ul>
{entries}
                            </ul></li>


            </ul>
        </div>
"""


def _pod(book: BookRecord, folder: str) -> str:
    href = _link(book.path, folder)
    title = _escape(book.title)
    if book.availability > 0:
        stock = '<p class="instock availability">\n    <i class="icon-ok"></i>\n\n        In stock\n\n</p>'
    else:
        stock = '<p class="outofstock availability">\n    <i class="icon-remove"></i>\n\n        Out of stock\n\n</p>'
    return f"""
                        <li class="col-xs-6 col-sm-4 col-md-3 col-lg-3">






    <article class="product_pod">

            <div class="image_container">


                    <a href="{href}"><img src="{_link(book.thumbnail, folder)}" alt="{title}" class="thumbnail"></a>


            </div>




                <p class="star-rating {RATING_WORDS[book.rating]}">
                    <i class="icon-star"></i>
                    <i class="icon-star"></i>
                    <i class="icon-star"></i>
                    <i class="icon-star"></i>
                    <i class="icon-star"></i>
                </p>




            <h3><a href="{href}" title="{title}">{_escape(_truncate_words(book.title))}</a></h3>



            <div class="product_price">








        <p class="price_color">£{book.price_incl_tax}</p>


{stock}










    <form>
        <button type="submit" class="btn btn-primary btn-block" data-loading-text="Adding...">Add to basket</button>
    </form>



            </div>

    </article>

</li>
"""


def _pager(number: int, pages: int, page_name: str) -> str:
    if pages <= 1:
        return ""
    previous = (
        f'\n                <li class="previous"><a href="{page_name.format(number - 1)}">previous</a></li>\n'
        if number > 1
        else ""
    )
    following = (
        f'\n                <li class="next"><a href="{page_name.format(number + 1)}">next</a></li>\n'
        if number < pages
        else ""
    )
    return f"""
    <div>
        <ul class="pager">
{previous}
            <li class="current">

                Page {number} of {pages}

            </li>
{following}
        </ul>
    </div>
"""


def _results(count: int, number: int, pages: int) -> str:
    noun = "result" if count == 1 else "results"
    if pages > 1:
        first, last = (number - 1) * PER_PAGE + 1, min(number * PER_PAGE, count)
        return f"<strong>{count}</strong> {noun} - showing <strong>{first}</strong> to <strong>{last}</strong>."
    return f"<strong>{count}</strong> {noun}."


def _listing(
    heading: str, crumbs: list[tuple[str, str]], books: list[BookRecord], number: int, pages: int,
    count: int, folder: str, page_name: str, sidebar: str,
) -> str:  # fmt: skip
    trail = "".join(
        f"""        <li>
            <a href="{_link(target, folder)}">{_escape(name)}</a>
        </li>
"""
        for name, target in crumbs
    )
    pods = "".join(_pod(book, folder) for book in books)
    products = (
        f"""                <ol class="row">
{pods}
                </ol>
"""
        if books
        else "                <p>There are no products matching your request.</p>\n"
    )
    return (
        _head(heading, folder)
        + f"""

<div class="container-fluid page">
    <div class="page_inner">

    <ul class="breadcrumb">
{trail}        <li class="active">{_escape(heading)}</li>
    </ul>

        <div class="row">

            <aside class="sidebar col-sm-4 col-md-3">

                <div id="promotions_left">

                </div>



{sidebar}


            </aside>

            <div class="col-sm-8 col-md-9">

                <div class="page-header action">
                    <h1>{_escape(heading)}</h1>
                </div>






<div id="messages">

</div>


                <div id="promotions">

                </div>


    <form method="get" class="form-horizontal">

        <div style="display:none">


        </div>




                    {_results(count, number, pages)}




    </form>

        <section>
            <div class="alert alert-warning" role="alert"><strong>Warning!</strong> This is a demo website for web scraping purposes. Prices and ratings here were randomly assigned and have no real meaning.</div>

            <div>
{products}


{_pager(number, pages, page_name)}

            </div>
        </section>



            </div>

        </div><!-- /row -->
    </div><!-- /page_inner -->
</div><!-- /container-fluid -->

"""
        + _foot(folder, search=True)
    )


def _product(book: BookRecord, category: Category) -> str:
    folder = posixpath.dirname(book.path)
    title = _escape(book.title)
    if book.availability > 0:
        stock_class, icon, stock = "instock", "icon-ok", f"In stock ({book.availability} available)"
    else:
        stock_class, icon, stock = "outofstock", "icon-remove", "Out of stock"
    if book.description is None:
        # The real pages of books without a description keep the heading and an empty paragraph.
        description = ""
    else:
        description = book.description.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    reviews_link = f"/{posixpath.dirname(book.path)}/reviews/"
    return (
        _head(book.title, folder, description=book.description or "")
        + f"""

        <div class="container-fluid page">
            <div class="page_inner">

<ul class="breadcrumb">
    <li>
        <a href="{_link("index.html", folder)}">Home</a>
    </li>


        <li>
            <a href="{_link("catalogue/category/books_1/index.html", folder)}">Books</a>
        </li>

        <li>
            <a href="{_link(category.path + "index.html", folder)}">{_escape(category.name)}</a>
        </li>

        <li class="active">{title}</li>




</ul>







<div id="messages">

</div>


                <div class="content">



                    <div id="promotions">

                    </div>


                    <div id="content_inner">

<article class="product_page"><!-- Start of product page -->

    <div class="row">


        <div class="col-sm-6">










        <div id="product_gallery" class="carousel">
            <div class="thumbnail">
                <div class="carousel-inner">
                    <div class="item active">


                            <img src="{_link(book.cover, folder)}" alt="{title}">


                    </div>
                </div>
            </div>
        </div>




        </div>



        <div class="col-sm-6 product_main">













        <h1>{title}</h1><p class="price_color">£{book.price_incl_tax}</p>


<p class="{stock_class} availability">
    <i class="{icon}"></i>

        {stock}

</p>








    <p class="star-rating {RATING_WORDS[book.rating]}">
        <i class="icon-star"></i>
        <i class="icon-star"></i>
        <i class="icon-star"></i>
        <i class="icon-star"></i>
        <i class="icon-star"></i>

        <!-- <small><a href="{reviews_link}">


                    {book.number_of_reviews} customer reviews

        </a></small>
         -->&nbsp;


<!-- 
    <a id="write_review" href="{reviews_link}add/#addreview" class="btn btn-success btn-sm">
        Write a review
    </a>

 --></p>



            <hr>

            <div class="alert alert-warning" role="alert"><strong>Warning!</strong> This is a demo website for web scraping purposes. Prices and ratings here were randomly assigned and have no real meaning.</div>












        </div><!-- /col-sm-6 -->


    </div><!-- /row -->



        <div id="product_description" class="sub-header">
            <h2>Product Description</h2>
        </div>
        <p>{description}</p>




    <div class="sub-header">
        <h2>Product Information</h2>
    </div>
    <table class="table table-striped">

        <tr>
            <th>UPC</th><td>{book.upc}</td>
        </tr>

        <tr>
            <th>Product Type</th><td>Books</td>
        </tr>



            <tr>
                <th>Price (excl. tax)</th><td>£{book.price_excl_tax}</td>
            </tr>

                <tr>
                    <th>Price (incl. tax)</th><td>£{book.price_incl_tax}</td>
                </tr>
                <tr>
                    <th>Tax</th><td>£{book.tax}</td>
                </tr>

            <tr>
                <th>Availability</th>
                <td>{stock}</td>
            </tr>



            <tr>
                <th>Number of reviews</th>
                <td>{book.number_of_reviews}</td>
            </tr>

    </table>




        <section>
            <div id="reviews" class="sub-header">
            </div>
        </section>















</article><!-- End of product page -->
</div>
                </div>
            </div>
        </div>

"""
        + _foot(folder, search=False)
    )


def _jpeg(label: str) -> bytes:
    comment = label.encode()
    return _JPEG[:2] + b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment + _JPEG[2:]


def _pages(books: list[BookRecord]) -> int:
    return max(1, -(-len(books) // PER_PAGE))


def _chunk(books: list[BookRecord], number: int) -> list[BookRecord]:
    return books[(number - 1) * PER_PAGE : number * PER_PAGE]


def site_files(books: list[BookRecord]) -> Iterator[tuple[str, bytes]]:
    """Every file of the replica as (path from the site root, content); HTML is UTF-8."""
    categories = load_categories()
    by_name = {category.name: category for category in categories}
    sidebars: dict[str, str] = {}

    def sidebar(folder: str) -> str:
        if folder not in sidebars:
            sidebars[folder] = _sidebar(categories, folder)
        return sidebars[folder]

    pages = _pages(books)
    home = [("Home", "index.html")]
    yield (
        "index.html",
        _listing(
            "All products", home, _chunk(books, 1), 1, pages, len(books), "", "catalogue/page-{}.html", sidebar("")
        ).encode(),
    )
    for number in range(1, pages + 1):
        yield f"catalogue/page-{number}.html", _listing(
            "All products", home, _chunk(books, number), number, pages, len(books), "catalogue", "page-{}.html",
            sidebar("catalogue"),
        ).encode()  # fmt: skip
    shelves: list[tuple[str, str, list[tuple[str, str]], list[BookRecord]]] = [
        ("Books", "catalogue/category/books_1/", home, books)
    ]
    for category in categories:
        members = [book for book in books if book.category == category.name]
        shelves.append(
            (category.name, category.path, [*home, ("Books", "catalogue/category/books_1/index.html")], members)
        )
    for heading, path, crumbs, members in shelves:
        folder = path.rstrip("/")
        count = _pages(members)
        for number in range(1, count + 1):
            html = _listing(heading, crumbs, _chunk(members, number), number, count, len(members), folder,
                            "page-{}.html", sidebar(folder)).encode()  # fmt: skip
            if number == 1:
                yield path + "index.html", html
            yield f"{path}page-{number}.html", html
    for book in books:
        yield book.path, _product(book, by_name[book.category]).encode()
        yield book.cover, _jpeg(f"cover {book.id}")
        yield book.thumbnail, _jpeg(f"thumbnail {book.id}")


def write(out: Path, books: int | None = None, scale: int = 1) -> int:
    """Write `out/site/` and `out/truth.jl`; return the number of books."""
    records = catalogue(books, scale)
    site = out / "site"
    for path, content in site_files(records):
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    with (out / "truth.jl").open("w", encoding="utf-8", newline="\n") as truth:
        for row in truth_rows(records):
            truth.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(records)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.books_replica", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to write site/ and truth.jl into")
    parser.add_argument("--books", type=int, default=None, help="keep only the first N real books (default: all 1,000)")
    parser.add_argument("--scale", type=int, default=1, help="K distinct copies of the catalogue (default 1)")
    options = parser.parse_args(argv)
    if options.scale < 1 or (options.books is not None and options.books < 1):
        parser.error("--books and --scale must be at least 1")
    count = write(options.out, options.books, options.scale)
    print(f"{count} books in {options.out / 'site'}; ground truth in {options.out / 'truth.jl'}")


if __name__ == "__main__":
    main()
