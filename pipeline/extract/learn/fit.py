"""Fitting the learned steps: multinomial logistic regression on binary features, by full-batch gradient descent
with Nesterov momentum and an L2 penalty, in numpy (imported here only: inference needs none of it).

Deterministic: the vocabulary is sorted, the start is zero, the number of iterations fixed, and the weights are
rounded (``DIGITS``) before they are written, so the same examples give the same file. The folds of the
cross-validation are by a hash of the document id (``fold_of``), so that a document's rows are never split
between training and scoring.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence

from pipeline.extract.learn.model import probabilities  # noqa: F401  (the trainer scores folds with it)

DIGITS = 4
L2 = 0.005
ITERATIONS = 1500
MIN_COUNT = 2  # a feature seen in fewer training rows is not used


def fold_of(doc_id: str, k: int) -> int:
    return int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:8], 16) % k


def fit(examples: Sequence[tuple[str, ...]], labels: Sequence[int], n_classes: int, l2: float = L2,
        iterations: int = ITERATIONS, min_count: int = MIN_COUNT) -> tuple[list[float], dict[str, list[float]]]:
    """Bias and weights per feature (each a list of ``n_classes`` numbers, rounded; features whose weights
    all round to zero are left out)."""
    import numpy as np

    counts = Counter(f for feats in examples for f in set(feats) if f != "bias")
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    n, d = len(examples), len(vocab) + 1  # the last column is the bias
    # The binary matrix as (row, column) pairs, row by row, each row ending with the bias column: sums by
    # ``reduceat`` and ``bincount``, in a fixed order (no BLAS: the same sums on any machine, any thread count).
    cells = [sorted({index[f] for f in feats if f in index}) + [d - 1] for feats in examples]
    cols = np.asarray([j for row in cells for j in row], dtype=np.int64)
    rows = np.repeat(np.arange(n), [len(row) for row in cells])
    starts = np.concatenate(([0], np.cumsum([len(row) for row in cells])[:-1])).astype(np.int64)
    y = np.zeros((n, n_classes))
    y[np.arange(n), np.asarray(labels, dtype=int)] = 1.0
    penalty = np.full((d, 1), l2)
    penalty[-1] = 0.0  # the bias is not penalised
    step = 1.0 / (0.5 * max(len(row) for row in cells) + l2)
    w = np.zeros((d, n_classes))
    velocity = np.zeros_like(w)
    for _ in range(iterations):
        ahead = w + 0.9 * velocity
        scores = np.add.reduceat(ahead[cols], starts, axis=0)
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        residual = (probs - y)[rows]
        grad = np.stack([np.bincount(cols, weights=residual[:, k], minlength=d) for k in range(n_classes)], axis=1)
        grad = grad / n + penalty * ahead
        velocity = 0.9 * velocity - step * grad
        w = w + velocity
    w = np.round(w, DIGITS) + 0.0  # + 0.0: no negative zeros in the file
    bias = [float(v) for v in w[-1]]
    weights = {f: [float(v) for v in w[i]] for f, i in index.items() if np.any(w[i] != 0)}
    return bias, weights
