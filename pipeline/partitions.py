"""The documents' partitions: a fixed number of shards, a document's shard a stable hash of its source name.

A document's partition is ``sha256(source_name) mod N_PARTITIONS`` (:func:`partition_of`), written as two digits
(``"00"`` ... ``"15"``). Why a hash shard of the name rather than the date a document was added:

- it is a pure function of the name, so it never changes and needs no record: a document changed or removed is
  found in its partition without knowing when it came, and the same folder gives the same partitions on any
  machine (a file's modification time, the only "date added" a folder holds, changes with a copy or a checkout;
  the manifest has no such column);
- the set of partitions is fixed (a ``StaticPartitionsDefinition``), so the Dagster catalog, the backfills and the
  readers of the shards never meet a new partition; by date, each day or month would add one for ever;
- the partitions stay about the same size (a hash spreads names evenly), so a backfill fans out into equal pieces
  of work; by date, a bulk import lands in one partition and the rest stay small.

What a hash shard costs: a new document re-extracts nothing but itself (the extraction cache), yet its whole
partition (1/16 of the corpus) is read back from the cache and written again; by date only the newest partition
would be. With 16 partitions that is some 12,500 documents at 200,000, a second or two.

Whether a partition must run again is decided by :func:`partition_inputs`: a hash of everything its rows depend
on (each document's cache key, which covers its bytes, manifest entry, the extractor version and the catalog, and
its manifest line), compared with the key the partition's shard folder was written from.

Pure Python: no Dagster here (``pipeline.assets.extraction`` turns :data:`PARTITION_KEYS` into the partitions
definition).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path

N_PARTITIONS = 16
PARTITION_KEYS = tuple(f"{i:02d}" for i in range(N_PARTITIONS))
KEY_FILE = "_inputs_key"  # in a partition's shard folder: the key it was written from
PARTITION_KEY_VERSION = "1"


def partition_of(source_name: str) -> str:
    """The partition of a document: the first 8 hex digits of the SHA-256 of its name (UTF-8), mod 16."""
    digest = hashlib.sha256(source_name.encode("utf-8", "surrogatepass")).hexdigest()
    return PARTITION_KEYS[int(digest[:8], 16) % N_PARTITIONS]


def by_partition(names: Iterable[str]) -> dict[str, list[int]]:
    """Every partition (all of them, the empty ones too) with the positions of the names that fall in it."""
    out: dict[str, list[int]] = {key: [] for key in PARTITION_KEYS}
    for i, name in enumerate(names):
        out[partition_of(name)].append(i)
    return out


def partition_inputs(parts: Sequence[tuple[str, str, int | None]], schema: str = "") -> str:
    """The key of one partition's inputs: its documents' (source name, cache key, manifest line), in order, and
    ``schema`` (what else the written rows depend on: the shards' columns)."""
    digest = hashlib.sha256(f"pkdata-partition-{PARTITION_KEY_VERSION}\0{schema}\0".encode())
    for name, key, line in parts:
        digest.update(f"{name}\x1f{key}\x1f{line}\x1e".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def stored_key(folder: Path) -> str | None:
    """The inputs key a partition's shard folder was written from; None when there is none (never written, or
    written with documents stopped by a bound, which the next build must try again)."""
    try:
        return (Path(folder) / KEY_FILE).read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def changed_partitions(keys: dict[str, str], root: Path) -> list[str]:
    """The partitions whose shard folder under ``root`` was not written from the inputs ``keys`` says."""
    return [p for p in PARTITION_KEYS if stored_key(Path(root) / p) != keys.get(p)]


def key_range(partitions: Sequence[str]) -> tuple[str, str] | None:
    """The first and last of ``partitions`` in partition order (what one Dagster run of a range covers)."""
    if not partitions:
        return None
    ordered = sorted(partitions, key=PARTITION_KEYS.index)
    return ordered[0], ordered[-1]
