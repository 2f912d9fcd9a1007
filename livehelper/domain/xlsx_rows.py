"""The rows of an Excel workbook (.xlsx) as text, the way the CSV reader gives them.

Taobao's newer export comes as .xlsx, and sellers save other exports from Excel too. Every worksheet is
read (`read_xlsx_sheets`; `read_xlsx_rows` gives the first) with openpyxl (read-only, cached values instead
of formulas) into lists of cell texts: numbers without a
trailing ".0", dates and times as the platforms print them ("2026-11-21 19:05:33"), empty cells as "". Row i
of the result is spreadsheet row i + 1 (missing rows come back empty), so problems name the row Excel shows.

A file that is not a workbook, a damaged one, one without a worksheet and one too big to be an order export
each raise one `UnreadableFileError` naming the file, before much memory or time is spent on it.

A number cell beyond 15 significant digits cannot be what the platform exported (Excel keeps 15): it comes
back in Excel's own scientific form ("3.91234567890123E+18"), which the order-number check refuses with
the reason, instead of as digits that look right and are not.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from livehelper.domain.errors import UnreadableFileError
from livehelper.domain.messages import Message

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a zip with files, an empty zip
MAX_ROWS = 200_000  # four times the 50,000-row exports the import is measured with
MAX_COLUMNS = 500  # Taobao's widest export has 44
MAX_UNPACKED_BYTES = 512 * 1024 * 1024  # a zip bomb unpacks to gigabytes from a few kilobytes
MAX_CELL_CHARACTERS = 131_072  # as the CSV reader's field limit
EXACT_LIMIT = 10**15  # Excel keeps 15 significant digits: a whole number from 10^15 on may have lost some

# openpyxl warns about styles and extensions it does not read; the values are read all the same.
warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\.|$)")


def is_zip(data: bytes) -> bool:
    return data.startswith(ZIP_MAGIC)


def cell_text(value: object) -> str:
    """One cell as the platform would have printed it in a CSV export."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float) and abs(value) >= EXACT_LIMIT:
        return f"{value:.14E}"  # its digits cannot be trusted: shown as Excel shows it, never as digits
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return format(Decimal(repr(value)), "f")  # 19.9, never 19.899999999999999 or 1e-05
    if isinstance(value, datetime):
        if value.microsecond >= 500_000:  # Excel keeps milliseconds; a time read back as …:32.999 is …:33
            value += timedelta(microseconds=1_000_000 - value.microsecond)
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, time):
        return value.strftime("%H:%M:%S")
    return str(value)


def _check_archive(data: bytes, source: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UnreadableFileError(Message(
            "{source} looks like an Excel (.xlsx) file but is damaged or cut off; open it in Excel and save it "
            "again", source=source)) from None
    names = {member.filename for member in members}
    if "[Content_Types].xml" not in names or not any(name.startswith("xl/") for name in names):
        raise UnreadableFileError(Message(
            "{source} is a zip file, not an Excel (.xlsx) workbook or CSV file", source=source))
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise UnreadableFileError(Message(
            "{source} is too big to be an order export ({size} MB unpacked, at most {limit} MB)", source=source,
            size=unpacked // (1024 * 1024), limit=MAX_UNPACKED_BYTES // (1024 * 1024)))


def _too_big(source: str, what: Message) -> UnreadableFileError:
    return UnreadableFileError(Message("{source} is too big to be an order export ({what})", source=source,
                                       what=what))


def read_xlsx_rows(data: bytes, source: str) -> list[list[str]]:
    """The first worksheet's rows as lists of cell texts (trailing empty cells included up to the widest row)."""
    return read_xlsx_sheets(data, source)[0][1]


def sheet_rows(values: Iterable[Sequence[object]], source: str) -> list[list[str]]:
    """One worksheet's rows of cell values as texts, within the limits above; trailing blank rows dropped."""
    rows: list[list[str]] = []
    width = 0
    for number, row in enumerate(values, start=1):
        if number > MAX_ROWS:
            raise _too_big(source, Message("more than {limit} rows", limit=MAX_ROWS))
        if len(row) > MAX_COLUMNS:
            raise _too_big(source, Message("more than {limit} columns", limit=MAX_COLUMNS))
        cells = [cell_text(value) for value in row]
        if cells and max(map(len, cells)) > MAX_CELL_CHARACTERS:
            raise UnreadableFileError(Message(
                "{source} has a cell longer than {limit} characters (line {line}); it is not an order export",
                source=source, limit=MAX_CELL_CHARACTERS, line=number))
        width = max(width, len(cells))
        rows.append(cells)
    while rows and not any(rows[-1]):
        rows.pop()
    for cells in rows:  # Excel leaves trailing empty cells out; they are not a cut-off row
        cells.extend([""] * (width - len(cells)))
    return rows


def read_xlsx_sheets(data: bytes, source: str) -> list[tuple[str, list[list[str]]]]:
    """Every worksheet as (name, rows), in the workbook's order."""
    _check_archive(data, source)
    from openpyxl import load_workbook  # imported here: it takes a while, and most imports are CSV

    damaged = UnreadableFileError(Message(
        "{source} looks like an Excel (.xlsx) file but is damaged or cut off; open it in Excel and save it again",
        source=source))
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl reports a broken part with whatever its XML and zip layers raise
        raise damaged from None
    try:
        sheets = workbook.worksheets
        if not sheets:
            raise UnreadableFileError(Message("{source} has no worksheet", source=source))
        found: list[tuple[str, list[list[str]]]] = []
        for sheet in sheets:
            if not hasattr(sheet, "iter_rows"):  # a chart sheet has no cells
                continue
            sheet.reset_dimensions()  # the stored size may be wrong or huge: read only the cells that are there
            try:
                found.append((sheet.title, sheet_rows(sheet.iter_rows(values_only=True), source)))
            except UnreadableFileError:
                raise
            except Exception:
                raise damaged from None
        if not found:
            raise UnreadableFileError(Message("{source} has no worksheet", source=source))
        return found
    finally:
        workbook.close()
