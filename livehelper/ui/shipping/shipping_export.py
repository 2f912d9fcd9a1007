"""The 发货 workspace's 导出发货文件…: each platform's own bulk-shipping upload file, saying which platform each
file is for (issue 15). One save dialog picks the name; a queue that mixes platforms gets one file per
platform beside it (发货-pinduoduo.xlsx, 发货-taobao.csv …), as `livehelper shipments export` writes them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from livehelper.domain.errors import LiveHelperError
from livehelper.domain.shipping_files import file_name
from livehelper.services.context import AppContext
from livehelper.services.files import write_file_atomically
from livehelper.services.shipping.tasks import PlatformShipments
from livehelper.ui.i18n import current_language
from livehelper.ui.tasks import BackgroundRunner
from livehelper.ui.widgets.errors import show_error
from livehelper.ui.widgets.file_places import in_documents


class ShippingExport(QObject):
    def __init__(self, context: AppContext, parent: QWidget, runner: BackgroundRunner,
                 busy: Callable[[bool], None]) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent
        self._runner = runner
        self._busy = busy

    def label(self, entry: PlatformShipments) -> str:
        return entry.template.label.render(current_language())

    def start(self) -> None:
        entries = [entry for entry in self._context.tasks.shipment_files() if entry.task_ids]
        if not entries:
            QMessageBox.information(self._parent, self.tr("Nothing to export"), self.tr(
                "Every shipped task is already in a shipping file; there are no new lines to export."))
            return
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        if len(entries) == 1:
            template = entries[0].template
            name = self.tr("shipments-{date}").format(date=stamp) + template.suffix
            title = self.tr("Export the shipping file for {platform}").format(platform=self.label(entries[0]))
            kinds = self.tr("Excel workbooks (*.xlsx)") if template.xlsx else self.tr("CSV files (*.csv)")
        else:
            name = self.tr("shipments-{date}").format(date=stamp)
            title = self.tr("Export shipping files: one per platform, named after this")
            kinds = self.tr("All files (*)")
        path, _ = QFileDialog.getSaveFileName(self._parent, title, in_documents(name), kinds)
        if path:
            self.write(Path(path), entries)

    def write(self, path: Path, entries: list[PlatformShipments]) -> None:
        several = len(entries) > 1
        targets = [(path.with_name(file_name(path.name, entry.template, part, len(entry.files), several)), data,
                    entry) for entry in entries for part, data in enumerate(entry.files, 1)]
        self._busy(True)

        def work() -> None:
            for target, data, _ in targets:
                write_file_atomically(target, data)

        def written(_none: None) -> None:
            self._busy(False)
            self._context.tasks.mark_exported([task for entry in entries for task in entry.task_ids])
            if not several and len(targets) == 1:
                target, _, entry = targets[0]
                text = self.tr("%n line(s) written to {file}.", "", entry.lines).format(file=str(target))
                text += "\n" + self.tr("Upload it in: {platform}").format(platform=self.label(entry))
            else:
                text = self.tr("%n file(s) written:", "", len(targets)) + "".join(
                    "\n" + self.tr("{file}: {platform}, %n line(s)", "", entry.lines).format(
                        file=str(target), platform=self.label(entry)) for target, _, entry in targets)
            QMessageBox.information(self._parent, self.tr("Shipping file written"), text)

        def failed(error: Exception) -> None:
            self._busy(False)
            if not isinstance(error, LiveHelperError):
                raise error
            show_error(self._parent, self.tr("Not exported"), error)

        self._runner.start(work, written, failed)
