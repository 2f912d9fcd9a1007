"""Issue 19 on the helper page in real headless Chromium: the brake never locks out a paired phone, a phone told
to wait comes back by itself when the wait ends, and the queue pages through every task."""

from __future__ import annotations

import requests
from selenium.webdriver.common.by import By
from sqlalchemy import update

from livehelper.domain.manual_order import ManualOrder
from livehelper.domain.tasks import TaskState
from livehelper.server.security import FailureLimiter
from livehelper.services.helpers.accounts import token_hash
from livehelper.services.shipping.tasks import TaskFilter
from livehelper.storage.models import HelperRecord, OrderRecord
from livehelper.storage.products import ProductQuery
from tests.server.test_paging import add_pending
from tests.web.page import card, cards, open_paired, text_of, visible, wait_until


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


def test_the_queue_loads_more_as_the_helper_scrolls_and_says_how_many_are_shown(browser, lan_server,
                                                                                demo_context):
    pending = len(demo_context.tasks.ids(TaskFilter(state=TaskState.PENDING)))
    add_pending(demo_context, max(0, 230 - pending))
    expected = demo_context.tasks.ids(TaskFilter(state=TaskState.PENDING))
    total = len(expected)
    _, token = demo_context.helpers.add("小王")
    open_paired(browser, lan_server.pairing_url(token))
    wait_until(browser, lambda: text_of(browser, "queue-more-text") == f"显示 100 / {total}", what="显示 100")
    assert len(cards(browser)) == 100
    for shown in (200, total):
        browser.execute_script("window.scrollTo(0, document.body.scrollHeight)")
        wait_until(browser, lambda shown=shown: text_of(browser, "queue-more-text") == f"显示 {shown} / {total}",
                   what=f"显示 {shown}")
    assert sorted(int(card.get_attribute("data-task-id")) for card in cards(browser)) == sorted(expected)
    assert not visible(browser, "queue-more-button")  # nothing more to load


def test_bidi_controls_are_dropped_and_long_cells_bounded(browser, lan_server, demo_context):
    product = demo_context.catalog.page(ProductQuery(), 0, 1)[0]
    note = "\u202e请尽快发货" + "长" * 131_072
    order_id = demo_context.orders.add_manual(ManualOrder(
        buyer_name="王小花", phone="13812345678", province="陕西省", city="榆林市", district="米脂县",
        detail="银州镇东街 12 号", note="短", items=((product.id, 1),)))
    with demo_context.database.sessions.begin() as session:  # as an import may bring it: no 500-character cap
        session.execute(update(OrderRecord).where(OrderRecord.id == order_id).values(buyer_note=note))
    task = demo_context.tasks.task_for_order(order_id)
    _, token = demo_context.helpers.add("小王")
    open_paired(browser, lan_server.pairing_url(token))
    shown = wait_until(browser, lambda: card(browser, task.id), what="the new task")
    value = shown.find_element(By.CSS_SELECTOR, ".card__note .value")
    text = browser.execute_script("return arguments[0].textContent", value)
    assert "\u202e" not in text and text.startswith("请尽快发货")
    assert len(text) <= 501 and text.endswith("…")
    assert value.size["height"] < 2000  # a bounded cell, not 131,072 characters of wrapped text
