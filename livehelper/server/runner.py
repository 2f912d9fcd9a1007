"""LanServer: uvicorn in a background thread, for the desktop app's switch and for `livehelper serve`."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import uvicorn

from livehelper.server.app import create_app
from livehelper.server.events import HEARTBEAT_SECONDS, EventBroker
from livehelper.server.network import base_url
from livehelper.server.protocol import KEEP_ALIVE_SECONDS, MAX_HEADER_BYTES, REQUEST_SECONDS, guarded_protocol
from livehelper.services.context import AppContext

START_TIMEOUT = 10.0
GRACEFUL_SECONDS = 1  # open requests get this long to finish on stop(); event streams are ended at once
log = logging.getLogger(__name__)


class LanServer:
    def __init__(self, context: AppContext, host: str = "127.0.0.1", port: int = 0, *,
                 web_root: Path | None = None, heartbeat: float = HEARTBEAT_SECONDS,
                 request_seconds: float = REQUEST_SECONDS) -> None:
        self.host = host
        self.app = create_app(context, web_root=web_root, heartbeat=heartbeat, pairing_host=host)
        # No access log at all: the event stream's URL carries ?token=, and helpers' requests are nobody's
        # business in a log file. log_config=None leaves the app's logging set-up alone.
        # proxy_headers=False: no proxy stands before us, so X-Forwarded-For is anybody's say-so (issue 19).
        # Each request must arrive whole within request_seconds (protocol.py), headers within 16 KB.
        config = uvicorn.Config(self.app, host=host, port=port, log_config=None, access_log=False,
                                timeout_graceful_shutdown=GRACEFUL_SECONDS, server_header=False,
                                lifespan="on", ws="none", http=guarded_protocol(request_seconds),
                                proxy_headers=False, timeout_keep_alive=KEEP_ALIVE_SECONDS,
                                h11_max_incomplete_event_size=MAX_HEADER_BYTES)
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None
        self._port = port

    @property
    def port(self) -> int:
        return self._port

    @property
    def url(self) -> str:
        """Where phones reach the page: for a server on every network (0.0.0.0), this PC's LAN address."""
        return base_url(self.host, self._port)

    def pairing_url(self, token: str) -> str:
        """What the pairing QR code holds; the page keeps the token and removes it from the address bar."""
        return f"{self.url}/#token={token}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and self._server.started

    def start(self) -> None:
        """Returns once the server is listening; OSError when the address cannot be used."""
        if self._thread is not None:
            raise RuntimeError("the LAN server was started already")
        self._thread = threading.Thread(target=self._serve, name="livehelper-lan", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive():  # uvicorn logs the reason and exits (port in use …)
                raise OSError(f"the LAN server could not listen on {self.host}:{self._port}")
            if time.monotonic() > deadline:
                self.stop()
                raise OSError(f"the LAN server did not start within {START_TIMEOUT:.0f} s")
            time.sleep(0.01)
        sockets = self._server.servers[0].sockets if self._server.servers else []
        if sockets:
            self._port = sockets[0].getsockname()[1]

    def _serve(self) -> None:
        try:
            self._server.run()
        except SystemExit:  # uvicorn's answer to an address it cannot bind (it has logged why); start() reports it
            log.debug("the LAN server thread ended at start-up")

    def stop(self, timeout: float = 5.0) -> None:
        """Ends event streams, lets open requests finish (briefly) and joins the thread."""
        thread = self._thread
        if thread is None:
            return
        broker: EventBroker = self.app.state.broker
        broker.close()
        self._server.should_exit = True
        thread.join(timeout)
        if thread.is_alive():
            self._server.force_exit = True
            thread.join(timeout)
