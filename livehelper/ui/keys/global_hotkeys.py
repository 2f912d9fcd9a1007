"""Global hotkeys on Windows: RegisterHotKey for each bound key, and a native event filter that turns the
WM_HOTKEY messages Windows then posts into `GlobalHotkeys.triggered`.

The keys are registered to a hidden window of our own, not to the thread (hwnd NULL): a thread message is
thrown away by every modal loop Qt does not run — a native file dialog, a window being dragged or resized — while
a window's message is dispatched to its window procedure by any loop, so a pedal press is never lost
(learn.microsoft.com/windows/win32/api/winuser/nf-winuser-registerhotkey; "thread messages … are lost if posted
while the thread is in a modal loop": learn.microsoft.com/windows/win32/winmsg/about-messages-and-message-queues).
A key Windows refuses is reported with GetLastError's code and stays bound inside LiveHelper (keys_refused).

They work while the platform's streaming client has the focus (even an elevated one, unlike keyboard hooks).
Elsewhere `apply` says they are Windows-only; the caller keeps the keys working inside LiveHelper.
"""

from __future__ import annotations

import ctypes
import sys
import weakref
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import Protocol

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QWindow

from livehelper.ui.keys.hotkey_keys import MOD_NOREPEAT, GlobalAction, Refusal, refusal_of, windows_key
from livehelper.ui.keys.hotkey_names import GlobalActionNames
from livehelper.ui.keys.key_bindings import display

WM_HOTKEY = 0x0312
WINDOWS_MESSAGE_EVENT = b"windows_generic_MSG"
# RegisterHotKey ids an application may use: 0x0000–0xBFFF (higher ones belong to shared DLLs).
_FIRST_ID, _LAST_ID = 0x0001, 0xBFFF
_ids_in_use: set[int] = set()  # ids are per thread, and every GlobalHotkeys registers on the GUI thread


def _free_id() -> int:
    return next(i for i in range(_FIRST_ID, _LAST_ID + 1) if i not in _ids_in_use)


class User32(Protocol):
    """The two user32.dll functions used here (a recording stand-in replaces Windows in tests); the error code of
    a failed call comes from `last_error` (ctypes' copy of GetLastError on Windows)."""

    def RegisterHotKey(self, hwnd: int | None, hotkey_id: int, modifiers: int, virtual_key: int) -> int: ...

    def UnregisterHotKey(self, hwnd: int | None, hotkey_id: int) -> int: ...


def windows_user32() -> User32 | None:
    """user32.dll with typed hotkey functions on Windows; None on any other OS."""
    if sys.platform != "win32":
        return None
    from ctypes import wintypes

    user32 = ctypes.WinDLL("user32", use_last_error=True)  # our own handle: argtypes set here stay ours
    user32.last_error = ctypes.get_last_error  # RegisterHotKey's GetLastError, saved by ctypes right after the call
    user32.RegisterHotKey.argtypes = (wintypes.HWND, ctypes.c_int, wintypes.UINT, wintypes.UINT)
    user32.RegisterHotKey.restype = wintypes.BOOL
    user32.UnregisterHotKey.argtypes = (wintypes.HWND, ctypes.c_int)
    user32.UnregisterHotKey.restype = wintypes.BOOL
    return user32  # type: ignore[no-any-return]


ERROR_HOTKEY_ALREADY_REGISTERED = 1409


def windows_error(user32: User32) -> str:
    """GetLastError of the failed call as "Windows error 1409: Hot key is already registered."."""
    read = getattr(user32, "last_error", None)
    code = int(read()) if callable(read) else 0
    text = ctypes.FormatError(code).strip() if sys.platform == "win32" and code else ""  # type: ignore[attr-defined]
    if not text and code == ERROR_HOTKEY_ALREADY_REGISTERED:
        text = "Hot key is already registered."
    return f"Windows error {code}: {text}" if text else f"Windows error {code}"


class WindowsMessage(ctypes.Structure):
    """A Win32 MSG with Windows' field sizes on any OS (ctypes.wintypes uses the host's long)."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint32),
        ("wParam", ctypes.c_size_t),  # WPARAM = UINT_PTR: the hotkey id for WM_HOTKEY
        ("lParam", ctypes.c_ssize_t),  # LPARAM = LONG_PTR: modifiers (low word) and virtual key (high word)
        ("time", ctypes.c_uint32),
        ("pt_x", ctypes.c_int32),
        ("pt_y", ctypes.c_int32),
    )


class HotkeyMessageFilter(QAbstractNativeEventFilter):
    """Hands WM_HOTKEY messages carrying one of `actions`' ids to `on_hotkey`, and swallows them."""

    def __init__(self, on_hotkey: Callable[[GlobalAction], None]) -> None:
        super().__init__()
        self.actions: dict[int, GlobalAction] = {}
        self.installed = False  # on the QCoreApplication
        self.hwnd: int | None = None  # the hidden window the keys are registered to
        self._on_hotkey = on_hotkey

    def nativeEventFilter(self, eventType: QByteArray | bytes, message: int) -> tuple[bool, int]:
        # PySide reads a (handled, result) pair back; a bare bool would count as "not handled".
        address = int(message)  # a shiboken VoidPtr when Qt calls
        if bytes(eventType) != WINDOWS_MESSAGE_EVENT or not address:
            return False, 0
        msg = WindowsMessage.from_address(address)
        ours = msg.message == WM_HOTKEY and (self.hwnd is None or (msg.hwnd or 0) == self.hwnd)
        action = self.actions.get(msg.wParam) if ours else None
        if action is None:
            return False, 0
        self._on_hotkey(action)
        return True, 0


