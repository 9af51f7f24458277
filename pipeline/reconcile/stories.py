"""Near-duplicate documents: a syndicated wire story or a press release republished by other sites is one story.

Each document's text gets a MinHash signature of its word 5-grams (``signature``, computed once per document
at extraction and cached with its rows). ``story_ids`` finds the pairs whose estimated Jaccard similarity is at
least ``THRESHOLD`` with MinHash LSH (datasketch: candidate pairs in sub-quadratic time, then each pair checked
on the full signatures), joins them transitively, and names each story by its earliest published copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from datasketch import MinHash, MinHashLSH

# Bump when the signature changes: cached signatures of older versions are then recomputed.
SIGNATURE_VERSION = "minhash.v1"
NUM_PERM = 128
SEED = 1
SHINGLE_WORDS = 5
# Copies of one story differ by a headline, a dateline, a credit line or a footer; different stories on the same
# event share far less than 70 % of their 5-grams.
THRESHOLD = 0.7
# LSH finds candidate pairs with a lower threshold and weights that make missed pairs rarer than extra
# candidates: LSH at 0.7 itself misses a good share of pairs just above 0.7; each candidate is then checked on
# the full signatures against THRESHOLD.
CANDIDATE_THRESHOLD = 0.5
CANDIDATE_WEIGHTS = (0.2, 0.8)  # (false positives, false negatives)

_WORD = re.compile(r"\w+")
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED)


def shingles(text: str) -> set[bytes]:
    """The word 5-grams of a text (lower case, punctuation and white space ignored); the whole text when shorter."""
    words = _WORD.findall(text.lower())
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str | None) -> list[int] | None:
    """MinHash signature (``NUM_PERM`` integers) of a document's text; None for a text without words."""
    grams = shingles(text or "")
    if not grams:
        return None
    sketch = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_TEMPLATE.permutations, scheme=_TEMPLATE.scheme)
    sketch.update_batch(sorted(grams))
    return [int(v) for v in sketch.hashvalues]


def _sketch(values: list[int]) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=values, scheme=_TEMPLATE.scheme)


def _find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def near_duplicate_pairs(signatures: Mapping[str, list[int]], threshold: float = THRESHOLD) -> list[tuple[str, str]]:
    """Pairs of document ids (sorted) whose estimated Jaccard similarity is at least ``threshold``."""
    sketches = {doc_id: _sketch(values) for doc_id, values in sorted(signatures.items())}
    lsh = MinHashLSH(threshold=min(threshold, CANDIDATE_THRESHOLD), num_perm=NUM_PERM, weights=CANDIDATE_WEIGHTS)
    pairs = set()
    for doc_id, sketch in sketches.items():
        for other in lsh.query(sketch):
            if sketch.jaccard(sketches[other]) >= threshold:
                pairs.add((min(doc_id, other), max(doc_id, other)))
        lsh.insert(doc_id, sketch)
    return sorted(pairs)


def story_ids(documents: Iterable[Mapping], signatures: Mapping[str, list[int]]) -> dict[str, str]:
    """doc_id -> story_id for every document: the doc_id of the story's earliest published copy (undated copies
    last, then the smallest doc_id), so the same corpus always gives the same ids."""
    order: dict[str, tuple] = {}
    for doc in documents:
        published = doc.get("published_date")
        order[doc["doc_id"]] = (published is None, published or date.min, doc["doc_id"])
    parent = {doc_id: doc_id for doc_id in order}
    for a, b in near_duplicate_pairs({k: v for k, v in signatures.items() if k in order and v}):
        ra, rb = _find(parent, a), _find(parent, b)
        if ra != rb:
            keep, other = sorted((ra, rb), key=order.__getitem__)
            parent[other] = keep
    return {doc_id: _find(parent, doc_id) for doc_id in order}
