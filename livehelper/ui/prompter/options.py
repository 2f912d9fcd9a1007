"""How the teleprompter looks and where it sits: size, speed, theme, mirror, on top, screen, full screen.

A base class of TeleprompterWindow without any tr() call (PySide looks translations up under the runtime
class name, so visible strings live in the window class itself).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from livehelper.ui.prompter.controls import ControlStrip
from livehelper.ui.prompter.header import PrompterHeader
from livehelper.ui.prompter.settings import (
    FONT_RANGE,
    SPEED_RANGE,
    THEME_NAMES,
    Countdown,
    PrompterSettings,
)
from livehelper.ui.prompter.view import THEMES, PrompterView

SAVE_DELAY_MS = 600


class DisplayOptions(QWidget):
    settings: PrompterSettings
    view: PrompterView
    header: PrompterHeader
    controls: ControlStrip
    card_countdown: Countdown
    flash_sale: Countdown
    _save_timer: QTimer

    def _show_times(self) -> None:
        raise NotImplementedError

    def _save_soon(self) -> None:
        self._save_timer.start()

    def set_speed(self, pixels_per_second: int) -> None:
        self.settings.speed = max(SPEED_RANGE[0], min(SPEED_RANGE[1], pixels_per_second))
        self.controls.show_values(self.settings.speed, self.settings.font_size)
        self._save_soon()

    def set_font_size(self, pixels: int) -> None:
        self.settings.font_size = max(FONT_RANGE[0], min(FONT_RANGE[1], pixels))
        self.view.set_font_size(self.settings.font_size)
        self.controls.show_values(self.settings.speed, self.settings.font_size)
        self._save_soon()

    def set_theme(self, theme: str) -> None:
        self.settings.theme = theme if theme in THEME_NAMES else THEME_NAMES[0]
        colours = THEMES[self.settings.theme]
        self.view.set_theme(colours)
        self.header.apply_theme(colours)
        self.controls.apply_theme(colours)
        self.setStyleSheet(f"#teleprompter {{ background: {colours.background.name()}; }}")
        self.controls.theme.setCurrentIndex(self.controls.theme.findData(self.settings.theme))
        self._show_times()
        self._save_soon()

    def next_theme(self) -> None:
        self.set_theme(THEME_NAMES[(THEME_NAMES.index(self.settings.theme) + 1) % len(THEME_NAMES)])

    def set_mirrored(self, on: bool) -> None:
        self.settings.mirror = on
        self.view.set_mirrored(on)
        self.controls.mirror.setChecked(on)
        self._save_soon()

    def set_stay_on_top(self, on: bool) -> None:
        self.controls.stay_on_top.setChecked(on)
        if on != bool(self.windowFlags() & Qt.WindowType.WindowStaysOnTopHint):
            visible = self.isVisible()
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)  # re-creates the native window
            if visible:
                self.show()
                self.activateWindow()  # keep the keys working: the toggle came from this window
        self.settings.stay_on_top = on
        self._save_soon()

    def set_card_seconds(self, seconds: int) -> None:
        self.settings.card_seconds = seconds
        self.card_countdown.duration = float(seconds)
        self.card_countdown.reset()
        self.controls.card_seconds.setValue(seconds)
        self._show_times()
        self._save_soon()

    def set_flash_sale_seconds(self, seconds: int) -> None:
        self.settings.flash_sale_seconds = seconds
        self.flash_sale.set_duration(seconds)
        self.controls.flash_sale_seconds.setValue(seconds)
        self._show_times()
        self._save_soon()

    def set_controls_visible(self, visible: bool) -> None:
        self.settings.show_controls = visible
        self.controls.setVisible(visible)
        self.header.set_controls_visible(visible)
        self._save_soon()

    # screens and full screen
    def _fill_screens(self) -> None:
        combo = self.controls.screen
        combo.clear()
        primary = QGuiApplication.primaryScreen()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.size()  # the system's device name (screen, \\.\DISPLAY1) says nothing to a streamer
            text = self.tr("Screen {number} ({width}×{height})").format(number=number, width=size.width(),
                                                                       height=size.height())
            if screen is primary:
                text += self.tr(", main screen")
            combo.addItem(text, screen.name())
        combo.setCurrentIndex(max(0, combo.findData(self.settings.screen)))

    def chosen_screen(self) -> QScreen | None:
        name = self.controls.screen.currentData()
        return next((s for s in QGuiApplication.screens() if s.name() == name), None)

    def set_screen(self, name: str) -> None:
        self.settings.screen = name
        self.controls.screen.setCurrentIndex(max(0, self.controls.screen.findData(name)))
        if self.isFullScreen():
            self.set_full_screen(True)
        self._save_soon()

    def set_full_screen(self, on: bool) -> None:
        if on:
            screen = self.chosen_screen()
            if screen is not None and screen is not self.screen():
                self.showNormal()
                self.setScreen(screen)
                self.move(screen.availableGeometry().topLeft())
            self.showFullScreen()
        else:
            self.showNormal()
        self.controls.set_full_screen(on)

    def leave(self) -> None:
        if self.isFullScreen():
            self.set_full_screen(False)
        else:
            self.close()
