"""Group-robot notices against a real local stand-in for each platform, with a clock the tests move."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from livehelper.services.context import AppContext
from livehelper.services.settings.notify import NotifyService
from tests.robot_stand_in import (
    DINGTALK_SECRET,
    DINGTALK_TOKEN,
    FEISHU_HOOK,
    FEISHU_SECRET,
    WECOM_KEY,
    RobotStandIn,
    text_of,
)
from tests.services.task_data import add_products, generic_row, import_rows


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def notify(context: AppContext, clock: FakeClock) -> Iterator[NotifyService]:
    """The context's service, replaced by one on the fake clock with short retry delays."""
    context.notify.close()
    service = NotifyService(context.database, context.events, clock=clock, retry_delays=(2.0, 4.0, 8.0))
    context.notify = service
    yield service
    service.close()


def advance(notify: NotifyService, clock: FakeClock, seconds: float) -> None:
    clock.now += seconds
    assert notify.settle()


def status_of(notify: NotifyService, name: str):
    return next(status for status in notify.status() if status.robot.name == name)


def test_each_platform_signature_is_accepted(notify: NotifyService, stand_in: RobotStandIn) -> None:
    notify.save_robot("包装群", "wecom", stand_in.wecom_url)
    notify.save_robot("钉钉群", "dingtalk", stand_in.dingtalk_url, DINGTALK_SECRET)
    notify.save_robot("飞书群", "feishu", stand_in.feishu_url, FEISHU_SECRET)
    assert notify.send_test() == ["包装群", "钉钉群", "飞书群"]
    assert stand_in.wait_for(3) and notify.settle()
    assert sorted(found.platform for found in stand_in.accepted()) == ["dingtalk", "feishu", "wecom"]
    for status in notify.status():
        assert (status.sent, status.pending, status.last_error, status.failed) == (1, 0, "", ())
    feishu = next(found for found in stand_in.received if found.platform == "feishu")
    assert feishu.body["msg_type"] == "text" and "测试消息" in feishu.body["content"]["text"]


@pytest.mark.parametrize("platform", ["dingtalk", "feishu"])
def test_a_wrong_secret_is_rejected_and_the_failure_kept(notify: NotifyService, stand_in: RobotStandIn,
                                                         platform: str) -> None:
    url = stand_in.dingtalk_url if platform == "dingtalk" else stand_in.feishu_url
    notify.save_robot("群", platform, url, "SECwrong-secret-0000000000000")
    notify.send_test("群")
    assert stand_in.wait_for(1) and notify.settle()
    status = status_of(notify, "群")
    assert not stand_in.accepted()
    assert len(stand_in.received) == 1  # a refusal is not retried
    assert status.sent == 0 and status.pending == 0 and len(status.failed) == 1
    assert ("310000" if platform == "dingtalk" else "19021") in status.last_error


def test_new_tasks_are_batched_into_one_notice(context: AppContext, notify: NotifyService,
                                               stand_in: RobotStandIn, clock: FakeClock) -> None:
    add_products(context)
    notify.save_robot("包装群", "wecom", stand_in.wecom_url)
    notify.set_page_url("http://192.168.1.8:8765/")
    place = ("江苏省", "南京市", "建邺区", "沙洲街道1号")
    for batch in range(5):  # five imports in quick succession, five orders each
        import_rows(context, [generic_row("generic", f"B{batch}-{index}", "2026-11-28 10:00", "王小明", "13812345678",
                                          place, "米脂黄小米", "MZ-XM-2500", qty=3 if index else 1)
                              for index in range(4)] +
                    [generic_row("generic", f"B{batch}-J", "2026-11-28 10:00", "李四", "13900001111", place,
                                 "巨鹿金银花", "JL-JYH-50")])
    assert notify.settle()
    assert notify.waiting_tasks() == 25 and not stand_in.received
    advance(notify, clock, 5.0)
    assert stand_in.wait_for(1) and notify.settle()
    assert len(stand_in.received) == 1 and notify.waiting_tasks() == 0
    text = text_of(stand_in.received[0])
    assert text.startswith("【直播助手】新增 25 单待打包：米脂黄小米 2.5kg/袋×50，巨鹿金银花 50g/罐×5")
    assert text.endswith("查看：http://192.168.1.8:8765/")
    import_rows(context, [generic_row("generic", "B0-0", "2026-11-28 10:00", "王小明", "13812345678", place,
                                      "米脂黄小米", "MZ-XM-2500")])  # a re-import announces nothing again
    advance(notify, clock, 60.0)
    assert len(stand_in.received) == 1


