"""`livehelper privacy purge [--days N] [--dry-run]` as a real subprocess on a real SQLite file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from livehelper.services.context import open_context
from livehelper.storage.models import OrderRecord, TaskHistoryRecord
from tests.services.task_data import add_products, by_order_no, generic_row, import_rows, ship

JINAN = ("山东省", "济南市", "历下区", "泉城路100号3单元502")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """One order shipped 40 days ago, one still to pack."""
    folder = tmp_path / "data"
    context = open_context(folder)
    try:
        add_products(context)
        import_rows(context, [
            generic_row("微信", "WX-1", "2026-10-01 20:05", "刘桂兰", "13800138001", JINAN, "米脂小米", "MZ-XM-2500"),
            generic_row("微信", "WX-2", "2026-10-01 20:30", "孙大伟", "13912340002", JINAN, "锅巴", "XM-GB-600"),
        ])
        ship(context, by_order_no(context)["WX-1"], "73100000000001")
        with context.database.sessions.begin() as session:
            session.execute(update(TaskHistoryRecord).values(at=datetime.now(UTC) - timedelta(days=40)))
    finally:
        context.close()
    return folder


def buyer_names(folder: Path) -> dict[str, str]:
    context = open_context(folder)
    try:
        with context.database.sessions() as session:
            return {no: name for no, name in session.execute(select(OrderRecord.order_no, OrderRecord.buyer_name))}
    finally:
        context.close()


def test_dry_run_counts_and_changes_nothing(run, data: Path):
    result = run("--data-dir", data, "--lang", "en", "privacy", "purge", "--days", "30", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1 orders have buyer data older than 30 days (nothing changed)"
    assert buyer_names(data) == {"WX-1": "刘桂兰", "WX-2": "孙大伟"}


def test_purge_uses_the_setting_or_the_days_given(run, data: Path):
    kept = run("--data-dir", data, "--lang", "zh_CN", "privacy", "purge")
    assert kept.returncode == 0, kept.stderr
    assert kept.stdout.strip() == "已隐去 0 个订单的买家信息（超过 90 天）"

    purged = run("--data-dir", data, "--lang", "en", "privacy", "purge", "--days", "30")
    assert purged.stdout.strip() == "buyer data of 1 orders masked (older than 30 days)"
    assert buyer_names(data) == {"WX-1": "刘**", "WX-2": "孙大伟"}


def test_bad_days_are_a_usage_error(run, data: Path):
    result = run("--data-dir", data, "--lang", "en", "privacy", "purge", "--days", "0")
    assert result.returncode == 2
    assert result.error_lines == ["livehelper: keep buyer data 1 to 3650 days"]
