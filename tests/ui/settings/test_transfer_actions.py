"""Export and import everything from the UI: in the background, with progress, the outcome in a message."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from livehelper.services.context import open_context
from livehelper.services.settings.backup import backup_folder
from livehelper.storage.snapshots import list_backups
from livehelper.ui.settings.transfer_actions import export_everything, import_everything


def _answer(modal, button: QMessageBox.StandardButton) -> None:
    """Press `button` on the next message box (a progress dialog that shows meanwhile is left alone)."""
    def act(dialog) -> None:
        if isinstance(dialog, QMessageBox):
            dialog.button(button).click()
        else:
            modal.next(act)

    modal.next(act)


def _parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _products(context) -> int:
    return context.catalog.count()


def test_export_then_import_into_an_empty_database(qtbot, modal, demo_context, tmp_path: Path):
    parent = _parent(qtbot)
    target = tmp_path / "搬家.zip"
    job = export_everything(parent, demo_context, target)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=30_000) as finished:
        _answer(modal, QMessageBox.StandardButton.Ok)
    assert finished.args == [True] and target.is_file()
    assert str(target) in modal.texts[-1] and "rows" in modal.texts[-1]

    new_pc = open_context(tmp_path / "new-pc")
    try:
        job = import_everything(parent, new_pc, target)  # empty: no question asked
        assert job is not None
        with qtbot.waitSignal(job.finished, timeout=30_000) as finished:
            _answer(modal, QMessageBox.StandardButton.Ok)
        assert finished.args == [True]
        assert "Restart LiveHelper" in modal.texts[-1]
        assert _products(new_pc) == _products(demo_context) > 0
    finally:
        new_pc.close()


def test_importing_over_data_asks_first_and_keeps_a_backup(qtbot, modal, demo_context, tmp_path: Path):
    parent = _parent(qtbot)
    target = tmp_path / "everything.zip"
    job = export_everything(parent, demo_context, target)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        _answer(modal, QMessageBox.StandardButton.Ok)

    _answer(modal, QMessageBox.StandardButton.No)
    assert import_everything(parent, demo_context, target) is None
    assert "Replace all of it" in modal.texts[-1]

    _answer(modal, QMessageBox.StandardButton.Yes)
    job = import_everything(parent, demo_context, target)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=30_000) as finished:
        _answer(modal, QMessageBox.StandardButton.Ok)
    assert finished.args == [True]
    [backup] = list_backups(backup_folder(demo_context.data_dir))
    assert str(backup.path) in modal.texts[-1]
    with closing(sqlite3.connect(backup.path)) as connection:
        assert connection.execute("SELECT count(*) FROM products").fetchone()[0] == _products(demo_context)


def test_a_file_that_is_not_an_export_gets_a_calm_message(qtbot, modal, context, tmp_path: Path):
    parent = _parent(qtbot)
    not_ours = tmp_path / "photos.zip"
    not_ours.write_bytes(b"PK\x03\x04 not really")
    _answer(modal, QMessageBox.StandardButton.Ok)
    assert import_everything(parent, context, not_ours) is None
    assert "is not a LiveHelper export" in modal.texts[-1]
    assert context.catalog.count() == 0


def test_the_export_asks_whether_to_include_robot_secrets_and_for_a_passphrase(qtbot, modal, demo_context,
                                                                              tmp_path: Path):
    from PySide6.QtWidgets import QInputDialog

    from livehelper.services.settings import transfer

    secret = "SEC7d1e0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0"
    url = "https://oapi.dingtalk.com/robot/send?access_token=9f3c2a7be41d8c6f0a5b3e2d1c4f7a8b"
    demo_context.notify.save_robot("钉钉群", "dingtalk", url, secret)
    parent = _parent(qtbot)
    target = tmp_path / "sealed.zip"

    def type_passphrase(dialog) -> None:
        assert isinstance(dialog, QInputDialog) and dialog.textEchoMode() == dialog.textEchoMode().Password
        dialog.setTextValue("麦田 2026 秋")
        dialog.accept()

    _answer(modal, QMessageBox.StandardButton.Yes)  # include the secrets
    modal.next(type_passphrase)
    modal.next(type_passphrase)  # the same again
    job = export_everything(parent, demo_context, target)
    assert job is not None and "signing secrets" in modal.texts[0]
    with qtbot.waitSignal(job.finished, timeout=30_000) as finished:
        _answer(modal, QMessageBox.StandardButton.Ok)
    assert finished.args == [True] and transfer.secrets_sealed(target)

    new_pc = open_context(tmp_path / "new-pc")
    try:
        modal.next(type_passphrase)
        job = import_everything(parent, new_pc, target)
        assert job is not None
        with qtbot.waitSignal(job.finished, timeout=30_000) as finished:
            _answer(modal, QMessageBox.StandardButton.Ok)
        assert finished.args == [True]
        robot = new_pc.notify._lookup("钉钉群")
        assert (robot.webhook_url, robot.secret) == (url, secret)
    finally:
        new_pc.close()
