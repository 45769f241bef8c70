"""The pre-commit hooks, run by the real `pre-commit` on a temporary git repository.

pre-commit installs a hook repository from a git commit, so the checkout as it is on disk
(tracked files with their local changes, plus new files git does not ignore) is first committed
into a temporary snapshot repository; this checkout's own git state is never touched. The hooks
install the package with pip, which needs PyPI (as every pre-commit user's machine does), and
take about 15 s: one installation serves both hooks.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")  # pre-commit: a dev dependency

DAMAGED = "The council met on Monday.  It voted , then adjourned.\n"
REPAIRED = "The council met on Monday. It voted, then adjourned.\n"
CLEAN = "# Notes\n\nA clean note.\n"


def git(cwd, *args) -> str:
    env = dict(os.environ, GIT_AUTHOR_NAME="Test", GIT_AUTHOR_EMAIL="t@example.com",
               GIT_COMMITTER_NAME="Test", GIT_COMMITTER_EMAIL="t@example.com")
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> Path:
    """This checkout, committed as it is into a throw-away repository."""
    snap = tmp_path_factory.mktemp("hook-repo")
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, check=True, capture_output=True).stdout.decode().split("\0")
    for rel in filter(None, listed):
        src = ROOT / rel
        if src.is_file():
            (snap / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, snap / rel)
    git(snap, "init", "-q")
    git(snap, "add", "-A")
    git(snap, "commit", "-qm", "snapshot")
    return snap


@pytest.fixture
def project(tmp_path) -> Path:
    repo = tmp_path / "project"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / "mt-repair.toml").write_text('grammar = "off"\n', encoding="utf-8")  # no grammar server in a hook test
    (repo / "article.txt").write_text(DAMAGED, encoding="utf-8")
    (repo / "notes.md").write_text(CLEAN, encoding="utf-8")
    (repo / "script.py").write_text("x  = 1 ,2\n", encoding="utf-8")  # not text/Markdown: never passed
    git(repo, "add", "-A")
    return repo


def pre_commit(cwd, *args, home) -> subprocess.CompletedProcess:
    env = dict(os.environ, PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never")
    env.pop("PYTHONPATH", None)
    return subprocess.run([str(PRE_COMMIT), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


def _section(output: str, hook_id: str) -> str:
    """The lines pre-commit printed for one hook (from its status line to the next status line)."""
    lines = output.splitlines()
    start = next(i for i in range(len(lines) - 1) if lines[i + 1] == f"- hook id: {hook_id}")
    end = next((j for j in range(start + 1, len(lines)) if lines[j].startswith("mt-repair")), len(lines))
    return "\n".join(lines[start:end])


def test_try_repo_check_fails_and_fix_repairs(hook_repo, project, tmp_path):
    """The staged files of a would-be commit: the check hook fails naming the damage, the fix hook
    repairs the file and fails because it changed it (so the commit stops for review)."""
    run = pre_commit(project, "try-repo", str(hook_repo), "--verbose", home=tmp_path / "home")
    out = run.stdout + run.stderr
    assert run.returncode == 1, out
    check, fix = _section(out, "mt-repair"), _section(out, "mt-repair-fix")
    assert "Failed" in check.splitlines()[0] and "article.txt:1:" in check and "spacing.double-space" in check
    assert "notes.md" not in check and "script.py" not in check
    assert "Failed" in fix.splitlines()[0] and "files were modified by this hook" in fix
    assert (project / "article.txt").read_text(encoding="utf-8") == REPAIRED
    assert (project / "notes.md").read_text(encoding="utf-8") == CLEAN
    assert (project / "script.py").read_text(encoding="utf-8") == "x  = 1 ,2\n"
