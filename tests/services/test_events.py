"""Change events name their entity with a member of Entity, so a misspelt entity fails where it is written."""

from __future__ import annotations

import pytest

from livehelper.services.events import ChangeEvent, ChangeKind, Entity, EventBus


def test_an_entity_given_as_its_word_becomes_the_member():
    event = ChangeEvent("task", ChangeKind.UPDATED, (3,))
    assert event.entity is Entity.TASK
    assert event.entity == "task"  # the word the LAN API streams


def test_a_misspelt_entity_is_refused_at_once():
    with pytest.raises(ValueError, match="tsak"):
        ChangeEvent("tsak", ChangeKind.UPDATED)


def test_the_origin_travels_with_the_event_but_two_events_of_the_same_change_are_equal():
    view = object()
    bus = EventBus()
    seen: list[ChangeEvent] = []
    bus.subscribe(seen.append)
    bus.publish(ChangeEvent(Entity.LIVE, ChangeKind.UPDATED, origin=view))
    assert seen[0].origin is view
    assert seen[0] == ChangeEvent(Entity.LIVE, ChangeKind.UPDATED)
