"""The advertising-law check: speed on a 5,000-line script, and recall / false alarms on the labelled corpus.

Speed: the value checks a 5,000-line script (the corpus lines, cycled) with the shipped rules, as the CLI
and the editor do; the baseline is the plainest possible check of the same text in the same run — one
regular expression of the rules' literal words, no folding, no context. The budget keeps the check under
1 s on this 2-core machine (the baseline takes 0.05–0.1 s here, the check 0.3–0.5 s).

Accuracy: the miss rate (100 % − recall) and the false-alarm rate, in %, against the targets: per category
and overall on the tuning corpus (≤ 5 %), overall on the held-out corpus (tests/data/adlaw, never tuned on;
≤ 10 %, the acceptance target — its categories hold too few lines for a per-category figure). The ratio is
≤ 1 when on target.
"""

from __future__ import annotations

import re
import time
from functools import lru_cache

from bench._harness import Measurement, Settings, benchmark, compare

SCRIPT_LINES = 5000
CATEGORY_IDS = {"绝对化用语": "absolute", "疾病治疗预防": "disease", "保健功能": "health", "权威背书": "authority",
                "功效保证": "guarantee", "虚假紧迫诱导": "urgency", "封建迷信": "superstition", "贬低他人": "disparage",
                "需证实宣称": "proof"}


def _script() -> str:
    from tests.domain.adlaw_corpus import HELD_OUT, TUNING, read_lines

    lines = [line.text for name in (*TUNING, *HELD_OUT) for line in read_lines(name)]
    return "\n".join(lines[index % len(lines)] for index in range(SCRIPT_LINES))


@benchmark("adlaw_check_5000_lines", budget=10.0, unit="s")
def check_5000_lines(settings: Settings) -> Measurement:
    from livehelper.domain.adlaw import WordList, checker_for, default_rules

    script = _script()
    rules = default_rules()
    checker = checker_for(WordList())
    plain = re.compile("|".join(re.escape(word) for word in sorted(rules.words, key=len, reverse=True)))

    def value() -> float:
        start = time.perf_counter()
        checker.check(script)
        return time.perf_counter() - start

    def baseline() -> float:
        start = time.perf_counter()
        sum(1 for _ in plain.finditer(script))
        return time.perf_counter() - start

    return compare(value, baseline, settings)


@lru_cache(maxsize=2)
def _scores(held_out: bool):  # type: ignore[no-untyped-def]
    from livehelper.domain.adlaw import check_text
    from tests.domain.adlaw_corpus import HELD_OUT, TUNING, read_lines, score

    unlawful, lawful = (read_lines(name) for name in (HELD_OUT if held_out else TUNING))
    return score(unlawful, lawful, check_text)


def _register(corpus: str, held_out: bool, target: float, per_category: bool) -> None:
    def figure(category: str | None, kind: str) -> None:
        name = f"adlaw_{corpus}_{kind}_{CATEGORY_IDS[category] if category else 'overall'}"

        @benchmark(name, budget=1.0, unit="%")
        def measure(settings: Settings) -> Measurement:
            total, per_category = _scores(held_out)
            result = per_category[category] if category else total
            rate = (1 - result.recall) if kind == "misses" else result.false_alarm_rate
            return Measurement(round(rate * 100, 2), target * 100)

    for kind in ("misses", "false_alarms"):
        figure(None, kind)
        for category in CATEGORY_IDS if per_category else ():
            figure(category, kind)


_register("tuning", held_out=False, target=0.05, per_category=True)
_register("heldout", held_out=True, target=0.10, per_category=False)
