"""What the events need the prefilter to read beyond the peace-operations vocabulary.

A document that names a peace operation (a mission mention) is about one, and its annotators give a row to every
dated happening in it, the background too (guide E3: independence, coups, wars, massacres, agreements, a unit
dispatched). Those sentences hold no peace-operations word, so the prefilter's vocabulary skips them. In such a
document, a word of such a happening (``BACKGROUND``, lower case, matched at a word's start; ``BACKGROUND_WORDS``
as whole words) is a cue when a written year stands within ``REACH`` characters of it: the years there
(``years_near``) are cues, and their sentences are read closely. In a document that names no operation (most of a
news corpus) these words are no cues, and a year alone is never one (report text is full of them).

The words are found by the prefilter's one scan of the text (``document.cue_positions``), a year only near
them: a scan for years and a look for the words around each would cost the extraction some 15 %.
"""

from __future__ import annotations

import re

# The words that name the happenings: each one found in a real dev sentence the prefilter skipped (r2_010 r2_044
# r2_046 r4_006 r4_007 r4_013 r4_014 r4_031 r4_038 r5_038 r5_044 r4_039 r4_048).
BACKGROUND = (
    "independen", "referend", "coup", "genocide", "civil war", "massacre", "assassinat", "annex", "treaty", "broke out", "outbreak", "dispatch", "battle", "uprising", "ousted", "overthr",
    "admitted", "disbanded", "commenc", "ceased",
)
BACKGROUND_WORDS = ("war", "wars", "accord", "accords")
REACH = 160
_YEAR = re.compile(r"(?<![\w$€£/.,-])(?:1[89]|20)\d\d(?![\d%])")


def years_near(text: str, position: int) -> list[int]:
    """The offsets of the written years within ``REACH`` characters of ``position``."""
    return [m.start() for m in _YEAR.finditer(text, max(0, position - REACH), position + REACH)]