def _release(user32: User32, message_filter: HotkeyMessageFilter) -> None:
    """Unregister every hotkey and remove the filter (on close() and when the QObject is destroyed)."""
    for hotkey_id in message_filter.actions:
        user32.UnregisterHotKey(message_filter.hwnd, hotkey_id)
        _ids_in_use.discard(hotkey_id)
    message_filter.actions.clear()
    application = QCoreApplication.instance()
    if message_filter.installed and application is not None:
        application.removeNativeEventFilter(message_filter)
    message_filter.installed = False


def _emit_later(hotkeys: weakref.ref[GlobalHotkeys], action: GlobalAction) -> None:
    # Queued: the slot (a tally written to the database, maybe a dialog) must not run inside Windows' message
    # retrieval; and the filter must not keep the QObject alive.
    target = hotkeys()
    if target is not None:
        QTimer.singleShot(0, target, partial(target.triggered.emit, action.value))


class GlobalHotkeys(QObject):
    """Registers the bound keys system-wide; `triggered` carries the GlobalAction value of a pressed key."""

    triggered = Signal(str)

    def __init__(self, parent: QObject | None = None, user32: User32 | None = None,
                 use_windows: bool = True) -> None:
        """`user32` defaults to the real one on Windows; `use_windows=False` leaves it out even there."""
        super().__init__(parent)
        self._user32 = user32 if user32 is not None else (windows_user32() if use_windows else None)
        self.native_filter = HotkeyMessageFilter(partial(_emit_later, weakref.ref(self)))
        self.keys_refused: dict[GlobalAction, tuple[str, ...]] = {}  # by Windows in the last apply: bind inside
        self._message_window: QWindow | None = None
        if self._user32 is not None:  # a partial, not a method: it must outlive this object's Python side
            self.destroyed.connect(partial(_release, self._user32, self.native_filter))

    def available(self) -> bool:
        return self._user32 is not None

    def unavailable_reason(self) -> str:
        if self.available():
            return ""
        return self.tr("Global hotkeys work only on Windows. Here these keys work while LiveHelper has the focus.")

    def registered(self) -> dict[int, GlobalAction]:
        """Hotkey id -> action, for the keys Windows accepted in the last `apply`."""
        return dict(self.native_filter.actions)

    def apply(self, bindings: Mapping[GlobalAction, Iterable[str]]) -> list[str]:
        """Register exactly these keys (the previous ones are released); one sentence per key that fails."""
        self.close()
        self.keys_refused = {}
        if self._user32 is None:
            return [self.unavailable_reason()]
        self._install_filter()
        self.native_filter.hwnd = self._window_handle()
        problems: list[str] = []
        taken: dict[tuple[int, int], str] = {}
        names = GlobalActionNames()
        for action, keys in bindings.items():
            for key in keys:
                code = windows_key(key)
                refusal = refusal_of(key)
                if refusal is not None or code is None:  # never take a typing key from every other program
                    problems.append(names.refusal(key, refusal or Refusal.NO_WINDOWS_KEY))
                    continue
                if code in taken:
                    problems.append(self.tr("{key} is the same key for Windows as {other}, so it was left out.")
                                    .format(key=display((key,)), other=display((taken[code],))))
                    continue
                problem = self._register(action, key, code)
                if problem:
                    problems.append(problem)
                    self.keys_refused[action] = (*self.keys_refused.get(action, ()), key)
                else:
                    taken[code] = key
        return problems

    def close(self) -> None:
        """Release every registered key (also done when this object is destroyed)."""
        if self._user32 is not None:
            _release(self._user32, self.native_filter)

    def _window_handle(self) -> int:
        """The hidden window WM_HOTKEY is posted to (created once; never shown)."""
        if self._message_window is None:
            self._message_window = QWindow()
            self._message_window.setObjectName("livehelper-hotkeys")
            self._message_window.create()
        return int(self._message_window.winId())

    def _install_filter(self) -> None:
        application = QCoreApplication.instance()
        if not self.native_filter.installed and application is not None:
            application.installNativeEventFilter(self.native_filter)
            self.native_filter.installed = True

    def _register(self, action: GlobalAction, key: str, code: tuple[int, int]) -> str:
        assert self._user32 is not None
        hotkey_id = _free_id()
        modifiers, virtual_key = code
        if self._user32.RegisterHotKey(self.native_filter.hwnd, hotkey_id, modifiers | MOD_NOREPEAT, virtual_key):
            self.native_filter.actions[hotkey_id] = action
            _ids_in_use.add(hotkey_id)
            return ""
        problem = self.tr("{key} could not be made a global hotkey: another program probably uses it already. "
                          "Choose another key; until then it works while LiveHelper has the focus.").format(
                              key=display((key,)))
        return f"{problem} ({windows_error(self._user32)})"
