"""Moving everything to a new PC: one zip with every table's rows, the per-PC preferences and a manifest.

The zip holds a fresh SQLite database at the schema head (rows copied table by table through SQLAlchemy Core,
so it works the same from SQLite and from PostgreSQL), prefs.json, and manifest.json (who wrote it, the
schema revision, the row count of each table). An import checks all of that before it touches anything,
upgrades an older file through the normal migrations, and then copies every row in one transaction:
everything arrives, or nothing does.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from livehelper import __version__, prefs
from livehelper.domain.errors import ConflictError, StorageError, UnreadableFileError, ValidationError
from livehelper.domain.messages import Message
from livehelper.durable_files import replace_file
from livehelper.services.settings.backup import BACKUP_FOLDER_PREF, Backups
from livehelper.services.settings.notify import ROBOTS_KEY
from livehelper.services.settings.robot_secrets import for_export, from_import
from livehelper.storage import table_copy
from livehelper.storage.cues import set_setting, setting
from livehelper.storage.engine import SCHEMA_HEAD, Database, open_database, sqlite_url
from livehelper.storage.private_files import private_file
from livehelper.storage.secret_box import SecretUnreadable, user_box
from livehelper.storage.snapshots import checked_table_counts, fold_wal, read_revision, sqlite_file

APP = "LiveHelper"
FORMAT = 1
MANIFEST_ENTRY = "manifest.json"
DATABASE_ENTRY = "livehelper.sqlite3"
PREFS_ENTRY = "prefs.json"
SECRETS_ENTRY = "robot-secrets.json"  # {"sealed_with_passphrase": bool}: whether to ask for the passphrase
BEFORE_IMPORT = "before-import"
# Per-PC preferences that name something on the old PC and mean nothing on the new one.
PREFS_LEFT_BEHIND = frozenset({BACKUP_FOLDER_PREF})

Progress = Callable[[int, int], None]  # (rows copied so far, rows in all)


@dataclass(frozen=True)
class Manifest:
    app: str
    version: str
    schema_revision: str
    created_at: str
    tables: dict[str, int]

    def as_json(self) -> str:
        return json.dumps({"app": self.app, "format": FORMAT, "version": self.version,
                           "schema_revision": self.schema_revision, "created_at": self.created_at,
                           "tables": self.tables}, ensure_ascii=False, indent=2)

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


@dataclass(frozen=True)
class ImportOutcome:
    manifest: Manifest
    rows: int
    previous: Path | None  # the backup of the database as it was (SQLite, --replace)


def export_everything(database: Database, data_dir: Path, target: Path,
                      progress: Progress | None = None, passphrase: str | None = None) -> Manifest:
    """Write every table's rows and prefs.json into the zip `target` (replaced whole, or left as it was).

    The group robots' webhook keys and signing secrets are left out, unless a `passphrase` is given: then each
    is sealed under it (never in clear, and never under this PC's own key, which the new PC does not have)."""
    with _scratch_folder(target.parent) as scratch:
        copy_file = scratch / DATABASE_ENTRY
        copy = open_database(sqlite_url(copy_file))
        try:
            with table_copy.snapshot(database.engine) as source:
                total = sum(table_copy.row_counts(source).values())
                with copy.engine.begin() as destination:
                    counts = table_copy.copy_rows(source, destination, _rows_progress(progress, total))
            _rewrite_robots(copy, lambda raw: for_export(raw, user_box(data_dir), passphrase))
        except SQLAlchemyError as error:
            raise StorageError(Message("the export failed: {reason}",
                                       reason=str(getattr(error, "orig", None) or error))) from error
        finally:
            copy.dispose()
        _single_file(copy_file)
        manifest = Manifest(APP, __version__, SCHEMA_HEAD, datetime.now(UTC).isoformat(timespec="seconds"), counts)
        partial = scratch / "export.zip"
        try:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(MANIFEST_ENTRY, manifest.as_json())
                archive.write(copy_file, DATABASE_ENTRY)
                archive.writestr(PREFS_ENTRY, json.dumps(prefs.load(data_dir), ensure_ascii=False, indent=2))
                archive.writestr(SECRETS_ENTRY, json.dumps({"sealed_with_passphrase": passphrase is not None}))
            private_file(partial)  # buyers' data: owner-only (issue 19)
            replace_file(partial, target)
        except OSError as error:
            raise StorageError(Message("cannot write {path}: {reason}", path=str(target),
                                       reason=error.strerror or str(error))) from error
    return manifest


def read_manifest(source: Path) -> Manifest:
    """The manifest of a LiveHelper export; UnreadableFileError for any other file or a newer one."""
    not_ours = UnreadableFileError(Message("{path} is not a LiveHelper export", path=str(source)))
    try:
        with zipfile.ZipFile(source) as archive:
            document = json.loads(archive.read(MANIFEST_ENTRY).decode("utf-8"))
            names = set(archive.namelist())
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise not_ours from error
    try:
        manifest = Manifest(document["app"], str(document["version"]), str(document["schema_revision"]),
                            str(document["created_at"]), {str(k): int(v) for k, v in document["tables"].items()})
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise not_ours from error
    if manifest.app != APP or DATABASE_ENTRY not in names or not manifest.schema_revision.isdigit():
        raise not_ours
    if int(manifest.schema_revision) > int(SCHEMA_HEAD):
        raise UnreadableFileError(Message(
            "{path} was written by a newer LiveHelper (schema {revision}); this version knows schemas up to "
            "{known}", path=str(source), revision=manifest.schema_revision, known=SCHEMA_HEAD))
    return manifest


def secrets_sealed(source: Path) -> bool:
    """Whether the export holds robot secrets sealed with a passphrase (then the import asks for it)."""
    try:
        with zipfile.ZipFile(source) as archive:
            return bool(json.loads(archive.read(SECRETS_ENTRY)).get("sealed_with_passphrase"))
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, AttributeError):
        return False


