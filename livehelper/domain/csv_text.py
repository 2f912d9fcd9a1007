"""Reading CSV files people give us and writing CSV files Excel on Chinese Windows opens cleanly."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from livehelper.domain.errors import UnreadableFileError
from livehelper.domain.messages import Message

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FOREIGN_MAGIC = {
    b"PK\x03\x04": Message("an Excel (.xlsx) or zip file"),
    b"\xd0\xcf\x11\xe0": Message("an Excel 97–2003 (.xls) or password-protected workbook"),
    b"%PDF": Message("a PDF file"),
    b"\x89PNG": Message("a PNG image"),
    b"\xff\xd8\xff": Message("a JPEG image"),
}


CSV_TEXT = Message("a CSV text file; save it as CSV (UTF-8) first")
PLAIN_TEXT = Message("a text file; save it as text (UTF-8) first")


def decode_text(data: bytes, source: str, expected: Message = CSV_TEXT) -> str:
    """Decode UTF-8 (with or without BOM) or GBK/GB18030 text; refuse binary files with a clear reason."""
    for magic, kind in _FOREIGN_MAGIC.items():
        if data.startswith(magic):
            raise UnreadableFileError(Message(
                "{source} is {kind}, not {expected}", source=source, kind=kind, expected=expected))
    if b"\x00" in data[:4096]:
        raise UnreadableFileError(Message("{source} is not a text file", source=source))
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFileError(Message(
        "{source} is neither UTF-8 nor GBK text", source=source))


def read_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def _needs_quote(cell: str) -> bool:
    """A formula start, or quotes before one (so that "'=" survives a round trip as "''=")."""
    stripped = cell.lstrip("'")
    return stripped.startswith(_FORMULA_STARTS)


def neutralise(cell: str) -> str:
    """Stop a spreadsheet from running a cell as a formula (CSV injection)."""
    return "'" + cell if _needs_quote(cell) else cell


def unneutralise(cell: str) -> str:
    """Undo `neutralise` on a cell read back from a CSV file."""
    return cell[1:] if cell[:1] == "'" and _needs_quote(cell[1:]) else cell


def write_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """UTF-8 with BOM, CRLF line ends, every text cell neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise(c) if isinstance(c, str) else c for c in row])
    return buffer.getvalue().encode("utf-8-sig")
