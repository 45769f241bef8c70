"""Run the passes, choose fixes by applicability, skip overlaps, apply, repeat to a fixed point."""

from __future__ import annotations

import dataclasses
import gc
from dataclasses import dataclass, field

from . import passes as passes_mod
from .config import Config
from .document import Document
from .model import Applicability, Edit, Finding, Fix
from .spans import SpanIndex


@dataclass
class CheckResult:
    findings: list[Finding]
    errors: list[str] = field(default_factory=list)  # one line each: a pass that failed on this text


@dataclass
class FixResult:
    text: str
    applied: list[Finding]  # every finding whose fix was applied, in the order applied
    remaining: list[Finding]  # findings on the final text
    rounds: int
    not_converged: list[str]  # rule ids still changing the text when the round bound was hit
    errors: list[str] = field(default_factory=list)


def _pass_names(config: Config) -> list[str]:
    names = passes_mod.available()
    if config.grammar == "off" and "grammar" in names:
        names.remove("grammar")
    return names


def effective(finding: Finding, config: Config) -> Finding:
    """Apply the config's extra-safe / extra-unsafe lists to a finding's fix. As in ruff, a
    display-only suggestion is never promoted: its rule cannot vouch for it."""
    fix = finding.fix
    if fix is None:
        return finding
    if fix.applicability is Applicability.UNSAFE and _listed(finding.rule, config.extra_safe):
        fix = Fix(fix.edits, Applicability.SAFE, fix.title)
    elif fix.applicability is Applicability.SAFE and _listed(finding.rule, config.extra_unsafe):
        fix = Fix(fix.edits, Applicability.UNSAFE, fix.title)
    if fix is finding.fix:
        return finding
    return _with_fix(finding, fix)


def _with_fix(finding: Finding, fix: Fix | None) -> Finding:
    return dataclasses.replace(finding, fix=fix)


def _listed(rule_id: str, prefixes) -> bool:
    return any(rule_id == p or rule_id.startswith(p.rstrip(".") + ".") for p in prefixes)


def _touches_protected(finding: Finding, text: str, config: Config) -> bool:
    if not config.protected_terms or finding.fix is None:
        return False
    for term in config.protected_terms:
        i = text.find(term)
        while i != -1:
            if any(e.start < i + len(term) and e.end > i for e in finding.fix.edits):
                return True
            i = text.find(term, i + 1)
    return False


def check(text: str, config: Config = Config(), path: str = "-", doc: Document | None = None) -> CheckResult:
    # A check allocates tens of thousands of small objects that live until it returns (tokens,
    # spans, the analyses) and makes no reference cycles, so the cyclic garbage collector would
    # scan them again and again and free nothing: it is held off meanwhile, as Document.tokens
    # does. Reference counting frees everything when the check returns.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _check(text, config, path, doc)
    finally:
        if collecting:
            gc.enable()


def _check(text: str, config: Config, path: str, doc: Document | None) -> CheckResult:
    doc = doc or Document(text, path)
    findings: list[Finding] = []
    errors: list[str] = []
    try:
        doc.verbatim  # every finding is checked against it: compute it where a timeout is caught
    except TimeoutError:
        errors.append(f"{path}: finding code and URLs timed out; no finding is reported for this text")
        return CheckResult([], errors)
    for mod in passes_mod.load(_pass_names(config)):
        try:
            found = list(mod.run(doc, config))
        except TimeoutError:
            errors.append(f"{path}: pass '{mod.NAME}' timed out on this text; its findings are left out")
            continue
        except Exception as e:  # noqa: BLE001 - one faulty pass must not lose the whole batch
            if getattr(e, "fatal", False):
                raise
            errors.append(f"{path}: pass '{mod.NAME}' failed: {type(e).__name__}: {e}")
            continue
        for f in found:
            if not config.rule_enabled(f.rule, path) or doc.in_verbatim(f.start, f.end):
                continue
            f = effective(f, config)
            if _touches_protected(f, text, config):
                f = _with_fix(f, None)
            findings.append(f)
    findings = _drop_duplicates(findings)
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    from .suppress import apply_suppressions

    return CheckResult(apply_suppressions(doc, findings, config), errors)


def _drop_duplicates(findings: list[Finding]) -> list[Finding]:
    """LanguageTool's finding gives way to a project rule's over the same text: the project's own
    rule knows MT artefacts and explains itself better."""
    own = SpanIndex((f.start, f.end) for f in findings if f.source != "languagetool")
    if not own:
        return findings
    return [f for f in findings if f.source != "languagetool" or not own.overlaps(f.start, f.end)]


def choose_fixes(findings: list[Finding], unsafe_fixes: bool) -> list[Finding]:
    """The findings whose fixes apply this round: allowed by applicability, and overlapping no
    earlier chosen fix (the later one waits for the next round)."""
    chosen: list[Finding] = []
    taken: list[Edit] = []
    candidates = [f for f in findings if f.fix and f.fix.applicability.allowed(unsafe_fixes)]
    candidates.sort(key=lambda f: (f.fix.start, f.fix.end, f.rule))
    for f in candidates:
        if any(_overlap(e, t) for e in f.fix.edits for t in taken):
            continue
        chosen.append(f)
        taken.extend(f.fix.edits)
    return chosen


def _overlap(a: Edit, b: Edit) -> bool:
    if a.start == a.end == b.start == b.end:
        return True  # two insertions at one point: their order would be a guess
    return a.start < b.end and b.start < a.end


def apply_edits(text: str, edits: list[Edit]) -> str:
    out, pos = [], 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        out.append(text[pos : e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def fix(text: str, config: Config = Config(), path: str = "-", unsafe_fixes: bool = False) -> FixResult:
    applied: list[Finding] = []
    errors: list[str] = []
    last_rules: list[str] = []
    rounds = 0
    result = check(text, config, path)
    while True:
        errors.extend(e for e in result.errors if e not in errors)
        chosen = choose_fixes(result.findings, unsafe_fixes)
        if not chosen:
            return FixResult(text, applied, result.findings, rounds, [], errors)
        if rounds == config.max_rounds:
            not_converged = sorted({f.rule for f in chosen} | set(last_rules))
            return FixResult(text, applied, result.findings, rounds, not_converged, errors)
        rounds += 1
        text = apply_edits(text, [e for f in chosen for e in f.fix.edits])
        applied.extend(chosen)
        last_rules = [f.rule for f in chosen]
        result = check(text, config, path)
