"""A fresh `pip install` ships every package and the resources."""

import tomllib
from pathlib import Path

import pytest

from livehelper.paths import resource

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def _listed_packages() -> list[str]:
    return PYPROJECT["tool"]["setuptools"]["packages"]


def _package_folders() -> list[str]:
    folders = {path.parent for path in (ROOT / "livehelper").rglob("*.py") if "__pycache__" not in path.parts}
    return sorted(".".join(folder.relative_to(ROOT).parts) for folder in folders)


def test_every_package_folder_is_listed():
    folders = _package_folders()
    assert "livehelper.storage.migrations.versions" in folders
    assert sorted(set(folders) - set(_listed_packages())) == []


def test_every_listed_package_exists():
    package_dirs = PYPROJECT["tool"]["setuptools"].get("package-dir", {})
    for package in _listed_packages():
        folder = ROOT / package_dirs[package] if package in package_dirs else ROOT.joinpath(*package.split("."))
        assert (folder / "__init__.py").is_file(), package


def test_every_package_folder_has_an_init():
    missing = [name for name in _package_folders() if not (ROOT.joinpath(*name.split(".")) / "__init__.py").is_file()]
    assert missing == []


def test_resources_are_packaged():
    setuptools = PYPROJECT["tool"]["setuptools"]
    assert "livehelper.resources" in setuptools["packages"]
    assert setuptools["package-dir"]["livehelper.resources"] == "resources"
    assert "**/*" in PYPROJECT["tool"]["setuptools"]["package-data"]["livehelper.resources"]


@pytest.mark.parametrize("parts", [("translations", "livehelper_zh_CN.qm"), ("demo", "catalog.json"),
                                   ("adlaw", "absolute.toml"), ("adlaw", "vocab.toml"),
                                   ("adlaw", "variants.toml")])
def test_resources_exist(parts):
    node = resource(*parts)
    assert node.is_file()
    assert node.read_bytes()


def test_translation_is_compiled_from_the_current_source():
    ts = ROOT / "resources" / "translations" / "livehelper_zh_CN.ts"
    qm = resource("translations", "livehelper_zh_CN.qm")
    assert ts.is_file()
    assert qm.read_bytes().startswith(bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"))  # the .qm magic


def test_demo_photos_are_shipped():
    import json

    entries = json.loads(resource("demo", "catalog.json").read_text("utf-8"))
    assert {entry["name"] for entry in entries} >= {"米脂黄小米", "巨鹿金银花", "小米锅巴", "富硒小米礼盒"}
    for entry in entries:
        assert resource("demo", entry["photo"]).is_file(), entry["photo"]


def test_entry_point_and_runtime_dependencies():
    project = PYPROJECT["project"]
    assert project["scripts"]["livehelper"] == "livehelper.cli.main:main"
    names = {dependency.split(">")[0].split("=")[0].split("[")[0].strip().lower() for dependency in
             project["dependencies"]}
    assert {"sqlalchemy", "alembic", "platformdirs", "qrcode", "pillow", "requests"} <= names
    assert names & {"pyside6", "pyside6-essentials"}
    test_extra = {d.split(">")[0].strip().lower() for d in project["optional-dependencies"]["test"]}
    assert {"pytest", "pytest-qt", "hypothesis", "import-linter"} <= test_extra
