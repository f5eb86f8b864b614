"""The static server the benchmark crawls: nginx when the OS has it, the project's fixture server otherwise."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Enough for one static site on loopback; temp paths inside the run folder so nothing needs root.
_NGINX_CONF = """\
{user}worker_processes 1;
daemon off;
pid {run}/nginx.pid;
error_log {run}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path {run}/body;
    proxy_temp_path {run}/proxy;
    fastcgi_temp_path {run}/fastcgi;
    uwsgi_temp_path {run}/uwsgi;
    scgi_temp_path {run}/scgi;
    types {{ text/html html; text/css css; application/javascript js; image/jpeg jpg; }}
    default_type application/octet-stream;
    server {{
        listen 127.0.0.1:{port};
        root {site};
    }}
}}
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_listening(port: int, process: subprocess.Popen, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with status {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"server did not listen on 127.0.0.1:{port} within {timeout}s")


class StaticServer:
    """Serves one folder on 127.0.0.1 until `stop()`; `url` ends with a slash, `name` says which server."""

    def __init__(self, site: Path, run_dir: Path, prefer_nginx: bool = True) -> None:
        self.process: subprocess.Popen | None = None
        nginx = shutil.which("nginx", path=os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"]))
        if prefer_nginx and nginx:
            self._start_nginx(nginx, site.resolve(), run_dir.resolve())
        else:
            self._start_fixture_server(site.resolve(), because="nginx not installed" if prefer_nginx else "asked for")

    def _start_nginx(self, nginx: str, site: Path, run_dir: Path) -> None:
        run_dir.mkdir(parents=True, exist_ok=True)
        port = _free_port()
        # Workers of a master started as root switch user; keep ours so they can read the temp folders.
        user = ""
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            import pwd

            user = f"user {pwd.getpwuid(os.geteuid()).pw_name};\n"
        conf = run_dir / "nginx.conf"
        conf.write_text(_NGINX_CONF.format(user=user, run=run_dir, port=port, site=site), encoding="utf-8")
        version = subprocess.run([nginx, "-v"], capture_output=True, text=True, check=False).stderr.strip()
        self.process = subprocess.Popen(
            [nginx, "-c", str(conf), "-p", str(run_dir), "-e", str(run_dir / "error.log")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_listening(port, self.process)
        self.url = f"http://127.0.0.1:{port}/"
        self.name = version.removeprefix("nginx version: ") or "nginx"

    def _start_fixture_server(self, site: Path, because: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.fixtureserver", "--books-site", str(site)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        # It serves the replica under /books/.
        self.url = self.process.stdout.readline().strip() + "books/"
        self.process.stdout.close()
        if not self.url.startswith("http://127."):
            self.stop()
            raise RuntimeError(f"fixture server did not start (said {self.url!r})")
        self.name = f"the project's fixture server ({because})"

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None

    def __enter__(self) -> StaticServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
