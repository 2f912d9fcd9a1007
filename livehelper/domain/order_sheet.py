"""The data rows of one order sheet, column by column, with their problems: how the big layouts are read.

A 50,000-row 抖店 export has over a million cells. Checked cell by cell (a method call per cell, a regular
expression per order number, a parse per price), the checks cost several times the reading itself; checked
column by column, each distinct value is parsed once and the usual all-good column is confirmed in one pass
(a column of order numbers that are all digits needs no regular expression). The checks and their messages are those of
`RowReader`, row for row: problems come out in the order a row-by-row reading finds them (by row, and within a
row in the order the checks are made), so a shape reader written with `Sheet` reports exactly what one written
with `RowReader` would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from livehelper.domain.errors import RowProblem
from livehelper.domain.messages import Message
from livehelper.domain.order_cells import (
    EXCEL_ROUNDED,
    ORDER_NO,
    RowReader,
    count_or_reason,
    fen_or_reason,
    parse_time,
)

_LONGEST_ORDER_NO = 64  # as ORDER_NO allows: a column of digits no longer than this is all good order numbers
_REQUIRED = "this field is required"

Found = tuple[int, int, str, Message]  # (row index, check number, column, reason)


class Sheet:
    """Cleaned cells of the rows to read (`numbers[i]` is the spreadsheet row of index i), by column name.

    Each check takes a whole column and gives back its values (None where a cell is empty or bad), marking the
    bad rows in `bad`; `flush` hands the problems over in row order. A column the file lacks reads as ""."""

    def __init__(self, numbers: list[int], cells: dict[str, Sequence[str]]) -> None:
        self.numbers = numbers
        self.size = len(numbers)
        self.cells = cells
        self.bad = bytearray(self.size)
        self._found: list[Found] = []
        self._checks = 0
        self._times: dict[str, datetime | None] = {"": None}  # times repeat across columns (提交 = 支付)

    def column(self, name: str) -> Sequence[str]:
        found = self.cells.get(name) if name else None
        return found if found is not None else ("",) * self.size

    def first_filled(self, names: Sequence[str]) -> Sequence[str]:
        """Per row, the first of `names` that has a value (`Columns.getter` column by column)."""
        if not names:
            return ("",) * self.size
        merged = self.column(names[0])
        for name in names[1:]:
            merged = [value or fallback for value, fallback in zip(merged, self.column(name), strict=True)]
        return merged

    def problem(self, index: int, column: str, message: Message, check: int | None = None) -> None:
        self.bad[index] = 1
        self._found.append((index, self._checks if check is None else check, column, message))

    def check(self) -> int:
        """Number the next check: a row's problems are reported in the order of its checks."""
        self._checks += 1
        return self._checks

    def flush(self, problems: list[RowProblem]) -> None:
        self._found.sort(key=lambda found: found[:2])
        numbers = self.numbers
        problems.extend(RowProblem(numbers[index], column, message) for index, _, column, message in self._found)
        self._found.clear()

    def _required(self, name: str, values: Sequence[str], check: int, rows: list[int] | None = None) -> None:
        if rows is not None:
            for index in rows:
                if not values[index]:
                    self.problem(index, name, Message(_REQUIRED), check)
        elif not all(values):
            for index, value in enumerate(values):
                if not value:
                    self.problem(index, name, Message(_REQUIRED), check)

    def required(self, name: str) -> Sequence[str]:
        values = self.column(name)
        self._required(name, values, self.check())
        return values

    def order_no(self, name: str) -> Sequence[str]:
        """`RowReader.order_no` of every row: required, not rounded by Excel, shaped like an order number."""
        values = self.column(name)
        check = self.check()
        self._required(name, values, check)
        digits = "".join(values)
        if not (digits.isascii() and digits.isdigit() and max(map(len, values)) <= _LONGEST_ORDER_NO):
            for index, value in enumerate(values):
                if value and EXCEL_ROUNDED.fullmatch(value):
                    self.problem(index, name, Message(
                        "Excel rounded this order number to {value} and its last digits are lost: export the "
                        "orders from the platform again and import that file without opening and saving it in "
                        "Excel", value=value[:40]), check)
                elif value and not ORDER_NO.fullmatch(value):
                    self.problem(index, name, Message("'{value}' is not an order number", value=value[:40]), check)
        return values

    def _parsed(self, name: str, parse: Callable[[str], int | Message], required: bool, rows: list[int] | None,
                at_least: int | None = None) -> list[int | None]:
        """Each distinct text of the column parsed once; a reason (or a number below `at_least`) is a problem."""
        values = self.column(name)
        check = self.check()
        if required:
            self._required(name, values, check, rows)
        table: dict[str, int | Message | None] = {"": None}
        failed = False
        for value in set(values):
            if value:
                number = table[value] = parse(value)
                if isinstance(number, Message):
                    failed = True
                elif at_least is not None and number < at_least:
                    table[value] = Message("the quantity must be at least 1")
                    failed = True
        parsed = list(map(table.__getitem__, values))
        if rows is not None:
            wanted = set(rows)
            parsed = [value if index in wanted else None for index, value in enumerate(parsed)]
        for index, value in enumerate(parsed) if failed else ():
            if isinstance(value, Message):
                self.problem(index, name, value, check)
                parsed[index] = None
        return parsed  # type: ignore[return-value]

    def money(self, name: str, required: bool = False, rows: Iterable[int] | None = None) -> list[int | None]:
        """`RowReader.money` of every row (or only of `rows`; None for the others)."""
        return self._parsed(name, fen_or_reason, required, list(rows) if rows is not None else None)

    def count(self, name: str, required: bool = False) -> list[int | None]:
        """`RowReader.count` of every row."""
        return self._parsed(name, count_or_reason, required, None, 1 if required else None)

    def time(self, name: str) -> list[datetime | None]:
        """`RowReader.time` of every row."""
        values = self.column(name)
        check = self.check()
        times = self._times
        failed = set()
        for value in set(values):
            moment = times[value] if value in times else times.setdefault(value, parse_time(value))
            if moment is None and value:
                failed.add(value)
        for index, value in enumerate(values) if failed else ():
            if value in failed:
                self.problem(index, name, Message(
                    "'{value}' is not a date and time (expected e.g. 2026-11-20 20:31:05)", value=value[:40]), check)
        return [times[value] for value in values]

    def row_readers(self, problems: list[RowProblem]) -> list[RowReader]:
        """The rows as `RowReader`s, for the shapes read row by row (item lists, our template: small files)."""
        names = list(self.cells)
        columns = [self.cells[name] for name in names]
        return [RowReader(number, dict(zip(names, values, strict=True)), problems)
                for number, values in zip(self.numbers, zip(*columns, strict=True) if columns else
                                          ((),) * self.size, strict=True)]
