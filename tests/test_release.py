"""Tests of releases (``pipeline.release`` and ``pkdata release``): the files, frictionless validation,
checksums, the zip, versions and ``latest``, crash safety, consistency with the build, and CHANGES.md."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import pipeline.release as release_module
from pipeline.cli import main
from pipeline.publish import publish, published_dir, write_run_metadata
from pipeline.release import (
    ReleaseError,
    changes_markdown,
    cut_release,
    latest_version,
    next_version,
    read_sums,
    verify_release,
)
from schemas.datapackage import data_dictionary_markdown, validate_datapackage
from schemas.registry import TABLES
from schemas.views import VIEWS

NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.timezone.utc)
DOC_A = "aaaaaaaaaaaaaaa1"
DOC_B = "bbbbbbbbbbbbbbb2"
DOC_C = "ccccccccccccccc3"
D = dt.date

MANIFEST = ("source_name,file,title,publisher,url,published_date,date_precision,language,notes\n"
            "001_china,001_china.txt,China offers 500 troops,PTI,https://example.org/a,2013-05-23,day,en,\n")


def document(doc_id: str, name: str, **changes) -> dict:
    return {"doc_id": doc_id, "source_name": name, "file": f"{name}.txt", "language": "en",
            "media_type": "text/plain", "ingest_status": "ok", "published_date": D(2013, 5, 23),
            "published_precision": "day", **changes}


def contribution(cid: str, doc_id: str, start: int, iso3: str, best: int, **changes) -> dict:
    return {
        "contribution_id": cid, "doc_id": doc_id, "contributor_iso3": iso3, "mission_acronym": "MINUSMA",
        "scope": "mission", "personnel_type": "troops", "count_low": best, "count_high": best, "count_best": best,
        "count_approx": False, "status": "offered", "as_of_date": D(2013, 5, 23), "as_of_precision": "day",
        "evidence": f"{iso3} offers {best} troops.", "char_start": start, "char_end": start + 20,
        "figure_text": str(best), "mission_method": "sentence", "extractor": "contributions/1", **changes,
    }


def tables(documents=None, contributions=None) -> dict[str, pd.DataFrame]:
    rows = {
        "documents": documents if documents is not None else [
            document(DOC_A, "001_china", title="China offers 500 troops"), document(DOC_B, "002_report")],
        "missions": [{"mission_acronym": "MINUSMA", "name": "United Nations Mission in Mali", "organisation": "UN",
                      "kind": "peacekeeping", "host_iso3": ["MLI"], "is_active": False, "source": "snapshot",
                      "n_documents": 2}],
        "mission_aliases": [{"mission_acronym": "MINUSMA", "alias": "MINUSMA", "alias_kind": "acronym"}],
        "contributions": contributions if contributions is not None else [
            contribution("c000000000000001", DOC_A, 10, "CHN", 500),
            contribution("c000000000000002", DOC_B, 40, "NLD", 395, status="deployed"),
            contribution("c000000000000003", DOC_B, 90, "SEN", 200)],
        "events": [], "mission_mentions": [], "rejected_rows": [],
        "official_contributions": [], "mission_strength": [], "claims": [], "event_claims": [],
    }
    return {name: pd.DataFrame(r, columns=TABLES[name].column_names) if not r else pd.DataFrame(r)
            for name, r in rows.items()}


def publish_outputs(output: Path, documents_dir: Path, frames: dict[str, pd.DataFrame]) -> None:
    """What `pkdata build` leaves in OUTPUT: the published files and run_metadata.json listing them."""
    summary = publish(frames, output)
    write_run_metadata(output, {"run_id": "test-run", "documents_dir": str(documents_dir),
                                "tables": {k: v for k, v in summary.items() if k != "files"},
                                "files": summary["files"]})


@pytest.fixture()
def setup(tmp_path):
    """Published outputs of small tables, their documents folder (manifest) and a reference folder."""
    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    reference = tmp_path / "reference"
    reference.mkdir()
    (reference / "README.md").write_text("# Reference snapshots\n", encoding="utf-8")
    (reference / "snapshot.csv").write_text("mission_acronym,start_date\nMINUSMA,2013-04-25\n", encoding="utf-8")
    output = tmp_path / "outputs"
    publish_outputs(output, documents, tables())
    return output, documents, reference


def cut(setup, now: dt.datetime = NOW, **kwargs):
    output, _, reference = setup
    return cut_release(output, reference_dir=reference, now=now, **kwargs)


def state(folder: Path) -> dict[str, str]:
    """Every entry under a folder: files by SHA-256, symbolic links by target."""
    out = {}
    for path in sorted(folder.rglob("*")):  # rglob does not descend into linked folders
        key = path.relative_to(folder).as_posix()
        if path.is_symlink():
            out[key] = "-> " + os.readlink(path)
        elif path.is_file():
            out[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


RELEASE_FILES = [
    "CHANGES.md", "DATA_DICTIONARY.md", "SHA256SUMS", "datapackage.json",
    *(f"parquet/{name}.parquet" for name in sorted(TABLES)), *(f"csv/{name}.csv" for name in sorted(TABLES)),
    "peacekeeping-2026.11.23.zip", "peacekeeping-2026.11.23.zip.sha256", "peacekeeping.duckdb", "run_metadata.json",
    "sources/documents/manifest.csv", "sources/reference/README.md", "sources/reference/snapshot.csv",
]


def report_files(release: Path) -> list[str]:
    """The report's pages (pipeline/report.py): the index, the style sheet, a page per contributor of the
    release's contributions and one per mission they or the events and mentions name."""
    import duckdb

    con = duckdb.connect(str(release / "peacekeeping.duckdb"), read_only=True)
    try:
        iso3 = [r[0] for r in con.sql("SELECT DISTINCT contributor_iso3 FROM contributions").fetchall()]
        missions = [r[0] for r in con.sql("SELECT mission_acronym FROM contributions UNION SELECT mission_acronym "
                                          "FROM events UNION SELECT mission_acronym FROM mission_mentions").fetchall()
                    if r[0]]
    finally:
        con.close()
    return sorted(["report/index.html", "report/style.css", *(f"report/contributors/{c}.html" for c in iso3),
                   *(f"report/missions/{m.replace(' ', '_').replace('/', '_')}.html" for m in missions)])


