"""Cached rebuilds: `pkdata build` with nothing changed publishes nothing and runs no Dagster run; any change of
an input (a document, a reference file, a setting that changes rows) or of the published files builds again."""

import json
import os
import re
import shutil
from pathlib import Path

from click.testing import CliRunner

from pipeline import uptodate
from pipeline.cli import main
from tests.conftest import SEEDS_DIR


def _fake_output(output: Path, build: str = "b1") -> None:
    """The layout of pipeline.publish: builds/<id>/..., ``current`` and the stable links through it."""
    folder = output / "builds" / build
    (folder / "parquet").mkdir(parents=True)
    (folder / "parquet" / "t.parquet").write_bytes(b"rows")
    (folder / "peacekeeping.duckdb").write_bytes(b"db")
    (folder / "run_metadata.json").write_text("{}")
    link = output / "current"
    if link.is_symlink():
        link.unlink()
    os.symlink(f"builds/{build}", link)
    for name in uptodate.STABLE_NAMES:
        if not (output / name).is_symlink():
            os.symlink(f"current/{name}", output / name)


def test_the_inputs_key_follows_documents_reference_and_row_settings(tmp_path, seeds_copy, monkeypatch):
    output = seeds_copy / "out"  # an output folder inside the documents folder is no input
    key = uptodate.inputs_key(seeds_copy, output)
    _fake_output(output)
    assert uptodate.inputs_key(seeds_copy, output) == key
    document = next(p for p in seeds_copy.iterdir() if p.suffix == ".txt")
    document.write_text(document.read_text() + "\nOne more sentence.\n")
    changed = uptodate.inputs_key(seeds_copy, output)
    assert changed != key
    os.symlink(tmp_path, seeds_copy / "linked")  # a linked folder is not followed, but is a problem to report
    linked = uptodate.inputs_key(seeds_copy, output)
    assert linked != changed
    (seeds_copy / "linked").unlink()
    assert uptodate.inputs_key(seeds_copy, output) == changed
    monkeypatch.setenv("PKDATA_WORK_BUDGET", "5")
    assert uptodate.inputs_key(seeds_copy, output) != changed
    monkeypatch.delenv("PKDATA_WORK_BUDGET")
    reference = tmp_path / "reference"
    shutil.copytree(uptodate.reference_dir(), reference)
    monkeypatch.setenv("PKDATA_REFERENCE_DIR", str(reference))
    copied = uptodate.inputs_key(seeds_copy, output)
    (reference / "mission_aliases.csv").write_text((reference / "mission_aliases.csv").read_text() + "\n")
    assert uptodate.inputs_key(seeds_copy, output) != copied


def test_a_record_holds_until_the_key_the_build_or_a_published_file_changes(tmp_path):
    output = tmp_path / "out"
    _fake_output(output)
    assert uptodate.up_to_date(output, "k") is None  # nothing recorded
    uptodate.record(output, "k")
    assert uptodate.up_to_date(output, "k") == "b1"
    assert uptodate.up_to_date(output, "other") is None
    (output / "builds" / "b1" / "parquet" / "t.parquet").write_bytes(b"other rows")
    assert uptodate.up_to_date(output, "k") is None
    uptodate.record(output, "k")
    (output / "peacekeeping.duckdb").unlink()
    (output / "peacekeeping.duckdb").write_bytes(b"a file instead of the link")
    assert uptodate.up_to_date(output, "k") is None
    (output / "peacekeeping.duckdb").unlink()
    os.symlink("current/peacekeeping.duckdb", output / "peacekeeping.duckdb")
    assert uptodate.up_to_date(output, "k") == "b1"
    _fake_output(output, "b2")  # another build published since (the UI, a schedule)
    assert uptodate.up_to_date(output, "k") is None
    uptodate.record(output, "k")
    uptodate.forget(output)
    assert uptodate.up_to_date(output, "k") is None


def _published_state(output: Path) -> dict:
    build = output / os.readlink(output / "current")
    return {p.relative_to(build).as_posix(): (p.stat().st_mtime_ns, p.read_bytes())
            for p in sorted(build.rglob("*")) if p.is_file()}


def _runs(output: Path) -> int:
    """How many Dagster runs the output folder's own instance recorded (pipeline.runner.instance_for)."""
    import dagster as dg

    instance = dg.DagsterInstance.from_config(str(output / ".cache" / "dagster_home"))
    try:
        return instance.get_runs_count()
    finally:
        instance.dispose()


