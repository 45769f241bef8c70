"""Pattern rules: a regex and a replacement template, written as data in rules/*.toml.

Most mechanical damage (spacing, doubled punctuation) needs no code: a rule with `pass =
"patterns"` gives `pattern` (the `regex` module's syntax, VERSION1), `replacement` (a
match.expand template; omit for display-only), and optionally `exceptions`: patterns that, when
one matches text overlapping the finding on the same line, cancel it (LanguageTool's
antipatterns).
"""

from __future__ import annotations

from .. import rules, textre
from ..model import Finding

NAME = "patterns"


def run(doc, config):
    text = doc.text
    for rule in rules.rules_of(NAME):
        pattern = rule.data.get("pattern")
        if not pattern:
            continue
        template = rule.data.get("replacement")
        exceptions = rule.data.get("exceptions", ())
        for m in textre.finditer(textre.compile(pattern), text):
            if m.start() == m.end() and template is None:
                continue
            if exceptions and _excepted(doc, m.start(), m.end(), exceptions):
                continue
            replacement = m.expand(template) if template is not None else None
            if replacement == m.group():
                continue
            yield Finding.of(rule, text, m.start(), m.end(), replacement=replacement)


def _excepted(doc, start: int, end: int, exceptions) -> bool:
    line = doc.line_span(start)
    lo, hi = line.start, max(line.end, end)
    for pattern in exceptions:
        for m in textre.finditer(textre.compile(pattern), doc.text, lo, hi):
            if m.start() < end and m.end() > start or m.start() == start:
                return True
    return False
