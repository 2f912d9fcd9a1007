"""`livehelper script check FILE`: findings with line and column, exit 1; clean text exit 0; bad file exit 2."""

from pathlib import Path

from tests.cli.conftest import Run

SCRIPT = "家人们晚上好！\n这是全网最低价的小米，第一批新米。\n喝了能降血压，百分百纯天然。\n"


def test_findings_are_listed_with_position_and_reason(run: Run, tmp_path: Path):
    script = tmp_path / "script.txt"
    script.write_text(SCRIPT, encoding="utf-8")
    result = run("--data-dir", tmp_path / "data", "--lang", "en", "script", "check", script)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("line 2, column 3: 全网最低价 — 广告法第九条第三项：")
    assert "【违规·绝对化用语】; instead: " in lines[0]
    assert lines[1].startswith("line 3, column 4: 降血压 — 广告法第十七条")
    assert lines[2].startswith("line 3, column 8: 百分百 — ")
    assert lines[3].startswith("line 3, column 11: 纯天然 — ") and "【需核实·需证实宣称】" in lines[3]
    assert len(lines) == 5  # 第一批 is an ordinal, not a rank: no finding
    assert lines[-1] == f"4 advertising-law findings in {script}"


def test_gbk_file_and_chinese_output(run: Run, tmp_path: Path):
    script = tmp_path / "gbk.txt"
    script.write_bytes(SCRIPT.encode("gbk"))
    result = run("--data-dir", tmp_path / "data", "--lang", "zh_CN", "script", "check", script)
    assert result.returncode == 1
    assert result.stdout.splitlines()[0].startswith("第 2 行第 3 列：全网最低价 — 广告法")
    assert "建议：" in result.stdout


def test_clean_text_exits_zero(run: Run, tmp_path: Path):
    script = tmp_path / "clean.txt"
    script.write_text("今天的新米，熬粥香。\n第一批到货了。\n", encoding="utf-8-sig")
    result = run("--data-dir", tmp_path / "data", "--lang", "en", "script", "check", script)
    assert (result.returncode, result.stdout.strip()) == (0, f"no advertising-law words found in {script}")


def test_unreadable_files_exit_two_with_one_line(run: Run, tmp_path: Path):
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    for target in (picture, tmp_path / "missing.txt"):
        result = run("--data-dir", tmp_path / "data", "--lang", "en", "script", "check", target)
        assert result.returncode == 2 and result.stdout == ""
        assert len(result.error_lines) == 1 and target.name in result.stderr
