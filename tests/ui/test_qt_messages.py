"""The app routes Qt's warnings into its log (livehelper.logfile) and still hands them to the handler that was
there before, which under the tests fails a test on an unexpected warning."""

from __future__ import annotations

from contextlib import ExitStack

import pytest
from PySide6.QtCore import qWarning

from livehelper import app

WARNING = "a LiveHelper test warning"


@pytest.mark.qt_log_ignore(WARNING)
def test_qt_warnings_reach_the_log_and_the_handler_before(qapp, qtlog, caplog):
    with ExitStack() as cleanup:
        app._route_qt_messages(cleanup)
        qWarning(WARNING)
        qWarning("This plugin does not support propagateSizeHints()")  # offscreen noise: dropped
    assert [record.getMessage() for record in caplog.records if record.name == "livehelper.qt"] == [WARNING]
    assert [record.message for record in qtlog.records] == [WARNING]
