"""直播: the live workspace — the start panel before a stream, the running view (keys, tallies, totals) during it.

Keys reach the running view through an event filter and a `LiveKeyInterpreter`; other key sources (global
hotkeys, foot pedals) call `trigger()` and `feed_digit()` and take the very same path.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QStackedWidget, QVBoxLayout, QWidget

from livehelper.domain.live import link_label
from livehelper.services.context import AppContext
from livehelper.services.events import ChangeEvent, Entity
from livehelper.services.live.session_state import LineupEntry, LiveSnapshot
from livehelper.ui.appearance.theme import scrollable
from livehelper.ui.bridge import EventBridge
from livehelper.ui.keys.live_key_dialog import LiveKeysDialog
from livehelper.ui.keys.live_keys import KeyMap, LiveBindings, LiveKeyFilter, digit_of, load_bindings, save_bindings
from livehelper.ui.live import interpreter as cmd
from livehelper.ui.live.actions import LiveActions
from livehelper.ui.live.interpreter import LiveAction, LiveKeyInterpreter
from livehelper.ui.live.lineup_model import PositionRole
from livehelper.ui.live.running_view import RunningView
from livehelper.ui.live.start_panel import StartPanel
from livehelper.ui.live.windows import OVERLAY, LiveWindows
from livehelper.ui.widgets.announce import announce

TICK_MS = 1000
QUANTITY_WAIT_MS = 6000  # after the × key, how long a quantity digit is waited for
CHART_MINUTES = 30
CHART_DELAY_MS = 250  # the chart follows tallies at most four times a second


class LiveWorkspace(QWidget):
    def __init__(self, context: AppContext, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveWorkspace")
        self._context = context
        self._live = context.live
        self._bridge = bridge
        self.windows = LiveWindows(context, bridge, self)
        self.live_actions = LiveActions(context.live, self)
        self.interpreter = LiveKeyInterpreter()
        self._bindings: LiveBindings = load_bindings(context.data_dir)
        self._keymap = KeyMap(self._bindings)
        self._snapshot: LiveSnapshot | None = None

        self.start_panel = StartPanel(context)
        self.start_panel.started.connect(self.refresh)
        self.running = RunningView()
        self.stack = QStackedWidget()
        self.start_page = QWidget()  # large text on a small screen scrolls the form, 开始直播 stays in view
        start_layout = QVBoxLayout(self.start_page)
        start_layout.setContentsMargins(0, 0, 0, 0)
        start_layout.addWidget(scrollable(self.start_panel), 1)
        start_layout.addWidget(self.start_panel.bottom_bar)
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.running)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        view = self.running
        view.plus_button.clicked.connect(lambda: self.trigger(LiveAction.TALLY))
        view.explain_button.clicked.connect(lambda: self.trigger(LiveAction.EXPLAIN_PICKED))
        view.undo_button.clicked.connect(lambda: self.trigger(LiveAction.UNDO))
        view.stop_button.clicked.connect(self.stop_session)
        view.overlay_button.clicked.connect(self.open_overlay)
        view.history_button.clicked.connect(self.open_history)
        self.start_panel.history_button.clicked.connect(self.open_history)  # past streams without going live
        view.keys_button.clicked.connect(self.edit_keys)
        view.table.selectionModel().selectionChanged.connect(self._row_selected)
        self._key_filter = LiveKeyFilter(self._key_event, self)
        for widget in (self, view, *view.findChildren(QWidget)):
            widget.installEventFilter(self._key_filter)

        self._tick = QTimer(self, interval=TICK_MS, timeout=self._on_tick)
        self._coalesce = QTimer(self, singleShot=True, interval=0, timeout=self.refresh)
        self._chart_soon = QTimer(self, singleShot=True, interval=CHART_DELAY_MS, timeout=self._show_chart)
        self.quantity_wait = QTimer(self, singleShot=True, interval=QUANTITY_WAIT_MS, timeout=self._quantity_timed_out)
        bridge.changed.connect(self._on_change)
        self._show_hints()
        if not self._live.active:
            self.start_panel.reset()
        self.refresh()

    # state
    @property
    def snapshot(self) -> LiveSnapshot | None:
        return self._snapshot

    def is_running(self) -> bool:
        return self.stack.currentWidget() is self.running

    def refresh(self) -> None:
        """Show the service's state now (called right after every action, and for changes from elsewhere)."""
        self._coalesce.stop()
        snapshot = self._live.snapshot() if self._live.active else None
        was_running = self._snapshot is not None
        previous_id = self._snapshot.session.id if self._snapshot else None
        self._snapshot = snapshot
        if snapshot is None:
            self._tick.stop()
            if was_running:
                gc.unfreeze()  # see _enter_running
            if was_running or self.stack.currentWidget() is not self.start_page:
                self.stack.setCurrentWidget(self.start_page)
                self.start_panel.reset()
            return
        self.running.show_snapshot(snapshot)
        if not self._chart_soon.isActive():
            self._chart_soon.start()
        if previous_id != snapshot.session.id:
            self._enter_running(snapshot)
        self._show_picked()

    def _enter_running(self, snapshot: LiveSnapshot) -> None:
        self.running.status_label.clear()  # the last action of an earlier stream is not this one's
        explaining = self._entry_of(snapshot.explaining)
        self.interpreter.reset(len(snapshot.lineup), explaining.position if explaining else None)
        self.stack.setCurrentWidget(self.running)
        self.running.fit_columns()
        # A full garbage collection of the whole app can take 100 ms on a slow laptop: do it now (Start was just
        # pressed) and freeze the survivors, so that collections during the stream only scan what is new.
        gc.collect()
        gc.freeze()
        self._tick.start()
        self._on_tick()
        self.running.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_change(self, event: ChangeEvent) -> None:
        if event.origin is self:
            return  # our own key press: refresh() showed it in the same call
        if event.entity == Entity.LIVE_DURABLE:
            if self._snapshot is not None:  # only the ✓ 已保存 mark moves: no new snapshot
                self.running.show_durable(self._live.pending)
        elif event.entity == Entity.LIVE and not self._coalesce.isActive():
            self._coalesce.start()  # changes from elsewhere (the assistant's phone, another PC) come in bursts
        elif event.entity == Entity.PRODUCT and not self.is_running():
            self.start_panel.builder.schedule_reload()  # a product added or taken off sale meanwhile

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.is_running():  # coming to this tab: the live keys work at once
            QTimer.singleShot(0, lambda: self.running.table.setFocus(Qt.FocusReason.OtherFocusReason))

    def _on_tick(self) -> None:
        if self._live.active:
            self.running.show_elapsed(self._live.elapsed())
            self._show_chart()

    def _show_chart(self) -> None:
        if self._live.active:
            self.running.chart.set_counts(self._live.per_minute(CHART_MINUTES))

    def _entry_of(self, product_id: int | None) -> LineupEntry | None:
        lineup = self._snapshot.lineup if self._snapshot else ()
        return next((e for e in lineup if e.product.id == product_id), None)

    def _entry_at(self, position: int | None) -> LineupEntry | None:
        lineup = self._snapshot.lineup if self._snapshot else ()
        return next((e for e in lineup if e.position == position), None)

    def _show_picked(self) -> None:
        entry = self._entry_at(self.interpreter.picked)
        name = entry.product.label if entry else ""
        self.running.show_picked(entry.position if entry else None, name, self.interpreter.awaiting_quantity)

    def _say(self, text: str) -> None:
        self.running.status_label.setText(text)
        announce(self.running.status_label, text)

    # keys
    def _key_event(self, event: QKeyEvent, override_only: bool) -> bool:
        if not self.is_running():
            return False
        digit = digit_of(event)
        action = None if digit is not None else self._keymap.action_for(event)
        if digit is None and action is None:
            return False
        if override_only or event.isAutoRepeat():
            return True  # a held key tallies once, never a burst
        if digit is not None:
            self.feed_digit(digit)
        else:
            self.trigger(action)  # type: ignore[arg-type]
        return True

    def feed_digit(self, digit: int) -> None:
        self._run(self.interpreter.feed_digit(digit))

    def trigger(self, action: LiveAction) -> None:
        """Do what `action` does, as if its key was pressed (buttons, global hotkeys and pedals call this)."""
        self._run(self.interpreter.feed(action))

    def _run(self, command: cmd.Command | None) -> None:
        if self._snapshot is None or command is None:
            return
        if self.interpreter.awaiting_quantity:
            self.quantity_wait.start()
        else:
            self.quantity_wait.stop()
        match command:
            case cmd.Pick(position):
                self.pick(position)
            case cmd.Tally(qty, position):
                entry = self._entry_at(position)
                if entry is None:
                    self._say(self.tr("Press a number key to pick a product first."))
                else:
                    self.tally(entry, qty)
            case cmd.Undo():
                self.undo()
            case cmd.ExplainStep(step):
                self.explain_step(step)
            case cmd.Explain(position):
                entry = self._entry_at(position)
                if entry is not None:
                    self.explain(entry)
            case cmd.AwaitQuantity() | cmd.Cleared():
                self._show_picked()

    def _quantity_timed_out(self) -> None:
        """The wait for a quantity ends out loud, never silently: the streamer knows nothing was tallied."""
        if self.interpreter.cancel_quantity():
            self._show_picked()
            self._say(self.tr("No quantity typed: the × wait ended, nothing was tallied."))

    def pick(self, position: int) -> None:
        entry = self._entry_at(position)
        if entry is None:
            self._say(self.tr("There is no {link} in this line-up.").format(link=link_label(position)))
            previous = self.running.table.currentIndex().data(PositionRole)
            self.interpreter.picked = previous if isinstance(previous, int) else None
        self._show_picked()

    def _row_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        position = self.running.table.currentIndex().data(PositionRole)
        if isinstance(position, int) and position != self.interpreter.picked:
            self.interpreter.set_picked(position)
            self._show_picked()

    # live actions
    def tally(self, entry: LineupEntry, qty: int = 1) -> bool:
        """Tally and show the new figures in this same call; the durable mark follows by event."""
        said = self.live_actions.tally(entry, qty)
        if said is not None:
            self.refresh()
            self._say(said)
            if self._snapshot is not None and self._snapshot.remaining(entry.product.id) == 0:
                announce(self.running.table, self.tr("{name} is sold out").format(name=entry.product.name),
                         urgent=True)
        return said is not None

    def undo(self) -> None:
        said = self.live_actions.undo(self._snapshot.lineup if self._snapshot else ())
        self.refresh()
        if said is not None:
            self._say(said)

    def explain_step(self, step: int) -> None:
        lineup = self._snapshot.lineup if self._snapshot else ()
        if not lineup:
            return
        current = next((i for i, e in enumerate(lineup) if e.product.id == self._snapshot.explaining), None)
        index = 0 if current is None else max(0, min(len(lineup) - 1, current + step))
        self.explain(lineup[index])

    def explain(self, entry: LineupEntry) -> None:
        """Explain `entry`; it also becomes the picked product, so the next +1 goes to what is being shown."""
        said = self.live_actions.explain(entry)
        if said is not None:
            self.interpreter.set_picked(entry.position)
            self.refresh()
            self._say(said)

    # sessions
    def offer_resume(self) -> bool:
        """Offer to resume a session left open by a crash, or to end it (its tallies kept, its report shown)."""
        resumed, ended = self.live_actions.offer_resume()
        self.refresh()
        if ended is not None:
            self.open_report(ended.id)
        return resumed

    def stop_session(self) -> bool:
        """Ask, end the session and open its report."""
        ended = self.live_actions.stop(self._snapshot.session) if self._snapshot else None
        self.refresh()
        if ended is not None:
            self.open_report(ended.id)
        return ended is not None

    # windows
    def open_report(self, session_id: int) -> None:
        self.windows.open_report(session_id)

    def open_overlay(self) -> None:
        """Open the overlay (it never takes the keyboard: the live keys go on working); once open, the same
        button opens the overlay's menu, its keyboard way to background, size, corner and closing."""
        overlay = self.windows.get(OVERLAY)
        if overlay is None or not overlay.isVisible():
            self.windows.open_overlay()
            return
        button = self.running.overlay_button
        menu = overlay.menu(button)  # type: ignore[attr-defined]
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def open_history(self) -> None:
        self.windows.open_history()

    # key bindings
    def bindings(self) -> LiveBindings:
        return dict(self._bindings)

    def apply_bindings(self, bindings: LiveBindings) -> None:
        """Use `bindings` (already free of conflicts) and remember them in the prefs."""
        self._bindings = dict(bindings)
        self._keymap = KeyMap(self._bindings)
        save_bindings(self._context.data_dir, self._bindings)
        self._show_hints()

    # In the main window the 快捷键 page edits these keys, with every other key of the app in view.
    keys_page: Callable[[], object] | None = None

    def edit_keys(self) -> None:
        if self.keys_page is not None:
            self.keys_page()
        else:
            dialog = LiveKeysDialog(self._bindings, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.apply_bindings(dialog.bindings())
            dialog.deleteLater()
        self.running.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_hints(self) -> None:
        self.running.show_keys(self._bindings)
