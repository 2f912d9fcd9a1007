"""A local HTTP server standing in for the WeCom, DingTalk and Feishu robot endpoints.

It checks each request the way the platform does (WeCom: the key in the URL; DingTalk: access_token, a
timestamp within an hour and HMAC-SHA256(secret, "timestamp\\nsecret") in the query; Feishu: HMAC-SHA256 keyed
by "timestamp\\nsecret" over an empty message, in the body) and answers with the platforms' JSON shapes. The
signatures are recomputed here from the formulas, not with LiveHelper's code.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

WECOM_KEY = "wecom-key-693a91f4-0000-4c3e-8c55-1f2e3d4c5b6a"
DINGTALK_TOKEN = "dingtalk-token-5f0c2b8e7d6a"
DINGTALK_SECRET = "SECdingtalk0123456789abcdef0123456789abcdef0123456789ab12"
FEISHU_HOOK = "feishu-hook-2b1e6f0a-7c3d-4e5f-9a8b-0c1d2e3f4a5b"
FEISHU_SECRET = "feishuSecret0123456789xyz"


@dataclass(frozen=True)
class Received:
    platform: str
    body: dict
    raw: str
    accepted: bool


class RobotStandIn:
    def __init__(self) -> None:
        self.received: list[Received] = []
        self.scripted: deque[tuple[int, dict]] = deque()  # answers given before any checking, in order
        self._condition = threading.Condition()
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")
                status, answer, platform, accepted = stand_in._answer(self.path, raw)
                data = json.dumps(answer).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                with stand_in._condition:
                    stand_in.received.append(Received(platform, json.loads(raw or "{}"), raw, accepted))
                    stand_in._condition.notify_all()

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"

    # addresses the robots are set up with
    @property
    def wecom_url(self) -> str:
        return f"{self.base}/cgi-bin/webhook/send?key={WECOM_KEY}"

    @property
    def dingtalk_url(self) -> str:
        return f"{self.base}/robot/send?access_token={DINGTALK_TOKEN}"

    @property
    def feishu_url(self) -> str:
        return f"{self.base}/open-apis/bot/v2/hook/{FEISHU_HOOK}"

    def accepted(self) -> list[Received]:
        with self._condition:
            return [found for found in self.received if found.accepted]

    def wait_for(self, count: int, timeout: float = 10.0) -> bool:
        with self._condition:
            return self._condition.wait_for(lambda: len(self.received) >= count, timeout)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # the platforms' checks
    def _answer(self, path: str, raw: str) -> tuple[int, dict, str, bool]:
        parts = urlsplit(path)
        query = parse_qs(parts.query)  # URL-decodes, as the platforms do
        platform = ("wecom" if parts.path.startswith("/cgi-bin/") else
                    "dingtalk" if parts.path.startswith("/robot/") else "feishu")
        if self.scripted:
            status, answer = self.scripted.popleft()
            return status, answer, platform, False
        if platform == "wecom":
            if query.get("key") != [WECOM_KEY]:
                return 200, {"errcode": 93000, "errmsg": "invalid webhook url"}, platform, False
            return 200, {"errcode": 0, "errmsg": "ok"}, platform, True
        if platform == "dingtalk":
            if query.get("access_token") != [DINGTALK_TOKEN]:
                return 200, {"errcode": 300001, "errmsg": "token is not exist"}, platform, False
            timestamp = query.get("timestamp", [""])[0]
            sign = query.get("sign", [""])[0]
            expected = base64.b64encode(hmac.new(DINGTALK_SECRET.encode(), f"{timestamp}\n{DINGTALK_SECRET}".encode(),
                                                 hashlib.sha256).digest()).decode()
            fresh = timestamp.isdigit() and abs(int(timestamp) - time.time() * 1000) <= 3600 * 1000
            if not fresh or not hmac.compare_digest(sign, expected):
                return 200, {"errcode": 310000, "errmsg": "sign not match, more: [https://ding-doc]"}, platform, False
            return 200, {"errcode": 0, "errmsg": "ok"}, platform, True
        body = json.loads(raw or "{}")
        if parts.path != f"/open-apis/bot/v2/hook/{FEISHU_HOOK}":
            return 404, {"code": 19001, "msg": "param invalid: incoming webhook access token invalid"}, platform, False
        timestamp = str(body.get("timestamp", ""))
        expected = base64.b64encode(hmac.new(f"{timestamp}\n{FEISHU_SECRET}".encode(), b"",
                                             hashlib.sha256).digest()).decode()
        fresh = timestamp.isdigit() and abs(int(timestamp) - time.time()) <= 3600
        if not fresh or not hmac.compare_digest(str(body.get("sign", "")), expected):
            return 400, {"code": 19021, "msg": "sign match fail or timestamp is not within one hour from current time",
                         "data": {}}, platform, False
        return 200, {"code": 0, "msg": "success", "data": {}}, platform, True


def text_of(received: Received) -> str:
    body = received.body
    if "markdown" in body:
        return body["markdown"]["text"]
    if "content" in body:
        return body["content"]["text"]
    return body["text"]["content"]
