"""The learned steps applied to a document's contribution rows, from the model file ``pkdata train`` writes.

The file (``data/contribution_model.json``) holds one or more *steps*, each a logistic regression on the binary
features of ``features.row_features``:

* ``status``: a multinomial model over the statuses; where its most likely status differs from the rules' and its
  probability is at least the step's ``threshold``, the row takes it and its ``extractor`` chain ends with
  ``+status(model)``;
* ``keep``: a binary model (classes ``drop``, ``keep``); a row whose probability of being right is below the
  step's ``threshold`` is dropped (``trace`` notes ``keep(model)``).

A file that does not validate (format, feature version, classes, weights of the wrong length, a threshold out of
[0, 1], an unknown step) raises ``ModelError`` naming the file and what is wrong. Inference is pure Python: a sum
of the weights of the row's features per class, then a softmax. Deterministic; nothing is downloaded.

``recording()`` switches the steps off and collects each row's features instead, for the trainer
(``pipeline.training``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import json
import math
from collections.abc import Iterator, Sequence
from pathlib import Path

from pipeline.extract import trace
from pipeline.extract.learn.features import FEATURES_VERSION, row_features
from pipeline.extract.types import Contribution, DateMention, DocumentContext, MissionMention
from pipeline.extract.version import LEARNED_MODEL
from schemas.vocabularies import STATUSES

MODEL_PATH = LEARNED_MODEL
FORMAT = "pkdata-contribution-model/1"
STEPS = ("status", "keep")
_KEEP_CLASSES = ("drop", "keep")


class ModelError(ValueError):
    """A model file that does not validate."""


@dataclasses.dataclass(frozen=True)
class Step:
    name: str
    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float

    def probabilities(self, feats: Sequence[str]) -> list[float]:
        return probabilities(self.bias, self.weights, feats)


def probabilities(bias: Sequence[float], weights: dict[str, Sequence[float]], feats: Sequence[str]) -> list[float]:
    """The softmax of the bias plus the weights of the features present, per class (the trainer scores folds with
    weights not yet in a file through this same function)."""
    scores = list(bias)
    for f in feats:
        w = weights.get(f)
        if w is not None:
            scores = [s + x for s, x in zip(scores, w)]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def _fail(path: Path, message: str) -> ModelError:
    return ModelError(f"{path}: {message} (regenerate it with `pkdata train`)")


def _step(path: Path, name: str, raw: dict) -> Step:
    if name not in STEPS:
        raise _fail(path, f"unknown step {name!r}; known: {', '.join(STEPS)}")
    classes = tuple(raw.get("classes") or ())
    expected = _KEEP_CLASSES if name == "keep" else None
    if not classes or (expected and classes != expected) or \
            (name == "status" and not set(classes) <= set(STATUSES)) or len(set(classes)) != len(classes):
        raise _fail(path, f"step {name!r}: classes {list(classes)} are not valid")
    threshold = raw.get("threshold")
    if not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise _fail(path, f"step {name!r}: threshold {threshold!r} is not a number in [0, 1]")
    bias = raw.get("bias")
    weights = raw.get("weights")
    if not isinstance(bias, list) or len(bias) != len(classes) or not isinstance(weights, dict):
        raise _fail(path, f"step {name!r}: bias or weights missing or of the wrong length")
    bad = next((f for f, w in weights.items() if not isinstance(w, list) or len(w) != len(classes)), None)
    if bad is not None:
        raise _fail(path, f"step {name!r}: the weights of feature {bad!r} are not {len(classes)} numbers")
    return Step(name, classes, tuple(float(b) for b in bias),
                {f: tuple(float(x) for x in w) for f, w in weights.items()}, float(threshold))


def read_model(path: Path) -> dict[str, Step]:
    """The steps of a model file, validated; an empty dict when the file does not exist."""
    path = Path(path)
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise _fail(path, f"not JSON ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _fail(path, f"format is not {FORMAT!r}")
    if data.get("features") != FEATURES_VERSION:
        raise _fail(path, f"features {data.get('features')!r}, the code computes {FEATURES_VERSION!r}")
    steps = data.get("steps")
    if not isinstance(steps, dict):
        raise _fail(path, "no steps")
    return {name: _step(path, name, raw) for name, raw in sorted(steps.items())}


@functools.lru_cache(maxsize=4)
def _cached(path: str) -> dict[str, Step]:
    return read_model(Path(path))


def shipped_steps() -> dict[str, Step]:
    return _cached(str(MODEL_PATH))


_RECORDER: list | None = None


@contextlib.contextmanager
def recording() -> Iterator[list]:
    """Within this block the learned steps are off and ``apply`` appends (doc id, row, features) to the list."""
    global _RECORDER
    previous, _RECORDER = _RECORDER, []
    try:
        yield _RECORDER
    finally:
        _RECORDER = previous


def _in_sentence(mentions: Sequence, c: Contribution) -> list:
    return [m for m in mentions if c.sentence.start <= m.start < c.sentence.end]


def apply(rows: list[Contribution], text: str, missions: Sequence[MissionMention], dates: Sequence[DateMention],
          ctx: DocumentContext, steps: dict[str, Step] | None = None) -> list[Contribution]:
    """The rows after the learned steps (``steps``: the shipped model's by default)."""
    steps = shipped_steps() if steps is None else steps
    if not rows or (not steps and _RECORDER is None):
        return rows
    out = []
    for c in rows:
        feats = row_features(text, c, ctx, _in_sentence(missions, c), _in_sentence(dates, c))
        if _RECORDER is not None:
            _RECORDER.append((ctx.doc_id, c, feats))
            out.append(c)
            continue
        c = _apply_steps(steps, c, feats)
        if c is not None:
            out.append(c)
    return out


def _apply_steps(steps: dict[str, Step], c: Contribution, feats: tuple[str, ...]) -> Contribution | None:
    status_step = steps.get("status")
    if status_step is not None:
        probs = status_step.probabilities(feats)
        best = max(range(len(probs)), key=probs.__getitem__)
        label = status_step.classes[best]
        if label != c.status and probs[best] >= status_step.threshold:
            c = dataclasses.replace(c, status=label, extractor=c.extractor + "+status(model)")
    keep_step = steps.get("keep")
    if keep_step is not None and keep_step.probabilities(feats)[1] < keep_step.threshold:
        trace.note("contributions", "veto", "keep(model)", pos=c.quantity.start)
        return None
    return c