def database_is_empty(database: Database) -> bool:
    """Whether an import can go ahead without replacing anything."""
    with database.engine.connect() as connection:
        return table_copy.is_empty(connection)


def import_everything(database: Database, data_dir: Path, source: Path, replace: bool = False,
                      progress: Progress | None = None, passphrase: str | None = None) -> ImportOutcome:
    """Put everything from the export `source` into `database`, which must be empty unless `replace`.

    With `replace` the rows there are deleted first, in the same transaction; a SQLite database is backed up
    before that. Prefs from the old PC are merged into this data folder's once the rows are in. Robot secrets
    sealed under a passphrase at export are sealed for this PC's user with `passphrase` (ValidationError, before
    anything changes, when it is wrong); without one the robots arrive without their secrets.
    """
    manifest = read_manifest(source)
    empty = database_is_empty(database)
    if not empty and not replace:
        raise ConflictError(Message("the database already holds data; importing would mix two shops. "
                                    "Import into an empty database, or replace what is there "
                                    "(--replace; a backup is taken first)"))
    with _scratch_folder(data_dir) as scratch:
        copy_file, exported_prefs = _unpack(source, manifest, scratch)
        copy = open_database(sqlite_url(copy_file), backup_folder=scratch / "backups")  # upgrades an older one
        try:
            try:
                _rewrite_robots(copy, lambda raw: from_import(raw, user_box(data_dir), passphrase))
            except SecretUnreadable:
                raise ValidationError("passphrase", Message(
                    "the passphrase does not open the robot secrets in {path}", path=str(source))) from None
            previous = _backup_before_import(database, data_dir) if not empty else None
            try:
                with copy.engine.connect() as rows, database.engine.begin() as target:
                    if not empty:
                        table_copy.delete_everything(target)
                    copied = table_copy.copy_rows(rows, target, _rows_progress(progress, manifest.rows))
            except SQLAlchemyError as error:
                raise StorageError(Message("the import failed and nothing was changed: {reason}",
                                           reason=str(getattr(error, "orig", None) or error))) from error
        finally:
            copy.dispose()
    kept = {key: value for key, value in exported_prefs.items() if key not in PREFS_LEFT_BEHIND}
    if kept:
        prefs.save(data_dir, **kept)
    return ImportOutcome(manifest, sum(copied.values()), previous)


