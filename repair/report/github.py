"""`--format github`: GitHub Actions workflow commands, one annotation per finding.

    ::warning file=news.txt,line=3,col=5,endLine=3,endColumn=6,title=spacing.double-space::message

GitHub shows at most 10 error and 10 warning annotations per step (and 50 per job); the rest
stay in the log only. So annotations are ordered by severity (errors, then warnings, then
notices), then by confidence, and when a limit is passed a closing notice says how many were
not shown and where to find them. Columns are in code points, 1-based; `endColumn` is the last
column of the finding (GitHub's is inclusive), and both are left out when a finding spans
lines, as GitHub accepts columns only on a single line.
"""

from __future__ import annotations

import os
from collections import Counter

from .json import finding_dict

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
ORDER = {"error": 0, "warning": 1, "info": 2}
PER_STEP_LIMIT = 10  # per annotation level, per step
PER_JOB_LIMIT = 50


def repo_path(path: str) -> str:
    """A relative path as CI tools match it against the repository ("./a/../b.txt" → "b.txt")."""
    if path == "-" or os.path.isabs(path):
        return path
    return os.path.normpath(path).replace(os.sep, "/")


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def annotation(result, f) -> str:
    d = finding_dict(result, f)
    props = [("file", repo_path(d["path"])), ("line", d["line"])]
    if d["end_line"] == d["line"]:
        props += [("col", d["column"]), ("endLine", d["end_line"]), ("endColumn", max(d["column"], d["end_column"] - 1))]
    else:
        props += [("endLine", d["end_line"])]
    props.append(("title", d["rule"]))
    message = f"{d['message']}: “{d['text']}”"
    if d["replacement"] is not None:
        how = f"{d['applicability']} fix" if d["applicability"] else "suggestion"
        message += f" → “{d['replacement']}” ({how})"
    if d["explanation"]:
        message += "\n" + d["explanation"]
    level = LEVELS.get(d["severity"], "warning")
    head = ",".join(f"{k}={escape_property(str(v))}" for k, v in props)
    return f"::{level} {head}::{escape_data(message)}"


def render(results, **_options) -> str:
    items = [(r, f) for r in results for f in r.findings]
    items.sort(key=lambda rf: (ORDER.get(rf[1].severity.value, 1), -rf[1].confidence, rf[0].path, rf[1].start))
    lines = [annotation(r, f) for r, f in items]
    by_level = Counter(LEVELS.get(f.severity.value, "warning") for _, f in items)
    hidden = sum(max(0, n - PER_STEP_LIMIT) for n in by_level.values())
    shown = len(items) - hidden
    if shown > PER_JOB_LIMIT:
        hidden += shown - PER_JOB_LIMIT
    if hidden:
        lines.append(
            "::notice title=mt-repair::"
            + escape_data(
                f"{len(items)} findings, of which GitHub shows at most {PER_STEP_LIMIT} per level in this step "
                f"({PER_JOB_LIMIT} per job): {hidden} are in the log only, most severe shown first. "
                "Run `mt-repair check` locally or use --format rdjson with reviewdog to see them all."
            )
        )
    return "".join(line + "\n" for line in lines)
