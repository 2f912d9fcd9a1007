"""Helper mode on a second PC: the shipping workspace itself, on the queue of another LiveHelper (its LAN API).

The window holds the same ShippingWorkspace as the desktop, built on a RemoteQueue instead of this PC's
database: the same table, ship dialog and actions, with only what a helper may do (services/shipping/queue.py).
The queue is refreshed off the UI thread at each change the other PC announces (remote_watch.py follows its
server-sent events) and every few seconds besides (BackgroundRunner); the UI thread only shows the snapshot it
keeps, and the actions send their changes off the UI thread too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.errors import LiveHelperError
from livehelper.services.helpers.remote_queue import Me, RemoteQueue, split_pairing_url
from livehelper.services.helpers.remote_watch import RemoteWatch
from livehelper.ui.bridge import EventBridge
from livehelper.ui.i18n import current_language
from livehelper.ui.shipping.workspace import ShippingWorkspace
from livehelper.ui.tasks import BackgroundRunner
from livehelper.ui.widgets.dialog_buttons import describe_buttons
from livehelper.ui.window_title import window_title

REFRESH_MS = 5000


class RemoteConnectDialog(QDialog):
    """The pairing link (or the other PC's address) and the token, when `--helper` came without a token."""

    def __init__(self, url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title(self.tr("Connect to the main PC")))
        self.url = QLineEdit(url)
        self.url.setToolTip(self.tr("The pairing link from the main PC, or its address such as "
                                    "http://192.168.1.8:8765"))
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setToolTip(self.tr("The helper's token, needed only when the link above has none"))
        self.problem = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons, self.tr("Connects to the shipping queue of the other PC"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Address or pairing link"), self.url)
        form.addRow(self.tr("&Token"), self.token)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.base_url = ""
        self.token_text = ""

    def _check(self) -> None:
        try:
            base, token = split_pairing_url(self.url.text())
        except LiveHelperError as error:
            self.problem.setText(error.render(current_language()))
            return
        token = token or self.token.text().strip()
        if not token:
            self.problem.setText(self.tr("Enter the token from the pairing link"))
            return
        self.base_url, self.token_text = base, token
        self.accept()


class RemoteWindow(QMainWindow):
    """The other PC's shipping queue in the shipping workspace, refreshed at each change it announces (`watch`)
    and every `refresh_ms` (0: only then and on demand)."""

    watch_failed = Signal(object)  # a LiveHelperError from the watching thread, shown on the UI thread

    def __init__(self, queue: RemoteQueue, refresh_ms: int = REFRESH_MS, parent: QWidget | None = None,
                 watch: bool = True) -> None:
        super().__init__(parent)
        self.queue = queue
        self.runner = BackgroundRunner(self)
        self.helper_name = ""
        self._refreshing = False
        self._refresh_again = False
        self.setWindowTitle(window_title(self.tr("Helper"), queue.base_url))
        self.bridge = EventBridge(queue, self)
        self.workspace = ShippingWorkspace(None, self.bridge, queue=queue)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setToolTip(self.tr("Loads the queue from the other PC now (it also does so every few "
                                               "seconds)"))
        self.refresh_button.clicked.connect(self.refresh)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.refresh_button)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.workspace, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self.resize(1100, 700)

        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        if refresh_ms > 0:
            self.timer.start(refresh_ms)
        self.runner.start(self.queue.me, self._greeted, self._failed)
        self.refresh()
        self.watch_failed.connect(self._failed)
        self.watch: RemoteWatch | None = None
        if watch:
            self.watch = RemoteWatch(queue, self.watch_failed.emit)
            self.watch.start()

    @property
    def busy(self) -> bool:
        """Something is on its way to or from the other PC."""
        return self.runner.busy or self.workspace.actions.busy

    def refresh(self) -> None:
        if self._refreshing:  # one listing at a time; another follows when it is answered
            self._refresh_again = True
            return
        self._refreshing = True
        self.runner.start(self.queue.refresh, self._refreshed, self._refresh_failed)

    def _refreshed(self, _answer: object = None) -> None:
        self._refreshing = False
        self.message.clear()
        if self._refresh_again:
            self._refresh_again = False
            QTimer.singleShot(0, self, self.refresh)

    def _refresh_failed(self, error: Exception) -> None:
        self._refreshing = self._refresh_again = False
        self._failed(error)

    def _greeted(self, me: Me) -> None:
        self.helper_name = me.name
        self.setWindowTitle(window_title(self.tr("Helper {name}").format(name=me.name), self.queue.base_url))

    def _failed(self, error: Exception) -> None:
        """The other PC cannot be reached, or the pairing was revoked: said here; the last list stays on screen."""
        if not isinstance(error, LiveHelperError):
            raise error
        self.message.setText(error.render(current_language()))

    def closeEvent(self, event: Any) -> None:
        self.timer.stop()
        if self.watch is not None:
            self.watch.stop()
        super().closeEvent(event)


def connect_queue(url: str, parent: QWidget | None = None) -> RemoteQueue | None:
    """A RemoteQueue for the pairing link; asks for the token when the link has none. None when cancelled."""
    try:
        base, token = split_pairing_url(url)
    except LiveHelperError:
        base, token = "", ""
    if token:
        return RemoteQueue(base, token)
    dialog = RemoteConnectDialog(url, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return RemoteQueue(dialog.base_url, dialog.token_text)
