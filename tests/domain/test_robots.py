"""Robot signatures, requests, answers, secret masking and notice texts."""

from __future__ import annotations

import base64
import hashlib
import hmac
from urllib.parse import parse_qs, urlsplit

import pytest

from livehelper.domain.errors import ValidationError
from livehelper.domain.robots import (
    NewOrder,
    Outcome,
    RobotConfig,
    RobotPlatform,
    build_request,
    check_robot,
    dingtalk_sign,
    feishu_sign,
    mask_secret,
    mask_webhook,
    new_tasks_text,
    read_answer,
    redact_phones,
    summary_text,
)

NOW = 1_795_000_000.123


def test_dingtalk_signature_in_the_query() -> None:
    secret = "SEC000111222333444555666777888999aaabbbcccdddeeefff"
    request = build_request(RobotConfig("g", RobotPlatform.DINGTALK, "https://oapi.dingtalk.com/robot/send?"
                                        "access_token=T0K", secret), "你好", NOW)
    query = parse_qs(urlsplit(request.url).query)
    assert query["access_token"] == ["T0K"] and query["timestamp"] == ["1795000000123"]
    expected = base64.b64encode(hmac.new(secret.encode(), f"1795000000123\n{secret}".encode(),
                                         hashlib.sha256).digest()).decode()
    assert query["sign"] == [expected] == [dingtalk_sign(secret, 1795000000123)]
    assert "%2B" in request.url or "%2F" in request.url or "%3D" in request.url  # URL-encoded
    assert request.body["msgtype"] == "markdown" and request.body["at"] == {"isAtAll": False}


def test_feishu_signature_in_the_body() -> None:
    request = build_request(RobotConfig("g", RobotPlatform.FEISHU, "https://open.feishu.cn/open-apis/bot/v2/hook/ID",
                                        "s3cret"), "你好", NOW)
    expected = base64.b64encode(hmac.new(b"1795000000\ns3cret", b"", hashlib.sha256).digest()).decode()
    assert request.body == {"timestamp": "1795000000", "sign": expected, "msg_type": "text",
                            "content": {"text": "你好"}}
    assert feishu_sign("s3cret", 1795000000) == expected
    assert request.url == "https://open.feishu.cn/open-apis/bot/v2/hook/ID"


def test_wecom_text_is_cut_to_its_byte_limit() -> None:
    request = build_request(RobotConfig("g", RobotPlatform.WECOM, "https://qyapi.weixin.qq.com/cgi-bin/webhook/"
                                        "send?key=K"), "米" * 2000, NOW)
    content = request.body["text"]["content"]  # type: ignore[index]
    assert request.body["msgtype"] == "text" and len(content.encode()) <= 2048 and content.endswith("…")


@pytest.mark.parametrize(("platform", "status", "body", "outcome"), [
    (RobotPlatform.WECOM, 200, '{"errcode":0,"errmsg":"ok"}', Outcome.SENT),
    (RobotPlatform.WECOM, 200, '{"errcode":45009,"errmsg":"api freq out of limit"}', Outcome.RATE_LIMITED),
    (RobotPlatform.WECOM, 200, '{"errcode":93000,"errmsg":"invalid webhook url"}', Outcome.REJECTED),
    (RobotPlatform.DINGTALK, 200, '{"errcode":130101,"errmsg":"send too fast"}', Outcome.RATE_LIMITED),
    (RobotPlatform.DINGTALK, 200, '{"errcode":310000,"errmsg":"sign not match"}', Outcome.REJECTED),
    (RobotPlatform.DINGTALK, 200, '{"errcode":-1,"errmsg":"system busy"}', Outcome.RETRY),
    (RobotPlatform.FEISHU, 200, '{"code":0,"msg":"success","data":{}}', Outcome.SENT),
    (RobotPlatform.FEISHU, 200, '{"StatusCode":0,"StatusMessage":"success"}', Outcome.SENT),
    (RobotPlatform.FEISHU, 400, '{"code":9499,"msg":"too many request","data":{}}', Outcome.RATE_LIMITED),
    (RobotPlatform.FEISHU, 200, '{"code":11232,"msg":"frequency limited"}', Outcome.RATE_LIMITED),
    (RobotPlatform.FEISHU, 400, '{"code":19021,"msg":"sign match fail"}', Outcome.REJECTED),
    (RobotPlatform.FEISHU, 502, "<html>bad gateway</html>", Outcome.RETRY),
    (RobotPlatform.WECOM, 429, "", Outcome.RATE_LIMITED),
    (RobotPlatform.WECOM, 404, "not found", Outcome.REJECTED),
])
def test_answers(platform: RobotPlatform, status: int, body: str, outcome: Outcome) -> None:
    assert read_answer(platform, status, body).outcome is outcome


