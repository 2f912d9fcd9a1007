"""The teleprompter's control strip: a big button for every key, and the options (theme, mirror, screen…)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from livehelper.ui.keys.prompter_keys import Action
from livehelper.ui.prompter.settings import SECONDS_RANGE, SPEED_STEP
from livehelper.ui.prompter.view import Theme


class ControlStrip(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prompterControls")
        self.buttons: dict[Action, QAbstractButton] = {}
        self.speed_label = QLabel()
        self.size_label = QLabel()
        for label in (self.speed_label, self.size_label):
            label.setObjectName("valueLabel")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        actions = QHBoxLayout()
        actions.setSpacing(5)
        for group in (
            [(Action.PREVIOUS, self.tr("◀ Previous")), (Action.PAUSE, self.tr("▶ Start")),
             (Action.NEXT, self.tr("Next ▶"))],
            [(Action.SLOWER, self.tr("Slower")), self.speed_label, (Action.FASTER, self.tr("Faster"))],
            [(Action.SMALLER, self.tr("A−")), self.size_label, (Action.BIGGER, self.tr("A+"))],
            [(Action.FLASH_SALE, self.tr("Flash sale"))],
            [(Action.FULL_SCREEN, self.tr("Full screen")), (Action.KEYS, self.tr("Keys…")),
             (Action.LEAVE, self.tr("Close"))],
        ):
            for item in group:
                actions.addWidget(item if isinstance(item, QLabel) else self._button(*item))
            actions.addSpacing(8)
        actions.addStretch(1)
        self.buttons[Action.PAUSE].setObjectName("pauseButton")
        self.buttons[Action.PAUSE].setMinimumWidth(120)  # "Start" and "Pause" take the same room
        self.buttons[Action.FLASH_SALE].setObjectName("flashSaleButton")

        self.theme = QComboBox()
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.addItem(self.tr("High contrast (yellow on black)"), "contrast")
        self.mirror = QCheckBox(self.tr("&Mirror text"))
        self.stay_on_top = QCheckBox(self.tr("Stay on &top"))
        self.buttons[Action.MIRROR] = self.mirror
        self.buttons[Action.STAY_ON_TOP] = self.stay_on_top
        self.screen = QComboBox()
        self.card_seconds = self._seconds()
        self.flash_sale_seconds = self._seconds()
        self.capture = QCheckBox(self.tr("&Hide from screen capture (OBS)"))
        self.screen.setToolTip(self.tr("The screen the teleprompter fills, e.g. the one facing you"))
        self.card_seconds.setToolTip(self.tr("How long each card shows when the teleprompter moves on by itself"))
        self.flash_sale_seconds.setToolTip(self.tr("Length of the flash-sale countdown"))
        self.capture.setToolTip(self.tr("Keeps OBS and the streaming client from capturing this window, where the "
                                        "system allows it"))
        self.capture_note = QLabel()
        self.capture_note.setObjectName("captureNote")
        self.capture_note.setWordWrap(True)
        options = QGridLayout()
        options.setHorizontalSpacing(10)
        options.setVerticalSpacing(4)
        options.addWidget(self._label(self.tr("Th&eme:"), self.theme), 0, 0)
        options.addWidget(self.theme, 0, 1)
        options.addWidget(self._label(self.tr("Sc&reen:"), self.screen), 1, 0)
        options.addWidget(self.screen, 1, 1)
        options.addWidget(self._label(self.tr("&Seconds per card:"), self.card_seconds), 0, 2)
        options.addWidget(self.card_seconds, 0, 3)
        options.addWidget(self._label(self.tr("&Flash-sale seconds:"), self.flash_sale_seconds), 1, 2)
        options.addWidget(self.flash_sale_seconds, 1, 3)
        options.addWidget(self.mirror, 0, 4)
        options.addWidget(self.stay_on_top, 1, 4)
        options.addWidget(self.capture, 0, 5)
        options.addWidget(self.capture_note, 1, 5)
        options.setColumnStretch(5, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(actions)
        layout.addLayout(options)

    def _button(self, action: Action, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and the arrows always reach the teleprompter
        button.setMinimumHeight(46)
        self.buttons[action] = button
        return button

    def _seconds(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(*SECONDS_RANGE)
        spin.setSuffix(self.tr(" s"))
        spin.setKeyboardTracking(False)
        return spin

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def set_paused(self, paused: bool) -> None:
        self.buttons[Action.PAUSE].setText(self.tr("▶ Start") if paused else self.tr("❚❚ Pause"))

    def set_flash_sale_running(self, running: bool) -> None:
        self.buttons[Action.FLASH_SALE].setText(self.tr("Stop flash sale") if running else self.tr("Flash sale"))

    def set_full_screen(self, on: bool) -> None:
        self.buttons[Action.FULL_SCREEN].setText(self.tr("Leave full screen") if on else self.tr("Full screen"))

    def show_values(self, speed: int, font_size: int) -> None:
        # a step count, as the Slower/Faster keys change it: a plain number, not pixels per second
        self.speed_label.setText(self.tr("speed {step}").format(step=max(1, speed // SPEED_STEP)))
        self.size_label.setText(self.tr("{size} px").format(size=font_size))

    def apply_theme(self, theme: Theme) -> None:
        text, panel, accent, muted = (theme.text.name(), theme.panel.name(), theme.accent.name(),
                                      theme.muted.name())
        self.setStyleSheet(
            f"#prompterControls {{ background: {panel}; border-top: 1px solid {muted}; }}"
            f"QLabel, QCheckBox {{ color: {text}; font-size: 15px; }}"
            f"#valueLabel {{ font-size: 16px; min-width: 62px; }}"
            f"#captureNote {{ color: {muted}; font-size: 13px; }}"
            f"QPushButton {{ font-size: 17px; padding: 6px 10px; color: {text}; background: #2b2b2b;"
            f" border: 1px solid {muted}; border-radius: 6px; }}"
            f"QPushButton:hover {{ border-color: {accent}; }}"
            f"QPushButton:pressed {{ background: #444444; }}"
            f"#pauseButton {{ font-weight: bold; border: 2px solid {accent}; }}"
            f"#flashSaleButton {{ color: #ffffff; background: #a33b2a; border-color: #ff6b57; }}"
            f"QComboBox {{ font-size: 15px; min-height: 26px; color: {text}; background: #2b2b2b;"
            f" border: 1px solid {muted}; border-radius: 4px; padding: 1px 6px; }}"
            f"QComboBox QAbstractItemView {{ color: {text}; background: #2b2b2b;"
            f" selection-background-color: {accent}; selection-color: #000000; }}"
            "QSpinBox { font-size: 15px; min-height: 26px; }")
        palette = QPalette(self.palette())  # spin boxes keep the native arrows, in the theme's colours
        for role, colour in ((QPalette.ColorRole.Base, "#2b2b2b"), (QPalette.ColorRole.Button, "#2b2b2b"),
                             (QPalette.ColorRole.Text, text), (QPalette.ColorRole.ButtonText, text),
                             (QPalette.ColorRole.WindowText, text), (QPalette.ColorRole.Window, panel)):
            palette.setColor(role, QColor(colour))
        for spin in (self.card_seconds, self.flash_sale_seconds):
            spin.setPalette(palette)
