"""The live keys as a state machine, free of Qt: key sources (the window's keys, later global hotkeys and foot
pedals sending F13–F24) feed it actions and digits; it answers with commands for the live workspace.

    1          -> Pick(1)                      number keys pick a product by its link number
    1 2        -> Pick(1), Pick(12)            a second digit within 800 ms makes a two-digit number
    Enter / +  -> Tally(qty=1, position=12)    one more sold of the picked product
    * 3        -> Tally(qty=3, position=12)    a digit after * sells that many
    Ctrl+Z     -> Undo()
    Ctrl+→/←   -> ExplainStep(+1 / -1)         explain the next / previous product of the line-up
    Ctrl+Enter -> Explain(position=12)         explain the picked product
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

DIGIT_WINDOW_S = 0.8


class LiveAction(StrEnum):
    TALLY = "tally"
    MULTIPLY = "multiply"
    UNDO = "undo"
    EXPLAIN_NEXT = "explain_next"
    EXPLAIN_PREVIOUS = "explain_previous"
    EXPLAIN_PICKED = "explain_picked"
    CLEAR = "clear"


@dataclass(frozen=True)
class Pick:
    position: int


@dataclass(frozen=True)
class Tally:
    qty: int
    position: int | None  # None: nothing picked yet


@dataclass(frozen=True)
class Undo:
    pass


@dataclass(frozen=True)
class ExplainStep:
    step: int  # +1 next, -1 previous


@dataclass(frozen=True)
class Explain:
    position: int | None


@dataclass(frozen=True)
class AwaitQuantity:
    """`*` was pressed: the next digit is a quantity (shown on screen so the streamer knows)."""

    position: int | None


@dataclass(frozen=True)
class Cleared:
    pass


Command = Pick | Tally | Undo | ExplainStep | Explain | AwaitQuantity | Cleared


class LiveKeyInterpreter:
    """Turns a stream of actions and digits into commands. `positions` is the line-up's size: a digit that
    would make a number beyond it starts a new number instead (with 8 products, "1" "2" picks 2号链接)."""

    def __init__(self, positions: int = 0, clock: Callable[[], float] = time.monotonic,
                 window_s: float = DIGIT_WINDOW_S) -> None:
        self.positions = positions
        self.picked: int | None = None
        self._clock = clock
        self._window_s = window_s
        self._number = 0  # the number being typed
        self._last_digit_at: float | None = None
        self._awaiting_quantity = False

    @property
    def awaiting_quantity(self) -> bool:
        return self._awaiting_quantity

    def cancel_quantity(self) -> bool:
        """End a wait for a quantity (no digit came); True when there was one."""
        waiting, self._awaiting_quantity = self._awaiting_quantity, False
        return waiting

    def set_picked(self, position: int | None) -> None:
        """The product was picked another way (a click in the table): digits start a new number."""
        self.picked = position
        self._number = 0
        self._last_digit_at = None

    def reset(self, positions: int, picked: int | None = None) -> None:
        self.positions = positions
        self._awaiting_quantity = False
        self.set_picked(picked)

    def feed_digit(self, digit: int) -> Command | None:
        if not 0 <= digit <= 9:
            raise ValueError(f"not a digit: {digit}")
        now = self._clock()
        if self._awaiting_quantity:
            self._awaiting_quantity = False
            self._last_digit_at = None
            return Tally(digit, self.picked) if digit > 0 else Cleared()
        recent = self._last_digit_at is not None and now - self._last_digit_at <= self._window_s
        number = self._number * 10 + digit if recent and self._number else digit
        if self.positions and number > self.positions:
            number = digit
        self._last_digit_at = now
        self._number = number
        if number == 0:
            return None
        self.picked = number
        return Pick(number)

    def feed(self, action: LiveAction) -> Command | None:
        self._last_digit_at = None  # any action ends a number being typed
        self._number = 0
        if action == LiveAction.MULTIPLY:
            self._awaiting_quantity = True
            return AwaitQuantity(self.picked)
        self._awaiting_quantity = False
        match action:
            case LiveAction.TALLY:
                return Tally(1, self.picked)
            case LiveAction.UNDO:
                return Undo()
            case LiveAction.EXPLAIN_NEXT:
                return ExplainStep(1)
            case LiveAction.EXPLAIN_PREVIOUS:
                return ExplainStep(-1)
            case LiveAction.EXPLAIN_PICKED:
                return Explain(self.picked)
            case LiveAction.CLEAR:
                return Cleared()
        return None
