"""The server's two memories: answers shared by every phone, and tokens found valid a moment ago."""

from __future__ import annotations

import logging
import threading

import requests

from livehelper.server.cache import AnswerCache
from livehelper.server.security import TokenCache
from livehelper.services.events import ChangeEvent, ChangeKind


def test_an_answer_is_reused_until_its_data_changes_or_it_is_too_old():
    now = [0.0]
    cache = AnswerCache(seconds=2.0, clock=lambda: now[0])
    built = []

    def build(text):
        return lambda: built.append(text) or text.encode()

    assert cache.answer("q", build("a")) == b"a"
    assert cache.answer("q", build("b")) == b"a"
    cache.on_change(ChangeEvent("live", ChangeKind.UPDATED))  # not what the queue is made of
    assert cache.answer("q", build("c")) == b"a"
    cache.on_change(ChangeEvent("task", ChangeKind.UPDATED, (1,)))
    assert cache.answer("q", build("d")) == b"d"
    now[0] += 2.5
    assert cache.answer("q", build("e")) == b"e"
    assert built == ["a", "d", "e"]


def test_an_answer_built_while_the_data_changed_is_not_kept():
    cache = AnswerCache()

    def build_during_a_change():
        cache.on_change(ChangeEvent("order", ChangeKind.RELOADED))
        return b"old"

    assert cache.answer("q", build_during_a_change) == b"old"
    assert cache.answer("q", lambda: b"new") == b"new"


def test_a_token_is_trusted_from_memory_only_briefly_and_never_after_a_helper_changes(context):
    helper, token = context.helpers.add("小王")
    now = [0.0]
    tokens = TokenCache(seconds=1.0, clock=lambda: now[0])
    tokens.put(token, helper)
    assert tokens.get(token) == helper and tokens.get(token + "x") is None
    now[0] += 1.5
    assert tokens.get(token) is None
    tokens.put(token, helper)
    tokens.on_change(ChangeEvent("helper", ChangeKind.UPDATED, (helper.id,)))
    assert tokens.get(token) is None


def test_no_token_reaches_the_logs(server, packer, caplog):
    caplog.set_level(logging.DEBUG)
    with requests.get(f"{server.url}/api/v1/events?token={packer.token}", stream=True, timeout=5) as stream:
        next(stream.iter_lines())
    packer.get("/api/v1/tasks")
    requests.get(f"{server.url}/api/v1/overlay?token={packer.token}", timeout=5)
    server_side = [r.getMessage() for r in caplog.records if not r.name.startswith("urllib3")]  # the client's own
    assert not [message for message in server_side if packer.token in message]


def test_phones_asking_during_a_build_share_it():
    cache = AnswerCache()
    started, release = threading.Event(), threading.Event()
    builds = []

    def slow_build():
        builds.append(1)
        started.set()
        release.wait(5)
        return b"queue"

    first = threading.Thread(target=lambda: cache.answer("q", slow_build))
    first.start()
    assert started.wait(5)
    answers = []
    others = [threading.Thread(target=lambda: answers.append(cache.answer("q", slow_build))) for _ in range(5)]
    for other in others:
        other.start()
    release.set()
    for thread in (first, *others):
        thread.join(5)
    assert answers == [b"queue"] * 5 and builds == [1]
