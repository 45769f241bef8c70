"""`--format text`: one line per finding, `path:line:col: RULE message`, like ruff or codespell."""

from __future__ import annotations

from collections import Counter


def _short(s: str, limit: int = 60) -> str:
    s = s.replace("\r", "\\r").replace("\n", "\\n")
    return s if len(s) <= limit else s[: limit - 1] + "…"


def finding_line(result, f, explain: bool = False) -> str:
    line, col = result.doc.line_col(f.start)
    out = f"{result.path}:{line}:{col}: {f.rule} {f.message}: “{_short(f.text)}”"
    if f.replacement is not None:
        how = f.applicability.value + " fix" if f.applicability else "suggestion"
        out += f" → “{_short(f.replacement)}” ({how})"
    if explain and f.explanation:
        out += "\n    " + f.explanation.replace("\n", "\n    ")
    return out


def summary(results, fixed_files: int = 0, errors: int = 0) -> str:
    findings = [f for r in results for f in r.findings]
    applied = sum(len(r.applied) for r in results)
    by_cat = Counter(f.category for f in findings)
    safe = sum(1 for f in findings if f.applicability and f.applicability.value == "safe")
    unsafe = sum(1 for f in findings if f.applicability and f.applicability.value == "unsafe")
    parts = [f"{len(results)} file{'s' * (len(results) != 1)} checked"]
    if applied:
        parts.append(f"{applied} fixed in {fixed_files} file{'s' * (fixed_files != 1)}")
    parts.append(f"{len(findings)} finding{'s' * (len(findings) != 1)} remaining")
    if by_cat:
        parts.append(", ".join(f"{c} {n}" for c, n in sorted(by_cat.items())))
    if safe or unsafe:
        parts.append(f"{safe} fixable with `fix`, {unsafe} more with `--unsafe-fixes`")
    if errors:
        parts.append(f"{errors} file{'s' * (errors != 1)} not processed")
    return "; ".join(parts) + "."


def render(results, explain: bool = False, **_options) -> str:
    lines = [finding_line(r, f, explain) for r in results for f in r.findings]
    return "".join(line + "\n" for line in lines)
