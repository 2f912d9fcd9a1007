"""Helpers: the people allowed on the LAN helper page, each with a token (kept only as a hash) and a role.

Tokens come from `secrets.token_urlsafe(24)` (192 random bits), so a plain SHA-256 is the right way to store
them: there is nothing to brute-force that a slow password hash would protect. `authenticate` reads the
database every time (one indexed lookup), so a revoke from another process takes effect at the next request.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from sqlalchemy.exc import IntegrityError

from livehelper.domain.errors import ConflictError, NotFoundError, ValidationError
from livehelper.domain.messages import Message
from livehelper.services.events import ChangeEvent, ChangeKind, Entity, EventBus
from livehelper.storage import helpers as repo
from livehelper.storage.engine import Database
from livehelper.storage.models import HelperRecord

ENTITY = Entity.HELPER
ROLES = ("packer", "assistant")
MAX_NAME_LENGTH = 40
Role = Literal["packer", "assistant"]


@dataclass(frozen=True)
class Helper:
    id: int
    name: str
    role: Role
    full_address: bool
    created_at: datetime
    revoked_at: datetime | None
    expires_at: datetime | None = None  # the token stops working then (None: until revoked)

    def expired(self, now: datetime | None = None) -> bool:
        return self.expires_at is not None and self.expires_at <= (now or datetime.now(UTC))

    @property
    def is_assistant(self) -> bool:
        return self.role == "assistant"


@dataclass(frozen=True)
class Recipient:
    """Who a parcel goes to, unmasked: only for helpers allowed full addresses (never logged)."""

    name: str
    phone: str
    address: str


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _helper(record: HelperRecord) -> Helper:
    return Helper(record.id, record.name, record.role, record.full_address,  # type: ignore[arg-type]
                  _utc(record.created_at) or record.created_at, _utc(record.revoked_at), _utc(record.expires_at))


def _checked(name: str, role: str) -> tuple[str, str]:
    name = name.strip()
    if not name:
        raise ValidationError("name", Message("a name is required"))
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError("name", Message("at most {limit} characters", limit=MAX_NAME_LENGTH))
    if role not in ROLES:
        raise ValidationError("role", Message("the role must be packer or assistant"))
    return name, role


MAX_EXPIRY_DAYS = 3650


def _expiry(days: int | None) -> datetime | None:
    """When a token given now for `days` days stops working (None: never)."""
    if days is None:
        return None
    if not 1 <= days <= MAX_EXPIRY_DAYS:
        raise ValidationError("expires_days", Message("the expiry must be a whole number of days from 1 to {maximum}",
                                                      maximum=MAX_EXPIRY_DAYS))
    return datetime.now(UTC) + timedelta(days=days)


class HelperService:
    def __init__(self, database: Database, events: EventBus) -> None:
        self._db = database
        self._events = events

    def add(self, name: str, role: str = "packer", full_address: bool = False,
            expires_days: int | None = None) -> tuple[Helper, str]:
        """A new helper and their token, returned this once (only its hash is stored). A revoked helper's name
        may be given again: they get a fresh token. ConflictError when an active helper has the name."""
        name, role = _checked(name, role)
        token = secrets.token_urlsafe(24)
        values = {"role": role, "token_hash": token_hash(token), "full_address": full_address,
                  "created_at": datetime.now(UTC), "revoked_at": None,
                  "expires_at": _expiry(expires_days)}
        try:
            with self._db.sessions.begin() as session:
                record = repo.by_name(session, name)
                if record is not None and record.revoked_at is None:
                    raise ConflictError(Message("a helper named {name} already exists", name=name))
                helper = _helper(repo.save(session, record, name, values))
        except IntegrityError as error:  # added at the same moment by another PC
            raise ConflictError(Message("a helper named {name} already exists", name=name)) from error
        self._events.publish(ChangeEvent(ENTITY, ChangeKind.CREATED, (helper.id,)))
        return helper, token

    def list(self) -> list[Helper]:
        """Every helper, revoked ones too, by name."""
        with self._db.sessions() as session:
            return [_helper(record) for record in repo.all_by_name(session)]

    def revoke(self, name: str) -> None:
        """The helper's token stops working at once (for every process on this database)."""
        with self._db.sessions.begin() as session:
            record = repo.by_name(session, name.strip())
            if record is None:
                raise NotFoundError(Message("no helper named {name}", name=name))
            repo.revoke(record, datetime.now(UTC))
            helper_id = record.id
        self._events.publish(ChangeEvent(ENTITY, ChangeKind.UPDATED, (helper_id,)))

    def authenticate(self, token: str) -> Helper | None:
        """The active helper holding `token`, else None."""
        if not token or len(token) > 200:
            return None
        digest = token_hash(token)
        with self._db.sessions() as session:
            record = repo.by_token_hash(session, digest)
            if record is None or record.revoked_at is not None or _helper(record).expired():
                return None
            if not hmac.compare_digest(record.token_hash, digest):  # the database's comparison is not constant-time
                return None
            return _helper(record)

    def recipients(self, order_ids: list[int]) -> dict[int, Recipient]:
        """order id -> the buyer's full name, phone and address, for the helpers allowed to see them."""
        found: dict[int, Recipient] = {}
        with self._db.sessions() as session:
            for order_id, name, phone, *parts in repo.recipient_rows(session, order_ids):
                found[order_id] = Recipient(name, phone, " ".join(part for part in parts if part))
        return found
