"""The teleprompter window: keys drive the prompter service, the view scrolls, mirrors and counts down."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QKeySequence

from livehelper.domain.decks import DeckKind
from livehelper.storage.products import ProductQuery
from livehelper.ui.bridge import EventBridge
from livehelper.ui.keys.prompter_key_dialog import KeyBindingsDialog
from livehelper.ui.keys.prompter_keys import DEFAULT_KEYS, Action, find_conflict, from_prefs, to_prefs
from livehelper.ui.prompter.capture import capture_exclusion_available, set_excluded_from_capture, supports_exclusion
from livehelper.ui.prompter.settings import Countdown, PrompterSettings
from livehelper.ui.prompter.view import ALARM
from livehelper.ui.prompter.window import TeleprompterWindow


def millet_id(context) -> int:
    products = context.catalog.page(ProductQuery(text="米脂黄小米"), 0, 10)
    return next(p.id for p in products if p.name == "米脂黄小米")


def open_window(qtbot, context):
    bridge = EventBridge(context.events)
    window = TeleprompterWindow(context.prompter, bridge, context.data_dir)
    qtbot.addWidget(window)
    window.resize(1000, 640)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, bridge


@pytest.fixture
def prompter(qtbot, demo_context):
    demo_context.prompter.show_product(millet_id(demo_context))
    window, bridge = open_window(qtbot, demo_context)
    yield window
    bridge.stop()


def state(window):
    return window._prompter.state()


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window, key, modifier)


def test_keys_drive_the_service(qtbot, prompter, demo_context):
    assert state(prompter).paused and prompter.header.progress.text() == "1/4"
    press(qtbot, prompter, Qt.Key.Key_Space)
    assert demo_context.prompter.state().paused is False
    assert prompter.header.status.text() == "Running"
    press(qtbot, prompter, Qt.Key.Key_Space)
    assert demo_context.prompter.state().paused is True
    assert prompter.header.status.text() == "Paused"

    press(qtbot, prompter, Qt.Key.Key_Right)
    assert demo_context.prompter.state().index == 1
    assert prompter.header.progress.text() == "2/4"
    assert prompter.header.card.text() == "卖点"
    press(qtbot, prompter, Qt.Key.Key_PageDown)
    assert demo_context.prompter.state().index == 2
    press(qtbot, prompter, Qt.Key.Key_Left)
    assert demo_context.prompter.state().index == 1
    press(qtbot, prompter, Qt.Key.Key_PageUp)
    assert demo_context.prompter.state().index == 0
    assert prompter.view.text() == demo_context.prompter.state().card.text


def test_every_key_action_has_a_button_with_its_key_in_the_tooltip(qtbot, prompter, demo_context):
    controls = prompter.controls
    qtbot.mouseClick(controls.buttons[Action.NEXT], Qt.MouseButton.LeftButton)
    assert demo_context.prompter.state().index == 1
    qtbot.mouseClick(controls.buttons[Action.PAUSE], Qt.MouseButton.LeftButton)
    assert demo_context.prompter.state().paused is False
    assert controls.buttons[Action.PAUSE].text() == "❚❚ Pause"
    assert "Right" in controls.buttons[Action.NEXT].toolTip()
    assert "PgDown" in controls.buttons[Action.NEXT].toolTip()
    assert "F9" in controls.buttons[Action.FLASH_SALE].toolTip()
    press(qtbot, prompter, Qt.Key.Key_F10)
    assert not controls.isVisible()
    qtbot.mouseClick(prompter.header.controls_button, Qt.MouseButton.LeftButton)
    assert controls.isVisible()


def test_window_follows_changes_made_elsewhere(qtbot, prompter, demo_context):
    demo_context.prompter.next_card()
    assert prompter.header.card.text() == "卖点"
    assert prompter.header.progress.text() == "2/4"
    assert prompter.view.text() == demo_context.prompter.state().card.text
    flash = demo_context.cues.general_deck(DeckKind.FLASH_SALE)
    demo_context.prompter.show_deck(flash.id)
    assert prompter.header.deck.text() == "福利/秒杀"
    assert prompter.header.progress.text() == "1/3"
    assert prompter.header.flash_sale.isVisible()  # the 秒杀 deck shows its countdown, ready to start


def test_rebound_key_works_and_the_old_one_no_longer_does(qtbot, prompter, demo_context, modal):
    def rebind(dialog):
        dialog.edit(Action.NEXT).setKeySequence(QKeySequence("F13"))
        dialog.accept()

    modal.next(rebind)
    press(qtbot, prompter, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # opens the key dialog
    prompter.activateWindow()  # the offscreen platform does not give the activation back by itself
    qtbot.waitUntil(prompter.isActiveWindow)
    assert prompter.bindings()[Action.NEXT] == ("F13",)
    press(qtbot, prompter, Qt.Key.Key_Right)
    assert demo_context.prompter.state().index == 0
    press(qtbot, prompter, Qt.Key.Key_F13)
    assert demo_context.prompter.state().index == 1
    assert "F13" in prompter.controls.buttons[Action.NEXT].toolTip()
    prompter.save_settings()
    assert PrompterSettings.load(demo_context.data_dir).keys[Action.NEXT] == ("F13",)


def test_conflicting_binding_is_refused_naming_the_other_action(qtbot, prompter):
    dialog = KeyBindingsDialog(prompter.bindings(), prompter)
    qtbot.addWidget(dialog)
    dialog.edit(Action.NEXT).setKeySequence(QKeySequence("Space"))
    assert "Pause / resume scrolling" in dialog.message.text()
    assert "Space" in dialog.message.text()
    assert dialog.edit(Action.NEXT).keySequence().toString() == "Right, PgDown"
    assert dialog.bindings()[Action.NEXT] == ("Right", "PgDown")
    dialog.edit(Action.NEXT).setKeySequence(QKeySequence("F14"))
    assert dialog.message.text() == ""
    assert dialog.bindings()[Action.NEXT] == ("F14",)
    dialog.restore_defaults()
    assert dialog.bindings() == dict(DEFAULT_KEYS)


def test_key_map_helpers():
    bindings = dict(DEFAULT_KEYS)
    assert find_conflict(bindings, Action.NEXT, ["F13", "space"]) == ("space", Action.PAUSE)
    assert find_conflict(bindings, Action.NEXT, ["Right", "F13"]) is None  # its own key is no conflict
    loaded = from_prefs({"next": ["PageDown", "F13", "Bogus!"], "pause": ["Space"], "bigger": "oops",
                         "previous": ["F13"]})
    assert loaded[Action.NEXT] == ("PgDown", "F13")
    assert loaded[Action.PREVIOUS] == ()  # F13 already belongs to "next"
    assert loaded[Action.BIGGER] == DEFAULT_KEYS[Action.BIGGER]
    assert loaded[Action.LEAVE] == ("Esc",)
    assert from_prefs(to_prefs(loaded)) == loaded
    assert from_prefs(None) == dict(DEFAULT_KEYS)


def test_speed_and_font_size_keys(qtbot, prompter):
    speed, size = prompter.settings.speed, prompter.view.font_size()
    assert size == 44
    press(qtbot, prompter, Qt.Key.Key_Up)
    assert prompter.settings.speed == speed + 5
    press(qtbot, prompter, Qt.Key.Key_Down)
    press(qtbot, prompter, Qt.Key.Key_Down)
    assert prompter.settings.speed == speed - 5
    assert prompter.controls.speed_label.text() == f"speed {(speed - 5) // 5}"  # steps, not pixels per second
    press(qtbot, prompter, Qt.Key.Key_Plus)
    assert prompter.view.font_size() == size + 4
    press(qtbot, prompter, Qt.Key.Key_Equal)
    assert prompter.view.font_size() == size + 8
    press(qtbot, prompter, Qt.Key.Key_Minus)
    assert prompter.view.font_size() == size + 4
    assert prompter.controls.size_label.text() == f"{size + 4} px"


def test_auto_scroll_runs_only_while_not_paused_and_stops_at_the_end(qtbot, prompter, demo_context):
    view = prompter.view
    prompter.set_font_size(120)  # long enough to scroll
    prompter.set_speed(200)
    assert view.max_offset() > 50
    press(qtbot, prompter, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.offset() > 20)
    qtbot.waitUntil(lambda: prompter.card_remaining() < 59.9)

    press(qtbot, prompter, Qt.Key.Key_Space)
    assert demo_context.prompter.state().paused
    stopped_at = view.offset()
    press(qtbot, prompter, Qt.Key.Key_F9)  # the 秒杀 countdown keeps the frame timer going while paused
    qtbot.waitUntil(lambda: prompter.flash_sale_remaining() < 59.7)
    assert view.offset() == stopped_at

    press(qtbot, prompter, Qt.Key.Key_Space)
    qtbot.waitUntil(view.at_end, timeout=10_000)
    assert view.offset() == pytest.approx(view.max_offset())
    assert prompter.header.status.text() == "End of card"
    assert demo_context.prompter.state().index == 0  # never moves on by itself

    press(qtbot, prompter, Qt.Key.Key_Right)
    assert view.offset() == 0
    assert prompter.card_remaining() == 60


def ink_difference(a: QImage, b: QImage) -> float:
    """The share of clearly different pixels, at a size where anti-aliasing differences melt away."""
    def gray(image: QImage) -> bytes:
        small = image.scaled(400, 160, Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
        return bytes(small.convertToFormat(QImage.Format.Format_Grayscale8).constBits())

    x, y = gray(a), gray(b)
    return sum(abs(p - q) > 64 for p, q in zip(x, y, strict=True)) / len(x)


def test_mirroring_flips_the_painted_text(qtbot, prompter):
    plain = prompter.view.grab().toImage()
    flipped = plain.flipped(Qt.Orientation.Horizontal)
    assert ink_difference(plain, flipped) > 0.01
    press(qtbot, prompter, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert prompter.view.is_mirrored() and prompter.controls.mirror.isChecked()
    mirrored = prompter.view.grab().toImage()
    assert ink_difference(mirrored, plain) > 0.01
    assert ink_difference(mirrored, flipped) < 0.002
    press(qtbot, prompter, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert ink_difference(prompter.view.grab().toImage(), plain) < 0.002


def test_flash_sale_countdown_turns_red_in_the_last_ten_seconds(qtbot, prompter):
    assert not prompter.header.flash_sale.isVisible()
    press(qtbot, prompter, Qt.Key.Key_F9)
    assert prompter.flash_sale.running
    assert prompter.header.flash_sale.isVisible()
    assert prompter.header.flash_sale.text() == "Flash sale 1:00"
    assert prompter.flash_sale_color() != QColor(ALARM)
    prompter.set_flash_sale_remaining(10.5)
    assert prompter.flash_sale_color() != QColor(ALARM)
    qtbot.waitUntil(lambda: prompter.flash_sale_color() == QColor(ALARM))
    assert ALARM.name() in prompter.header.flash_sale.styleSheet()
    prompter.set_flash_sale_remaining(0.2)
    qtbot.waitUntil(lambda: not prompter.flash_sale.running)
    assert prompter.header.flash_sale.text() == "Flash sale 0:00"
    assert prompter.flash_sale_color() == QColor(ALARM)
    qtbot.mouseClick(prompter.controls.buttons[Action.FLASH_SALE], Qt.MouseButton.LeftButton)
    assert prompter.flash_sale.running and prompter.flash_sale_remaining() == 60


def test_flash_sale_and_card_seconds_are_adjustable(qtbot, prompter, demo_context):
    prompter.controls.flash_sale_seconds.setValue(30)
    prompter.controls.card_seconds.setValue(45)
    assert prompter.card_remaining() == 45
    prompter.toggle_flash_sale()
    assert prompter.flash_sale_remaining() == 30
    prompter.save_settings()
    saved = PrompterSettings.load(demo_context.data_dir)
    assert (saved.flash_sale_seconds, saved.card_seconds) == (30, 45)


def test_countdown_text():
    countdown = Countdown(90)
    assert countdown.text() == "1:30"
    countdown.advance(0.4)
    assert countdown.text() == "1:30"
    countdown.advance(80)
    assert countdown.text() == "0:10"
    countdown.advance(20)
    assert countdown.finished and countdown.text() == "0:00"


@pytest.mark.skipif(sys.platform == "win32", reason="the option exists on Windows 10 2004+")
def test_capture_option_is_disabled_with_the_reason(prompter):
    assert not capture_exclusion_available()
    assert not prompter.controls.capture.isEnabled()
    assert prompter.controls.capture_note.isVisible()
    assert "only on Windows 10 version 2004 or newer" in prompter.controls.capture_note.text()
    assert set_excluded_from_capture(prompter, True) is False


def test_capture_exclusion_needs_windows_10_2004():
    assert supports_exclusion("win32", 10, 19041)
    assert supports_exclusion("win32", 10, 22631)
    assert not supports_exclusion("win32", 10, 18363)
    assert not supports_exclusion("win32", 6, 9600)
    assert not supports_exclusion("linux", 10, 30000)


def test_theme_stay_on_top_and_full_screen(qtbot, prompter):
    assert prompter.view.theme().text == QColor("#f4f1ea")
    press(qtbot, prompter, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert prompter.settings.theme == "contrast"
    assert prompter.view.theme().text == QColor("#ffff00")
    assert prompter.controls.screen.count() >= 1
    press(qtbot, prompter, Qt.Key.Key_F11)
    qtbot.waitUntil(prompter.isFullScreen)
    assert prompter.screen() == prompter.chosen_screen()
    assert prompter.controls.buttons[Action.FULL_SCREEN].text() == "Leave full screen"
    press(qtbot, prompter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not prompter.isFullScreen())
    qtbot.mouseClick(prompter.controls.stay_on_top, Qt.MouseButton.LeftButton)
    assert prompter.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert prompter.isVisible() and prompter.settings.stay_on_top
    prompter.set_stay_on_top(False)
    assert not prompter.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    prompter.trigger(Action.LEAVE)
    qtbot.waitUntil(lambda: not prompter.isVisible())


def test_settings_are_remembered(qtbot, prompter, demo_context):
    prompter.set_font_size(60)
    prompter.set_mirrored(True)
    prompter.set_theme("contrast")
    press(qtbot, prompter, Qt.Key.Key_Escape)  # not in full screen: Esc closes
    assert not prompter.isVisible()
    again, bridge = open_window(qtbot, demo_context)
    assert again.view.font_size() == 60
    assert again.view.is_mirrored()
    assert again.settings.theme == "contrast"
    bridge.stop()


def test_nothing_to_show(qtbot, context):
    window, bridge = open_window(qtbot, context)
    assert window.header.progress.text() == "0/0"
    assert "No cue cards" in window.view.text()
    press(qtbot, window, Qt.Key.Key_Right)
    press(qtbot, window, Qt.Key.Key_Space)
    assert context.prompter.state().deck_id is None
    bridge.stop()


def test_cards_with_ad_law_findings_carry_a_marker(qtbot, prompter, demo_context):
    deck = demo_context.cues.deck_for_product(millet_id(demo_context))
    demo_context.cues.save_text(deck.id, "# 价格\n全网最低价\n---\n# 种植\n有机种植\n---\n# 吃法\n熬粥香", deck.version)
    qtbot.waitUntil(lambda: prompter.header.adlaw.isVisible())
    assert prompter.header.adlaw.text() == "⚖ 1 ad-law finding(s)"
    assert prompter.header.adlaw.property("severity") == "violation"
    demo_context.prompter.next_card()
    qtbot.waitUntil(lambda: prompter.header.adlaw.property("severity") == "verify")  # 有机 needs proof
    demo_context.prompter.next_card()
    qtbot.waitUntil(lambda: not prompter.header.adlaw.isVisible())
