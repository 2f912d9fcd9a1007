"""The built-in advertising-law rules, read from data files (resources/adlaw/*.toml) and compiled once.

Rules are data so that a reviewer can check each entry against its source (every file cites the public
lists and legal texts it was built from) and so that new platform wording is a data change, not a code
change. One file per category:

    [category]      name, level (违规 | 需核实), basis (the article of law), reason, suggestion, sources
    [[words]]       list = [...] literal words, optional level / reason / suggestion / basis overrides
    [[patterns]]    regex = '…' on the folded text (see normalize.py), optional overrides and a note
    [[exceptions]]  regex = '…' context in which a finding lying wholly inside the match is no finding
                    (最近, 第一批, 县第一中学, 最好放冰箱); exceptions apply whatever category found it

vocab.toml holds word lists patterns share (``{disease}``, ``{body}`` …) and character classes
(``{c}``: any character of the same clause); variants.toml the folding tables.
"""

from __future__ import annotations

import re
import threading
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from livehelper.domain.adlaw.normalize import Variants, fold

RULES_FOLDER = "adlaw"
VOCAB_FILE = "vocab.toml"
VARIANTS_FILE = "variants.toml"
_MACRO = re.compile(r"\{([a-z_]+)\}")


class Level(StrEnum):
    """违规 (red): unlawful as said. 需核实 (yellow): lawful only when true and the streamer can prove it."""

    VIOLATION = "违规"
    VERIFY = "需核实"


class RuleDataError(ValueError):
    """A rule file is malformed; names the file and the entry so the data can be fixed."""


@dataclass(frozen=True)
class Verdict:
    """What a finding says: its category, level, legal basis, why, and a safer wording."""

    category: str
    level: Level
    basis: str
    reason: str
    suggestion: str


@dataclass(frozen=True)
class Rule:
    """One pattern; literal words live in RuleSet.words, found in one pass for all categories."""

    verdict: Verdict
    pattern: re.Pattern[str]
    note: str = ""


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    words: Mapping[str, Verdict]  # folded literal word → verdict
    exceptions: tuple[re.Pattern[str], ...]
    variants: Variants
    categories: tuple[str, ...]

    def __hash__(self) -> int:  # compiled once and shared; identity is enough
        return id(self)


def _macros(vocab: Mapping[str, Any]) -> dict[str, str]:
    expanded: dict[str, str] = {}
    for name, value in vocab.items():
        if isinstance(value, str):
            expanded[name] = value  # a ready regex fragment such as a character class
        else:
            words = sorted({str(word) for word in value}, key=lambda word: (-len(word), word))
            expanded[name] = "(?:" + "|".join(re.escape(word) for word in words) + ")"
    return expanded


