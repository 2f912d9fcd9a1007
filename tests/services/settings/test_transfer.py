"""Export and import of everything as one zip, on real SQLite files and (on the pg run) real PostgreSQL."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from livehelper import prefs
from livehelper.domain.errors import ConflictError, StorageError, UnreadableFileError
from livehelper.domain.live import Platform
from livehelper.domain.manual_order import ManualOrder
from livehelper.domain.product import ProductDraft
from livehelper.services.context import AppContext, open_context
from livehelper.services.settings import transfer
from livehelper.services.settings.backup import BACKUP_FOLDER_PREF, backup_folder
from livehelper.storage import table_copy
from livehelper.storage.engine import SCHEMA_HEAD, open_database, sqlite_url
from livehelper.storage.snapshots import list_backups

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "migrations"


def dump(url: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, by primary key, with timestamps as naive UTC (SQLite keeps no zone)."""
    database = open_database(url, migrate=False)
    try:
        with database.engine.connect() as connection:
            return {table.name: [tuple(_plain(value) for value in row) for row in connection.execute(
                table.select().order_by(*table.primary_key.columns))] for table in table_copy.tables()}
    finally:
        database.dispose()


def _plain(value: object) -> object:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def _url(context: AppContext) -> str:
    return context.database.engine.url.render_as_string(hide_password=False)


def _import_into(url: str, data_dir: Path, source: Path, replace: bool = False) -> transfer.ImportOutcome:
    database = open_database(url)
    try:
        return transfer.import_everything(database, data_dir, source, replace=replace)
    finally:
        database.dispose()


@pytest.fixture
def exported(demo_context: AppContext, tmp_path: Path) -> Path:
    prefs.save(demo_context.data_dir, language="en", hotkeys={"tally": "F13"},
               **{BACKUP_FOLDER_PREF: "/old/pc/backups"})
    target = tmp_path / "everything.zip"
    seen: list[tuple[int, int]] = []
    manifest = transfer.export_everything(demo_context.database, demo_context.data_dir, target,
                                          lambda done, total: seen.append((done, total)))
    assert manifest.schema_revision == SCHEMA_HEAD and manifest.rows == seen[-1][0] == seen[-1][1]
    return target


def test_the_zip_holds_a_manifest_a_database_at_the_head_and_the_prefs(demo_context, exported):
    with zipfile.ZipFile(exported) as archive:
        assert set(archive.namelist()) == {"manifest.json", "livehelper.sqlite3", "prefs.json"}
        manifest = json.loads(archive.read("manifest.json"))
        assert json.loads(archive.read("prefs.json"))["hotkeys"] == {"tally": "F13"}
    assert manifest["app"] == "LiveHelper" and manifest["schema_revision"] == SCHEMA_HEAD
    assert datetime.fromisoformat(manifest["created_at"]).tzinfo is not None
    with demo_context.database.engine.connect() as connection:
        assert manifest["tables"] == table_copy.row_counts(connection)
    for table in ("products", "product_photos", "cue_decks", "live_sessions", "tally_events", "orders",
                  "order_items", "packing_tasks", "task_history", "stock_movements"):
        assert manifest["tables"][table] > 0, table


def test_a_round_trip_keeps_every_row_on_sqlite_and_on_this_backend(demo_context, exported, tmp_path,
                                                                     fresh_database_url: Callable[[], str]):
    expected = dump(_url(demo_context))
    for url in (sqlite_url(tmp_path / "new-pc" / "livehelper.sqlite3"), fresh_database_url()):
        outcome = _import_into(url, tmp_path / "new-pc", exported)
        assert outcome.previous is None and outcome.rows == sum(len(rows) for rows in expected.values())
        assert dump(url) == expected
    moved = prefs.load(tmp_path / "new-pc")
    assert moved["language"] == "en" and moved["hotkeys"] == {"tally": "F13"}
    assert BACKUP_FOLDER_PREF not in moved  # a folder on the old PC


