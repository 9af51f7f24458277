"""The `pkdata` commands for the people who work on the rules and the gold: the score guard, the agreement between
two annotators, `explain` and `corpus add`. Registered on the main group by ``pipeline.cli``."""

import json
import sys
from pathlib import Path

import click

_DIR = click.Path(file_okay=False, path_type=Path)


@click.command(name="guard")
@click.option("--write", is_flag=True,
              help="Score every annotated dev set (seeds, devset*, the real corpus's dev split) and write the file.")
@click.option("--file", "path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The guard file (default: tests/data/scores_guard.json).")
def guard_command(write: bool, path: Path | None) -> None:
    """Check (or, with --write, record) each annotated dev set's F1 per table: a drop of more than 0.02 fails.

    The sets are those the file lists; held-out sets and test splits are never guarded. Run with --write after a
    change that is meant to move the scores, and commit the file with the change."""
    from pipeline import eval_runs

    path = path or eval_runs.GUARD_FILE
    if write:
        data = eval_runs.write_guard(path)
        for name, entry in data["sets"].items():
            click.echo(f"{name:<10}" + "  ".join(f"{t} {f:.4f}" for t, f in entry["f1"].items()))
        click.echo(f"Wrote {path}.")
        return
    data = eval_runs.read_guard(path)
    drops = []
    for name, entry in data["sets"].items():
        found = eval_runs.check_set(entry, data.get("tolerance", eval_runs.TOLERANCE))
        click.echo(f"{name:<10}{'ok' if not found else 'DROP'}")
        drops += found
    if drops:
        click.echo("\n".join(drops), err=True)
        sys.exit(1)


