"""The window as it first opens (not maximised) on a 1366×768 laptop: with its frame it fits the screen, and at
200% and in high contrast no workspace is wider than it, so nothing is shown scrolled sideways with its left
edge cut off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QScrollArea

from livehelper.services.context import AppContext
from livehelper.ui.appearance import theme as appearance
from livehelper.ui.appearance.theme import Appearance
from livehelper.ui.main_window import FRAME_ROOM, MainWindow
from livehelper.ui.shipping.workspace import ShippingWorkspace
from tests.ui.appearance.test_appearance import settle
from tests.ui.test_accessibility import start_session

LOOKS = (Appearance(200, False), Appearance(100, True), Appearance(200, True))


@pytest.fixture(autouse=True)
def default_appearance_after(qapp: QApplication) -> Iterator[None]:
    yield
    appearance.apply(Appearance())


def sideways(window: MainWindow) -> list[str]:
    """Every scroll area shown (the window's own and the workspaces') that scrolls sideways."""
    found = []
    for area in [window.centralWidget(), *window.findChildren(QScrollArea)]:
        if isinstance(area, QScrollArea) and area.isVisible() and area.horizontalScrollBar().maximum() > 0:
            inner = area.widget()
            found.append(f"{type(inner).__name__} {inner.objectName()!r} scrolls "
                         f"{area.horizontalScrollBar().maximum()} px sideways")
    return found


def test_the_default_window_with_its_frame_fits_a_1366_by_768_screen(qtbot, demo_context):
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    free = QGuiApplication.primaryScreen().availableGeometry()
    assert (free.width(), free.height()) == (1366, 768)
    assert window.width() + FRAME_ROOM.width() <= free.width()
    assert window.height() + FRAME_ROOM.height() <= free.height()  # Windows' 31 px title bar included
    assert window.width() >= 1100  # still the roomy window, not a shrunk one


@pytest.mark.parametrize("look", LOOKS, ids=["200%", "contrast", "contrast-200%"])
def test_no_workspace_scrolls_sideways_in_the_default_window(qtbot, window, look):
    appearance.apply(look)
    found = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        found += [f"{window.tabs.tabText(index)}: {problem}" for problem in sideways(window)]
    assert not window.isMaximized()
    assert found == [], "\n".join(found)


@pytest.fixture
def language(request, qapp: QApplication) -> Iterator[str]:
    """The interface in `request.param` for one test, English again after it."""
    from livehelper.ui.i18n import install_translators

    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


def shipping_at_200_percent(qtbot, context: AppContext) -> ShippingWorkspace:
    """The 发货 workspace in the default window, shown at 200%."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    appearance.apply(Appearance(200))
    window.tabs.setCurrentWidget(window.shipping)
    settle()
    return window.shipping


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)  # English needs more room at 200%: they scroll
def test_every_task_state_is_in_view_at_200_percent(qtbot, demo_context, language):
    states = shipping_at_200_percent(qtbot, demo_context).tabs
    assert states.sizeHint().width() <= states.width(), "some states hide behind the scroll arrows"


@pytest.mark.parametrize("maximised", [False, True], ids=["default window", "maximised"])
def test_plus_one_is_in_view_at_200_percent(qtbot, window, maximised):
    appearance.apply(Appearance(200))
    if maximised:
        window.showMaximized()
        qtbot.waitUntil(window.isMaximized)
    start_session(window, [1, 2, 3])
    try:
        settle()
        plus = window.live.running.plus_button
        assert plus.visibleRegion().boundingRect().size() == plus.size(), "+1 is below the fold"
    finally:
        window.context.live.stop()


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_every_shipping_button_is_in_view_at_200_percent(qtbot, demo_context, language):
    """The two groups of buttons above the queue wrap at 200%: the row they take is as tall as the lines they
    wrap to, so no button slides under the state tabs (English: 导出发货文件 did)."""
    shipping = shipping_at_200_percent(qtbot, demo_context)
    tabs_top = shipping.tabs.mapTo(shipping, shipping.tabs.rect().topLeft()).y()
    hidden = [button.text() for button in (shipping.import_button, shipping.manual_button, shipping.pick_button,
                                           shipping.slips_button, shipping.reconcile_button, shipping.export_button)
              if button.mapTo(shipping, button.rect().bottomLeft()).y() >= tabs_top]
    assert hidden == []
