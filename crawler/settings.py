"""Scrapy settings of the project: only what differs from Scrapy's defaults, each with its reason."""

from crawler.runtime import EVENT_LOOP, REACTOR

BOT_NAME = "crawler"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
# Our `crawl` command validates spider arguments into one line and sets the exit status.
COMMANDS_MODULE = "crawler.commands"

# --- Event loop -------------------------------------------------------------
# Twisted on asyncio, and a selector loop on every platform: Windows' default
# Proactor loop has no add_reader() and cannot host Twisted. crawler.runtime decides.
TWISTED_REACTOR = REACTOR
ASYNCIO_EVENT_LOOP = EVENT_LOOP

# --- Log --------------------------------------------------------------------
# INFO: the start, warnings, failures and the summary. Scrapy's DEBUG adds a line per request and per
# item (over 600 lines for one quotes crawl), which hides them; `-L DEBUG` brings those lines back.
LOG_LEVEL = "INFO"

# --- Manners ----------------------------------------------------------------
# Say who we are (add a contact URL when you run it for real), and respect what sites ask of crawlers.
USER_AGENT = "crawler/0.1 (Scrapy project)"
ROBOTSTXT_OBEY = True
# AutoThrottle adapts the delay to the server's latency; at most 8 requests per site at once.
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 8

# --- Limits -----------------------------------------------------------------
# A page of these sites is well under 1 MiB; stop long before a runaway body eats memory.
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
# Scrapy waits 3 minutes by default; a page that slow is a failure worth retrying.
DOWNLOAD_TIMEOUT = 30

# --- Failures ---------------------------------------------------------------
# Scrapy retries failed requests (RETRY_TIMES = 2) at once; the project's RetryAfterMiddleware first
# waits out a 429's or 503's Retry-After, or backs off exponentially with jitter when there is none.
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.retry.RetryAfterMiddleware": 550,
    # A robots.txt that cannot be fetched is one warning line, not an ERROR with a traceback.
    "crawler.middlewares.failures.RobotsTxtFailure": 540,
    # Cookies as Scrapy keeps them, without the Public Suffix List download (crawler/middlewares/cookies.py): a crawl
    # reaches no host but its site's.
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware": None,
    "crawler.middlewares.cookies.OfflineCookiesMiddleware": 700,
    # With STAY_ON_SITE, every request stays on the site of the spider's base_url; first, so an off-site one
    # is not even asked robots.txt for (crawler.middlewares.offsite).
    "crawler.middlewares.offsite.SameOrigin": 50,
    # A UTF-8 page declared in another charset is decoded as UTF-8; after decompression (crawler.middlewares.charsets).
    "crawler.middlewares.charsets.DeclaredCharsetCheck": 560,
    # -s RECORD_WARC=PATH: every request and response to a WARC file; next to the downloader, so bodies stay as sent.
    "crawler.middlewares.recorder.WarcRecorder": 950,
    # -s HISTORY_ENABLED=True: validators on requests for known pages, no parse of an unchanged one (crawler/history/).
    "crawler.history.components.ConditionalRequests": 580,
}
# Seconds: the longest a Retry-After header may make a retry wait, and the first back-off step.
RETRY_AFTER_MAX = 60
RETRY_BACKOFF_BASE = 1.0
# Every failed request is reported once, with its reason, by FailureReport; Scrapy's own
# "Gave up retrying" line would say it a second time.
SPIDER_MIDDLEWARES = {
    "crawler.middlewares.failures.FailureReport": 60,
    # A page that is not what its parser expects is retried, then failed; so is one too big to parse or
    # with too many links (crawler.middlewares.pages).
    "crawler.middlewares.pages.PageGuard": 70,
    # With history on, what each parsed page yields; next to the spider, to see its requests as it made them.
    "crawler.history.components.PageOutputs": 950,
}
RETRY_GIVE_UP_LOG_LEVEL = "DEBUG"
# Longer chains than this are loops in practice (Scrapy allows 20).
REDIRECT_MAX_TIMES = 10
# The HTTP cache is off; turned on for development (-s HTTPCACHE_ENABLED=True) it must never
# keep an error answer, or a passing outage would be replayed forever.
HTTPCACHE_IGNORE_HTTP_CODES = [408, 429, *range(500, 600)]

