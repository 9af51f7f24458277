"""Sentence splitting for news articles and text extracted from PDF reports.

Hand-written rather than taken from a library (pysbd, nltk punkt, spaCy) for two reasons that are specific to
this corpus: PDF text layers wrap sentences over hard line breaks (even over blank lines) while news text puts one
paragraph per line, and report footnote markers stick to the closing punctuation ("the country.2 China...",
"(UNMISS).5 However"). The evidence of a row must keep those markers, as the annotation guide writes them. It is
also an order of magnitude faster than the libraries, which matters at corpus scale: one regex pass per block.

Every sentence is a span of the document text; ``evidence`` is that span with its leading bullet removed and its
white space folded, so that it reads as written.
"""

import re
from collections.abc import Iterator

from pipeline.extract.types import Sentence

# Abbreviations after which a full stop does not end a sentence (lower case, without their final dot).
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm brig cmdr cdr gov sen rep amb hon rev st mt ft
    jr sr no nos vol vols fig figs art para paras pp p cf al approx est dept univ inc co corp ltd bros assn
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    u.s u.n u.k e.g i.e a.m p.m vs etc""".split()
)

# A sentence ends at . ! ? (or an ellipsis), then optional closing quotes or brackets, then an optional
# footnote marker glued to it (digits or asterisks), then white space before something that can start a
# sentence: an upper-case letter, a digit, an opening quote or bracket.
_END = re.compile(
    r"(?P<punct>[.!?\u2026]+)(?P<close>[\"'\u201d\u2019)\]]*)(?P<note>\d{1,3}|\*{1,3})?"
    r"(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u00de])"
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_TERMINAL_LINE = re.compile(r"[.!?:\u2026][\"'\u201d\u2019)\]]*(?:\d{1,3}|\*{1,3})?\s*$")
# The characters a line that _TERMINAL_LINE matches can end with (before white space), besides the digits of
# any script (``\d``, ``str.isdecimal``).
_TERMINAL_LAST = frozenset(".!?:\u2026\"'\u201d\u2019)]*")
# Bullets and footnote stars that start a line; "o" and "-" only when followed by a space.
_BULLET = re.compile(r"^\s*(?:[\u2022\u25e6\u25aa\u25cf\u25cb\u25a0\u25a1\u2023\u2043\uf0b7\uf0a7\u00b7*]+|[o\-\u2013\u2014](?=\s))\s*")
_SPACES = re.compile(r"\s+")
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-\s*\n\s*(?=[a-z])")

# A line shorter than this fraction of the document's typical long line is a heading, a byline, a page number
# or the last line of a paragraph: a hard boundary.
_SHORT_LINE = 0.6


def fold_whitespace(text: str) -> str:
    """The text as a reader sees it: hyphenated line breaks joined, white space runs folded to one space."""
    if "\n" in text:  # a hyphenated line break needs a line break
        text = _HYPHEN_BREAK.sub("-", text)
    # str.split() and the regex's \s both split at Py_UNICODE_ISSPACE characters: the same as folding every
    # run to one space and stripping, in one C call.
    return " ".join(text.split())


def _typical_line_length(lengths: list[int]) -> float:
    """The 75th percentile of non-empty line lengths: the wrap width of a PDF, a paragraph of a news page."""
    if not lengths:
        return 0.0
    ordered = sorted(lengths)
    return float(ordered[(3 * (len(ordered) - 1)) // 4])


def short_line_limit(text: str) -> float:
    """Below this length (stripped) a line of ``text`` is short: a heading, a page number, a paragraph's end."""
    return _SHORT_LINE * _typical_line_length([n for n in map(len, map(str.strip, text.split("\n"))) if n])


def ends_block(line: str, next_line: str, blank_between: bool, short_limit: float) -> bool:
    """Whether a hard boundary follows the non-blank ``line`` when ``next_line`` is the next non-blank one.

    A blank line inside a sentence happens in PDF text ("the Gulf of \\n\\nAden"): it is a boundary only after a
    sentence end or a short line. A single line break is one when the next line starts anew.
    """
    return _ends_block(line, len(line.strip()), next_line, blank_between, short_limit)


