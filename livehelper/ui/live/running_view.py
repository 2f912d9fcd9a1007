"""While live: the line-up table beside big totals, the picked product, +1 and explain buttons and the chart.

This module only lays out and shows; the workspace decides what a key or a button does.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.live import PLATFORM_NAMES, link_label
from livehelper.services.live.session_state import LiveSnapshot
from livehelper.ui.appearance.theme import current, follow, restyle, table_follows_scale
from livehelper.ui.keys.live_key_dialog import LiveActionNames
from livehelper.ui.keys.live_keys import LiveBindings
from livehelper.ui.keys.prompter_key_dialog import display
from livehelper.ui.live.chart import MinuteChart
from livehelper.ui.live.interpreter import LiveAction
from livehelper.ui.live.lineup_model import LineupTableModel
from livehelper.ui.live.money import clock, yuan
from livehelper.ui.widgets.announce import announce
from livehelper.ui.widgets.column_scroll import ColumnScrollArea
from livehelper.ui.widgets.row_selection import select_only_row

PROGRESS_STEPS = 1000
PRODUCT_COLUMN = 1  # the line-up column that takes the room the figures leave


def _shown(keys: tuple[str, ...]) -> str:
    """Keys as the keyboard labels them, each once (Return and Enter are both 回车 in Chinese)."""
    return ", ".join(dict.fromkeys(display((key,)) for key in keys)) or "—"


def _label(name: str) -> QLabel:
    """A label with the look the application sheet gives `name` (appearance/widget_sheet.py)."""
    label = QLabel()
    label.setObjectName(name)
    return label


class RunningView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveRunningView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = _label("liveTitle")
        self.title.setWordWrap(True)  # a long session name, or large text, takes two lines
        self.durable_label = _label("liveDurable")
        self._saving: bool | None = None
        self.durable_label.setAccessibleName(self.tr("Saved state of the tallies"))
        self.model = LineupTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("liveLineup")
        self.table.setAccessibleName(self.tr("Line-up with sales"))
        self.table.setAccessibleDescription(self.tr(
            "A digit picks the product with that link number; the keys listed under the table tally and explain it"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        table_follows_scale(self.table, row_height=44)
        header = self.table.horizontalHeader()
        # Widths are fitted once per session (fit_columns): fitting on every tally would read every cell.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PRODUCT_COLUMN, QHeaderView.ResizeMode.Stretch)

        self.items_label = _label("liveItems")
        self.items_label.setAccessibleName(self.tr("Items sold"))
        self.revenue_label = _label("liveRevenue")
        self.revenue_label.setAccessibleName(self.tr("Revenue"))
        self.elapsed_label = _label("liveElapsed")
        self.elapsed_label.setAccessibleName(self.tr("Time on air"))
        self.goal_bar = QProgressBar()
        self.goal_bar.setObjectName("liveGoal")
        self.goal_bar.setAccessibleName(self.tr("Progress to the revenue goal"))
        self.goal_bar.setRange(0, PROGRESS_STEPS)
        self.goal_bar.setMinimumHeight(34)
        self.picked_label = _label("livePicked")
        self.picked_label.setAccessibleName(self.tr("Picked product"))
        self.picked_label.setWordWrap(True)
        self.status_label = _label("liveStatus")
        self.status_label.setWordWrap(True)
        self.plus_button = QPushButton("+&1")
        self.plus_button.setObjectName("livePlusOne")
        self.plus_button.setAccessibleName(self.tr("Sold one of the picked product"))
        self.plus_button.setMinimumHeight(96)
        self.explain_button = self._big_button(self.tr("E&xplain this"), self.tr("Explain the picked product"))
        self.undo_button = self._big_button(self.tr("&Undo"), self.tr("Undo the last tally"))
        self.chart = MinuteChart()
        self.chart.setMinimumHeight(150)
        self.overlay_button = self._button(self.tr("Stream &overlay"), self.tr("Open the stream overlay"))
        self.history_button = self._button(self.tr("Histor&y"), self.tr("Past live streams"))
        self.keys_button = self._button(self.tr("&Keys…"), self.tr("Change the live keys"))
        self.stop_button = self._button(self.tr("&End live stream"), self.tr("End the live stream"))
        self.stop_button.setObjectName("liveStop")
        for button, description in (
                (self.overlay_button, self.tr("Opens a window with the product and totals, for OBS to capture")),
                (self.history_button, self.tr("Shows the reports of earlier live streams")),
                (self.keys_button, self.tr("Changes the keys or foot pedal for tallies and explaining")),
                (self.stop_button, self.tr("Ends the stream after asking, and shows its report"))):
            button.setToolTip(description)
        self.key_hint = _label("liveKeyHint")
        self.key_hint.setWordWrap(True)
        self._layout()

    def _big_button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setMinimumHeight(56)
        button.setObjectName("liveBigButton")
        return button

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        return button

    def _layout(self) -> None:
        on_air = _label("liveOnAir")
        on_air.setText(self.tr("On air"))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(on_air)
        header.addWidget(self.elapsed_label)
        header.addSpacing(12)
        header.addWidget(self.durable_label)
        totals = QFrame()
        totals.setObjectName("liveTotals")
        grid = QGridLayout(totals)
        for column, (caption, value) in enumerate(((self.tr("Items sold"), self.items_label),
                                                   (self.tr("Revenue"), self.revenue_label))):
            caption_label = _label("liveCaption")
            caption_label.setText(caption)
            grid.addWidget(caption_label, 0, column)
            grid.addWidget(value, 1, column, Qt.AlignmentFlag.AlignBottom)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 5)
        grid.addWidget(self.goal_bar, 2, 0, 1, 2)
        self._buttons = QWidget()
        buttons = QGridLayout(self._buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.plus_button, 0, 0, 1, 2)
        buttons.addWidget(self.explain_button, 1, 0)
        buttons.addWidget(self.undo_button, 1, 1)
        self._totals = totals
        self._side = side = QVBoxLayout()
        side_widget = QWidget()
        side_widget.setLayout(side)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 2)
        middle.addWidget(ColumnScrollArea(side_widget), 1)  # with large text the column scrolls, not the window
        self._footer = QGridLayout()
        self._footer.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(middle, 1)
        layout.addLayout(self._footer)
        follow(self, self._arrange_footer)
        follow(self, self._arrange_side)

    def _arrange_side(self) -> None:
        """Totals, picked product, +1 and the chart; with large text the picked product and +1 come first, so
        they stay in view and the totals and chart scroll below them."""
        order = [self._totals, self.picked_label, self._buttons, self.status_label, self.chart]
        if current().factor > 1:
            order = [self.picked_label, self._buttons, self._totals, self.status_label, self.chart]
        for widget in order:
            self._side.removeWidget(widget)
        for widget in order:
            self._side.addWidget(widget, 1 if widget is self.chart else 0)

    def _arrange_footer(self) -> None:
        """The key hint left of the buttons; with large text on a row of its own above them, where it wraps onto
        two lines instead of five and leaves that height to the line-up and the totals."""
        own_row = current().factor > 1
        buttons = (self.overlay_button, self.history_button, self.keys_button, self.stop_button)
        for widget in (self.key_hint, *buttons):
            self._footer.removeWidget(widget)
        self._footer.addWidget(self.key_hint, 0, 0, 1, len(buttons) + 1 if own_row else 1)
        for column, button in enumerate(buttons, start=1):
            self._footer.addWidget(button, int(own_row), column)

    # showing
    def show_snapshot(self, snapshot: LiveSnapshot) -> None:
        session = snapshot.session
        self.title.setText(self.tr("{title} · {platform}").format(
            title=session.title, platform=PLATFORM_NAMES[session.platform]))
        self.model.set_snapshot(snapshot)
        self.items_label.setText(str(snapshot.totals.items))
        self.revenue_label.setText(yuan(snapshot.totals.revenue_fen))
        self._show_goal(snapshot)
        self.show_durable(snapshot.pending)

    def _show_goal(self, snapshot: LiveSnapshot) -> None:
        goal = snapshot.session.goal_fen
        if goal <= 0:
            self.goal_bar.setValue(0)
            self.goal_bar.setFormat(self.tr("No revenue goal"))
            return
        revenue = snapshot.totals.revenue_fen
        self.goal_bar.setValue(int(snapshot.totals.progress(goal) * PROGRESS_STEPS))
        percent = revenue * 100 // goal
        self.goal_bar.setFormat(self.tr("Goal {goal}: {percent}%").format(goal=yuan(goal), percent=percent))

    def fit_columns(self) -> None:
        """Fit the columns once per session, wide enough for the figures they will grow to (a sold-out mark,
        thousands of yuan); the product column takes the rest."""
        self.table.ensurePolished()
        bold = QFont(self.table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for column, samples in self.model.widest_texts().items():
            self.table.resizeColumnToContents(column)
            needed = max(metrics.horizontalAdvance(text) for text in samples) + 12
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), needed))
        self._fit_product_column()

    def _fit_product_column(self) -> None:
        """The product column takes the room the figures leave, but never less than a short product name: with
        large text the table then scrolls sideways instead of squeezing the names to nothing."""
        header = self.table.horizontalHeader()
        figures = sum(self.table.columnWidth(column) for column in range(header.count()) if column != PRODUCT_COLUMN)
        shortest = QFontMetrics(self.table.font()).horizontalAdvance("商" * 7)
        if self.table.viewport().width() - figures >= shortest:
            header.setSectionResizeMode(PRODUCT_COLUMN, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(PRODUCT_COLUMN, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(PRODUCT_COLUMN, shortest)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_product_column()

    def show_durable(self, pending: int) -> None:
        saving = pending > 0
        if saving == self._saving:
            return
        was_saving, self._saving = self._saving, saving
        restyle(self.durable_label, saving=saving)
        if saving:
            self.durable_label.setText(self.tr("Saving…"))
        else:
            self.durable_label.setText(self.tr("✓ Saved"))
            if was_saving:
                announce(self.durable_label, self.tr("Tallies saved"))

    def show_elapsed(self, elapsed: timedelta) -> None:
        self.elapsed_label.setText(clock(elapsed))

    def show_picked(self, position: int | None, name: str, awaiting_quantity: bool) -> None:
        if position is None:
            text = self.tr("Press a number key to pick a product")
        else:
            text = self.tr("Picked: {link} {name}").format(link=link_label(position), name=name)
        if awaiting_quantity:
            text += self.tr("  × ? press a digit for the quantity")
        self.picked_label.setText(text)
        self.plus_button.setEnabled(position is not None)
        self.explain_button.setEnabled(position is not None)
        row = self.model.row_of_position(position) if position is not None else None
        if row is not None and self.table.currentIndex().row() != row:
            select_only_row(self.table, row, scroll=True)

    def show_keys(self, bindings: LiveBindings) -> None:
        """The key hint under the table and the buttons' tooltips, for the bindings in use."""
        keys = {action: _shown(bindings.get(action, ())) for action in LiveAction}
        self.key_hint.setText(self.tr(
            "Keys: 0–9 pick · {tally} +1 · {multiply} then a digit: several · {undo} undo · "
            "{next} / {previous} explain next / previous · {explain} explain the picked").format(
            tally=keys[LiveAction.TALLY], multiply=keys[LiveAction.MULTIPLY], undo=keys[LiveAction.UNDO],
            next=keys[LiveAction.EXPLAIN_NEXT], previous=keys[LiveAction.EXPLAIN_PREVIOUS],
            explain=keys[LiveAction.EXPLAIN_PICKED]))
        names = LiveActionNames(self)
        for button, action in ((self.plus_button, LiveAction.TALLY), (self.undo_button, LiveAction.UNDO),
                               (self.explain_button, LiveAction.EXPLAIN_PICKED)):
            button.setToolTip(self.tr("{action} (key: {keys})").format(action=names.label(action),
                                                                       keys=keys[action]))
