"""The 帮手与局域网 dialog over a real LanController (its server on 127.0.0.1), shared by the helper UI tests."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from livehelper.services.context import AppContext
from livehelper.ui.helpers.helpers_dialog import HelpersDialog
from livehelper.ui.helpers.lan_controller import LanController

START_MS = 15_000


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def lan(context: AppContext) -> Iterator[LanController]:
    controller = LanController(context)
    yield controller
    controller.shut_down()


@pytest.fixture
def dialog(qtbot, context: AppContext, lan: LanController) -> HelpersDialog:
    shown = HelpersDialog(context, lan)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown
