"""The command line as a user runs it: real subprocesses, exit codes, stdout and stderr."""

import sqlite3
from pathlib import Path

import pytest

from livehelper import __version__
from tests.cli.conftest import Result

HEADER = "商家编码,名称,规格,价格,库存,产地,卖点,店铺链接,预警库存,状态"
DEMO_COUNT = 6  # products in resources/demo/catalog.json


def one_line_error(result: Result, code: int) -> str:
    assert result.returncode == code, result
    assert result.stdout == ""
    assert len(result.error_lines) == 1, result.stderr
    return result.error_lines[0]


def product_rows(data_dir: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(data_dir / "livehelper.sqlite3")
    try:
        return connection.execute("SELECT * FROM products ORDER BY id").fetchall()
    finally:
        connection.close()


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def write_csv(path: Path, *lines: str, encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


# options

def test_version(run):
    result = run("--version")
    assert (result.returncode, result.stdout, result.stderr) == (0, f"LiveHelper {__version__}\n", "")


def test_help(run):
    result = run("--help")
    assert result.returncode == 0
    for option in ("--data-dir", "--db", "--lang", "--demo", "selftest", "catalog"):
        assert option in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["--no-such-option"],
        ["frobnicate"],
        ["catalog"],
        ["catalog", "import"],
        ["catalog", "sync", "x.csv"],
        ["--lang", "fr"],
        ["--data-dir"],
    ],
)
def test_usage_errors_are_one_line_and_exit_2(run, home, args):
    line = one_line_error(run(*args), 2)
    assert not (home / ".local" / "share" / "LiveHelper").exists()  # nothing created on a usage error
    assert line.startswith("livehelper")
    assert "livehelper --help" in line


def test_usage_error_in_english(run):
    line = one_line_error(run("--lang", "en", "--no-such-option"), 2)
    assert line == "livehelper: unrecognized arguments: --no-such-option (see livehelper --help)"


def test_usage_error_in_chinese(run):
    line = one_line_error(run("--lang", "zh_CN", "--no-such-option"), 2)
    assert line.startswith("livehelper：命令行有误")


@pytest.mark.parametrize(("args", "expected"), [
    (("orders", "import"), "缺少：file"),
    (("orders", "import", "a.csv", "b.csv"), "看不懂这些参数：b.csv"),
    (("--lang", "zh_CN", "orders", "bogus"), "action 不能是 'bogus'，可选：'import', 'list'"),
    (("serve", "--port", "abc"), "--port 不能是 'abc'"),
    (("orders", "list", "--status"), "--status 后面要跟一个值"),
])
def test_the_command_lines_own_complaints_are_in_chinese_too(run, args, expected):
    line = one_line_error(run("--lang", "zh_CN", *args), 2)
    assert line == f"livehelper：命令行有误：{expected}（用法见 livehelper --help）"


def test_usage_error_follows_lang_zh_cn_over_an_english_locale(run):
    line = one_line_error(run("--lang", "zh_CN", "--no-such-option", env={"LANG": "en_US.UTF-8"}), 2)
    assert has_chinese(line)


def test_usage_error_follows_lang_equals_en(run):
    line = one_line_error(run("--lang=en", "--no-such-option"), 2)
    assert not has_chinese(line)


# selftest and the GUI

def test_selftest_with_demo_data(run, tmp_path):
    data_dir = tmp_path / "data"
    result = run("--data-dir", data_dir, "--demo", "--lang", "en", "selftest")
    assert result.returncode == 0, result
    assert result.stdout.startswith("selftest ok")
    assert f"{DEMO_COUNT} products" in result.stdout
    assert len(product_rows(data_dir)) == DEMO_COUNT


def test_selftest_in_chinese(run, tmp_path):
    result = run("--data-dir", tmp_path / "data", "--lang", "zh_CN", "selftest")
    assert result.returncode == 0, result
    assert result.stdout.startswith("自检通过")


def test_selftest_without_a_display_still_runs(run, tmp_path):
    result = run("--data-dir", tmp_path / "data", "--lang", "en", "selftest", display=False)
    assert result.returncode == 0, result
    assert result.stdout.startswith("selftest ok")


def test_gui_without_a_display_says_how_to_run_it(run, tmp_path):
    line = one_line_error(run("--data-dir", tmp_path / "data", "--lang", "en", display=False), 2)
    assert "xvfb-run" in line
    assert "QT_QPA_PLATFORM=offscreen" in line


def test_gui_without_a_display_in_chinese(run, tmp_path):
    line = one_line_error(run("--data-dir", tmp_path / "data", "--lang", "zh_CN", display=False), 2)
    assert "找不到显示器" in line
    assert "xvfb-run" in line


# unusable data folders and databases

@pytest.mark.parametrize("command", [["catalog", "export", "out.csv"], ["selftest"]])
def test_data_dir_that_is_a_file(run, tmp_path, command):
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("x")
    line = one_line_error(run("--data-dir", not_a_folder, "--lang", "en", *command), 2)
    assert line.startswith("livehelper: cannot create the data folder")
    assert not (tmp_path / "out.csv").exists()


