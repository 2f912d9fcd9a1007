"""The labelled ad-law corpus (tests/data/adlaw) and its scoring, shared by the test and bench/adlaw.py.

An unlawful line counts as caught when the check reports a finding of the line's category; a lawful line
is a false alarm when the check reports any finding at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from livehelper.domain.adlaw import Finding

CORPUS_DIR = Path(__file__).resolve().parents[1] / "data" / "adlaw"
TUNING = ("unlawful.tsv", "lawful.tsv")
HELD_OUT = ("heldout_unlawful.tsv", "heldout_lawful.tsv")


@dataclass(frozen=True)
class Line:
    text: str
    category: str
    source: str


@dataclass(frozen=True)
class Score:
    category: str
    unlawful: int
    caught: int
    lawful: int
    false_alarms: int

    @property
    def recall(self) -> float:
        return self.caught / self.unlawful if self.unlawful else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.lawful if self.lawful else 0.0

    def line(self) -> str:
        return (f"{self.category}: recall {self.recall:.1%} ({self.caught}/{self.unlawful}), "
                f"false alarms {self.false_alarm_rate:.1%} ({self.false_alarms}/{self.lawful})")


def read_lines(name: str) -> list[Line]:
    lines: list[Line] = []
    rows = (row for row in (CORPUS_DIR / name).read_text(encoding="utf-8").splitlines()
            if row.strip() and not row.startswith("#"))
    header = next(rows).split("\t")
    assert header == ["text", "category", "source"], f"{name}: unexpected header {header}"
    for row in rows:
        text, category, source = row.split("\t")
        lines.append(Line(text, category, source))
    return lines


def score(unlawful: Iterable[Line], lawful: Iterable[Line],
          check: Callable[[str], list[Finding]]) -> tuple[Score, dict[str, Score]]:
    """The overall score and one per category."""
    counts: dict[str, list[int]] = {}
    for line in unlawful:
        found = {finding.category for finding in check(line.text)}
        entry = counts.setdefault(line.category, [0, 0, 0, 0])
        entry[0] += 1
        entry[1] += line.category in found
    for line in lawful:
        entry = counts.setdefault(line.category, [0, 0, 0, 0])
        entry[2] += 1
        entry[3] += bool(check(line.text))
    per_category = {name: Score(name, *values) for name, values in sorted(counts.items())}
    total = Score("overall", *(sum(score.__dict__[field] for score in per_category.values())
                               for field in ("unlawful", "caught", "lawful", "false_alarms")))
    return total, per_category


def misses(unlawful: Iterable[Line], lawful: Iterable[Line],
           check: Callable[[str], list[Finding]]) -> list[str]:
    """Readable misses and false alarms, for assertion messages."""
    report = [f"missed [{line.category}] {line.text} -> {[(f.word, f.category) for f in check(line.text)]}"
              for line in unlawful if line.category not in {f.category for f in check(line.text)}]
    report += [f"false alarm [{line.category}] {line.text} -> {[(f.word, f.category) for f in check(line.text)]}"
               for line in lawful if check(line.text)]
    return report
