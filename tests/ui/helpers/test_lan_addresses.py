"""Windows network findings: adapter names in the address list, the LAN adapter first, a reserved port told as
reserved, and the one-time firewall note before the first listen (Windows' firewall asks on the first listen).

The adapter list on Windows comes from GetAdaptersAddresses; here the ranking is given adapters as Windows names
them, and the dialog shows this machine's real ones."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtWidgets import QMessageBox

from livehelper.server.adapters import IF_TYPE_PROP_VIRTUAL, Adapter, adapters, rank
from livehelper.server.network import bind_failure
from livehelper.ui.helpers import firewall_note
from livehelper.ui.helpers.helpers_dialog import HelpersDialog
from livehelper.ui.helpers.lan_controller import LOOPBACK, LanController, LanState, candidate_addresses
from tests.ui.helpers.conftest import START_MS, free_port

WINDOWS_PC = [  # as ipconfig lists them on a streamer's laptop with WSL, VirtualBox and an accelerator running
    Adapter("vEthernet (WSL)", "172.29.160.1", False, "Hyper-V Virtual Ethernet Adapter", 6),
    Adapter("雷神加速器", "198.18.0.1", True, "Leigod TAP Adapter", 6),
    Adapter("VirtualBox Host-Only Network", "192.168.56.1", False, "VirtualBox Host-Only Ethernet Adapter", 6),
    Adapter("以太网 2", "10.8.0.6", True, "TAP-Windows Adapter V9", 6),
    Adapter("蓝牙网络连接", "169.254.20.7", False, "Bluetooth Device (Personal Area Network)", 6),
    Adapter("本地连接* 10", "192.168.137.1", False, "Microsoft Wi-Fi Direct Virtual Adapter", IF_TYPE_PROP_VIRTUAL),
    Adapter("以太网", "192.168.3.20", False, "Realtek PCIe GbE Family Controller", 6),
    Adapter("WLAN", "192.168.1.23", True, "Intel(R) Wi-Fi 6 AX201 160MHz", 71),
]


def test_the_lan_adapter_with_a_gateway_comes_first_and_virtual_and_vpn_adapters_last():
    ranked = rank(WINDOWS_PC)
    assert [a.name for a in ranked[:2]] == ["WLAN", "以太网"]
    assert {a.name for a in ranked[2:]} == {"vEthernet (WSL)", "雷神加速器", "VirtualBox Host-Only Network",
                                           "以太网 2", "本地连接* 10"}
    assert all(a.virtual_or_vpn for a in ranked[2:]) and "蓝牙网络连接" not in {a.name for a in ranked}


def test_a_reserved_port_is_not_called_in_use(lan: LanController):
    assert bind_failure(OSError(10013, "An attempt was made to access a socket in a way forbidden")) == "reserved"
    assert bind_failure(OSError(errno.EADDRINUSE, "Address already in use")) == "in_use"
    text = lan._failure_text("reserved")
    assert str(lan.port) in text and "in use" not in text and ("reserved" in text or "保留" in text)


def test_the_address_list_names_the_adapters(dialog: HelpersDialog):
    items = [(dialog.address_box.itemData(i), dialog.address_box.itemText(i))
             for i in range(dialog.address_box.count())]
    assert items[-1][0] == LOOPBACK or dialog.address_box.findData(LOOPBACK) >= 0
    for adapter in adapters():
        assert (adapter.address, f"{adapter.address} — {adapter.name}") in items
    assert [host for host, _name in candidate_addresses()][-1] == LOOPBACK


def _note(dialog: HelpersDialog) -> QMessageBox | None:
    found = dialog.findChild(QMessageBox, "firewall-note")
    return found if found is not None and found.isVisible() else None


def test_the_firewall_note_comes_once_before_the_first_listen(qtbot, monkeypatch, dialog: HelpersDialog,
                                                              lan: LanController):
    monkeypatch.setattr(firewall_note, "FIREWALL_PROMPTS", True)  # Windows' rule: the first listen is asked about
    network = [host for host, _name in candidate_addresses() if host != LOOPBACK]
    if not network:
        pytest.skip("this machine has no network address to listen on")
    dialog.address_box.setCurrentIndex(dialog.address_box.findData(network[0]))
    dialog.port_box.setValue(free_port())
    dialog.switch.click()
    qtbot.waitUntil(lambda: _note(dialog) is not None)
    note = _note(dialog)
    assert "Allow access" in note.text() or "允许访问" in note.text()
    assert lan.state is LanState.OFF  # nothing listens while the note is open
    with qtbot.waitSignal(lan.started, timeout=START_MS):
        note.button(QMessageBox.StandardButton.Ok).click()
    with qtbot.waitSignal(lan.stopped, timeout=START_MS):
        dialog.switch.click()
    with qtbot.waitSignal(lan.started, timeout=START_MS):  # the second time: no note
        dialog.switch.click()
    assert _note(dialog) is None
    assert not firewall_note.needs_note(lan.data_dir, network[0])
