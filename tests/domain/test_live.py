"""The live figures as pure functions: totals, per-minute counts, explain time, busiest minutes, link labels."""

from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livehelper.domain.live import (
    ExplainSwitch,
    ProductTotals,
    SessionTotals,
    Tally,
    busiest_minutes,
    explained_time,
    items_per_minute,
    link_label,
    minute_of,
    totals,
    with_explained,
)

T0 = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)  # 20:00 in Beijing
PRODUCTS = (1, 2, 3, 4)

# Any moment a clock could show, from long ago to far in the future (aware, UTC, like everything stored).
moments = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC))
# "Now" as the system clock could give it: a few centuries either way.
nows = st.datetimes(min_value=datetime(1800, 1, 1), max_value=datetime(2300, 1, 1), timezones=st.just(UTC))
# Moments near T0, so that tallies land inside, at the edges of and outside a 30-minute window.
near_moments = st.integers(-3 * 3600, 3 * 3600).map(lambda seconds: T0 + timedelta(seconds=seconds, microseconds=7))


def tallies_at(times: st.SearchStrategy[datetime]) -> st.SearchStrategy[list[Tally]]:
    one = st.builds(Tally, key=st.integers(1, 10**6), product_id=st.sampled_from(PRODUCTS), qty=st.integers(1, 999),
                    unit_price_fen=st.integers(0, 100_000_000), at=times, source=st.sampled_from(["desktop", "lan"]),
                    void=st.booleans())
    return st.lists(one, max_size=40)


def tally(product_id: int, qty: int = 1, price: int = 100, at: datetime = T0, void: bool = False) -> Tally:
    return Tally(1, product_id, qty, price, at, void=void)


# Tally and totals

def test_a_void_tally_earns_nothing():
    assert tally(1, qty=3, price=3990).revenue_fen == 3 * 3990
    assert tally(1, qty=3, price=3990, void=True).revenue_fen == 0


def test_totals_of_nothing_list_every_product_of_the_lineup_in_order():
    result = totals([], [3, 1, 2])
    assert (result.items, result.revenue_fen) == (0, 0)
    assert list(result.per_product) == [3, 1, 2]
    assert result.per_product[1] == ProductTotals(1)


def test_totals_add_products_sold_outside_the_lineup_after_it():
    result = totals([tally(9, qty=2), tally(1)], [1, 2])
    assert list(result.per_product) == [1, 2, 9]
    assert result.per_product[9].items == 2
    assert result.items == 3


@given(tallies_at(near_moments), st.data())
def test_totals_are_the_sum_over_non_void_tallies_whatever_the_order(tallies, data):
    shuffled = data.draw(st.permutations(tallies))
    live = [t for t in tallies if not t.void]
    expected_items = sum(t.qty for t in live)
    expected_revenue = sum(t.qty * t.unit_price_fen for t in live)
    for order in (tallies, shuffled):
        result = totals(order, PRODUCTS)
        assert result.items == expected_items
        assert result.revenue_fen == expected_revenue
        for pid in PRODUCTS:
            figures = result.per_product[pid]
            assert figures.items == sum(t.qty for t in live if t.product_id == pid)
            assert figures.revenue_fen == sum(t.qty * t.unit_price_fen for t in live if t.product_id == pid)
            assert figures.explained == timedelta(0)
        assert sum(p.items for p in result.per_product.values()) == result.items
        assert sum(p.revenue_fen for p in result.per_product.values()) == result.revenue_fen
    assert totals(shuffled, PRODUCTS) == totals(tallies, PRODUCTS)


@given(tallies_at(near_moments), st.data(), st.booleans())
def test_voiding_is_the_same_as_removing(tallies, data, with_lineup):
    voided = data.draw(st.sets(st.sampled_from(range(len(tallies))) if tallies else st.nothing()))
    lineup = PRODUCTS if with_lineup else ()
    marked = [replace(t, void=True) if i in voided else t for i, t in enumerate(tallies)]
    removed = [t for i, t in enumerate(tallies) if i not in voided]
    assert totals(marked, lineup) == totals(removed, lineup)


def test_progress_towards_the_goal():
    figures = SessionTotals(items=10, revenue_fen=150_00)
    assert figures.progress(300_00) == pytest.approx(0.5)
    assert figures.progress(100_00) == 1.0  # capped
    assert figures.progress(0) == 0.0  # no goal set
    assert SessionTotals(0, 0).progress(100) == 0.0


