"""The `pkdata` command line: build the dataset, score it against gold annotations, cut releases."""

import hashlib
import json
import sys
import time
from pathlib import Path

import click

from pipeline.paths import PROJECT_ROOT

DEFAULT_DOCUMENTS = PROJECT_ROOT / "sources" / "documents"
DEFAULT_OUTPUT = PROJECT_ROOT / "outputs"
_DIR = click.Path(file_okay=False, path_type=Path)


def _settings(documents: Path, output: Path, workers: int, scheduler: str | None = None):
    from pipeline.settings import PipelineSettings  # imports Dagster: only for the commands that build

    # No --scheduler: the setting's own default (PKDATA_DASK_SCHEDULER, else local processes).
    extra = {"scheduler": scheduler} if scheduler is not None else {}
    return PipelineSettings(documents_dir=str(documents.resolve()), output_dir=str(output.resolve()),
                            workers=workers, **extra)


def _table_counts(output: Path) -> dict:
    """Rows per table, documents that could not be read, and rejected rows per table, from the published file."""
    import duckdb

    con = duckdb.connect(str(output / "peacekeeping.duckdb"), read_only=True)
    try:
        tables = [r[0] for r in con.sql("SELECT table_name FROM duckdb_tables() ORDER BY table_name").fetchall()]
        counts = {t: con.sql(f'SELECT count(*) FROM "{t}"').fetchall()[0][0] for t in tables}
        bad_docs = con.sql("SELECT source_name, ingest_error FROM documents WHERE ingest_status <> 'ok' "
                           "ORDER BY source_name").fetchall()
        rejected = dict(con.sql("SELECT table_name, count(*) FROM rejected_rows GROUP BY 1 ORDER BY 1").fetchall())
    finally:
        con.close()
    return {"tables": counts, "documents_rejected": bad_docs, "rows_rejected": rejected}


def _preflight(documents: Path, output: Path, strict: bool, quiet: bool) -> None:
    """Environment errors stop the build before any extraction; corpus-wide manifest problems are warnings
    (errors with ``strict``). One line each, never a traceback."""
    from pipeline.preflight import environment_errors, manifest_warnings

    errors = environment_errors(documents, output)
    if errors:
        raise click.ClickException("; ".join(errors))
    warnings = manifest_warnings(documents)
    if warnings and strict:
        raise click.ClickException("refused by --strict: " + "; ".join(warnings))
    if not quiet:
        for warning in warnings:
            click.echo(f"warning: {warning} (--strict makes this an error)", err=True)


def _run_dagster_build(documents: Path, output: Path, workers: int, log_level: str, key: str,
                       scheduler: str | None = None, every_partition: bool = False):
    from pipeline.runner import run_build
    from pipeline.uptodate import forget, record

    settings = _settings(documents, output, workers, scheduler)
    forget(output)
    result = run_build(settings, log_level=log_level, every_partition=every_partition)
    if not result.success:
        raise click.ClickException(
            f"build failed (Dagster run {result.run_id}); failed checks: {', '.join(result.failed_checks) or 'none'}"
            " -- see the run's logs with `make dev`")
    if result.final:
        record(output, key)
    return result


def do_build(documents: Path, output: Path, workers: int = 0, quiet: bool = False, log_level: str = "WARNING",
             strict: bool = False, force: bool = False, scheduler: str | None = None) -> dict:
    """Build the dataset from ``documents`` into ``output`` through Dagster, unless nothing a build depends on
    changed since the published build (``pipeline.uptodate``; ``force`` builds anyway). Returns the row counts.
    ``scheduler``: the address of a Dask scheduler to extract on (``pipeline.engines``; None: the setting).

    The output folder's lock is held from the up-to-date check to the end of the build (a build running there
    is refused as usual)."""
    from pipeline.locking import OutputLocked, output_lock
    from pipeline.uptodate import inputs_key, up_to_date

    _preflight(documents, output, strict, quiet)
    started = time.time()
    try:
        with output_lock(output, str(documents.resolve()), "pkdata build"):
            key = inputs_key(documents, output)
            unchanged = None if force else up_to_date(output, key)
            result = None if unchanged else _run_dagster_build(documents, output, workers, log_level, key,
                                                               scheduler, every_partition=force)
            counts = _table_counts(output)
    except OutputLocked as refused:
        raise click.ClickException(str(refused)) from None
    if quiet:
        return counts
    if result is None:
        click.echo(f"Nothing changed since build {unchanged} (documents, reference files, code, settings): kept "
                   f"the dataset published in {output}, no Dagster run, in {time.time() - started:.1f} s "
                   "(--force builds anyway).")
    else:
        click.echo(f"Built the dataset from {documents} into {output} in {time.time() - started:.1f} s "
                   f"(Dagster run {result.run_id[:8]}).")
        _echo_reuse(result.reuse)
    _echo_counts(counts)
    return counts


