"""Backups of the SQLite database: where they go, when they are taken, which are kept, and restoring one.

Automatic backups are taken at start, every ten minutes while a live session runs, before a migration
(storage.migrate) and before a restore; `rotate` keeps the newest KEEP_LATEST plus the newest of each of the
last KEEP_DAYS days. A shared PostgreSQL database is backed up by its server, so here it only gets a note.

The backup folder is a per-PC preference in prefs.json, not a row of the settings table: it names a folder
on this PC, it must be known before the database is opened (the backup before a migration) and by the
command line with the app closed, and a restore replaces the database, which would take the setting with it.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from livehelper import prefs
from livehelper.domain.errors import StorageError, UnreadableFileError, ValidationError
from livehelper.domain.messages import Message
from livehelper.services.events import ChangeEvent, ChangeKind, Entity, EventBus
from livehelper.storage.engine import SCHEMA_HEAD
from livehelper.storage.snapshots import (
    BackupFile,
    DatabaseBusyError,
    Progress,
    backup_name,
    claim_for_replacement,
    list_backups,
    online_copy,
    read_revision,
    replace_database,
    sqlite_file,
    write_backup,
)

__all__ = ["BackupFile", "BackupScheduler", "Backups", "DatabaseBusyError", "RestoreOutcome"]

BACKUP_FOLDER_PREF = "backup_folder"
DEFAULT_FOLDER_NAME = "backups"
KEEP_LATEST = 20
KEEP_DAYS = 30
LIVE_INTERVAL_SECONDS = 600.0
ENTITY = Entity.BACKUP  # change events: a backup was taken (CREATED) or failed (UPDATED)
BEFORE_UPGRADE, BEFORE_RESTORE = "before-upgrade", "before-restore"


def backup_folder(data_dir: Path) -> Path:
    saved = prefs.load(data_dir).get(BACKUP_FOLDER_PREF)
    return Path(saved) if isinstance(saved, str) and saved else data_dir / DEFAULT_FOLDER_NAME


def set_backup_folder(data_dir: Path, folder: Path | None) -> Path:
    """Use `folder` for backups from now on (None: backups/ in the data folder); it must be writable."""
    chosen = folder.expanduser().resolve() if folder is not None else data_dir / DEFAULT_FOLDER_NAME
    try:
        chosen.mkdir(parents=True, exist_ok=True)
        writable = os.access(chosen, os.W_OK)
    except OSError as error:
        raise ValidationError("backup_folder", Message("cannot use {folder} for backups: {reason}",
                                                       folder=str(chosen), reason=error.strerror or str(error))
                              ) from error
    if not writable:
        raise ValidationError("backup_folder", Message("cannot use {folder} for backups: {reason}", folder=str(chosen),
                                                       reason=Message("the folder is not writable")))
    prefs.save(data_dir, **{BACKUP_FOLDER_PREF: str(chosen) if folder is not None else None})
    return chosen


def backups_to_keep(backups: list[BackupFile], now: datetime, keep_latest: int = KEEP_LATEST,
                    keep_days: int = KEEP_DAYS) -> set[Path]:
    """The newest `keep_latest`, plus the newest backup of each of the last `keep_days` days (local dates)."""
    newest_first = sorted(backups, key=lambda b: (b.taken_at, b.path.name), reverse=True)
    keep = {b.path for b in newest_first[:keep_latest]}
    today = now.astimezone().date()
    days_seen: set[object] = set()
    for backup in newest_first:
        day = backup.taken_at.date()
        if (today - day).days < keep_days and day not in days_seen:
            days_seen.add(day)
            keep.add(backup.path)
    return keep


def rotate(folder: Path, now: datetime | None = None, keep_latest: int = KEEP_LATEST,
           keep_days: int = KEEP_DAYS) -> list[Path]:
    """Delete the backups in `folder` that the rotation does not keep; the deleted paths."""
    backups = list_backups(folder)
    keep = backups_to_keep(backups, now or datetime.now().astimezone(), keep_latest, keep_days)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
            except OSError:
                continue  # open in another program: the next rotation tries again
            removed.append(backup.path)
    return removed


def check_backup(path: Path) -> str:
    """The schema revision of a backup this program can restore; UnreadableFileError otherwise."""
    if not path.is_file():
        raise UnreadableFileError(Message("{path} is not a LiveHelper backup", path=str(path)))
    revision = read_revision(path)
    if not revision.isdigit() or int(revision) > int(SCHEMA_HEAD):
        raise UnreadableFileError(Message(
            "{path} was written by a newer LiveHelper (schema {revision}); this version knows schemas up to "
            "{known}", path=str(path), revision=revision, known=SCHEMA_HEAD))
    return revision


@dataclass(frozen=True)
class RestoreOutcome:
    revision: str  # of the restored backup; an older one is upgraded at the next start
    previous: Path | None  # where the state before the restore was saved


class Backups:
    """Backups of one database, taken into the backup folder chosen for one data folder."""

    def __init__(self, data_dir: Path, url: str) -> None:
        self.data_dir = data_dir
        self.url = url
        self.database = sqlite_file(url)

    @property
    def available(self) -> bool:
        return self.database is not None

    @property
    def folder(self) -> Path:
        return backup_folder(self.data_dir)

    def unavailable_note(self) -> Message:
        return Message("automatic backups are off: a shared database is backed up by its server "
                       "(see the README), not by LiveHelper")

    def take(self, label: str = "", now: datetime | None = None, destination: Path | None = None) -> BackupFile:
        """Back up now into the backup folder, or into `destination` (a folder, or a file name)."""
        database = self._database_file()
        if not database.exists():
            raise StorageError(Message("there is no database at {path} yet", path=str(database)))
        revision = read_revision(database)
        if destination is not None and not destination.is_dir() and destination.suffix:
            return self._take_into_file(database, destination, revision)
        return write_backup(database, destination or self.folder, revision, label, now)

    def take_and_rotate(self, label: str = "", now: datetime | None = None) -> BackupFile:
        backup = self.take(label, now)
        rotate(self.folder, now)
        return backup

    def list(self) -> list[BackupFile]:
        return list_backups(self.folder)

    def restore(self, source: Path, now: datetime | None = None, progress: Progress | None = None) -> RestoreOutcome:
        """Replace the database with the backup `source`, after backing up the current state.

        LiveHelper must be closed: the database must not be open anywhere (DatabaseBusyError otherwise).
        """
        database = self._database_file()
        revision = check_backup(source)
        if database.exists() and source.resolve() == database.resolve():
            raise UnreadableFileError(Message("{path} is the database itself, not a backup", path=str(source)))
        claim_for_replacement(database)
        previous = self._save_previous(database, now) if database.exists() else None
        replace_database(source, database, progress)
        return RestoreOutcome(revision, previous)

    def _save_previous(self, database: Path, now: datetime | None) -> Path:
        try:
            return self.take(BEFORE_RESTORE, now).path
        except UnreadableFileError:
            # The database is damaged (the reason to restore). Nothing has it open (claimed above), so a plain
            # copy is safe and keeps it for whoever may rescue data from it.
            target = self.folder / backup_name(now or datetime.now(), "unknown", "unreadable")
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(database, target)
            except OSError as error:
                raise StorageError(Message("cannot back up the database to {folder}: {reason}",
                                           folder=str(self.folder), reason=error.strerror or str(error))) from error
            return target

    def _take_into_file(self, database: Path, destination: Path, revision: str) -> BackupFile:
        try:
            destination.parent.mkdir(parents=True, exist_ok=True)
            online_copy(database, destination)
        except OSError as error:
            raise StorageError(Message("cannot back up the database to {folder}: {reason}",
                                       folder=str(destination), reason=error.strerror or str(error))) from error
        return BackupFile(destination, datetime.now().astimezone(), revision)

    def _database_file(self) -> Path:
        if self.database is None:
            raise StorageError(Message("backup and restore work on a SQLite database file; a shared database "
                                       "is backed up and restored with its server's own tools"))
        return self.database


class BackupScheduler:
    """One background thread: a backup at start, then one every `interval` seconds while `is_live()`.

    Each outcome is published as a change event (ENTITY): CREATED after a backup, UPDATED after a failure;
    `last` and `last_error` tell which.
    """

    def __init__(self, backups: Backups, is_live: Callable[[], bool], events: EventBus | None = None,
                 interval: float = LIVE_INTERVAL_SECONDS) -> None:
        self._backups = backups
        self._is_live = is_live
        self._events = events
        self._interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last: BackupFile | None = None
        self.last_error: StorageError | UnreadableFileError | None = None

    def start(self, backup_at_start: bool = True) -> None:
        if not self._backups.available or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, args=(backup_at_start,), name="livehelper-backups",
                                        daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = 60.0) -> None:
        """Stop the timer; a backup under way is finished first, so no partial file is left behind."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self, backup_at_start: bool) -> None:
        if backup_at_start:
            self._take()
        while not self._stop.wait(self._interval):
            if self._is_live():
                self._take()

    def _take(self) -> None:
        try:
            self.last = self._backups.take_and_rotate()
            self.last_error = None
            kind = ChangeKind.CREATED
        except (StorageError, UnreadableFileError) as error:
            self.last_error = error
            kind = ChangeKind.UPDATED
        if self._events is not None:
            self._events.publish(ChangeEvent(ENTITY, kind))