def files_of(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


# ----------------------------------------------------------------------------------------------------------------
# Contents, frictionless, checksums, zip
# ----------------------------------------------------------------------------------------------------------------


def test_a_release_holds_every_file_and_passes_frictionless(setup):
    output, _, _ = setup
    done = cut(setup)
    assert done.version == "2026.11.23"
    assert done.path == output / "releases" / "2026.11.23"
    assert done.previous is None
    assert files_of(done.path) == sorted(RELEASE_FILES + report_files(done.path))

    # frictionless, for real: the descriptor against the Data Package profiles, then every table's rows against
    # its Table Schema (with foreign keys), and the size and hash of the other files.
    assert validate_datapackage(done.path / "datapackage.json") == []

    descriptor = json.loads((done.path / "datapackage.json").read_text())
    assert descriptor["profile"] == "data-package"
    assert descriptor["version"] == "2026.11.23"
    assert descriptor["created"] == "2026-11-23T09:30:00Z"
    assert descriptor["licenses"] == [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                                       "title": "Creative Commons Attribution 4.0 International"}]
    git = subprocess.run(["git", "rev-parse", "HEAD"], cwd=Path(__file__).parents[1], capture_output=True, text=True)
    assert descriptor["code_commit"] == (git.stdout.strip() if git.returncode == 0 else "unknown")
    assert [s["path"] for s in descriptor["sources"]] == ["sources/documents/manifest.csv",
                                                          "sources/reference/snapshot.csv"]
    assert [r["path"] for r in descriptor["resources"]] == [
        *(f"csv/{name}.csv" for name in TABLES), *(f"parquet/{name}.parquet" for name in TABLES),
        "peacekeeping.duckdb", "run_metadata.json",
        "DATA_DICTIONARY.md", "CHANGES.md", "sources/documents/manifest.csv", "sources/reference/README.md",
        "sources/reference/snapshot.csv",
    ]
    contributions = descriptor["resources"][3]
    assert [f["name"] for f in contributions["schema"]["fields"]] == TABLES["contributions"].column_names
    assert contributions["schema"]["primaryKey"] == ["contribution_id"]
    assert {k: contributions[k] for k in ("format", "mediatype", "encoding")} == {
        "format": "csv", "mediatype": "text/csv", "encoding": "utf-8"}
    parquet_resource = descriptor["resources"][len(TABLES) + 3]
    assert (parquet_resource["type"], parquet_resource["path"]) == ("file", "parquet/contributions.parquet")
    duckdb_resource = descriptor["resources"][2 * len(TABLES)]
    assert {k: duckdb_resource[k] for k in ("name", "type", "format", "mediatype")} == {
        "name": "peacekeeping.duckdb", "type": "file", "format": "duckdb", "mediatype": "application/vnd.duckdb"}

    assert (done.path / "DATA_DICTIONARY.md").read_text() == data_dictionary_markdown()
    # the CSV copy holds the Parquet file's rows, nulls as empty cells
    with open(done.path / "csv" / "contributions.csv", encoding="utf-8") as handle:
        assert sum(1 for _ in handle) == 1 + 3

    # the command users run: frictionless reads the CSV tables with their schemas and foreign keys, and checks
    # the size and hash of every other file (Parquet, DuckDB, sources)
    cli = Path(sys.executable).with_name("frictionless")
    checked = subprocess.run([str(cli), "validate", "datapackage.json"], cwd=done.path, capture_output=True,
                             text=True, timeout=600)
    assert checked.returncode == 0, checked.stdout[-3000:]
    assert "INVALID" not in checked.stdout and "VALID" in checked.stdout
    assert (done.path / "run_metadata.json").read_bytes() == (output / "run_metadata.json").read_bytes()
    assert (done.path / "sources/documents/manifest.csv").read_text() == MANIFEST
    con = duckdb.connect(str(done.path / "peacekeeping.duckdb"), read_only=True)
    try:
        assert [r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal "
                                          "ORDER BY view_name").fetchall()] == sorted(VIEWS)
        assert con.execute("SELECT count(*) FROM contributions").fetchall() == [(3,)]
    finally:
        con.close()


