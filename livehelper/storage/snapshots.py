"""Backup files of a SQLite database: the online copy, their names, and what a file holds.

The one place that copies a database. It always uses SQLite's online backup API (a file copy of a live
database can catch a half-written page or miss the WAL), writes into a temporary file beside the target and
renames it, so a backup or a restored database is either complete or absent — never half there.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath, PureWindowsPath
from urllib.parse import quote

from sqlalchemy.engine import URL, make_url

from livehelper.domain.errors import StorageError, UnreadableFileError
from livehelper.domain.messages import Message
from livehelper.durable_files import fsync_file, fsync_folder, replace_file
from livehelper.storage.private_files import private_folder, private_new_file

BACKUP_SUFFIX = ".sqlite3"
TEMPORARY_SUFFIX = ".partial"
RESTORE_STEP_PAGES = 256  # a restore copies in steps so that it can report progress
# Tables every LiveHelper database has had since its first schema: a file without them is not ours.
OUR_TABLES = frozenset({"alembic_version", "products"})
_NAME = re.compile(r"^livehelper-(?P<stamp>\d{8}-\d{6})-r(?P<revision>[0-9A-Za-z_]+)"
                   r"(?:-(?P<label>[a-z][a-z-]*?))?(?:-(?P<count>\d+))?\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S"

Progress = Callable[[int, int], None]  # (pages copied so far, pages in all)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # local time, aware
    revision: str
    label: str = ""


class DatabaseBusyError(StorageError):
    """Another program (LiveHelper itself, most likely) has the database open."""


def sqlite_file(url: URL | str) -> Path | None:
    """The file of a SQLite URL; None for an in-memory or a server database."""
    url = make_url(url)
    database = url.database
    if not url.drivername.startswith("sqlite") or not database or database == ":memory:" \
            or database.startswith("file:"):
        return None
    return Path(database)


def read_only_uri(path: PurePath) -> str:
    """A `file:` URI that opens the absolute `path` read-only, by SQLite's URI rules (sqlite.org/uri.html).

    SQLite accepts no authority but an empty one or "localhost", so Path.as_uri() fails for a share: it turns
    \\\\server\\share\\x (what resolve() makes of a mapped drive) into file://server/share/x. SQLite's own form
    for a UNC path is an empty authority and a path starting with two slashes, file:////server/share/x; a drive
    path is file:///C:/x. Characters with a meaning in URIs (%, ?, #, spaces) are percent-encoded (as UTF-8).
    """
    text = str(path)
    if isinstance(path, PureWindowsPath):
        if text.startswith("\\\\?\\UNC\\"):  # the long-path forms of a share and of a drive path
            text = "\\\\" + text[len("\\\\?\\UNC\\"):]
        elif text.startswith("\\\\?\\"):
            text = text[len("\\\\?\\"):]
        text = text.replace("\\", "/")
        if not text.startswith("//"):
            text = "/" + text  # C:/x → /C:/x
    return f"file://{quote(text, safe='/:')}?mode=ro"


def backup_name(taken_at: datetime, revision: str, label: str = "", count: int = 1) -> str:
    """livehelper-20261128-153000-r0005[-label][-2].sqlite3, in local time: people read these names."""
    parts = ["livehelper", taken_at.astimezone().strftime(_STAMP), f"r{revision}"]
    if label:
        parts.append(label)
    if count > 1:
        parts.append(str(count))
    return "-".join(parts) + BACKUP_SUFFIX


def parse_backup_name(path: Path) -> BackupFile | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    taken_at = datetime.strptime(match["stamp"], _STAMP).astimezone()  # naive local → aware local
    return BackupFile(path, taken_at, match["revision"], match["label"] or "")


def list_backups(folder: Path) -> list[BackupFile]:
    """The backups in `folder`, newest first; other files are not ours and are left alone."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [b for b in map(parse_backup_name, entries) if b is not None and b.path.is_file()]
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def write_backup(source: Path, folder: Path, revision: str, label: str = "",
                 taken_at: datetime | None = None) -> BackupFile:
    """Copy the database `source` (which may be in use) into a new, uniquely named file in `folder`."""
    taken_at = (taken_at or datetime.now()).astimezone()
    try:
        private_folder(folder)
        count = 1
        while (folder / backup_name(taken_at, revision, label, count)).exists():
            count += 1
        target = folder / backup_name(taken_at, revision, label, count)
        online_copy(source, target)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(Message("cannot back up the database to {folder}: {reason}", folder=str(folder),
                                   reason=_reason(error))) from error
    return BackupFile(target, taken_at, revision, label)


