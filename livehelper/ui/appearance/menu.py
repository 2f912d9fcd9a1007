"""The View menu's appearance items: 界面大小 100–200% (Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 back to 100%) and
高对比度大字."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from livehelper.ui.appearance import theme as appearance
from livehelper.ui.appearance.theme import SCALES, Appearance
from livehelper.ui.keys.commands import DEFAULT_KEYS, sequences, tag


class AppearanceMenu(QObject):
    def __init__(self, menu: QMenu, data_dir: Path, window: QWidget) -> None:
        super().__init__(window)
        self.data_dir = data_dir
        size_menu = menu.addMenu(self.tr("Interface si&ze"))
        self.scale_group = QActionGroup(self)
        self.scale_group.setExclusive(True)
        labels = {100: self.tr("&100%"), 125: self.tr("12&5%"), 150: self.tr("15&0%"), 175: self.tr("1&75%"),
                  200: self.tr("&200%")}
        self.scale_actions: dict[int, QAction] = {}
        for scale in SCALES:
            action = QAction(labels[scale], self, checkable=True)
            action.triggered.connect(lambda _=False, chosen=scale: self._choose(scale=chosen))
            self.scale_group.addAction(action)
            size_menu.addAction(action)
            self.scale_actions[scale] = action
        size_menu.addSeparator()
        self.bigger_action = self._add(size_menu, self.tr("&Bigger"), lambda: self._choose_from(Appearance.bigger),
                                       "window.bigger")
        self.smaller_action = self._add(size_menu, self.tr("S&maller"),
                                        lambda: self._choose_from(Appearance.smaller), "window.smaller")
        self.reset_action = self._add(size_menu, self.tr("&Reset to 100%"), lambda: self._choose(scale=SCALES[0]),
                                      "window.reset_scale")
        self.contrast_action = self._add(menu, self.tr("&High contrast, large text"),
                                         lambda: self._choose(high_contrast=self.contrast_action.isChecked()),
                                         "window.high_contrast")
        self.contrast_action.setCheckable(True)
        for action in (self.bigger_action, self.smaller_action, self.reset_action, self.contrast_action):
            window.addAction(action)  # the keys work while the menu is closed, in every workspace
        appearance.manager().changed.connect(self._show)
        appearance.apply(appearance.load(data_dir))  # the one remembered for this data folder
        self._show(appearance.current())

    def _add(self, menu: QMenu, text: str, slot: object, command: str) -> QAction:
        """A menu item whose keys are `command`'s (re-bindable on the 快捷键 page)."""
        action = QAction(text, self)
        tag(action, command)
        action.setShortcuts(sequences(DEFAULT_KEYS[command]))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _choose(self, **change: object) -> None:
        now = appearance.current()
        chosen = Appearance(int(change.get("scale", now.scale)),  # type: ignore[call-overload]
                            bool(change.get("high_contrast", now.high_contrast)))
        appearance.apply(chosen, self.data_dir)

    def _choose_from(self, step: object) -> None:
        appearance.apply(step(appearance.current()), self.data_dir)  # type: ignore[operator]

    def _show(self, shown: Appearance) -> None:
        self.scale_actions[shown.scale].setChecked(True)
        self.contrast_action.setChecked(shown.high_contrast)
        self.bigger_action.setEnabled(shown.scale < SCALES[-1])
        self.smaller_action.setEnabled(shown.scale > SCALES[0])


def add_appearance_items(menu: QMenu, data_dir: Path, window: QWidget) -> AppearanceMenu:
    """Build the appearance items into `menu` and show the window in the appearance saved in `data_dir`."""
    menu.addSeparator()
    return AppearanceMenu(menu, data_dir, window)
