"""Every menu item shows its whole label: none is cut in the middle (群机器…R)…) because the menu was sized for a
smaller text than it draws. Read from the drawn menu: a label's ink spans the width the text needs."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import QApplication, QMenu

from livehelper.ui.main_window import MainWindow


def ink_span(image: QImage, top: int, bottom: int) -> tuple[int, int]:
    """The first and last column with dark (text) pixels between rows `top` and `bottom`."""
    columns = [x for x in range(image.width())
               if any(QColor(image.pixel(x, y)).lightness() < 110 for y in range(top, bottom))]
    return (columns[0], columns[-1]) if columns else (0, -1)


def plain_items(menu: QMenu) -> list[QAction]:
    """Items with a label only (no key shown at the right, no submenu arrow), so their ink is the label's."""
    return [action for action in menu.actions() if action.text() and not action.isSeparator()
            and action.menu() is None and action.shortcut().isEmpty()]


def cut_labels(window: MainWindow) -> list[str]:
    found = []
    for top_action in window.menuBar().actions():
        menu = top_action.menu()
        menu.popup(window.mapToGlobal(window.rect().center()))
        QApplication.processEvents()
        menu.setActiveAction(None)
        image = menu.grab().toImage()
        metrics = menu.fontMetrics()
        for action in plain_items(menu):
            rect = menu.actionGeometry(action)
            first, last = ink_span(image.copy(rect), 2, rect.height() - 2)
            label = action.text().replace("&", "")
            needed = metrics.horizontalAdvance(label)
            if last - first + 1 < needed * 0.95:
                found.append(f"{label}: drawn {last - first + 1} px of the {needed} px it needs")
        menu.hide()
    return found


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_no_menu_item_is_cut(qtbot, window, zh):
    window.close()
    chinese = MainWindow(window.context)  # built after the translations are installed
    qtbot.addWidget(chinese)
    chinese.show()
    qtbot.waitExposed(chinese)
    assert "群机器人(R)…" in [action.text().replace("&", "") for top in chinese.menuBar().actions()
                              for action in top.menu().actions()]
    found = cut_labels(chinese)
    assert found == [], "\n".join(found)
