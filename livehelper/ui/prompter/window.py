"""提词器: the teleprompter window. It shows what PrompterService says and changes it only through it."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QColor, QGuiApplication, QKeySequence, QScreen, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from livehelper.domain.decks import DeckKind
from livehelper.services.cues.prompter import ENTITY, PrompterService
from livehelper.services.events import ChangeEvent
from livehelper.ui.bridge import EventBridge
from livehelper.ui.keys.prompter_key_dialog import ActionNames, KeyBindingsDialog, display
from livehelper.ui.keys.prompter_keys import REPEATING, Action, Bindings
from livehelper.ui.prompter.capture import capture_exclusion_available, set_excluded_from_capture
from livehelper.ui.prompter.controls import ControlStrip
from livehelper.ui.prompter.header import PrompterHeader
from livehelper.ui.prompter.options import SAVE_DELAY_MS, DisplayOptions
from livehelper.ui.prompter.settings import FONT_STEP, SPEED_STEP, Countdown, PrompterSettings
from livehelper.ui.prompter.view import ALARM, THEMES, PrompterView
from livehelper.ui.window_title import window_title

FRAME_MS = 16
ALARM_SECONDS = 10


class TeleprompterWindow(DisplayOptions):
    def __init__(self, prompter: PrompterService, bridge: EventBridge, data_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("teleprompter")
        self.setWindowTitle(window_title(self.tr("Teleprompter")))
        self._prompter = prompter
        self._data_dir = data_dir
        self.settings = PrompterSettings.load(data_dir)
        self._state = prompter.state()
        self._shown_card: tuple[int | None, int] | None = None
        self._shortcuts: list[QShortcut] = []
        self.view = PrompterView()
        self.header = PrompterHeader()
        self.controls = ControlStrip()
        self.card_countdown = Countdown(self.settings.card_seconds)
        self.flash_sale = Countdown(self.settings.flash_sale_seconds)
        self._clock = QElapsedTimer()
        self._frames = QTimer(self, interval=FRAME_MS, timerType=Qt.TimerType.PreciseTimer)
        self._frames.timeout.connect(self._tick)
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_settings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.controls)
        self._handlers: dict[Action, Callable[[], object]] = {
            Action.PAUSE: prompter.toggle_pause, Action.NEXT: prompter.next_card,
            Action.PREVIOUS: prompter.previous_card,
            Action.FASTER: lambda: self.set_speed(self.settings.speed + SPEED_STEP),
            Action.SLOWER: lambda: self.set_speed(self.settings.speed - SPEED_STEP),
            Action.BIGGER: lambda: self.set_font_size(self.settings.font_size + FONT_STEP),
            Action.SMALLER: lambda: self.set_font_size(self.settings.font_size - FONT_STEP),
            Action.FLASH_SALE: self.toggle_flash_sale,
            Action.MIRROR: lambda: self.set_mirrored(not self.settings.mirror),
            Action.THEME: self.next_theme,
            Action.STAY_ON_TOP: lambda: self.set_stay_on_top(not self.settings.stay_on_top),
            Action.FULL_SCREEN: lambda: self.set_full_screen(not self.isFullScreen()),
            Action.CONTROLS: lambda: self.set_controls_visible(not self.controls.isVisible()),
            Action.KEYS: self.edit_keys, Action.LEAVE: self.leave,
        }
        self._connect_controls()
        self._fill_screens()
        self._apply_settings()
        self.apply_bindings(self.settings.keys)
        bridge.changed.connect(self._on_change)
        self._refresh()
        self._save_timer.stop()  # applying the saved settings changed nothing worth writing
        self.resize(1180, 720)

    # wiring
    def _connect_controls(self) -> None:
        controls = self.controls
        for action, button in controls.buttons.items():
            if action not in (Action.MIRROR, Action.STAY_ON_TOP):
                button.clicked.connect(partial(self.trigger, action))
        self.header.controls_button.clicked.connect(partial(self.trigger, Action.CONTROLS))
        controls.mirror.toggled.connect(self.set_mirrored)
        controls.stay_on_top.toggled.connect(self.set_stay_on_top)
        controls.theme.activated.connect(lambda i: self.set_theme(controls.theme.itemData(i)))
        controls.screen.activated.connect(lambda i: self.set_screen(controls.screen.itemData(i)))
        controls.card_seconds.valueChanged.connect(self.set_card_seconds)
        controls.flash_sale_seconds.valueChanged.connect(self.set_flash_sale_seconds)
        for spin in (controls.card_seconds, controls.flash_sale_seconds):
            spin.editingFinished.connect(self.view.setFocus)
        controls.capture.toggled.connect(self.set_hidden_from_capture)
        application = QGuiApplication.instance()
        application.screenAdded.connect(self._screens_changed)  # type: ignore[attr-defined]
        application.screenRemoved.connect(self._screens_changed)  # type: ignore[attr-defined]

    def _screens_changed(self, _screen: QScreen) -> None:
        self._fill_screens()

    def _apply_settings(self) -> None:
        s = self.settings
        self.set_font_size(s.font_size)
        self.set_speed(s.speed)
        self.set_theme(s.theme)
        self.set_mirrored(s.mirror)
        self.controls.card_seconds.setValue(s.card_seconds)
        self.controls.flash_sale_seconds.setValue(s.flash_sale_seconds)
        self.set_controls_visible(s.show_controls)
        if s.stay_on_top:
            self.set_stay_on_top(True)
        available = capture_exclusion_available()
        self.controls.capture.setEnabled(available)
        self.controls.capture.setChecked(available and s.hide_from_capture)
        self.controls.capture_note.setText("" if available else self.tr(
            "Not available here: hiding from screen capture works only on Windows 10 version 2004 or newer."))

    def apply_bindings(self, bindings: Bindings) -> None:
        """Use `bindings` (already free of conflicts) for the keys, the buttons' tooltips and the prefs."""
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._shortcuts = []
        names = ActionNames(self)
        for action, keys in bindings.items():
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setAutoRepeat(action in REPEATING)
                shortcut.activated.connect(partial(self.trigger, action))
                self._shortcuts.append(shortcut)
            tip = names.label(action)
            if keys:
                tip = self.tr("{action} (key: {keys})").format(action=tip, keys=display(keys))
            widget = {Action.THEME: self.controls.theme,
                      Action.CONTROLS: self.header.controls_button}.get(action) or self.controls.buttons.get(action)
            if widget is not None:
                widget.setToolTip(tip)
        if bindings != self.settings.keys:
            self.settings.keys = dict(bindings)
            self._save_soon()

    def bindings(self) -> Bindings:
        return dict(self.settings.keys)

    def trigger(self, action: Action) -> None:
        self._handlers[action]()

    # the service's state
    def _on_change(self, event: ChangeEvent) -> None:
        if event.entity == ENTITY:
            self._refresh()

    def _refresh(self) -> None:
        state = self._state = self._prompter.state()
        shown = (state.deck_id, state.index)
        new_card = shown != self._shown_card
        if state.card is None:
            self.view.set_text(self.tr("No cue cards to show.\nChoose a deck in the Cue cards workspace."),
                               placeholder=True)
        else:
            self.view.set_text(state.card.text, reset=new_card)
        if new_card:
            self._shown_card = shown
            self.card_countdown.reset()
        self.controls.set_paused(state.paused)
        self._update_frames()
        self._show_times()

    def _running(self) -> bool:
        return not self._state.paused and self._state.card is not None

    def _update_frames(self) -> None:
        needed = self._running() or self.flash_sale.running
        if needed and not self._frames.isActive():
            self._clock.start()
            self._frames.start()
        elif not needed:
            self._frames.stop()

    def _tick(self) -> None:
        seconds = min(self._clock.restart() / 1000, 0.25)
        if self._running():
            self.view.scroll_by(self.settings.speed * seconds)
            self.card_countdown.advance(seconds)
        if self.flash_sale.running:
            self.flash_sale.advance(seconds)
        self._show_times()
        self._update_frames()

    def _show_times(self) -> None:
        self.header.show_state(self._state, self.view.at_end() and self.view.max_offset() > 0)
        self.header.show_card_time(self.card_countdown.text(), self.card_countdown.finished)
        visible = self.flash_sale.running or self.flash_sale.finished or self._state.kind == DeckKind.FLASH_SALE
        self.header.show_flash_sale(visible, self.flash_sale.text(), self.flash_sale_color())
        self.controls.set_flash_sale_running(self.flash_sale.running)

    # card timer and 秒杀 countdown
    def card_remaining(self) -> float:
        return self.card_countdown.remaining

    def toggle_flash_sale(self) -> None:
        if self.flash_sale.running:
            self.flash_sale.stop()
        else:
            self.flash_sale.start()
        self._update_frames()
        self._show_times()

    def flash_sale_remaining(self) -> float:
        return self.flash_sale.remaining

    def set_flash_sale_remaining(self, seconds: float) -> None:
        self.flash_sale.remaining = max(0.0, seconds)
        self._show_times()

    def flash_sale_color(self) -> QColor:
        """Red in the last ten seconds (and at zero), the theme's accent before."""
        alarm = self.flash_sale.remaining <= ALARM_SECONDS and (self.flash_sale.running or self.flash_sale.finished)
        return QColor(ALARM) if alarm else QColor(THEMES[self.settings.theme].accent)

    def set_hidden_from_capture(self, on: bool) -> None:
        if on and not set_excluded_from_capture(self, True):
            self.controls.capture.setChecked(False)
            if capture_exclusion_available():
                self.controls.capture_note.setText(self.tr("Windows refused to hide this window from capture."))
            return
        if not on:
            set_excluded_from_capture(self, False)
        self.settings.hide_from_capture = on
        self._save_soon()

    # In the main window the 快捷键 page edits these keys (shown over this window), with every other key in view.
    keys_page: Callable[[QWidget], object] | None = None

    def edit_keys(self) -> None:
        if self.keys_page is not None:
            self.keys_page(self)
            return
        dialog = KeyBindingsDialog(self.settings.keys, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_bindings(dialog.bindings())
        dialog.deleteLater()

    # lifetime
    def save_settings(self) -> None:
        self._save_timer.stop()
        self.settings.save(self._data_dir)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.settings.hide_from_capture and self.controls.capture.isChecked():
            set_excluded_from_capture(self, True)  # the native window may be new (stay-on-top re-creates it)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._frames.stop()
        self.save_settings()
        super().closeEvent(event)
