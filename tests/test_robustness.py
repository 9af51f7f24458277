"""The standing robustness suite: malformed input of every known class gives a recorded reason while the good
documents still give their rows; isolated builds (a lock per output folder, two builds of different corpora at
once); bounded work per document; plausible figures; the environment checked before any extraction.

Publishing killed after each step: tests/test_publish.py and tests/test_release.py. Fuzzing and random kills:
bench/fuzz.py and bench/crash.py (not run in CI).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import locking
from pipeline.assets.tables import inventory_problem_rows
from pipeline.batch import Bounds, extract_corpus, extract_one
from pipeline.bounds import die_with_parent  # noqa: F401 - imported by the child script below
from pipeline.cli import main
from pipeline.extract.document import WorkBudgetExceeded, extract_document, work_units
from pipeline.extract.missions import MissionMatcher
from pipeline.extract.sentences import MAX_SENTENCE_CHARS, split_sentences
from pipeline.extract.types import DocumentContext, PartialDate
from pipeline.ingest.inventory import discover
from pipeline.ingest.manifest import corpus_warnings, read_manifest, sniff_delimiter, suggest_column
from pipeline.ingest.readers import ingest
from pipeline.plausibility import ANY_FIGURE_BOUND, UN_MISSION_BOUND, split_plausible
from pipeline.preflight import environment_errors
from pipeline.reference.catalog import build_mission_catalog
from tests.conftest import ROOT, SEEDS_DIR, query

REFERENCE = ROOT / "sources" / "reference"
OFFICIAL = Path(__file__).parents[1] / "sources" / "reference" / "official"  # the project's copy of the snapshots
HEADER = "source_name,file,title,publisher,url,published_date,date_precision,language,notes"
SEED_NAMES = ("000_0cfa2f82a8c410f2", "002_fdb4b3e7f5745b0a")


@pytest.fixture(scope="module")
def matcher() -> MissionMatcher:
    return MissionMatcher(build_mission_catalog(REFERENCE))


def dense_table(lines: int) -> str:
    rows = [f"Country{i % 40} {i * 7 % 3000:,} {i % 90} {i * 7 % 3000 + i % 90:,}" for i in range(lines)]
    return "Annex\nContributors to MINUSMA as of 30 April 2014\n\nCountry Troops Police Total\n" + "\n".join(rows)


def run_on(parts: int) -> str:
    return "In 2014, " + ", while ".join(
        f"Nepal has {100 + i:,} troops and {i % 300} police officers in MINUSMA" for i in range(parts)) + ".\n"


# ----------------------------------------------------------------------------------------------------------------
# One build of a folder holding every class of malformed input beside the seeds
# ----------------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def malformed_build(tmp_path_factory) -> Path:
    docs = tmp_path_factory.mktemp("malformed") / "documents"
    outside = docs.parent / "outside.txt"
    outside.write_text("Outside text: Nepal sent 999 troops to UNMISS.", encoding="utf-8")
    import shutil

    shutil.copytree(SEEDS_DIR, docs)
    text = "Nepal sent 850 soldiers to UNIFIL on 3 May 2014, the army said.\n"
    files = {
        "empty.txt": b"",
        "png.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "nul.txt": b"abc\x00def" * 100,
        "control.txt": bytes(range(1, 9)) * 400,
        "latin1.txt": "Le N\u00e9pal a envoy\u00e9 850 soldats au Liban.".encode("latin-1"),
        "utf16bom.txt": text.encode("utf-16"),
        "utf16le.txt": text.encode("utf-16-le"),
        "utf16be.txt": text.encode("utf-16-be"),
        "word.docx": b"PK\x03\x04 not really a docx",
        "broken.pdf": b"%PDF-1.4\n1 0 obj <<\ngarbage",
        "cut.html": b"<html><body><p>Ghana sent 700 troops to UNIFIL in May 2014.",
        "crlf.txt": text.replace("\n", "\r\n").encode(),
        "dense_table.txt": dense_table(400).encode(),
        "run_on.txt": run_on(400).encode(),
        "absurd.txt": b"Ghana has deployed 1,000,000,000,000 troops to UNIFIL, the ministry said on 3 May 2014.\n",
        ".hidden.txt": b"never read",
        "sub/nested.txt": b"Kenya sent 420 police officers to UNMISS on 5 May 2014.\n",
        "copy.txt": (SEEDS_DIR / "000_0cfa2f82a8c410f2.txt").read_bytes(),
    }
    for name, data in files.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_bytes(data)
    (docs / os.fsdecode(b"bad_name_\xff.txt")).write_bytes(text.encode())
    (docs / "link_out.txt").symlink_to(outside)
    (docs / "linked_dir").symlink_to(docs.parent, target_is_directory=True)
    with (docs / "manifest.csv").open("a", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["ghost", "ghost.txt", "", "", "", "2013-05-01", "day", "en", ""])
        w.writerow(["escape", "../outside.txt", "", "", "", "", "", "en", ""])
        w.writerow(["000_0cfa2f82a8c410f2", "copy.txt", "dup name", "", "", "", "", "en", ""])
        w.writerow(["latin1", "latin1.txt", "", "", "ftp://x", "2013-13-45", "day", "Klingon", ""])
        w.writerow(["short", "crlf.txt"])
        fh.write('broken,"unterminated\n')
    output = docs.parent / "out"
    result = CliRunner().invoke(main, ["build", "--documents", str(docs), "--output", str(output),
                                       "--workers", "1"])
    assert result.exit_code == 0, result.output
    return output


def test_each_malformed_file_gets_its_recorded_reason(malformed_build):
    status = dict(query(malformed_build, "SELECT file, ingest_status || ': ' || coalesce(ingest_error, '') "
                                         "FROM documents"))
    expected = {
        "empty.txt": "error: empty file",
        "png.txt": "error: binary file: PNG image",
        "nul.txt": "error: binary file: contains NUL bytes",
        "control.txt": "error: binary file: control characters",
        "word.docx": "error: unsupported file type: .docx (supported: .htm, .html, .pdf, .txt;",
        "broken.pdf": "error:",
        "link_out.txt": "error: symlink points outside the documents folder",
        "copy.txt": "error: ",
        "ghost.txt": "error: file not found",
        "../outside.txt": "error: path outside the documents folder",
    }
    for name, start in expected.items():
        assert status[name].startswith(start), (name, status[name])
    for ok in ("latin1.txt", "utf16bom.txt", "utf16le.txt", "utf16be.txt", "cut.html", "crlf.txt", "sub/nested.txt",
               "dense_table.txt", "run_on.txt", "bad_name_\\xff.txt"):
        assert status[ok].startswith("ok"), (ok, status[ok])
    assert ".hidden.txt" not in status


def test_utf16_without_a_byte_order_mark_is_read_with_a_note(malformed_build):
    rows = query(malformed_build, "SELECT file, notes FROM documents WHERE file LIKE 'utf16%e.txt'")
    assert len(rows) == 2 and all("UTF-16 without a byte-order mark" in notes for _, notes in rows)
    decoded = query(malformed_build, "SELECT count(*) FROM contributions c JOIN documents d USING (doc_id) "
                                     "WHERE d.file = 'utf16le.txt'")
    assert decoded == [(1,)]


def test_manifest_problems_and_refused_rows_are_recorded_with_unique_ids(malformed_build):
    rejected = query(malformed_build, "SELECT check_name, reason FROM rejected_rows WHERE table_name = 'documents'")
    reasons = " | ".join(f"{c}: {r}" for c, r in rejected)
    for expected in ("path outside the documents folder", "duplicate source_name", "2013-13-45", "Klingon",
                     "ftp://x", "fields, expected 9", "not valid CSV", "symlinked folder not followed"):
        assert expected in reasons, expected
    ids = query(malformed_build, "SELECT count(*), count(DISTINCT rejected_id) FROM rejected_rows")
    assert ids[0][0] == ids[0][1]


def test_the_good_documents_still_give_their_rows(malformed_build):
    seeds = query(malformed_build, "SELECT count(*) FROM contributions c JOIN documents d USING (doc_id) "
                                   f"WHERE d.source_name IN {SEED_NAMES}")
    assert seeds == [(9,)]
    nested = query(malformed_build, "SELECT c.count_best FROM contributions c JOIN documents d USING (doc_id) "
                                    "WHERE d.file = 'sub/nested.txt'")
    assert nested == [(420,)]


def test_an_implausible_figure_is_rejected_with_its_bound(malformed_build):
    rows = query(malformed_build, "SELECT reason FROM rejected_rows WHERE check_name = 'count.plausible'")
    assert len(rows) == 1
    assert rows[0][0].startswith("implausible figure: 1,000,000,000,000 troops is above 79,786")
    assert query(malformed_build, "SELECT count(*) FROM contributions WHERE count_best > 1000000") == [(0,)]


def test_a_non_utf8_file_name_is_recorded_safely(malformed_build):
    rows = query(malformed_build, "SELECT source_name, ingest_status FROM documents WHERE file LIKE 'bad_name%'")
    assert rows == [("bad_name_\\xff", "ok")]


# ----------------------------------------------------------------------------------------------------------------
# Manifest: delimiters, BOM and CRLF, header names, corpus-wide problems, a manifest that is a link
# ----------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_manifest_delimiter_is_sniffed_and_bom_crlf_and_case_accepted(tmp_path, delimiter):
    header = HEADER.upper().replace(",", delimiter)
    row = delimiter.join(["a", "a.txt", "Title", "P", "https://x.org", "2014-05-03", "day", "en", ""])
    path = tmp_path / "manifest.csv"
    path.write_bytes(("\ufeff" + header + "\r\n" + row + "\r\n").encode("utf-8"))
    entries, problems = read_manifest(path)
    assert problems == []
    assert [(e.source_name, e.file, e.published.iso()) for e in entries] == [("a", "a.txt", "2014-05-03")]
    assert sniff_delimiter(header) == delimiter


def test_a_misnamed_date_column_is_a_corpus_wide_problem_with_a_suggestion(tmp_path):
    path = tmp_path / "manifest.csv"
    path.write_text(HEADER.replace("published_date", "date") + "\na,a.txt,,,,2014-05-03,day,en,\n")
    entries, problems = read_manifest(path)
    assert len(entries) == 1 and entries[0].published is None
    warnings = corpus_warnings(problems)
    assert len(warnings) == 1
    assert "`date`: did you mean `published_date`?" in warnings[0]
    assert "unknown columns ignored: `date` (did you mean `published_date`?)" in warnings[0]
    assert suggest_column("Filename") == "file" and suggest_column("publishr") == "publisher"


def test_a_manifest_without_key_columns_gives_records_with_distinct_ids(tmp_path):
    path = tmp_path / "manifest.csv"
    path.write_text("name|path\na|a.txt\n")
    _, problems = read_manifest(path)
    assert len(problems) == 2 and len(corpus_warnings(problems)) == 2
    rows = inventory_problem_rows(problems + problems)  # the same faults twice still get distinct ids
    assert len({r["rejected_id"] for r in rows}) == 4


def test_a_manifest_linking_outside_the_folder_is_not_read(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("text")
    foreign = tmp_path / "foreign.csv"
    foreign.write_text(HEADER + "\nforeign,a.txt,Foreign title,,,2014-01-01,day,en,\n")
    (docs / "manifest.csv").symlink_to(foreign)
    sources, problems = discover(docs)
    assert [(s.source_name, s.manifest) for s in sources] == [("a", None)]
    assert problems[0]["reason"].startswith("manifest.csv is a symbolic link to a file outside the documents")


def test_strict_refuses_a_corpus_wide_problem_and_the_default_warns(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "manifest.csv").write_text(HEADER.replace("published_date", "date") + "\n")
    result = CliRunner().invoke(main, ["build", "--documents", str(docs), "--output", str(tmp_path / "o"),
                                       "--strict"])
    assert result.exit_code == 1
    assert "refused by --strict" in result.output and "did you mean `published_date`?" in result.output
    assert not (tmp_path / "o" / "builds").exists()


# ----------------------------------------------------------------------------------------------------------------
# The environment, checked before any extraction
# ----------------------------------------------------------------------------------------------------------------


def test_an_unwritable_output_folder_is_one_line_before_any_extraction(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the output folder should be")
    result = CliRunner().invoke(main, ["build", "--documents", str(SEEDS_DIR), "--output", str(blocker / "out")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot write into the output folder")
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_missing_documents_folder_and_too_little_disk_space(tmp_path):
    assert environment_errors(tmp_path / "nope", tmp_path / "o")[0].startswith("documents folder not found")
    errors = environment_errors(SEEDS_DIR, tmp_path / "o", min_free=1 << 62)
    assert errors[0].startswith(f"not enough disk space for the build in {tmp_path / 'o'}")


# ----------------------------------------------------------------------------------------------------------------
# Isolated builds
# ----------------------------------------------------------------------------------------------------------------


HOLD_LOCK = """
import sys, time
from pathlib import Path
from pipeline import locking
locking.acquire(Path(sys.argv[1]), "/some/documents", "pkdata build")
print("held", flush=True)
time.sleep(120)
"""


def test_a_second_build_into_a_locked_folder_is_refused_naming_the_first(tmp_path):
    output = tmp_path / "out"
    first = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(output)], cwd=ROOT, stdout=subprocess.PIPE,
                             text=True)
    try:
        assert first.stdout.readline().strip() == "held"
        assert locking.holder(output).startswith(f"process {first.pid} started ")
        result = CliRunner().invoke(main, ["build", "--documents", str(SEEDS_DIR), "--output", str(output)])
        assert result.exit_code == 1
        assert result.output.startswith(f"Error: another build is writing into {output}: process {first.pid} ")
        assert "from documents /some/documents (pkdata build)" in result.output
        assert not (output / "builds").exists()
    finally:
        first.kill()
        first.wait()
    assert locking.holder(output) is None  # the kernel dropped the lock of the killed process


def test_two_builds_of_different_corpora_at_the_same_time_keep_their_own_tables(tmp_path):
    corpora = {}
    for name, text in (("a", "Nepal sent 850 soldiers to UNIFIL on 3 May 2014."),
                       ("b", "Ghana sent 700 troops to UNMISS on 4 June 2015.")):
        docs = tmp_path / f"docs_{name}"
        docs.mkdir()
        (docs / f"only_{name}.txt").write_text(text, encoding="utf-8")
        corpora[name] = docs
    env = {**os.environ, "PKDATA_WORKERS": "1"}
    procs = {name: subprocess.Popen([sys.executable, "-m", "pipeline.cli", "build", "--documents", str(docs),
                                     "--output", str(tmp_path / f"out_{name}")], cwd=ROOT, env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for name, docs in corpora.items()}
    for name, proc in procs.items():
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
    for name, docs in corpora.items():
        output = tmp_path / f"out_{name}"
        assert query(output, "SELECT source_name FROM documents") == [(f"only_{name}",)]
        figure = 850 if name == "a" else 700
        assert query(output, "SELECT count_best FROM contributions") == [(figure,)]
        metadata = json.loads((output / "run_metadata.json").read_text())
        assert metadata["documents_dir"] == str(docs.resolve())
        assert (output / ".cache" / "dagster").is_dir()  # the run's stored values live with its output


# ----------------------------------------------------------------------------------------------------------------
# Bounded work per document
# ----------------------------------------------------------------------------------------------------------------


def test_run_on_sentences_are_cut_into_bounded_pieces():
    text = run_on(200)
    pieces = split_sentences(text)
    assert len(pieces) > 1 and max(s.end - s.start for s in pieces) <= MAX_SENTENCE_CHARS
    assert pieces[0].start == 0 and pieces[-1].end == len(text.rstrip())
    assert all(a.end <= b.start for a, b in zip(pieces, pieces[1:]))


def test_work_units_grow_linearly_with_run_on_text(matcher):
    small, large = run_on(100), run_on(400)
    units = [work_units(t, split_sentences(t)) for t in (small, large)]
    assert units[1] < 5 * units[0]  # four times the text, about four times the work


def test_the_work_budget_stops_a_document_with_a_recorded_error(tmp_path, matcher):
    ctx = DocumentContext(doc_id="x", published=PartialDate(dt.date(2014, 6, 1), "day"))
    with pytest.raises(WorkBudgetExceeded, match="work budget exceeded"):
        extract_document(run_on(50), ctx, matcher, work_budget=1000)
    (tmp_path / "run_on.txt").write_text(run_on(50))
    (tmp_path / "fine.txt").write_text("Nepal sent 850 soldiers to UNIFIL on 3 May 2014.")
    sources, _ = discover(tmp_path)
    catalog = build_mission_catalog(REFERENCE)
    result = extract_corpus(sources, catalog, cache_dir=tmp_path / "cache", bounds=Bounds(work_budget=20_000))
    records = {d.source_name: d.record for d in result.documents}
    assert records["run_on"]["ingest_status"] == "error"
    assert records["run_on"]["ingest_error"].startswith("work budget exceeded")
    assert records["fine"]["ingest_status"] == "ok"
    assert len(list((tmp_path / "cache").glob("??/*.json"))) == 1  # the stopped document is tried again next time


def test_the_wall_clock_guard_is_the_last_resort(tmp_path, matcher, monkeypatch):
    import pipeline.batch as batch

    def stall(*args, **kwargs):
        time.sleep(5)

    monkeypatch.setattr(batch, "extract_document", stall)
    (tmp_path / "slow.txt").write_text("Nepal sent 850 soldiers to UNIFIL.")
    source = discover(tmp_path)[0][0]
    t0 = time.monotonic()
    result = extract_one(source, matcher, bounds=Bounds(document_seconds=0.5))
    assert time.monotonic() - t0 < 4
    assert result.record["ingest_error"].startswith("took longer than 0.5 s, the wall-clock guard")
    assert not result.cacheable


def test_a_document_above_the_memory_budget_is_refused_and_a_large_one_read_alone(tmp_path):
    (tmp_path / "big.html").write_bytes(b"<html><body><p>" + b"Nepal sent 850 soldiers to UNIFIL. " * 6000
                                        + b"</p></body></html>")
    (tmp_path / "small.txt").write_text("Nepal sent 850 soldiers to UNIFIL.")
    sources, _ = discover(tmp_path)
    catalog = build_mission_catalog(REFERENCE)
    refused = extract_corpus(sources, catalog, bounds=Bounds(memory_budget_mb=1))
    records = {d.source_name: d.record for d in refused.documents}
    assert records["big"]["ingest_error"].startswith("too large to read within the memory budget: needs about 3 MB")
    assert records["small"]["ingest_status"] == "ok"
    alone = extract_corpus(sources, catalog, workers=2, batch_size=64, bounds=Bounds(memory_budget_mb=5))
    assert [d.record["ingest_status"] for d in alone.documents] == ["ok", "ok"]


CHILD = """
import os, sys, time, multiprocessing as mp
from pipeline.bounds import die_with_parent