def _compile(regex: str, macros: Mapping[str, str], where: str) -> re.Pattern[str]:
    def expand(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise RuleDataError(f"{where}: unknown list {{{name}}} in {regex!r}")
        return macros[name]

    try:
        return re.compile(_MACRO.sub(expand, regex))
    except re.error as error:
        raise RuleDataError(f"{where}: bad regular expression {regex!r}: {error}") from error


def _top_level_alternatives(regex: str) -> list[str]:
    """Split ``a|b`` at the top level (not inside groups or classes): one regex per branch lets ``re`` skip
    ahead to the branch's possible first characters, which a combined pattern cannot; it also finds
    overlapping matches of different branches, which the engine's overlap rule then settles."""
    parts: list[str] = []
    depth, in_class, escaped, start = 0, False, False, 0
    for index, char in enumerate(regex):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(regex[start:index])
            start = index + 1
    parts.append(regex[start:])
    return parts


def _verdict(entry: Mapping[str, Any], base: Verdict, where: str) -> Verdict:
    level = entry.get("level", base.level)
    try:
        level = Level(level)
    except ValueError as error:
        raise RuleDataError(f"{where}: level must be 违规 or 需核实, not {level!r}") from error
    return Verdict(base.category, level, entry.get("basis", base.basis), entry.get("reason", base.reason),
                   entry.get("suggestion", base.suggestion))


def _variants(data: Mapping[str, Any]) -> Variants:
    chars: dict[str, str] = {}
    for table in ("traditional", "homophones"):
        for source, target in data.get(table, {}).items():
            if len(source) != 1 or len(target) != 1:
                raise RuleDataError(f"{VARIANTS_FILE} [{table}]: {source!r} = {target!r} must map one char to one")
            chars[source] = target
    sequences = tuple((_compile(entry["regex"], {}, f"{VARIANTS_FILE} [[sequences]]"), entry["replace"])
                      for entry in data.get("sequences", ()))
    return Variants(chars, sequences)


def build_rules(files: Mapping[str, str], vocab_text: str, variants_text: str) -> RuleSet:
    """Compile rule files (name → TOML text); raises RuleDataError naming the file and entry."""
    try:
        vocab = tomllib.loads(vocab_text).get("vocab", {})
        variants = _variants(tomllib.loads(variants_text))
    except tomllib.TOMLDecodeError as error:
        raise RuleDataError(f"{VOCAB_FILE}/{VARIANTS_FILE}: {error}") from error
    macros = _macros(vocab)
    rules: list[Rule] = []
    words: dict[str, Verdict] = {}
    exceptions: list[re.Pattern[str]] = []
    categories: list[str] = []
    for name, text in sorted(files.items()):
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise RuleDataError(f"{name}: {error}") from error
        category = data.get("category")
        if not isinstance(category, dict) or not {"name", "level", "basis", "reason"} <= category.keys():
            raise RuleDataError(f"{name}: needs a [category] with name, level, basis and reason")
        base = Verdict(category["name"], Level.VIOLATION, category["basis"], category["reason"],
                       category.get("suggestion", ""))
        base = _verdict(category, base, f"{name} [category]")
        categories.append(base.category)
        for number, entry in enumerate(data.get("words", ()), start=1):
            verdict = _verdict(entry, base, f"{name} words #{number}")
            for word in entry.get("list", ()):
                folded = fold(str(word), variants).text
                if folded:
                    words.setdefault(folded, verdict)
        for number, entry in enumerate(data.get("patterns", ()), start=1):
            where = f"{name} patterns #{number}"
            verdict = _verdict(entry, base, where)
            for alternative in _top_level_alternatives(entry["regex"]):  # each gets re's first-character skip
                rules.append(Rule(verdict, _compile(alternative, macros, where), entry.get("note", "")))
        for number, entry in enumerate(data.get("exceptions", ()), start=1):
            exceptions.append(_compile(entry["regex"], macros, f"{name} exceptions #{number}"))
    return RuleSet(tuple(rules), words, tuple(exceptions), variants, tuple(categories))


def _rule_texts() -> tuple[dict[str, str], str, str]:
    folder: Any
    try:
        folder = resources.files("livehelper.resources") / RULES_FOLDER
        if not folder.is_dir():
            raise FileNotFoundError(RULES_FOLDER)
    except (ModuleNotFoundError, FileNotFoundError):
        folder = Path(__file__).resolve().parents[3] / "resources" / RULES_FOLDER  # a source tree
    texts = {entry.name: entry.read_text(encoding="utf-8") for entry in folder.iterdir()
             if entry.name.endswith(".toml") and entry.name not in (VOCAB_FILE, VARIANTS_FILE)}
    return texts, (folder / VOCAB_FILE).read_text(encoding="utf-8"), \
        (folder / VARIANTS_FILE).read_text(encoding="utf-8")


_LOADING = threading.Lock()


@lru_cache(maxsize=1)
def _load_default_rules() -> RuleSet:
    files, vocab, variants = _rule_texts()
    return build_rules(files, vocab, variants)


def default_rules() -> RuleSet:
    """The shipped rules, read and compiled once and then shared (the editor checks every keystroke).

    Compiling takes a few tenths of a second, so the app starts it on a background thread
    (CueService); the lock makes a check that comes first wait for that one compile instead of
    starting a second.
    """
    with _LOADING:
        return _load_default_rules()

