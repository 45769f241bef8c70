"""The plain values every pass, the engine and every report share.

Offsets are 0-based code-point offsets into the text a pass saw, end exclusive.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Applicability(str, enum.Enum):
    """How far a fix may be trusted (ruff's vocabulary)."""

    SAFE = "safe"  # a careful editor accepts it blind: applied by `fix`
    UNSAFE = "unsafe"  # probably right, needs a look: applied with --unsafe-fixes
    DISPLAY = "display"  # a suggestion a reviewer sees; never applied

    def allowed(self, unsafe_fixes: bool) -> bool:
        return self is Applicability.SAFE or (unsafe_fixes and self is Applicability.UNSAFE)


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


CATEGORIES = (
    "accuracy/gender",
    "accuracy/mistranslation",
    "accuracy/untranslated",
    "fluency/grammar",
    "fluency/spelling",
    "fluency/punctuation",
    "fluency/spacing",
    "fluency/repetition",
    "fluency/encoding",
    "fluency/style",
    "locale/number-format",
    "consistency/names",
    "structure/fragment",
)


@dataclass(frozen=True, slots=True)
class Edit:
    start: int
    end: int
    replacement: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad edit span {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class Fix:
    edits: tuple[Edit, ...]
    applicability: Applicability
    title: str = ""

    @property
    def start(self) -> int:
        return min(e.start for e in self.edits)

    @property
    def end(self) -> int:
        return max(e.end for e in self.edits)


@dataclass(frozen=True, slots=True)
class Example:
    """A rule's self-test: `text` must give one finding; `fixed` is the text after the fix
    (None when the rule proposes no applicable fix, e.g. display-only)."""

    text: str
    fixed: str | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: str
    summary: str
    applicability: Applicability = Applicability.SAFE
    severity: Severity = Severity.WARNING
    explanation: str = ""
    source: str = ""  # the pass that owns the rule
    bad: tuple[Example, ...] = ()
    good: tuple[str, ...] = ()
    # Rule-kind specific data (a pattern and its replacement, word lists …), straight from TOML.
    data: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    category: str
    severity: Severity
    message: str
    start: int
    end: int
    text: str
    source: str
    confidence: float = 1.0
    explanation: str = ""
    fix: Fix | None = None

    @property
    def applicability(self) -> Applicability | None:
        """Applicability of the fix, None when nothing can be applied (display-only or no fix)."""
        if self.fix is None or self.fix.applicability is Applicability.DISPLAY:
            return None
        return self.fix.applicability

    @property
    def replacement(self) -> str | None:
        """What `text` becomes when the fix is applied (edits outside the span are ignored)."""
        if self.fix is None:
            return None
        out, pos = [], self.start
        for e in sorted(self.fix.edits, key=lambda e: (e.start, e.end)):
            if e.start < self.start or e.end > self.end:
                continue
            out.append(self.text[pos - self.start : e.start - self.start])
            out.append(e.replacement)
            pos = e.end
        out.append(self.text[pos - self.start :])
        return "".join(out)

    @classmethod
    def of(
        cls,
        rule: Rule,
        doc_text: str,
        start: int,
        end: int,
        *,
        replacement: str | None = None,
        edits: tuple[Edit, ...] | None = None,
        applicability: Applicability | None = None,
        message: str | None = None,
        explanation: str | None = None,
        confidence: float = 1.0,
    ) -> "Finding":
        """Build a finding for `rule` over doc_text[start:end]. A plain `replacement` replaces the
        whole span; `edits` gives finer edits. Applicability defaults to the rule's."""
        fix = None
        if edits is None and replacement is not None:
            edits = (Edit(start, end, replacement),)
        if edits:
            fix = Fix(tuple(edits), applicability or rule.applicability, rule.summary)
        return cls(
            rule=rule.id,
            category=rule.category,
            severity=rule.severity,
            message=message or rule.summary,
            start=start,
            end=end,
            text=doc_text[start:end],
            source=rule.source,
            confidence=confidence,
            explanation=explanation if explanation is not None else rule.explanation,
            fix=fix,
        )
