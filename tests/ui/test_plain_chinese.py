"""What a Chinese-speaking newcomer reads is Chinese and plain: Qt's file dialog (Qt's own catalog and the strings
it lacks), who changed a task (系统, not "system"), the teleprompter's screens and speed, where the data is (no
sqlite:/// URL), and keys listed once each."""

from __future__ import annotations

import re

from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QFileDialog, QLabel

from livehelper.ui.keys.commands import shown
from livehelper.ui.keys.key_bindings import display
from livehelper.ui.main_window import MainWindow
from livehelper.ui.shipping.history_dialog import HistoryDialog
from tests.ui.prompter.test_prompter import open_window

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def test_qt_file_dialogs_speak_chinese(qtbot, zh, tmp_path):
    dialog = QFileDialog(None, "导入商品", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {name: dialog.findChild(QLabel, name).text() for name in ("lookInLabel", "fileTypeLabel",
                                                                     "fileNameLabel")}
    assert labels == {"lookInLabel": "查找范围(&L)：", "fileTypeLabel": "文件类型(&T)：",
                      "fileNameLabel": "文件名称(&N)："}  # the last one from Qt's own qtbase_zh_CN
    assert QAbstractFileIconProvider().type(QFileInfo(str(tmp_path))) == "文件夹"


def test_keys_are_listed_once_each(zh):
    for listed in (shown(("Return", "Enter")), display(("Return", "Enter"))):
        names = listed.split(", ")
        assert len(names) == len(set(names)) == 2, listed
        assert names[0] == "回车"


def test_the_status_line_says_where_the_data_is_in_words(qtbot, demo_context, zh):
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    place = next(text for text in texts if text.startswith("数据："))
    assert "://" not in " ".join(texts) and str(demo_context.data_dir) in place


def test_imported_tasks_were_changed_by_the_system_in_chinese(qtbot, demo_context, zh):
    task = demo_context.tasks.list(None, 0, 1)[0]
    changes = demo_context.tasks.history(task.id)
    assert "system" in {change.who for change in changes}
    dialog = HistoryDialog(task, changes)
    qtbot.addWidget(dialog)
    whos = {dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())}
    assert "system" not in whos and "系统（导入）" in whos


def test_the_teleprompter_names_screens_and_speed_plainly(qtbot, demo_context, zh):
    window, bridge = open_window(qtbot, demo_context)
    try:
        controls = window.controls
        screens = [controls.screen.itemText(index) for index in range(controls.screen.count())]
        assert screens and all(text.startswith(f"屏幕 {number}") for number, text in enumerate(screens, 1))
        assert not any(LATIN_WORD.search(text) for text in screens), screens  # not the device name "laptop"
        assert "主屏幕" in screens[0]
        assert "像素" not in controls.speed_label.text() and controls.speed_label.text().endswith("档")
    finally:
        bridge.stop()
