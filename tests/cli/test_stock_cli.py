"""`livehelper stock list | adjust | count | history` (issue 16) as real subprocesses: on a SQLite file and, in the
PostgreSQL pass, on a PostgreSQL database through --db."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.postgres import postgres_pass

CATALOG = ("商家编码,名称,规格,价格,库存\r\nMZ-XM-2500,米脂黄小米,2.5kg/袋,39.90,100\r\n"
           "JL-JYH-50,巨鹿金银花,50g/罐,29.90,8\r\n")


@pytest.fixture
def pg_url(test_postgres) -> Iterator[str]:
    name = test_postgres.create_database()
    yield test_postgres.url_of(name)
    test_postgres.drop_database(name)


def where(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> tuple[str, ...]:
    if backend == "sqlite":
        return ("--data-dir", str(tmp_path / "data"))
    if not postgres_pass():
        pytest.skip("no PostgreSQL (LIVEHELPER_TEST_PG_URL unset)")
    return ("--data-dir", str(tmp_path / "data"), "--db", request.getfixturevalue("pg_url"))


@pytest.mark.parametrize("backend", ["sqlite", "pg"])
def test_list_adjust_count_and_history(run, tmp_path, backend, request):
    db = where(tmp_path, backend, request)
    catalog = tmp_path / "catalog.csv"
    catalog.write_bytes(CATALOG.encode("utf-8-sig"))
    assert run(*db, "catalog", "import", catalog).returncode == 0

    listed = run(*db, "stock", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    millet, honeysuckle = json.loads(listed.stdout)
    assert millet == {"product_id": millet["product_id"], "merchant_code": "MZ-XM-2500", "name": "米脂黄小米",
                      "spec": "2.5kg/袋", "on_hand": 100, "reserved": 0, "available": 100}

    adjusted = run(*db, "--lang", "en", "stock", "adjust", "MZ-XM-2500", "+10", "--reason", "新米到货")
    assert adjusted.returncode == 0, adjusted.stderr
    assert adjusted.stdout.strip() == ("MZ-XM-2500 米脂黄小米 2.5kg/袋: on hand 100 → 110, reserved 0, "
                                       "available 110")
    lost = run(*db, "--lang", "zh_CN", "stock", "adjust", str(honeysuckle["product_id"]), "-2", "--reason", "破损")
    assert lost.stdout.strip() == "JL-JYH-50 巨鹿金银花 50g/罐：在库 8 → 6，占用 0，可售 6"
    counted = run(*db, "--lang", "en", "stock", "count", "MZ-XM-2500", "105")
    assert counted.returncode == 0 and "110 → 105" in counted.stdout

    history = run(*db, "stock", "history", "MZ-XM-2500", "--json")
    assert [(m["kind"], m["qty"], m["balance"], m["who"], m["reason"]) for m in json.loads(history.stdout)] == [
        ("count", -5, 105, "cli", ""), ("receipt", 10, 110, "cli", "新米到货"),
        ("count", 100, 100, "import", "商品导入 catalog.csv")]
    text = run(*db, "--lang", "zh_CN", "stock", "history", "JL-JYH-50")
    lines = text.stdout.splitlines()
    assert lines[0].split("\t")[1:] == ["盘点", "-2", "6", "cli", "破损"] and lines[-1] == "共 2 条库存记录"
    table = run(*db, "--lang", "zh_CN", "stock", "list").stdout.splitlines()
    assert table[0] == "编号\t商家编码\t商品\t在库\t占用\t可售" and table[-1] == "共 2 个商品"
    assert table[1].split("\t")[1:] == ["MZ-XM-2500", "米脂黄小米 2.5kg/袋", "105", "0", "105"]


@pytest.mark.parametrize(("args", "expected"), [
    (("adjust", "MZ-XM-2500", "ten", "--reason", "x"), "'ten' is not a change of stock (expected e.g. +10 or -2)"),
    (("adjust", "MZ-XM-2500", "+0", "--reason", "x"), "a change of stock cannot be zero"),
    (("adjust", "MZ-XM-2500", "-101", "--reason", "x"), "that would leave -1 in stock; on hand cannot go below 0"),
    (("adjust", "NO-SUCH", "+1", "--reason", "x"), "no product with merchant code or id “NO-SUCH”"),
    (("count", "MZ-XM-2500", "-3"), "'-3' is not a whole number (expected e.g. 120)"),
    (("history", "999"), "no product with merchant code or id “999”"),
    (("adjust", "MZ-XM-2500", "+1"), "the following arguments are required: --reason (see livehelper --help)"),
])
def test_bad_input_is_one_line_on_stderr_and_exit_2(run, tmp_path, args, expected):
    catalog = tmp_path / "catalog.csv"
    catalog.write_bytes(CATALOG.encode("utf-8-sig"))
    assert run("--data-dir", tmp_path / "data", "catalog", "import", catalog).returncode == 0
    result = run("--data-dir", tmp_path / "data", "--lang", "en", "stock", *args)
    assert result.returncode == 2
    assert result.error_lines == [f"livehelper: {expected}"] and result.stdout == ""
    chinese = run("--data-dir", tmp_path / "data", "--lang", "zh_CN", "stock", *args)
    assert chinese.returncode == 2 and len(chinese.error_lines) == 1 and chinese.error_lines[0] != result.error_lines[0]


def test_the_help_is_in_chinese(run):
    assert "库存：在库、占用、可售，以及库存流水" in run("--lang", "zh_CN", "--help").stdout
    result = run("--lang", "zh_CN", "stock", "--help")
    assert result.returncode == 0 and "每个商品的在库、占用和可售" in result.stdout
    adjust = run("--lang", "zh_CN", "stock", "adjust", "--help")
    assert "变动数量，如 +10 或 -2" in adjust.stdout and "商家编码或商品编号" in adjust.stdout
