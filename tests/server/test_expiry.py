"""Issue 19: an optional expiry per helper token, kept by the server and shown by `helpers add/list`."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
import requests
from sqlalchemy import update

from livehelper.domain.errors import ValidationError
from livehelper.storage.models import HelperRecord
from tests.server.conftest import client_for


def _expire(context, helper_id: int) -> None:
    with context.database.sessions.begin() as session:
        session.execute(update(HelperRecord).where(HelperRecord.id == helper_id)
                        .values(expires_at=datetime.now(UTC) - timedelta(seconds=1)))


def test_a_token_works_until_it_expires(server, demo_context):
    helper, token = demo_context.helpers.add("小王", expires_days=30)
    assert helper.expires_at is not None
    assert timedelta(days=29, hours=23) < helper.expires_at - datetime.now(UTC) <= timedelta(days=30)
    phone = client_for(server, token)
    assert phone.get("/api/v1/me").status_code == 200
    later, later_token = demo_context.helpers.add("小李", expires_days=1)
    _expire(demo_context, later.id)
    assert client_for(server, later_token).get("/api/v1/me").status_code == 401
    assert [h.expired() for h in demo_context.helpers.list() if h.name == "小李"] == [True]


def test_an_event_stream_ends_when_its_token_expires(server, demo_context):
    helper, token = demo_context.helpers.add("小王", expires_days=30)
    with requests.get(f"{server.url}/api/v1/events?token={token}", stream=True, timeout=10) as stream:
        lines = stream.iter_lines(decode_unicode=True)
        assert next(lines) == "retry: 3000"
        _expire(demo_context, helper.id)
        list(lines)  # ends within a second or so; a read timeout (10 s) would raise instead


def test_an_expiry_out_of_range_is_refused(demo_context):
    for days in (0, -3, 100_000):
        with pytest.raises(ValidationError):
            demo_context.helpers.add("小王", expires_days=days)


def test_the_command_line_adds_with_an_expiry_and_lists_it(demo_context):
    base = [sys.executable, "-m", "livehelper", "--data-dir", str(demo_context.data_dir), "--lang", "en", "helpers"]
    added = subprocess.run([*base, "add", "小王", "--expires-days", "30", "--json"], capture_output=True, text=True,
                           timeout=60, check=False)
    assert added.returncode == 0, added.stderr
    expires_at = datetime.fromisoformat(json.loads(added.stdout)["expires_at"])
    assert timedelta(days=29) < expires_at - datetime.now(UTC) <= timedelta(days=30)
    listed = subprocess.run([*base, "list"], capture_output=True, text=True, timeout=60, check=False)
    assert f"expires {expires_at.astimezone():%Y-%m-%d}" in listed.stdout
    refused = subprocess.run([*base, "add", "小李", "--expires-days", "0"], capture_output=True, text=True,
                             timeout=60, check=False)
    assert refused.returncode in (1, 2) and len(refused.stderr.strip().splitlines()) == 1
