"""Global hotkeys: the key rules and Windows codes, the prefs, and registration and dispatch against a recording
stand-in for user32.dll (the OS part; our own code runs for real, with a real ctypes MSG)."""

from __future__ import annotations

import ctypes
import gc
import json
import sys

import pytest
import shiboken6
from PySide6.QtCore import QByteArray, QObject

from livehelper import prefs
from livehelper.ui.keys.global_hotkeys import WM_HOTKEY, GlobalHotkeys, WindowsMessage
from livehelper.ui.keys.hotkey_keys import (
    MOD_ALT,
    MOD_CONTROL,
    MOD_NOREPEAT,
    MOD_SHIFT,
    MOD_WIN,
    GlobalAction,
    GlobalConflict,
    Refusal,
    defaults,
    find_conflict,
    load_hotkeys,
    refusal_of,
    save_hotkeys,
    windows_key,
)
from livehelper.ui.keys.hotkey_names import GlobalActionNames

WM_KEYDOWN = 0x0100


class RecordingUser32:
    """Stands in for user32.dll: records the calls and, like Windows, refuses a key already registered."""

    def __init__(self, held_elsewhere: tuple[int, ...] = ()) -> None:
        self.calls: list[tuple] = []
        self.registered: dict[int, tuple[int, int]] = {}
        self._held_elsewhere = set(held_elsewhere)  # virtual keys another program has registered

    def RegisterHotKey(self, hwnd, hotkey_id, modifiers, virtual_key):
        self.calls.append(("register", hwnd, hotkey_id, modifiers, virtual_key))
        taken = {(mods & ~MOD_NOREPEAT, vk) for mods, vk in self.registered.values()}
        if (virtual_key in self._held_elsewhere or hotkey_id in self.registered
                or (modifiers & ~MOD_NOREPEAT, virtual_key) in taken):
            return 0
        self.registered[hotkey_id] = (modifiers, virtual_key)
        return 1

    def UnregisterHotKey(self, hwnd, hotkey_id):
        self.calls.append(("unregister", hwnd, hotkey_id))
        return int(self.registered.pop(hotkey_id, None) is not None)


def press(hotkeys: GlobalHotkeys, hotkey_id: int, message: int = WM_HOTKEY,
          event_type: bytes = b"windows_generic_MSG") -> object:
    """What Qt's Windows event dispatcher does with each message it fetches: offer it to the native filters.
    (PySide's QAbstractEventDispatcher.filterNativeEvent cannot be called from Python, so straight to ours.)"""
    msg = WindowsMessage(hwnd=hotkeys.native_filter.hwnd, message=message, wParam=hotkey_id, lParam=0x7C << 16)
    return hotkeys.native_filter.nativeEventFilter(QByteArray(event_type), ctypes.addressof(msg))


def id_of(hotkeys: GlobalHotkeys, action: GlobalAction) -> int:
    return next(hotkey_id for hotkey_id, bound in hotkeys.registered().items() if bound is action)


@pytest.fixture
def user32() -> RecordingUser32:
    return RecordingUser32()


@pytest.fixture
def hotkeys(qapp, user32: RecordingUser32):
    keys = GlobalHotkeys(user32=user32)
    yield keys
    keys.close()


@pytest.mark.parametrize(("key", "code"), [
    ("F1", (0, 0x70)),
    ("F13", (0, 0x7C)),
    ("F24", (0, 0x87)),
    ("Shift+F13", (MOD_SHIFT, 0x7C)),
    ("Ctrl+Alt+T", (MOD_CONTROL | MOD_ALT, 0x54)),
    ("Meta+Shift+F5", (MOD_WIN | MOD_SHIFT, 0x74)),
    ("Ctrl+7", (MOD_CONTROL, 0x37)),
    ("Space", (0, 0x20)),
    ("Return", (0, 0x0D)),
    ("Tab", (0, 0x09)),
    ("Esc", (0, 0x1B)),
    ("PgUp", (0, 0x21)),
    ("PgDown", (0, 0x22)),
    ("End", (0, 0x23)),
    ("Home", (0, 0x24)),
    ("Left", (0, 0x25)),
    ("Down", (0, 0x28)),
    ("Ins", (0, 0x2D)),
    ("Del", (0, 0x2E)),
    ("Media Play", (0, 0xB3)),
    ("Toggle Media Play/Pause", (0, 0xB3)),
    ("Media Next", (0, 0xB0)),
    ("Media Previous", (0, 0xB1)),
    ("Media Stop", (0, 0xB2)),
])
def test_portable_key_names_map_to_windows_modifiers_and_virtual_keys(key, code):
    assert windows_key(key) == code


