"""The Windows distribution's inputs (issue 8): build.spec, the [build] extra, the icon, the installer script.

CI builds the frozen app itself (scripts/build_frozen.py in .ci/run); these checks catch the cheap mistakes early.
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

from livehelper.bundled import BUNDLED_DISTRIBUTIONS, bundled_libraries, licence_of

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"


def spec_strings(name: str) -> set[str]:
    """The string constants in the spec's top-level assignment to `name`."""
    for node in ast.parse(SPEC.read_text("utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return {n.value for n in ast.walk(node.value) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    raise AssertionError(f"build.spec has no {name}")


def qt_modules_the_app_imports() -> set[str]:
    pattern = re.compile(r"(?:from|import) PySide6\.(Qt\w+)")
    return {match for path in (ROOT / "livehelper").rglob("*.py") for match in pattern.findall(path.read_text("utf-8"))}


def test_the_spec_excludes_no_qt_module_the_app_uses():
    used = qt_modules_the_app_imports()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    excluded = spec_strings("QT_UNUSED")
    assert "QtWebEngineCore" in excluded
    assert used & excluded == set()


def test_the_spec_excludes_no_library_module_the_app_imports():
    imported = set()
    for path in (ROOT / "livehelper").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
            elif isinstance(node, ast.Import):
                imported |= {alias.name for alias in node.names}
    excluded = spec_strings("LIBRARY_UNUSED")
    assert {name for name in imported for gone in excluded if name == gone or name.startswith(gone + ".")} == set()


def test_pyinstaller_is_in_the_build_extra_only():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["optional-dependencies"]
    assert any(requirement.lower().startswith("pyinstaller") for requirement in extras["build"])
    assert not any(requirement.lower().startswith("pyinstaller") for requirement in extras["test"])


def test_the_icon_files_are_generated_and_shipped():
    icons = ROOT / "resources" / "icons"
    assert (icons / "livehelper.svg").read_text("utf-8").lstrip().startswith("<svg")
    assert (icons / "livehelper.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"  # the ICO header
    for size in (16, 32, 48, 256):
        assert (icons / f"livehelper-{size}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_installer_script_is_per_user_bilingual_and_keeps_data():
    script = (ROOT / "installer" / "livehelper.nsi").read_text("utf-8")
    assert "Unicode true" in script
    assert "RequestExecutionLevel user" in script
    assert r"$LOCALAPPDATA\Programs\LiveHelper" in script
    assert '!insertmacro MUI_LANGUAGE "SimpChinese"' in script and '!insertmacro MUI_LANGUAGE "English"' in script
    assert re.search(r'Section /o "un\.\$\(SectionRemoveData\)"', script), "removing the data is opt-in"


def test_bundled_libraries_name_their_licences():
    libraries = {library.name: library for library in bundled_libraries()}
    assert next(iter(libraries)) == "Python"
    assert set(libraries) - {"Python"} <= set(BUNDLED_DISTRIBUTIONS)
    assert {"PySide6-Essentials", "SQLAlchemy", "alembic", "Pillow"} <= set(libraries)
    assert "LGPL" in licence_of("PySide6-Essentials")
    assert all(library.licence and "\n" not in library.licence for library in libraries.values())


def test_the_files_the_spec_names_exist():
    spec = SPEC.read_text("utf-8")
    for parts in re.findall(r'ROOT((?: / "[^"]+")+)', spec):
        path = ROOT.joinpath(*re.findall(r'"([^"]+)"', parts))
        assert path.exists(), path


def test_the_order_workbook_libraries_are_dependencies_and_bundled():
    """Issue 15: .xls (xlrd) and password-protected workbooks (msoffcrypto-tool) work in the frozen app too."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    for distribution, module in (("xlrd", "xlrd"), ("msoffcrypto-tool", "msoffcrypto")):
        assert f'"{distribution}>=' in text
        assert f'"{module}"' in spec


def _nsis_block(script: str, opening: str) -> str:
    start = script.index(opening)
    return script[start:script.index("\nFunctionEnd" if opening.startswith("Function") else "\nSectionEnd", start)]


def test_the_installer_refuses_unsupported_windows_and_a_running_copy_before_any_page():
    """Issue 22: Qt 6 needs 64-bit Windows 10 1809 (build 17763); both exes are checked for a running copy."""
    script = (ROOT / "installer" / "livehelper.nsi").read_text("utf-8")
    assert "!define MIN_WINDOWS_BUILD 17763" in script and "${RunningX64}" in script
    on_init = _nsis_block(script, "Function .onInit")
    assert on_init.index("RefuseUnsupportedWindows") < on_init.index("RefuseWhileRunning")
    running = script[script.index("!macro RefuseWhileRunning\n"):]
    assert '"${APP_EXE}"' in running.split("!macroend")[0] and '"${CLI_EXE}"' in running.split("!macroend")[0]
    assert re.search(r'LangString UnsupportedWindows \$\{LANG_SIMPCHINESE\} "[^"]*64 位[^"]*1809', script)


def test_the_installer_writes_its_uninstaller_and_a_complete_entry_before_replacing_files():
    script = (ROOT / "installer" / "livehelper.nsi").read_text("utf-8")
    section = _nsis_block(script, 'Section "$(SectionApp)"')
    assert section.index("WriteUninstaller") < section.index('RMDir /r "$INSTDIR\\_internal"')
    assert section.index('"UninstallString"') < section.index("File /r")
    for value in ("EstimatedSize", "HelpLink", "DisplayVersion", "InstallLocation", "Publisher"):
        assert f'"{value}"' in section, value
    assert "Call AddToUserPath" in section and "APP_PATHS_KEY" in section  # the console twin on the command line
    assert "Call un.RemoveFromUserPath" in _nsis_block(script, 'Section "un.$(SectionApp)"')


def test_the_manual_makensis_command_uses_paths_relative_to_the_script():
    """makensis changes to the script's folder first: DIST and OUTFILE are relative to installer/."""
    building = (ROOT / "docs" / "building.md").read_text("utf-8")
    commands = re.findall(r"```\n(makensis [^`]+)```", building)
    assert commands, "docs/building.md shows the manual command"
    for command in commands:
        assert "-DDIST=..\\dist\\LiveHelper" in command and "-DOUTFILE=..\\dist\\" in command