def test_a_database_of_a_newer_livehelper(run, tmp_path):
    data_dir = tmp_path / "data"
    assert run("--data-dir", data_dir, "catalog", "export", tmp_path / "x.csv").returncode == 0
    with sqlite3.connect(data_dir / "livehelper.sqlite3") as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    connection.close()
    line = one_line_error(run("--data-dir", data_dir, "--lang", "en", "catalog", "export", tmp_path / "y.csv"), 2)
    assert "newer" in line


def test_a_database_file_that_is_garbage(run, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "livehelper.sqlite3").write_bytes(bytes(range(256)) * 20)
    line = one_line_error(run("--data-dir", data_dir, "--lang", "en", "catalog", "export", tmp_path / "y.csv"), 2)
    assert line.startswith("livehelper: cannot open the database")


def test_db_option_and_environment_variable(run, tmp_path):
    database = tmp_path / "elsewhere" / "shop.sqlite3"
    result = run("--db", f"sqlite:///{database}", "--demo", "catalog", "export", tmp_path / "a.csv")
    assert result.returncode == 0, result
    assert database.is_file()
    result = run("--lang", "en", "catalog", "import", tmp_path / "a.csv",
                 env={"LIVEHELPER_DB": f"sqlite:///{database}"})
    assert result.stdout == f"imported: 0 new, 0 updated, {DEMO_COUNT} unchanged\n"


def test_an_unusable_db_url(run, tmp_path):
    line = one_line_error(run("--db", "nosuchdialect://x", "--lang", "en", "catalog", "export", tmp_path / "a.csv"),
                          2)
    assert line.startswith("livehelper: cannot open the database")


# catalog import and export

def test_export_then_import_round_trip(run, tmp_path):
    exported = tmp_path / "catalog.csv"
    result = run("--data-dir", tmp_path / "demo", "--demo", "--lang", "en", "catalog", "export", exported)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"exported {DEMO_COUNT} products to {exported}\n"
    data = exported.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + HEADER.encode())
    assert b"\r\n" in data

    target = tmp_path / "shop"
    first = run("--data-dir", target, "--lang", "en", "catalog", "import", exported)
    assert (first.returncode, first.stdout, first.stderr) == (
        0, f"imported: {DEMO_COUNT} new, 0 updated, 0 unchanged\n", "")
    rows = product_rows(target)
    second = run("--data-dir", target, "--lang", "en", "catalog", "import", exported)
    assert second.stdout == f"imported: 0 new, 0 updated, {DEMO_COUNT} unchanged\n"
    assert product_rows(target) == rows

    again = tmp_path / "again.csv"
    assert run("--data-dir", target, "catalog", "export", again).returncode == 0
    assert again.read_bytes() == data


def test_import_messages_in_chinese(run, tmp_path):
    csv_file = write_csv(tmp_path / "c.csv", "名称,价格", "米脂黄小米,39.9")
    result = run("--data-dir", tmp_path / "data", "--lang", "zh_CN", "catalog", "import", csv_file)
    assert result.stdout == "导入完成：新增 1 个，更新 0 个，0 个未变\n"


def test_a_bad_csv_lists_every_bad_row_and_changes_nothing(run, tmp_path):
    data_dir = tmp_path / "data"
    assert run("--data-dir", data_dir, "--demo", "catalog", "export", tmp_path / "before.csv").returncode == 0
    before = product_rows(data_dir)
    bad = write_csv(tmp_path / "bad.csv",
                    "商家编码,名称,价格,库存",
                    "MZ-XM-2500,米脂黄小米,1.00,1",
                    "NEW-1,新品,13800138000,1",
                    ",,9.9,1",
                    "NEW-2,新品2,9.9,很多")
    result = run("--data-dir", data_dir, "--lang", "en", "catalog", "import", bad)
    assert result.returncode == 1, result
    assert result.stdout == ""
    assert result.error_lines == [
        "livehelper: 3 bad rows; nothing was imported",
        "Row 3, 价格: '13800138000' is too large for a price (at most 1,000,000.00 yuan)",
        "Row 4, 名称: a name is required",
        "Row 5, 库存: '很多' is not a whole number (expected e.g. 120)",
    ]
    assert product_rows(data_dir) == before


def test_a_bad_csv_in_chinese(run, tmp_path):
    bad = write_csv(tmp_path / "bad.csv", "名称,价格", "米脂黄小米,13800138000")
    result = run("--data-dir", tmp_path / "data", "--lang", "zh_CN", "catalog", "import", bad)
    assert result.returncode == 1
    assert result.error_lines[0] == "livehelper：有 1 行数据有误，没有导入任何数据"
    assert result.error_lines[1].startswith("第 2 行，价格：")
    assert "电话号码" in result.error_lines[1]


