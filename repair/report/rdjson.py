"""`--format rdjson` / `rdjsonl`: reviewdog's diagnostic format.

rdjson is one `DiagnosticResult` object; rdjsonl is one `Diagnostic` per line. Positions are
reviewdog's: lines and columns 1-based, columns counted in UTF-8 bytes, the end exclusive. A
finding with a fix carries one `suggestion` replacing the span its edits cover with the fixed
text, which reviewdog posts as a GitHub suggested change (`-reporter=github-pr-review`).
"""

from __future__ import annotations

import json

from ..engine import apply_edits
from ..model import Edit
from .github import repo_path
from .json import finding_dict

SEVERITIES = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}
SOURCE = {"name": "mt-repair"}


def position(doc, offset: int) -> dict:
    """reviewdog's position of a code-point offset: 1-based line, 1-based UTF-8 byte column."""
    line, _ = doc.line_col(offset)
    start = doc.line_starts[line - 1]
    return {"line": line, "column": len(doc.text[start:offset].encode("utf-8", "surrogatepass")) + 1}


def text_range(doc, start: int, end: int) -> dict:
    return {"start": position(doc, start), "end": position(doc, end)}


def suggestion(result, f) -> dict | None:
    if f.fix is None:
        return None
    lo, hi = f.fix.start, f.fix.end
    edits = [Edit(e.start - lo, e.end - lo, e.replacement) for e in f.fix.edits]
    return {"range": text_range(result.doc, lo, hi), "text": apply_edits(result.text[lo:hi], edits)}


def diagnostic(result, f) -> dict:
    d = finding_dict(result, f)
    message = d["message"]
    if d["replacement"] is not None:
        how = f"{d['applicability']} fix" if d["applicability"] else "suggestion"
        message += f": “{d['text']}” → “{d['replacement']}” ({how})"
    if d["explanation"]:
        message += "\n\n" + d["explanation"]
    out = {
        "message": message,
        "location": {"path": repo_path(d["path"]), "range": text_range(result.doc, f.start, f.end)},
        "severity": SEVERITIES.get(d["severity"], "WARNING"),
        "source": dict(SOURCE),
        "code": {"value": d["rule"]},
    }
    s = suggestion(result, f)
    if s is not None:
        out["suggestions"] = [s]
    return out


def render(results, fmt: str = "rdjson", **_options) -> str:
    diagnostics = [diagnostic(r, f) for r in results for f in r.findings]
    if fmt == "rdjsonl":
        return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in diagnostics)
    doc = {"source": dict(SOURCE), "diagnostics": diagnostics}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