@pytest.mark.parametrize("key", ["F25", "Ctrl+;", "Ctrl+É", "", "not a key"])
def test_keys_windows_has_no_code_for_map_to_none(key):
    assert windows_key(key) is None
    assert refusal_of(key) is Refusal.NO_WINDOWS_KEY


@pytest.mark.parametrize("key", ["A", "Shift+A", "7", "Space", "Return", "Tab", "Backspace", "Left", "PgDown",
                                 "Esc", "Del", "Volume Up"])
def test_plain_keys_are_refused_because_every_other_program_needs_them(key):
    assert refusal_of(key) is Refusal.NEEDED_BY_OTHER_PROGRAMS


@pytest.mark.parametrize("key", ["F1", "F13", "F24", "Shift+F13", "Ctrl+F24", "Media Play", "Media Next",
                                 "Ctrl+Alt+T", "Alt+1", "Ctrl+Space", "Ctrl+Shift+Left", "F11"])
def test_function_media_and_command_keys_are_accepted(key):
    assert refusal_of(key) is None


@pytest.mark.parametrize("key", ["F12", "Shift+F12", "Meta+K", "Meta+Shift+F5", "Meta+F13", "Ctrl+Meta+1"])
def test_keys_windows_reserves_are_refused(key):
    """RegisterHotKey: F12 is the debugger's at all times; Win key combinations belong to the system."""
    assert refusal_of(key) is Refusal.RESERVED_BY_WINDOWS
    assert "F12" in GlobalActionNames().refusal(key, Refusal.RESERVED_BY_WINDOWS) or "F12" in \
        GlobalActionNames().refusal(key, Refusal.RESERVED_BY_WINDOWS).upper()


def test_find_conflict_tells_a_key_taken_by_another_action_from_a_key_refused_system_wide():
    bindings = defaults()
    taken = find_conflict(bindings, GlobalAction.TALLY, ("F18", "F14"))
    assert taken == GlobalConflict("F14", GlobalAction.UNDO)
    assert taken.refusal is None
    key, owner = taken  # the same shape as the other key sets' conflicts
    assert (key, owner) == ("F14", GlobalAction.UNDO)

    refused = find_conflict(bindings, GlobalAction.TALLY, ("Space",))
    assert refused == GlobalConflict("Space", None)
    assert refused.refusal is Refusal.NEEDED_BY_OTHER_PROGRAMS

    assert find_conflict(bindings, GlobalAction.TALLY, ("F13", "Ctrl+Alt+T")) is None


def test_refusal_sentences_name_the_key_and_say_why(qapp):
    names = GlobalActionNames()
    typing = names.conflict(GlobalConflict("Space", None))
    assert "Space" in typing and "every other program" in typing and "F13" in typing
    unknown = names.conflict(GlobalConflict("F25", None))
    assert "F25" in unknown and "Windows has no key code" in unknown
    taken = names.conflict(GlobalConflict("F14", GlobalAction.UNDO))
    assert "F14" in taken and "Undo the last tally" in taken
    assert all(names.label(action) for action in GlobalAction)


