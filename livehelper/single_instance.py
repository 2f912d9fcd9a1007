"""One LiveHelper window per data folder: a second start brings the first window forward and exits.

Two copies on one SQLite file fight over it (the second's backups, its DataWatcher, two teleprompters, two
servers on the same port), and on Windows a second double-click on the shortcut is the usual way to "find" a
window hidden behind the streaming client. The first copy listens on a local channel named after the data
folder: a named pipe on Windows (\\\\.\\pipe\\…), a Unix socket elsewhere; the second connects, learns the first's
process id, lets it take the foreground (AllowSetForegroundWindow: Windows only lets the foreground process
give the focus away, learn.microsoft.com/windows/win32/api/winuser/nf-winuser-allowsetforegroundwindow) and
asks it to show itself. Standard library only (multiprocessing.connection), so the build needs no QtNetwork.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import tempfile
import threading
from collections.abc import Callable
from multiprocessing.connection import Client, Connection, Listener
from pathlib import Path

SHOW = "show"
_AUTH = b"livehelper-instance"  # not a secret: keeps unrelated programs' bytes out of the channel


def channel_name(data_dir: Path) -> str:
    """The channel of one data folder for this user: the same folder in any spelling gives the same name."""
    folder = str(data_dir.expanduser().resolve())
    if os.name == "nt":
        folder = folder.casefold()
    digest = hashlib.sha256(folder.encode("utf-8")).hexdigest()[:16]
    if sys.platform == "win32":
        return rf"\\.\pipe\LiveHelper-{os.environ.get('USERNAME', 'user')}-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    return str(Path(runtime) / f"livehelper-{os.getuid()}-{digest}.sock")


class InstanceGuard:
    """`claim()` once at start; True makes this the first copy, which then hears `on_show` calls."""

    def __init__(self, name: str, on_show: Callable[[], None] = lambda: None) -> None:
        self.name = name
        self.on_show = on_show
        self._listener: Listener | None = None
        self._thread: threading.Thread | None = None

    @property
    def family(self) -> str:
        return "AF_PIPE" if self.name.startswith("\\\\.\\pipe\\") else "AF_UNIX"

    def claim(self) -> bool:
        """Become the first copy; False when another copy answers on the channel."""
        if self._answers():
            return False
        if self.family == "AF_UNIX":
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.name)  # left behind by a copy that crashed (nobody answered above)
        try:
            self._listener = Listener(self.name, self.family, authkey=_AUTH)
        except OSError:
            return not self._answers()  # a copy started in the same instant won the race
        self._thread = threading.Thread(target=self._serve, name="livehelper-instance", daemon=True)
        self._thread.start()
        return True

    def ask_first_to_show(self) -> bool:
        """The second copy: let the first take the foreground and show itself. False when none answered."""
        try:
            with Client(self.name, self.family, authkey=_AUTH) as connection:
                first_pid = connection.recv()
                _allow_foreground(int(first_pid))
                connection.send(SHOW)
                return bool(connection.recv())
        except (OSError, EOFError, ValueError):
            return False

    def close(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.close()
            if self.family == "AF_UNIX":
                with contextlib.suppress(OSError):
                    os.unlink(self.name)

    def _answers(self) -> bool:
        try:
            with Client(self.name, self.family, authkey=_AUTH) as connection:
                connection.recv()  # the first copy's process id
                connection.send("ping")
                connection.recv()
            return True
        except (OSError, EOFError, ValueError):
            return False

    def _serve(self) -> None:
        while self._listener is not None:
            try:
                connection = self._listener.accept()
            except (OSError, EOFError, ValueError):
                if self._listener is None:
                    return
                continue  # a client that gave up half-way, or a wrong key
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: Connection) -> None:
        with connection:
            try:
                connection.send(os.getpid())
                request = connection.recv()
                if request == SHOW:
                    self.on_show()
                connection.send(True)
            except (OSError, EOFError, ValueError):
                return


def _allow_foreground(pid: int) -> None:
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(pid)  # type: ignore[attr-defined]
