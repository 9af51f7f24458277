"""The official tables (81,407 + 5,242 rows), cleaned and validated once per change of what they depend on.

Cleaning the snapshots (``pipeline.reference.official``) and splitting the rows into valid and rejected ones
(``schemas.validation.split_valid``) take most of a small build, and give the same frames as long as the
snapshots, the missions catalog and the code that reads and validates them are the same. So the result is kept in
``<output>/.cache/official/<key>.pickle``, where the key hashes the files of ``<reference>/official/``, the
catalog's content hash, the code (``pipeline/reference/official.py``, this module, ``schemas/``) and the versions
of the libraries that read and check the rows. A build whose key is in the cache reads the frames back
(``reused``); any other builds them and replaces the entry. The cache lives in the output folder, under its
lock (``pipeline.locking``), like Dagster's stored values; an entry that cannot be read is built again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.paths import PROJECT_ROOT
from pipeline.reference.catalog import MissionCatalog
from pipeline.reference.official import OFFICIAL_DIR, OfficialFigures, load_official_figures
from pipeline.uptodate import hash_tree, library_versions
from schemas.validation import split_valid

KEY_VERSION = "1"
OFFICIAL_TABLES = {"official_contributions": "contributions", "mission_strength": "mission_strength"}
CODE = (PROJECT_ROOT / "pipeline" / "reference" / "official.py", Path(__file__).resolve())
CODE_DIRS = (PROJECT_ROOT / "schemas",)
LIBRARIES = ("pandas", "pandera", "numpy", "pyarrow", "pycountry")


@dataclass(frozen=True)
class ValidatedOfficial(OfficialFigures):
    """The official figures with each table already split by ``split_valid``: ``valid[name]``, ``rejected[name]``
    (``rejected_rows`` frames); ``reused`` when they were read back from the cache."""

    valid: dict[str, pd.DataFrame] = field(default_factory=dict)
    rejected: dict[str, pd.DataFrame] = field(default_factory=dict)
    key: str = ""
    reused: bool = False


def official_key(reference_dir: Path, catalog: MissionCatalog) -> str:
    """The hash of everything the validated official tables depend on."""
    digest = hashlib.sha256(f"pkdata-official-{KEY_VERSION}\0{library_versions(LIBRARIES)}\0".encode())
    digest.update(catalog.content_hash().encode())
    for path in CODE:
        digest.update(f"\0{path.name}\0".encode() + path.read_bytes())
    for folder in CODE_DIRS:
        hash_tree(digest, folder)
    hash_tree(digest, Path(reference_dir) / OFFICIAL_DIR)
    return digest.hexdigest()


def _build(reference_dir: Path, catalog: MissionCatalog, key: str) -> ValidatedOfficial:
    figures = load_official_figures(reference_dir, catalog)
    valid, rejected = {}, {}
    for name, attribute in OFFICIAL_TABLES.items():
        valid[name], rejected[name] = split_valid(name, getattr(figures, attribute))
    return ValidatedOfficial(figures.contributions, figures.mission_strength, figures.dropped, valid, rejected, key)


def _read(path: Path, key: str) -> ValidatedOfficial | None:
    try:
        with open(path, "rb") as fh:
            entry = pickle.load(fh)  # written by this module into the build's own output folder
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - a damaged or outdated entry is built again
        return None
    if not isinstance(entry, ValidatedOfficial) or entry.key != key:
        return None
    return entry


def _write(folder: Path, key: str, entry: ValidatedOfficial) -> None:
    """Write the entry atomically and remove the entries of other keys (one snapshot is in use at a time)."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(entry, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, folder / f"{key}.pickle")
    finally:
        Path(temporary).unlink(missing_ok=True)
    for other in folder.glob("*.pickle"):
        if other.stem != key:
            other.unlink(missing_ok=True)


def official_tables(reference_dir: Path, catalog: MissionCatalog, cache_dir: Path | None) -> ValidatedOfficial:
    """The validated official tables: from ``cache_dir`` when their inputs did not change, else built (and
    cached, when ``cache_dir`` is given)."""
    key = official_key(reference_dir, catalog)
    if cache_dir is not None:
        cached = _read(Path(cache_dir) / f"{key}.pickle", key)
        if cached is not None:
            return ValidatedOfficial(cached.contributions, cached.mission_strength, cached.dropped, cached.valid,
                                     cached.rejected, key, reused=True)
    entry = _build(Path(reference_dir), catalog, key)
    if cache_dir is not None:
        _write(Path(cache_dir), key, entry)
    return entry
