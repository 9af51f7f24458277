"""Near-duplicate documents: a syndicated wire story or a press release republished by other sites is one story.

Each document's text gets a MinHash signature of the word 5-grams of its beginning (``signature``, computed once
per document at extraction and cached with its rows). ``story_ids`` finds the pairs whose estimated Jaccard similarity is at
least ``THRESHOLD`` with MinHash LSH (the bands of datasketch's ``MinHashLSH``, computed with numpy over one matrix
of the signatures: candidate pairs in sub-quadratic time, then each pair checked on the full signatures), joins
them transitively, and names each story by its earliest published copy.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
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
# The bands that datasketch's MinHashLSH chooses for these (its ``_optimal_param``; a test checks them).
LSH_BANDS, LSH_ROWS = 30, 4
CHECK_PAIRS = 5_000
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
    are datasketch's, written out with numpy (the tests compare them).
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


def _band_candidates(matrix: np.ndarray) -> np.ndarray:
    """Row pairs ``i * n + j`` (``i < j``) whose signatures are equal on at least one LSH band, sorted."""
    n = len(matrix)
    found = [np.empty(0, dtype=np.int64)]
    for band in range(LSH_BANDS):
        _, inverse, counts = np.unique(matrix[:, band * LSH_ROWS:(band + 1) * LSH_ROWS], axis=0,
                                       return_inverse=True, return_counts=True)
        inverse = inverse.reshape(-1)
        shared = counts[inverse] > 1
        if not shared.any():
            continue
        rows = np.flatnonzero(shared)
        rows = rows[np.argsort(inverse[rows], kind="stable")]  # grouped by band value, each group in row order
        starts = np.flatnonzero(np.r_[True, inverse[rows][1:] != inverse[rows][:-1]])
        for group in np.split(rows, starts[1:]):
            a, b = np.triu_indices(len(group), 1)
            found.append(group[a].astype(np.int64) * n + group[b])
    return np.unique(np.concatenate(found))


def near_duplicate_pairs(signatures: Mapping[str, Sequence[int]],
                         threshold: float = THRESHOLD) -> list[tuple[str, str]]:
    """Pairs of document ids (sorted) whose estimated Jaccard similarity is at least ``threshold``.

    Beyond ``DIRECT_LIMIT`` documents, the pairs of datasketch's ``MinHashLSH`` (threshold
    ``CANDIDATE_THRESHOLD``, weights ``CANDIDATE_WEIGHTS``: ``LSH_BANDS`` bands of ``LSH_ROWS`` values) whose
    MinHash Jaccard estimate reaches ``threshold``, found with numpy over one matrix of the signatures instead of
    one MinHash object and index entry per document (a fraction of the memory; tests/test_reconcile.py compares
    the pairs with datasketch's)."""
    if len(signatures) < 2:
        return []
    if len(signatures) <= DIRECT_LIMIT:
        return _all_pairs(signatures, threshold)
    ids = sorted(signatures)
    matrix = np.array([signatures[i] for i in ids], dtype=np.uint64)
    n, pairs = len(ids), []
    candidates = _band_candidates(matrix)
    # Candidates checked a few thousand at a time: each holds two rows of the matrix while it is compared.
    for chunk in np.array_split(candidates, max(1, len(candidates) // CHECK_PAIRS)):
        first, second = chunk // n, chunk % n
        # datasketch's MinHash.jaccard: the share of equal values, in float64
        similar = np.count_nonzero(matrix[first] == matrix[second], axis=1) / np.float64(matrix.shape[1]) >= threshold
        pairs.extend((ids[i], ids[j]) for i, j in zip(first[similar].tolist(), second[similar].tolist()))
    return pairs


def story_ids(documents: Iterable[Mapping], signatures: Mapping[str, list[int]]) -> dict[str, str]:
    """doc_id -> story_id for every document: the doc_id of the story's earliest published copy (undated copies
    last, then the smallest doc_id), so the same corpus always gives the same ids."""
    order: dict[str, tuple] = {}
    for doc in documents:
        published = doc.get("published_date")
        order[doc["doc_id"]] = (published is None, published or date.min, doc["doc_id"])
    parent = {doc_id: doc_id for doc_id in order}
    for a, b in near_duplicate_pairs({k: v for k, v in signatures.items() if k in order and v is not None
                                      and len(v)}):
        ra, rb = _find(parent, a), _find(parent, b)
        if ra != rb:
            keep, other = sorted((ra, rb), key=order.__getitem__)
            parent[other] = keep
    return {doc_id: _find(parent, doc_id) for doc_id in order}
