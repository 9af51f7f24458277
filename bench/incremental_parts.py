"""The parts of an incremental build that used to grow with the corpus, alone, in CPU time (load-independent).

    .venv/bin/python bench/incremental_parts.py DOCUMENTS CACHE [--work bench/.cache/incremental_parts]

DOCUMENTS: a documents folder (``bench/incremental.py``'s ``documents-10000``); CACHE: a warm extraction cache of
those documents (a build's ``<output>/.cache/extractions``; only read). Prints the CPU time of

- the inventory (``discover``) hashing every file, then with the hashes kept (``pipeline.ingest.hash_cache``);
- the partitions' inputs keys (``pipeline.batch.partition_keys``: the runner and the asset each compute them);
- every document's cached extraction read back into one shard folder (what each build did before the partitions)
  against one partition's (what a build after adding one document reads).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.batch import extract_corpus, partition_keys  # noqa: E402
from pipeline.ingest.hash_cache import HashCache  # noqa: E402
from pipeline.ingest.inventory import discover  # noqa: E402
from pipeline.partitions import partition_of  # noqa: E402
from pipeline.reference.catalog import build_mission_catalog  # noqa: E402
from pipeline.settings import PipelineSettings  # noqa: E402


def cpu(label: str, fn):
    t0 = time.process_time()
    value = fn()
    print(f"  {label:<62}{time.process_time() - t0:7.2f} s CPU")
    return value


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("documents", type=Path)
    p.add_argument("cache", type=Path)
    p.add_argument("--work", type=Path, default=ROOT / "bench" / ".cache" / "incremental_parts")
    args = p.parse_args(argv)
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    hashes = args.work / "file_hashes.json"

    sources, _ = cpu("inventory, every file hashed", lambda: discover(args.documents))
    discover(args.documents, hashes=HashCache(hashes))  # fills the kept hashes
    kept, _ = cpu("inventory, hashes kept", lambda: discover(args.documents, hashes=HashCache(hashes)))
    assert kept == sources
    catalog = build_mission_catalog(Path(PipelineSettings().reference_dir))
    keys = cpu(f"inputs keys of the 16 partitions ({len(sources):,} documents)",
               lambda: partition_keys(sources, catalog))
    every = cpu("every document read back from the cache (one shard folder)",
                lambda: extract_corpus(sources, catalog, cache_dir=args.cache, shard_dir=args.work / "plain"))
    partition = partition_of(sources[-1].source_name)
    part = [s for s in sources if partition_of(s.source_name) == partition]
    one = cpu(f"one partition's {len(part):,} documents read back (partition {partition})",
              lambda: extract_corpus(part, catalog, cache_dir=args.cache, shard_dir=args.work / "parts",
                                     partitions=[partition], inputs_keys=keys))
    print(f"  extracted (not in the cache): {every.n_extracted} and {one.n_extracted}")


if __name__ == "__main__":
    main()
