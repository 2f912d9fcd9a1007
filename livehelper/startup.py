"""What the app starts with: the options the command line resolved, free of Qt and of argparse.

The command line (livehelper.cli) builds them; the desktop app (livehelper.app) and the UI's first-run
dialog take them. Keeping them here lets the UI depend on a plain value instead of on the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Options:
    data_dir: Path
    db_url: str | None
    lang: str
    demo: bool
    explicit_data_dir: bool
    helper_url: str | None = None  # `--helper URL`: a queue-only window on another PC's LAN API


def resolve_options(data_dir: Path | None, db_url: str | None, lang: str | None, demo: bool,
                    helper_url: str | None = None) -> Options:
    """--data-dir beats the demo folder, which is apart from the real one; --lang beats the saved language."""
    from livehelper.paths import default_data_dir, demo_data_dir
    from livehelper.prefs import choose_language

    explicit = data_dir is not None
    if data_dir is not None:
        folder = data_dir.expanduser().resolve()
    else:
        folder = demo_data_dir() if demo else default_data_dir()
    return Options(folder, db_url, choose_language(lang, folder), demo, explicit, helper_url)


def log_folder(options: Options) -> Path:
    """Crash reports and the log: the user's log folder, or logs/ in the data folder given with --data-dir."""
    from livehelper.paths import default_log_dir

    return options.data_dir / "logs" if options.explicit_data_dir else default_log_dir()
