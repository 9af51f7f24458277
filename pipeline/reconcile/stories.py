"""Near-duplicate documents: a syndicated wire story or a press release republished by other sites is one story.

Each document's text gets a MinHash signature of the word 5-grams of its beginning (``signature``, computed once
per document at extraction and cached with its rows). ``story_ids`` finds the pairs whose estimated Jaccard similarity is at
least ``THRESHOLD`` with MinHash LSH (datasketch: candidate pairs in sub-quadratic time, then each pair checked
on the full signatures), joins them transitively, and names each story by its earliest published copy.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from datetime import date

import numpy as np

# Bump when the signature changes: cached signatures of older versions are then recomputed.
SIGNATURE_VERSION = "minhash.v2"
NUM_PERM = 128
SEED = 1
SHINGLE_WORDS = 5
# Copies of one story differ by a headline, a dateline, a credit line or a footer; different stories on the same
# event share far less than 70 % of their 5-grams.
THRESHOLD = 0.7
# Only the beginning of a long text is signed: copies of a story share their opening, and the cost of a signature
# then stays below half a millisecond per document however long it is (a report of 200 pages).
SIGNATURE_CHARS = 10_000
# LSH finds candidate pairs with a lower threshold and weights that make missed pairs rarer than extra
# candidates: LSH at 0.7 itself misses a good share of pairs just above 0.7; each candidate is then checked on
# the full signatures against THRESHOLD.
CANDIDATE_THRESHOLD = 0.5
CANDIDATE_WEIGHTS = (0.2, 0.8)  # (false positives, false negatives)
# Up to this many documents every pair is compared directly (the same estimate, on the same signatures): cheaper
# than starting an LSH index, whose import (scipy) alone costs over a second.
DIRECT_LIMIT = 300

_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant (golden ratio)
_LOW32 = np.uint64(0xFFFFFFFF)
_SPACE = np.zeros(256, dtype=bool)
_SPACE[list(b" \t\n\r\x0b\x0c")] = True
_MAX_WORD = 64  # bytes of a word that count towards its hash
_POWERS = np.cumprod(np.r_[np.uint64(1), np.full(_MAX_WORD - 1, _MULTIPLIER)].astype(np.uint64))  # M**k mod 2**64


def word_hashes(text: str) -> np.ndarray:
    """A 64-bit hash of each word (run of bytes between white space) of the lower-cased text, in text order."""
    data = np.frombuffer(text.lower().encode("utf-8"), dtype=np.uint8)
    index = np.flatnonzero(~_SPACE[data])
    if not index.size:
        return np.empty(0, dtype=np.uint64)
    starts = np.ones(index.size, dtype=bool)
    starts[1:] = index[1:] != index[:-1] + 1
    start_at = np.flatnonzero(starts)
    position = np.arange(index.size) - start_at[np.cumsum(starts) - 1]
    terms = (data[index].astype(np.uint64) + np.uint64(1)) * _POWERS[np.minimum(position, _MAX_WORD - 1)]
    return np.add.reduceat(terms, start_at)  # sums wrap modulo 2**64, as intended


def shingle_hashes(text: str) -> np.ndarray:
    """32-bit hashes of the distinct word 5-grams of a text (lower case; the whole text when shorter), sorted.

    Hand-written with numpy rather than datasketch's default (SHA-1 of each 5-gram, called from Python), which is
    slower than the whole extraction: words are hashed as polynomials of their bytes and 5-grams as polynomials of
    their words, all at once; datasketch mixes the values again (fmix) before its permutations. MinHash and LSH
    themselves are datasketch's.
    """
    words = word_hashes(text)
    if not words.size:
        return words
    width = min(SHINGLE_WORDS, words.size)
    n = words.size - width + 1
    grams = np.zeros(n, dtype=np.uint64)
    for k in range(width):
        grams = grams * _MULTIPLIER + words[k:k + n]  # wraps modulo 2**64, as intended
    return np.unique((grams ^ (grams >> np.uint64(32))) & _LOW32)


@functools.cache
def _template():
    """The MinHash every LSH sketch starts from (its permutations drawn once). The shingles arrive hashed
    (``shingle_hashes``): datasketch's hash function is then the identity. datasketch is imported here, not at
    the top: it imports scipy, which costs over a second of start-up to every process that merely imports
    this module."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int)


# datasketch's "affine32" MinHash (its default scheme) written out with numpy, so that signing a document does not
# import datasketch, and with it scipy (over half a second for a build that extracts one document): the same
# permutations drawn from the same seed, the same MurmurHash3 pre-mix, the same values
# (tests/test_reconcile.py compares them with datasketch's on many texts).
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


@functools.cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The ``NUM_PERM`` affine permutations ``h -> a * h + b`` (mod 2**32, ``a`` odd) of datasketch's MinHash
    with seed ``SEED``."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, element-wise (array arithmetic wraps modulo 2**32, as intended)."""
    s1, m1, s2, m2, s3 = _FMIX32
    hv = (hv ^ (hv >> s1)) * m1
    hv = (hv ^ (hv >> s2)) * m2
    return hv ^ (hv >> s3)


def signature(text: str | None) -> list[int] | None:
    """MinHash signature (``NUM_PERM`` integers) of the beginning of a document's text (``SIGNATURE_CHARS``);
    None for a text without words."""
    hashes = shingle_hashes((text or "")[:SIGNATURE_CHARS])
    if not hashes.size:
        return None
    a, b = _permutations()
    mixed = _fmix32(hashes.astype(np.uint32).reshape(-1, 1))
    return [int(v) for v in (mixed * a + b).min(axis=0)]


def _sketch(values: list[int]):
    from datasketch import MinHash

    template = _template()  # its permutations: drawing them again for every sketch is most of the cost
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=values, permutations=template.permutations,
                   scheme=template.scheme)


def _find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _all_pairs(signatures: Mapping[str, list[int]], threshold: float) -> list[tuple[str, str]]:
    """Every pair compared: the share of equal signature values is MinHash's Jaccard estimate."""
    ids = sorted(signatures)
    matrix = np.array([signatures[i] for i in ids], dtype=np.uint64)
    pairs = []
    for k in range(len(ids) - 1):
        similar = (matrix[k + 1:] == matrix[k]).mean(axis=1) >= threshold
        pairs.extend((ids[k], ids[k + 1 + j]) for j in np.flatnonzero(similar))
    return pairs


def near_duplicate_pairs(signatures: Mapping[str, list[int]], threshold: float = THRESHOLD) -> list[tuple[str, str]]:
    """Pairs of document ids (sorted) whose estimated Jaccard similarity is at least ``threshold``."""
    if len(signatures) < 2:
        return []
    if len(signatures) <= DIRECT_LIMIT:
        return _all_pairs(signatures, threshold)
    from datasketch import MinHashLSH

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