def test_secrets_are_masked() -> None:
    assert mask_secret("SEC0123456789abcdefab12") == "SEC****ab12"
    assert mask_secret("short") == "****" and mask_secret("") == ""
    masked = mask_webhook("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f4-0000-4c3e-8c55-1f2e3d4c5b6a")
    assert "693a91f4-0000" not in masked and masked.endswith("key=693****5b6a")
    assert "ABCDEF-123456" not in mask_webhook("https://open.feishu.cn/open-apis/bot/v2/hook/ABCDEF-123456")


def test_robot_settings_are_checked() -> None:
    with pytest.raises(ValidationError) as raised:
        check_robot(RobotConfig("群", RobotPlatform.WECOM, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send"))
    assert raised.value.field_name == "webhook_url"
    with pytest.raises(ValidationError):
        check_robot(RobotConfig(" ", RobotPlatform.WECOM, "https://x/?key=1"))
    with pytest.raises(ValidationError):
        check_robot(RobotConfig("群", RobotPlatform.DINGTALK, "ftp://oapi.dingtalk.com/robot/send?access_token=1"))
    hook = "https://open.feishu.cn/open-apis/bot/v2/hook/X"
    tidy = check_robot(RobotConfig(" 打包  群 ", RobotPlatform.FEISHU, f" {hook} ", " s "))
    assert (tidy.name, tidy.webhook_url, tidy.secret) == ("打包 群", hook, "s")


def test_new_tasks_text_aggregates_and_masks() -> None:
    orders = [NewOrder("王小明", "南京市", (("米脂黄小米 2.5kg/袋", 2), ("巨鹿金银花 50g/罐", 1))),
              NewOrder("欧阳娜娜", "杭州市", (("米脂黄小米 2.5kg/袋", 3),))]
    text = new_tasks_text(orders, "http://192.168.1.8:8765/")
    assert text.splitlines() == ["【直播助手】新增 2 单待打包：米脂黄小米 2.5kg/袋×5，巨鹿金银花 50g/罐×1",
                                 "· 王** 南京市：米脂黄小米 2.5kg/袋×2，巨鹿金银花 50g/罐×1",
                                 "· 欧阳** 杭州市：米脂黄小米 2.5kg/袋×3", "查看：http://192.168.1.8:8765/"]


def test_a_long_batch_lists_the_most_wanted_items_and_fits() -> None:
    orders = [NewOrder("张三", "榆林市", ((f"商品{index:03d} 规格很长很长很长很长", index + 1),))
              for index in range(200)]
    text = new_tasks_text(orders, "http://h/", max_bytes=1000)
    assert len(text.encode()) <= 1000
    assert text.startswith("【直播助手】新增 200 单待打包：商品199 规格很长很长很长很长×200，商品198")
    assert " 等 200 种 …" in text and text.endswith("查看：http://h/") and "张" not in text


def test_phone_numbers_never_pass() -> None:
    assert redact_phones("金银花 13812345678 / +86 139-0000-1111") == "金银花 138****5678 / 139****1111"
    assert redact_phones("订单 20261128123456789") == "订单 20261128123456789"


def test_summary_text() -> None:
    assert summary_text("11月28日", 30, 25, [("待打包", 5), ("异常", 1)], "http://h/") == (
        "【直播助手】今日汇总（11月28日）：新增 30 单，已发货 25 单；当前 待打包 5，异常 1\n查看：http://h/")
