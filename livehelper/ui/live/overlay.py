"""The overlay for the stream: the product being explained, its link number, price, units sold and shop QR code.

A frameless top-level window that OBS captures with a "window capture" source, over a chroma-key green (for OBS's
chroma key filter) or a transparent background. It is deliberately *not* a Qt.Tool window: on Windows that sets
WS_EX_TOOLWINDOW, and OBS leaves such windows out of its window-capture list.
It never takes the keyboard (Qt.WindowDoesNotAcceptFocus, shown without activating): the live keys must keep
reaching the line-up while it shows. Its menu opens with a right click, or from the keyboard with the live view's
直播贴片 button once it is open: backgrounds, size, corners of the screen, always on top (off unless chosen, so it
never covers the sales figures, the end-of-stream question or the report), close.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QContextMenuEvent,
    QEnterEvent,
    QGuiApplication,
    QHideEvent,
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
from livehelper.ui.window_title import window_title

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
        flags = Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowDoesNotAcceptFocus
        # No Qt parent: Windows hides a window with the main window when that is minimised, and the stream
        # must keep its overlay. It still goes away with `parent`, and does not keep the app running.
        super().__init__(None, flags)
        self._owner = parent.window() if parent is not None else None
        if parent is not None:
            parent.destroyed.connect(self.deleteLater)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setObjectName("liveOverlay")
        self.setWindowTitle(window_title(self.tr("Stream overlay")))
        self.setAccessibleName(self.tr("Stream overlay"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(MINIMUM_SIZE)
        self._context = context
        self._content: OverlayContent | None = None
        self._placeholder = ""
        self._qr_link = ""
        self._qr = QPixmap()
        self._background = CHROMA
        self._was_live = False
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
        self.switch_action = self._action(self.tr("&Switch background"), self.toggle_background)
        self.bigger_action = self._action(self.tr("&Bigger"), lambda: self.grow(1))
        self.smaller_action = self._action(self.tr("S&maller"), lambda: self.grow(-1))
        self.reset_action = self._action(self.tr("&Reset size"), self.reset_size)
        self.corner_actions = [
            self._action(text, lambda _checked=False, c=corner: self.move_to_corner(c))
            for text, corner in ((self.tr("Top &left of the screen"), (0, 0)),
                                 (self.tr("Top r&ight of the screen"), (1, 0)),
                                 (self.tr("Bottom l&eft of the screen"), (0, 1)),
                                 (self.tr("Bottom rig&ht of the screen"), (1, 1)))]
        self.on_top_action = self._action(self.tr("Always o&n top"), lambda: self.set_on_top(
            self.on_top_action.isChecked()))
        self.on_top_action.setCheckable(True)
        self.front_action = self._action(self.tr("Bring to &front"), self.raise_)
        self.close_action = self._action(self.tr("&Close overlay"), self.close)
        self.keys_hint = QAction(self.tr("Move: drag with the mouse"), self)
        self.keys_hint.setEnabled(False)

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        return action

    def menu(self, parent: QWidget | None = None) -> QMenu:
        menu = QMenu(parent or self)
        for action in (self.chroma_action, self.transparent_action, self.switch_action, None, self.bigger_action,
                       self.smaller_action, self.reset_action, None, *self.corner_actions, self.keys_hint, None,
                       self.on_top_action, self.front_action, None, self.close_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def show_menu(self, at: QPoint) -> None:
        menu = self.menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.mapToGlobal(at))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.show_menu(event.pos())

    def grow(self, step: int) -> None:
        self.resize(self.width() + step * RESIZE_STEP, self.height() + step * RESIZE_STEP * 3 // 2)

    def move_to_corner(self, corner: tuple[int, int]) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame = self.frameGeometry().size()
        self.move(area.left() + corner[0] * (area.width() - frame.width()),
                  area.top() + corner[1] * (area.height() - frame.height()))

    def on_top(self) -> bool:
        return bool(self.windowFlags() & Qt.WindowType.WindowStaysOnTopHint)

    def set_on_top(self, on: bool) -> None:
        if on != self.on_top():
            visible = self.isVisible()
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)  # hides the window: show it again
            if visible:
                self.show()
        self.on_top_action.setChecked(on)
        self._save_soon()

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

    def changeEvent(self, event: QEvent) -> None:
        """A window manager or platform that activates it anyway (ignoring WindowDoesNotAcceptFocus): the keyboard
        goes straight back to the main window, where the live keys work."""
        super().changeEvent(event)
        owner = self._owner
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and owner is not None \
                and owner.isVisible():
            QTimer.singleShot(0, owner.activateWindow)

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
        self.set_on_top(saved.get("on_top") is True)

    def placement(self) -> dict[str, object]:
        return {"x": self.x(), "y": self.y(), "width": self.width(), "height": self.height(),
                "background": self._background, "on_top": self.on_top()}

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
            self._was_live = True
        elif self._was_live:  # the stream it showed has ended: not "starts soon" over the goodbye
            self._placeholder = self.tr("The live sale has ended, thank you for watching")
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