def test_a_second_build_with_nothing_changed_keeps_the_published_files_and_runs_nothing(tmp_path):
    output = tmp_path / "o"
    args = ["build", "--documents", str(SEEDS_DIR), "--output", str(output), "--workers", "1"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "Built the dataset" in first.output
    assert "official tables built from the snapshots" in first.output
    build = os.readlink(output / "current")
    before = _published_state(output)
    runs = _runs(output)
    assert runs == 1

    second = CliRunner().invoke(main, args)
    assert second.exit_code == 0, second.output
    assert re.search(r"Nothing changed since build \S+ .* no Dagster run", second.output), second.output
    assert "official_contributions" in second.output  # the row counts are printed as after a build
    assert os.readlink(output / "current") == build
    assert _published_state(output) == before
    assert _runs(output) == runs

    forced = CliRunner().invoke(main, [*args, "--force"])
    assert forced.exit_code == 0, forced.output
    assert "Built the dataset" in forced.output
    assert "official tables reused" in forced.output and "2 document(s) from the extraction cache" in forced.output
    assert os.readlink(output / "current") != build
    after = _published_state(output)
    parquet = sorted(k for k in before if k.startswith("parquet/"))
    assert parquet and [after[k][1] for k in parquet] == [before[k][1] for k in parquet]  # the same bytes
    recorded = json.loads((output / uptodate.RECORD_FILE).read_text())
    assert recorded["build"] == os.readlink(output / "current").rsplit("/", 1)[-1]


def test_the_official_tables_are_read_back_while_their_inputs_do_not_change(tmp_path):
    from pipeline.official_cache import official_tables
    from pipeline.reference.catalog import build_mission_catalog

    reference = tmp_path / "reference"
    shutil.copytree(uptodate.reference_dir(), reference)
    catalog = build_mission_catalog(reference)
    cache = tmp_path / "cache"
    built = official_tables(reference, catalog, cache)
    assert not built.reused and len(built.valid["official_contributions"]) > 80_000
    again = official_tables(reference, catalog, cache)
    assert again.reused and again.key == built.key and again.dropped == built.dropped
    for name in ("official_contributions", "mission_strength"):
        assert again.valid[name].equals(built.valid[name]) and again.rejected[name].equals(built.rejected[name])
    (cache / f"{built.key}.pickle").write_bytes(b"damaged")
    assert not official_tables(reference, catalog, cache).reused  # built again, and cached again
    assert official_tables(reference, catalog, cache).reused
    snapshot = next((reference / "official").glob("ipi_ppp_data_mission_*.csv"))
    lines = snapshot.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not line.startswith('2017-03-31,"UNMOGIP"')]
    assert len(kept) == len(lines) - 1
    snapshot.write_text("".join(kept), encoding="utf-8")  # one month of one mission fewer
    changed = official_tables(reference, catalog, cache)
    assert not changed.reused and changed.key != built.key
    assert len(changed.valid["mission_strength"]) == len(built.valid["mission_strength"]) - 1
    assert [p.stem for p in cache.glob("*.pickle")] == [changed.key]


def test_the_inputs_key_follows_the_code(tmp_path, seeds_copy, monkeypatch):
    """A rule or schema edited without any version bump still makes the next build run."""
    root = tmp_path / "root"
    for name in uptodate.CODE_DIRS:
        shutil.copytree(uptodate.PROJECT_ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(uptodate, "PROJECT_ROOT", root)
    key = uptodate.inputs_key(seeds_copy, tmp_path / "out")
    (root / "pipeline" / "__pycache__").mkdir(exist_ok=True)
    (root / "pipeline" / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"compiled")  # not code that counts
    assert uptodate.inputs_key(seeds_copy, tmp_path / "out") == key
    rules = root / "pipeline" / "extract" / "data"
    some_file = min(p for p in rules.rglob("*") if p.is_file())
    some_file.write_bytes(some_file.read_bytes() + b"\n")
    assert uptodate.inputs_key(seeds_copy, tmp_path / "out") != key


def test_a_build_with_a_document_stopped_by_a_bound_is_not_final(tmp_path):
    """A document stopped by a bound is not cached, so that the next build tries it again: such a build is not
    recorded as up to date either."""
    from pipeline.runner import run_build
    from pipeline.settings import PipelineSettings

    result = run_build(PipelineSettings(documents_dir=str(SEEDS_DIR), output_dir=str(tmp_path / "o"), workers=1,
                                        work_budget=1))
    assert result.success and not result.final
    assert result.reuse["extracted"] == 2
