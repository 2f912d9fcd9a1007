"""Every user-facing Message has a zh_CN rendering with the same placeholders."""

import ast
import string
from pathlib import Path

import pytest

import livehelper
from livehelper.domain.errors import RowProblem
from livehelper.domain.messages import Message
from livehelper.domain.messages_zh import ZH_CN

PACKAGE = Path(livehelper.__file__).resolve().parent


def _message_templates() -> list[tuple[str, int, str]]:
    """(file, line, template) of every Message("literal", …) call under livehelper/."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            first = node.args[0]
            if name == "Message" and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append((str(path.relative_to(PACKAGE.parent)), node.lineno, first.value))
    return found


TEMPLATES = _message_templates()


def _placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


def test_the_scan_finds_the_messages():
    files = {file for file, _, _ in TEMPLATES}
    assert len(TEMPLATES) >= 40
    assert {"livehelper/cli/main.py", "livehelper/domain/money.py", "livehelper/storage/engine.py"} <= files


def test_every_message_literal_has_a_chinese_rendering():
    missing = [f"{file}:{line}: {template!r}" for file, line, template in TEMPLATES if template not in ZH_CN]
    assert missing == []


@pytest.mark.parametrize("english", sorted(ZH_CN))
def test_chinese_template_has_the_same_placeholders(english):
    assert _placeholders(ZH_CN[english]) == _placeholders(english)


@pytest.mark.parametrize("english", sorted(ZH_CN))
def test_chinese_template_is_chinese(english):
    chinese = ZH_CN[english]
    assert chinese != english
    assert any(char >= "\u3000" for char in chinese)  # CJK characters or full-width punctuation


def test_no_unused_chinese_entries():
    used = {template for _, _, template in TEMPLATES}
    assert sorted(set(ZH_CN) - used) == []


def test_render_fills_parameters_in_both_languages():
    message = Message("{source} is empty", source="订单.csv")
    assert message.render("en") == "订单.csv is empty"
    assert message.render("zh_CN") == "订单.csv 是空文件"
    assert message.render("zh") == "订单.csv 是空文件"


def test_nested_messages_render_in_the_same_language():
    message = Message("livehelper: {reason}", reason=Message("{source} is empty", source="a.csv"))
    assert message.render("en") == "livehelper: a.csv is empty"
    assert message.render("zh_CN") == "livehelper：a.csv 是空文件"


def test_parameters_with_braces_are_not_templates():
    assert Message("{source} is empty", source="{x}").render("en") == "{x} is empty"


def test_unknown_template_falls_back_to_english():
    assert Message("not translated {n}", n=1).render("zh_CN") == "not translated 1"


def test_row_problem_renders_its_reason_in_the_language():
    problem = RowProblem(3, "价格", Message("a price cannot be negative"))
    assert problem.render("en") == "Row 3, 价格: a price cannot be negative"
    assert problem.render("zh_CN") == "第 3 行，价格：价格不能为负数"
