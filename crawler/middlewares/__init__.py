"""The project's Scrapy middlewares: what stands between the downloader and the spiders, one concern a module."""
