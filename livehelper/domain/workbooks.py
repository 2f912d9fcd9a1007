"""Reading a spreadsheet the user gives us, whatever Excel format it is: every worksheet's rows as texts.

- .xlsx (a zip): openpyxl (`xlsx_rows`).
- .xls (the OLE2 compound file of Excel 97–2003, as 拼多多 still exports): xlrd.
- a password-protected workbook (快手 exports are; Excel encrypts .xlsx into an OLE2 container too):
  msoffcrypto-tool decrypts it with the password the user gives, then it is read as above. Without a
  password, or with a wrong one, `PasswordNeeded` says so; such a file is never called an "old Excel" file.

The libraries are imported when a workbook comes: most imports are CSV.
"""

from __future__ import annotations

import io

from livehelper.domain.errors import PasswordNeeded, UnreadableFileError
from livehelper.domain.messages import Message
from livehelper.domain.xlsx_rows import is_zip, read_xlsx_sheets, sheet_rows

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
Sheets = list[tuple[str, list[list[str]]]]


def is_workbook(data: bytes) -> bool:
    return is_zip(data) or data.startswith(OLE2_MAGIC)


def _decrypted(data: bytes, source: str, password: str | None) -> bytes | None:
    """The decrypted workbook, or None when `data` is not encrypted."""
    import msoffcrypto
    from msoffcrypto.exceptions import DecryptionError, FileFormatError, InvalidKeyError

    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        encrypted = office.is_encrypted()
    except (FileFormatError, OSError, ValueError, KeyError, AssertionError, IndexError):
        return None
    except Exception:  # olefile and msoffcrypto raise assorted errors on a damaged container
        return None
    if not encrypted:
        return None
    if not password:
        raise PasswordNeeded(Message(
            "{source} is protected by a password: enter it to import the file (on the command line: "
            "--password PASSWORD)", source=source))
    decrypted = io.BytesIO()
    try:
        office.load_key(password=password)
        office.decrypt(decrypted)
    except (InvalidKeyError, DecryptionError):
        raise PasswordNeeded(Message("the password for {source} is wrong; try again", source=source),
                             wrong=True) from None
    except Exception:
        raise UnreadableFileError(Message(
            "{source} is a protected workbook that could not be opened; open it in Excel, remove the password and "
            "save it again", source=source)) from None
    return decrypted.getvalue()


def _xls_sheets(data: bytes, source: str) -> Sheets:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True)
    except Exception:  # xlrd reports a damaged file with whatever its record parser raises
        raise UnreadableFileError(Message(
            "{source} looks like an Excel 97–2003 (.xls) file but is damaged or cut off; open it in Excel and save "
            "it again", source=source)) from None
    found: Sheets = []
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)

            def values(sheet: xlrd.sheet.Sheet = sheet) -> list[list[object]]:
                rows = []
                for number in range(sheet.nrows):
                    row: list[object] = []
                    for cell in sheet.row(number):
                        if cell.ctype == xlrd.XL_CELL_DATE:
                            row.append(xlrd.xldate_as_datetime(cell.value, book.datemode))
                        elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                            row.append(None)
                        else:
                            row.append(cell.value)
                    rows.append(row)
                return rows

            found.append((sheet.name, sheet_rows(values(), source)))
            book.unload_sheet(index)
    finally:
        book.release_resources()
    if not found:
        raise UnreadableFileError(Message("{source} has no worksheet", source=source))
    return found


def read_sheets(data: bytes, source: str, password: str | None = None) -> Sheets:
    """Every worksheet of an .xlsx or .xls workbook (decrypted with `password` when it has one)."""
    if is_zip(data):
        return read_xlsx_sheets(data, source)
    decrypted = _decrypted(data, source, password)
    if decrypted is not None:
        if is_zip(decrypted):
            return read_xlsx_sheets(decrypted, source)
        return _xls_sheets(decrypted, source)
    return _xls_sheets(data, source)

