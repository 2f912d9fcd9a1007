"""The windows the live workspace opens: the stream overlay, past sessions and a finished session's report.

Each is kept while open (one of each kind); opening the same kind again replaces a dialog or raises the overlay.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from livehelper.domain.errors import LiveHelperError
from livehelper.services.context import AppContext
from livehelper.ui.bridge import EventBridge
from livehelper.ui.widgets.errors import show_error

REPORT, HISTORY, OVERLAY = "report", "history", "overlay"


class LiveWindows(QObject):
    def __init__(self, context: AppContext, bridge: EventBridge, owner: QWidget) -> None:
        super().__init__(owner)
        self._context = context
        self._bridge = bridge
        self._owner = owner
        self._open: dict[str, QWidget] = {}

    def get(self, kind: str) -> QWidget | None:
        return self._open.get(kind)

    def open_report(self, session_id: int) -> QDialog | None:
        from livehelper.ui.live.report_dialog import ReportDialog

        try:
            report = self._context.reports.build(session_id)
        except LiveHelperError as error:
            show_error(self._owner, self.tr("No report"), error)
            return None
        return self._show_dialog(REPORT, ReportDialog(report, self._owner))

    def open_history(self) -> QDialog:
        from livehelper.ui.live.history_dialog import HistoryDialog

        return self._show_dialog(HISTORY, HistoryDialog(self._context.reports, self._owner))

    def open_overlay(self) -> QWidget:
        from livehelper.ui.live.overlay import OverlayWindow

        overlay = self._open.get(OVERLAY)
        if overlay is None:
            overlay = self._open[OVERLAY] = OverlayWindow(self._context, self._bridge, self._owner)
        if overlay.isVisible():
            overlay.raise_()  # already open, maybe behind the platform's client
        else:
            overlay.show()
        return overlay

    def _show_dialog(self, kind: str, dialog: QDialog) -> QDialog:
        previous = self._open.pop(kind, None)
        if previous is not None:
            previous.close()
            previous.deleteLater()
        self._open[kind] = dialog
        dialog.open()
        return dialog
