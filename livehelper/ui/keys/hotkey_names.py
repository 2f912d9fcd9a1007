"""What the global hotkey actions are called on screen, and why a key was refused (translated sentences)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from livehelper.domain.messages import Message
from livehelper.ui.i18n import current_language
from livehelper.ui.keys.hotkey_keys import GlobalAction, GlobalConflict, Refusal
from livehelper.ui.keys.key_bindings import display


class GlobalActionNames(QObject):
    def label(self, action: GlobalAction | None) -> str:
        """The action's name; None stands for the other programs that need the key (see `find_conflict`)."""
        if action is None:
            return self.tr("typing in every other program")
        return {
            GlobalAction.NEXT_PRODUCT: self.tr("Explain the next product"),
            GlobalAction.TALLY: self.tr("Sold one of the product being explained (+1)"),
            GlobalAction.UNDO: self.tr("Undo the last tally"),
            GlobalAction.NEXT_CUE: self.tr("Next cue card"),
            GlobalAction.PAUSE_PROMPTER: self.tr("Pause / resume the teleprompter"),
        }[action]

    def refusal(self, key: str, reason: Refusal) -> str:
        name = display((key,))
        if reason is Refusal.RESERVED_BY_WINDOWS:
            return Message("{key} cannot be a global hotkey: Windows keeps F12 and the Win key combinations for "
                           "itself. Use another F-key (foot pedals send F13–F24), a media key, or a key together "
                           "with Ctrl or Alt.", key=name).render(current_language())
        if reason is Refusal.NO_WINDOWS_KEY:
            return self.tr("{key} cannot be a global hotkey: Windows has no key code for it. Use F1–F24 (foot "
                           "pedals send F13–F24), a media key, or a letter, digit or F-key together with Ctrl "
                           "or Alt.").format(key=name)
        return self.tr("{key} cannot be a global hotkey: taken from the whole system, it would stop working in "
                       "every other program, the streaming client included. Use F1–F24 (foot pedals send "
                       "F13–F24), a media key, or a key together with Ctrl or Alt.").format(key=name)

    def conflict(self, conflict: GlobalConflict) -> str:
        """The sentence to show for a `find_conflict` result."""
        if conflict.refusal is not None:
            return self.refusal(conflict.key, conflict.refusal)
        return self.tr("{key} is already used for “{action}”. Choose another key, or first remove it there.").format(
            key=display((conflict.key,)), action=self.label(conflict.taken_by))
