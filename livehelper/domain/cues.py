"""Cue-card decks as plain text, and catalog variables inside card text.

Deck text: cards are separated by a line that is exactly ``---`` (surrounding whitespace allowed).
In each card the first non-blank line may be a heading ``# 标题`` (a ``#`` followed by whitespace);
the rest, without leading and trailing blank lines, is the body. ``#话题`` (no space) is ordinary
text, so Douyin-style hashtags are never mistaken for titles.

Normal form of a card (what :func:`parse_deck` produces and :func:`format_deck` reproduces exactly):
the title is one stripped line; the body has no ``\\r``, no leading or trailing blank line and no
``---`` line; title and body are not both empty. :func:`normalise_card` brings any card into that form.

Variables: ``{名称}`` and friends (see :data:`VARIABLE_ALIASES`) are filled from the catalog. An
unknown ``{…}`` is never shown raw: it is reported and rendered as :data:`UNKNOWN_VARIABLE_PLACEHOLDER`.
``{{`` and ``}}`` stand for literal braces. Full-width braces ``｛价格｝`` also work (Chinese input
methods type them), but only around a known name, so decorative ``｛福利｝`` stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

CARD_SEPARATOR = "---"
# Written in place of a body line that would otherwise split the card in two.
ESCAPED_SEPARATOR_LINE = "- - -"

_HEADING = re.compile(r"#(?:\s+(.*))?", re.DOTALL)


@dataclass(frozen=True)
class Card:
    title: str
    body: str


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _is_separator(line: str) -> bool:
    return line.strip() == CARD_SEPARATOR


def _is_heading(line: str) -> bool:
    return _HEADING.fullmatch(line.strip()) is not None


def _trim_blank_lines(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def _parse_chunk(lines: list[str]) -> Card | None:
    lines = _trim_blank_lines(lines)
    if not lines:
        return None
    title = ""
    heading = _HEADING.fullmatch(lines[0].strip())
    if heading is not None:
        title = (heading.group(1) or "").strip()
        lines = _trim_blank_lines(lines[1:])
    body = "\n".join(lines)
    if not title and not body:
        return None
    return Card(title=title, body=body)


def parse_deck(text: str) -> list[Card]:
    """Split deck text into cards; empty chunks (only blank lines or a bare heading) are skipped."""
    chunks: list[list[str]] = [[]]
    for line in _normalise_newlines(text).split("\n"):
        if _is_separator(line):
            chunks.append([])
        else:
            chunks[-1].append(line)
    return [card for card in map(_parse_chunk, chunks) if card is not None]


def _format_card(card: Card) -> str:
    lines: list[str] = []
    if card.title:
        lines.append(f"# {card.title}")
    elif card.body and _is_heading(card.body.split("\n", 1)[0]):
        # A bare "#" marks an empty title, so the body's first line is not read as the title.
        lines.append("#")
    if card.body:
        lines.append(card.body)
    return "\n".join(lines)


def format_deck(cards: Iterable[Card]) -> str:
    """Deck text for ``cards``; ``parse_deck(format_deck(cards)) == cards`` for normal, non-empty cards."""
    chunks = [_format_card(card) for card in cards if card.title or card.body]
    if not chunks:
        return ""
    return f"\n\n{CARD_SEPARATOR}\n\n".join(chunks) + "\n"


def normalise_card(card: Card) -> Card:
    """The normal form of ``card`` (see the module docstring); may be empty, which decks skip."""
    title = " ".join(_normalise_newlines(card.title).split("\n")).strip()
    body_lines = [
        ESCAPED_SEPARATOR_LINE if _is_separator(line) else line
        for line in _normalise_newlines(card.body).split("\n")
    ]
    return Card(title=title, body="\n".join(_trim_blank_lines(body_lines)))


def is_normal_card(card: Card) -> bool:
    return bool(card.title or card.body) and normalise_card(card) == card


# ---------------------------------------------------------------------------------------------
# Variables

KNOWN_VARIABLES: tuple[str, ...] = ("名称", "规格", "价格", "库存", "产地", "卖点")
VARIABLE_ALIASES: Mapping[str, str] = {
    **{name: name for name in KNOWN_VARIABLES},
    "name": "名称",
    "spec": "规格",
    "price": "价格",
    "stock": "库存",
    "origin": "产地",
    "selling_points": "卖点",
}
UNKNOWN_VARIABLE_PLACEHOLDER = "〔未知变量〕"
MISSING_VALUE_TEMPLATE = "〔{}未填〕"

_TOKEN = re.compile(r"\{\{|\}\}|[{｛]([^{}｛｝\n]*)[}｝]")


@dataclass(frozen=True)
class VariableRef:
    """A ``{…}`` in the source text: ``text[start:end]`` includes the braces."""

    start: int
    end: int
    name: str  # as written, without braces and surrounding whitespace
    known: bool
    key: str | None  # canonical Chinese name such as "价格", None when unknown


@dataclass(frozen=True)
class FilledText:
    text: str
    unknown: tuple[VariableRef, ...]  # rendered as UNKNOWN_VARIABLE_PLACEHOLDER
    missing: tuple[VariableRef, ...]  # known, but no (or an empty) value: rendered as "〔价格未填〕"

    @property
    def ok(self) -> bool:
        return not self.unknown and not self.missing


def canonical_variable(name: str) -> str | None:
    """``"价格"``, ``"price"`` and ``"Price"`` all give ``"价格"``; anything else gives None."""
    stripped = name.strip()
    return VARIABLE_ALIASES.get(stripped) or VARIABLE_ALIASES.get(stripped.lower())


def _variable_at(match: re.Match[str]) -> VariableRef | None:
    inner = match.group(1)
    if inner is None:
        return None  # an escaped brace
    key = canonical_variable(inner)
    if key is None and match.group(0).startswith("｛"):
        return None
    return VariableRef(match.start(), match.end(), inner.strip(), key is not None, key)


def find_variables(text: str) -> list[VariableRef]:
    """Every variable reference in ``text``, known or not, in order (for editor highlighting)."""
    refs = (_variable_at(match) for match in _TOKEN.finditer(text))
    return [ref for ref in refs if ref is not None]


def fill_variables(text: str, values: Mapping[str, str]) -> FilledText:
    """Replace variables with ``values`` (keyed by Chinese or English name, already formatted)."""
    by_key = {key: value for name, value in values.items() if (key := canonical_variable(name))}
    pieces: list[str] = []
    unknown: list[VariableRef] = []
    missing: list[VariableRef] = []
    position = 0
    for match in _TOKEN.finditer(text):
        pieces.append(text[position : match.start()])
        position = match.end()
        ref = _variable_at(match)
        if match.group(1) is None:
            pieces.append(match.group(0)[0])
        elif ref is None:
            pieces.append(match.group(0))
        elif ref.key is None:
            unknown.append(ref)
            pieces.append(UNKNOWN_VARIABLE_PLACEHOLDER)
        elif by_key.get(ref.key):
            pieces.append(by_key[ref.key])
        else:
            missing.append(ref)
            pieces.append(MISSING_VALUE_TEMPLATE.format(ref.key))
    pieces.append(text[position:])
    return FilledText(text="".join(pieces), unknown=tuple(unknown), missing=tuple(missing))
