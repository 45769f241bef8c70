"""seeds/ through the default pipeline must match golden/, and clean controls must not change."""

from __future__ import annotations

from pathlib import Path

import pytest

from repair import golden

ROOT = Path(__file__).resolve().parent.parent
SEEDS = golden.seeds(ROOT)


def test_golden_matches(capsys):
    code = golden.run_golden(ROOT)
    out = capsys.readouterr().out
    assert code == 0, "golden/ differs from the pipeline's output:\n" + out


@pytest.mark.parametrize("seed", [s for s in SEEDS if s.name.startswith("control-")], ids=lambda p: p.name)
def test_clean_controls_come_out_unchanged(seed):
    outputs = golden.expected_outputs(seed)
    assert outputs[seed.name] == seed.read_text(encoding="utf-8")


def test_golden_update_then_check_roundtrip(tmp_path, capsys):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "x.txt").write_bytes(b"one  two\r\n")
    assert golden.run_golden(tmp_path) == 1  # nothing recorded yet
    assert golden.run_golden(tmp_path, update=True) == 0
    assert (tmp_path / "golden" / "x.txt").read_bytes() == b"one two\r\n"
    assert '"rule": "spacing.double-space"' in (tmp_path / "golden" / "x.findings.jsonl").read_text(encoding="utf-8")
    assert golden.run_golden(tmp_path) == 0
    (tmp_path / "golden" / "x.txt").write_bytes(b"one  two\r\n")
    capsys.readouterr()
    assert golden.run_golden(tmp_path) == 1
    assert "-one  two" in capsys.readouterr().out
