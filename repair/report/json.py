"""`--format json`: one JSON array of findings, offsets in code points, lines and columns 1-based."""

from __future__ import annotations

import json


def finding_dict(result, f) -> dict:
    doc = result.doc
    line, col = doc.line_col(f.start)
    end_line, end_col = doc.line_col(f.end)
    return {
        "path": result.path,
        "rule": f.rule,
        "category": f.category,
        "severity": f.severity.value,
        "message": f.message,
        "source": f.source,
        "start": f.start,
        "end": f.end,
        "line": line,
        "column": col,
        "end_line": end_line,
        "end_column": end_col,
        "text": f.text,
        "replacement": f.replacement,
        "applicability": f.applicability.value if f.applicability else None,
        "confidence": round(f.confidence, 3),
        "explanation": f.explanation,
    }


def render(results, **_options) -> str:
    items = [finding_dict(r, f) for r in results for f in r.findings]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
