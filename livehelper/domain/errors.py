"""Typed domain errors. Each carries a user-facing `Message`; the UI, CLI and server present it."""

from __future__ import annotations

from dataclasses import dataclass

from livehelper.domain.messages import Message


class LiveHelperError(Exception):
    """Base of every error that is meant to be shown to the user."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render("en"))
        self.message = message

    def render(self, lang: str) -> str:
        return self.message.render(lang)


class ValidationError(LiveHelperError):
    """One field of one record is not acceptable."""

    def __init__(self, field_name: str, message: Message) -> None:
        super().__init__(message)
        self.field_name = field_name


class NotFoundError(LiveHelperError):
    pass


class ConflictError(LiveHelperError):
    """The change clashes with existing data (duplicate key, stale version, record in use)."""


class StorageError(LiveHelperError):
    """The database cannot be opened, read or written."""


class UnreadableFileError(LiveHelperError):
    """A file given by the user cannot be read or is of the wrong kind."""


@dataclass(frozen=True)
class RowProblem:
    """A problem with one row of an imported file: 1-based row number as a spreadsheet shows it."""

    row: int
    column: str
    message: Message
    sheet: str = ""  # the worksheet, in a workbook with several

    def render(self, lang: str) -> str:
        if self.sheet:
            return Message("Sheet {sheet}, row {row}, {column}: {reason}", sheet=self.sheet, row=self.row,
                           column=self.column, reason=self.message).render(lang)
        return Message("Row {row}, {column}: {reason}", row=self.row, column=self.column,
                       reason=self.message).render(lang)


class ImportRejected(LiveHelperError):
    """A file had bad rows; nothing was written."""

    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(Message("{count} bad rows; nothing was imported", count=len(problems)))
        self.problems = problems


class PasswordNeeded(UnreadableFileError):
    """A workbook is protected by a password: none was given (`wrong` False) or the one given is wrong."""

    def __init__(self, message: Message, wrong: bool = False) -> None:
        super().__init__(message)
        self.wrong = wrong
