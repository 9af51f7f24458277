"""Running the dataset unattended: a sensor on the documents folder and a daily schedule, both on ``build_dataset``.

The **sensor** (:data:`documents_sensor`) looks at the documents folder on every tick and requests a build when
a document was added, changed or removed, or when the manifest changed. It remembers what it saw: for every file
its size, modification time and content hash, for every manifest row a digest. A file whose size and
modification time did not change is not hashed again, so a tick over a large unchanged folder costs one ``stat``
per file; the manifest is parsed again only when its own bytes changed. The build it requests is the whole job,
over every partition of the extraction (one run: the partitions whose documents did not change are kept as they
are), and the extraction cache re-extracts only the documents whose bytes or manifest row changed, and the published tables
are rebuilt from the current folder, so removed documents disappear from them.

That memory is a JSON file per state under ``<output>/.cache/sensor/``, named by its digest; the sensor's cursor
holds the digest and a count of the runs requested. Dagster writes the cursor into every tick it records (one a
minute), so the cursor stays a few dozen bytes whatever the size of the folder; a state file that went missing
makes the next tick see every document as new and request one build, which the extraction cache makes cheap.

The **schedule** (:data:`daily_build`) rebuilds and publishes every day at 03:00 UTC, which also picks up what the
sensor does not watch (a new mission catalog, a new extractor version).

Both are off until turned on (in the UI, or ``dagster sensor start`` / ``dagster schedule start``), and both need
the Dagster daemon (``dagster dev`` runs one).
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import dagster as dg

from pipeline.ingest.manifest import MANIFEST_NAME, read_manifest
from pipeline.partitions import PARTITION_KEYS
from pipeline.settings import PipelineSettings

JOB_NAME = "build_dataset"
SENSOR_NAME = "documents_sensor"
SCHEDULE_NAME = "daily_build"
DAILY_CRON = "0 3 * * *"
CURSOR_VERSION = 2
STATE_DIR = Path(".cache") / "sensor"  # under the output folder
KEEP_STATES = 3  # state files kept: the cursor's, and a few before it in case a tick's cursor was not saved
TAG_PREFIX = "pkdata/"
MAX_TAG_CHARS = 200  # names listed in a tag, at most
# The job's extraction is partitioned (pipeline.partitions): both request every partition in one run, whose
# extraction keeps the partitions whose inputs did not change as they are.
EVERY_PARTITION = {"dagster/asset_partition_range_start": PARTITION_KEYS[0],
                   "dagster/asset_partition_range_end": PARTITION_KEYS[-1]}
_HASH_CHARS = 32  # hex digits kept of each SHA-256: plenty to tell versions apart, half the cursor size


@dataclass(frozen=True)
class FileState:
    """What the sensor knows of one file: size and modification time (to skip rehashing) and content hash."""

    size: int
    mtime_ns: int
    sha256: str


@dataclass
class FolderState:
    """The documents folder as the sensor saw it: files by relative path, the manifest, and its rows."""

    files: dict[str, FileState] = field(default_factory=dict)
    manifest: FileState | None = None
    rows: dict[str, tuple[str | None, str]] = field(default_factory=dict)  # source_name -> (file, row digest)

    def documents(self) -> dict[str, str]:
        """A digest per document, by the name the inventory gives it: content hash and manifest row together.

        A manifest row names its file (or the one file of its stem); any other file is named by its stem. A row
        whose file is missing is a document too (the build records it as an error).
        """
        by_stem: dict[str, list[str]] = {}
        for rel in self.files:
            by_stem.setdefault(PurePosixPath(rel).stem, []).append(rel)
        claimed: set[str] = set()
        docs: dict[str, str] = {}
        for name, (file, row_digest) in sorted(self.rows.items()):
            if file is None:
                matches = by_stem.get(name, [])
                rel = matches[0] if len(matches) == 1 else None
            else:
                rel = posixpath.normpath(file)
            state = self.files.get(rel) if rel is not None else None
            if state is not None:
                claimed.add(rel)
            docs[name] = _digest(state.sha256 if state else "missing", row_digest)
        for rel, state in self.files.items():
            if rel not in claimed:
                name = PurePosixPath(rel).stem
                docs[name if name not in docs else rel] = _digest(state.sha256, "")
        return dict(sorted(docs.items()))

    def digest(self) -> str:
        """One digest of the whole folder: documents and manifest bytes."""
        manifest = self.manifest.sha256 if self.manifest else ""
        return _digest(json.dumps(self.documents(), sort_keys=True), manifest)[:16]

    def to_json(self) -> dict:
        return {
            "files": {rel: [s.size, s.mtime_ns, s.sha256] for rel, s in sorted(self.files.items())},
            "manifest": [self.manifest.size, self.manifest.mtime_ns, self.manifest.sha256] if self.manifest else None,
            "rows": {name: list(v) for name, v in sorted(self.rows.items())},
        }

    @classmethod
    def from_json(cls, data: dict) -> FolderState:
        return cls(
            files={rel: FileState(*v) for rel, v in data.get("files", {}).items()},
            manifest=FileState(*data["manifest"]) if data.get("manifest") else None,
            rows={name: (v[0], v[1]) for name, v in data.get("rows", {}).items()},
        )


@dataclass(frozen=True)
class Changes:
    """What changed between two states of the folder, by document name, in name order."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    manifest_changed: bool = False

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.manifest_changed)

    def summary(self) -> str:
        parts = [f"{len(self.added)} added", f"{len(self.changed)} changed", f"{len(self.removed)} removed"]
        if self.manifest_changed:
            parts.append("manifest changed")
        return ", ".join(parts)


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:_HASH_CHARS]