def _echo_reuse(reuse: dict) -> None:
    """What the build read back from its caches instead of building it again."""
    parts = []
    if "from_cache" in reuse:
        parts.append(f"{reuse['from_cache']} document(s) from the extraction cache, {reuse.get('extracted', 0)} "
                     "extracted")
    if "official_reused" in reuse:
        parts.append("official tables " + ("reused (snapshots, catalog and code unchanged)" if reuse["official_reused"]
                                           else "built from the snapshots"))
    if parts:
        click.echo("Caches: " + "; ".join(parts) + ".")


def _echo_counts(counts: dict) -> None:
    click.echo("Rows per table:")
    for name, n in counts["tables"].items():
        click.echo(f"  {name:<18}{n:>8}")
    click.echo(f"Documents rejected: {len(counts['documents_rejected'])}")
    for name, err in counts["documents_rejected"]:
        click.echo(f"  {name}: {err}")
    if counts["rows_rejected"]:
        click.echo("Rows rejected by validation (see the rejected_rows table): " +
                   ", ".join(f"{t} {n}" for t, n in counts["rows_rejected"].items()))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="pkdata", prog_name="pkdata")
def main() -> None:
    """Peacekeeping dataset: contributions, missions and events extracted from documents."""


@main.command()
@click.option("--documents", type=_DIR, default=DEFAULT_DOCUMENTS, show_default=True,
              help="Folder of documents with a manifest.csv.")
@click.option("--output", type=_DIR, default=DEFAULT_OUTPUT, show_default=True,
              help="Where to publish parquet/ and peacekeeping.duckdb.")
@click.option("--workers", type=int, default=0, show_default=True, help="Processes for extraction (0: one per core).")
@click.option("--log-level", type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False),
              default="WARNING", show_default=True,
              help="Dagster's console log level (INFO shows progress lines when no terminal shows the bar).")
@click.option("--strict", is_flag=True,
              help="Refuse to build when a manifest problem would change every row (e.g. no published_date column).")
@click.option("--force", is_flag=True,
              help="Run the build even when nothing it depends on changed since the published one.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Extract on the Dask cluster of this scheduler (tcp://host:8786) instead of local processes; "
                   "default: PKDATA_DASK_SCHEDULER. Its workers must see the documents and output at the same "
                   "paths (README: Across several machines).")
def build(documents: Path, output: Path, workers: int, log_level: str, strict: bool, force: bool,
          scheduler: str | None) -> None:
    """Run the Dagster materialization: ingest, extract, validate, publish. When nothing changed since the
    published build (documents, reference files, code, settings), say so and keep it (no Dagster run)."""
    do_build(documents, output, workers, log_level=log_level.upper(), strict=strict, force=force,
             scheduler=scheduler)


def _published_predictions(documents: Path, output: Path | None) -> dict[str, list[dict]]:
    """Build (or reuse) the dataset for ``documents`` through Dagster and read its tables as predictions."""
    if output is None:
        digest = hashlib.sha256(str(documents.resolve()).encode()).hexdigest()[:12]
        output = DEFAULT_OUTPUT / "eval" / digest
    do_build(documents, output, quiet=True)
    return published_predictions(output)


def published_predictions(output: Path) -> dict[str, list[dict]]:
    """The tables published in ``output`` as predictions (``evaluation.predicted_rows``)."""
    import pyarrow.parquet as pq

    from pipeline.evaluation import predicted_rows

    tables = {name: pq.read_table(output / "parquet" / f"{name}.parquet").to_pylist()
              for name in ("documents", "contributions", "events", "mission_mentions")}
    failed = [d for d in tables["documents"] if d["ingest_status"] == "error"]
    if failed:
        # Scores over documents that could not be read or extracted would be silently low: say so.
        click.echo(f"warning: {len(failed)} of {len(tables['documents'])} documents failed and count as predicting "
                   f"nothing: " + "; ".join(f"{d['source_name']}: {d['ingest_error']}" for d in failed[:3]), err=True)
    return predicted_rows(tables["documents"], tables["contributions"], tables["events"],
                          tables["mission_mentions"])


