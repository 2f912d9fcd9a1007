"""Refresh resources/translations/*.ts from the sources and compile them to .qm.

    python scripts/update_translations.py           # lupdate + lrelease
    python scripts/update_translations.py --check   # exit 1 when a visible string has no translation

The .qm files are committed so that a plain `pip install` shows Chinese without Qt's tools.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)


def sources() -> list[str]:
    files = [*sorted((ROOT / "livehelper" / "ui").rglob("*.py")), ROOT / "livehelper" / "app.py"]
    return [str(path) for path in files]


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def lupdate(ts_file: Path) -> None:
    subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts_file)],
                   check=True)


def untranslated(ts_file: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = translation is not None and translation.findall("numerusform")
            empty = translation is None or not (
                (translation.text or "").strip() or any((n.text or "").strip() for n in numerus or []))
            if empty or (translation is not None and translation.get("type") == "unfinished"):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def check() -> int:
    failures = 0
    with tempfile.TemporaryDirectory() as folder:
        for language in LANGUAGES:
            committed = TRANSLATIONS / f"livehelper_{language}.ts"
            fresh = Path(folder) / committed.name
            shutil.copy(committed, fresh)
            lupdate(fresh)
            for line in untranslated(fresh):
                print(f"{language}: no translation for {line}")
                failures += 1
    return 1 if failures else 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    if parser.parse_args().check:
        return check()
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"livehelper_{language}.ts"
        lupdate(ts_file)
        subprocess.run([tool("lrelease"), "-silent", str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))], check=True)
        for line in untranslated(ts_file):
            print(f"{language}: still untranslated: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
