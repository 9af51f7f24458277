"""The event trigger cues as data: ``pipeline/extract/data/event_triggers.csv``, read once and validated.

Columns ``type,rule,pattern,note``. Each row is one alternative (a regular expression, matched case-insensitive
at a word that the sentence scan found) of the trigger rule ``rule``, which gives events of type ``type`` (an
event type of ``schemas.vocabularies.EVENT_TYPES``, or ``statement`` for a verb that dates a statement, not a
happening). Rows are in priority order: at one position the first rule wins ("took over command" is an
appointment before it is a handover), so a rule's rows must be contiguous. Rows of type ``fragment`` name a piece
of pattern that later rows use as ``@NAME@`` (``@SEND@`` for ``(?:send|deploy|contribute|provide)``), one copy
each.

Validation: the header, types in the vocabulary, one type per rule, contiguous rules, fragments defined before
use and used, patterns that compile and start with a literal stem of two letters at least (the stems anchor the
sentence scan), no pattern twice in a rule. A bad file raises ``LexiconError`` naming the line and what to
change.
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

from pipeline.extract.lexicon import DATA, LexiconError
from schemas.vocabularies import EVENT_TYPES

TRIGGERS_PATH = DATA / "event_triggers.csv"
COLUMNS = ("type", "rule", "pattern", "note")
TYPES = frozenset(EVENT_TYPES) | {"statement"}
_FRAGMENT = re.compile(r"@(\w+)@")
_STEM = re.compile(r"[a-z'-]*")


def stem(pattern: str) -> str:
    """The literal letters a trigger pattern starts with (two at least: they anchor the scan)."""
    found = _STEM.match(pattern).group()
    if len(found) < 2:
        raise ValueError(f"trigger branch without a literal stem: {pattern!r}")
    return found


def _expand(path: Path, line: int, pattern: str, fragments: dict[str, str], used: set[str]) -> str:
    def sub(m: re.Match) -> str:
        if m.group(1) not in fragments:
            raise LexiconError(f"{path.name} line {line}: fragment @{m.group(1)}@ is not defined above: add a "
                               f"'fragment' row before this line or correct the name")
        used.add(m.group(1))
        return fragments[m.group(1)]
    return _FRAGMENT.sub(sub, pattern)


def _check_pattern(path: Path, line: int, rule: str, pattern: str) -> None:
    try:
        re.compile(pattern, re.IGNORECASE)
        stem(pattern)
    except (re.error, ValueError) as e:
        raise LexiconError(f"{path.name} line {line}: the pattern of {rule!r} does not work ({e}): a pattern must "
                           f"compile and start with two literal lower-case letters") from None


@functools.cache
def load_triggers(path: Path = TRIGGERS_PATH) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """((type, rule, (expanded pattern, ...)), ...) in priority order; validated."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise LexiconError(f"{path.name}: the header must be {','.join(COLUMNS)}")
        rows = [(reader.line_num, row) for row in reader]
    fragments: dict[str, str] = {}
    used: set[str] = set()
    rules: dict[str, tuple[str, list[str]]] = {}
    for line, row in rows:
        kind, rule, pattern = row["type"], row["rule"], row["pattern"]
        if kind == "fragment":
            fragments[rule] = _expand(path, line, pattern, fragments, used)
            continue
        if kind not in TYPES:
            raise LexiconError(f"{path.name} line {line}: type {kind!r} is not an event type "
                               f"({', '.join(sorted(TYPES))})")
        if rule in rules and (rules[rule][0] != kind or rule != list(rules)[-1]):
            raise LexiconError(f"{path.name} line {line}: rule {rule!r} must keep one type and its rows together")
        expanded = _expand(path, line, pattern, fragments, used)
        _check_pattern(path, line, rule, expanded)
        branches = rules.setdefault(rule, (kind, []))[1]
        if expanded in branches:
            raise LexiconError(f"{path.name} line {line}: this pattern is already a branch of {rule!r}: remove one")
        branches.append(expanded)
    unused = sorted(set(fragments) - used)
    if unused:
        raise LexiconError(f"{path.name}: fragments that no pattern uses: {', '.join(unused)}")
    return tuple((kind, rule, tuple(branches)) for rule, (kind, branches) in rules.items())