def test_items_per_explained_minute_needs_half_a_minute_of_explaining():
    assert ProductTotals(1, items=6, explained=timedelta(seconds=29)).items_per_explained_minute is None
    assert ProductTotals(1, items=6, explained=timedelta(minutes=3)).items_per_explained_minute == pytest.approx(2.0)
    assert ProductTotals(1, items=0).items_per_explained_minute is None


def test_with_explained_keeps_the_sales_and_adds_products_only_explained():
    base = totals([tally(1, qty=2, price=500)], [1, 2])
    result = with_explained(base, {1: timedelta(minutes=4), 7: timedelta(seconds=30)})
    assert (result.items, result.revenue_fen) == (2, 1000)
    assert result.per_product[1] == ProductTotals(1, 2, 1000, timedelta(minutes=4))
    assert result.per_product[2] == ProductTotals(2)
    assert result.per_product[7] == ProductTotals(7, 0, 0, timedelta(seconds=30))
    assert base.per_product[1].explained == timedelta(0)  # the input is left alone


# items per minute

def test_items_per_minute_puts_the_current_minute_last():
    now = T0 + timedelta(minutes=10, seconds=30)
    tallies = [tally(1, 2, at=T0 + timedelta(minutes=10, seconds=1)),  # this minute
               tally(2, 3, at=T0 + timedelta(minutes=9, seconds=59)),  # the one before
               tally(1, 4, at=T0 + timedelta(minutes=9), void=True),  # void: not counted
               tally(1, 5, at=T0 + timedelta(minutes=10, seconds=45)),  # later this minute (a clock ahead)
               tally(1, 7, at=T0 + timedelta(minutes=11)),  # next minute: not yet in the chart
               tally(1, 9, at=T0 + timedelta(minutes=10 - 30))]  # 30 minutes ago: just out of the window
    assert items_per_minute(tallies, now, 30) == [0] * 28 + [3, 7]
    assert items_per_minute(tallies, now, 31) == [9] + [0] * 28 + [3, 7]
    assert items_per_minute([], now, 5) == [0] * 5


@given(tallies_at(near_moments), near_moments, st.integers(1, 180))
def test_items_per_minute_counts_exactly_the_items_in_the_window(tallies, now, minutes):
    counts = items_per_minute(tallies, now, minutes)
    assert len(counts) == minutes
    assert all(count >= 0 for count in counts)
    last = minute_of(now)
    first = last - timedelta(minutes=minutes - 1)
    in_window = [t for t in tallies if not t.void and first <= minute_of(t.at) <= last]
    assert sum(counts) == sum(t.qty for t in in_window)
    for t in in_window:  # each tally is in the bucket of its own minute
        index = round((minute_of(t.at) - first) / timedelta(minutes=1))
        assert counts[index] >= t.qty


@given(tallies_at(moments), nows, st.integers(1, 24 * 60))
def test_items_per_minute_never_fails_for_any_times(tallies, now, minutes):
    """Tallies from a wrong clock (far in the future or long ago) are simply outside the chart."""
    counts = items_per_minute(tallies, now, minutes)
    assert len(counts) == minutes
    first = minute_of(now) - timedelta(minutes=minutes - 1)
    assert sum(counts) == sum(t.qty for t in tallies if not t.void and first <= minute_of(t.at) <= minute_of(now))


def test_items_per_minute_compares_instants_across_time_zones():
    beijing = timezone(timedelta(hours=8))
    now = T0 + timedelta(seconds=30)
    at_beijing = (T0 + timedelta(seconds=5)).astimezone(beijing)
    assert items_per_minute([tally(1, 4, at=at_beijing)], now, 3) == [0, 0, 4]


# explained time

def test_explained_time_from_switches():
    switches = [ExplainSwitch(T0, 1), ExplainSwitch(T0 + timedelta(minutes=5), 2),
                ExplainSwitch(T0 + timedelta(minutes=8), None),  # a break: nobody explained
                ExplainSwitch(T0 + timedelta(minutes=10), 1)]
    spent = explained_time(switches, T0 + timedelta(minutes=12))
    assert spent == {1: timedelta(minutes=7), 2: timedelta(minutes=3)}
    assert explained_time(list(reversed(switches)), T0 + timedelta(minutes=12)) == spent  # sorted by time
    assert explained_time([], T0) == {}
    assert explained_time([ExplainSwitch(T0, None)], T0 + timedelta(hours=1)) == {}


def _explained_by_seconds(offsets: list[tuple[int, int | None]], end: int) -> Counter:
    """The oracle: for every second, who was explained (the last switch at or before it, in list order on ties)."""
    ordered = sorted(offsets, key=lambda s: s[0])
    spent: Counter = Counter()
    for second in range(end):
        current = [pid for at, pid in ordered if at <= second]
        if current and current[-1] is not None:
            spent[current[-1]] += 1
    return spent