def worker():
    die_with_parent()
    time.sleep(60)

if __name__ == "__main__":
    p = mp.get_context("fork").Process(target=worker)
    p.start()
    print(p.pid, flush=True)
    time.sleep(1)
    os._exit(0)  # the parent dies without stopping its worker
"""


def test_workers_die_with_their_parent(tmp_path):
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, cwd=ROOT, timeout=60)
    pid = int(done.stdout.split()[0])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        if Path(f"/proc/{pid}/stat").is_file() and Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z":
            return  # a zombie: ended, waiting for its reaper
        time.sleep(0.1)
    pytest.fail(f"worker {pid} outlived its parent")


# ----------------------------------------------------------------------------------------------------------------
# Plausibility
# ----------------------------------------------------------------------------------------------------------------


def test_plausibility_bounds_by_kind_of_figure():
    organisation = {"MINUSMA": "UN", "ISAF": "NATO"}
    rows = [
        {"doc_id": "d", "mission_acronym": "MINUSMA", "status": "deployed", "count_best": 12_000},
        {"doc_id": "d", "mission_acronym": "MINUSMA", "status": "deployed", "count_best": UN_MISSION_BOUND + 1},
        {"doc_id": "d", "mission_acronym": "ISAF", "status": "serving", "count_best": 130_000},
        {"doc_id": "d", "mission_acronym": None, "status": "serving", "count_high": ANY_FIGURE_BOUND + 1},
        {"doc_id": "d", "mission_acronym": None, "status": "cumulative", "count_best": 2_000_000},
    ]
    kept, rejected = split_plausible(rows, organisation)
    assert [r["count_best"] for r in kept if "count_best" in r] == [12_000, 130_000, 2_000_000]
    assert [r["check_name"] for r in rejected] == ["count.plausible"] * 2
    assert "twice the largest UN mission ever counted (39,893" in rejected[0]["reason"]


@pytest.mark.skipif(not OFFICIAL.is_dir(), reason="the official snapshots are missing from sources/reference/official")
def test_the_bounds_stand_above_the_official_counts():
    from pipeline import plausibility

    totals: dict[str, int] = {}
    largest = 0
    with open(OFFICIAL / "ipi_ppp_data_mission_1990-11_2017-03.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            n = int(float(row["Total"])) if row["Total"] not in ("", "NA") else 0
            largest = max(largest, n)
            totals[row["Date"]] = totals.get(row["Date"], 0) + n
    assert largest == plausibility.LARGEST_UN_MISSION
    assert max(totals.values()) == plausibility.LARGEST_UN_TOTAL


def test_ingest_reads_utf16_without_bom(tmp_path):
    (tmp_path / "u.txt").write_bytes("Nepal sent 850 soldiers to UNIFIL.".encode("utf-16-le"))
    doc = ingest(discover(tmp_path)[0][0])
    assert doc.text == "Nepal sent 850 soldiers to UNIFIL."
    assert "UTF-16 without a byte-order mark: decoded as utf-16-le" in doc.record["notes"]
