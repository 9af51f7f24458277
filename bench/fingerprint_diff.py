"""Two fingerprints (``bench/fingerprint.py``) compared with the rows' ``extractor`` values masked: the proof that a
change moved only the rule chains (a new extractor version) and nothing else.

    .venv/bin/python bench/fingerprint_diff.py /tmp/before.txt /tmp/after.txt

Prints how many lines differ as they are and with every extractor value masked, how many extractor values
differ (by the pair of versions, e.g. contributions.v22 -> contributions.v23), and the first lines that still
differ when masked. Exit status 1 when any line differs once masked.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

# ('extractor', 'contributions.v23:...') in the repr of a row: a repr'd string, in '...' (or "..." when it holds a
# quote), with backslash escapes ("status(are \\n currently serving)": a cue across a line break)
_EXTRACTOR = re.compile(r"""\('extractor', (?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\)""")


def _values(line: str) -> list[str]:
    return [m.group(0)[len("('extractor', ") + 1:-2] for m in _EXTRACTOR.finditer(line)]


def _version(value: str) -> str:
    return value.split(":", 1)[0]


def compare(before: Path, after: Path) -> tuple[int, int, Counter, list[tuple[str, str]]]:
    """(lines differing, lines differing once masked, extractor value changes by version pair, masked diffs)."""
    old, new = before.read_text(encoding="utf-8").splitlines(), after.read_text(encoding="utf-8").splitlines()
    if len(old) != len(new):
        raise SystemExit(f"the fingerprints have {len(old):,} and {len(new):,} lines: not the same documents")
    differing, masked_diffs, changes = 0, [], Counter()
    for a, b in zip(old, new):
        if a == b:
            continue
        differing += 1
        if _EXTRACTOR.sub("('extractor', *)", a) != _EXTRACTOR.sub("('extractor', *)", b):
            masked_diffs.append((a, b))
            continue
        for x, y in zip(_values(a), _values(b)):
            if x != y:
                changes[(_version(x), _version(y))] += 1
    return differing, len(masked_diffs), changes, masked_diffs


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("before", type=Path)
    p.add_argument("after", type=Path)
    args = p.parse_args()
    differing, masked, changes, diffs = compare(args.before, args.after)
    total = len(args.before.read_text(encoding="utf-8").splitlines())
    print(f"lines: {total:,}; differing: {differing:,}; differing with the extractor values masked: {masked:,}")
    for (x, y), n in sorted(changes.items()):
        print(f"  extractor values {x} -> {y}: {n:,}")
    for a, b in diffs[:5]:
        print(f"- {a[:300]}\n+ {b[:300]}")
    return 1 if masked else 0


if __name__ == "__main__":
    sys.exit(main())
