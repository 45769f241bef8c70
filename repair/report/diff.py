"""Unified diffs that `git apply` and `patch -p1` accept, with CRLF and a missing final newline
kept exact."""

from __future__ import annotations

import difflib


def _lines(text: str) -> list[str]:
    """Lines ending at "\n" only, as git sees them (str.splitlines also splits at \x0c, \u2028…)."""
    parts = text.split("\n")
    lines = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def unified(path: str, before: str, after: str) -> str:
    if before == after:
        return ""
    a, b = _lines(before), _lines(after)
    name = path.lstrip("./") if path != "-" else "stdin"
    out = []
    for line in difflib.unified_diff(a, b, f"a/{name}", f"b/{name}"):
        if line.startswith(("---", "+++")):
            out.append(line.rstrip("\n") + "\n")
            continue
        if not line.endswith("\n"):
            # the last line of a file without a final newline
            out.append(line + "\n\\ No newline at end of file\n")
        else:
            out.append(line)
    return "".join(out)
