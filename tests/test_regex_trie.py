"""The prefix-tree regex of a vocabulary, and the fast scan for its words at word starts."""

import re

import pytest

from pipeline.extract.regex_trie import WordBoundaryFinder, WordStartScanner, word_trie

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


# Alternatives that start with a word character (a letter or a digit), with named groups, as in the status cues.
GROUPED = r"(?:(?P<plan>will|plans? to)|(?P<year>(?:19|20)\d\d(?!\d))|(?P<sent>sent|send(?:s|ing)?))\b"


@pytest.mark.parametrize("text", [
    "", "will", "2013 will send", "Mali will send 2,000 troops in 2013.", "willsend sent,sent\nsends 1999x 1999",
    "\u00e9will \u00e0 will _sent (sent) 12013 plans to plan to", "x2013 -2013 sending",
])
def test_word_boundary_finder_equals_the_boundary_pattern(text):
    expected = [(m.start(), m.end(), m.lastgroup) for m in re.finditer(r"\b" + GROUPED, text)]
    found = WordBoundaryFinder(GROUPED).finditer(text)
    assert [(start, m.end(), m.lastgroup) for start, m in found] == expected
