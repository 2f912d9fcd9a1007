"""Advertising-law (广告法) check of cue scripts: built-in rules as data, the streamer's own words, one engine.

- rules.py: the rule data in resources/adlaw/ (categories, words, patterns, context exceptions) compiled once;
- normalize.py: folding of full-width, traditional, spaced-out and homophone spellings, keeping offsets;
- engine.py: the check itself, returning findings with level (违规/需核实), category, legal basis and a
  safer wording;
- wordlist.py: the streamer's own banned words and allowed phrases.
"""

from livehelper.domain.adlaw.engine import USER_CATEGORY, Checker, Finding, check_text, checker_for, default_wordlist
from livehelper.domain.adlaw.rules import Level, RuleDataError, RuleSet, build_rules, default_rules
from livehelper.domain.adlaw.wordlist import (
    ALLOWED,
    BANNED,
    WORDLIST_COLUMNS,
    BannedWord,
    WordList,
    WordListError,
    format_wordlist,
    merge_wordlists,
    parse_wordlist,
)

__all__ = [
    "ALLOWED", "BANNED", "USER_CATEGORY", "WORDLIST_COLUMNS", "BannedWord", "Checker", "Finding", "Level",
    "RuleDataError", "RuleSet", "WordList", "WordListError", "build_rules", "check_text", "checker_for",
    "default_rules", "default_wordlist", "format_wordlist", "merge_wordlists", "parse_wordlist",
]
