"""The streamer's own advertising-law words: words to flag and phrases to allow, on top of the built-in rules.

The word list is a tab-separated file whose first meaningful line is a header naming the columns
(``kind word category reason suggestion``; only ``kind`` and ``word`` are required). ``kind`` is
``banned`` (flag the word; a reason is required) or ``allowed`` (a phrase such as a brand name that is
never flagged, whatever rule or word would match inside it). Blank lines and lines starting with ``#``
are ignored. The built-in rules live in resources/adlaw/ (see :mod:`livehelper.domain.adlaw.rules`).
"""

from __future__ import annotations

from dataclasses import dataclass

BANNED = "banned"
ALLOWED = "allowed"
WORDLIST_COLUMNS: tuple[str, ...] = ("kind", "word", "category", "reason", "suggestion")
_REQUIRED_COLUMNS = ("kind", "word")


@dataclass(frozen=True)
class BannedWord:
    word: str
    reason: str
    suggestion: str = ""
    category: str = ""


class WordListError(ValueError):
    def __init__(self, line_number: int, problem: str) -> None:
        super().__init__(f"line {line_number}: {problem}")
        self.line_number = line_number
        self.problem = problem


@dataclass(frozen=True)
class WordList:
    banned: tuple[BannedWord, ...] = ()
    allowed: tuple[str, ...] = ()

    def is_banned(self, word: str) -> bool:
        return word.lower() in {entry.word.lower() for entry in self.banned}


def merge_wordlists(*wordlists: WordList) -> WordList:
    """Combine lists; a later list's entry for the same banned word (ignoring case) replaces an earlier one.

    An allowed phrase switches off whatever the built-in rules or banned words find inside it.
    """
    banned: dict[str, BannedWord] = {}
    allowed: dict[str, None] = {}
    for wordlist in wordlists:
        for entry in wordlist.banned:
            if entry.word:
                banned[entry.word.lower()] = entry
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
