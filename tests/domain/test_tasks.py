"""Packing task states: the full transition table, what shipping and problems need, versions and history."""

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livehelper.domain.couriers import find_courier, normalise_tracking, tracking_warnings
from livehelper.domain.errors import ConflictError, ValidationError
from livehelper.domain.tasks import (
    FINAL_STATES,
    MAX_REASON_LENGTH,
    OPEN_STATES,
    TASK_STATE_NAMES,
    TRANSITIONS,
    UNDO_TRANSITIONS,
    TaskChange,
    TaskState,
    allowed_targets,
    check_transition,
    check_version,
    is_allowed,
    next_version,
    parse_state,
)

S = TaskState
ALLOWED = {
    (S.PENDING, S.PACKING), (S.PACKING, S.PACKED), (S.PACKED, S.SHIPPED),
    (S.PENDING, S.PROBLEM), (S.PACKING, S.PROBLEM), (S.PACKED, S.PROBLEM),
    (S.PROBLEM, S.PENDING), (S.PROBLEM, S.PACKING),
    (S.PENDING, S.CANCELLED), (S.PACKING, S.CANCELLED), (S.PACKED, S.CANCELLED), (S.PROBLEM, S.CANCELLED),
    (S.PACKING, S.PENDING), (S.PACKED, S.PACKING),  # undo
    (S.SHIPPED, S.PROBLEM),  # taken back: the parcel returned (issue 16, a 退回 stock movement)
}
# Everything a transition could need, so that the table test sees only the state graph.
NEEDS = {"reason": "缺货", "courier": "SF", "tracking_no": "SF1234567890123"}


def test_codes_and_chinese_names_match_the_design():
    assert [state.value for state in TaskState] == ["pending", "packing", "packed", "shipped", "problem", "cancelled"]
    assert [state.zh for state in TaskState] == ["待打包", "打包中", "已打包", "已发货", "异常", "已取消"]
    assert set(TASK_STATE_NAMES) == set(TaskState)
    assert {S.PENDING, S.PACKING, S.PACKED} == OPEN_STATES
    assert [state.is_open for state in TaskState] == [True, True, True, False, False, False]


@pytest.mark.parametrize("current", list(TaskState))
@pytest.mark.parametrize("to", list(TaskState))
def test_every_pair_of_states(current, to):
    assert is_allowed(current, to) == ((current, to) in ALLOWED)
    assert (to in allowed_targets(current)) == ((current, to) in ALLOWED)
    if (current, to) in ALLOWED:
        check_transition(current, to, **NEEDS)
        check_transition(current.value, to.value, **NEEDS)  # codes as the API sends them
    else:
        with pytest.raises(ValidationError) as refused:
            check_transition(current, to, **NEEDS)
        assert refused.value.field_name == "to"
        text = refused.value.render("zh_CN")
        assert current.label.render("zh_CN") in text


def test_the_table_is_the_transitions_mapping():
    assert {(a, b) for a, targets in TRANSITIONS.items() for b in targets} == ALLOWED
    assert UNDO_TRANSITIONS <= ALLOWED
    assert not TRANSITIONS[S.CANCELLED] and TRANSITIONS[S.SHIPPED] == {S.PROBLEM}  # only taken back, with a reason
    assert S.SHIPPED in FINAL_STATES


def test_refusal_names_both_states():
    with pytest.raises(ValidationError) as refused:
        check_transition("pending", "shipped", courier="SF", tracking_no="SF1234567890123")
    assert refused.value.render("en") == "a task cannot go from to pack to shipped"
    with pytest.raises(ValidationError) as same:
        check_transition("packing", "packing")
    assert same.value.render("en") == "the task is already packing"


@pytest.mark.parametrize("reason", [None, "", "   ", "\n"])
def test_problem_needs_a_reason(reason):
    with pytest.raises(ValidationError) as refused:
        check_transition(S.PACKING, S.PROBLEM, reason=reason)
    assert refused.value.field_name == "reason"
    check_transition(S.PACKING, S.PROBLEM, reason="买家要求改地址")