def test_only_masked_buyer_data_is_sent(context: AppContext, notify: NotifyService, stand_in: RobotStandIn) -> None:
    add_products(context)
    notify.save_robot("钉钉群", "dingtalk", stand_in.dingtalk_url, DINGTALK_SECRET)
    notify.save_robot("飞书群", "feishu", stand_in.feishu_url, FEISHU_SECRET)
    import_rows(context, [
        generic_row("generic", "P1", "2026-11-28 10:00", "欧阳娜娜", "138-1234-5678",
                    ("浙江省", "杭州市", "西湖区", "文三路88号3单元"), "米脂黄小米", "MZ-XM-2500", qty=2),
        generic_row("generic", "P2", "2026-11-28 10:05", "张伟", "+86 139 0000 1111",
                    ("陕西省", "榆林市", "米脂县", "银州镇东街5号"), "巨鹿金银花 13700002222", "", qty=1)])
    notify.flush()
    assert stand_in.wait_for(2) and notify.settle()
    assert len(stand_in.accepted()) == 2
    for found in stand_in.received:
        for private in ("欧阳娜娜", "张伟", "13812345678", "1234-5678", "139 0000 1111", "13900001111",
                        "13700002222", "文三路", "银州镇", "88号"):
            assert private not in found.raw and private not in text_of(found)
        assert "欧阳** 杭州市" in text_of(found) and "张* 榆林市" in text_of(found)


def test_rate_limit_twenty_a_minute(notify: NotifyService, stand_in: RobotStandIn, clock: FakeClock) -> None:
    notify.save_robot("包装群", "wecom", stand_in.wecom_url)
    for _ in range(30):
        notify.send_test("包装群")
    assert stand_in.wait_for(20) and notify.settle()
    assert len(stand_in.received) == 20 and status_of(notify, "包装群").pending == 10
    advance(notify, clock, 59.0)
    assert len(stand_in.received) == 20
    advance(notify, clock, 1.5)
    assert stand_in.wait_for(30) and notify.settle()
    assert len(stand_in.accepted()) == 30 and status_of(notify, "包装群").pending == 0


def test_retry_with_backoff_after_a_server_error(notify: NotifyService, stand_in: RobotStandIn,
                                                 clock: FakeClock) -> None:
    notify.save_robot("包装群", "wecom", stand_in.wecom_url)
    stand_in.scripted.extend([(500, {}), (502, {})])
    notify.send_test("包装群")
    assert stand_in.wait_for(1) and notify.settle()
    status = status_of(notify, "包装群")
    assert (status.pending, status.last_error, status.next_attempt_in) == (1, "HTTP 500", 2.0)
    advance(notify, clock, 1.9)
    assert len(stand_in.received) == 1
    advance(notify, clock, 0.2)
    assert stand_in.wait_for(2) and notify.settle()
    assert status_of(notify, "包装群").next_attempt_in == 4.0  # the delay doubles
    advance(notify, clock, 4.0)
    assert stand_in.wait_for(3) and notify.settle()
    status = status_of(notify, "包装群")
    assert (status.sent, status.pending, status.last_error) == (1, 0, "")
    assert len(stand_in.accepted()) == 1


