"""Issue 19, findings 1 and 2: bodies are limited and refused before parsing, the token is checked before a
body is read, and only wrong tokens count towards the brake (which never stops a valid token)."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import requests

from livehelper.server.limits import MAX_BODY_BYTES
from livehelper.server.runner import LanServer
from livehelper.server.security import FailureLimiter

BIG = 50 * 1024 * 1024


def _raw(server: LanServer, head: str, body: bytes = b"", wait: float = 5.0) -> bytes:
    """Sends `head` (and `body`) on a fresh connection and returns what the server answers within `wait`
    seconds, without sending anything more: a server that waits for the rest of the body answers nothing."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=wait) as sock:
        sock.sendall(head.replace("\n", "\r\n").encode("latin-1") + b"\r\n" + body)
        answer = b""
        try:
            while True:  # until the server closes the connection, as it does after refusing a body
                chunk = sock.recv(65536)
                if not chunk:
                    break
                answer += chunk
        except (TimeoutError, ConnectionResetError):
            pass
        return answer


def _status(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/1.1 ") else 0


def test_a_body_declared_too_large_is_refused_before_a_byte_of_it_is_sent(server, packer):
    head = (f"POST /api/v1/tasks/1/transition HTTP/1.1\nHost: 127.0.0.1\nAuthorization: Bearer {packer.token}\n"
            f"Content-Type: application/json\nContent-Length: {BIG}\n")
    answer = _raw(server, head)
    assert _status(answer) == 413, answer[:200]
    assert "请求太大（最多 64 KB）".encode() in answer


def test_a_chunked_body_is_cut_off_at_the_limit(server, packer):
    def body() -> Iterator[bytes]:
        yield b'{"to": "problem", "version": 1, "reason": "'
        for _ in range(2 * MAX_BODY_BYTES // 1024):
            yield b"x" * 1024
        yield b'"}'

    answer = packer.http.post(server.url + "/api/v1/tasks/1/transition", data=body(), timeout=10,
                              headers={"Content-Type": "application/json"})
    assert answer.status_code == 413
    assert answer.json()["detail"] == "请求太大（最多 64 KB）"
    assert packer.get("/api/v1/me").status_code == 200


def test_a_body_within_the_limit_still_works(server, packer):
    task = packer.get("/api/v1/tasks?status=pending").json()["tasks"][0]
    answer = packer.post(f"/api/v1/tasks/{task['id']}/transition", {"to": "packing", "version": task["version"]})
    assert answer.status_code == 200, answer.text


def test_the_token_is_checked_before_the_body_is_read(server):
    for authorization in ("", "Authorization: Bearer not-a-token\n"):
        head = ("POST /api/v1/tasks/1/transition HTTP/1.1\nHost: 127.0.0.1\nContent-Type: application/json\n"
                f"{authorization}Content-Length: 60000\n")
        answer = _raw(server, head, b'{"to": ')  # the rest of the body never comes
        assert _status(answer) == 401, answer[:200]
        assert "需要有效的帮手令牌".encode() in answer


def test_four_huge_tokenless_posts_are_refused_without_reading_them(server, packer):
    head = ("POST /api/v1/live/tallies HTTP/1.1\nHost: 127.0.0.1\nContent-Type: application/json\n"
            f"Content-Length: {BIG}\n")
    for _ in range(4):
        assert _status(_raw(server, head, b"[" * 65536)) == 413
    assert packer.get("/api/v1/me").status_code == 200


def test_requests_without_a_token_never_count_as_guesses(server, packer):
    for _ in range(3 * FailureLimiter().limit):
        assert requests.get(server.url + "/api/v1/me", timeout=5).status_code == 401
    wrong = requests.get(server.url + "/api/v1/me", headers={"Authorization": "Bearer guess"}, timeout=5)
    assert wrong.status_code == 401  # not 429: the tokenless ones did not count


def test_a_valid_token_is_never_refused_by_the_brake(server, packer):
    answers = [requests.get(server.url + "/api/v1/me", headers={"Authorization": f"Bearer guess{n}"}, timeout=5)
               for n in range(FailureLimiter().limit + 2)]
    assert answers[-1].status_code == 429
    assert packer.get("/api/v1/me").status_code == 200
    assert packer.get("/api/v1/tasks").status_code == 200