class TransferService:
    """Moving to a new PC for a front end that has its database and data folder open (AppContext.transfer)."""

    def __init__(self, database: Database, data_dir: Path) -> None:
        self._db = database
        self._data_dir = data_dir

    def export_everything(self, target: Path, progress: Progress | None = None,
                          passphrase: str | None = None) -> Manifest:
        return export_everything(self._db, self._data_dir, target, progress, passphrase)

    def import_everything(self, source: Path, replace: bool = False, progress: Progress | None = None,
                          passphrase: str | None = None) -> ImportOutcome:
        return import_everything(self._db, self._data_dir, source, replace, progress, passphrase)

    def database_is_empty(self) -> bool:
        return database_is_empty(self._db)


def _rewrite_robots(database: Database, change: Callable[[str | None], str | None]) -> None:
    with database.sessions.begin() as session:
        raw = setting(session, ROBOTS_KEY)
        if raw:
            set_setting(session, ROBOTS_KEY, change(raw) or "[]")


def _unpack(source: Path, manifest: Manifest, scratch: Path) -> tuple[Path, dict[str, object]]:
    """The export's database, checked whole and against the manifest, and its prefs."""
    copy_file = scratch / DATABASE_ENTRY
    try:
        with zipfile.ZipFile(source) as archive:
            broken = archive.testzip()
            if broken is not None:
                raise _damaged(source, Message("{entry} does not match its checksum", entry=broken))
            with archive.open(DATABASE_ENTRY) as packed, copy_file.open("wb") as unpacked:
                shutil.copyfileobj(packed, unpacked)
            exported_prefs = json.loads(archive.read(PREFS_ENTRY).decode("utf-8")) \
                if PREFS_ENTRY in archive.namelist() else {}
    except (OSError, zipfile.BadZipFile, ValueError) as error:
        raise _damaged(source, str(error)) from error
    if read_revision(copy_file) != manifest.schema_revision:
        raise _damaged(source, Message("its database is not at schema {revision}", revision=manifest.schema_revision))
    found = _counts_in_file(copy_file, source)
    for table, expected in manifest.tables.items():
        if found.get(table) != expected:
            raise _damaged(source, Message("table {table} has {found} rows instead of {expected}", table=table,
                                           found=found.get(table, 0), expected=expected))
    return copy_file, exported_prefs if isinstance(exported_prefs, dict) else {}


def _counts_in_file(path: Path, source: Path) -> dict[str, int]:
    problems, counts = checked_table_counts(path)
    if problems:
        raise _damaged(source, "; ".join(problems))
    return counts


def _damaged(source: Path, reason: Message | str) -> UnreadableFileError:
    return UnreadableFileError(Message("{path} is damaged: {reason}", path=str(source), reason=reason))


def _backup_before_import(database: Database, data_dir: Path) -> Path | None:
    """A backup of the database as it was, when it is a SQLite file (a server keeps its own backups)."""
    url = database.engine.url.render_as_string(hide_password=False)
    if sqlite_file(url) is None:
        return None
    return Backups(data_dir, url).take(BEFORE_IMPORT).path


def _single_file(path: Path) -> None:
    """Fold the WAL into the database so that the one file is the whole database."""
    fold_wal(path)


def _rows_progress(progress: Progress | None, total: int) -> Callable[[int], None] | None:
    if progress is None:
        return None
    return lambda done: progress(done, total)


@contextmanager
def _scratch_folder(near: Path) -> Iterator[Path]:
    """A temporary folder on the same disk as `near` (so that the finished zip is renamed, not copied)."""
    try:
        near.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=".livehelper-transfer-", dir=near))
    except OSError as error:
        raise StorageError(Message("cannot write {path}: {reason}", path=str(near),
                                   reason=error.strerror or str(error))) from error
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
