"""Page parsers: HTML text and its URL in, items and absolute links out; BeautifulSoup only, no Scrapy."""