def test_checksums_verify_against_sha256sums_and_the_datapackage(setup):
    done = cut(setup)
    sums = {}
    for line in (done.path / "SHA256SUMS").read_text().splitlines():
        digest, relative = line.split("  ")
        sums[relative] = digest
    assert sorted(sums) == sorted(f for f in RELEASE_FILES + report_files(done.path)
                                  if f != "SHA256SUMS" and not f.startswith("peacekeeping-"))
    for relative, digest in sums.items():
        assert hashlib.sha256((done.path / relative).read_bytes()).hexdigest() == digest, relative
    assert read_sums(done.path / "SHA256SUMS") == sums == done.files
    descriptor = json.loads((done.path / "datapackage.json").read_text())
    for resource in descriptor["resources"]:
        data = (done.path / resource["path"]).read_bytes()
        assert resource["bytes"] == len(data)
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
    zip_sum = (done.path / "peacekeeping-2026.11.23.zip.sha256").read_text()
    assert zip_sum == hashlib.sha256(done.zip_path.read_bytes()).hexdigest() + "  peacekeeping-2026.11.23.zip\n"
    assert verify_release(done.path) == []


def test_a_tampered_file_is_caught_by_the_checksums_and_by_frictionless(setup):
    done = cut(setup)
    with open(done.path / "peacekeeping.duckdb", "ab") as handle:
        handle.write(b"\0")
    assert verify_release(done.path) == ["peacekeeping.duckdb: SHA-256 differs from SHA256SUMS"]
    errors = validate_datapackage(done.path / "datapackage.json")
    assert [e.split(":")[0] + ":" + e.split(":")[1] for e in errors] == ["peacekeeping.duckdb: hash-count",
                                                                         "peacekeeping.duckdb: byte-count"]
    (done.path / "stray.txt").write_text("not released\n")
    assert verify_release(done.path)[-1] == "stray.txt: not in SHA256SUMS"


