"""Re-binding the live keys (a foot pedal sending F13 can be "+1"): one key field per action."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from livehelper.ui.keys.key_bindings import BindingRules, BindingsDialog, BindingTexts
from livehelper.ui.keys.live_keys import LiveBindings, defaults, find_conflict
from livehelper.ui.live.interpreter import LiveAction


class LiveActionNames(QObject):
    """What each live action is called on screen (the key dialog, tooltips, conflict messages)."""

    def label(self, action: LiveAction | None) -> str:
        if action is None:
            return self.tr("Pick a product by its link number (0–9)")
        return {
            LiveAction.TALLY: self.tr("Sold one of the picked product (+1)"),
            LiveAction.MULTIPLY: self.tr("Sold several: this key, then a digit"),
            LiveAction.UNDO: self.tr("Undo the last tally"),
            LiveAction.EXPLAIN_NEXT: self.tr("Explain the next product"),
            LiveAction.EXPLAIN_PREVIOUS: self.tr("Explain the previous product"),
            LiveAction.EXPLAIN_PICKED: self.tr("Explain the picked product"),
            LiveAction.CLEAR: self.tr("Cancel a number or a quantity being typed"),
        }[action]


class LiveKeysDialog(BindingsDialog[LiveAction]):
    def __init__(self, bindings: LiveBindings, parent: QWidget | None = None) -> None:
        names = LiveActionNames()
        texts = BindingTexts(
            QCoreApplication.translate("LiveKeysDialog", "Live keys"),
            QCoreApplication.translate(
                "LiveKeysDialog",
                "Click a field and press the key for that action; press up to four keys one after another to give "
                "it several keys. The number keys 0–9 always pick a product. Foot pedals usually send F13–F24."),
            QCoreApplication.translate(
                "LiveKeysDialog",
                "{key} is already used for “{action}”. Choose another key, or first remove it there."))
        rules = BindingRules(list(LiveAction), names.label, defaults, find_conflict)
        super().__init__(bindings, rules, texts, parent, width=600)
        names.setParent(self)
