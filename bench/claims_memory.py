"""Peak memory of building the claims alone, from the validated tables of a build (issue 12).

    .venv/bin/python bench/claims_memory.py OUTPUT/.cache/tables all          # every valid row held at once
    .venv/bin/python bench/claims_memory.py OUTPUT/.cache/tables buckets 10000 # bucket by bucket (grouping.py)

Run each mode in its own process: it prints the peak resident memory (``getrusage``) once the documents' records are
read, and after the claims and event claims are built (and, in ``buckets`` mode, consumed one by one).
"""

from __future__ import annotations

import gc
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.assets.tables import CLAIM_INPUTS  # noqa: E402
from pipeline.reconcile import claims as C  # noqa: E402
from pipeline.reconcile.grouping import BUCKET_ROWS, file_records, grouped_records  # noqa: E402


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(folder: Path, mode: str, bucket_rows: int = BUCKET_ROWS) -> None:
    docs = file_records(folder / "documents.parquet", CLAIM_INPUTS["documents"])
    base, n = _peak_mb(), 0
    if mode == "all":
        for source, build in (("contributions", C.build_claims), ("events", C.build_event_claims)):
            out = build(file_records(folder / f"{source}.parquet", CLAIM_INPUTS[source]), docs)
            n += len(out)
            del out
            gc.collect()
    else:
        for source, key, build in (("contributions", C.claim_key, C.iter_claims),
                                   ("events", C.event_key, C.iter_event_claims)):
            buckets = grouped_records(folder / f"{source}.parquet", CLAIM_INPUTS[source], key, bucket_rows)
            n += sum(1 for _ in build(buckets, docs))
    print(f"{mode}: {n} claims; peak RSS {base:.0f} MB before the claims -> {_peak_mb():.0f} MB")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], *(int(a) for a in sys.argv[3:4]))