def test_the_zip_holds_every_file_with_fixed_metadata_and_is_reproducible(setup, tmp_path):
    done = cut(setup)
    with zipfile.ZipFile(done.zip_path) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == [
            f"peacekeeping-2026.11.23/{f}" for f in sorted(RELEASE_FILES + report_files(done.path))
            if not f.startswith("peacekeeping-")]
        for info in infos:
            relative = info.filename.split("/", 1)[1]
            assert archive.read(info) == (done.path / relative).read_bytes(), relative
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert info.external_attr >> 16 == 0o644
    copy = tmp_path / "copy"
    shutil.copytree(done.path, copy)
    for path in copy.glob("peacekeeping-*"):
        path.unlink()
    again = release_module._write_zip(copy, "2026.11.23")
    assert again.read_bytes() == done.zip_path.read_bytes()


# ----------------------------------------------------------------------------------------------------------------
# Versions and latest
# ----------------------------------------------------------------------------------------------------------------


def test_latest_points_at_the_release_and_a_second_one_the_same_day_gets_a_suffix(setup):
    output, _, _ = setup
    releases = output / "releases"
    first = cut(setup)
    assert os.readlink(releases / "latest") == "2026.11.23"
    assert (releases / "LATEST").read_text() == "2026.11.23\n"
    second = cut(setup, now=NOW.replace(hour=23, minute=59))
    third = cut(setup)
    assert (first.version, second.version, third.version) == ("2026.11.23", "2026.11.23.1", "2026.11.23.2")
    assert (second.previous, third.previous) == ("2026.11.23", "2026.11.23.1")
    assert os.readlink(releases / "latest") == "2026.11.23.2"
    assert latest_version(releases) == "2026.11.23.2"
    assert json.loads((releases / "latest" / "datapackage.json").read_text())["version"] == "2026.11.23.2"
    assert cut(setup, now=NOW + dt.timedelta(days=1)).version == "2026.11.24"
    assert sorted(p.name for p in releases.iterdir()) == [
        "2026.11.23", "2026.11.23.1", "2026.11.23.2", "2026.11.24", "LATEST", "latest"]


def test_next_version(tmp_path):
    assert next_version(tmp_path, D(2026, 1, 5)) == "2026.01.05"
    (tmp_path / "2026.01.05").mkdir()
    assert next_version(tmp_path, D(2026, 1, 5)) == "2026.01.05.1"
    (tmp_path / "2026.01.05.1").mkdir()
    (tmp_path / "2026.01.05.3").mkdir()
    assert next_version(tmp_path, D(2026, 1, 5)) == "2026.01.05.2"
    assert next_version(tmp_path, D(2026, 1, 6)) == "2026.01.06"
    assert latest_version(tmp_path) is None


@pytest.mark.parametrize("version, message", [
    ("../escape", "invalid version '../escape'"),
    ("latest", "invalid version 'latest'"),
    ("LATEST", "invalid version 'LATEST'"),
    ("", None),  # empty: the default version
])
def test_the_version_option(setup, version, message):
    if message is None:
        assert cut(setup, version=version or None).version == "2026.11.23"
        return
    with pytest.raises(ReleaseError, match=message):
        cut(setup, version=version)


def test_a_given_version_must_be_new(setup):
    assert cut(setup, version="1.0.0").path.name == "1.0.0"
    with pytest.raises(ReleaseError, match="release 1.0.0 exists already"):
        cut(setup, version="1.0.0")
    assert latest_version(setup[0] / "releases") == "1.0.0"


def test_without_symbolic_links_the_latest_file_alone_points(setup, monkeypatch):
    releases = setup[0] / "releases"
    cut(setup)

    def no_symlinks(*args, **kwargs):
        raise OSError("symbolic links are not supported here")

    monkeypatch.setattr(os, "symlink", no_symlinks)
    second = cut(setup)
    assert not (releases / "latest").is_symlink()  # the old link would point at the older release
    assert (releases / "LATEST").read_text() == f"{second.version}\n"
    assert latest_version(releases) == second.version
    monkeypatch.undo()
    third = cut(setup)
    assert third.previous == second.version
    assert os.readlink(releases / "latest") == third.version


# ----------------------------------------------------------------------------------------------------------------
# Crashes, locks and consistency with the build
# ----------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("step", ["_copy_outputs", "_copy_sources", "changes_markdown", "write_datapackage",
                                  "_write_sums", "_write_zip"])