def _hash_file(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()[:_HASH_CHARS]


def _walk(documents_dir: Path) -> dict[str, os.stat_result]:
    """Files of the folder by relative POSIX path, as the inventory walks it: hidden names, the manifest and
    symlinked folders left out."""
    found: dict[str, os.stat_result] = {}
    for dirpath, dirnames, filenames in os.walk(documents_dir):
        here = Path(dirpath)
        rel_dir = here.relative_to(documents_dir).as_posix()
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not (here / d).is_symlink())
        for name in filenames:
            rel = posixpath.normpath(posixpath.join(rel_dir, name))
            if name.startswith(".") or rel == MANIFEST_NAME:
                continue
            try:
                found[rel] = os.stat(here / name)
            except OSError:
                continue  # vanished between listing and stat: seen on the next tick
    return found


def _same(state: FileState | None, st: os.stat_result) -> bool:
    return state is not None and state.size == st.st_size and state.mtime_ns == st.st_mtime_ns


def scan_folder(documents_dir: Path, previous: FolderState | None = None) -> FolderState:
    """The current state of ``documents_dir``, rehashing only files whose size or modification time changed."""
    documents_dir = Path(documents_dir)
    previous = previous or FolderState()
    files: dict[str, FileState] = {}
    for rel, st in sorted(_walk(documents_dir).items()):
        old = previous.files.get(rel)
        if _same(old, st):
            files[rel] = old
            continue
        try:
            files[rel] = FileState(st.st_size, st.st_mtime_ns, _hash_file(documents_dir / rel))
        except OSError:
            continue
    manifest, rows = None, {}
    manifest_path = documents_dir / MANIFEST_NAME
    try:
        st = os.stat(manifest_path)
    except OSError:
        st = None
    if st is not None:
        if _same(previous.manifest, st):
            manifest, rows = previous.manifest, dict(previous.rows)
        else:
            manifest = FileState(st.st_size, st.st_mtime_ns, _hash_file(manifest_path))
            if previous.manifest is not None and manifest.sha256 == previous.manifest.sha256:
                rows = dict(previous.rows)  # touched, not changed
            else:
                entries, _ = read_manifest(manifest_path)
                for e in entries:
                    # The line a row stands on is left out: moving a row changes no document's content.
                    fields = {k: v for k, v in sorted(vars(e).items()) if k != "line"}
                    rows[e.source_name] = (e.file, _digest(repr(fields)))
    return FolderState(files, manifest, rows)


def compare(previous: FolderState | None, current: FolderState) -> Changes:
    """Documents added, changed and removed from ``previous`` to ``current`` (everything is new without one)."""
    before = previous.documents() if previous is not None else {}
    after = current.documents()
    old_manifest = previous.manifest.sha256 if previous is not None and previous.manifest else None
    new_manifest = current.manifest.sha256 if current.manifest else None
    return Changes(
        added=tuple(n for n in after if n not in before),
        changed=tuple(n for n in after if n in before and before[n] != after[n]),
        removed=tuple(n for n in before if n not in after),
        manifest_changed=old_manifest != new_manifest,
    )


def state_folder(settings: PipelineSettings) -> Path:
    return Path(settings.output_dir) / STATE_DIR


