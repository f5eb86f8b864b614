"""A stand-in web browser for `scrapy view`: copies the page it is asked to open to the file named by VIEWED_PAGE."""

import os
import shutil
import sys
from urllib.parse import urlsplit
from urllib.request import url2pathname

shutil.copyfile(url2pathname(urlsplit(sys.argv[1]).path), os.environ["VIEWED_PAGE"])
