"""Item classes of the sites added with `scrapy newsite`, one module per site; `crawler.items` imports them all.

A generated site adds a module here rather than lines to crawler/items.py, so adding a site is only new
files, and removing one is deleting them.
"""

import importlib
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