def test_new_rows_after_an_import_get_fresh_ids(exported, tmp_path, fresh_database_url):
    url = fresh_database_url()
    _import_into(url, tmp_path / "new-pc", exported)
    before = dump(url)
    context = open_context(tmp_path / "new-pc", url)
    try:
        product = context.catalog.create(ProductDraft(name="新上架的红枣", price_fen=2590, stock=50))
        assert product.id > max(row[0] for row in before["products"])
        snapshot = context.live.start("搬家后第一场", Platform.DOUYIN, 0, [product.id])
        assert snapshot.session.id > max(row[0] for row in before["live_sessions"])
        tally_id = context.live.tally(product.id, 2).durable.result(30)
        assert tally_id > max(row[0] for row in before["tally_events"])
        context.live.stop()
        order_id = context.orders.add_manual(ManualOrder("刘桂兰", "13800138001", "山东省", "济南市", "历下区",
                                                         "泉城路100号", items=((product.id, 1),)))
        assert order_id > max(row[0] for row in before["orders"])
        task = context.tasks.task_for_order(order_id)
        assert task is not None and task.id > max(row[0] for row in before["packing_tasks"])
        context.tasks.transition(task.id, "packing", task.version, "王姐")
        assert [change.to_state.value for change in context.tasks.history(task.id)][-1] == "packing"
    finally:
        context.close()
    after = dump(url)
    for table, rows in before.items():
        assert after[table][:len(rows)] == rows, table  # nothing imported was touched by the new rows
    new_history = after["task_history"][len(before["task_history"]):]
    assert len(new_history) >= 2 and min(row[0] for row in new_history) > before["task_history"][-1][0]


def test_a_database_that_holds_data_is_refused_without_replace(demo_context, exported):
    before = dump(_url(demo_context))
    with pytest.raises(ConflictError) as caught:
        transfer.import_everything(demo_context.database, demo_context.data_dir, exported)
    assert "--replace" in caught.value.render("en")
    assert dump(_url(demo_context)) == before


def test_replace_backs_up_a_sqlite_database_first_and_then_holds_the_export(demo_context, exported, tmp_path,
                                                                             db_backend, own_database):
    expected = dump(_url(demo_context))
    target_dir = tmp_path / "other-pc"
    other = open_context(target_dir, own_database())
    try:
        other.catalog.create(ProductDraft(name="只在这台电脑上的商品", price_fen=100, stock=1))
        outcome = transfer.import_everything(other.database, target_dir, exported, replace=True)
    finally:
        other.close()
    assert dump(_url(other)) == expected
    if db_backend == "sqlite":
        [backup] = list_backups(backup_folder(target_dir))
        assert outcome.previous == backup.path and backup.label == "before-import"
        with closing(sqlite3.connect(backup.path)) as connection:
            assert connection.execute("SELECT name FROM products").fetchall() == [("只在这台电脑上的商品",)]
    else:
        assert outcome.previous is None  # a server database is backed up by its server