def save_state(state: FolderState, folder: Path) -> str:
    """Write ``state`` to ``folder`` (atomically, named by its digest) and drop all but the newest
    :data:`KEEP_STATES` state files; returns the digest."""
    data = json.dumps(state.to_json(), separators=(",", ":"), sort_keys=True)
    digest = hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"state-{digest}.json"
    if not target.exists():
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
        os.replace(tmp, target)
    else:
        os.utime(target)  # the newest again
    states = sorted(folder.glob("state-*.json"), key=lambda p: (p.stat().st_mtime_ns, p.name), reverse=True)
    for old in states[KEEP_STATES:]:
        if old != target:
            old.unlink(missing_ok=True)
    return digest


def load_state(folder: Path, digest: str | None) -> FolderState | None:
    """The state saved under ``digest``; None when there is none or it cannot be read."""
    if not digest:
        return None
    try:
        return FolderState.from_json(json.loads((folder / f"state-{digest}.json").read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def encode_cursor(digest: str, runs: int) -> str:
    return json.dumps({"version": CURSOR_VERSION, "runs": runs, "state": digest}, sort_keys=True)


def decode_cursor(cursor: str | None) -> tuple[str | None, int]:
    """The state digest and run count of a cursor; (None, 0) for no cursor or one of another version."""
    if not cursor:
        return None, 0
    try:
        data = json.loads(cursor)
        if data.get("version") != CURSOR_VERSION:
            return None, 0
        return str(data["state"]), int(data.get("runs", 0))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None, 0


def _names(names: tuple[str, ...]) -> str:
    """Names for a tag, cut to :data:`MAX_TAG_CHARS` with a count of the rest."""
    out, used = [], 0
    for i, name in enumerate(names):
        if used + len(name) + 1 > MAX_TAG_CHARS:
            out.append(f"... (+{len(names) - i})")
            break
        out.append(name)
        used += len(name) + 1
    return " ".join(out)


def run_request_for(changes: Changes, state: FolderState, runs: int) -> dg.RunRequest:
    """The build request for a change: a run key unique to this change, tags that say what changed."""
    tags = {
        f"{TAG_PREFIX}trigger": "documents",
        f"{TAG_PREFIX}added": str(len(changes.added)),
        f"{TAG_PREFIX}changed": str(len(changes.changed)),
        f"{TAG_PREFIX}removed": str(len(changes.removed)),
        f"{TAG_PREFIX}manifest_changed": str(changes.manifest_changed).lower(),
    }
    for kind in ("added", "changed", "removed"):
        names = getattr(changes, kind)
        if names:
            tags[f"{TAG_PREFIX}{kind}_names"] = _names(names)
    # The state digest alone could repeat (a document removed, then put back): the run count keeps keys unique.
    return dg.RunRequest(run_key=f"documents-{runs + 1}-{state.digest()}", job_name=JOB_NAME,
                         tags={**tags, **EVERY_PARTITION})


@dg.sensor(name=SENSOR_NAME, job_name=JOB_NAME, minimum_interval_seconds=60,
           default_status=dg.DefaultSensorStatus.STOPPED,
           description="Requests a build when documents are added, changed or removed, or the manifest changes.")
def documents_sensor(context: dg.SensorEvaluationContext, settings: PipelineSettings):
    documents_dir = Path(settings.documents_dir)
    if not documents_dir.is_dir():
        return dg.SkipReason(f"documents folder not found: {documents_dir}")
    digest, runs = decode_cursor(context.cursor)
    folder = state_folder(settings)
    previous = load_state(folder, digest)
    current = scan_folder(documents_dir, previous)
    changes = compare(previous, current)
    new_digest = save_state(current, folder) if current != previous else digest
    if not changes:
        if new_digest != digest:
            context.update_cursor(encode_cursor(new_digest, runs))  # touched files: new modification times
        return dg.SkipReason(f"no change in {documents_dir} ({len(current.files)} files)")
    context.log.info(f"documents changed: {changes.summary()}")
    context.update_cursor(encode_cursor(new_digest, runs + 1))
    return run_request_for(changes, current, runs)


@dg.schedule(name=SCHEDULE_NAME, cron_schedule=DAILY_CRON, execution_timezone="UTC", job_name=JOB_NAME,
             default_status=dg.DefaultScheduleStatus.STOPPED,
             description="Rebuilds and publishes the dataset every day at 03:00 UTC.")
def daily_build(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    # A function, not fixed tags: a schedule's own tags may not name the partition range (a system tag).
    return dg.RunRequest(tags={f"{TAG_PREFIX}trigger": "schedule", **EVERY_PARTITION})


SENSORS = [documents_sensor]
SCHEDULES = [daily_build]
