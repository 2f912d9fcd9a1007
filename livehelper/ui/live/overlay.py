"""The overlay for the stream: the product being explained, its link number, price, units sold and shop QR code.

A frameless, stay-on-top top-level window that OBS captures with a "window capture" source, over a chroma-key green
(for OBS's chroma key filter) or a transparent background. It is deliberately *not* a Qt.Tool window:
on Windows that sets WS_EX_TOOLWINDOW, and OBS leaves such windows out of its window-capture list.
Everything is operable by keyboard: arrows move it, Ctrl+arrows resize it, Ctrl+B switches the background,
Esc closes it, the menu key or Shift+F10 opens its menu.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QContextMenuEvent,
    QEnterEvent,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QMoveEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QMenu, QSizeGrip, QWidget

from livehelper import prefs
from livehelper.domain.live import link_label
from livehelper.domain.money import format_fen
from livehelper.services.catalog.images import qr_png
from livehelper.services.context import AppContext
from livehelper.services.events import ChangeEvent
from livehelper.services.live.session import ENTITY
from livehelper.ui.bridge import EventBridge
from livehelper.ui.live.overlay_paint import OverlayContent, OverlayScene, paint_overlay

PREFS_KEY = "overlay"
DEFAULT_SIZE = QSize(420, 640)
MINIMUM_SIZE = QSize(240, 300)
CHROMA = "chroma"
TRANSPARENT = "transparent"
CHROMA_GREEN = QColor("#00ff00")
NEARLY_CLEAR = QColor(0, 0, 0, 1)
MOVE_STEP = 10
RESIZE_STEP = 20
SAVE_DELAY_MS = 500

class OverlayWindow(QWidget):
    def __init__(self, context: AppContext, bridge: EventBridge, parent: QWidget | None = None) -> None:
        flags = Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        # No Qt parent: Windows hides a window with the main window when that is minimised, and the stream
        # must keep its overlay. It still goes away with `parent`, and does not keep the app running.
        super().__init__(None, flags)
        if parent is not None:
            parent.destroyed.connect(self.deleteLater)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setObjectName("liveOverlay")
        self.setWindowTitle(self.tr("LiveHelper overlay"))
        self.setAccessibleName(self.tr("Stream overlay"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(MINIMUM_SIZE)
        self._context = context
        self._content: OverlayContent | None = None
        self._placeholder = ""
        self._qr_link = ""
        self._qr = QPixmap()
        self._background = CHROMA
        self._drag_from: QPoint | None = None
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_placement)
        self.grip = QSizeGrip(self)
        self.grip.setAccessibleName(self.tr("Resize"))
        self.grip.hide()  # shown while the mouse is over the window, so it stays out of the stream
        self._build_actions()
        self._restore_placement()
        bridge.changed.connect(self._on_change)
        self.refresh()
        self._save_timer.stop()  # restoring the placement changed nothing worth writing

    # actions, menu and keys
    def _build_actions(self) -> None:
        group = QActionGroup(self)
        self.chroma_action = QAction(self.tr("&Green background (chroma key)"), self, checkable=True)
        self.transparent_action = QAction(self.tr("&Transparent background"), self, checkable=True)
        for action, background in ((self.chroma_action, CHROMA), (self.transparent_action, TRANSPARENT)):
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, b=background: self.set_background(b))
        self.switch_action = self._shortcut_action(self.tr("&Switch background"), "Ctrl+B", self.toggle_background)
        self.reset_action = self._shortcut_action(self.tr("&Reset size"), "Ctrl+0", self.reset_size)
        self.close_action = self._shortcut_action(self.tr("&Close overlay"), "Esc", self.close)
        self.keys_hint = QAction(self.tr("Move: arrow keys · Resize: Ctrl+arrow keys"), self)
        self.keys_hint.setEnabled(False)
        menu_key = QAction(self)
        menu_key.setShortcut(QKeySequence("Shift+F10"))
        menu_key.triggered.connect(lambda: self.show_menu(self.rect().center()))
        self.addAction(menu_key)

    def _shortcut_action(self, text: str, key: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)  # the shortcut works while the overlay has the focus
        return action

    def menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.chroma_action)
        menu.addAction(self.transparent_action)
        menu.addAction(self.switch_action)
        menu.addSeparator()
        menu.addAction(self.reset_action)
        menu.addAction(self.keys_hint)
        menu.addSeparator()
        menu.addAction(self.close_action)
        return menu

    def show_menu(self, at: QPoint) -> None:
        menu = self.menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.mapToGlobal(at))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.show_menu(event.pos())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                 Qt.Key.Key_Down: (0, 1)}
        step = steps.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        dx, dy = step
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.resize(self.width() + dx * RESIZE_STEP, self.height() + dy * RESIZE_STEP)
        else:
            self.move(self.x() + dx * MOVE_STEP, self.y() + dy * MOVE_STEP)

    # moving with the mouse (a frameless window has no title bar)
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            handle = self.windowHandle()
            if handle is None or not handle.startSystemMove():
                self._drag_from = event.globalPosition().toPoint() - self.pos()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.move(event.globalPosition().toPoint() - self._drag_from)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        super().mouseReleaseEvent(event)

    def enterEvent(self, event: QEnterEvent) -> None:
        self.grip.show()
        super().enterEvent(event)

    def leaveEvent(self, event: object) -> None:
        self.grip.hide()
        super().leaveEvent(event)  # type: ignore[arg-type]

    # background
    def background(self) -> str:
        return self._background

    def set_background(self, background: str) -> None:
        background = TRANSPARENT if background == TRANSPARENT else CHROMA
        translucent = background == TRANSPARENT
        if translucent != self.testAttribute(Qt.WidgetAttribute.WA_TranslucentBackground):
            visible = self.isVisible()
            if visible:
                self.hide()
            self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, translucent)
            self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, translucent)
            if self.windowHandle() is not None:
                self.destroy()  # a window gets its alpha channel when it is created: make a new one
            if visible:
                self.show()
                self.activateWindow()
        self._background = background
        (self.transparent_action if translucent else self.chroma_action).setChecked(True)
        self.update()
        self._save_soon()

    def toggle_background(self) -> None:
        self.set_background(CHROMA if self._background == TRANSPARENT else TRANSPARENT)

    # size and position, remembered in the prefs
    def reset_size(self) -> None:
        self.resize(DEFAULT_SIZE)

    def _restore_placement(self) -> None:
        saved = prefs.load(self._context.data_dir).get(PREFS_KEY)
        saved = saved if isinstance(saved, dict) else {}

        def number(key: str, default: int) -> int:
            value = saved.get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) else default

        width = max(MINIMUM_SIZE.width(), number("width", DEFAULT_SIZE.width()))
        height = max(MINIMUM_SIZE.height(), number("height", DEFAULT_SIZE.height()))
        self.resize(width, height)
        x, y = number("x", -1_000_000), number("y", -1_000_000)
        wanted = QRect(x, y, width, height)
        if any(screen.availableGeometry().intersects(wanted) for screen in QGuiApplication.screens()):
            self.move(x, y)
        else:
            screen = QGuiApplication.primaryScreen()
            if screen is not None:
                area = screen.availableGeometry()
                self.move(area.right() - width - 40, area.top() + 40)  # beside the platform client
        self.set_background(TRANSPARENT if saved.get("background") == TRANSPARENT else CHROMA)

    def placement(self) -> dict[str, object]:
        return {"x": self.x(), "y": self.y(), "width": self.width(), "height": self.height(),
                "background": self._background}

    def save_placement(self) -> None:
        self._save_timer.stop()
        with contextlib.suppress(OSError):  # a read-only data folder only costs the remembered placement
            prefs.save(self._context.data_dir, **{PREFS_KEY: self.placement()})

    def _save_soon(self) -> None:
        self._save_timer.start()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self._save_soon()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.grip.move(self.width() - self.grip.width(), self.height() - self.grip.height())
        self._save_soon()

    def hideEvent(self, event: QHideEvent) -> None:
        if self._save_timer.isActive():
            self.save_placement()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_placement()
        super().closeEvent(event)

    # what it shows
    def content(self) -> OverlayContent | None:
        """The product on show, or None while the placeholder is shown."""
        return self._content

    def placeholder(self) -> str:
        return self._placeholder

    def has_qr(self) -> bool:
        return self._content is not None and not self._qr.isNull()

    def _on_change(self, event: ChangeEvent) -> None:
        if event.entity == ENTITY:
            self.refresh()

    def refresh(self) -> None:
        live = self._context.live
        content = None
        placeholder = self._placeholder
        if live.active:
            snapshot = live.snapshot()
            entry = next((e for e in snapshot.lineup if e.product.id == snapshot.explaining), None)
            if entry is not None:
                product = entry.product
                sold = snapshot.totals.per_product.get(product.id)
                content = OverlayContent(link_label(entry.position), product.name, product.spec,
                                         format_fen(product.price_fen), sold.items if sold else 0,
                                         product.shop_link)
            self._placeholder = self.tr("Next product coming up")
        else:
            self._placeholder = self.tr("The live sale starts soon")
        if content != self._content or self._placeholder != placeholder:
            self._content = content
            self._set_qr(content.shop_link if content else "")
            self._describe()
            self.update()

    def _set_qr(self, link: str) -> None:
        if link == self._qr_link:
            return
        self._qr_link = link
        self._qr = QPixmap()
        if link:
            self._qr.loadFromData(qr_png(link, box_size=8))

    def _describe(self) -> None:
        content = self._content
        if content is None:
            self.setAccessibleDescription(self._placeholder)
            return
        self.setAccessibleDescription(self.tr("{link}: {name} {spec}, ¥{price}, {sold} sold").format(
            link=content.link, name=content.name, spec=content.spec, price=content.price, sold=content.sold))

    # painting
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if self._background == TRANSPARENT:
            # alpha 1, not 0: fully transparent pixels let mouse clicks through on Windows
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            painter.fillRect(self.rect(), NEARLY_CLEAR)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        else:
            painter.fillRect(self.rect(), CHROMA_GREEN)
        sold = self.tr("{count} sold").format(count=self._content.sold) if self._content else ""
        paint_overlay(painter, OverlayScene(self.width(), self.height(), self._content, self._placeholder, sold,
                                            self.tr("Scan to visit the shop"), self._qr))
        painter.end()
