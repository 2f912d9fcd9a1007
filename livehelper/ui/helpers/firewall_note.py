"""The one-time note before the helper service first listens on the LAN: what Windows' firewall will ask.

The first time a program listens on a network address, Windows Defender Firewall asks whether to allow it, on
private and/or public networks. Closing that prompt or allowing only "public" leaves the phones on the shop's
Wi-Fi (a private network) unable to connect, and nothing says why. So before the first switch-on the user is
told what will appear and what to tick (learn.microsoft.com/windows/security/operating-system-security/
network-security/windows-firewall/rules: "the user is prompted to allow … when an app listens"). Once per data
folder, remembered in prefs.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from livehelper.domain.messages import Message
from livehelper.prefs import load as load_prefs
from livehelper.prefs import save as save_prefs
from livehelper.ui.i18n import current_language

PREF_SHOWN = "firewall_note_shown"
FIREWALL_PROMPTS = sys.platform == "win32"  # other systems ask nothing when a program listens
LOOPBACK_PREFIX = "127."


def needs_note(data_dir: Path, host: str) -> bool:
    """Before the first listen on a network address (not 127.x: only this PC, no prompt) on Windows."""
    if not FIREWALL_PROMPTS or host.startswith(LOOPBACK_PREFIX):
        return False
    return load_prefs(data_dir).get(PREF_SHOWN) is not True


def note_text() -> str:
    return Message(
        "Windows will now ask whether LiveHelper may use the network (Windows Defender Firewall). Tick "
        "\"Private networks\" (the shop's Wi-Fi) and click \"Allow access\". If phones cannot connect later, "
        "see 手机连不上？ in docs/helper-pairing.md.").render(current_language())


def show_note(data_dir: Path, parent: QWidget) -> QMessageBox:
    """Non-blocking: the caller starts listening when the box is closed (its `finished` signal)."""
    save_prefs(data_dir, **{PREF_SHOWN: True})
    box = QMessageBox(QMessageBox.Icon.Information, "LiveHelper", note_text(), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("firewall-note")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