def test_a_crash_while_cutting_leaves_latest_on_the_previous_release(setup, monkeypatch, step):
    releases = setup[0] / "releases"
    cut(setup)
    before = state(releases)

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(release_module, step, crash)
    with pytest.raises(OSError, match="disk full"):
        cut(setup)
    assert state(releases) == before  # no new folder, no staging folder, no lock, same pointers
    assert os.readlink(releases / "latest") == "2026.11.23"
    monkeypatch.undo()
    again = cut(setup)
    assert (again.version, again.previous) == ("2026.11.23.1", "2026.11.23")


def test_files_changed_since_the_recorded_build_are_refused(setup):
    output, documents, _ = setup
    releases = output / "releases"
    cut(setup)
    before = state(releases)
    build = published_dir(output)
    with open(build / "parquet" / "contributions.parquet", "ab") as handle:  # changed after the build
        handle.write(b"edited")
    with pytest.raises(ReleaseError, match=r"contributions\.parquet is not the file of the build that "
                                           r"run_metadata\.json describes"):
        cut(setup)
    assert state(releases) == before
    (build / "run_metadata.json").unlink()
    with pytest.raises(ReleaseError, match=r"run_metadata\.json is missing.*pkdata release --build"):
        cut(setup)
    with pytest.raises(ReleaseError, match="nothing published in"):
        cut_release(documents)


def test_a_live_lock_refuses_a_second_cut_and_a_dead_one_is_taken_over(setup):
    releases = setup[0] / "releases"
    releases.mkdir()
    (releases / ".lock").write_text("1\n")  # pid 1 is always alive
    with pytest.raises(ReleaseError, match=r"another release is being cut \(process 1;"):
        cut(setup)
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (releases / ".lock").write_text(done.stdout)
    assert cut(setup).version == "2026.11.23"
    assert not (releases / ".lock").exists()


# ----------------------------------------------------------------------------------------------------------------
# CHANGES.md
# ----------------------------------------------------------------------------------------------------------------


def test_changes_between_two_releases(setup):
    output, documents, _ = setup
    first = cut(setup)
    assert (first.path / "CHANGES.md").read_text() == (
        "# Changes in 2026.11.23\n\nFirst release.\n\n| table | rows |\n|---|---:|\n| documents | 2 |\n"
        "| missions | 1 |\n| mission_aliases | 1 |\n| contributions | 3 |\n| events | 0 |\n"
        "| mission_mentions | 0 |\n| rejected_rows | 0 |\n| official_contributions | 0 |\n| mission_strength | 0 |\n"
        "| claims | 0 |\n| event_claims | 0 |\n")
    newer = tables(
        documents=[document(DOC_A, "001_china", title="China offers 500 troops to Mali"),
                   document(DOC_B, "002_report"), document(DOC_C, "003_ghana", title="Ghana sends *850* troops")],
        contributions=[contribution("c000000000000001", DOC_A, 10, "CHN", 500),
                       contribution("c000000000000002", DOC_B, 40, "NLD", 450, status="serving",
                                    as_of_date=D(2013, 7, 1)),
                       contribution("c000000000000004", DOC_C, 5, "GHA", 850, mission_acronym=None,
                                    scope="unspecified")])
    publish_outputs(output, documents, newer)
    second = cut(setup)
    text = (second.path / "CHANGES.md").read_text()
    assert text.startswith("# Changes in 2026.11.23.1\n\nCompared with the previous release, 2026.11.23. ")
    assert text[text.index("| table |"):] == """\
| table | rows before | rows now | added | removed | changed |
|---|---:|---:|---:|---:|---:|
| documents | 2 | 3 | 1 | 0 | 1 |
| missions | 1 | 1 | 0 | 0 | 0 |
| mission_aliases | 1 | 1 | 0 | 0 | 0 |
| contributions | 3 | 3 | 1 | 1 | 1 |
| events | 0 | 0 | 0 | 0 | 0 |
| mission_mentions | 0 | 0 | 0 | 0 | 0 |
| rejected_rows | 0 | 0 | 0 | 0 | 0 |
| official_contributions | 0 | 0 | 0 | 0 | 0 |
| mission_strength | 0 | 0 | 0 | 0 | 0 |
| claims | 0 | 0 | 0 | 0 | 0 |
| event_claims | 0 | 0 | 0 | 0 | 0 |

Unchanged: missions, mission_aliases, events, mission_mentions, rejected_rows, official_contributions, \
mission_strength, claims, event_claims.

## documents

Rows: 2 before, 3 now. 1 added, 0 removed, 1 changed.

Added (1), first by `doc_id`:

- `ccccccccccccccc3`: source_name "003_ghana"; title "Ghana sends \\*850\\* troops"; publisher null; \
published_date 2013-05-23; ingest_status "ok"

Changed (1); columns that changed: `title` (1). First by `doc_id`:

- `aaaaaaaaaaaaaaa1`: title "China offers 500 troops" → "China offers 500 troops to Mali"

## contributions

Rows: 3 before, 3 now. 1 added, 1 removed, 1 changed.

Added (1), first by `contribution_id`:

- `c000000000000004`: contributor_iso3 "GHA"; mission_acronym null; scope "unspecified"; personnel_type "troops"; \
count_best 850; status "offered"; as_of_date 2013-05-23; evidence "GHA offers 850 troops."

Removed (1), first by `contribution_id`:

- `c000000000000003`: contributor_iso3 "SEN"; mission_acronym "MINUSMA"; scope "mission"; personnel_type "troops"; \
count_best 200; status "offered"; as_of_date 2013-05-23; evidence "SEN offers 200 troops."

Changed (1); columns that changed: `count_low` (1), `count_high` (1), `count_best` (1), `status` (1), \
`as_of_date` (1), `evidence` (1), `figure_text` (1). First by `contribution_id`:

- `c000000000000002`: count_low 395 → 450; count_high 395 → 450; count_best 395 → 450; status "deployed" → \
"serving"; as_of_date 2013-05-23 → 2013-07-01; evidence "NLD offers 395 troops." → "NLD offers 450 troops."; \
figure_text "395" → "450"
"""