def online_copy(source: Path, target: Path, progress: Progress | None = None) -> None:
    """Copy with the backup API into target + '.partial', make it a self-contained file, then rename it."""
    temporary = target.with_name(target.name + TEMPORARY_SUFFIX)
    temporary.unlink(missing_ok=True)
    try:
        private_new_file(temporary)  # a backup holds buyers' data: owner-only (issue 19)
        reader = sqlite3.connect(read_only_uri(source.resolve()), uri=True, timeout=10)
        try:
            writer = sqlite3.connect(temporary, isolation_level=None)
            try:
                if progress is None:  # one step: a consistent snapshot even while others write (WAL)
                    reader.backup(writer)
                else:
                    reader.backup(writer, pages=RESTORE_STEP_PAGES,
                                  progress=lambda _status, remaining, total: progress(total - remaining, total))
                writer.execute("PRAGMA journal_mode=DELETE")  # no -wal file belongs with the copy
                problems = writer.execute("PRAGMA quick_check").fetchall()
                if problems != [("ok",)]:
                    raise sqlite3.DatabaseError("; ".join(str(row[0]) for row in problems[:3]))
            finally:
                writer.close()
        finally:
            reader.close()
        fsync_file(temporary)
        replace_file(temporary, target)
        fsync_folder(target.parent)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def read_revision(path: Path) -> str:
    """The schema revision of a LiveHelper database file; UnreadableFileError when it is not one."""
    not_ours = UnreadableFileError(Message("{path} is not a LiveHelper backup", path=str(path)))
    try:
        with path.open("rb") as file:
            if file.read(16) != b"SQLite format 3\x00":
                raise not_ours
        connection = sqlite3.connect(read_only_uri(path.resolve()), uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables >= OUR_TABLES:
                raise not_ours
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise not_ours from error
    except OSError as error:
        raise UnreadableFileError(Message("cannot read {path}: {reason}", path=str(path),
                                          reason=_reason(error))) from error
    if revision is None or not isinstance(revision[0], str):
        raise not_ours
    return revision[0]


def claim_for_replacement(database: Path) -> None:
    """Make sure nobody has `database` open, and fold its WAL into the file.

    SQLite switches a database out of WAL mode only when it is the sole connection, so the switch doubles as
    the check that LiveHelper is closed. Afterwards the file stands alone: no -wal file is left that could be
    replayed onto the database that replaces it.
    """
    if not database.exists():
        return
    busy = DatabaseBusyError(Message("the database {path} is in use; close LiveHelper and try again",
                                     path=str(database)))
    try:
        connection = sqlite3.connect(database, timeout=0, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode=DELETE")
            connection.execute("BEGIN EXCLUSIVE")  # a reader in the middle of a transaction says no here
            connection.execute("COMMIT")
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise busy from error
    except sqlite3.DatabaseError:
        pass  # not a readable database, so nothing has it open as one: replacing it is what restore is for


def replace_database(source: Path, database: Path, progress: Progress | None = None) -> None:
    """Copy `source` over `database` atomically: a crash leaves one or the other, whole."""
    temporary = database.with_name(f".{database.name}.restoring")
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        online_copy(source, temporary, progress)
        claim_for_replacement(database)
        replace_file(temporary, database)
        fsync_folder(database.parent)
    except (OSError, sqlite3.Error) as error:
        temporary.unlink(missing_ok=True)
        raise StorageError(Message("cannot restore the database {path}: {reason}", path=str(database),
                                   reason=_reason(error))) from error


def _reason(error: BaseException) -> str:
    return getattr(error, "strerror", None) or str(error)


def checked_table_counts(path: Path) -> tuple[list[str], dict[str, int]]:
    """(integrity problems, at most three; empty when the file is sound) and the row count of every table. A file
    that is no database has its one problem."""
    try:
        connection = sqlite3.connect(path)
        try:
            problems = connection.execute("PRAGMA integrity_check").fetchall()
            if problems != [("ok",)]:
                return [str(row[0]) for row in problems[:3]], {}
            names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
            return [], {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
        finally:
            connection.close()
    except sqlite3.Error as error:
        return [str(error)], {}


def fold_wal(path: Path) -> None:
    """Fold the WAL into the database so that the one file is the whole database."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()
