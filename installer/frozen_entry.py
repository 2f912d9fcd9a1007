"""The frozen app's entry script (build.spec): `livehelper.cli.main.main`, plus a console for commands on Windows.

The Windows exe is windowed, so that no black console window sits behind the GUI. A command typed in a console
(`LiveHelper.exe orders list --json`) must still print there: Windows gives a windowed program no console, so it
attaches to the console of the program that started it, when there is one. Output redirected to a file or a pipe
already works and is left alone.
"""

from __future__ import annotations

import sys


def attach_parent_console() -> None:
    if sys.platform != "win32" or not getattr(sys, "frozen", False) or len(sys.argv) < 2:
        return
    import ctypes

    attach_parent_process = -1
    if not ctypes.windll.kernel32.AttachConsole(attach_parent_process):
        return  # started from Explorer or a shortcut: no console to write to
    # CONOUT$ opens as a console stream that writes Unicode, so Chinese shows whatever the console code page is.
    if sys.stdout is None:
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace", buffering=1)  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace", buffering=1)  # noqa: SIM115


attach_parent_console()

from livehelper.cli.main import main  # noqa: E402  (the console comes first, for messages printed while importing)

sys.exit(main())
