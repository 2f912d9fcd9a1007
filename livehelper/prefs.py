"""Per-PC preferences that the command line needs too (so they cannot live in QSettings)."""

from __future__ import annotations

import json
import locale
import os
from pathlib import Path

from livehelper.domain.messages import SUPPORTED_LANGUAGES
from livehelper.durable_files import replace_file

PREFS_FILE = "prefs.json"


def load(data_dir: Path) -> dict[str, object]:
    try:
        value = json.loads((data_dir / PREFS_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def save(data_dir: Path, **changes: object) -> None:
    prefs = load(data_dir) | changes
    data_dir.mkdir(parents=True, exist_ok=True)
    temporary = data_dir / (PREFS_FILE + ".tmp")
    temporary.write_text(json.dumps(prefs, ensure_ascii=False, indent=2), "utf-8")
    replace_file(temporary, data_dir / PREFS_FILE)


def system_language() -> str:
    """zh_CN unless the system clearly asks for another language: Chinese first."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            break
    else:
        value = locale.getlocale()[0] or ""
    value = value.split(".")[0]
    if not value or value in ("C", "POSIX") or value.lower().startswith(("zh", "chinese")):
        return "zh_CN"
    return "en"


def choose_language(requested: str | None, data_dir: Path | None) -> str:
    """--lang beats the saved setting, which beats the system locale."""
    if requested in SUPPORTED_LANGUAGES:
        return requested
    saved = load(data_dir).get("language") if data_dir else None
    if isinstance(saved, str) and saved in SUPPORTED_LANGUAGES:
        return saved
    return system_language()
