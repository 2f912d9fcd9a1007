"""HelperService: tokens shown once and stored hashed, roles, revoking, authenticating (on SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from livehelper.domain.errors import ConflictError, NotFoundError, ValidationError
from livehelper.services.helpers.accounts import token_hash


def test_a_new_helper_gets_a_token_that_is_stored_only_as_its_hash(context):
    helper, token = context.helpers.add(" 小王 ", "assistant", full_address=True)
    assert (helper.name, helper.role, helper.full_address, helper.revoked_at) == ("小王", "assistant", True, None)
    assert len(token) >= 32
    with context.database.engine.connect() as connection:
        stored = [tuple(row) for row in connection.execute(text("SELECT token_hash FROM helpers"))]
    assert stored == [(token_hash(token),)]
    assert token not in repr(stored)
    assert context.helpers.authenticate(token) == helper


def test_wrong_empty_and_absurd_tokens_authenticate_nobody(context):
    _, token = context.helpers.add("小王")
    for wrong in ("", token[:-1], token + "x", "x" * 10_000, token.upper()):
        assert context.helpers.authenticate(wrong) is None


def test_a_revoked_token_stops_working_at_once_and_the_name_can_be_given_a_new_one(context):
    _, old = context.helpers.add("小王")
    context.helpers.revoke("小王")
    assert context.helpers.authenticate(old) is None
    assert context.helpers.list()[0].revoked_at is not None
    helper, new = context.helpers.add("小王", "assistant")
    assert context.helpers.authenticate(new) == helper
    assert context.helpers.authenticate(old) is None
    assert [h.name for h in context.helpers.list()] == ["小王"]


def test_names_roles_and_unknown_helpers_are_checked(context):
    context.helpers.add("小王")
    with pytest.raises(ConflictError):
        context.helpers.add("小王")
    with pytest.raises(ValidationError):
        context.helpers.add("   ")
    with pytest.raises(ValidationError):
        context.helpers.add("小张", "boss")
    with pytest.raises(ValidationError):
        context.helpers.add("张" * 41)
    with pytest.raises(NotFoundError):
        context.helpers.revoke("nobody")
    assert [(h.name, h.role) for h in context.helpers.list()] == [("小王", "packer")]


def test_adding_and_revoking_are_announced_on_the_event_bus(context):
    seen = []
    context.events.subscribe(lambda event: seen.append((event.entity, event.kind.value)))
    context.helpers.add("小王")
    context.helpers.revoke("小王")
    assert seen == [("helper", "created"), ("helper", "updated")]
