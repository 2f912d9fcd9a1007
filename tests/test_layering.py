"""The layering rule of DESIGN.md: no Qt below livehelper/ui and livehelper/app.py."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import livehelper

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(livehelper.__file__).resolve().parent
QT_MODULES = ("PySide6", "shiboken6")


def _may_import_qt(path: Path) -> bool:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] == "ui" or relative == Path("app.py")


def _imported_modules(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):  # every import, including the lazy ones inside functions
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name)
              and getattr(node.func, "attr", getattr(node.func, "id", "")) in ("import_module", "__import__")
              and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.append((node.lineno, node.args[0].value))
    return found


def _lint_imports(*args: str) -> subprocess.CompletedProcess[str]:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    if not lint_imports.exists():
        pytest.fail(f"{lint_imports} is missing: install the project with its test extra")
    return subprocess.run([str(lint_imports), *args], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          check=False)


def test_import_linter_contracts_hold():
    result = _lint_imports()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
    assert "Qt only in livehelper.ui and livehelper.app KEPT" in result.stdout
    assert "Layers KEPT" in result.stdout
    assert "Services take from SQLAlchemy only sessions, connections and its errors KEPT" in result.stdout
    assert "The UI never imports livehelper.storage KEPT" in result.stdout


def test_no_qt_outside_ui_and_app():
    offenders = []
    checked = 0
    for path in sorted(PACKAGE.rglob("*.py")):
        if _may_import_qt(path):
            continue
        checked += 1
        for line, module in _imported_modules(ast.parse(path.read_text("utf-8"), filename=str(path))):
            if module.split(".")[0] in QT_MODULES:
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}")
    assert checked >= 20
    assert offenders == []


def test_the_scan_would_see_a_lazy_qt_import():
    tree = ast.parse("def f():\n    from PySide6.QtWidgets import QApplication\n    import shiboken6\n")
    assert [module for _, module in _imported_modules(tree)] == ["PySide6.QtWidgets", "shiboken6"]


def test_importing_the_services_loads_no_qt():
    code = ("import sys, livehelper.cli.main, livehelper.services.context, livehelper.services.catalog.demo, "
            "livehelper.storage.migrate\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == "[]"


def test_the_services_contract_would_see_a_query_built_in_a_function(tmp_path, monkeypatch):
    from tests.import_contracts import ExternalNamesContract

    package = tmp_path / "planted"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "service.py").write_text("from sqlalchemy.orm import Session\n\n\ndef load(session: Session):\n"
                                        "    from sqlalchemy import select\n"
                                        "    from sqlalchemy.exc import IntegrityError\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    contract = ExternalNamesContract("planted", {}, {
        "source_modules": ["planted"], "packages": ["sqlalchemy"],
        "allowed_names": ["sqlalchemy.orm.Session", "sqlalchemy.exc.*"]})

    class Graph:
        @staticmethod
        def find_descendants(name: str) -> set[str]:
            return {"planted.service"}

    check = contract.check(Graph(), verbose=False)
    assert not check.kept
    assert [(offence["module"], offence["line"], offence["name"]) for offence in check.metadata["offences"]] == [
        ("planted.service", 5, "sqlalchemy.select")]


def _own_queue_classes(source: str) -> list[str]:
    """Classes of a module that would be a second shipping queue: an item model, a ship dialog, a task type."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ClassDef):
            continue
        bases = [ast.unparse(base) for base in node.bases]
        if any(base.endswith("Model") for base in bases) or "Ship" in node.name or "Task" in node.name:
            found.append(f"{node.name}({', '.join(bases)})")
    return found


def test_the_scan_would_see_a_task_model_of_helper_mode():
    source = "class RemoteTaskModel(FlatTableModel):\n    pass\n\n\nclass RemoteShipDialog(QDialog):\n    pass\n"
    assert _own_queue_classes(source) == ["RemoteTaskModel(FlatTableModel)", "RemoteShipDialog(QDialog)"]


def test_helper_mode_shows_the_shipping_workspace_instead_of_a_queue_of_its_own():
    """Issue 14: the second PC's window is the shipping workspace on the queue protocol; ui/helpers and
    services/helpers hold no task model, ship dialog or task type of their own."""
    modules = [path for folder in ("ui", "services") for path in sorted((PACKAGE / folder / "helpers").glob("*.py"))]
    found = {str(path.relative_to(PACKAGE)): classes for path in modules
             if (classes := _own_queue_classes(path.read_text(encoding="utf-8")))}
    assert found == {}
    from livehelper.services.helpers.remote_queue import RemoteQueue
    from livehelper.services.shipping.queue import TaskQueue

    protocol = {name for name in vars(TaskQueue) if not name.startswith("_")}
    assert protocol <= set(dir(RemoteQueue)), protocol - set(dir(RemoteQueue))
