"""Scrapyd's application for this project's nodes: it starts only with an account, and keeps it from the jobs.

`scrapyd.conf` names it (`application = account.application`); Scrapyd imports it from the folder it
runs in, so start Scrapyd there with `python -m scrapyd`. Scrapyd alone takes its account from
SCRAPYD_USERNAME and SCRAPYD_PASSWORD, else from its configuration files, and without both it
serves anyone. This application refuses to start without both variables, gives them to Scrapyd's
basic auth through its configuration, and takes them out of the environment every job's
environment is copied from. On POSIX it first starts itself again without them, handing the
account over a pipe, so that the server's own process environment (/proc/PID/environ, which its
jobs could read) does not hold them either.
"""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING

from scrapyd.app import application as scrapyd_application
from scrapyd.exceptions import ConfigError

if TYPE_CHECKING:
    from scrapyd.config import Config
    from twisted.application.service import Application

ACCOUNT = ("SCRAPYD_USERNAME", "SCRAPYD_PASSWORD")
# The descriptor of the pipe the account comes through, once the server started itself again.
_ACCOUNT_PIPE = "CRAWLER_SCRAPYD_ACCOUNT_PIPE"


def _start_again_without_account(account: tuple[str, str]) -> None:
    """Replace this process by the same command whose environment lacks the account; never returns."""
    read_end, write_end = os.pipe()
    os.write(write_end, json.dumps(account).encode("utf-8"))
    os.close(write_end)
    os.set_inheritable(read_end, True)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(sys.executable, sys.orig_argv, {**os.environ, _ACCOUNT_PIPE: str(read_end)})  # noqa: S606 (itself again)


def _account() -> tuple[str, str]:
    pipe = os.environ.pop(_ACCOUNT_PIPE, None)
    if pipe is not None:
        with os.fdopen(int(pipe), "rb") as account:
            username, password = json.loads(account.read())
            return username, password
    username, password = (os.environ.pop(name, "") for name in ACCOUNT)
    if not (username and password):
        raise ConfigError("scrapyd: refusing to start without an account: set SCRAPYD_USERNAME and SCRAPYD_PASSWORD")
    if os.name == "posix":
        _start_again_without_account((username, password))
    return username, password


def application(config: Config) -> Application:
    """Scrapyd's own application, behind basic auth with the account from the environment."""
    username, password = _account()
    config.cp.set("scrapyd", "username", username)
    config.cp.set("scrapyd", "password", password)
    return scrapyd_application(config)
