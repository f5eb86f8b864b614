"""Benchmark of the `books` crawl against peer crawlers on a local replica of books.toscrape.com."""