def _rezip(source: Path, target: Path, change_manifest: Callable[[dict], None] | None = None,
           change_database: Callable[[sqlite3.Connection], None] | None = None) -> Path:
    folder = target.with_suffix("")
    with zipfile.ZipFile(source) as archive:
        archive.extractall(folder)
    if change_database is not None:
        with closing(sqlite3.connect(folder / "livehelper.sqlite3")) as connection:
            change_database(connection)
            connection.commit()
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    if change_manifest is not None:
        change_manifest(manifest)
    (folder / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ("manifest.json", "livehelper.sqlite3", "prefs.json"):
            archive.write(folder / name, name)
    return target


@pytest.fixture
def refused(fresh_database_url: Callable[[], str], tmp_path: Path) -> Callable[[Path], str]:
    """Imports a file into an empty database, expecting a refusal that leaves it empty; the message."""
    url = fresh_database_url()

    def refuse(source: Path) -> str:
        with pytest.raises(UnreadableFileError) as caught:
            _import_into(url, tmp_path / "new-pc", source)
        assert all(rows == [] for rows in dump(url).values())
        return caught.value.render("en")

    return refuse


def test_files_that_are_not_ours_are_refused(refused, exported, tmp_path):
    text = tmp_path / "notes.zip"
    text.write_text("这不是压缩包", "utf-8")
    assert "is not a LiveHelper export" in refused(text)
    assert "is not a LiveHelper export" in refused(tmp_path / "missing.zip")
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "is not a LiveHelper export" in refused(other)
    foreign = _rezip(exported, tmp_path / "foreign.zip", lambda m: m.update(app="SomethingElse"))
    assert "is not a LiveHelper export" in refused(foreign)


def test_an_export_from_a_newer_schema_is_refused(refused, exported, tmp_path):
    newer = f"{int(SCHEMA_HEAD) + 1:04d}"
    message = refused(_rezip(exported, tmp_path / "newer.zip", lambda m: m.update(schema_revision=newer)))
    assert "newer LiveHelper" in message and newer in message


def test_a_damaged_export_is_refused(refused, exported, tmp_path):
    fewer = _rezip(exported, tmp_path / "fewer.zip",
                   change_database=lambda db: db.execute("DELETE FROM task_history WHERE id = 1"))
    assert "task_history has" in refused(fewer)
    flipped = tmp_path / "flipped.zip"
    data = bytearray(exported.read_bytes())
    with zipfile.ZipFile(exported) as archive:
        info = archive.getinfo("livehelper.sqlite3")
    middle = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    data[middle] ^= 0xFF
    flipped.write_bytes(bytes(data))
    assert "is damaged" in refused(flipped)


def test_a_failure_in_the_middle_of_an_import_changes_nothing(demo_context, exported, tmp_path, fresh_database_url):
    def orphan_history(db: sqlite3.Connection) -> None:  # task_history comes late: most rows are in by then
        db.execute("INSERT INTO task_history (task_id, from_state, to_state, who, at, version) "
                   "VALUES (999999, 'pending', 'packing', '王姐', '2026-11-20 12:03:00', 2)")

    corrupt = _rezip(exported, tmp_path / "corrupt.zip", lambda m: m["tables"].update(
        task_history=m["tables"]["task_history"] + 1), orphan_history)
    url = fresh_database_url()
    with pytest.raises(StorageError) as caught:
        _import_into(url, tmp_path / "new-pc", corrupt)
    assert "nothing was changed" in caught.value.render("en")
    assert all(rows == [] for rows in dump(url).values())

    before = dump(_url(demo_context))  # and with --replace, the rows that were there stay
    with pytest.raises(StorageError):
        transfer.import_everything(demo_context.database, demo_context.data_dir, corrupt, replace=True)
    assert dump(_url(demo_context)) == before


@pytest.mark.parametrize("revision", ["0001", "0003", "0005"])
def test_an_export_at_an_older_schema_is_upgraded_first(revision, tmp_path, fresh_database_url):
    fixture = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / f"r{revision}.sqlite3", fixture)
    with closing(sqlite3.connect(fixture)) as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        counts = {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
        products = connection.execute("SELECT id, name, price_fen FROM products ORDER BY id").fetchall()
        stock = connection.execute("SELECT id, stock FROM products WHERE stock != 0 ORDER BY id").fetchall()
    old = tmp_path / "old.zip"
    with zipfile.ZipFile(old, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps({
            "app": "LiveHelper", "format": 1, "version": "0.0.9", "schema_revision": revision,
            "created_at": "2026-11-01T08:00:00+00:00", "tables": counts}))
        archive.write(fixture, "livehelper.sqlite3")
        archive.writestr("prefs.json", "{}")
    url = fresh_database_url()
    outcome = _import_into(url, tmp_path / "new-pc", old)
    assert outcome.manifest.schema_revision == revision
    rows = dump(url)
    assert [(row[0], row[1], row[3]) for row in rows["products"]] == products
    assert len(rows["orders"]) == counts["orders"]
    # the ledger starts from the 库存 the old database had: one opening 盘点 per product with stock (issue 16)
    assert [(row[1], row[2], row[3]) for row in rows["stock_movements"]] == [
        (product_id, "count", qty) for product_id, qty in stock]