def test_changes_show_schema_differences_tables_in_one_release_and_cut_long_values(tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    for folder in (old, new):
        (folder / "parquet").mkdir(parents=True)
    pq.write_table(pa.table({"doc_id": ["a", "b"], "source_name": ["x", "y"], "n_chars": [1, 2],
                             "notes": ["old", "old"]}), old / "parquet" / "documents.parquet")
    pq.write_table(pa.table({"doc_id": ["a", "b"], "source_name": ["x", "y" * 150], "n_chars": ["1", "2"],
                             "title": ["t", "u"]}), new / "parquet" / "documents.parquet")
    pq.write_table(pa.table({"k": [1]}), old / "parquet" / "legacy.parquet")
    pq.write_table(pa.table({"mission_acronym": ["MINUSMA"], "alias": ["Minusma"], "alias_kind": ["variant"]}),
                   new / "parquet" / "mission_aliases.parquet")
    text = changes_markdown(new, "2.0", old, "1.0", examples=1)
    assert "| documents | 2 | 2 | 0 | 0 | 1 |\n| mission_aliases |  | 1 | 1 | 0 | 0 |\n| legacy | 1 |  | 0 | 1 | 0 |" \
        in text
    assert ("Columns added: `title`. Columns removed: `notes`. Columns whose type changed: `n_chars` "
            "(BIGINT to VARCHAR).") in text
    assert f'- `b`: source_name "y" → "{"y" * 99}…"' in text  # n_chars 2 and "2" are equal as text
    assert "## mission_aliases\n\nRows: absent before, 1 now. 1 added, 0 removed, 0 changed.\n\nNew table." in text
    assert '- `MINUSMA / Minusma`: alias_kind "variant"' in text
    assert text.endswith("## legacy\n\nRows: 1 before, absent now. 0 added, 1 removed, 0 changed.\n\n"
                         "Table removed.\n\nRemoved (1):\n\n- k 1\n")


# ----------------------------------------------------------------------------------------------------------------
# The command, through real builds
# ----------------------------------------------------------------------------------------------------------------

NEW_DOCUMENT = """\
Ghana sends 850 peacekeepers to South Sudan

ACCRA, 3 March 2021 - Ghana has deployed 850 troops to the United Nations Mission in South Sudan (UNMISS), the \
Ghana Armed Forces said on Wednesday.
"""
NEW_MANIFEST_ROW = ("004_ghana_unmiss,004_ghana_unmiss.txt,Ghana sends 850 peacekeepers to South Sudan,Example wire,"
                    "https://example.org/ghana,2021-03-03,day,en,\n")


def test_pkdata_release_builds_and_lists_the_rows_of_an_added_document(seeds_copy, tmp_path):
    output = tmp_path / "outputs"
    runner = CliRunner()
    common = ["release", "--output", str(output), "--documents", str(seeds_copy), "--workers", "1"]
    first = runner.invoke(main, [*common, "--version", "2026.01.01"])  # nothing published yet: builds first
    assert first.exit_code == 0, first.output
    assert "Released 2026.01.01 into" in first.output and "(first release)" in first.output

    (seeds_copy / "004_ghana_unmiss.txt").write_text(NEW_DOCUMENT, encoding="utf-8")
    with open(seeds_copy / "manifest.csv", "a", encoding="utf-8") as manifest:
        manifest.write(NEW_MANIFEST_ROW)
    second = runner.invoke(main, [*common, "--version", "2026.01.02", "--build"])
    assert second.exit_code == 0, second.output
    assert "(compared with 2026.01.01)" in second.output

    release = output / "releases" / "2026.01.02"
    assert validate_datapackage(release / "datapackage.json") == []
    assert verify_release(release) == []
    assert os.readlink(output / "releases" / "latest") == "2026.01.02"
    con = duckdb.connect(":memory:")
    new_rows = {
        name: con.execute(f"SELECT count(*) FROM '{release}/parquet/{name}.parquet' t "
                          f"JOIN '{release}/parquet/documents.parquet' d USING (doc_id) "
                          "WHERE d.source_name = '004_ghana_unmiss'").fetchone()[0]
        for name in ("contributions", "events", "mission_mentions")
    }
    con.close()
    text = (release / "CHANGES.md").read_text()
    assert new_rows["contributions"] >= 1 and new_rows["mission_mentions"] >= 1, text
    text = (release / "CHANGES.md").read_text()
    assert "| documents | 2 | 3 | 1 | 0 | 0 |" in text
    assert '- `' in text and 'source_name "004_ghana_unmiss"; title "Ghana sends 850 peacekeepers to South Sudan"' \
        in text
    for name, n in new_rows.items():
        # Only the new document's rows are added; the other documents' rows are the same.
        assert f"\n## {name}\n\nRows: " in text and f" {n} added, 0 removed, 0 changed." in text
    contributions_part = text[text.index("\n## contributions\n"):]
    assert 'contributor_iso3 "GHA"; mission_acronym "UNMISS"' in contributions_part
    assert "count_best 850" in contributions_part


def test_the_official_snapshots_travel_with_the_release_and_are_cited(setup):
    output, _, reference = setup
    official = reference / "official"
    official.mkdir()
    (official / "README.md").write_text("# Official figures\n", encoding="utf-8")
    (official / "counts.csv").write_text("Date,Mission\n2013-05-31,MINUSMA\n", encoding="utf-8")
    (official / "LICENSE.GPL-2.0.txt").write_text("GNU GENERAL PUBLIC LICENSE\n", encoding="utf-8")
    done = cut(setup)
    for name in ("README.md", "counts.csv", "LICENSE.GPL-2.0.txt"):
        assert (done.path / "sources" / "reference" / "official" / name).is_file()
    descriptor = json.loads((done.path / "datapackage.json").read_text())
    assert {"title": "International Peace Institute, Providing for Peacekeeping database (UN DPKO figures): "
                     "counts.csv", "path": "sources/reference/official/counts.csv"} in descriptor["sources"]


def test_pkdata_validate_checks_a_release_and_names_a_changed_file(setup):
    from click.testing import CliRunner

    from pipeline.cli import main

    done = cut(setup)
    ok = CliRunner().invoke(main, ["validate", str(done.path)])
    assert ok.exit_code == 0, ok.output
    assert "every file matches SHA256SUMS and the data package is valid" in ok.output
    with open(done.path / "csv" / "contributions.csv", "a", encoding="utf-8") as handle:
        handle.write("tampered\n")
    bad = CliRunner().invoke(main, ["validate", str(done.path)])
    assert bad.exit_code == 1
    assert "csv/contributions.csv: SHA-256 differs from SHA256SUMS" in bad.output
    missing = CliRunner().invoke(main, ["validate", str(done.path / "csv")])
    assert missing.exit_code == 1 and "has no datapackage.json" in missing.output
