"""Advertising-law (广告法) check: absolute terms and food-health claims in a script.

The word list is a tab-separated file whose first meaningful line is a header naming the columns
(``kind word category reason suggestion``; only ``kind`` and ``word`` are required). ``kind`` is
``banned`` (flag the word; a reason is required) or ``allowed`` (a fixed phrase such as 第一批 whose
banned words are fine in context). Blank lines and lines starting with ``#`` are ignored.

Matching ignores letter case (NO.1 = no.1). Occurrences are chosen longest first (全网最低 is one
finding, not also 最) without overlaps; an occurrence lying inside an allowed phrase is skipped,
so an allowed phrase equal to a banned word switches that word off. Positions are Python string
indices (code points); line and column are 1-based and lines are separated by ``\\n``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

BANNED = "banned"
ALLOWED = "allowed"
WORDLIST_COLUMNS: tuple[str, ...] = ("kind", "word", "category", "reason", "suggestion")
_REQUIRED_COLUMNS = ("kind", "word")
DEFAULT_WORDLIST_NAME = "adlaw_zh.tsv"


@dataclass(frozen=True)
class BannedWord:
    word: str
    reason: str
    suggestion: str = ""
    category: str = ""


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    line: int
    column: int
    word: str  # exactly text[start:end]
    reason: str
    suggestion: str
    category: str = ""


class WordListError(ValueError):
    def __init__(self, line_number: int, problem: str) -> None:
        super().__init__(f"line {line_number}: {problem}")
        self.line_number = line_number
        self.problem = problem


def _fold_case(text: str) -> str:
    """Lower-case without changing the length, so indices in the folded text match the original."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


class _Matcher:
    def __init__(self, banned: Iterable[BannedWord], allowed: Iterable[str]) -> None:
        self.banned = {_fold_case(entry.word): entry for entry in banned if entry.word}
        self.allowed = {_fold_case(phrase) for phrase in allowed if phrase}
        self.banned_lengths = self._lengths_by_first_char(self.banned, longest_first=True)
        self.allowed_lengths = self._lengths_by_first_char(self.allowed, longest_first=False)

    @staticmethod
    def _lengths_by_first_char(words: Iterable[str], *, longest_first: bool) -> dict[str, list[int]]:
        lengths: dict[str, set[int]] = {}
        for word in words:
            lengths.setdefault(word[0], set()).add(len(word))
        return {char: sorted(found, reverse=longest_first) for char, found in lengths.items()}

    def allowed_reach(self, folded: str) -> list[int]:
        """reach[i]: the furthest end of an allowed phrase starting at or before i."""
        reach: list[int] = []
        furthest = 0
        for start, char in enumerate(folded):
            for length in self.allowed_lengths.get(char, ()):
                if folded[start : start + length] in self.allowed:
                    furthest = max(furthest, start + length)
            reach.append(furthest)
        return reach

    def occurrences(self, folded: str) -> list[tuple[int, int, BannedWord]]:
        reach = self.allowed_reach(folded)
        found: list[tuple[int, int, BannedWord]] = []
        for start, char in enumerate(folded):
            for length in self.banned_lengths.get(char, ()):
                end = start + length
                entry = self.banned.get(folded[start:end]) if end <= len(folded) else None
                if entry is not None and reach[start] < end:
                    found.append((start, end, entry))
        return found


@dataclass(frozen=True)
class WordList:
    banned: tuple[BannedWord, ...] = ()
    allowed: tuple[str, ...] = ()

    @cached_property
    def _matcher(self) -> _Matcher:
        return _Matcher(self.banned, self.allowed)

    def is_banned(self, word: str) -> bool:
        return _fold_case(word) in self._matcher.banned


def merge_wordlists(*wordlists: WordList) -> WordList:
    """Combine lists; a later list's entry for the same banned word (ignoring case) replaces an earlier one.

    Typical use: ``merge_wordlists(default_wordlist(), user_words)``. To switch a default word off,
    the user list adds it as an allowed phrase.
    """
    banned: dict[str, BannedWord] = {}
    allowed: dict[str, None] = {}
    for wordlist in wordlists:
        for entry in wordlist.banned:
            if entry.word:
                banned[_fold_case(entry.word)] = entry
        allowed.update((phrase, None) for phrase in wordlist.allowed if phrase)
    return WordList(banned=tuple(banned.values()), allowed=tuple(allowed))


