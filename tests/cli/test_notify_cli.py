"""`livehelper notify test|summary|list` as a user runs them, against the local robot stand-in."""

from __future__ import annotations

from pathlib import Path

import pytest

from livehelper.services.context import open_context
from tests.cli.conftest import Run
from tests.robot_stand_in import DINGTALK_SECRET, FEISHU_SECRET, WECOM_KEY, RobotStandIn, text_of


@pytest.fixture
def data(tmp_path: Path, stand_in: RobotStandIn) -> Path:
    folder = tmp_path / "data"
    context = open_context(folder)
    try:
        context.notify.save_robot("企微群", "wecom", stand_in.wecom_url)
        context.notify.save_robot("钉钉群", "dingtalk", stand_in.dingtalk_url, DINGTALK_SECRET)
        context.notify.save_robot("飞书错", "feishu", stand_in.feishu_url, "SECnot-the-secret-0000000")
    finally:
        context.close()
    return folder


def test_notify_test_one_robot(run: Run, data: Path, stand_in: RobotStandIn) -> None:
    result = run("--data-dir", data, "--lang", "en", "notify", "test", "--robot", "钉钉群")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "robot 钉钉群: sent"
    assert [found.platform for found in stand_in.accepted()] == ["dingtalk"]


def test_notify_test_reports_a_failure(run: Run, data: Path, stand_in: RobotStandIn) -> None:
    result = run("--data-dir", data, "--lang", "zh_CN", "notify", "test")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "机器人 企微群：已发送" in lines and "机器人 钉钉群：已发送" in lines
    assert any(line.startswith("机器人 飞书错：未发送") and "19021" in line for line in lines)
    assert len(stand_in.accepted()) == 2


def test_notify_summary_and_list(run: Run, data: Path, stand_in: RobotStandIn) -> None:
    result = run("--data-dir", data, "--lang", "en", "notify", "summary", "--robot", "企微群")
    assert result.returncode == 0, result.stderr
    assert "今日汇总" in text_of(stand_in.accepted()[0])
    listed = run("--data-dir", data, "notify", "list")
    assert listed.returncode == 0
    assert "企微群\twecom\ton" in listed.stdout and "SEC****ab12" in listed.stdout
    for secret in (WECOM_KEY, DINGTALK_SECRET, FEISHU_SECRET):
        assert secret not in listed.stdout + listed.stderr


def test_unknown_robot_is_a_clear_error(run: Run, data: Path) -> None:
    result = run("--data-dir", data, "--lang", "en", "notify", "test", "--robot", "nobody")
    assert result.returncode == 2
    assert result.stderr.strip() == "livehelper: there is no robot called nobody"
