"""Qt's own strings that Qt's zh_CN catalog (qtbase_zh_CN.qm) lacks or gets wrong: the labels Qt 6 gave new
mnemonics, the file types of its file dialog, and the keypad Enter key. Listed here so that lupdate puts them in
our catalog, which Qt asks first (the file dialog on Linux, or on Windows without the native dialog)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

QT_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    # Qt calls both Return and the keypad's Enter 回车, so a key list read "回车, 回车"
    QT_TRANSLATE_NOOP("QShortcut", "Enter"),
)


def _with_disambiguation() -> tuple[str, ...]:
    """Never called: lupdate reads these, with the disambiguation Qt gives them."""
    return (QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
            QCoreApplication.translate("QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"))
