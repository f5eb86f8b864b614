"""One Scrapyd node seen through its HTTP API: deploy, schedule, list, cancel, and read a job's files."""

from __future__ import annotations

import errno
import json
import re
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urljoin, urlsplit

import requests
import urllib3

from crawler.errors import ClusterError, ForeignURL, NodeDown, NodeRefused

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

# The most an API answer (listjobs.json, ...) may hold; Scrapyd's are a few KiB.
API_ANSWER_LIMIT = 16 * 1024 * 1024
_CHUNK = 1 << 16
# A host name, an IPv4 address, or (as urlsplit gives it, without brackets) an IPv6 address.
_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|[0-9A-Fa-f:.]+")
_JOB_STATES = ("pending", "running", "finished")


def _why_down(error: BaseException) -> str:
    """A short reason for a failed connection: 'connection refused', 'timed out after 10s', ..."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ConnectionRefusedError) or getattr(cause, "errno", None) == errno.ECONNREFUSED:
            return "connection refused"
        if isinstance(cause, ConnectionResetError):
            return "connection reset"
        cause = cause.__cause__ or cause.__context__
    if "Connection refused" in str(error) or "[WinError 10061]" in str(error):
        return "connection refused"
    return type(error).__name__


def _one_line(message: str, limit: int = 300) -> str:
    """A node's message as one printable line: its last non-blank line (a traceback's error), at most `limit` long."""
    lines = [line.strip() for line in message.splitlines() if line.strip()] or [""]
    text = "".join(character if character.isprintable() else "?" for character in lines[-1])
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _origin(url: str) -> tuple[str, str, int | None]:
    """Scheme, host and port of a URL, the port made explicit, so that equal origins compare equal."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), parts.port or {"http": 80, "https": 443}.get(scheme)


def without_userinfo(url: str) -> str:
    """The URL with any `user:password@` taken out, for messages."""
    parts = urlsplit(url)
    return parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl() if "@" in parts.netloc else url


def parse_node_url(text: str) -> tuple[str, tuple[str, str] | None]:
    """A node URL as given on the command line: (the URL without user info and trailing slash, its credentials).

    ValueError with one line (that never repeats a password) when it is no http(s) URL of a host and port.
    """
    shown = without_userinfo(text)
    if shown != text:
        shown = shown.replace("://", "://***@", 1)
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"a node is an http:// or https:// URL (got '{shown}')")
    if ";" in text or any(character.isspace() for character in text):
        raise ValueError(f"node URLs are separated by commas (got '{shown}')")
    try:
        port = parts.port
    except ValueError as error:
        if "out of range" not in str(error):
            raise ValueError(f"the port is not a number (got '{shown}')") from None
        port = -1
    if port is not None and not 0 < port < 65536:
        raise ValueError(f"port out of range 1-65535 (got '{shown}')")
    if not parts.hostname or not _HOST.fullmatch(parts.hostname):
        raise ValueError(f"no host name in the node URL (got '{shown}')")
    if parts.query or parts.fragment:
        raise ValueError(f"a node URL has no query or fragment (got '{shown}')")
    auth = (unquote(parts.username or ""), unquote(parts.password or "")) if "@" in parts.netloc else None
    return without_userinfo(text).rstrip("/"), auth


