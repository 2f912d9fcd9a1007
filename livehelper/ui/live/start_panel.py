"""Before the stream: title, platform, revenue goal, start time and the line-up (1号链接, 2号链接 …)."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livehelper import prefs
from livehelper.domain.errors import LiveHelperError, ValidationError
from livehelper.domain.live import PLATFORM_NAMES, Platform
from livehelper.domain.money import parse_fen
from livehelper.services.context import AppContext
from livehelper.ui.i18n import current_language
from livehelper.ui.live.lineup_builder import LineupBuilder
from livehelper.ui.live.money import yuan
from livehelper.ui.widgets.errors import show_error

PREFS_KEY = "live_start"  # the platform and goal of the last stream, offered again next time


class StartPanel(QWidget):
    """Emits `started` once context.live.start() succeeded."""

    started = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveStartPanel")
        self._context = context
        heading = QLabel(self.tr("Start a live stream"))
        heading.setObjectName("liveStartHeading")  # the looks: appearance/widget_sheet.py
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Millet harvest special"))
        self.title_edit.setMaxLength(80)
        self.platform = QComboBox()
        self.platform.setAccessibleName(self.tr("Platform"))
        self.platform.setToolTip(self.tr("The platform you stream on, as the report will name it"))
        for platform, name in PLATFORM_NAMES.items():
            self.platform.addItem(name, platform.value)
        self.goal_edit = QLineEdit()
        self.goal_edit.setAccessibleName(self.tr("Revenue goal (yuan)"))
        self.goal_edit.setPlaceholderText(self.tr("e.g. 5000 (empty: no goal)"))
        self._offered_time = QDateTime.currentDateTime()
        self._offered_title = ""
        self.start_time = QDateTimeEdit(self._offered_time)
        self.start_time.setAccessibleName(self.tr("Start time"))
        self.start_time.setAccessibleDescription(self.tr(
            "When the stream starts; the arrow keys change the part under the cursor"))
        self.start_time.setCalendarPopup(True)
        self.start_time.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.title_error, self.goal_error, self.lineup_error = QLabel(), QLabel(), QLabel()
        for label in (self.title_error, self.goal_error, self.lineup_error):
            label.setObjectName("liveStartError")
            label.setWordWrap(True)
            label.hide()
        self.goal_edit.textEdited.connect(lambda _text: self.goal_error.hide())
        self.title_edit.textEdited.connect(lambda _text: self.title_error.hide())

        self.builder = LineupBuilder(context)
        self.builder.changed.connect(self.lineup_error.hide)
        self.start_button = QPushButton(self.tr("▶ Start live strea&m"))
        self.start_button.setAccessibleName(self.tr("Start live stream"))
        self.start_button.setToolTip(self.tr("Goes on air with this line-up: tallies, goal and overlay start"))
        self.start_button.setObjectName("liveStartButton")
        self.start_button.clicked.connect(self.start)
        self.history_button = QPushButton(self.tr("Histor&y of streams…"))
        self.history_button.setAccessibleName(self.tr("Past live streams"))
        self.history_button.setToolTip(self.tr("Shows the reports of earlier live streams"))
        self.title_edit.returnPressed.connect(self.start)
        self.goal_edit.returnPressed.connect(self.start)
        self._layout(heading)
        self._restore_last_choices()

    def _layout(self, heading: QLabel) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Titl&e"), self._with_error(self.title_edit, self.title_error))
        form.addRow(self.tr("Platf&orm"), self.platform)
        form.addRow(self.tr("Revenue &goal (¥)"), self._with_error(self.goal_edit, self.goal_error))
        form.addRow(self.tr("Start t&ime"), self.start_time)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field and isinstance(label.widget(), QLabel):
                focus = field.widget().findChild(QLineEdit) or field.widget()
                label.widget().setBuddy(focus)  # type: ignore[union-attr]
        self.bottom_bar = QWidget()  # kept in view under the scrolling form by the live workspace
        self.bottom_bar.setObjectName("liveStartBar")
        bottom = QHBoxLayout(self.bottom_bar)
        bottom.addWidget(self.history_button, alignment=Qt.AlignmentFlag.AlignBottom)
        bottom.addWidget(self.lineup_error, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.start_button)
        hint = QLabel(self.tr(
            "Put the products in the same order as the product list of the live room on the platform, so that "
            "1号链接 here is 1号链接 there. While live, a number key picks a product and Enter adds one sale."))
        hint.setWordWrap(True)
        hint.setObjectName("liveStartHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        grid = QGridLayout()
        grid.addLayout(form, 0, 0)
        grid.addWidget(hint, 0, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(self.builder, 1)

    @staticmethod
    def _with_error(field: QWidget, error: QLabel) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(field)
        column.addWidget(error)
        return box

    def _restore_last_choices(self) -> None:
        saved = prefs.load(self._context.data_dir).get(PREFS_KEY)
        saved = saved if isinstance(saved, dict) else {}
        index = self.platform.findData(saved.get("platform"))
        if index >= 0:
            self.platform.setCurrentIndex(index)
        goal = saved.get("goal_fen")
        if isinstance(goal, int) and not isinstance(goal, bool) and goal > 0:
            self.goal_edit.setText(yuan(goal).lstrip("¥").replace(",", ""))

    def reset(self) -> None:
        """Ready for the next stream: today's date in the title, the start time now, fresh lists."""
        self._offered_title = ""
        self.title_edit.clear()
        self.refresh_now()
        for label in (self.title_error, self.goal_error, self.lineup_error):
            label.hide()
        self.builder.reload()
        QTimer.singleShot(0, self.builder.search.setFocus)

    def refresh_now(self) -> None:
        """The offered start time and dated title as of now, unless the user changed them: the panel may have
        been built when the app started, hours before the stream."""
        now = QDateTime.currentDateTime()
        if self.start_time.dateTime() == self._offered_time:
            self._offered_time = now
            self.start_time.setDateTime(now)
        if self.title_edit.text() in ("", self._offered_title):
            self._offered_title = self.tr("Live stream {date}").format(date=now.date().toString("yyyy-MM-dd"))
            self.title_edit.setText(self._offered_title)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_now()

    def platform_value(self) -> Platform:
        return Platform(self.platform.currentData())

    def goal_fen(self) -> int | None:
        """The goal in fen, or None after showing what is wrong with it."""
        text = self.goal_edit.text().strip()
        if not text:
            return 0
        try:
            return parse_fen(text, "goal_fen")
        except ValidationError as error:
            self._inline(self.goal_error, self.tr("Revenue goal: {reason}").format(
                reason=error.render(current_language())), self.goal_edit)
            return None

    def start(self) -> bool:
        goal = self.goal_fen()
        if goal is None:
            return False
        chosen = self.start_time.dateTime()
        # Left as offered: the stream starts now (the panel may have been open a while).
        started_at = None if chosen == self._offered_time else chosen.toPython().astimezone(UTC)
        try:
            self._context.live.start(self.title_edit.text(), self.platform_value(), goal,
                                     self.builder.product_ids(), started_at)
        except ValidationError as error:
            reason = error.render(current_language())
            if error.field_name == "title":
                self._inline(self.title_error, self.tr("Title: {reason}").format(reason=reason), self.title_edit)
            elif error.field_name == "goal_fen":
                self._inline(self.goal_error, self.tr("Revenue goal: {reason}").format(reason=reason),
                             self.goal_edit)
            else:
                self._inline(self.lineup_error, self.tr("Line-up: {reason}").format(reason=reason),
                             self.builder.search)
            return False
        except LiveHelperError as error:
            show_error(self, self.tr("The live stream did not start"), error)
            return False
        prefs.save(self._context.data_dir, **{PREFS_KEY: {"platform": self.platform_value().value,
                                                           "goal_fen": goal}})
        self.started.emit()
        return True

    @staticmethod
    def _inline(label: QLabel, text: str, focus: QWidget) -> None:
        label.setText(text)
        label.show()
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