def _ends_block(line: str, length: int, next_line: str, blank_between: bool, short_limit: float) -> bool:
    """:func:`ends_block` with the stripped length of ``line`` known."""
    # The cheap tests first, each deciding alone: a short line, then a bullet on the next line.
    if length < short_limit or _BULLET.match(next_line) is not None:
        return True
    # A sentence end at the end of the line: its last visible character is punctuation, a closing quote or
    # bracket, or a footnote marker; a line ending in a letter or a comma (most wrapped lines) needs no regex.
    last = line.rstrip()[-1:]
    if (last not in _TERMINAL_LAST and not last.isdecimal()) or _TERMINAL_LINE.search(line) is None:
        return False
    return blank_between or not next_line.lstrip()[:1].islower()


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Spans of text between hard boundaries (paragraph ends, headings, bullets)."""
    if "\n" not in text:  # one line: one block, when it is not blank
        if text.strip():
            yield 0, len(text)
        return
    lines: list[tuple[int, int, str, int, bool]] = []  # each non-blank line: start, end, text, stripped length,
    pos = 0                                            # blank lines before it
    blank = False
    for raw in text.split("\n"):
        end = pos + len(raw)
        length = len(raw.strip())
        if length:
            lines.append((pos, end, raw, length, blank))
            blank = False
        else:
            blank = True
        pos = end + 1
    if not lines:
        return
    # short_line_limit(text), from the lengths at hand
    limit = _SHORT_LINE * _typical_line_length([line[3] for line in lines])
    block_start = lines[0][0]
    for i in range(len(lines) - 1):
        _, e, raw, length, _ = lines[i]
        nxt = lines[i + 1]
        if _ends_block(raw, length, nxt[2], nxt[4], limit):
            yield block_start, e
            block_start = nxt[0]
    yield block_start, lines[-1][1]


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence spans of the block ``text[start:end]`` (searched in place: ``endpos`` ends the text for the
    regexes as the slice would)."""
    out = []
    sent_start = start
    for m in _END.finditer(text, start, end):
        punct, note = m.group("punct", "note")
        if punct == "." and note and len(note) == 3 and text[m.start() - 1:m.start()].isdigit():
            continue  # thousands grouped by a full stop: "more than 26.000 Austrian peacekeepers" (real dev r10_089)
        if punct == "." and not note:
            dot = m.start()
            word = _WORD_BEFORE.search(text, max(start, dot - 24), dot)
            if word:
                w = word.group(1)
                # Initials ("Jane A. Doe") and known abbreviations ("Gen.", "U.N.") do not end sentences.
                if (len(w) == 1 and w.isupper()) or w.lower().rstrip(".") in _ABBREVIATIONS:
                    continue
        out.append((sent_start, m.end()))
        sent_start = m.end()
    out.append((sent_start, end))
    return out


# Longest sentence the rules read: a run-on text is cut into pieces of at most this many characters (at the last
# semicolon, else comma, else space of the second half of each piece). The rules' work on a sentence grows faster
# than its length (each figure looks for its noun, country, mission and date across the sentence), so without a
# cap one long run-on sentence full of figures could take minutes; with it, a document's work grows linearly.
# The longest sentence of every annotated set is under 500 characters.
MAX_SENTENCE_CHARS = 1200
_CUT_AT = (re.compile(r";\s"), re.compile(r",\s"), re.compile(r"\s"))


def _cut_long(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` itself, or its pieces when it is longer than :data:`MAX_SENTENCE_CHARS`."""
    while end - start > MAX_SENTENCE_CHARS:
        low, high = start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS
        cut = high
        for pattern in _CUT_AT:
            last = None
            for last in pattern.finditer(text, low, high):
                pass
            if last is not None:
                cut = last.start() + 1
                break
        yield start, cut
        start = cut
    yield start, end


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Split a document's text into sentences, each a span of ``text`` with its evidence string.

    ``offset`` is added to every span: the text is a slice of a document that starts there. A sentence longer
    than :data:`MAX_SENTENCE_CHARS` comes as several pieces.
    """
    out: list[Sentence] = []
    bullet_match = _BULLET.match
    for block_start, block_end in _blocks(text):
        for span in _split_block(text, block_start, block_end):
            pieces = (span,) if span[1] - span[0] <= MAX_SENTENCE_CHARS else _cut_long(text, *span)
            for s, e in pieces:
                # white space and a leading bullet or footnote star trimmed off, the span cut out once
                span = text[s:e]
                bullet = bullet_match(span)
                if bullet:
                    s += bullet.end()
                    span = span[bullet.end():]
                stripped = span.strip()
                if stripped:
                    s += len(span) - len(span.lstrip())
                    s += offset
                    out.append(Sentence(len(out), s, s + len(stripped), fold_whitespace(stripped)))
    return out
