"""`--changed-since REF`: keep only the findings on lines added or modified since a git revision.

This is what a pull request needs: a reviewer sees findings on the lines the PR touched, not on
the whole file. For each file the text that was checked is compared line by line with the
file's content at REF (`git show REF:path`); a file that did not exist at REF is new, so all of
it counts as changed. A finding counts when any line it covers is changed. Standard input has
no history: its findings are kept.
"""

from __future__ import annotations

import difflib
import os
import subprocess
from dataclasses import replace
from pathlib import Path


def _git(cwd: str, *args: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", "-C", cwd, *args], capture_output=True, timeout=60)
    except FileNotFoundError:
        raise ValueError("--changed-since needs git, which is not installed") from None


class _Repo:
    """One git work tree: its root, REF resolved once, and the paths REF holds."""

    def __init__(self, root: str, ref: str) -> None:
        self.root = root
        got = _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
        if got.returncode != 0:
            raise ValueError(f"--changed-since: {ref!r} is not a commit in the git repository at {root}")
        self.commit = got.stdout.decode().strip()
        listed = _git(root, "ls-tree", "-r", "-z", "--name-only", self.commit)
        self.paths = set(listed.stdout.decode("utf-8", "surrogateescape").split("\0"))

    def old_text(self, rel: str) -> str | None:
        """The file at REF (None when it did not exist there)."""
        if rel not in self.paths:
            return None
        got = _git(self.root, "cat-file", "blob", f"{self.commit}:{rel}")
        if got.returncode != 0:
            return None
        return got.stdout.decode("utf-8", "replace")


def _repo_root(folder: str) -> str:
    got = _git(folder, "rev-parse", "--show-toplevel")
    if got.returncode != 0:
        raise ValueError(f"--changed-since: {folder} is not inside a git repository")
    return got.stdout.decode().strip()


def changed_lines(old: str, new: str) -> set[int]:
    """1-based numbers of the lines of `new` that are not unchanged lines of `old`."""
    a, b = old.split("\n"), new.split("\n")
    changed = set(range(1, len(b) + 1))
    for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        changed.difference_update(range(block.b + 1, block.b + block.size + 1))
    return changed


def keep_changed_lines(results, ref: str):
    roots: dict[str, str] = {}
    repos: dict[str, _Repo] = {}
    kept = []
    for result in results:
        if result.path == "-":
            kept.append(result)
            continue
        path = Path(result.path).resolve()
        folder = str(path.parent)
        root = roots.get(folder) or roots.setdefault(folder, _repo_root(folder))
        repo = repos.get(root) or repos.setdefault(root, _Repo(root, ref))
        rel = os.path.relpath(path, Path(root).resolve()).replace(os.sep, "/")
        old = repo.old_text(rel)
        if old is None:
            kept.append(result)
            continue
        lines = changed_lines(old, result.text)
        doc = result.doc
        findings = []
        for f in result.findings:
            first, _ = doc.line_col(f.start)
            last, _ = doc.line_col(max(f.start, f.end - 1))
            if any(n in lines for n in range(first, last + 1)):
                findings.append(f)
        kept.append(replace(result, findings=findings) if len(findings) != len(result.findings) else result)
    return kept
