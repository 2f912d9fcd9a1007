"""Group robots (WeCom, DingTalk, Feishu): signatures, request building, answers, and the notice texts.

Pure functions only; the sending, queueing and rate limiting live in livehelper.services.settings.notify. The wire
formats follow REFERENCE.md ("Group robots"). Webhook keys and signing secrets are secrets: anything shown or
logged goes through `mask_secret` / `mask_webhook`, and notice texts carry masked buyer data only.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from livehelper.domain.errors import ValidationError
from livehelper.domain.masking import STARS, mask_name, mask_phone
from livehelper.domain.messages import Message


class RobotPlatform(StrEnum):
    WECOM = "wecom"
    DINGTALK = "dingtalk"
    FEISHU = "feishu"


PLATFORM_LABELS = {RobotPlatform.WECOM: "企业微信", RobotPlatform.DINGTALK: "钉钉", RobotPlatform.FEISHU: "飞书"}

# Text limits in UTF-8 bytes: WeCom text ≤ 2048; Feishu body ≤ 20 KB; DingTalk documents none, 4000 is safe.
MAX_TEXT_BYTES = {RobotPlatform.WECOM: 2000, RobotPlatform.DINGTALK: 4000, RobotPlatform.FEISHU: 18000}

# Query parameters / path parts that are the robot's secret.
_SECRET_QUERY = {"key", "access_token"}


@dataclass(frozen=True)
class RobotConfig:
    name: str
    platform: RobotPlatform
    webhook_url: str
    secret: str = ""  # DingTalk 加签 / Feishu 签名校验 secret; WeCom has none (the key is in the URL)
    enabled: bool = True


@dataclass(frozen=True)
class RobotRequest:
    url: str
    body: dict[str, object]

    def json_bytes(self) -> bytes:
        return json.dumps(self.body, ensure_ascii=False).encode("utf-8")


class Outcome(StrEnum):
    SENT = "sent"
    RETRY = "retry"  # network trouble, 5xx, "busy": try again after a backoff
    RATE_LIMITED = "rate_limited"  # the platform says too fast: try again after a long pause
    REJECTED = "rejected"  # wrong key, bad signature, keyword check …: retrying cannot help


@dataclass(frozen=True)
class Answer:
    outcome: Outcome
    detail: str = ""  # the platform's code and message, for the status display


# --- signatures ---------------------------------------------------------------------------------------------------

def dingtalk_sign(secret: str, timestamp_ms: int) -> str:
    """base64(HMAC-SHA256(key=secret, msg="timestamp_ms\\nsecret")), not yet URL-encoded."""
    digest = hmac.new(secret.encode("utf-8"), f"{timestamp_ms}\n{secret}".encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def feishu_sign(secret: str, timestamp_s: int) -> str:
    """base64(HMAC-SHA256(key="timestamp_s\\nsecret", msg=b"")): the string is the key, the message is empty."""
    digest = hmac.new(f"{timestamp_s}\n{secret}".encode(), b"", hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


# --- requests -----------------------------------------------------------------------------------------------------

def truncate_utf8(text: str, max_bytes: int) -> str:
    data = text.encode("utf-8")
    if len(data) <= max_bytes:
        return text
    return data[:max_bytes - 3].decode("utf-8", errors="ignore") + "…"


def _with_query(url: str, extra: dict[str, str]) -> str:
    parts = urlsplit(url)
    query = [(name, value) for name, value in parse_qsl(parts.query, keep_blank_values=True) if name not in extra]
    query += list(extra.items())
    return urlunsplit(parts._replace(query=urlencode(query, quote_via=quote)))


def build_request(config: RobotConfig, text: str, now_s: float) -> RobotRequest:
    """The POST to make for `text` at wall-clock time `now_s` (seconds since the epoch)."""
    text = truncate_utf8(redact_phones(text), MAX_TEXT_BYTES[config.platform])
    if config.platform is RobotPlatform.WECOM:
        return RobotRequest(config.webhook_url, {"msgtype": "text", "text": {"content": text}})
    if config.platform is RobotPlatform.DINGTALK:
        url = config.webhook_url
        if config.secret:
            timestamp_ms = int(now_s * 1000)
            url = _with_query(url, {"timestamp": str(timestamp_ms), "sign": dingtalk_sign(config.secret, timestamp_ms)})
        title = text.split("\n", 1)[0][:30] or "直播助手"
        markdown = {"title": title, "text": text.replace("\n", "\n\n")}  # markdown needs blank lines
        return RobotRequest(url, {"msgtype": "markdown", "markdown": markdown, "at": {"isAtAll": False}})
    body: dict[str, object] = {"msg_type": "text", "content": {"text": text}}
    if config.secret:
        timestamp_s = int(now_s)
        body = {"timestamp": str(timestamp_s), "sign": feishu_sign(config.secret, timestamp_s), **body}
    return RobotRequest(config.webhook_url, body)


# --- answers ------------------------------------------------------------------------------------------------------

_RATE_LIMIT_CODES = {RobotPlatform.WECOM: {45009}, RobotPlatform.DINGTALK: {130101},
                     RobotPlatform.FEISHU: {9499, 11232}}
_BUSY_CODES = {-1}  # "system busy" on WeCom and DingTalk


def read_answer(platform: RobotPlatform, status: int, text: str) -> Answer:
    """Classify the platform's HTTP answer. Feishu answers errors with HTTP 400 and a JSON code, so the JSON is
    read before the status; WeCom and DingTalk answer HTTP 200 with an `errcode`."""
    try:
        payload = json.loads(text) if text else None
    except ValueError:
        payload = None
    code: object = None
    detail = ""
    if isinstance(payload, dict):
        if platform is RobotPlatform.FEISHU:
            code = payload.get("code", payload.get("StatusCode"))
            detail = str(payload.get("msg", payload.get("StatusMessage", "")))
        else:
            code = payload.get("errcode")
            detail = str(payload.get("errmsg", ""))
    if isinstance(code, int):
        described = f"{code} {detail}".strip()[:200]
        if code == 0 and 200 <= status < 300:
            return Answer(Outcome.SENT)
        if code in _RATE_LIMIT_CODES[platform] or status == 429:
            return Answer(Outcome.RATE_LIMITED, described)
        if code in _BUSY_CODES or status >= 500:
            return Answer(Outcome.RETRY, described)
        if code != 0:
            return Answer(Outcome.REJECTED, described)
    if status == 429:
        return Answer(Outcome.RATE_LIMITED, f"HTTP {status}")
    if status >= 500:
        return Answer(Outcome.RETRY, f"HTTP {status}")
    return Answer(Outcome.REJECTED, f"HTTP {status}")


# --- secrets ------------------------------------------------------------------------------------------------------

def mask_secret(secret: str) -> str:
    """"SEC****ab12": the first 3 and last 4 characters of a long secret, **** for a short one, "" for none."""
    secret = secret.strip()
    if not secret:
        return ""
    if len(secret) < 12:
        return STARS
    return secret[:3] + STARS + secret[-4:]


def webhook_secrets(url: str) -> list[str]:
    """The parts of a webhook URL that are secrets: the `key` / `access_token` values and a Feishu hook id."""
    parts = urlsplit(url)
    found = [value for name, value in parse_qsl(parts.query) if name in _SECRET_QUERY and value]
    if "/hook/" in parts.path:
        hook_id = parts.path.rsplit("/hook/", 1)[1].strip("/")
        if hook_id:
            found.append(hook_id)
    return found


def mask_webhook(url: str) -> str:
    """The webhook URL with its secret parts masked, safe to show and log."""
    return redact(url, webhook_secrets(url))


def redact(text: str, secrets: Iterable[str]) -> str:
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        text = text.replace(secret, mask_secret(secret))
    return text


_MOBILE = re.compile(r"(?<![0-9])(?:\+?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]){8}(?![0-9])")


def redact_phones(text: str) -> str:
    """A last line of defence: no mobile number leaves the PC in a notice, whatever text it came in."""
    return _MOBILE.sub(lambda found: mask_phone(found.group(0)), text)


def check_robot(config: RobotConfig) -> RobotConfig:
    """The config tidied, or ValidationError naming the field that is wrong."""
    name = " ".join(config.name.split())
    if not name:
        raise ValidationError("name", Message("a robot needs a name"))
    if len(name) > 40:
        raise ValidationError("name", Message("a robot name has at most {count} characters", count=40))
    url = config.webhook_url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValidationError("webhook_url", Message("the webhook address must start with https://"))
    query = dict(parse_qsl(parts.query))
    if config.platform is RobotPlatform.WECOM and not query.get("key"):
        raise ValidationError("webhook_url", Message("a WeCom webhook address contains key=…"))
    if config.platform is RobotPlatform.DINGTALK and not query.get("access_token"):
        raise ValidationError("webhook_url", Message("a DingTalk webhook address contains access_token=…"))
    if config.platform is RobotPlatform.FEISHU and "/hook/" not in parts.path:
        raise ValidationError("webhook_url", Message("a Feishu webhook address contains /hook/…"))
    return RobotConfig(name, config.platform, url, config.secret.strip(), config.enabled)


# --- notice texts -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class NewOrder:
    """What a notice may say about one new packing task: masked buyer name, city, and its lines."""

    buyer_name: str  # as stored; masked here
    city: str
    items: tuple[tuple[str, int], ...]  # (label, qty): "米脂黄小米 2.5kg/袋", 2


# Every notice starts with it, so a DingTalk robot guarded by a keyword can use "直播助手".
PREFIX = "【直播助手】"
MAX_LISTED_ORDERS = 5  # a small batch lists its orders one per line; a bigger one only the totals


def aggregate_items(orders: Sequence[NewOrder]) -> list[tuple[str, int]]:
    """(label, total qty), most first, ties by first appearance."""
    totals: dict[str, int] = {}
    for order in orders:
        for label, qty in order.items:
            totals[label] = totals.get(label, 0) + qty
    return sorted(totals.items(), key=lambda pair: -pair[1])


def _fits(text: str, max_bytes: int) -> bool:
    return len(text.encode("utf-8")) <= max_bytes


def new_tasks_text(orders: Sequence[NewOrder], page_url: str = "", max_bytes: int = 1900) -> str:
    """"新增 12 单待打包：米脂黄小米 2.5kg/袋×15，巨鹿金银花 50g/罐×3 … 查看：URL" — items dropped from the
    end (with "等 N 种") until the text fits `max_bytes`."""
    totals = aggregate_items(orders)
    tail = f"\n查看：{page_url}" if page_url else ""
    detail = ""
    if len(orders) <= MAX_LISTED_ORDERS:
        lines = []
        for order in orders:
            where = " ".join(part for part in (mask_name(order.buyer_name), order.city.strip()) if part)
            goods = "，".join(f"{label}×{qty}" for label, qty in order.items)
            lines.append(f"· {where}：{goods}" if where else f"· {goods}")
        detail = "\n" + "\n".join(lines)
    head = f"{PREFIX}新增 {len(orders)} 单待打包："
    for shown in range(len(totals), 0, -1):
        listed = "，".join(f"{label}×{qty}" for label, qty in totals[:shown])
        more = f" 等 {len(totals)} 种 …" if shown < len(totals) else ""
        for with_detail in (detail, ""):
            text = head + listed + more + with_detail + tail
            if _fits(text, max_bytes):
                return text
    return truncate_utf8(head.rstrip("：") + tail, max_bytes)


def summary_text(day_label: str, created: int, shipped: int, open_counts: Sequence[tuple[str, int]],
                 page_url: str = "") -> str:
    """"今日汇总（11月28日）：新增 30 单，已发货 25 单；待打包 5，打包中 2 …" — counts only, no buyer data."""
    states = "，".join(f"{label} {count}" for label, count in open_counts)
    text = f"{PREFIX}今日汇总（{day_label}）：新增 {created} 单，已发货 {shipped} 单"
    if states:
        text += f"；当前 {states}"
    return text + (f"\n查看：{page_url}" if page_url else "")


TEST_TEXT = f"{PREFIX}测试消息。收到这条说明机器人设置正确。"
