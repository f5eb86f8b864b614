"""A crawl with cookies reaches no host but its site's: the Public Suffix List comes from tldextract's own copy."""

from __future__ import annotations

import socket
import threading
from typing import TYPE_CHECKING

import pytest

from tests.conftest import assert_clean, read_jsonl, scrapy

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from tests.conftest import FixtureServer


class RecordingProxy:
    """A listening socket on 127.0.0.1 that stands for the rest of the internet: it records each request's first line.

    Given as HTTP(S)_PROXY to a child, it receives every connection the child tries to make to a host outside
    NO_PROXY (the conftest's 127.0.0.1 and localhost), and answers none.
    """

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.first_lines: list[str] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return  # closed by stop()
            with connection:
                connection.settimeout(5)
                try:
                    self.first_lines.append(connection.recv(4096).decode("latin-1").split("\r\n", 1)[0])
                except OSError as error:
                    self.first_lines.append(f"(connection, then {error})")

    def stop(self) -> None:
        self.listener.close()
        self.thread.join(timeout=5)


@pytest.fixture
def proxy() -> Iterator[RecordingProxy]:
    recording = RecordingProxy()
    yield recording
    recording.stop()


def test_login_crawl_contacts_only_its_site(
    server: FixtureServer, proxy: RecordingProxy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """quotes_login (its session cookie goes through the cookie middleware) tries no outside host and warns of none."""
    # As on a user's machine: no switch in the environment, and no suffix list cached by an earlier run.
    monkeypatch.delenv("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", raising=False)
    outside = {name: proxy.url for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy")}
    out = tmp_path / "items.jsonl"
    result = scrapy(
        "crawl", "quotes_login", "-a", "username=x", "-a", "password=y", "-a", f"base_url={server.url}",
        "-a", "tag=love", "-O", out, "-s", "AUTOTHROTTLE_ENABLED=False",
        env={**outside, "TLDEXTRACT_CACHE": str(tmp_path / "tldextract-cache"), "PYTHONWARNINGS": "error"},
    )  # fmt: skip
    assert_clean(result)
    assert "Logged in as 'x'" in result.stderr
    quotes = read_jsonl(out)
    assert quotes
    assert all(quote["goodreads_url"] for quote in quotes if "text" in quote)  # the session cookie was kept
    assert proxy.first_lines == []
    assert " WARNING: " not in result.stderr, result.stderr[-3000:]
    assert "suffix" not in result.stderr.lower()


def test_recording_proxy_sees_what_goes_outside(proxy: RecordingProxy, tmp_path: Path) -> None:
    """Control: a crawl of a host outside NO_PROXY goes to the recording proxy, which notes its request."""
    result = scrapy(
        "fetch", "--nolog", "-s", "RETRY_ENABLED=False", "-s", "DOWNLOAD_TIMEOUT=5", "http://quotes.example/",
        env={"HTTP_PROXY": proxy.url, "http_proxy": proxy.url},
    )  # fmt: skip
    assert result.returncode != 0 or "quotes.example" not in result.stdout
    assert any("quotes.example" in line for line in proxy.first_lines), proxy.first_lines
