"""`livehelper transfer export|import` as real subprocesses on real SQLite files."""

import json
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

from livehelper.storage.engine import DB_FILE_NAME


def _products(data_dir: Path) -> list[str]:
    with closing(sqlite3.connect(data_dir / DB_FILE_NAME)) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM products ORDER BY id")]


def test_export_then_import_on_another_pc(run, tmp_path):
    old, new, zip_file = tmp_path / "old-pc", tmp_path / "new-pc", tmp_path / "搬家.zip"
    exported = run("--data-dir", old, "--demo", "--lang", "en", "transfer", "export", zip_file)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.startswith("exported ") and str(zip_file) in exported.stdout
    with zipfile.ZipFile(zip_file) as archive:
        assert json.loads(archive.read("manifest.json"))["tables"]["products"] == len(_products(old)) > 0
    imported = run("--data-dir", new, "--lang", "en", "transfer", "import", zip_file)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith("imported ")
    assert _products(new) == _products(old)

    again = run("--data-dir", new, "--lang", "en", "transfer", "import", zip_file)
    assert again.returncode == 2 and again.stdout == ""
    assert again.error_lines == [again.stderr.strip()] and "--replace" in again.stderr

    replaced = run("--data-dir", new, "transfer", "import", zip_file, "--replace")
    assert replaced.returncode == 0, replaced.stderr
    assert "导入前的数据库已保存到" in replaced.stdout
    assert _products(new) == _products(old)


def test_a_file_that_is_not_an_export_is_refused_in_chinese(run, tmp_path):
    not_ours = tmp_path / "photos.zip"
    with zipfile.ZipFile(not_ours, "w") as archive:
        archive.writestr("a.txt", "x")
    result = run("--data-dir", tmp_path / "data", "transfer", "import", not_ours)
    assert result.returncode == 2
    assert result.stderr.strip() == f"livehelper：{not_ours} 不是直播助手的导出文件"
    usage = run("--data-dir", tmp_path / "data", "transfer")
    assert usage.returncode == 2
