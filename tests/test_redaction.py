"""Issue 19, finding 6: crash reports and logs redact numbers glued to Chinese text, long order numbers, helper
tokens and webhook secrets, written to real files by the real recorder and log handler."""

from __future__ import annotations

import logging

import pytest

from livehelper import logfile
from livehelper.crash import CrashRecorder, redact

# The shape HelperService.add hands out (secrets.token_urlsafe(24)), fixed so that the test ids are the same in every
# process that collects them (pytest-xdist's workers must agree).
TOKEN = "kJ7x_Q2m-VtR9bLw4ZsN8cYd0HfUaE3p"
ACCESS_TOKEN = "9f3c2a7be41d8c6f0a5b3e2d1c4f7a8b9e0d3c6b5a4f7e8d9c0b1a2f3e4d5c6b"
WECOM_KEY = "693a91f6-7a2c-4bc4-97a0-0ec2b1fa5aaa"
FEISHU_HOOK = "3f1c2b7a-1234-4abc-9def-0123456789ab"
SIGNING_SECRET = "SEC7d1e0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0"
SECRETS_AND_NUMBERS = (
    ("手机13812345678请尽快发货", "13812345678"),
    ("收件人电话:+86 138-1234-5678转", "1234-5678"),
    ("抖店订单号6923817461938274519已付款", "6923817461938274519"),  # 19 digits glued on both sides
    ("淘宝订单371926382746193827退款", "371926382746193827"),  # 18 digits
    ("order3719263827461938274", "3719263827461938274"),
    (f"Authorization: Bearer {TOKEN}", TOKEN),
    (f"GET /api/v1/events?token={TOKEN} 失败", TOKEN),
    (f"帮手令牌{TOKEN}无效", TOKEN),
    (f"POST https://oapi.dingtalk.com/robot/send?access_token={ACCESS_TOKEN}失败", ACCESS_TOKEN),
    (f"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={WECOM_KEY}", WECOM_KEY),
    (f"https://open.feishu.cn/open-apis/bot/v2/hook/{FEISHU_HOOK}超时", FEISHU_HOOK),
    (f"加签密钥{SIGNING_SECRET}不对", SIGNING_SECRET),
)


@pytest.mark.parametrize(("text", "secret"), SECRETS_AND_NUMBERS)
def test_each_number_and_secret_is_redacted_even_glued_to_chinese(text, secret):
    shown = redact(text)
    assert secret not in shown and "[redacted]" in shown


def test_ordinary_text_keeps_its_words_and_small_numbers():
    assert redact("任务 12345 版本 3：请求太大") == "任务 12345 版本 3：请求太大"
    assert redact("手机13812345678请尽快发货") == "手机[redacted]请尽快发货"


def test_a_crash_report_file_holds_none_of_them(tmp_path):
    try:
        raise RuntimeError("；".join(text for text, _ in SECRETS_AND_NUMBERS))
    except RuntimeError as error:
        report = CrashRecorder(tmp_path).record(RuntimeError, error, error.__traceback__)
    assert report is not None
    text = report.read_text("utf-8")
    assert "RuntimeError" in text
    assert [secret for _, secret in SECRETS_AND_NUMBERS if secret in text] == []


def test_the_log_holds_none_of_them_and_keeps_its_timestamps(tmp_path):
    diagnostics = logfile.start(tmp_path)
    try:
        for text, _ in SECRETS_AND_NUMBERS:
            logging.getLogger("livehelper.server").warning("%s", text)
    finally:
        diagnostics.stop()
    text = (tmp_path / logfile.LOG_NAME).read_text("utf-8")
    assert [secret for _, secret in SECRETS_AND_NUMBERS if secret in text] == []
    first = text.splitlines()[0]
    assert first[:4].isdigit() and "[redacted]" not in first[:23]  # 2026-12-06 08:40:00,123
