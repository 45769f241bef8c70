"""The result cache: a re-run on unchanged files reuses results; anything that could change
them changes the key; a damaged or missing cache only costs time."""

from __future__ import annotations

import json

from repair import batch, cache, engine
from repair.cli import main
from repair.config import Config


def _boom(*args, **kwargs):
    raise AssertionError("the pipeline ran although the result was cached")


def test_second_check_reuses_results(tmp_path, capsys, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_text("a  b\n", encoding="utf-8")
    args = ["check", "--isolated", "--grammar=off", "--format=json", str(p)]
    assert main(args) == 1
    first = json.loads(capsys.readouterr().out)
    monkeypatch.setattr(engine, "check", _boom)
    assert main(args) == 1
    assert json.loads(capsys.readouterr().out) == first
    p.write_text("a  b c\n", encoding="utf-8")  # a changed file is analysed again
    monkeypatch.undo()
    assert main(args) == 1
    assert json.loads(capsys.readouterr().out)[0]["end"] == first[0]["end"]


def test_no_cache_flag_and_fix_results(tmp_path, capsys, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_text("a  b\n", encoding="utf-8")
    assert main(["fix", "--isolated", "--grammar=off", str(p)]) == 0  # changed: not cached
    assert p.read_text(encoding="utf-8") == "a b\n"
    assert main(["fix", "--isolated", "--grammar=off", str(p)]) == 0  # clean now: cached
    monkeypatch.setattr(engine, "fix", _boom)
    assert main(["fix", "--isolated", "--grammar=off", str(p)]) == 0
    monkeypatch.setattr(engine, "check", _boom)
    try:
        main(["check", "--isolated", "--grammar=off", "--no-cache", str(p)])
    except AssertionError:
        pass
    else:
        raise AssertionError("--no-cache still read the cache")


def test_key_depends_on_text_config_and_mode():
    base = cache.key("text", Config(), "check")
    assert base == cache.key("text", Config(), "check")
    assert base != cache.key("text.", Config(), "check")
    assert base != cache.key("text", Config(ignore=("spacing",)), "check")
    assert base != cache.key("text", Config(), "fix")


def test_damaged_entry_is_ignored(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MT_REPAIR_CACHE_DIR", str(tmp_path / "cache"))
    p = tmp_path / "a.txt"
    p.write_text("a  b\n", encoding="utf-8")
    main(["check", "--isolated", "--grammar=off", str(p)])
    entries = [f for f in (tmp_path / "cache").rglob("*") if f.is_file()]
    assert len(entries) == 1
    entries[0].write_bytes(b"not a pickle")
    capsys.readouterr()
    assert main(["check", "--isolated", "--grammar=off", "--no-summary", str(p)]) == 1
    assert "spacing.double-space" in capsys.readouterr().out


def test_results_with_pass_errors_are_not_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("MT_REPAIR_CACHE_DIR", str(tmp_path / "cache"))
    outcome = batch.Outcome("x", messages=["x: pass 'p' timed out"])
    monkeypatch.setattr(batch, "_run_passes", lambda *a: outcome)
    batch._process_text("x", "text", Config(grammar="off"), batch.Options(mode="check"))
    assert not (tmp_path / "cache").exists()
