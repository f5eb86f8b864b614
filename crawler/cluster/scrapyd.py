"""One Scrapyd node seen through its HTTP API: deploy, schedule, list, cancel, and read a job's files."""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

import requests

from crawler.errors import NodeDown, NodeRefused

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


def _why_down(error: requests.RequestException) -> str:
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


class Node:
    """A Scrapyd at `url` (no trailing slash), with HTTP basic auth if given.

    Plain HTTP calls rather than `scrapyd_client.ScrapydClient`: that client sets no
    timeout (a hung node would hang the whole run) and turns an HTTP 401 into a
    parse error of the login page, while a cluster run must tell "down" from "refused".
    """

    def __init__(self, url: str, auth: tuple[str, str] | None = None, timeout: float = 10.0) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._session.auth = auth
        self._session.headers["User-Agent"] = "crawler-cluster (Scrapyd API)"

    def close(self) -> None:
        self._session.close()

    def _request(self, method: str, endpoint: str, *, stream: bool = False, **kwargs: Any) -> requests.Response:
        url = urljoin(self.url + "/", endpoint.lstrip("/"))
        try:
            response = self._session.request(method, url, timeout=self.timeout, stream=stream, **kwargs)
        except requests.Timeout:
            raise NodeDown(f"no answer in {self.timeout:g}s") from None
        except requests.ConnectionError as error:
            raise NodeDown(_why_down(error)) from None
        if response.status_code == 401:
            response.close()
            raise NodeRefused("HTTP 401: credentials refused", status=401)
        if response.status_code != 200:
            response.close()
            raise NodeRefused(f"HTTP {response.status_code} for {endpoint}", status=response.status_code)
        return response

    def _api(self, method: str, endpoint: str, **kwargs: Any) -> dict[str, Any]:
        response = self._request(method, endpoint, **kwargs)
        try:
            answer = response.json()
        except ValueError:
            raise NodeRefused(f"{endpoint} did not answer JSON: is this a Scrapyd?") from None
        if not isinstance(answer, dict) or answer.get("status") != "ok":
            message = answer.get("message", answer) if isinstance(answer, dict) else answer
            raise NodeRefused(f"{endpoint}: {str(message).strip()}")
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
        """Every job Scrapyd knows in `project`, by id, each with its `state` (pending, running, finished)."""
        answer = self._api("GET", "listjobs.json", params={"project": project})
        return {
            job["id"]: {**job, "state": state} for state in ("pending", "running", "finished") for job in answer[state]
        }

    def cancel(self, project: str, job: str) -> None:
        self._api("POST", "cancel.json", data={"project": project, "job": job})

    def download(self, path: str, destination: Path) -> None:
        """Copy a file Scrapyd serves (a job's items or log, `path` as listjobs gives it) to `destination`."""
        with self._request("GET", path, stream=True) as response, destination.open("wb") as out:
            try:
                for chunk in response.iter_content(chunk_size=1 << 16):
                    out.write(chunk)
            except requests.RequestException as error:
                raise NodeDown(f"download of {path} broke off ({_why_down(error)})") from None

    def lines(self, path: str) -> Iterator[bytes]:
        """The lines of a file Scrapyd serves, streamed."""
        with self._request("GET", path, stream=True) as response:
            try:
                yield from response.iter_lines(chunk_size=1 << 16)
            except requests.RequestException as error:
                raise NodeDown(f"download of {path} broke off ({_why_down(error)})") from None