def test_prefs_round_trip_keeps_other_preferences(tmp_path):
    prefs.save(tmp_path, language="en")
    assert load_hotkeys(tmp_path) == defaults()
    bindings = defaults() | {GlobalAction.TALLY: ("F18", "Ctrl+Alt+T"), GlobalAction.UNDO: ()}
    save_hotkeys(tmp_path, bindings)
    assert load_hotkeys(tmp_path) == bindings
    assert prefs.load(tmp_path)["language"] == "en"
    assert prefs.load(tmp_path)["global_hotkeys"]["tally"] == ["F18", "Ctrl+Alt+T"]


def test_hand_edited_prefs_drop_what_cannot_work_and_fill_in_defaults(tmp_path):
    (tmp_path / "prefs.json").write_text(json.dumps({"global_hotkeys": {
        "tally": ["f18", "A", "bogus key", 5, "F18"],
        "undo": ["F18", "Media Play"],
        "next_cue": [],
        "pause_prompter": "F20",
        "dance": ["F21"],
    }}), "utf-8")
    assert load_hotkeys(tmp_path) == {
        GlobalAction.NEXT_PRODUCT: ("F15",),
        GlobalAction.TALLY: ("F18",),
        GlobalAction.UNDO: ("Media Play",),
        GlobalAction.NEXT_CUE: (),
        GlobalAction.PAUSE_PROMPTER: ("F17",),
    }
    (tmp_path / "prefs.json").write_text(json.dumps({"global_hotkeys": ["F13"]}), "utf-8")
    assert load_hotkeys(tmp_path) == defaults()


@pytest.mark.skipif(sys.platform == "win32", reason="checks the message on an OS without RegisterHotKey")
def test_elsewhere_than_windows_apply_says_so_and_registers_nothing(qapp):
    keys = GlobalHotkeys()
    assert not keys.available()
    problems = keys.apply(defaults())
    assert problems == [keys.unavailable_reason()]
    assert "only on Windows" in problems[0] and "while LiveHelper has the focus" in problems[0]
    assert keys.registered() == {}


def test_apply_registers_each_key_once_without_repeat(hotkeys, user32):
    assert hotkeys.available() and hotkeys.unavailable_reason() == ""
    assert hotkeys.apply(defaults()) == []
    registrations = [call for call in user32.calls if call[0] == "register"]
    assert sorted((mods, vk) for _, _, _, mods, vk in registrations) == [
        (MOD_NOREPEAT, 0x7C), (MOD_NOREPEAT, 0x7D), (MOD_NOREPEAT, 0x7E), (MOD_NOREPEAT, 0x7F), (MOD_NOREPEAT, 0x80)]
    # To the hidden window, not the thread (hwnd NULL): a modal loop (file dialog, window drag) drops thread messages
    assert hotkeys.native_filter.hwnd and all(hwnd == hotkeys.native_filter.hwnd for _, hwnd, *_ in registrations)
    assert sorted(hotkeys.registered().values()) == sorted(GlobalAction)
    assert user32.registered[id_of(hotkeys, GlobalAction.TALLY)] == (MOD_NOREPEAT, 0x7C)


def test_apply_again_releases_the_previous_keys_first(hotkeys, user32):
    hotkeys.apply(defaults())
    old_ids = set(hotkeys.registered())
    user32.calls.clear()
    assert hotkeys.apply({GlobalAction.TALLY: ("Ctrl+Alt+T",)}) == []
    assert {call[2] for call in user32.calls if call[0] == "unregister"} == old_ids
    assert user32.calls[-1][0] == "register"
    assert list(user32.registered.values()) == [(MOD_CONTROL | MOD_ALT | MOD_NOREPEAT, 0x54)]
    assert list(hotkeys.registered().values()) == [GlobalAction.TALLY]


def test_a_key_windows_refuses_is_reported_by_name_and_the_others_still_work(qapp):
    user32 = RecordingUser32(held_elsewhere=(0x7D,))  # F14: another program holds it
    hotkeys = GlobalHotkeys(user32=user32)
    problems = hotkeys.apply(defaults())
    assert len(problems) == 1
    assert "F14" in problems[0] and "another program" in problems[0]
    assert GlobalAction.UNDO not in hotkeys.registered().values()
    assert len(user32.registered) == 4
    hotkeys.close()


