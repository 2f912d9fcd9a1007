"""Issue 19 on the helper page in real headless Chromium: the brake never locks out a paired phone, and a phone
told to wait comes back by itself when the wait ends."""

from __future__ import annotations

import requests
from sqlalchemy import update

from livehelper.server.security import FailureLimiter
from livehelper.services.helpers import token_hash
from livehelper.storage.models import HelperRecord
from tests.web.page import cards, open_paired, text_of, visible, wait_until


def test_a_paired_phone_works_after_a_web_page_spammed_the_api_from_its_address(browser, lan_server,
                                                                                 demo_context):
    for _ in range(10):  # what six <img src=/api/v1/me> on any web page do, and more
        assert requests.get(lan_server.url + "/api/v1/me", timeout=5).status_code == 401
    for n in range(FailureLimiter().limit + 1):
        requests.get(lan_server.url + "/api/v1/me", headers={"Authorization": f"Bearer guess{n}"}, timeout=5)
    _, token = demo_context.helpers.add("小王")
    open_paired(browser, lan_server.pairing_url(token))
    assert cards(browser)


def test_a_phone_told_to_wait_tries_again_by_itself(browser, lan_server, demo_context):
    lan_server.app.state.limiter = FailureLimiter(limit=1, window=2)
    token = "a-token-not-yet-valid-" + "x" * 20
    assert requests.get(lan_server.url + "/api/v1/me", headers={"Authorization": f"Bearer {token}"},
                        timeout=5).status_code == 401  # the address is now braked for 2 s
    browser.get(lan_server.pairing_url(token))
    wait_until(browser, lambda: "秒后再试" in text_of(browser, "pairing-text"), what="the wait")
    helper, _ = demo_context.helpers.add("小王")  # paired meanwhile: the token becomes valid
    with demo_context.database.sessions.begin() as session:
        session.execute(update(HelperRecord).where(HelperRecord.id == helper.id).values(token_hash=token_hash(token)))
    wait_until(browser, lambda: visible(browser, "app") and cards(browser), timeout=6, what="the queue, unreloaded")
    assert not visible(browser, "pairing")
