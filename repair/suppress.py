"""Inline suppressions: a writer tells mt-repair to leave a line or a passage alone.

    The Mayor said so .  mt-repair: ignore                       this line, every rule
    <!-- mt-repair: ignore spacing, names.gender -->              this line, those rules
    <!-- mt-repair: ignore-next-line pronouns -->                 the line after the directive
    <!-- mt-repair: off --> … <!-- mt-repair: on -->              everything between (or to the
                                                                  end of the file without `on`)

Rules are named by id or by prefix (`spacing` covers every `spacing.*` rule), separated by
commas or spaces. In Markdown (.md, .markdown, .mdx) a directive is recognised only inside an
HTML comment, which the rendered page hides; in plain text a bare `mt-repair: …` works too.
`on` without rules closes every open range, `on RULES` the range opened with the same rules.

A directive that suppresses nothing is stale. It is reported as `suppress.unused` (display
only: the suggestion deletes the directive) only when asked: `report-unused-suppressions =
true` in the config, or the rule selected by name (`--extend-select suppress.unused`).
Findings inside a directive's own text are always dropped: a directive is not prose.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import textre
from .model import Edit, Finding

UNUSED_RULE = "suppress.unused"
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")

_KEYWORD = r"mt-repair:[ \t]*(?P<kind>ignore-next-line|ignore|off|on)\b(?P<rules>[^\r\n]*?)"
COMMENT_RE = textre.compile(r"<!--\s*" + _KEYWORD + r"\s*-->", textre.regex.IGNORECASE)
BARE_RE = textre.compile(r"(?<![\w-])" + _KEYWORD + r"[ \t]*(?=$|\r?\n|[)\]])", textre.regex.IGNORECASE | textre.regex.MULTILINE)
RULE_TOKEN_RE = textre.compile(r"[^\s,\[\]()]+")


@dataclass
class Directive:
    kind: str  # ignore | ignore-next-line | off | on
    rules: tuple[str, ...]  # empty: every rule
    start: int  # the directive's own text
    end: int
    scope_start: int = 0  # the text it covers
    scope_end: int = 0
    used: set[str] = field(default_factory=set)  # the rules (or "*") it suppressed something for
    closed_by: "Directive | None" = None  # an `off` directive's matching `on`

    def covers(self, rule_id: str) -> str | None:
        """Which of its rules covers `rule_id` ("*" for a directive without rules), or None."""
        if not self.rules:
            return "*"
        for r in self.rules:
            r = r.rstrip(".")
            if rule_id == r or rule_id.startswith(r + "."):
                return r
        return None


def is_markdown(path: str) -> bool:
    return path.lower().endswith(MARKDOWN_SUFFIXES)


def find_directives(doc) -> list[Directive]:
    text = doc.text
    if "mt-repair:" not in text.lower():
        return []
    found: dict[int, Directive] = {}
    patterns = [COMMENT_RE] if is_markdown(doc.path) else [COMMENT_RE, BARE_RE]
    for pattern in patterns:
        for m in textre.finditer(pattern, text):
            if any(d.start <= m.start() < d.end for d in found.values()):
                continue  # the bare form inside a comment already found
            rules = tuple(t.group() for t in textre.finditer(RULE_TOKEN_RE, m.group("rules")))
            found[m.start()] = Directive(m.group("kind").lower(), rules, m.start(), m.end())
    directives = sorted(found.values(), key=lambda d: d.start)
    _set_scopes(doc, directives)
    return directives


def _set_scopes(doc, directives: list[Directive]) -> None:
    open_ranges: list[Directive] = []
    for d in directives:
        if d.kind == "ignore":
            first, last = doc.line_span(d.start), doc.line_span(max(d.start, d.end - 1))
            d.scope_start, d.scope_end = first.start, last.end
        elif d.kind == "ignore-next-line":
            here = doc.line_span(max(d.start, d.end - 1))
            nxt_start = here.end + (2 if doc.text.startswith("\r\n", here.end) else 1)
            if nxt_start > len(doc.text):
                d.scope_start = d.scope_end = len(doc.text)
            else:
                d.scope_start, d.scope_end = nxt_start, doc.line_span(nxt_start).end
        elif d.kind == "off":
            d.scope_start, d.scope_end = d.end, len(doc.text)
            open_ranges.append(d)
        elif d.kind == "on":
            closing = [o for o in open_ranges if not d.rules or set(o.rules) == set(d.rules)]
            for o in closing:
                o.scope_end = d.start
                o.closed_by = d
                open_ranges.remove(o)


def _suppressed_by(f: Finding, directives: list[Directive]) -> tuple[Directive, str] | None:
    for d in directives:
        if d.scope_start <= f.start <= d.scope_end and (f.start < d.scope_end or f.start == f.end):
            which = d.covers(f.rule)
            if which is not None:
                return d, which
    return None


def apply_suppressions(doc, findings: list[Finding], config=None) -> list[Finding]:
    """The findings no directive suppresses, plus `suppress.unused` findings when asked (see the
    module's docstring). Without a config the unused directives are reported: the caller decides."""
    found = find_directives(doc)
    if not found:
        return findings
    directives = [d for d in found if d.kind != "on"]  # an `on` only ends a range
    kept = []
    for f in findings:
        if any(d.start <= f.start and f.end <= d.end for d in found):
            continue
        hit = _suppressed_by(f, directives)
        if hit is None:
            kept.append(f)
        else:
            hit[0].used.add(hit[1])
    if config is None or wants_unused_report(config, doc.path):
        kept.extend(unused_findings(doc, directives))
        kept.sort(key=lambda f: (f.start, f.end, f.rule))
    return kept


def wants_unused_report(config, path: str | None = None) -> bool:
    """Asked for by the config switch (whatever `select` says), or by naming the rule in
    `select` / `extend-select`; never when the rule is ignored."""
    if not config.replace(select=()).rule_enabled(UNUSED_RULE, path):
        return False
    if getattr(config, "report_unused_suppressions", False):
        return True
    named = tuple(config.select) + tuple(getattr(config, "extend_select", ()))
    return any(p in ("ALL", "*") or UNUSED_RULE == p or UNUSED_RULE.startswith(p.rstrip(".") + ".") for p in named)


def unused_findings(doc, directives: list[Directive]) -> list[Finding]:
    from .rules import RuleError, rule

    try:
        unused_rule = rule(UNUSED_RULE)
    except RuleError:
        return []
    out = []
    for d in directives:
        if d.rules:
            stale = [r for r in d.rules if r.rstrip(".") not in d.used]
        else:
            stale = [] if d.used else ["*"]
        if not stale:
            continue
        what = "every rule" if stale == ["*"] else ", ".join(stale)
        whole = len(stale) == max(1, len(d.rules))
        where = {"ignore": "on its line", "ignore-next-line": "on the next line", "off": "before the matching `on`"}[d.kind]
        explanation = (
            f"This `mt-repair: {d.kind}` directive suppresses {what}, but no finding of "
            f"{'those rules' if len(stale) > 1 else 'that rule' if stale != ['*'] else 'any rule'} lies {where}: "
            "the text it protected has changed or the rule no longer flags it. "
            + ("Remove the directive" + (" and its `on`." if d.closed_by else ".") if whole else f"Remove {what} from it.")
        )
        start, end, edits = d.start, d.end, None
        if whole:  # the finding covers what its suggestion deletes, so the report shows it
            spans = [_removal_span(doc, d)] + ([_removal_span(doc, d.closed_by)] if d.closed_by else [])
            edits = tuple(Edit(a, b, "") for a, b in spans)
            start, end = spans[0]
        out.append(
            Finding.of(
                unused_rule,
                doc.text,
                start,
                end,
                edits=edits,
                message=f"Unused suppression ({what})",
                explanation=explanation,
            )
        )
    return out


def _removal_span(doc, d: Directive) -> tuple[int, int]:
    """The directive with the white space before it; its whole line when it stands alone."""
    text = doc.text
    line = doc.line_span(d.start)
    if text[line.start : d.start].strip() == "" and text[d.end : line.end].strip() == "":
        end = line.end
        if text.startswith("\r\n", end):
            end += 2
        elif text.startswith("\n", end):
            end += 1
        return line.start, end
    start = d.start
    while start > line.start and text[start - 1] in " \t":
        start -= 1
    return start, d.end
