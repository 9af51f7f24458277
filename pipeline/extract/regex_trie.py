"""A regex alternation of words factored by common prefix: the fast way to match a vocabulary with ``re``.

Python's ``re`` tries the alternatives of ``a|b|c`` one by one at every position; written as a prefix tree, a
failing position fails on its first character, which keeps scans of text made mostly of words fast.
"""

import re
from collections.abc import Iterable


def word_trie(words: Iterable[str]) -> str:
    r"""A regex (without groups) matching exactly any of ``words``; a space in a phrase matches ``\s+``.

    At each node longer continuations are tried before stopping, so the longest word wins at a position.
    """
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)
