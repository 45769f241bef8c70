"""The library API is pure and picklable, and runs on a real local Dask cluster."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import pytest

from repair import Config, check_text, fix_text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "examples"))


def test_api_is_pure_and_picklable():
    cfg = Config(grammar="off", ignore=("names",))
    assert pickle.loads(pickle.dumps(cfg)) == cfg
    text = "The vote was held.  Results came later , as usual."
    assert fix_text(text, cfg) == "The vote was held. Results came later, as usual."
    assert fix_text(text, cfg) == fix_text(text, cfg)  # no hidden state between calls
    findings = check_text(text, cfg)
    assert pickle.loads(pickle.dumps(findings)) == findings
    assert {f.rule for f in findings} >= {"spacing.double-space", "spacing.before-punctuation"}


def test_dask_local_cluster_matches_serial(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    import dask_corpus

    texts = {
        "a.txt": "Prices rose .  Then fell.",
        "b.txt": "A clean sentence.",
        "c.txt": "Why now ? Nobody knows.",
    }
    paths = []
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    cfg = Config(grammar="off")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster):
            records = dask_corpus.run(paths, cfg)
    by_path = {Path(r["path"]).name: r for r in records}
    assert set(by_path) == set(texts)
    for name, text in texts.items():
        assert by_path[name]["fixed"] == fix_text(text, cfg)
        assert by_path[name]["findings"] == len(check_text(text, cfg))
    assert by_path["b.txt"]["findings"] == 0
