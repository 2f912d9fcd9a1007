"""The frozen app's entry script (build.spec), for both exes: the windowed LiveHelper.exe and livehelper-cli.exe.

livehelper.console explains the Windows rules behind it. The windowed exe never attaches to a console (a closed
console window must not take the GUI with it) and runs with sink streams when it has none; the console twin
lets go of its console when it starts the GUI. An unexpected error becomes our crash report, never PyInstaller's
traceback dialog.
"""

from __future__ import annotations

import sys
from pathlib import Path

from livehelper.console import CONSOLE_TWIN, make_streams_safe, release_console_for_gui, run_guarded

make_streams_safe()
if Path(sys.executable).stem.lower() == CONSOLE_TWIN:
    release_console_for_gui(sys.argv[1:])

from livehelper.cli.main import main  # noqa: E402  (the streams come first, for messages printed while importing)

sys.exit(run_guarded(main, sys.argv[1:]))