class Node:
    """A Scrapyd at `url` (no user info, no trailing slash), with HTTP basic auth if given.

    Plain HTTP calls rather than `scrapyd_client.ScrapydClient`: that client sets no
    timeout (a hung node would hang the whole run) and turns an HTTP 401 into a
    parse error of the login page, while a cluster run must tell "down" from "refused".
    Credentials go to the node's own origin only: a URL the node names elsewhere is
    refused, and redirects are not followed.
    """

    def __init__(self, url: str, auth: tuple[str, str] | None = None, timeout: float = 10.0) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout
        self._auth = auth
        self._session = requests.Session()
        self._session.headers["User-Agent"] = "crawler-cluster (Scrapyd API)"

    def close(self) -> None:
        self._session.close()

    def resolve(self, path: str) -> str:
        """The URL of `path` (an endpoint, or a path or URL listjobs.json gave); NodeRefused if it leaves the node."""
        if not path.isprintable() or " " in path:
            raise NodeRefused(f"refused to fetch {path[:200]!r}: not a URL")
        parts = urlsplit(path)
        if not (parts.scheme or parts.netloc):
            return urljoin(self.url + "/", path.lstrip("/"))
        if _origin(path) != _origin(self.url):
            raise ForeignURL(f"refused to fetch {without_userinfo(path)}: not on the node's own origin {self.url}")
        return path

    def _request(self, method: str, endpoint: str, **kwargs: Any) -> requests.Response:
        url = self.resolve(endpoint)
        try:
            response = self._session.request(
                method, url, auth=self._auth, timeout=self.timeout, stream=True, allow_redirects=False, **kwargs
            )
        except requests.Timeout:
            raise NodeDown(f"no answer in {self.timeout:g}s") from None
        except requests.ConnectionError as error:
            raise NodeDown(_why_down(error)) from None
        except requests.RequestException as error:
            raise NodeRefused(f"{endpoint}: {type(error).__name__}") from None
        if response.status_code == 401:
            response.close()
            raise NodeRefused("HTTP 401: credentials refused", status=401)
        if response.status_code != 200:
            response.close()
            raise NodeRefused(f"HTTP {response.status_code} for {endpoint}", status=response.status_code)
        return response

    def _chunks(self, response: requests.Response, what: str, limit: int, seconds: float) -> Iterator[bytes]:
        """The body of `response`, at most `limit` bytes within `seconds`; NodeDown or NodeRefused beyond that.

        Each read returns what has arrived (it waits at most the timeout for one answer), so a body that
        trickles in is cut at the deadline instead of holding the run.
        """
        deadline = time.monotonic() + seconds
        size = 0
        try:
            while True:
                try:
                    chunk = response.raw.read1(_CHUNK, decode_content=True)
                except (urllib3.exceptions.HTTPError, OSError) as error:
                    raise NodeDown(f"{what} broke off ({_why_down(error)})") from None
                if not chunk:
                    return
                size += len(chunk)
                if size > limit:
                    raise NodeRefused(f"{what} is larger than {limit:,} bytes")
                if time.monotonic() > deadline:
                    raise NodeDown(f"{what} took longer than {seconds:g}s")
                yield chunk
        finally:
            response.close()

    def _api(self, method: str, endpoint: str, **kwargs: Any) -> dict[str, Any]:
        response = self._request(method, endpoint, **kwargs)
        body = b"".join(self._chunks(response, f"the answer of {endpoint}", API_ANSWER_LIMIT, self.timeout))
        try:
            answer = json.loads(body)
        except ValueError:
            raise NodeRefused(f"{endpoint} did not answer JSON: is this a Scrapyd?") from None
        if not isinstance(answer, dict) or answer.get("status") != "ok":
            message = answer.get("message", answer) if isinstance(answer, dict) else answer
            raise NodeRefused(f"{endpoint}: {_one_line(str(message))}")
        return answer

    def daemon_status(self) -> dict[str, Any]:
        return self._api("GET", "daemonstatus.json")

    def add_version(self, project: str, version: str, egg: bytes) -> None:
        self._api(
            "POST",
            "addversion.json",
            data={"project": project, "version": version},
            files={"egg": ("project.egg", egg)},
        )

    def schedule(
        self, project: str, spider: str, *, version: str, job: str, args: dict[str, str], settings: dict[str, str]
    ) -> None:
        fields = [
            ("project", project),
            ("spider", spider),
            ("_version", version),
            ("jobid", job),
            *args.items(),
            *(("setting", f"{name}={value}") for name, value in settings.items()),
        ]
        self._api("POST", "schedule.json", data=fields)

    def list_jobs(self, project: str) -> dict[str, dict[str, Any]]:
        """Every job Scrapyd knows in `project`, by id, each with its `state` (pending, running, finished).

        ClusterError when the answer lacks what a Scrapyd's holds: the run cannot follow its jobs then.
        """
        answer = self._api("GET", "listjobs.json", params={"project": project})
        jobs = {}
        for state in _JOB_STATES:
            entries = answer.get(state)
            if not isinstance(entries, list) or not all(_is_job(entry) for entry in entries):
                raise ClusterError(f"{self.url} listjobs.json: its answer has no list of {state} jobs")
            jobs.update((entry["id"], {**entry, "state": state}) for entry in entries)
        return jobs

    def cancel(self, project: str, job: str) -> None:
        self._api("POST", "cancel.json", data={"project": project, "job": job})

    def download(self, path: str, destination: Path, *, limit: int, seconds: float) -> None:
        """Copy a file Scrapyd serves (a job's items, `path` as listjobs gives it) to `destination`."""
        response = self._request("GET", path)
        with destination.open("wb") as out:
            for chunk in self._chunks(response, f"the download of {path}", limit, seconds):
                out.write(chunk)

    def lines(self, path: str, *, limit: int, seconds: float) -> Iterator[bytes]:
        """The lines of a file Scrapyd serves (a job's log), streamed, without their line ends."""
        response = self._request("GET", path)
        rest = b""
        for chunk in self._chunks(response, f"the download of {path}", limit, seconds):
            *whole, rest = (rest + chunk).split(b"\n")
            yield from (line.removesuffix(b"\r") for line in whole)
        if rest:
            yield rest.removesuffix(b"\r")


def _is_job(entry: object) -> bool:
    """A listjobs.json entry the run can follow: an id, and its URLs and times as text if given."""
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
        return False
    optional = ("log_url", "items_url", "start_time", "end_time")
    return all(isinstance(entry.get(name), (str, type(None))) for name in optional)