def _parse_header(cells: list[str], line_number: int) -> dict[str, int]:
    while cells and not cells[-1]:
        cells = cells[:-1]
    names = [cell.lower() for cell in cells]
    for name in names:
        if name not in WORDLIST_COLUMNS:
            raise WordListError(line_number, f"unknown column {name!r} in the header")
        if names.count(name) > 1:
            raise WordListError(line_number, f"column {name!r} appears twice in the header")
    missing = [name for name in _REQUIRED_COLUMNS if name not in names]
    if missing:
        raise WordListError(line_number, "expected a header line naming the columns " + "\t".join(missing))
    return {name: index for index, name in enumerate(names)}


def parse_wordlist(text: str) -> WordList:
    """Parse word-list text; raises :class:`WordListError` (a ValueError) naming the bad line."""
    columns: dict[str, int] | None = None
    banned: list[BannedWord] = []
    allowed: list[str] = []
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for line_number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if columns is None:
            columns = _parse_header(cells, line_number)
            continue
        if any(cells[len(columns) :]):
            raise WordListError(line_number, f"more than {len(columns)} columns")
        row = {name: cells[index] if index < len(cells) else "" for name, index in columns.items()}
        kind, word, reason = row["kind"].lower(), row["word"], row.get("reason", "")
        if not word:
            raise WordListError(line_number, "the word is empty")
        if kind == BANNED:
            if not reason:
                raise WordListError(line_number, f"banned word {word!r} needs a reason")
            banned.append(BannedWord(word, reason, row.get("suggestion", ""), row.get("category", "")))
        elif kind == ALLOWED:
            allowed.append(word)
        else:
            raise WordListError(line_number, f"kind must be {BANNED!r} or {ALLOWED!r}, not {kind!r}")
    return merge_wordlists(WordList(banned=tuple(banned), allowed=tuple(allowed)))


def format_wordlist(words: WordList) -> str:
    """Word-list text that :func:`parse_wordlist` reads back (fields are stripped; no tabs or newlines)."""

    def row(*fields: str) -> str:
        cleaned = [field.strip() for field in fields]
        if any(char in field for field in cleaned for char in "\t\r\n"):
            raise ValueError(f"a word-list field contains a tab or line break: {fields!r}")
        return "\t".join(cleaned)

    rows = [row(*WORDLIST_COLUMNS)]
    rows += [row(BANNED, e.word, e.category, e.reason, e.suggestion) for e in words.banned]
    rows += [row(ALLOWED, phrase, "", "", "") for phrase in words.allowed]
    return "\n".join(rows) + "\n"


def _read_default_wordlist_text() -> str:
    try:
        resource = resources.files("livehelper.resources") / "wordlists" / DEFAULT_WORDLIST_NAME
        if resource.is_file():
            return resource.read_text(encoding="utf-8")
    except ModuleNotFoundError:
        pass  # running from a source tree where resources/ is not mapped to livehelper.resources
    fallback = Path(__file__).resolve().parents[2] / "resources" / "wordlists" / DEFAULT_WORDLIST_NAME
    return fallback.read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def default_wordlist() -> WordList:
    return parse_wordlist(_read_default_wordlist_text())


def check_text(text: str, words: WordList) -> list[Finding]:
    """Every banned word in ``text`` outside allowed phrases, ordered by position."""
    occupied = bytearray(len(text))
    chosen: list[tuple[int, int, BannedWord]] = []
    candidates = words._matcher.occurrences(_fold_case(text))
    for start, end, entry in sorted(candidates, key=lambda found: (found[0] - found[1], found[0])):
        if not any(occupied[start:end]):
            occupied[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, entry))
    chosen.sort(key=lambda found: found[0])

    line_starts = [0] + [index + 1 for index, char in enumerate(text) if char == "\n"]
    findings: list[Finding] = []
    for start, end, entry in chosen:
        line_index = bisect.bisect_right(line_starts, start) - 1
        findings.append(
            Finding(
                start=start,
                end=end,
                line=line_index + 1,
                column=start - line_starts[line_index] + 1,
                word=text[start:end],
                reason=entry.reason,
                suggestion=entry.suggestion,
                category=entry.category,
            )
        )
    return findings
