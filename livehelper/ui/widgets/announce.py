"""Say a status change to screen readers, not only show it in colour: one helper every workspace calls.

Qt has no hook to watch accessibility events from Python, so each announcement is also emitted on
`announcements().said`: tests (and a future spoken-feedback option) listen there."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


class Announcements(QObject):
    said = Signal(str)


_announcements: Announcements | None = None


def announcements() -> Announcements:
    global _announcements  # one emitter for the whole application
    if _announcements is None:
        _announcements = Announcements()
    return _announcements


def announce(source: QWidget, text: str, urgent: bool = False) -> None:
    """Announce `text` from `source` (the widget showing it); `urgent` interrupts what the reader is saying."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if urgent
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
    announcements().said.emit(text)
