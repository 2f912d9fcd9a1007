"""The secret fields of the stored group robots (notify.robots: a JSON list in the settings table), sealed for
this user (storage.secret_box), and rewritten for the transfer zip: left out, or sealed under a passphrase."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from livehelper.storage.secret_box import (
    SecretBox,
    SecretUnreadable,
    is_clear,
    open_with_passphrase,
    seal_with_passphrase,
)

SECRET_FIELDS = ("webhook_url", "secret")


def _rewrite(raw: str | None, change: Callable[[str], str]) -> str | None:
    if not raw:
        return raw
    try:
        robots: list[Any] = json.loads(raw)
    except ValueError:
        return raw
    for robot in robots:
        if isinstance(robot, dict):
            for field in SECRET_FIELDS:
                if isinstance(robot.get(field), str):
                    robot[field] = change(robot[field])
    return json.dumps(robots, ensure_ascii=False)


def has_clear_secrets(raw: str | None) -> bool:
    found: list[str] = []
    _rewrite(raw, lambda value: found.append(value) or value if is_clear(value) else value)
    return bool(found)


def seal_all(raw: str | None, box: SecretBox) -> str | None:
    """Every clear secret sealed for this user (the migration of settings written before issue 19)."""
    return _rewrite(raw, box.seal)


def for_export(raw: str | None, box: SecretBox, passphrase: str | None) -> str | None:
    """What the transfer zip holds: no secrets at all without a passphrase, else each sealed under it.
    A secret this PC cannot open (sealed on another PC of a shared database) is left out either way."""

    def change(value: str) -> str:
        if passphrase is None:
            return ""
        try:
            return seal_with_passphrase(box.open(value), passphrase)
        except SecretUnreadable:
            return ""

    return _rewrite(raw, change)


def from_import(raw: str | None, box: SecretBox, passphrase: str | None) -> str | None:
    """What the imported settings keep: secrets sealed under the passphrase opened and sealed for this user;
    SecretUnreadable for a wrong passphrase; without one, the robots arrive without secrets (enter them again)."""

    def change(value: str) -> str:
        if passphrase is None:
            return "" if not is_clear(value) else box.seal(value)
        return box.seal(open_with_passphrase(value, passphrase))

    return _rewrite(raw, change)
