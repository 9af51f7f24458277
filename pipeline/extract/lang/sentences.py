"""Sentences of a text not in English. The English splitter (``pipeline.extract.sentences``) cuts inside figures
grouped by a dot ("rund 11.800 Soldaten und 1.000 UN-Zivilangestellte", r8_077), after German ordinal days ("am
22. September 2003", r9_048) and after abbreviations ("ok. 300 żołnierzy", "b. Jugosławii", r8_072). Here a
sentence ends at a full stop, question or exclamation mark followed by space and a capital letter (or a quote),
unless the word before the stop is a number of one or two digits or a word of at most three letters; at a blank
line (unless the sentence goes on in lower case after it); before a bullet ("•", "- " at a line start); and after a short line without a stop (a heading) followed by
a capitalised line.
"""

from __future__ import annotations

import re

from pipeline.extract.types import Sentence

_END = re.compile(r"[.!?][\"”»)]?(?:\[\d+\])*(?=\s+[\"„«“(]?[A-ZÀ-ÝĄĆĘŁŃÓŚŹŻ0-9])")
_ABBREVIATION = re.compile(r"(?<![\w.])(?:\d{1,2}|[^\W\d]{1,3})\.$")
_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*(?:•|-\s|\u2022))|•")
_HEADING_CHARS = 60


def _cuts(text: str) -> list[int]:
    cuts = {0, len(text)}
    for m in _END.finditer(text):
        if not _ABBREVIATION.search(text, max(0, m.start() - 6), m.start() + 1):
            cuts.add(m.end())
    for m in _BREAK.finditer(text):
        if m.group() != "•" and text[m.end():m.end() + 1].islower() and \
                not text[:m.start()].rstrip().endswith((".", "!", "?", ":")):
            continue  # a paragraph break inside a sentence: "desde 2004 o Brasil exerce\n\no comando" (r8_102)
        cuts.add(m.start() if m.group() == "•" else m.end())
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        nxt = text[end + 1:end + 2]
        if line.strip() and len(line.strip()) < _HEADING_CHARS and not line.rstrip().endswith((".", ",", ";", ":")) \
                and nxt[:1].isupper():
            cuts.add(end)
        pos = end + 1
    return sorted(cuts)


def split(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    cuts = _cuts(text)
    for a, b in zip(cuts, cuts[1:]):
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip(" \t\n•-"))
        start, end = a + lead, a + len(chunk.rstrip())
        if end > start:
            out.append(Sentence(len(out), start, end, " ".join(text[start:end].split())))
    return out