def _print_scores(scores: dict, ladders: dict, predicted: dict, gold_rows: dict, show_rules: bool,
                  as_json: bool) -> None:
    """The guide's scores, the ladder, the confusion matrices, attribute agreement and (optionally) the rules."""
    from pipeline import eval_report as er
    from pipeline.evaluation import format_report

    matrices = er.confusions(er.restrict(predicted, gold_rows)["contributions"], gold_rows["contributions"])
    attributes = er.attribute_agreement(predicted, gold_rows)
    rules = er.by_rule(predicted, gold_rows) if show_rules else None
    if as_json:
        click.echo(json.dumps({
            **{t: s.as_dict() for t, s in scores.items()},
            "ladder": {t: [{"level": level, **s.as_dict(), "missed": None, "extra": None} for level, s in levels]
                       for t, levels in ladders.items()},
            "confusion": {name: [[g, p, n] for (g, p), n in sorted(m.items())] for name, m in matrices.items()},
            "attributes": [dict(zip(("table", "attribute", "level", "agree", "pairs"), a)) for a in attributes],
            **({"by_rule": {t: [dict(zip(("stage", "rule", "rows", "matched"), r)) for r in rows]
                            for t, rows in rules.items()}} if rules is not None else {}),
        }, indent=2, default=str))
        return
    parts = [format_report(scores), er.format_ladders(ladders), er.format_confusions(matrices),
             er.format_attributes(attributes)]
    if rules is not None:
        parts.append(er.format_by_rule(rules))
    click.echo("\n\n".join(parts))


@main.command(name="eval")
@click.option("--documents", type=_DIR, required=True, help="Folder of documents with a manifest.csv.")
@click.option("--gold", type=_DIR, required=True, help="Folder with contributions.csv, events.csv, missions.csv.")
@click.option("--output", type=_DIR, default=None,
              help="Where to build the dataset (default: outputs/eval/<folder hash>; reused between runs).")
@click.option("--direct", is_flag=True,
              help="Run the extraction library directly, without Dagster (same rows, faster on small sets).")
@click.option("--by-rule", "show_rules", is_flag=True, help="Also print precision and rows per extractor rule.")
@click.option("--history", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Append the scores (date, commit, folder, table, level, P, R, F1, n) to this CSV file.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--min-f1", type=float, default=None, help="Exit with status 1 when a table's F1 is below this.")
@click.option("--lost", is_flag=True, help="Also print, for each gold contribution missed at the figure level, the "
              "stage that lost it (not reached, prefilter, number not read, no candidate, vetoed, no sender, "
              "merged) and its sentence (pipeline.lost; runs the extraction directly, traced).")
def eval_command(documents: Path, gold: Path, output: Path | None, direct: bool, show_rules: bool,
                 history: Path | None, as_json: bool, min_f1: float | None, lost: bool) -> None:
    """Build (or reuse) the dataset for DOCUMENTS and score it against GOLD: the guide's scores, the matching
    ladder (where rows are lost), the confusion matrices and attribute agreement."""
    from pipeline import eval_report as er
    from pipeline.evaluation import evaluate, read_gold

    if direct:
        from pipeline.eval_runs import predict_folder

        predicted = predict_folder(documents)
    else:
        predicted = _published_predictions(documents, output)
    gold_rows = read_gold(gold)
    scores = evaluate(predicted, gold_rows)
    ladders = er.ladders(predicted, gold_rows)
    _print_scores(scores, ladders, predicted, gold_rows, show_rules, as_json)
    if lost:
        from pipeline.lost import format_lost, lost_figures

        click.echo("\n" + format_lost(lost_figures(documents, gold, predicted if direct else None),
                                       len(gold_rows["contributions"])))
    if history is not None:
        er.append_history(history, er.history_rows(ladders, str(documents), er.git_commit(PROJECT_ROOT)))
    if min_f1 is not None:
        low = [t for t, s in scores.items() if s.f1 < min_f1]
        if low:
            click.echo(f"F1 below {min_f1}: {', '.join(low)}", err=True)
            sys.exit(1)


@main.command(name="release")
@click.option("--output", type=_DIR, default=DEFAULT_OUTPUT, show_default=True,
              help="Folder of the published outputs; the release goes to OUTPUT/releases/<version>/.")
@click.option("--build", "rebuild", is_flag=True,
              help="Build first, from DOCUMENTS (default: build only when OUTPUT holds no published outputs).")
@click.option("--documents", type=_DIR, default=DEFAULT_DOCUMENTS, show_default=True,
              help="Folder of documents with a manifest.csv, for the build.")
@click.option("--version", "version", default=None,
              help="Version (default: today's UTC date YYYY.MM.DD, then .1, .2... for later releases that day).")
@click.option("--workers", type=int, default=0, show_default=True, help="Processes for extraction (0: one per core).")
def release_command(output: Path, rebuild: bool, documents: Path, version: str | None, workers: int) -> None:
    """Cut a release of the published outputs (Parquet, DuckDB, datapackage.json, SHA256SUMS, zip, data
    dictionary, CHANGES.md) and move `latest` to it once it is complete."""
    from pipeline.release import ReleaseError, cut_release, has_published_outputs

    if rebuild or not has_published_outputs(output):
        do_build(documents, output, workers)
    try:
        done = cut_release(output, version)
    except ReleaseError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"Released {done.version} into {done.path} "
               f"({'compared with ' + done.previous if done.previous else 'first release'}); "
               f"latest -> {done.version}.")


