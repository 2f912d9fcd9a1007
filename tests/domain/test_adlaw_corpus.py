"""Recall and false alarms of the built-in rules on the labelled corpus (tests/data/adlaw, see SOURCES.md).

The tuning corpus must reach recall ≥ 95 % and false alarms ≤ 5 %, overall and in every category. The
held-out corpus was written with it but never used to tune the rules; it stands in for the acceptance
corpus, whose targets are recall ≥ 90 % and false alarms ≤ 10 %.
"""

import pytest

from livehelper.domain.adlaw import check_text, default_rules
from tests.domain.adlaw_corpus import HELD_OUT, TUNING, misses, read_lines, score

UNLAWFUL, LAWFUL = (read_lines(name) for name in TUNING)
HELD_UNLAWFUL, HELD_LAWFUL = (read_lines(name) for name in HELD_OUT)


def test_the_corpus_is_big_enough_and_covers_every_category():
    assert len(UNLAWFUL) >= 300 and len(LAWFUL) >= 150
    categories = set(default_rules().categories)
    assert {line.category for line in UNLAWFUL} == categories
    assert {line.category for line in LAWFUL} == categories
    assert all(line.source for line in (*UNLAWFUL, *LAWFUL, *HELD_UNLAWFUL, *HELD_LAWFUL))


def test_held_out_lines_are_not_in_the_tuning_corpus():
    tuning = {line.text for line in (*UNLAWFUL, *LAWFUL)}
    assert not tuning & {line.text for line in (*HELD_UNLAWFUL, *HELD_LAWFUL)}


def test_tuning_corpus_overall():
    total, _ = score(UNLAWFUL, LAWFUL, check_text)
    report = "\n".join(misses(UNLAWFUL, LAWFUL, check_text))
    assert total.recall >= 0.95, report
    assert total.false_alarm_rate <= 0.05, report


@pytest.mark.parametrize("category", default_rules().categories)
def test_tuning_corpus_per_category(category):
    _, per_category = score(UNLAWFUL, LAWFUL, check_text)
    result = per_category[category]
    report = "\n".join(line for line in misses(UNLAWFUL, LAWFUL, check_text) if f"[{category}]" in line)
    assert result.recall >= 0.95, report
    assert result.false_alarm_rate <= 0.05, report


def test_held_out_corpus_meets_the_acceptance_targets():
    total, _ = score(HELD_UNLAWFUL, HELD_LAWFUL, check_text)
    report = "\n".join(misses(HELD_UNLAWFUL, HELD_LAWFUL, check_text))
    assert total.recall >= 0.90, report
    assert total.false_alarm_rate <= 0.10, report
