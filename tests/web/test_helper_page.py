"""The packer's helper page in real headless Chromium against a real LanServer on a demo database."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from livehelper.domain.manual_order import ManualOrder
from livehelper.domain.tasks import TaskState
from livehelper.services.shipping.tasks import TaskFilter
from livehelper.storage.products import ProductQuery
from tests.web.page import (
    CONFLICT_TEXT,
    card,
    cards,
    console_problems,
    count_shown,
    open_paired,
    open_view,
    tap,
    text_of,
    visible,
    wait_live,
    wait_until,
)

HELPER = "小李"
XSS_NOTE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'


def first_shown_task(browser, context, state: TaskState):
    task_id = int(cards(browser)[0].get_attribute("data-task-id"))
    task = context.tasks.get(task_id)
    assert task.state == state
    return task


def test_pairing_link_keeps_the_token_and_shows_the_queue(browser, lan_server, demo_context, screenshot):
    _, token = demo_context.helpers.add(HELPER)
    open_paired(browser, lan_server.pairing_url(token))

    assert "token" not in browser.current_url
    assert browser.current_url.rstrip("/") == lan_server.url
    assert browser.execute_script("return localStorage.getItem('livehelper.token')") == token
    assert text_of(browser, "who").startswith(HELPER)
    counts = demo_context.tasks.counts()
    for state in ("pending", "packing", "packed", "shipped", "problem"):
        assert count_shown(browser, state) == counts.get(TaskState(state), 0)
    assert len(cards(browser)) == counts[TaskState.PENDING]
    assert not visible(browser, "pairing")
    assert not browser.find_element(By.CSS_SELECTOR, '.tab[data-view="live"]').is_displayed()  # packer
    screenshot(browser, "helper-queue-zh_CN.png")

    browser.refresh()  # the kept token is enough from now on
    wait_until(browser, lambda: visible(browser, "app") and cards(browser))
    assert console_problems(browser) == []


def test_pack_and_ship_a_task(browser, lan_server, demo_context, screenshot):
    _, token = demo_context.helpers.add(HELPER)
    open_paired(browser, lan_server.pairing_url(token))
    task = first_shown_task(browser, demo_context, TaskState.PENDING)

    tap(browser, task.id, "packing")
    wait_until(browser, lambda: demo_context.tasks.get(task.id).state == TaskState.PACKING)
    wait_until(browser, lambda: card(browser, task.id) is None, what="the task to leave 待打包")

    open_view(browser, "packing")
    wait_until(browser, lambda: card(browser, task.id))
    tap(browser, task.id, "packed")
    wait_until(browser, lambda: demo_context.tasks.get(task.id).state == TaskState.PACKED)

    open_view(browser, "packed")
    wait_until(browser, lambda: card(browser, task.id))
    tap(browser, task.id, "shipped")
    wait_until(browser, lambda: visible(browser, "ship-dialog"))
    assert not visible(browser, "ship-scan")  # desktop Chromium has no BarcodeDetector: typing only
    browser.find_element(By.ID, "ship-ok").click()
    wait_until(browser, lambda: text_of(browser, "ship-error") == "请选择快递公司")
    Select(browser.find_element(By.ID, "ship-courier")).select_by_visible_text("中通")
    wait_until(browser, lambda: not visible(browser, "ship-error"))
    tracking = browser.find_element(By.ID, "ship-tracking")
    tracking.send_keys("还没有单号")
    browser.find_element(By.ID, "ship-ok").click()  # the server refuses it: said in the dialog, which stays
    wait_until(browser, lambda: visible(browser, "ship-error") and text_of(browser, "ship-error"))
    assert visible(browser, "ship-dialog") and demo_context.tasks.get(task.id).state == TaskState.PACKED
    tracking.clear()
    tracking.send_keys("78 1234 5678 90")
    screenshot(browser, "helper-ship-zh_CN.png")
    browser.find_element(By.ID, "ship-ok").click()

    wait_until(browser, lambda: demo_context.tasks.get(task.id).state == TaskState.SHIPPED)
    wait_until(browser, lambda: not visible(browser, "ship-dialog"))
    shipped = demo_context.tasks.get(task.id)
    assert (shipped.courier, shipped.tracking_no) == ("ZTO", "781234567890")
    moves = [(TaskState(change.to_state), change.who) for change in demo_context.tasks.history(task.id)]
    assert moves[-3:] == [(TaskState.PACKING, HELPER), (TaskState.PACKED, HELPER), (TaskState.SHIPPED, HELPER)]
    assert console_problems(browser) == []


def test_problem_needs_a_reason(browser, lan_server, demo_context):
    _, token = demo_context.helpers.add(HELPER)
    open_paired(browser, lan_server.pairing_url(token))
    task = first_shown_task(browser, demo_context, TaskState.PENDING)

    tap(browser, task.id, "problem")
    wait_until(browser, lambda: visible(browser, "problem-dialog"))
    browser.find_element(By.ID, "problem-ok").click()
    wait_until(browser, lambda: visible(browser, "problem-error"))
    browser.find_element(By.ID, "problem-reason").send_keys("缺货，等明天到货")
    browser.find_element(By.ID, "problem-ok").click()

    wait_until(browser, lambda: demo_context.tasks.get(task.id).state == TaskState.PROBLEM)
    assert demo_context.tasks.get(task.id).problem_reason == "缺货，等明天到货"


def test_the_pick_list_adds_up_the_pending_tasks(browser, lan_server, demo_context):
    _, token = demo_context.helpers.add(HELPER)
    open_paired(browser, lan_server.pairing_url(token))
    expected = demo_context.tasks.pick_list(demo_context.tasks.ids(TaskFilter(state=TaskState.PENDING)))

    open_view(browser, "picklist")

    rows = wait_until(browser, lambda: browser.find_elements(By.CSS_SELECTOR, "#pick-lines tr"))
    shown = [tuple(cell.text for cell in row.find_elements(By.TAG_NAME, "td")) for row in rows]
    assert shown == [(line.name, line.spec, str(line.qty)) for line in expected]
    assert not visible(browser, "queue")


def test_a_buyer_note_with_markup_is_shown_as_text(browser, lan_server, demo_context):
    product = demo_context.catalog.page(ProductQuery(), 0, 1)[0]
    order_id = demo_context.orders.add_manual(ManualOrder(
        buyer_name="王小花", phone="13812345678", province="陕西省", city="榆林市", district="米脂县",
        detail="银州镇东街 12 号", note=XSS_NOTE, items=((product.id, 1),)))
    task = demo_context.tasks.task_for_order(order_id)
    _, token = demo_context.helpers.add(HELPER)
    open_paired(browser, lan_server.pairing_url(token))

    shown = wait_until(browser, lambda: card(browser, task.id), what="the new task")
    assert XSS_NOTE in shown.find_element(By.CSS_SELECTOR, ".card__note").text
    assert browser.find_elements(By.CSS_SELECTOR, "#task-list img, #task-list script") == []
    assert browser.execute_script("return window.__xss") is None
    assert "13812345678" not in shown.text and "王小花" not in shown.text  # masked for a packer


def test_a_desktop_change_shows_without_a_reload(browser, lan_server, demo_context):
    _, token = demo_context.helpers.add(HELPER)
    open_paired(browser, lan_server.pairing_url(token))
    wait_live(browser)
    browser.execute_script("window.__sameDocument = true")
    task = first_shown_task(browser, demo_context, TaskState.PENDING)
    pending = count_shown(browser, "pending")

    demo_context.tasks.transition(task.id, TaskState.PACKING, task.version, who="主播")

    # how soon is bench/lan_events.py's figure; here only that it arrives
    wait_until(browser, lambda: card(browser, task.id) is None and count_shown(browser, "pending") == pending - 1,
               what="the desktop's change to reach the page")
    assert browser.execute_script("return window.__sameDocument") is True  # no reload


def test_a_stale_tap_shows_the_conflict_and_the_fresh_task(browser, lan_server, demo_context, screenshot):
    _, token = demo_context.helpers.add(HELPER)
    # Without the event stream the page keeps showing what it loaded, as a phone on a flaky Wi-Fi would.
    browser.execute_cdp_cmd("Network.enable", {})
    browser.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["*/api/v1/events*"]})
    try:
        open_paired(browser, lan_server.pairing_url(token))
        task = first_shown_task(browser, demo_context, TaskState.PENDING)
        demo_context.tasks.transition(task.id, TaskState.PACKING, task.version, who="主播")

        tap(browser, task.id, "packing")

        wait_until(browser, lambda: visible(browser, "notice") and text_of(browser, "notice-text") == CONFLICT_TEXT)
        fresh = card(browser, task.id, within="notice-task")
        assert fresh.get_attribute("data-status") == "packing"
        assert "打包中" in fresh.text
        screenshot(browser, "helper-conflict-zh_CN.png")
        wait_until(browser, lambda: card(browser, task.id) is None, what="the list to be refreshed")
    finally:
        browser.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})
    history = demo_context.tasks.history(task.id)
    assert [change.who for change in history].count(HELPER) == 0


def test_a_revoked_phone_is_told_so(browser, lan_server, demo_context):
    _, token = demo_context.helpers.add(HELPER)
    open_paired(browser, lan_server.pairing_url(token))
    demo_context.helpers.revoke(HELPER)

    browser.refresh()

    wait_until(browser, lambda: visible(browser, "pairing"))
    assert "已被取消" in text_of(browser, "pairing-text")
    assert not visible(browser, "app")
    assert browser.execute_script("return localStorage.getItem('livehelper.token')") is None


def test_without_a_token_the_page_asks_for_the_pairing_code(browser, lan_server):
    browser.get(lan_server.url + "/")
    wait_until(browser, lambda: visible(browser, "pairing"))
    assert text_of(browser, "pairing-text") == "请用手机扫描电脑上的配对二维码"
    assert console_problems(browser) == []