def test_problem_reason_has_a_limit():
    check_transition(S.PENDING, S.PROBLEM, reason="缺" * MAX_REASON_LENGTH)
    with pytest.raises(ValidationError):
        check_transition(S.PENDING, S.PROBLEM, reason="缺" * (MAX_REASON_LENGTH + 1))


@pytest.mark.parametrize(("courier", "tracking_no", "field"), [
    (None, "SF1234567890123", "courier"),
    ("  ", "SF1234567890123", "courier"),
    ("顺风车", "SF1234567890123", "courier"),
    ("SF", None, "tracking_no"),
    ("SF", "", "tracking_no"),
    ("SF", "顺丰单号", "tracking_no"),
    ("SF", "SF12", "tracking_no"),
])
def test_shipping_needs_a_courier_and_a_tracking_number(courier, tracking_no, field):
    with pytest.raises(ValidationError) as refused:
        check_transition(S.PACKED, S.SHIPPED, courier=courier, tracking_no=tracking_no)
    assert refused.value.field_name == field


def test_shipping_with_a_number_of_an_unusual_shape_is_allowed():
    """Format problems are warnings for the caller to show, never refusals."""
    assert tracking_warnings(find_courier("ZTO"), "7" * 20) != []  # the shape is unusual …
    check_transition(S.PACKED, S.SHIPPED, courier="ZTO", tracking_no="7" * 20)  # … and raises nothing


def test_shipping_with_a_number_typed_with_spaces_and_dashes_is_allowed():
    assert normalise_tracking("sf 1234-5678-9012") == "SF123456789012"
    assert tracking_warnings(find_courier("顺丰速运"), normalise_tracking("sf 1234-5678-9012")) == []
    check_transition(S.PACKED, S.SHIPPED, courier="顺丰速运", tracking_no="sf 1234-5678-9012")  # raises nothing


def test_states_parse_from_codes_and_chinese_names():
    assert parse_state(" Packing ") == S.PACKING
    assert parse_state("已发货") == S.SHIPPED
    with pytest.raises(ValidationError) as refused:
        parse_state("done")
    assert refused.value.render("en") == "unknown task state “done”"


@given(st.text(), st.text(), st.one_of(st.none(), st.text()), st.one_of(st.none(), st.text()),
       st.one_of(st.none(), st.text()))
def test_arbitrary_text_only_raises_validation_errors(current, to, reason, courier, tracking_no):
    try:
        check_transition(current, to, reason=reason, courier=courier, tracking_no=tracking_no)
    except ValidationError as error:
        assert error.render("en") and error.render("zh_CN")


@given(st.sampled_from(sorted(ALLOWED)), st.text(), st.text(), st.text())
def test_arbitrary_extras_on_allowed_transitions(pair, reason, courier, tracking_no):
    try:
        check_transition(*pair, reason=reason, courier=courier, tracking_no=tracking_no)
    except ValidationError as error:
        assert error.field_name in {"reason", "courier", "tracking_no"}


def test_versions():
    assert next_version(1) == 2
    check_version(3, 3)
    with pytest.raises(ConflictError) as stale:
        check_version(2, 3)
    assert "3" in stale.value.render("en") and "2" in stale.value.render("en")


@given(st.integers(), st.integers())
def test_check_version_refuses_every_mismatch(expected, actual):
    if expected == actual:
        check_version(expected, actual)
    else:
        with pytest.raises(ConflictError):
            check_version(expected, actual)


def test_task_change_records_the_history():
    at = datetime(2026, 5, 1, 12, tzinfo=UTC)
    change = TaskChange(7, S.PACKING, S.PROBLEM, "小李", at, 3, reason="缺货")
    assert (change.task_id, change.from_state, change.to_state, change.who, change.at, change.version) == (
        7, S.PACKING, S.PROBLEM, "小李", at, 3)
    assert TaskChange(7, None, S.PENDING, "导入", at, 1).reason is None
    with pytest.raises(AttributeError):
        change.version = 4  # type: ignore[misc]