switch_offsets = st.lists(st.tuples(st.integers(0, 300), st.sampled_from([*PRODUCTS[:3], None])), max_size=12)


@given(switch_offsets, st.integers(0, 200))
def test_explained_time_is_the_time_each_product_was_current(offsets, extra):
    end = max((at for at, _pid in offsets), default=0) + extra  # every switch is at or before the end
    switches = [ExplainSwitch(T0 + timedelta(seconds=at), pid) for at, pid in offsets]
    spent = explained_time(switches, T0 + timedelta(seconds=end))
    assert None not in spent
    assert all(duration > timedelta(0) for duration in spent.values())
    assert {pid: int(d.total_seconds()) for pid, d in spent.items()} == dict(_explained_by_seconds(offsets, end))
    if switches:
        span = T0 + timedelta(seconds=end) - min(s.at for s in switches)
        gaps = _explained_by_seconds([(at, -1 if pid is None else pid) for at, pid in offsets], end)[-1]
        assert sum(spent.values(), timedelta(0)) + timedelta(seconds=gaps) == span


@given(st.lists(st.tuples(near_moments, st.sampled_from([*PRODUCTS[:3], None])), max_size=12), near_moments)
def test_explained_time_is_never_negative_for_any_end(pairs, end):
    spent = explained_time([ExplainSwitch(at, pid) for at, pid in pairs], end)
    assert None not in spent
    assert all(duration > timedelta(0) for duration in spent.values())


def test_explained_time_counts_nothing_after_the_end():
    """A switch after `end` (a report of an open session `now`, a wall clock set back during the stream) must not
    make the explained time longer than the span up to `end`."""
    switches = [ExplainSwitch(T0, 1), ExplainSwitch(T0 + timedelta(minutes=10), 2)]
    spent = explained_time(switches, T0 + timedelta(minutes=5))
    assert spent == {1: timedelta(minutes=5)}


@given(switch_offsets, st.integers(-100, 400))
def test_explained_time_sums_to_at_most_the_span_for_any_end(offsets, end):
    switches = [ExplainSwitch(T0 + timedelta(seconds=at), pid) for at, pid in offsets]
    spent = explained_time(switches, T0 + timedelta(seconds=end))
    start = min((s.at for s in switches), default=T0)
    assert sum(spent.values(), timedelta(0)) <= max(timedelta(0), T0 + timedelta(seconds=end) - start)


# busiest minutes

def test_busiest_minutes_most_first_ties_earlier_first():
    tallies = [tally(1, 2, at=T0 + timedelta(minutes=3, seconds=10)),
               tally(2, 1, at=T0 + timedelta(minutes=3, seconds=50)),
               tally(1, 3, at=T0 + timedelta(minutes=1)),
               tally(1, 3, at=T0 + timedelta(minutes=5)),
               tally(1, 50, at=T0 + timedelta(minutes=2), void=True),
               tally(3, 1, at=T0)]
    assert busiest_minutes(tallies) == [(T0 + timedelta(minutes=1), 3), (T0 + timedelta(minutes=3), 3),
                                        (T0 + timedelta(minutes=5), 3)]
    assert busiest_minutes(tallies, top=1) == [(T0 + timedelta(minutes=1), 3)]
    assert busiest_minutes(tallies, top=10)[-1] == (T0, 1)
    assert busiest_minutes([]) == []
    assert busiest_minutes([tally(1, void=True)]) == []


@given(tallies_at(near_moments), st.integers(1, 10))
def test_busiest_minutes_are_the_top_minutes_in_order(tallies, top):
    per_minute = Counter()
    for t in tallies:
        if not t.void:
            per_minute[minute_of(t.at)] += t.qty
    result = busiest_minutes(tallies, top)
    assert len(result) == min(top, len(per_minute))
    assert all(per_minute[minute] == count for minute, count in result)
    keys = [(-count, minute) for minute, count in result]
    assert keys == sorted(keys)  # most first, ties earlier first
    if result:
        weakest = (-result[-1][1], result[-1][0])
        left_out = [(-count, minute) for minute, count in per_minute.items() if (minute, count) not in result]
        assert all(key > weakest for key in left_out)  # nothing left out beats what was shown


def test_minute_of_drops_seconds():
    assert minute_of(T0 + timedelta(seconds=59, microseconds=999_999)) == T0


@pytest.mark.parametrize(("position", "label"), [(1, "1号链接"), (2, "2号链接"), (12, "12号链接")])
def test_link_label(position, label):
    assert link_label(position) == label
