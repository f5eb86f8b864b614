"""The one local HTTP server every test uses: recorded sites, generated sites and faults, on 127.0.0.1.

Run it as `python -m tests.fixtureserver [options]`; it prints its base URL
(`http://127.0.0.1:<port>/`) as the first line on stdout, then serves until killed.
"""
