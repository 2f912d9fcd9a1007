"""The command line under Windows' start-up rules, reproduced here.

- A windowed exe (LiveHelper.exe from a shortcut or the task scheduler) starts with no valid standard handles,
  so Python sets sys.stdout and sys.stderr to None (docs.python.org/3/library/sys.html#sys.__stdout__: "under
  some conditions stdin, stdout and stderr as well as the original values __stdin__, __stdout__ and __stderr__
  can be None. It is usually the case for Windows GUI apps that aren't connected to a console"). Starting
  Python with descriptors 1 and 2 closed gives the same None streams here.
- Output redirected to a file is encoded in the ANSI code page on Windows (GBK on Chinese Windows);
  PYTHONIOENCODING=gbk gives this process the same encoding.
- Whether a run keeps a console is decided by its arguments alone.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from livehelper.console import command_of, log_folder_for, needs_console, run_guarded
from livehelper.domain.order_import import GENERIC_HEADER

PROJECT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("argv", "command", "console"), [
    ([], None, False),
    (["--data-dir", r"D:\直播数据"], None, False),  # the desktop app from cmd: no console to die with
    (["--data-dir", "orders", "--lang", "zh_CN", "--demo"], None, False),  # an option's value is no command
    (["--helper", "http://192.168.1.5:8765/pair#x"], None, False),
    (["--db=postgresql://shop", "--data-dir=D:\\x"], None, False),
    (["selftest"], "selftest", True),  # prints its verdict line
    (["--data-dir", r"D:\直播数据", "serve", "--port", "0"], "serve", True),
    (["orders", "list", "--json"], "orders", True),
    (["--version"], None, True),
    (["--lang", "en", "--help"], None, True),
])
def test_the_console_is_decided_by_the_arguments(argv, command, console):
    assert command_of(argv) == command
    assert needs_console(argv) is console


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _without_standard_output() -> None:
    os.close(1)
    os.close(2)


def test_serve_runs_without_stdout_as_from_a_shortcut(tmp_path):
    port = _free_port()
    environment = {k: v for k, v in os.environ.items() if k not in ("LIVEHELPER_DB", "QT_QPA_PLATFORM")}
    server = subprocess.Popen(
        [sys.executable, "-c", "import sys; assert sys.stdout is None and sys.stderr is None; "
         "sys.argv[0] = 'livehelper'; import runpy; runpy.run_module('livehelper', run_name='__main__')",
         "--data-dir", str(tmp_path / "data"), "--lang", "en", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=PROJECT, env=environment, stdin=subprocess.DEVNULL, preexec_fn=_without_standard_output)
    try:
        answered = None
        deadline = time.monotonic() + 60
        while answered is None and server.poll() is None and time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
                    answered = response.status
            except urllib.error.HTTPError as error:
                answered = error.code
            except OSError:
                time.sleep(0.1)  # polling the port until the server listens, not waiting for a result
        assert server.poll() is None, f"serve exited with {server.returncode} without a stdout"
        assert answered is not None and answered < 500
    finally:
        server.terminate()
        code = server.wait(timeout=60)
    assert code == 0  # SIGTERM is serve's orderly stop
    assert not list((tmp_path / "data" / "logs").glob("crash-*.txt"))


def test_redirected_output_is_utf8_even_where_the_code_page_is_gbk(run, tmp_path):
    data = tmp_path / "data"
    orders = tmp_path / "orders.csv"
    row = ("微信,WX-1,2026-11-20 18:00,🍓草莓妹,13800138001,山东省,济南市,历下区,泉城路100号,"
           "米脂黄小米🌾,2.5kg/袋,,2,29.90,8,,")
    orders.write_bytes(("\r\n".join([",".join(GENERIC_HEADER), row]) + "\r\n").encode("utf-8-sig"))
    gbk = {"PYTHONIOENCODING": "gbk"}
    imported = run("--data-dir", data, "--lang", "en", "orders", "import", orders, env=gbk)
    assert imported.returncode == 0, imported.stderr
    listed = run("--data-dir", data, "orders", "list", "--json", env=gbk)  # the fixture decodes stdout as UTF-8
    assert listed.returncode == 0, listed.stderr
    assert "米脂黄小米🌾" in listed.stdout
    added = run("--data-dir", data, "helpers", "add", "🍓小王", "--json", env=gbk)
    assert added.returncode == 0 and '"name": "🍓小王"' in added.stdout


def _broken_main(argv: list[str]) -> int:
    return int(argv[0]) // 0


def test_an_unexpected_error_becomes_a_crash_report_and_exit_1(tmp_path, capsys):
    data = tmp_path / "数据"
    assert run_guarded(_broken_main, ["1", "--data-dir", str(data), "--lang", "en"]) == 1
    [report] = (data / "logs").glob("crash-*.txt")
    assert "ZeroDivisionError" in report.read_text("utf-8")
    assert capsys.readouterr().err.strip() == (
        f"livehelper: unexpected error (ZeroDivisionError); the crash report is {report}")
    assert log_folder_for(["--data-dir=D:/x", "backup"]) == Path("D:/x") / "logs"


def test_the_console_rule_knows_every_global_option_that_takes_a_value():
    from livehelper.cli.main import build_parser
    from livehelper.console import _VALUED_OPTIONS

    parser = build_parser()
    valued = {option for action in parser._actions if action.option_strings and action.nargs != 0
              for option in action.option_strings}
    assert valued == set(_VALUED_OPTIONS)


def test_serve_on_a_port_in_use_says_so_in_one_line_on_stderr(run, tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("--data-dir", tmp_path / "data", "--lang", "en", "serve", "--host", "127.0.0.1",
                     "--port", str(port))
    assert result.returncode == 1 and result.stdout == ""
    assert result.error_lines == [f"livehelper: port {port} is already in use by another program (or another "
                                  "LiveHelper); choose another with --port"]
