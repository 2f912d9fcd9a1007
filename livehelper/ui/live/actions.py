"""What the live keys and buttons do to the session: tally (asking once before selling past the stock), undo,
switch the product being explained (each returns the line for the status area, or None when nothing happened
and the error was shown), and the questions around a session: resume after a crash, end it."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from livehelper.domain.errors import LiveHelperError
from livehelper.domain.live import link_label
from livehelper.services.live.session import LiveService
from livehelper.services.live.session_state import LineupEntry, LiveSession, OversellError
from livehelper.ui.i18n import current_language
from livehelper.ui.widgets.errors import show_error

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


class LiveActions(QObject):
    def __init__(self, live: LiveService, owner: QWidget) -> None:
        super().__init__(owner)
        self._live = live
        self._owner = owner

    def tally(self, entry: LineupEntry, qty: int) -> str | None:
        """Tally in memory at once (the writer thread makes it durable); never waits on the disk."""
        product = entry.product
        try:
            self._live.tally(product.id, qty, origin=self._owner)
        except OversellError as error:
            # asked once per product: after Yes the service allows it for the rest of the session
            answer = QMessageBox.question(self._owner, self.tr("Not enough stock"),
                                          error.render(current_language()), YES | NO, NO)
            if answer != YES:
                return None
            try:
                self._live.tally(product.id, qty, allow_oversell=True, origin=self._owner)
            except LiveHelperError as again:
                show_error(self._owner, self.tr("Not tallied"), again)
                return None
        except LiveHelperError as error:
            show_error(self._owner, self.tr("Not tallied"), error)
            return None
        return self.tr("{link} {name} +{qty}").format(link=link_label(entry.position), name=product.name, qty=qty)

    def undo(self, lineup: tuple[LineupEntry, ...]) -> str | None:
        try:
            undone = self._live.undo_last(origin=self._owner)
        except LiveHelperError as error:
            show_error(self._owner, self.tr("Nothing undone"), error)
            return None
        if undone is None:
            return self.tr("Nothing to undo.")
        entry = next((e for e in lineup if e.product.id == undone.product_id), None)
        return self.tr("Undone: {link} {name} +{qty}").format(
            link=link_label(entry.position) if entry else "", name=entry.product.name if entry else "",
            qty=undone.qty)

    def explain(self, entry: LineupEntry) -> str | None:
        """Explain `entry`; the teleprompter follows (the service switches it)."""
        try:
            self._live.explain(entry.product.id, origin=self._owner)
        except LiveHelperError as error:
            show_error(self._owner, self.tr("Not switched"), error)
            return None
        return self.tr("Now explaining: {link} {name}").format(link=link_label(entry.position),
                                                               name=entry.product.name)

    def offer_resume(self) -> tuple[bool, LiveSession | None]:
        """Ask about a session left open by a crash: resume it, or end it now (its tallies kept). Both choices are
        said on their buttons, and Esc keeps it (nothing is ended without being asked for). (running again, the
        session ended here or None)."""
        unfinished = self._live.unfinished_session()
        if unfinished is None or self._live.active:
            return False, None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unfinished live stream"), self.tr(
            "LiveHelper was closed while “{title}” was on air; its tallies are saved. Resume it, or end it now "
            "and see its report?").format(title=unfinished.title), YES | NO, self._owner)
        box.button(YES).setText(self.tr("&Resume the stream"))
        box.button(NO).setText(self.tr("&End it and show the report"))
        box.setDefaultButton(YES)
        box.setEscapeButton(YES)
        answer = box.exec()
        box.deleteLater()
        ended = None
        try:
            self._live.resume(unfinished.id)
            if answer == NO:
                ended = self._live.stop()
        except LiveHelperError as error:
            show_error(self._owner, self.tr("Not resumed"), error)
        return answer != NO and self._live.active, ended

    def stop(self, session: LiveSession) -> LiveSession | None:
        """Ask, then end the session (the service stores every pending tally first); the ended session."""
        answer = QMessageBox.question(
            self._owner, self.tr("End live stream"),
            self.tr("End “{title}” now? Tallies stay saved and the report opens.").format(title=session.title),
            YES | NO, NO)
        if answer != YES:
            return None
        try:
            return self._live.stop()
        except LiveHelperError as error:
            show_error(self._owner, self.tr("Not ended"), error)
            return None
