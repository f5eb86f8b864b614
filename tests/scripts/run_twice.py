"""A script that calls the blocking `run()` twice in one process: `python -m tests.scripts.run_twice URL`."""

import sys

from crawler.runtime import run
from tests.scripts._common import FAST, emit

for label in ("first", "second"):
    emit(label, run("quotes", settings=FAST, base_url=sys.argv[1]))