@main.command(name="report")
@click.option("--output", type=_DIR, default=DEFAULT_OUTPUT, show_default=True,
              help="Folder of the published outputs (it holds peacekeeping.duckdb).")
@click.option("--to", "target", type=_DIR, default=None, help="Where to write the report (default: OUTPUT/report).")
def report_command(output: Path, target: Path | None) -> None:
    """Write the static HTML report of the published dataset: contributors and missions with their claims over
    time (charts), every figure with its evidence sentence and document, conflicts, the data dictionary."""
    from pipeline.report import ReportError, build_report

    try:
        done = build_report(output, target)
    except ReportError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"Wrote {done.pages} pages ({done.contributors} contributors, {done.missions} missions) into "
               f"{done.path}; open {done.path / 'index.html'} in a browser.")


@main.command(name="sql")
@click.argument("query")
@click.option("--output", type=_DIR, default=DEFAULT_OUTPUT, show_default=True,
              help="Folder of the published outputs (it holds peacekeeping.duckdb).")
@click.option("--csv", "fmt", flag_value="csv", help="Print CSV (with a header line).")
@click.option("--json", "fmt", flag_value="json", help="Print a JSON array of objects.")
@click.option("--max-rows", type=int, default=40, show_default=True, help="Rows shown in the table (not CSV/JSON).")
def sql_command(query: str, output: Path, fmt: str | None, max_rows: int) -> None:
    """Run an SQL QUERY on the published database (read-only) and print the result.

    Example: pkdata sql "SELECT contributor_iso3, count(*) FROM contributions GROUP BY 1 ORDER BY 2 DESC"
    """
    from pipeline.query import DATABASE_FILE, QueryError, run_query

    try:
        run_query(output / DATABASE_FILE, query, fmt or "table", max_rows)
    except QueryError as error:
        raise click.ClickException(str(error)) from None


def _register_tools() -> None:
    from pipeline.cli_tools import agreement_command, corpus_group, explain_command, guard_command, train_command

    for command in (guard_command, agreement_command, explain_command, corpus_group, train_command):
        main.add_command(command)


_register_tools()

@main.command(name="validate")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
def validate_command(folder: Path) -> None:
    """Run the project's full check on a release FOLDER: every file against SHA256SUMS and the zip's checksum,
    then the data package with frictionless (the descriptor, every table's rows against its schema and foreign
    keys, the size and hash of every other file). Exit status 1 when anything is wrong."""
    from pipeline.release import verify_release
    from schemas.datapackage import validate_datapackage

    descriptor = folder / "datapackage.json"
    if not descriptor.is_file():
        raise click.ClickException(f"{folder} has no datapackage.json: give a release folder "
                                   "(outputs/releases/<version>/ or outputs/releases/latest)")
    problems = verify_release(folder) if (folder / "SHA256SUMS").is_file() else ["SHA256SUMS: missing"]
    problems += validate_datapackage(descriptor)
    for problem in problems:
        click.echo(problem)
    if problems:
        raise click.ClickException(f"{len(problems)} problem(s) in {folder}")
    click.echo(f"{folder}: every file matches SHA256SUMS and the data package is valid.")


if __name__ == "__main__":
    main()
