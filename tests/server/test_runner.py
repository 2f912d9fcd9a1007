"""LanServer's life: the port it got, the pairing URL, a port already taken, stopping twice."""

from __future__ import annotations

import pytest
import requests

from livehelper.server.network import base_url, lan_address
from livehelper.server.runner import LanServer


def test_the_server_reports_its_real_port_and_pairing_url(server, packer):
    assert server.port > 0 and server.url == f"http://127.0.0.1:{server.port}"
    assert server.pairing_url(packer.token) == f"{server.url}/#token={packer.token}"
    assert server.running


def test_a_port_in_use_is_an_oserror_and_stopping_twice_is_harmless(server, demo_context):
    second = LanServer(demo_context, port=server.port)
    with pytest.raises(OSError):
        second.start()
    second.stop()
    server.stop()
    server.stop()
    with pytest.raises(requests.ConnectionError):
        requests.get(server.url + "/openapi.json", timeout=2)


def test_a_server_on_every_network_is_paired_through_the_lan_address():
    assert base_url("0.0.0.0", 8765) == f"http://{lan_address()}:8765"
    assert base_url("192.168.1.20", 8765) == "http://192.168.1.20:8765"
