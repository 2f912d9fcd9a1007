"""The assistant's 直播 tab and the OBS overlay in real headless Chromium against a real LanServer."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from sqlalchemy import select

from livehelper.domain.live import Platform
from livehelper.storage.models import TallyEventRecord
from livehelper.storage.products import ProductQuery
from tests.web.page import console_problems, open_paired, open_view, tab, text_of, visible, wait_live, wait_until

ASSISTANT = "小王"


@pytest.fixture
def products(demo_context):
    chosen = demo_context.catalog.page(ProductQuery(), 0, 3)
    demo_context.live.start("周五晚场", Platform.DOUYIN, 100_000, [product.id for product in chosen])
    return chosen


def lineup_rows(browser):
    return browser.find_elements(By.CSS_SELECTOR, "#lineup .lineup__row")


def row_of(browser, product_id):
    return browser.find_element(By.CSS_SELECTOR, f'#lineup .lineup__row[data-product-id="{product_id}"]')


def lan_tallies(context):
    with context.database.sessions() as session:
        return session.execute(select(TallyEventRecord.product_id, TallyEventRecord.qty, TallyEventRecord.source)
                               .where(TallyEventRecord.source.like("lan:%"))).all()


def test_the_assistant_tallies_and_moves_the_cue_cards(browser, lan_server, demo_context, products, screenshot):
    _, token = demo_context.helpers.add(ASSISTANT, role="assistant")
    open_paired(browser, lan_server.pairing_url(token))
    assert text_of(browser, "who") == f"{ASSISTANT} · 助播"

    open_view(browser, "live")
    wait_until(browser, lambda: len(lineup_rows(browser)) == len(products), what="the line-up")
    explaining = demo_context.live.snapshot().explaining
    assert "lineup__row--now" in row_of(browser, explaining).get_attribute("class")
    assert "正在讲解" in row_of(browser, explaining).text
    second = products[1]
    assert f"¥{second.price_fen // 100}.{second.price_fen % 100:02d}" in row_of(browser, second.id).text

    row_of(browser, second.id).find_element(By.CSS_SELECTOR, ".lineup__plus").click()

    wait_until(browser, lambda: lan_tallies(demo_context) == [(second.id, 1, f"lan:{ASSISTANT}")],
               what="the tally in the database")
    wait_until(browser, lambda: "已卖 1 件" in row_of(browser, second.id).text, what="the new count")
    screenshot(browser, "helper-live-zh_CN.png")

    cards = demo_context.prompter.state().cards
    assert demo_context.prompter.state().index == 0 and len(cards) > 1
    browser.find_element(By.ID, "cue-next").click()
    wait_until(browser, lambda: demo_context.prompter.state().index == 1, what="the next cue card")
    wait_until(browser, lambda: text_of(browser, "toast").startswith(f"提词卡 2/{len(cards)}"))
    browser.find_element(By.ID, "cue-previous").click()
    wait_until(browser, lambda: demo_context.prompter.state().index == 0, what="the previous cue card")

    wait_live(browser)
    demo_context.live.explain(second.id)  # the streamer switches product on the desktop
    wait_until(browser, lambda: "lineup__row--now" in row_of(browser, second.id).get_attribute("class"),
               what="the desktop's switch to reach the page")
    assert console_problems(browser) == []


def test_a_packer_has_no_live_tab(browser, lan_server, demo_context, products):
    _, token = demo_context.helpers.add("小李")
    open_paired(browser, lan_server.pairing_url(token))
    assert not tab(browser, "live").is_displayed()


def test_the_overlay_shows_the_product_being_explained(browser, lan_server, demo_context, products):
    _, token = demo_context.helpers.add(ASSISTANT, role="assistant")
    first = products[0]
    browser.get(f"{lan_server.url}/overlay?token={token}")

    wait_until(browser, lambda: visible(browser, "card"), what="the overlay card")
    assert text_of(browser, "name").startswith(first.name)
    assert text_of(browser, "price") == f"¥{first.price_fen // 100}.{first.price_fen % 100:02d}"
    assert text_of(browser, "sold") == "已售 0 件"
    assert browser.execute_script("return getComputedStyle(document.body).backgroundColor") == "rgba(0, 0, 0, 0)"
    wait_until(browser, lambda: browser.execute_script(  # the shop link's QR code, loaded under the CSP
        "const qr = document.getElementById('qr'); return !qr.hidden && qr.complete && qr.naturalWidth > 0"),
        what="the QR code of the shop link")

    demo_context.live.tally(first.id, 2).durable.result(timeout=5)
    wait_until(browser, lambda: text_of(browser, "sold") == "已售 2 件", what="the overlay to follow the tally")
    assert console_problems(browser) == []