def test_rate_limited_answer_pauses_the_robot(notify: NotifyService, stand_in: RobotStandIn,
                                              clock: FakeClock) -> None:
    notify.save_robot("包装群", "wecom", stand_in.wecom_url)
    stand_in.scripted.append((200, {"errcode": 45009, "errmsg": "api freq out of limit"}))
    notify.send_test("包装群")
    assert stand_in.wait_for(1) and notify.settle()
    assert status_of(notify, "包装群").next_attempt_in == 60.0
    advance(notify, clock, 60.0)
    assert stand_in.wait_for(2) and notify.settle()
    assert status_of(notify, "包装群").sent == 1


def test_failure_is_kept_and_visible_after_the_last_retry(notify: NotifyService, stand_in: RobotStandIn,
                                                          clock: FakeClock) -> None:
    notify.save_robot("包装群", "wecom", stand_in.wecom_url)
    stand_in.scripted.extend([(500, {})] * 4)
    notify.send_test("包装群")
    for count, delay in ((1, 2.0), (2, 4.0), (3, 8.0)):
        assert stand_in.wait_for(count) and notify.settle()
        advance(notify, clock, delay)
    assert stand_in.wait_for(4) and notify.settle()
    status = status_of(notify, "包装群")
    assert status.pending == 0 and status.sent == 0 and status.last_error == "HTTP 500"
    assert [(failed.kind, failed.error) for failed in status.failed] == [("test", "HTTP 500")]
    assert notify.retry_failed("包装群") == 1
    assert stand_in.wait_for(5) and notify.settle()
    status = status_of(notify, "包装群")
    assert (status.sent, status.failed, status.last_error) == (1, (), "")


def test_network_errors_are_retried_without_leaking_the_key(notify: NotifyService, stand_in: RobotStandIn) -> None:
    port = stand_in.base.rsplit(":", 1)[1]
    stand_in.close()  # nobody listens there any more
    notify.save_robot("包装群", "wecom", f"http://127.0.0.1:{port}/cgi-bin/webhook/send?key={WECOM_KEY}")
    notify.send_test()
    assert notify.settle(20)
    status = status_of(notify, "包装群")
    assert status.pending == 1 and status.last_error.startswith("network error")
    assert WECOM_KEY not in status.last_error


def test_secrets_are_masked_and_never_logged(notify: NotifyService, stand_in: RobotStandIn,
                                             caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    notify.save_robot("钉钉群", "dingtalk", stand_in.dingtalk_url, DINGTALK_SECRET)
    notify.save_robot("飞书群", "feishu", stand_in.feishu_url, FEISHU_SECRET)
    notify.save_robot("错的", "feishu", stand_in.feishu_url, "SECwrong-secret-0000000000000")
    notify.send_test()
    assert stand_in.wait_for(3) and notify.settle()
    shown = repr(notify.robots()) + repr(notify.status())
    for secret in (DINGTALK_SECRET, DINGTALK_TOKEN, FEISHU_SECRET, FEISHU_HOOK, "SECwrong-secret-0000000000000"):
        assert secret not in caplog.text and secret not in shown
    robot = next(robot for robot in notify.robots() if robot.name == "钉钉群")
    assert robot.secret_masked == "SEC****ab12" and "****" in robot.webhook_masked
    # saving again with the masked forms keeps the stored secrets
    notify.save_robot("钉钉群", "dingtalk", robot.webhook_masked, robot.secret_masked)
    notify.send_test("钉钉群")
    assert stand_in.wait_for(4) and notify.settle()
    assert len(stand_in.accepted()) == 3


def test_summary_counts_today(context: AppContext, notify: NotifyService, stand_in: RobotStandIn) -> None:
    add_products(context)
    notify.save_robot("包装群", "wecom", stand_in.wecom_url)
    import_rows(context, [generic_row("generic", f"S{index}", "2026-11-28 10:00", "王小明", "13812345678",
                                      ("江苏省", "南京市", "建邺区", "1号"), "米脂黄小米", "MZ-XM-2500")
                          for index in range(3)])
    notify.send_summary()
    assert stand_in.wait_for(1) and notify.settle()
    text = text_of(stand_in.received[0])
    assert "今日汇总" in text and "新增 3 单" in text and "待打包 3" in text and "13812345678" not in text
