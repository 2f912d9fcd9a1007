"""The helper page in real headless Chromium, as a newcomer reads it: catalog names with the platform's title
beneath, no "loading" line left once the queue is in, and 负责人 is the helper after they start packing."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from livehelper.domain.tasks import TaskState
from tests.web.page import card, cards, open_paired, open_view, tap, visible, wait_until

HELPER = "小李"


def test_cards_name_the_catalog_product_and_the_packer_after_starting(browser, lan_server, demo_context):
    _, token = demo_context.helpers.add(HELPER)
    open_paired(browser, lan_server.pairing_url(token))
    assert not visible(browser, "queue-loading")
    task_id = next(int(c.get_attribute("data-task-id")) for c in cards(browser)
                   if not demo_context.tasks.get(int(c.get_attribute("data-task-id"))).assignee
                   and any(i.product_id for i in demo_context.tasks.get(int(c.get_attribute("data-task-id"))).items))
    task = demo_context.tasks.get(task_id)
    item = next(i for i in task.items if i.product_id is not None)
    product = demo_context.catalog.get(item.product_id)
    shown = card(browser, task_id)
    titles = [t.text for t in shown.find_elements(By.CSS_SELECTOR, ".item__title")]
    platform = [t.text for t in shown.find_elements(By.CSS_SELECTOR, ".item__platform")]
    assert any(text.startswith(product.name) for text in titles), titles
    assert any(item.title in text for text in platform), platform

    tap(browser, task_id, "packing")
    wait_until(browser, lambda: demo_context.tasks.get(task_id).state == TaskState.PACKING)
    open_view(browser, "packing")
    wait_until(browser, lambda: card(browser, task_id))
    assert f"负责人{HELPER}" in card(browser, task_id).text.replace("\n", "").replace(" ", "")
