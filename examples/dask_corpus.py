"""Run mt-repair over a large corpus with Dask: one task per partition of documents.

    python examples/dask_corpus.py CORPUS_DIR OUT.jsonl [--scheduler tcp://host:8786]

`repair.check_text` and `repair.fix_text` are pure functions of a string and a picklable
Config, so any engine that ships functions to workers (Dask, Spark's mapPartitions, Ray,
multiprocessing) can run them. Each worker loads the rule data once, lazily, and keeps it.
Without --scheduler a LocalCluster with one process per core is started.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from repair import Config, check_text, fix_text


def repair_partition(docs, config: Config):
    """What each worker runs: (path, text) pairs in, one JSON-able record per document out."""
    out = []
    for path, text in docs:
        findings = check_text(text, config, path=path)
        out.append(
            {
                "path": path,
                "findings": len(findings),
                "by_rule": sorted({f.rule for f in findings}),
                "fixed": fix_text(text, config, path=path),
            }
        )
    return out


def run(paths: list[Path], config: Config, client=None) -> list[dict]:
    import dask.bag as db

    docs = [(str(p), p.read_text(encoding="utf-8")) for p in paths]
    bag = db.from_sequence(docs, npartitions=max(1, min(len(docs), 64)))
    return bag.map_partitions(repair_partition, config).compute()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--scheduler", help="address of a running Dask scheduler")
    args = ap.parse_args()
    from dask.distributed import Client, LocalCluster

    client = Client(args.scheduler) if args.scheduler else Client(LocalCluster(processes=True))
    with client:
        records = run(sorted(args.corpus.rglob("*.txt")), Config(grammar="off"), client)
    with args.out.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(records)} documents, {sum(r['findings'] for r in records)} findings -> {args.out}")


if __name__ == "__main__":
    main()
