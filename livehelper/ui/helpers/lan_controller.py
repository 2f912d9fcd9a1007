"""The desktop switch for the LAN helper page: owns the window's LanServer, starts it off the UI thread and
stops it when the switch goes off or the window closes. The choice (on/off, address, port) is kept in
prefs.json, so a server that was on comes back on at the next start."""

from __future__ import annotations

import contextlib
import socket
import threading
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from livehelper.domain.errors import LiveHelperError
from livehelper.domain.messages import Message
from livehelper.prefs import load as load_prefs
from livehelper.prefs import save as save_prefs
from livehelper.server.network import (
    DEFAULT_PORT,
    base_url,
    default_route_address,
    lan_address,
    why_not_listening,
)
from livehelper.services.context import AppContext
from livehelper.ui.i18n import current_language

LOOPBACK = "127.0.0.1"
STOP_SECONDS = 1.0  # LanServer.stop waits this long twice at most: the window closes within ~2 s
PREF_ON, PREF_HOST, PREF_PORT = "lan_server_on", "lan_server_host", "lan_server_port"


class LanState(Enum):
    OFF = "off"
    STARTING = "starting"
    ON = "on"


def candidate_hosts() -> list[str]:
    """The addresses the server may listen on, best first (server/adapters.py), then 127.0.0.1 (only this PC)."""
    return [host for host, _name in candidate_addresses()]


def candidate_addresses() -> list[tuple[str, str]]:
    """(address, adapter name) for the address list: the LAN adapter with a gateway first, virtual (Hyper-V,
    WSL, VirtualBox) and VPN adapters last, then addresses only the host name knows, then 127.0.0.1."""
    from livehelper.server.adapters import adapters

    found = [(adapter.address, adapter.name) for adapter in adapters()]
    extra = [default_route_address()]
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET, socket.SOCK_STREAM)
    except OSError:
        infos = []
    extra += [str(info[4][0]) for info in infos]
    known = {host for host, _name in found}
    found += [(host, "") for host in dict.fromkeys(extra) if host not in known]
    return [*((host, name) for host, name in found if not host.startswith("127.")), (LOOPBACK, "")]


