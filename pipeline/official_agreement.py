"""How many serving/deployed claims have an official figure, and what share agree within 10 %.

An automatic, large-scale check of the extraction's figures against the UN's own counts
(``v_claims_vs_official``). On any documents folder::

    .venv/bin/python -m pipeline.official_agreement --documents path/to/folder [--output path/to/out] [--json]

builds the dataset for the folder (through the real Dagster job, reusing the extraction cache of the output
folder) unless ``--no-build`` is given, then reads ``peacekeeping.duckdb`` of the output folder. Several folders
may be given: each gets its own line and the total adds them up.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import duckdb

QUERY = """
SELECT
    count(*) AS n_claims,
    count(*) FILTER (WHERE official_count IS NOT NULL) AS n_with_official,
    count(*) FILTER (WHERE flag = 'agrees') AS n_agree,
    count(*) FILTER (WHERE flag = 'higher') AS n_higher,
    count(*) FILTER (WHERE flag = 'lower') AS n_lower,
    count(*) FILTER (WHERE official_category IS NOT NULL AND mission_or_scope <> 'unspecified'
                     AND claim_month BETWEEN DATE '2009-08-01' AND DATE '2014-11-01') AS n_in_coverage
FROM v_claims_vs_official
WHERE status IN ('serving', 'deployed')
"""


def agreement(con) -> dict:
    """The figures of one database: serving/deployed rows, those with an official figure, and the flags."""
    names = ("n_claims", "n_with_official", "n_agree", "n_higher", "n_lower", "n_in_coverage")
    return dict(zip(names, (int(v) for v in con.execute(QUERY).fetchone())))


def share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def summarise(figures: dict) -> dict:
    return {**figures, "share_with_official": share(figures["n_with_official"], figures["n_claims"]),
            "share_agree": share(figures["n_agree"], figures["n_with_official"])}


def _build(documents: Path, output: Path) -> None:
    from pipeline.runner import run_build
    from pipeline.settings import PipelineSettings

    result = run_build(PipelineSettings(documents_dir=str(documents), output_dir=str(output)))
    if not result.success:
        raise SystemExit(f"the build of {documents} failed: {', '.join(result.failed_checks) or 'see the log'}")


def measure(documents: Path, output: Path, build: bool = True) -> dict:
    if build:
        _build(documents, output)
    con = duckdb.connect(str(output / "peacekeeping.duckdb"), read_only=True)
    try:
        return summarise(agreement(con))
    finally:
        con.close()


def _line(name: str, f: dict) -> str:
    def pct(x):
        return "-" if x is None else f"{100 * x:.0f} %"
    return (f"{name:<28} {f['n_claims']:>6} {f['n_in_coverage']:>9} {f['n_with_official']:>9} "
            f"{pct(f['share_with_official']):>7} {f['n_agree']:>6} {pct(f['share_agree']):>7} "
            f"{f['n_higher']:>6} {f['n_lower']:>6}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=Path, nargs="+", required=True, help="documents folder(s)")
    parser.add_argument("--output", type=Path, help="output folder (one per documents folder: a subfolder each "
                                                     "when several are given; default: a temporary folder)")
    parser.add_argument("--no-build", action="store_true", help="read the output folder as it is")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    root = args.output or Path(tempfile.mkdtemp(prefix="pkdata-agreement-"))
    results = {}
    for folder in args.documents:
        output = root / folder.resolve().parent.name if len(args.documents) > 1 else root
        results[str(folder)] = measure(folder, output, build=not args.no_build)
    keys = ("n_claims", "n_with_official", "n_agree", "n_higher", "n_lower", "n_in_coverage")
    total = summarise({k: sum(r[k] for r in results.values()) for k in keys})
    if args.json:
        print(json.dumps({"folders": results, "total": total}, indent=2))
        return 0
    print(f"{'serving/deployed claims':<28} {'rows':>6} {'coverage':>9} {'official':>9} {'share':>7} "
          f"{'agree':>6} {'share':>7} {'higher':>6} {'lower':>6}")
    for name, figures in results.items():
        print(_line(Path(name).resolve().parent.name if len(results) > 1 else Path(name).name, figures))
    if len(results) > 1:
        print(_line("total", total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
