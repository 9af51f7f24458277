"""The prefix-tree regex of a vocabulary, and the fast scan for its words at word starts."""

import re

import pytest

from pipeline.extract.regex_trie import WordStartScanner, word_trie

BODY = word_trie(["troop", "un mission", "peacekeep"], ["un", "u.n", "police"])


@pytest.mark.parametrize("text, words", [
    ("un troops and police", ["un", "troop", "police"]),
    ("un mission in mali", ["un mission"]),
    ("under the unit", []),  # whole words only: "un" is no word of "under"
    ("u.n.troops", ["u.n", "troop"]),  # a match's last character may stand before the next word
    ("peacekeepers, peacekeeping", ["peacekeep", "peacekeep"]),
    ("policemen 5troops", []),
    ("", []),
])
def test_word_start_scanner_finds_the_words(text, words):
    assert [text[s:e] for s, e in WordStartScanner(BODY).spans(text)] == words


@pytest.mark.parametrize("text", [
    "un troops and police", "under un\ntroops", "(un)troop.police un", "xun un-un u.n.u.n. troop", "un",
])
def test_word_start_scanner_equals_the_lookbehind_pattern(text):
    expected = [m.span() for m in re.finditer(r"(?<![a-z0-9])" + BODY, text)]
    assert WordStartScanner(BODY).spans(text) == expected
