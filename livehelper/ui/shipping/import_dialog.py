"""Getting a platform's order export in: choose a file, see what it would change, map titles, then import.

Reading and comparing run off the UI thread (a 50,000-row export takes seconds). Nothing is written until
导入; a file with bad rows is never partly imported from here (the command line has --skip-bad).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.errors import LiveHelperError, PasswordNeeded
from livehelper.domain.order_cells import Layout
from livehelper.domain.order_preview import preview_rows
from livehelper.services.catalog.products import ProductQuery
from livehelper.services.context import AppContext
from livehelper.services.files import read_user_file
from livehelper.services.shipping.orders import ImportPreview
from livehelper.ui.i18n import current_language
from livehelper.ui.shipping.bad_rows_model import BadRowsModel
from livehelper.ui.shipping.preview_orders_model import PreviewOrdersModel
from livehelper.ui.shipping.title_mapping import TitleMappingPanel
from livehelper.ui.tasks import BackgroundRunner
from livehelper.ui.widgets.dialog_buttons import describe_buttons
from livehelper.ui.widgets.file_places import in_documents

TitleCounts = list[tuple[str, int]]
PreviewResult = tuple[bytes, str, ImportPreview, TitleCounts]
ERROR_STYLE = "color: #b3261e; font-weight: bold;"


def title_counts(preview: ImportPreview) -> TitleCounts:
    """The unmatched titles with how many lines of the file carry each, most first."""
    wanted = set(preview.unmatched_titles)
    counts: Counter[str] = Counter()
    for order in preview.parsed.orders:
        counts.update(line.title for line in order.lines if line.title in wanted)
    for lines in preview.parsed.lines_by_order.values():
        counts.update(line.title for line in lines if line.title in wanted)
    return sorted(((title, counts[title]) for title in preview.unmatched_titles), key=lambda pair: -pair[1])


class OrderImportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = BackgroundRunner(self)
        self._generation = 0  # results of an outdated job (another file chosen meanwhile) are dropped
        self._committing = False
        self._data = b""
        self._source = ""
        self._password: str | None = None  # of the protected workbook being previewed
        self._path: Path | None = None
        self.password_prompt: QInputDialog | None = None  # open while a protected workbook waits for its password
        self.preview: ImportPreview | None = None
        self.imported: ImportPreview | None = None  # what the import wrote, once done
        self.setWindowTitle(self.tr("Import orders"))
        self.setMinimumSize(760, 560)
        self.setAcceptDrops(True)
        self._build()
        self._show_preview(None)
        if path is not None:
            self.load(path)

    # building
    def _build(self) -> None:
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.choose_button.setToolTip(self.tr("Opens an order export (CSV or Excel) and checks it before importing"))
        self.file_label = QLabel(self.tr(
            "Choose an order export of Taobao, Douyin, Kuaishou, Pinduoduo, WeChat Channels or Youzan, or a "
            "filled-in order template (CSV or Excel), or drop the file here."))
        self.file_label.setWordWrap(True)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: no known end
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_label = QLabel()
        self.orders_label = QLabel()
        self.lines_label = QLabel()
        self.summary = QGroupBox(self.tr("What the import would do"))
        summary_form = QFormLayout(self.summary)
        summary_form.addRow(self.tr("File type"), self.layout_label)
        summary_form.addRow(self.tr("Orders"), self.orders_label)
        summary_form.addRow(self.tr("Order lines"), self.lines_label)
        self.warnings = QListWidget()
        self.warnings.setMaximumHeight(110)
        self.warnings_box = self._boxed(self.tr("Warnings"), self.warnings)
        self.bad_rows_model = BadRowsModel(self)
        self.bad_rows = QTableView()
        self.bad_rows.setModel(self.bad_rows_model)
        self.bad_rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bad_rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bad_rows.setTabKeyNavigation(False)
        self.bad_rows.verticalHeader().hide()
        self.bad_rows.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.bad_rows_box = self._boxed(self.tr("Bad rows"), self.bad_rows)
        self.orders_model = PreviewOrdersModel(self)
        self.orders_table = QTableView()
        self.orders_table.setModel(self.orders_model)
        self.orders_table.setAccessibleName(self.tr("Orders in this file"))
        self.orders_table.setAccessibleDescription(self.tr(
            "Each order of the file: order number, buyer (masked), items, amount and state"))
        self.orders_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.orders_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.orders_table.setTabKeyNavigation(False)
        self.orders_table.verticalHeader().hide()
        self.orders_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.orders_box = self._boxed(self.tr("Orders in this file"), self.orders_table)
        products = self._context.catalog.page(ProductQuery(sort="name"), 0, self._context.catalog.count())
        self.titles = TitleMappingPanel(products)
        self.titles.confirm_requested.connect(self.confirm_title)
        self.titles_box = self._boxed(self.tr("Products to match"), self.titles)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.clicked.connect(self.start_import)
        self.import_button.setToolTip(self.tr("Adds the checked orders and makes their packing tasks"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        describe_buttons(buttons)
        buttons.rejected.connect(self.reject)
        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.orders_box, 1)
        layout.addWidget(self.bad_rows_box, 1)
        layout.addWidget(self.titles_box)
        layout.addWidget(self.warnings_box)
        layout.addStretch(0)
        layout.addWidget(buttons)

    @staticmethod
    def _boxed(title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(content)
        return box

    # choosing a file
    @property
    def is_busy(self) -> bool:
        return self._runner.busy

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an order export"), in_documents(""),
                                              self.tr("Order exports (*.csv *.xlsx *.xls);;All files (*)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read and preview `path` in the background; the dialog stays responsive meanwhile."""
        if self._committing:
            return
        orders = self._context.orders
        if path != self._path:
            self._path, self._password = path, None
        password = self._password

        def work() -> PreviewResult:
            data = read_user_file(path)
            preview = orders.preview(data, path.name, "auto", password)
            return data, path.name, preview, title_counts(preview)

        self.file_label.setText(str(path))
        self._show_preview(None)
        self._run_preview(work, self.tr("Reading {name}…").format(name=path.name), keep_on_error=False)

    def confirm_title(self, title: str, product_id: int) -> None:
        """Remember the title rule, then preview the same file again so that the figures are fresh."""
        if self.is_busy or not self._data:
            return
        orders, data, source, password = self._context.orders, self._data, self._source, self._password

        def work() -> PreviewResult:
            orders.confirm_title_rule(title, product_id)
            preview = orders.preview(data, source, "auto", password)
            return data, source, preview, title_counts(preview)

        self._run_preview(work, self.tr("Remembering the product and checking the file again…"),
                          keep_on_error=True)

    def _run_preview(self, work: Callable[[], PreviewResult], busy_text: str, keep_on_error: bool) -> None:
        self._generation += 1
        generation = self._generation
        self._set_busy(True, busy_text)
        self._runner.start(work, lambda result: self._preview_done(generation, result),
                           lambda error: self._preview_failed(generation, error, keep_on_error))

    def _preview_done(self, generation: int, result: PreviewResult) -> None:
        if generation != self._generation:
            return
        self._data, self._source, preview, titles = result
        self._set_busy(False)
        self._show_preview(preview, titles)

    def _preview_failed(self, generation: int, error: Exception, keep_preview: bool) -> None:
        if generation != self._generation:
            return
        if not isinstance(error, LiveHelperError):
            raise error
        self._set_busy(False)
        if isinstance(error, PasswordNeeded) and self._path is not None:
            self._show_preview(None)
            self._ask_password(error)
            return
        if not keep_preview:
            self._data, self._source = b"", ""
            self._show_preview(None)
        self._say(error.render(current_language()), error=True)

    def _ask_password(self, error: PasswordNeeded) -> None:
        """A protected workbook (快手's exports are): ask for its password, then read it again."""
        prompt = QInputDialog(self)
        prompt.setWindowTitle(self.tr("Password needed"))
        prompt.setLabelText(error.render(current_language()))
        prompt.setTextEchoMode(QLineEdit.EchoMode.Password)
        prompt.setAccessibleName(self.tr("Password of the workbook"))
        path = self._path

        def given(text: str) -> None:
            self.password_prompt = None
            if path is not None and path == self._path and text:
                self._password = text
                self.load(path)

        def cancelled() -> None:
            self.password_prompt = None
            self._say(error.render(current_language()), error=True)

        prompt.textValueSelected.connect(given)
        prompt.rejected.connect(cancelled)
        self.password_prompt = prompt
        prompt.open()

    # showing the preview
    def _show_preview(self, preview: ImportPreview | None, titles: TitleCounts | None = None) -> None:
        self.preview = preview
        self.summary.setVisible(preview is not None)
        self.bad_rows_model.set_problems(preview.problems if preview else [])
        self.bad_rows_box.setVisible(bool(preview and preview.problems))
        self.orders_model.set_rows(preview_rows(preview.parsed.orders) if preview else [])
        self.orders_box.setVisible(bool(preview and preview.parsed.orders))
        self.warnings.clear()
        lang = current_language()
        notes = [note.render(lang) for note in (preview.parsed.notes if preview else ())]
        if preview and preview.parsed.skipped_sheets:
            notes.append(self.tr("Sheets skipped (not orders or items): {sheets}").format(
                sheets="、".join(preview.parsed.skipped_sheets)))
        notes += [warning.render(lang) for warning in (preview.warnings if preview else ())]
        self.warnings.addItems(notes)
        self.warnings_box.setVisible(bool(notes))
        self.titles.set_titles(titles or [])
        self.titles_box.setVisible(bool(titles))
        self._update_import_button()
        self._focus_next_step()
        if preview is None:
            self._say("")
            return
        self.layout_label.setText(self.tr("{layout}, {rows} rows").format(
            layout=self._layout_name(preview.layout), rows=preview.parsed.rows))
        self.orders_label.setText(self.tr("{new} new, {changed} changed, {unchanged} unchanged").format(
            new=preview.orders_new, changed=preview.orders_changed, unchanged=preview.orders_unchanged))
        lines = self.tr("{new} new, {changed} changed, {unchanged} unchanged").format(
            new=preview.lines_new, changed=preview.lines_changed, unchanged=preview.lines_unchanged)
        if preview.lines_waiting:
            lines += self.tr("; {count} wait for their Taobao order report").format(count=preview.lines_waiting)
        self.lines_label.setText(lines)
        if preview.problems:
            self._say(self.tr("{count} bad rows: nothing will be written. Correct them in the file and choose it "
                              "again.").format(count=len(preview.bad_row_numbers)), error=True)
        elif not preview.changes_anything:
            self._say(self.tr("Everything in this file is already imported; importing it again changes nothing."))
        else:
            self._say(self.tr("Nothing is written until you press Import."))

    def _layout_name(self, layout: Layout) -> str:
        names = {
            Layout.TAOBAO_ORDERS: self.tr("Taobao order report"),
            Layout.TAOBAO_ITEMS: self.tr("Taobao item report (order lines)"),
            Layout.TAOBAO_MASKED: self.tr("Taobao order export (buyer data masked)"),
            Layout.DOUYIN: self.tr("Douyin shop order export"),
            Layout.KUAISHOU: self.tr("Kuaishou shop order export"),
            Layout.PINDUODUO: self.tr("Pinduoduo order export"),
            Layout.CHANNELS: self.tr("WeChat Channels shop order export"),
            Layout.YOUZAN: self.tr("Youzan order export"),
            Layout.GENERIC: self.tr("LiveHelper order template (WeChat and phone orders)"),
        }
        return names.get(layout, layout.value)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setVisible(bool(text))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        self.choose_button.setEnabled(not busy)
        self.titles.set_enabled_all(not busy)
        if busy:
            self._say(text)
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self._update_import_button()
        if not busy:
            self._focus_next_step()

    def _focus_next_step(self) -> None:
        """The keyboard on what comes next (导入, or 选择文件 again), never left on 取消 by a button that was
        disabled while the file was read; a field or list the user is in keeps it."""
        focused = self.focusWidget()
        if focused is None or not focused.isEnabled() or isinstance(focused, QPushButton):
            (self.import_button if self.import_button.isEnabled() else self.choose_button).setFocus()

    def _update_import_button(self) -> None:
        preview = self.preview
        ready = (preview is not None and not preview.problems and preview.changes_anything
                 and not self.is_busy and not self._committing)
        self.import_button.setEnabled(ready)
        self.import_button.setDefault(ready)

    # importing
    def start_import(self) -> None:
        preview = self.preview
        if preview is None or preview.problems or self.is_busy or self._committing:
            return
        self._committing = True
        orders = self._context.orders
        self._set_busy(True, self.tr("Importing…"))
        self._runner.start(lambda: orders.commit(preview), self._import_done, self._import_failed)

    def _import_done(self, result: ImportPreview) -> None:
        self._committing = False
        self._set_busy(False)
        self.imported = result
        QMessageBox.information(self, self.tr("Orders imported"), self.tr(
            "Orders: {new} new, {changed} changed, {unchanged} unchanged. Packing tasks added or cancelled: "
            "{tasks}.").format(new=result.orders_new, changed=result.orders_changed,
                               unchanged=result.orders_unchanged, tasks=result.tasks_touched))
        self.accept()

    def _import_failed(self, error: Exception) -> None:
        self._committing = False
        self._set_busy(False)
        if not isinstance(error, LiveHelperError):
            raise error
        self._say(error.render(current_language()), error=True)

    def reject(self) -> None:
        if self._committing:  # one short transaction: let it finish rather than leave the user unsure
            return
        self._generation += 1  # a preview still running is dropped when it ends
        super().reject()

    # drag and drop, a convenience beside 选择文件…
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile() and not self.is_busy and not self._committing:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.load(Path(urls[0].toLocalFile()))