def test_apply_never_takes_a_typing_key_or_one_key_twice(hotkeys, user32):
    problems = hotkeys.apply({GlobalAction.TALLY: ("Space", "Media Play"), GlobalAction.UNDO: ("Media Pause",),
                              GlobalAction.NEXT_CUE: ("F25",)})
    assert len(problems) == 3
    assert "Space" in problems[0] and "every other program" in problems[0]
    assert "Media Pause" in problems[1] and "Media Play" in problems[1]
    assert "F25" in problems[2]
    assert list(user32.registered.values()) == [(MOD_NOREPEAT, 0xB3)]
    assert list(hotkeys.registered().values()) == [GlobalAction.TALLY]


def test_wm_hotkey_with_our_id_emits_the_action(qtbot, hotkeys):
    hotkeys.apply(defaults())
    with qtbot.waitSignal(hotkeys.triggered, timeout=2000) as blocker:
        assert press(hotkeys, id_of(hotkeys, GlobalAction.TALLY)) == (True, 0)
    assert blocker.args == ["tally"]
    with qtbot.waitSignal(hotkeys.triggered, timeout=2000) as blocker:
        msg = WindowsMessage(hwnd=hotkeys.native_filter.hwnd, message=WM_HOTKEY,
                             wParam=id_of(hotkeys, GlobalAction.PAUSE_PROMPTER))
        assert hotkeys.native_filter.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg)) == (True, 0)
    assert blocker.args == ["pause_prompter"]


def test_a_wm_hotkey_for_another_window_is_left_to_qt(qtbot, hotkeys):
    hotkeys.apply(defaults())
    msg = WindowsMessage(hwnd=(hotkeys.native_filter.hwnd or 0) + 1, message=WM_HOTKEY,
                         wParam=id_of(hotkeys, GlobalAction.TALLY))
    assert hotkeys.native_filter.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg)) == (False, 0)


def test_a_key_windows_refuses_reports_getlasterror_and_is_bound_inside(qtbot, qapp):
    held = RecordingUser32(held_elsewhere=(0x7C,))  # F13 registered by another program
    held.last_error = lambda: 1409  # ERROR_HOTKEY_ALREADY_REGISTERED
    keys = GlobalHotkeys(user32=held)
    try:
        problems = keys.apply(defaults())
        assert len(problems) == 1 and "F13" in problems[0] and "Windows error 1409" in problems[0]
        assert keys.keys_refused == {GlobalAction.TALLY: ("F13",)}
    finally:
        keys.close()


def test_other_messages_are_left_to_qt(qtbot, hotkeys):
    hotkeys.apply(defaults())
    tally_id = id_of(hotkeys, GlobalAction.TALLY)
    foreign_id = max(hotkeys.registered()) + 100
    with qtbot.assertNotEmitted(hotkeys.triggered, wait=50):
        assert press(hotkeys, foreign_id) == (False, 0)
        assert press(hotkeys, tally_id, message=WM_KEYDOWN) == (False, 0)
        assert press(hotkeys, tally_id, event_type=b"windows_dispatcher_MSG") == (False, 0)


def test_after_close_nothing_is_registered_or_dispatched(qtbot, hotkeys, user32):
    hotkeys.apply(defaults())
    tally_id = id_of(hotkeys, GlobalAction.TALLY)
    hotkeys.close()
    assert user32.registered == {} and hotkeys.registered() == {}
    with qtbot.assertNotEmitted(hotkeys.triggered, wait=50):
        assert press(hotkeys, tally_id) == (False, 0)


def test_destroying_the_object_releases_its_keys(qapp, user32):
    parent = QObject()
    GlobalHotkeys(parent, user32=user32).apply(defaults())
    assert len(user32.registered) == 5
    shiboken6.delete(parent)
    assert user32.registered == {}

    orphan = GlobalHotkeys(user32=user32)
    orphan.apply({GlobalAction.TALLY: ("F13",)})
    assert len(user32.registered) == 1
    del orphan
    gc.collect()
    assert user32.registered == {}
