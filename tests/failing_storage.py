"""Feed storages that fail as real disks do, for the tests of lost writes: `-s FEED_STORAGES=...` names them."""

from __future__ import annotations

import errno
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import urlparse

from scrapy.extensions.feedexport import FileFeedStorage

if TYPE_CHECKING:
    from scrapy import Spider


class _FillingFile:
    """A file that takes `room` bytes, then fails every write with ENOSPC, as a full disk does."""

    def __init__(self, file: IO[bytes], room: int) -> None:
        self.file, self.room = file, room

    def write(self, data: bytes) -> int:
        if len(data) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return self.file.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.file, name)


class FillingDisk(FileFeedStorage):
    """`filling:///path`: a local file on a disk with room for the `room` feed option's bytes."""

    def __init__(self, uri: str, *, feed_options: dict[str, Any] | None = None) -> None:
        super().__init__("file://" + urlparse(uri).path, feed_options=feed_options)
        self.room = int((feed_options or {})["room"])

    def open(self, spider: Spider) -> IO[bytes]:
        return _FillingFile(super().open(spider), self.room)  # type: ignore[return-value]


class Unopenable(FileFeedStorage):
    """`unopenable:///path`: a file that exists but cannot be opened for writing."""

    def __init__(self, uri: str, *, feed_options: dict[str, Any] | None = None) -> None:
        super().__init__("file://" + urlparse(uri).path, feed_options=feed_options)

    def open(self, spider: Spider) -> IO[bytes]:
        raise PermissionError(errno.EACCES, "Permission denied", self.path)
