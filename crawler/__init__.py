"""Scrapy project that crawls quotes.toscrape.com and books.toscrape.com."""