def test_a_png_as_csv(run, tmp_path):
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    line = one_line_error(run("--data-dir", tmp_path / "data", "--lang", "en", "catalog", "import", png), 2)
    assert line == "livehelper: photo.csv is a PNG image, not a CSV text file; save it as CSV (UTF-8) first"
    chinese = one_line_error(run("--data-dir", tmp_path / "data", "--lang", "zh_CN", "catalog", "import", png), 2)
    assert "PNG" in chinese
    assert has_chinese(chinese)


def test_an_xlsx_as_csv(run, tmp_path):
    xlsx = tmp_path / "商品.xlsx"
    xlsx.write_bytes(b"PK\x03\x04" + bytes(64))
    line = one_line_error(run("--data-dir", tmp_path / "data", "--lang", "en", "catalog", "import", xlsx), 2)
    assert "Excel" in line


def test_a_csv_without_the_price_column(run, tmp_path):
    csv_file = write_csv(tmp_path / "c.csv", "名称,规格", "米脂黄小米,2.5kg")
    line = one_line_error(run("--data-dir", tmp_path / "data", "--lang", "en", "catalog", "import", csv_file), 2)
    assert "价格" in line


def test_a_missing_file(run, tmp_path):
    line = one_line_error(run("--data-dir", tmp_path / "data", "--lang", "en", "catalog", "import",
                              tmp_path / "nope.csv"), 2)
    assert line.startswith("livehelper: cannot read")


def test_export_into_a_missing_folder(run, tmp_path):
    line = one_line_error(run("--data-dir", tmp_path / "data", "--lang", "en", "catalog", "export",
                              tmp_path / "no" / "such" / "out.csv"), 2)
    assert line.startswith("livehelper: cannot write")


def test_a_gbk_csv_imports(run, tmp_path):
    csv_file = write_csv(tmp_path / "gbk.csv", "名称,规格,价格,产地", "米脂黄小米,2.5kg/袋,￥39.90,陕西榆林米脂",
                         encoding="gbk")
    result = run("--data-dir", tmp_path / "data", "--lang", "en", "catalog", "import", csv_file)
    assert result.stdout == "imported: 1 new, 0 updated, 0 unchanged\n"
    ((name, spec, price, origin),) = [(r[1], r[2], r[3], r[6]) for r in product_rows(tmp_path / "data")]
    assert (name, spec, price, origin) == ("米脂黄小米", "2.5kg/袋", 3990, "陕西榆林米脂")


# where data lives

def test_demo_without_data_dir_uses_a_separate_demo_folder(run, home, tmp_path):
    app_folder = home / ".local" / "share" / "LiveHelper"
    result = run("--demo", "--lang", "en", "catalog", "export", tmp_path / "demo.csv")
    assert result.returncode == 0, result
    assert (app_folder / "demo" / "livehelper.sqlite3").is_file()
    assert not (app_folder / "livehelper.sqlite3").exists()
    assert len(product_rows(app_folder / "demo")) == DEMO_COUNT


def test_without_demo_the_real_folder_is_used_and_stays_empty(run, home, tmp_path):
    app_folder = home / ".local" / "share" / "LiveHelper"
    assert run("--demo", "catalog", "export", tmp_path / "demo.csv").returncode == 0
    result = run("--lang", "en", "catalog", "export", tmp_path / "real.csv")
    assert result.stdout == f"exported 0 products to {tmp_path / 'real.csv'}\n"
    assert (app_folder / "livehelper.sqlite3").is_file()
    assert product_rows(app_folder) == []


def test_demo_with_data_dir_fills_that_folder(run, home, tmp_path):
    data_dir = tmp_path / "mine"
    assert run("--data-dir", data_dir, "--demo", "catalog", "export", tmp_path / "a.csv").returncode == 0
    assert len(product_rows(data_dir)) == DEMO_COUNT
    assert not (home / ".local" / "share" / "LiveHelper").exists()


def test_every_help_text_of_the_command_line_has_chinese():
    import argparse

    from livehelper.cli.main import build_parser
    from livehelper.domain.cli_help_zh import CLI_HELP_ZH

    missing = []

    def walk(parser: argparse.ArgumentParser) -> None:
        for action in parser._actions:
            if action.help and action.help != argparse.SUPPRESS and action.help not in CLI_HELP_ZH:
                missing.append(action.help)
            if isinstance(action, argparse._SubParsersAction):
                missing.extend(choice.help for choice in action._choices_actions
                               if choice.help and choice.help not in CLI_HELP_ZH)
                for sub in action.choices.values():
                    walk(sub)

    walk(build_parser())
    assert missing == []


def test_two_parsers_keep_their_own_help_language():
    from livehelper.cli.main import build_parser

    chinese, english = build_parser("zh_CN"), build_parser("en")
    english_help = english.format_help()
    chinese_help = chinese.format_help()
    assert "导入" in chinese_help and "导入" not in english_help
    assert "import or export the catalog as CSV" in english_help


def test_help_in_chinese(run):
    result = run("--lang", "zh_CN", "orders", "import", "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("用法：livehelper orders import")
    assert "导入正确的行；有问题的行写入 FILE.rejected.csv" in result.stdout and "show this help" not in result.stdout