@click.command(name="agreement")
@click.option("--documents", type=_DIR, required=True, help="Folder of the documents with a manifest.csv.")
@click.option("--a", "gold_a", type=_DIR, required=True, help="The first annotator's gold folder (the reference).")
@click.option("--b", "gold_b", type=_DIR, required=True, help="The second annotator's gold folder (scored).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def agreement_command(documents: Path, gold_a: Path, gold_b: Path, as_json: bool) -> None:
    """Score annotator B against annotator A with the evaluation's matching, ladder and attribute agreement, on the
    documents both annotated and that DOCUMENTS' manifest lists. The documents an annotator read are those of the
    manifest in their gold folder's documents/ when it has one, else those with a row in their files."""
    from pipeline import eval_report as er
    from pipeline.eval_runs import annotated_documents, gold_as_predicted
    from pipeline.evaluation import evaluate, format_report, read_gold
    from pipeline.ingest.manifest import read_manifest

    a, b = read_gold(gold_a), read_gold(gold_b)
    listed = {entry.source_name for entry in read_manifest(documents / "manifest.csv")[0]}
    both = annotated_documents(gold_a, a) & annotated_documents(gold_b, b) & listed
    a = {t: [r for r in rows if r["source_name"] in both] for t, rows in a.items()}
    b_rows = gold_as_predicted({t: [r for r in rows if r["source_name"] in both] for t, rows in b.items()})
    scores = evaluate(b_rows, a, both)
    ladders = er.ladders(b_rows, a, both)
    matrices = er.confusions(b_rows["contributions"], a["contributions"])
    attributes = er.attribute_agreement(b_rows, a, both)
    if as_json:
        click.echo(json.dumps({
            "documents": sorted(both), **{t: {**s.as_dict(), "missed": None, "extra": None} for t, s in scores.items()},
            "ladder": {t: [{"level": lv, "f1": round(s.f1, 4), "precision": round(s.precision, 4),
                            "recall": round(s.recall, 4)} for lv, s in levels] for t, levels in ladders.items()},
            "attributes": [dict(zip(("table", "attribute", "level", "agree", "pairs"), x)) for x in attributes],
        }, indent=2))
        return
    click.echo(f"B ({gold_b}) scored against A ({gold_a}) on the {len(both)} documents both annotated.")
    click.echo(format_report(scores, show_rows=0))
    click.echo()
    click.echo(er.format_ladders(ladders))
    click.echo()
    click.echo(er.format_confusions(matrices))
    click.echo()
    click.echo(er.format_attributes(attributes))


@click.command(name="explain")
@click.argument("sentence", required=False)
@click.option("--file", "path", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Explain a whole text file instead of SENTENCE.")
@click.option("--date", "published", default=None,
              help="Publication date, YYYY[-MM[-DD]], against which relative dates resolve (for --file, default: "
                   "the date the manifest.csv beside the file gives).")
@click.option("--publisher", default=None,
              help="The document's publisher (for --file, default: the manifest's): a national parliament, ministry or "
                   "armed force speaks of its own country's forces.")
def explain_command(sentence: str | None, path: Path | None, published: str | None, publisher: str | None) -> None:
    """Why each row is or is not there: the figures found, the noun rule and the vetoes of each, and the rows
    (contributions and events) that come out.

    \b
    pkdata explain "Nepal will send 350 troops to UNMISS next month" --date 2014-02-25
    pkdata explain --file sources/documents/000_0cfa2f82a8c410f2.txt"""
    from pipeline.explain import explain_text, format_explanation, manifest_entry
    from pipeline.extract.types import PartialDate

    if (sentence is None) == (path is None):
        raise click.UsageError("give either a SENTENCE or --file PATH")
    try:
        when = PartialDate.parse(published) if published else None
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--date") from None
    url = None
    if path is not None:
        text = path.read_text(encoding="utf-8", errors="replace")
        entry = manifest_entry(path)
        if entry is not None:
            when, publisher, url = when or entry.published, publisher or entry.publisher, entry.url
    else:
        text = sentence
    click.echo(f"publication date: {when.iso() if when else 'none (relative dates stay unresolved)'}")
    if publisher:
        click.echo(f"publisher: {publisher}")
    click.echo(format_explanation(*explain_text(text, when, publisher, url)), nl=False)


@click.group(name="corpus")
def corpus_group() -> None:
    """The real corpus of annotated documents (tests/data/real) and its fixed dev/test split."""


@corpus_group.command(name="add")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--corpus", "root", type=_DIR, default=None, help="The corpus folder (default: tests/data/real).")
@click.option("--reserved-check", "checker", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The reserved-text checker (default: ../shared/reserved/check.py beside the project, when it "
                   "exists).")
@click.option("--dry-run", is_flag=True, help="Say where each document would go; change nothing.")
def corpus_add_command(folder: Path, root: Path | None, checker: Path | None, dry_run: bool) -> None:
    """Add FOLDER's annotated documents (documents/ with manifest.csv, and contributions.csv, events.csv,
    missions.csv) to the corpus: each to the split that the hash of its URL picks, with its gold rows.

    Documents already in the corpus (same URL or source_name), with a missing file, or whose text or URL the
    reserved-text checker flags are refused; the others are added. Exit status 1 when any is refused."""
    from pipeline import corpus

    result = corpus.add_documents(folder, root or corpus.DEFAULT_CORPUS, checker or corpus.RESERVED_CHECK,
                                  dry_run=dry_run)
    if result.problems:
        raise click.ClickException("nothing added:\n  " + "\n  ".join(result.problems))
    verb = "would add" if dry_run else "added"
    for split, names in result.added.items():
        click.echo(f"{verb} to {split}: {len(names)}" + (f" ({', '.join(names)})" if names else ""))
    for name, reason in result.refused:
        click.echo(f"refused {name}: {reason}", err=True)
    if result.refused:
        sys.exit(1)


@click.command(name="train")
@click.option("--gold", type=_DIR, default=None,
              help="Annotated split with documents/ and contributions.csv (default: tests/data/real/dev).")
@click.option("--exclude", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A file of source names (one a line) left out of training and scoring.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The model file (default: pipeline/extract/data/contribution_model.json); the report is "
                   "written beside it (.report.md).")
def train_command(gold: Path | None, exclude: Path | None, out: Path | None) -> None:
    """Fit the learned steps of the contribution rows on an annotated split, print their out-of-fold figures
    against the rules alone, and write the model file the extraction reads (pipeline.training)."""
    from pipeline import eval_runs, training

    gold = gold or training.DEV
    if not eval_runs.is_guardable(gold.name, str(gold)):
        raise click.ClickException(f"{gold}: held-out sets and test splits are never trained on")
    names = frozenset(line.strip() for line in exclude.read_text(encoding="utf-8").splitlines() if line.strip()) \
        if exclude else frozenset()
    out = out or training.model.MODEL_PATH
    data = training.train(gold, out, names)
    cv = data["cv"]
    for label, o in (("rules only", cv["rules_only"]), ("best option", cv["best_option"]),
                     ("shipped", cv["shipped"])):
        click.echo(f"{label:<11} out-of-fold strict P {o['P']:.3f} R {o['R']:.3f} F1 {o['F1']:.3f}, figure F1 "
                   f"{o['figure_F1']:.3f}, status agreement {o['status_agreement']:.3f}")
    steps = ", ".join(f"{n} (threshold {s['threshold']})" for n, s in data["steps"].items()) or \
        f"none (no option gains {cv['min_gain']} F1 over the rules alone)"
    click.echo(f"steps: {steps}; wrote {out} and {out.with_suffix('.report.md')}")
