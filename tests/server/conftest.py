"""A real LanServer on 127.0.0.1 (a free port) over the demo database, and helpers with tokens to call it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import requests

from livehelper.server.runner import LanServer
from livehelper.services.context import AppContext


@dataclass
class Client:
    """requests with the base URL and a helper's bearer token."""

    base: str
    token: str
    http: requests.Session

    def get(self, path: str, **kwargs: object) -> requests.Response:
        return self.http.get(self.base + path, timeout=10, **kwargs)  # type: ignore[arg-type]

    def post(self, path: str, json: object, **kwargs: object) -> requests.Response:
        return self.http.post(self.base + path, json=json, timeout=10, **kwargs)  # type: ignore[arg-type]


def client_for(server: LanServer, token: str) -> Client:
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"
    return Client(server.url, token, http)


@pytest.fixture
def packer(server: LanServer, demo_context: AppContext) -> Client:
    _, token = demo_context.helpers.add("小王", "packer")
    return client_for(server, token)


@pytest.fixture
def assistant(server: LanServer, demo_context: AppContext) -> Client:
    _, token = demo_context.helpers.add("小李", "assistant", full_address=True)
    return client_for(server, token)
