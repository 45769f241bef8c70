"""`--changed-since REF`: findings only on lines added or changed since a revision, proved on a
real git repository with history."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from repair.changed import changed_lines, keep_changed_lines
from repair.cli import main

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

OLD = "Line one  has damage.\nLine two is fine.\nLine three , too.\nLine four is fine.\n"


def git(repo, *args):
    return subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", *args],
        cwd=repo, check=True, capture_output=True, text=True,
    ).stdout.strip()


@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q")
    (tmp_path / "article.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "other.md").write_text("Old  damage stays old.\n", encoding="utf-8")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "base")
    git(tmp_path, "tag", "base")
    # a PR: line 2 modified (with new damage), a line inserted after line 3; line 1 and 3 untouched
    new = OLD.replace("Line two is fine.", "Line two  now broken .").replace(
        "Line three , too.\n", "Line three , too.\nAn added line ; here.\n"
    )
    (tmp_path / "article.txt").write_text(new, encoding="utf-8")
    git(tmp_path, "commit", "-qam", "edit")
    (tmp_path / "fresh.txt").write_text("Untracked  and new.\n", encoding="utf-8")
    return tmp_path


def _check(repo, monkeypatch, capsys, *extra):
    monkeypatch.chdir(repo)
    code = main(["check", "--isolated", "--grammar=off", "--select=spacing", "--format=json", *extra, "."])
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else [], err


def test_only_changed_lines_are_reported(repo, monkeypatch, capsys):
    _, everything, _ = _check(repo, monkeypatch, capsys)
    code, changed, _ = _check(repo, monkeypatch, capsys, "--changed-since", "base")
    lines_all = {(f["path"].lstrip("./"), f["line"]) for f in everything}
    lines_changed = {(f["path"].lstrip("./"), f["line"]) for f in changed}
    # untouched damage (article line 1 and 3, other.md) exists but is not reported
    assert {("article.txt", 1), ("article.txt", 3), ("other.md", 1)} <= lines_all
    assert lines_changed == {("article.txt", 2), ("article.txt", 4), ("fresh.txt", 1)}
    assert code == 1


def test_head_reports_only_uncommitted_work(repo, monkeypatch, capsys):
    code, changed, _ = _check(repo, monkeypatch, capsys, "--changed-since", "HEAD")
    assert {f["path"].lstrip("./") for f in changed} == {"fresh.txt"}  # untracked: all new
    (repo / "fresh.txt").unlink()
    code, changed, _ = _check(repo, monkeypatch, capsys, "--changed-since", "HEAD")
    assert changed == [] and code == 0


def test_a_file_in_a_subfolder_and_a_crlf_file(repo, monkeypatch, capsys):
    sub = repo / "docs"
    sub.mkdir()
    (sub / "crlf.txt").write_bytes(b"Keep  this.\r\nAnd this.\r\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "crlf")
    (sub / "crlf.txt").write_bytes(b"Keep  this.\r\nAnd  this changed.\r\n")
    code, changed, _ = _check(repo, monkeypatch, capsys, "--changed-since", "HEAD")
    assert {(f["path"].lstrip("./"), f["line"]) for f in changed} == {("docs/crlf.txt", 2)}  # fresh.txt was committed with it


def test_bad_ref_is_a_one_line_error(repo, monkeypatch, capsys):
    code, _, err = _check(repo, monkeypatch, capsys, "--changed-since", "no-such-branch")
    assert code == 2
    assert "no-such-branch" in err and len(err.strip().splitlines()) == 1


def test_outside_a_repository_is_a_one_line_error(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text("Two  spaces.\n", encoding="utf-8")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    code, _, err = _check(tmp_path, monkeypatch, capsys, "--changed-since", "HEAD")
    assert code == 2
    assert "not inside a git repository" in err and len(err.strip().splitlines()) == 1


def test_changed_lines_marks_modified_and_inserted_lines():
    old = "a\nb\nc\nd\n"
    assert changed_lines(old, old) == set()
    assert changed_lines(old, "a\nB\nc\nnew\nd\n") == {2, 4}
    assert changed_lines(old, "a\nc\nd\n") == set()  # a deletion leaves no line to flag
    assert changed_lines("", "x\ny") == {1, 2}


def test_stdin_results_are_kept():
    from repair.report import FileResult

    r = FileResult("-", "x", [])
    assert keep_changed_lines([r], "HEAD") == [r]
