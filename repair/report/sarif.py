"""`--format sarif`: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run; `columnKind` is "unicodeCodePoints", so region columns are code points, 1-based, with
`endColumn` just past the last character (the same columns as the text and json formats).
Every rule in rules/ is described in the driver's `rules`, plus any rule only seen in findings
(LanguageTool's). A fix becomes a SARIF `fix` whose replacements delete a region and insert
the new content. `partialFingerprints` identify a finding across runs without depending on its
line number: the rule, the flagged text, the line's content and the occurrence count.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from .github import repo_path
from .json import finding_dict

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "mtRepairFinding/v1"


def artifact_uri(path: str) -> str:
    if path == "-":
        return "stdin"
    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    return quote(repo_path(path))


def region(doc, start: int, end: int) -> dict:
    line, col = doc.line_col(start)
    end_line, end_col = doc.line_col(end)
    return {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col}


def rule_descriptor(rule) -> dict:
    d = {
        "id": rule.id,
        "shortDescription": {"text": rule.summary},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity.value, "warning")},
        "properties": {"category": rule.category, "applicability": rule.applicability.value, "tags": [rule.category]},
    }
    if rule.explanation:
        d["fullDescription"] = {"text": rule.explanation}
        d["help"] = {"text": rule.explanation}
    return d


def _known_rules() -> dict:
    from ..rules import RuleError, all_rules

    try:
        return all_rules()
    except RuleError:
        return {}


def fingerprint(result, f, seen: dict) -> str:
    line = result.doc.line_span(f.start)
    key = "\0".join((f.rule, f.text, result.text[line.start : line.end].strip()))
    seen[key] = seen.get(key, 0) + 1
    return hashlib.sha256(f"{key}\0{seen[key]}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


def sarif_result(result, f, rule_index: int, seen: dict) -> dict:
    d = finding_dict(result, f)
    uri = artifact_uri(result.path)
    reg = region(result.doc, f.start, f.end)
    reg["snippet"] = {"text": f.text}
    message = d["message"] + (f": “{f.text}”" if f.text else "")
    if d["replacement"] is not None:
        message += f" → “{d['replacement']}”"
    out = {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": LEVELS.get(d["severity"], "warning"),
        "message": {"text": message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": reg}}],
        "partialFingerprints": {FINGERPRINT: fingerprint(result, f, seen)},
        "properties": {"category": f.category, "confidence": d["confidence"]},
    }
    if f.fix is not None:
        out["properties"]["applicability"] = f.fix.applicability.value
    if d["explanation"]:
        out["properties"]["explanation"] = d["explanation"]
    if f.fix is not None:
        out["fixes"] = [
            {
                "description": {"text": f.fix.title or f.message},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": uri},
                        "replacements": [
                            {"deletedRegion": region(result.doc, e.start, e.end), "insertedContent": {"text": e.replacement}}
                            for e in sorted(f.fix.edits, key=lambda e: (e.start, e.end))
                        ],
                    }
                ],
            }
        ]
    return out


def render(results, **_options) -> str:
    rules = [rule_descriptor(r) for r in _known_rules().values()]
    index = {r["id"]: i for i, r in enumerate(rules)}
    for r in results:
        for f in r.findings:
            if f.rule not in index:
                index[f.rule] = len(rules)
                rules.append({"id": f.rule, "shortDescription": {"text": f.message}, "properties": {"category": f.category}})
    out_results = []
    for r in results:
        seen: dict = {}
        out_results.extend(sarif_result(r, f, index[f.rule], seen) for f in r.findings)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "mt-repair", "version": __version__, "rules": rules}},
                "columnKind": "unicodeCodePoints",
                "results": out_results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
