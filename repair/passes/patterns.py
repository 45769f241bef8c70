"""Pattern rules: a regex and a replacement template, written as data in rules/*.toml.

Most mechanical damage (spacing, doubled punctuation) needs no code: a rule with `pass =
"patterns"` gives `pattern` (the `regex` module's syntax, VERSION1), `replacement` (a
match.expand template; omit for display-only), and optionally `exceptions`: patterns that, when
one matches text overlapping the finding on the same line, cancel it (LanguageTool's
antipatterns; matched anywhere in the text, not only on the finding's line).
"""

from __future__ import annotations

import bisect

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
        excepted = None
        for m in textre.finditer(textre.compile(pattern), text):
            if m.start() == m.end() and template is None:
                continue
            if exceptions:
                if excepted is None:  # scanned once per rule and document, only when it matched
                    excepted = _exception_spans(text, exceptions)
                if _overlaps(excepted, m.start(), m.end()):
                    continue
            replacement = m.expand(template) if template is not None else None
            if replacement == m.group():
                continue
            yield Finding.of(rule, text, m.start(), m.end(), replacement=replacement)


def _exception_spans(text: str, exceptions) -> tuple[list[int], list[int]]:
    """Where any exception pattern matches: sorted starts and the running maximum of ends."""
    spans = sorted((m.start(), m.end()) for p in exceptions for m in textre.finditer(textre.compile(p), text))
    starts, max_ends, reach = [], [], -1
    for a, b in spans:
        reach = max(reach, b)
        starts.append(a)
        max_ends.append(reach)
    return starts, max_ends


def _overlaps(excepted, start: int, end: int) -> bool:
    """An exception match overlaps [start, end), or starts where the finding starts."""
    starts, max_ends = excepted
    i = bisect.bisect_right(starts, max(start, end - 1)) - 1
    if i < 0:
        return False
    return max_ends[i] > start or starts[i] == start
