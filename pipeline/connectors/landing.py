"""Where fetched documents land: a file in ``<documents>/<connector>/`` and a row in the folder's manifest.

Both writes are atomic (a temporary file, then ``os.replace``), the file first: a crash between the two leaves a
file without a manifest row, which the pipeline still ingests (named by its stem) and the next fetch completes,
never a manifest row naming a missing file. A document whose URL the manifest already lists is not added again,
whichever connector (or person) added it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.ingest.manifest import COLUMNS, MANIFEST_NAME

STATE_FOLDER = ".connectors"  # hidden: the inventory and the sensor skip it
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass
class FetchReport:
    """What one connector run did, for the asset's metadata and the log."""

    connector: str
    added: list[str] = field(default_factory=list)  # source_names written
    skipped: list[str] = field(default_factory=list)  # "<id>: reason" of items not written (known, malformed)
    requests: int = 0
    cursor: str | None = None

    def metadata(self) -> dict:
        return {"added": len(self.added), "skipped": len(self.skipped), "requests": self.requests,
                "cursor": self.cursor or "", "added_names": ", ".join(self.added[:20]),
                "skipped_reasons": "; ".join(self.skipped[:20])}


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old bytes or the new ones, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def slug(text: str, limit: int = 48) -> str:
    """A file-name-safe lower-case slug of ``text`` (ASCII letters and digits joined by dashes)."""
    return _SLUG.sub("-", text.lower()).strip("-")[:limit].rstrip("-") or "document"


class DocumentSink:
    """Adds fetched documents, with their manifest rows, to one documents folder; keeps connector state there."""

    def __init__(self, documents_dir: Path) -> None:
        self.documents_dir = Path(documents_dir)
        self.manifest = self.documents_dir / MANIFEST_NAME
        self._urls: set[str] | None = None

    # --- state -------------------------------------------------------------------------------------------------
    def state_path(self, connector: str) -> Path:
        return self.documents_dir / STATE_FOLDER / f"{connector}.json"

    def load_state(self, connector: str) -> dict:
        """The connector's remembered state; ``{}`` when it never ran or its state file is unreadable."""
        try:
            state = json.loads(self.state_path(connector).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return state if isinstance(state, dict) else {}

    def save_state(self, connector: str, state: dict) -> None:
        data = json.dumps(state, indent=1, sort_keys=True, ensure_ascii=False).encode()
        atomic_write(self.state_path(connector), data + b"\n")

    # --- documents ---------------------------------------------------------------------------------------------
    def known_urls(self) -> set[str]:
        """URLs the manifest lists already (read once per sink)."""
        if self._urls is None:
            self._urls = {row.get("url", "").strip() for row in self._rows()[1] if row.get("url")}
        return self._urls

    def _rows(self) -> tuple[list[str], list[dict]]:
        try:
            text = self.manifest.read_text(encoding="utf-8-sig")
        except OSError:
            return list(COLUMNS) + ["license"], []
        reader = csv.DictReader(io.StringIO(text))
        return list(reader.fieldnames or COLUMNS), list(reader)

    def add(self, connector: str, key: str, title: str, content: bytes, suffix: str, row: dict) -> str | None:
        """Write one document and its manifest row; its source_name, or None when its URL is known already.

        ``key`` is the item's stable id at its source (it makes the name unique and stable); ``row`` gives the
        manifest fields (url, publisher, published_date, date_precision, language, notes, license).
        """
        url = (row.get("url") or "").strip()
        if url and url in self.known_urls():
            return None
        digest = hashlib.sha256(f"{connector}:{key}".encode()).hexdigest()[:10]
        source_name = f"{connector}_{slug(title, 40)}_{digest}"
        rel = f"{connector}/{source_name}{suffix}"
        atomic_write(self.documents_dir / rel, content)
        self._append_row({**row, "source_name": source_name, "file": rel, "title": title})
        if url:
            self.known_urls().add(url)
        return source_name

    def _append_row(self, row: dict) -> None:
        header, _ = self._rows()
        if "license" not in header and row.get("license"):
            # A hand-made manifest without the optional licence column keeps its shape: the terms go to notes.
            notes = "; ".join(x for x in (row.get("notes"), f"license: {row['license']}") if x)
            row = {**row, "notes": notes}
        try:
            old = self.manifest.read_bytes()
        except FileNotFoundError:
            old = b""
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=header, extrasaction="ignore", lineterminator="\n")
        if not old.strip():
            writer.writeheader()
        elif not old.endswith(b"\n"):
            out.write("\n")
        writer.writerow({k: ("" if v is None else str(v)) for k, v in row.items()})
        atomic_write(self.manifest, old + out.getvalue().encode("utf-8"))
