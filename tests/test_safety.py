"""No file is ever damaged: atomic writes, kept permissions, no write without a change, and
random or pathological text neither crashes nor hangs the pipeline."""

from __future__ import annotations

import os
import stat

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from repair import engine, files
from repair.cli import main
from repair.config import Config
from repair.document import Document

OFF = Config(grammar="off")

# Text built from the pieces MT damage is made of, so the passes actually fire.
PIECES = st.sampled_from(
    [" ", "  ", "\n", "\r\n", "\n\n", ",", " ,", ".", " .", "?", " ?", "“", "”", "’", "'", '"', "[", "]",
     "(", ")", "the", "The", "he", "she", "his", "her", "Anna", "Ivan", "Ivanova", "said", "7,5", "1 500",
     "â€œ", "&amp;", "\u00a0", "😀", "é", "\t", "…", "--", "!!", "Ksenia", "[the] The", "he said."]
)
TEXTS = st.lists(PIECES, max_size=40).map("".join) | st.text(max_size=80)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_random_text_properties(text):
    checked = engine.check(text, OFF)
    doc = Document(text)
    for f in checked.findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert f.text == text[f.start : f.end]
        line, col = doc.line_col(f.start)
        assert doc.offset(line, col) == f.start
    chosen = engine.choose_fixes(checked.findings, unsafe_fixes=True)
    edits = sorted((e for f in chosen for e in f.fix.edits), key=lambda e: (e.start, e.end))
    for a, b in zip(edits, edits[1:]):
        assert a.end <= b.start and not (a.start == a.end == b.start == b.end), "edits overlap"
    # Text outside the edits is untouched.
    once = engine.apply_edits(text, edits)
    pos, rebuilt = 0, []
    for e in edits:
        rebuilt.append(text[pos : e.start])
        rebuilt.append(e.replacement)
        pos = e.end
    rebuilt.append(text[pos:])
    assert once == "".join(rebuilt)
    # Fixing is idempotent, with and without unsafe fixes.
    for unsafe in (False, True):
        fixed = engine.fix(text, OFF, unsafe_fixes=unsafe)
        assert not fixed.not_converged, fixed.not_converged
        assert engine.fix(fixed.text, OFF, unsafe_fixes=unsafe).text == fixed.text


@pytest.mark.parametrize(
    "text",
    [
        "word " * 1_000_000,  # a 5 MB single line
        "[" * 100_000 + "]" * 100_000,
        "“" * 5_000 + "x" + "”" * 5_000,
        ".,;:!?" * 50_000,
        "  ," * 100_000,
    ],
    ids=["5MB-line", "100k-brackets", "nested-quotes", "only-punctuation", "space-comma"],
)
def test_pathological_input_finishes(text):
    res = engine.fix(text, OFF)
    assert not res.not_converged
    assert len(res.text) <= len(text) + len(text) // 10


def test_fix_keeps_permissions_and_is_atomic(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text("a  b\n", encoding="utf-8")
    os.chmod(p, 0o640)
    inode_before = p.stat().st_ino
    assert main(["fix", "--isolated", "--grammar=off", str(p)]) == 0
    assert p.read_text(encoding="utf-8") == "a b\n"
    assert stat.S_IMODE(p.stat().st_mode) == 0o640
    assert p.stat().st_ino != inode_before  # replaced by rename, never truncated in place
    assert [x.name for x in tmp_path.iterdir()] == ["a.txt"]  # no temporary file left


def test_no_write_under_check_diff_or_without_change(tmp_path, capsys):
    dirty = tmp_path / "dirty.txt"
    dirty.write_text("a  b\n", encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text("a b\n", encoding="utf-8")
    os.utime(dirty, (1, 1))
    os.utime(clean, (1, 1))
    main(["check", "--isolated", "--grammar=off", str(tmp_path)])
    main(["fix", "--isolated", "--grammar=off", "--diff", str(tmp_path)])
    assert dirty.stat().st_mtime == 1 and dirty.read_text(encoding="utf-8") == "a  b\n"
    main(["fix", "--isolated", "--grammar=off", str(clean)])
    assert clean.stat().st_mtime == 1


def test_write_through_symlink_keeps_the_link(tmp_path, capsys):
    target = tmp_path / "real.txt"
    target.write_text("a  b\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert main(["fix", "--isolated", "--grammar=off", str(link)]) == 0
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "a b\n"


def test_failed_write_leaves_original(tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_text("original\n", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        files.write_atomic(str(p), "new\n")
    assert p.read_text(encoding="utf-8") == "original\n"
    assert [x.name for x in tmp_path.iterdir()] == ["a.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_is_named(tmp_path, capsys):
    p = tmp_path / "secret.txt"
    p.write_text("a  b\n", encoding="utf-8")
    os.chmod(p, 0)
    assert main(["check", "--isolated", "--grammar=off", str(p)]) == 2
    assert "secret.txt: cannot read" in capsys.readouterr().err
