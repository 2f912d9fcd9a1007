"""A throwaway PostgreSQL server for the second pass of the tests (scripts/dev.py test on Linux).

Its own folder under the temp directory and a free port, so it never touches (or collides with) a server the
machine already runs; durability settings off, since it holds test data only and each test's CREATE/DROP
DATABASE then costs little. It is stopped and deleted when the tests end.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SERVER_OPTIONS = ("-c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off "
                  "-c full_page_writes=off -c autovacuum=off")


def server_bin() -> Path | None:
    """The newest installed PostgreSQL's programs (Debian keeps them in /usr/lib/postgresql/VERSION/bin)."""
    found = [path for path in Path("/usr/lib/postgresql").glob("*/bin") if (path / "initdb").exists()]
    return max(found, key=lambda path: int(path.parent.name)) if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    """initdb refuses to run as root: as root the server runs as the postgres user, otherwise as this user."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _ensure_postgres_user() -> None:
    if os.geteuid() == 0 and subprocess.run(["id", "postgres"], capture_output=True, check=False).returncode != 0:
        subprocess.run(["useradd", "--system", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin",
                        "postgres"], check=True)


@contextmanager
def throwaway_server(bin_dir: Path) -> Iterator[str]:
    """Start a server, yield the URL of a database the tests may create databases beside, then remove it all."""
    _ensure_postgres_user()
    cluster = Path(tempfile.mkdtemp(prefix="livehelper-test-pg-"))
    data, port = cluster / "data", _free_port()
    if os.geteuid() == 0:
        shutil.chown(cluster, "postgres")
    # cwd: the server user may not be able to enter the project folder (root's home), and would say so
    quiet = {"check": True, "stdout": subprocess.DEVNULL, "stdin": subprocess.DEVNULL, "cwd": cluster}
    started = False
    try:
        subprocess.run(_as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                                        "-E", "UTF8", "--locale=C.UTF-8"]), **quiet)  # type: ignore[call-overload]
        subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(cluster / "server.log"),
                                        "-w", "-t", "60", "start", "-o", f"-p {port} -k {cluster} {SERVER_OPTIONS}"]),
                       **quiet)  # type: ignore[call-overload]
        started = True
        subprocess.run(_as_server_user([str(bin_dir / "psql"), "-q", "-h", str(cluster), "-p", str(port), "-U",
                                        "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1",
                                        "-c", "CREATE ROLE livehelper LOGIN CREATEDB PASSWORD 'livehelper'",
                                        "-c", "CREATE DATABASE livehelper OWNER livehelper"]),
                       **quiet)  # type: ignore[call-overload]
        yield f"postgresql+psycopg://livehelper:livehelper@127.0.0.1:{port}/livehelper"
    finally:
        if started:
            subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
                           check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cluster)
        shutil.rmtree(cluster, ignore_errors=True)
