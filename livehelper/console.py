"""Standard streams and unexpected errors for every way Windows starts LiveHelper.

Windows starts the program in ways Linux never does:
- The windowed LiveHelper.exe (a shortcut, the task scheduler, `LiveHelper.exe serve` from Explorer) gets no
  console: sys.stdout and sys.stderr are None, and `print(..., flush=True)` or uvicorn's `sys.stdout.isatty()`
  would crash. They become sinks instead; the windowed exe never attaches to a console, so closing a console
  window can never take the GUI down with it. Output redirected to a file still works (the handle is inherited).
- Output redirected to a file or a pipe is written in the ANSI code page (GBK on Chinese Windows): JSON of an
  order whose buyer has an emoji nickname raises UnicodeEncodeError. Redirected streams are made UTF-8.
- The console twin, livehelper-cli.exe, is for commands. Started with no command (the GUI) it lets go of its
  console, so the window it was typed in can be closed without closing the app: whether a run keeps the console
  is decided by its arguments alone (`needs_console`).
- An unexpected error must not open PyInstaller's traceback dialog (which blocks an unattended, scheduled backup
  forever): it is written as our crash report, one line goes to stderr, and the exit code is 1.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

CONSOLE_TWIN = "livehelper-cli"  # the console exe's name, beside the windowed LiveHelper.exe
EXIT_UNEXPECTED = 1
# Global options that take a value (cli.build_parser): the word after them is not a command.
_VALUED_OPTIONS = ("--data-dir", "--db", "--lang", "--helper")
_CONSOLE_FLAGS = ("-h", "--help", "--version")


def command_of(argv: Sequence[str]) -> str | None:
    """The command word in `argv` (`orders`, `serve`, `selftest` …); None when argv starts the desktop app."""
    words = iter(argv)
    for word in words:
        if word in _VALUED_OPTIONS:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def needs_console(argv: Sequence[str]) -> bool:
    """Whether this run writes for a reader: any command (selftest prints its verdict too), --help, --version.

    The desktop app alone (`--data-dir D:\\直播数据 --lang zh_CN`) needs none.
    """
    return command_of(argv) is not None or any(word in _CONSOLE_FLAGS for word in argv)


def make_streams_safe() -> None:
    """No None streams (a windowed start), and UTF-8 wherever output goes to a file or a pipe."""
    for name in ("stdout", "stderr"):
        stream: TextIO | None = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (lives as long as the process)
        elif isinstance(stream, io.TextIOWrapper) and not _is_terminal(stream):
            stream.reconfigure(encoding="utf-8", errors="replace")
    if sys.stdin is None:
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError):
        return False


def release_console_for_gui(argv: Sequence[str]) -> None:
    """The console twin started without a command: let go of the console (Windows only; a no-op elsewhere)."""
    if sys.platform != "win32" or needs_console(argv):
        return
    import ctypes

    ctypes.windll.kernel32.FreeConsole()  # type: ignore[attr-defined]
    sys.stdout = sys.stderr = None  # type: ignore[assignment]  (the handles died with the console)
    make_streams_safe()


def log_folder_for(argv: Sequence[str]) -> Path:
    """Where the crash report goes: logs/ in --data-dir when given (as in app.log_folder), else the log folder."""
    words = list(argv)
    for index, word in enumerate(words):
        if word == "--data-dir" and index + 1 < len(words):
            return Path(words[index + 1]).expanduser() / "logs"
        if word.startswith("--data-dir="):
            return Path(word.partition("=")[2]).expanduser() / "logs"
    from livehelper.paths import default_log_dir

    return default_log_dir()


def run_guarded(main: Callable[[list[str]], int], argv: Sequence[str]) -> int:
    """`main(argv)`; an unexpected error becomes a crash report and exit code 1 instead of a traceback."""
    try:
        return main(list(argv))
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as error:
        from livehelper.crash import CrashRecorder
        from livehelper.domain.messages import Message
        from livehelper.prefs import choose_language

        report = CrashRecorder(log_folder_for(argv)).record(type(error), error, error.__traceback__)
        lang = choose_language(_lang_of(argv), None)
        line = Message("livehelper: unexpected error ({kind}); the crash report is {path}",
                       kind=type(error).__name__, path=str(report) if report else "—")
        with contextlib.suppress(OSError, ValueError, AttributeError):
            print(line.render(lang), file=sys.stderr, flush=True)
        return EXIT_UNEXPECTED


def _lang_of(argv: Sequence[str]) -> str | None:
    words = list(argv)
    for index, word in enumerate(words):
        if word == "--lang" and index + 1 < len(words):
            return words[index + 1]
        if word.startswith("--lang="):
            return word.partition("=")[2]
    return None