class LanController(QObject):
    started = Signal(str)  # the server's base URL
    stopped = Signal()
    failed = Signal(str)  # a message for the user
    _start_done = Signal(object, object, int)  # (server or None, reason or None, generation), from a thread

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._server: object | None = None  # a LanServer while on
        self._starting: threading.Thread | None = None
        self._generation = 0  # which start counts: stop() and each start() move it on
        self._start_done.connect(self._on_start_done)
        prefs = load_prefs(context.data_dir)
        saved_host, saved_port = prefs.get(PREF_HOST), prefs.get(PREF_PORT)
        self.host = saved_host if isinstance(saved_host, str) and saved_host else lan_address()
        self.port = saved_port if isinstance(saved_port, int) and 0 < saved_port < 65536 else DEFAULT_PORT
        self._remembered_on = prefs.get(PREF_ON) is True
        self._restoring = False

    @property
    def data_dir(self) -> Path:
        return self._context.data_dir

    @property
    def state(self) -> LanState:
        if self._server is not None:
            return LanState.ON
        return LanState.STARTING if self._starting is not None else LanState.OFF

    def base_url(self) -> str:
        """Where phones reach the page: the running server's address, else the chosen one."""
        if self._server is not None:
            return self._server.url  # type: ignore[attr-defined]
        return base_url(self.host, self.port)

    def pairing_url(self, token: str) -> str:
        return f"{self.base_url()}/#token={token}"

    def restore(self) -> None:
        """At window start: switch the server back on if it was on when the app last closed. A LAN address
        that this PC no longer has (a new address from the router) is replaced by the current one."""
        if not self._remembered_on:
            return
        host = self.host
        if host != LOOPBACK and host not in candidate_hosts():
            host = lan_address()
        self.start(host, self.port, restoring=True)

    def start(self, host: str, port: int, *, restoring: bool = False) -> None:
        """Starts listening in the background: `started` or `failed` follows. A failed restore leaves the switch
        remembered as on (the port may be free at the next start); a failed switch-on turns it off."""
        if self.state is not LanState.OFF:
            return
        self.host, self.port = host, port
        self._restoring = restoring
        if not restoring:
            save_prefs(self.data_dir, **{PREF_ON: True, PREF_HOST: host, PREF_PORT: port})
        self._generation += 1
        self._starting = threading.Thread(target=self._start_in_background, args=(host, port, self._generation),
                                          name="livehelper-lan-start", daemon=True)
        self._starting.start()

    def _start_in_background(self, host: str, port: int, generation: int) -> None:
        from livehelper.server.runner import LanServer  # FastAPI's import takes a moment: not on the UI thread

        server: LanServer | None = None
        reason: str | None = None
        try:
            server = LanServer(self._context, host, port)
            server.start()
        except OSError:
            server, reason = None, why_not_listening(host, port)
        except Exception as error:  # shown to the user; the switch goes back off
            server, reason = None, str(error) or type(error).__name__
        if server is not None and generation != self._generation:  # switched off (or closed) meanwhile
            server.stop(STOP_SECONDS)
            return
        try:
            self._start_done.emit(server, reason, generation)
        except RuntimeError:  # the window (and this controller) went away meanwhile
            if server is not None:
                server.stop(STOP_SECONDS)

    def _on_start_done(self, server: object | None, reason: str | None, generation: int) -> None:
        if generation != self._generation:  # a start that was cancelled after its thread looked
            if server is not None:
                server.stop(STOP_SECONDS)  # type: ignore[attr-defined]
            return
        self._starting = None
        if server is None:
            if not self._restoring:
                save_prefs(self.data_dir, **{PREF_ON: False})
            self.failed.emit(self._failure_text(reason or "other"))
            return
        self._server = server
        url = server.url  # type: ignore[attr-defined]
        with contextlib.suppress(LiveHelperError):  # only the link under group-robot notices
            self._context.notify.set_page_url(url + "/")
        self.started.emit(url)

    def _failure_text(self, reason: str) -> str:
        where = f"{self.host}:{self.port}"
        if reason == "in_use":
            return self.tr("Port {port} is already in use by another program (or another LiveHelper). "
                           "Choose another port and switch the service on again.").format(port=self.port)
        if reason == "reserved":
            return Message("Port {port} is reserved by Windows (Hyper-V, WSL or Docker keep ranges of ports) or "
                           "needs administrator rights. Choose another port, for example {other}, and switch the "
                           "service on again.", port=self.port, other=DEFAULT_PORT + 1 if self.port == DEFAULT_PORT
                           else DEFAULT_PORT).render(current_language())
        if reason == "no_address":
            return self.tr("This PC no longer has the address {host}. Choose another address.").format(
                host=self.host)
        if reason == "other":
            return self.tr("The helper service could not listen on {where}.").format(where=where)
        return self.tr("The helper service could not start: {reason}").format(reason=reason)

    def stop(self, remember: bool = True) -> None:
        """Stops the server (within ~2 s). `remember=False` when the app closes: the switch stays on for the
        next start. A start still under way is cancelled: its thread stops the server once it listens."""
        if remember:
            save_prefs(self.data_dir, **{PREF_ON: False})
        self._generation += 1
        starting, self._starting = self._starting, None
        if starting is not None:
            starting.join(STOP_SECONDS)
        server, self._server = self._server, None
        if server is not None:
            server.stop(STOP_SECONDS)  # type: ignore[attr-defined]
        if server is not None or starting is not None:
            self.stopped.emit()

    def shut_down(self) -> None:
        """The window closes: stop, but keep the switch's position for the next start."""
        self.stop(remember=False)
