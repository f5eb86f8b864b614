"""Turns the texts every peer reads from a product page into the ground truth's field values, the same way for all."""

from __future__ import annotations

import argparse
import re

RATINGS = {"One": 1, "Two": 2, "Three": 3, "Four": 4, "Five": 5}
CURRENCIES = {"£": "GBP"}
_DIGITS = re.compile(r"\d+")
# Runs of ASCII whitespace: the ground truth keeps non-breaking spaces as text.
_WHITESPACE = re.compile(r"[ \t\r\n\f\v]+")


def text(raw: str) -> str:
    """Whitespace runs collapsed to one space, ends trimmed, as the ground truth writes text."""
    return _WHITESPACE.sub(" ", raw).strip()


def amount(price: str) -> str:
    """`£51.77` -> `51.77`."""
    return price.strip().lstrip("£")


def currency(price: str) -> str:
    return CURRENCIES[price.strip()[0]]


def first_number(text: str) -> int:
    """`In stock (22 available)` -> 22."""
    found = _DIGITS.search(text)
    if found is None:
        raise ValueError(f"no number in {text!r}")
    return int(found.group())


def rating(classes: str) -> int:
    """`star-rating Three` -> 3."""
    return next(RATINGS[word] for word in classes.split() if word in RATINGS)


def description(raw: str | None) -> str | None:
    """The text as on the page; whitespace only means there is none."""
    if raw is None or not text(raw):
        return None
    return text(raw)


def book(
    url: str,
    title: str,
    shown_price: str,
    table: dict[str, str],
    stars: str,
    category: str,
    about: str | None,
    image_url: str,
) -> dict:
    """One item in the ground truth's shape, from the raw texts of a product page."""
    stock = text(table["Availability"])
    return {
        "url": url,
        "title": text(title),
        "price": amount(shown_price),
        "currency": currency(shown_price),
        "price_excl_tax": amount(table["Price (excl. tax)"]),
        "price_incl_tax": amount(table["Price (incl. tax)"]),
        "tax": amount(table["Tax"]),
        "availability": first_number(stock),
        "in_stock": stock.startswith("In stock"),
        "rating": rating(stars),
        "upc": text(table["UPC"]),
        "product_type": text(table["Product Type"]),
        "category": text(category),
        "description": description(about),
        "number_of_reviews": int(table["Number of reviews"]),
        "image_url": image_url,
    }


def arguments(description_: str) -> argparse.Namespace:
    """The command line every peer takes: where the site is, where items go, how many requests at once."""
    parser = argparse.ArgumentParser(description=description_)
    parser.add_argument("base_url")
    parser.add_argument("out", help="items file (JSON Lines, or a JSON array for .json)")
    parser.add_argument("--concurrency", type=int, default=16)
    return parser.parse_args()