# Bytes: a larger body is not handed to a parser (failed as page_too_large). Parsing grows linearly with a
# page, about 2 s a MiB for the worst markup measured, and a listing page holds the crawl's thread meanwhile.
PARSER_MAX_BYTES = 2 * 1024 * 1024
# Requests taken from one page at most (failed as too_many_links beyond): these sites link under 30 a page.
MAX_LINKS_PER_PAGE = 10_000

# Requests off the site of the spider's base_url (another host or port) are refused and counted.
STAY_ON_SITE = True

# --- Ports that run code ----------------------------------------------------
# Nothing here needs a telnet console or the remote-control HTTP server.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# --- Speed (measured with `python -m bench`; see README, Performance) ------
# Page parsers run in this many worker processes, beside Scrapy's one thread (0: in that thread).
PARSER_PROCESSES = 1
# Seconds a worker may take over one page (the slowest real page takes milliseconds, the worst hostile page
# under PARSER_MAX_BYTES a few seconds); then it counts as stuck, is killed, and its pages are parsed here.
PARSER_TIMEOUT = 30.0
# Our pipelines are quick and synchronous: Scrapy's default of 100 item slots per response
# only costs a task per slot (about a fifth of a books crawl's CPU).
CONCURRENT_ITEMS = 1

# --- Items ------------------------------------------------------------------
ITEM_PIPELINES = {
    # The blog spider's posts become Hugo page bundles (crawler.blog); first, because their Markdown is not
    # text to normalise. Other items pass.
    "crawler.blog.pipelines.BundleWriter": 50,
    "crawler.pipelines.NormalisePipeline": 100,
    "crawler.pipelines.ValidatePipeline": 200,
    "crawler.pipelines.DeduplicatePipeline": 300,
    # Downloads book covers, only when IMAGES_STORE is set (e.g. `-s IMAGES_STORE=covers/`).
    "crawler.pipelines.CoverImagesPipeline": 400,
}
EXTENSIONS = {
    # A live progress line on a terminal's stderr (off with -s PROGRESS=False); first, so that its last
    # drawing comes before the crawl summary.
    "crawler.progress.ProgressLine": 0,
    # Every scraped item is written, or counted as lost and the crawl stopped as failed (crawler.feeds).
    "scrapy.extensions.feedexport.FeedExporter": None,
    "crawler.feeds.AccountedFeedExporter": 0,
    "crawler.extensions.RuntimeReport": 0,
    "crawler.extensions.CrawlSummary": 0,
    # Marks a JOBDIR running or cleanly closed, so a resumed run knows what to trust.
    "crawler.jobdir.JobState": 0,
    # With history on, each run, item and change recorded to the store (crawler/history/).
    "crawler.history.components.HistoryRecorder": 0,
    # AutoThrottle, with a 304 (an unchanged page the history asked about) speeding the crawl up as a 200 does.
    "scrapy.extensions.throttle.AutoThrottle": None,
    "crawler.history.throttle.NotModifiedAwareAutoThrottle": 0,
}

# --- Output -----------------------------------------------------------------
# Readable UTF-8 in JSON feeds: "é" rather than the escape "\u00e9".
FEED_EXPORT_ENCODING = "utf-8"
# Without -o/-O or FEEDS, each item type has its own JSON Lines file, one feed per item class
# (crawler.items), made when the crawl is prepared: a new item type needs no change here.
FEED_PER_ITEM_TYPE = "output/%(name)s/{item_type}.jsonl"
# A spider that yields no item of a type leaves no empty file for it.
FEED_STORE_EMPTY = False

# --- History ----------------------------------------------------------------
# Off: every run starts from nothing, as plain Scrapy does. On (-s HISTORY_ENABLED=True), a run records what
# changed since the last one in the store at HISTORY_URL (an SQLAlchemy URL, SQLite or PostgreSQL; empty: the
# SQLite file .crawler/history.sqlite of the project folder), committing every HISTORY_BATCH_SIZE rows.
HISTORY_ENABLED = False
HISTORY_URL = ""
HISTORY_BATCH_SIZE = 500

# --- Checks -----------------------------------------------------------------
# `scrapy check`: sample pages named by path under the site (`@path`, see CHECK_BASE_URL in
# crawler/contracts.py), prior steps (`@after`) and fields that must hold a value (`@filled`).
SPIDER_CONTRACTS = {
    "crawler.contracts.PathContract": 1,
    "crawler.contracts.AfterContract": 1,
    "crawler.contracts.FilledContract": 3,
}
