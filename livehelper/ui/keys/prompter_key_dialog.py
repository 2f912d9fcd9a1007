"""Re-binding the teleprompter keys (foot pedals send F13–F24 or PageDown): one key field per action."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from livehelper.ui.keys.key_bindings import BindingRules, BindingsDialog, BindingTexts, display, keys_of, sequence_of
from livehelper.ui.keys.prompter_keys import Action, Bindings, defaults, find_conflict

__all__ = ["ActionNames", "KeyBindingsDialog", "display", "keys_of", "sequence_of"]


class ActionNames(QObject):
    """What each action is called on screen (in the key dialog and the buttons' tooltips)."""

    def label(self, action: Action) -> str:
        return {
            Action.PAUSE: self.tr("Pause / resume scrolling"),
            Action.NEXT: self.tr("Next card"),
            Action.PREVIOUS: self.tr("Previous card"),
            Action.FASTER: self.tr("Scroll faster"),
            Action.SLOWER: self.tr("Scroll slower"),
            Action.BIGGER: self.tr("Larger text"),
            Action.SMALLER: self.tr("Smaller text"),
            Action.FLASH_SALE: self.tr("Start / stop the flash-sale countdown"),
            Action.MIRROR: self.tr("Mirror the text"),
            Action.THEME: self.tr("Switch dark / high-contrast theme"),
            Action.STAY_ON_TOP: self.tr("Keep the teleprompter on top"),
            Action.FULL_SCREEN: self.tr("Full screen on the chosen screen"),
            Action.CONTROLS: self.tr("Show / hide the controls"),
            Action.KEYS: self.tr("Change keys"),
            Action.LEAVE: self.tr("Leave full screen, or close"),
        }[action]


class KeyBindingsDialog(BindingsDialog[Action]):
    def __init__(self, bindings: Bindings, parent: QWidget | None = None) -> None:
        names = ActionNames()
        texts = BindingTexts(
            QCoreApplication.translate("KeyBindingsDialog", "Teleprompter keys"),
            QCoreApplication.translate(
                "KeyBindingsDialog",
                "Click a field and press the key for that action. Press up to four keys one after another to "
                "give it several keys (each one works alone). Foot pedals usually send F13–F24 or PageDown."),
            QCoreApplication.translate(
                "KeyBindingsDialog",
                "{key} is already used for “{action}”. Choose another key, or first remove it there."))
        super().__init__(bindings, BindingRules(list(Action), names.label, defaults, find_conflict), texts, parent)
        names.setParent(self)
