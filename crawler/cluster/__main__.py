"""Interim entry point until `python -m crawler cluster` exists."""

import sys

from crawler.cluster.cli import main

sys.exit(main())
