"""Pattern rules: a regex and a replacement template, written as data in rules/*.toml.

Most mechanical damage (spacing, doubled punctuation) needs no code: a rule with `pass =
"patterns"` gives `pattern` (the `regex` module's syntax, VERSION1), `replacement` (a
match.expand template; omit for display-only), and optionally `exceptions`: patterns that, when
one matches text overlapping the finding on the same line, cancel it (LanguageTool's
antipatterns; matched anywhere in the text, not only on the finding's line), and `requires`:
substrings of which any match must contain one, so that a text without them is not scanned.
With `skip_repeated_words = true`, a match at the start of a word the document uses more than
once is left alone: the text spells it that way on purpose ("LanguageTool" twice is a name, not
two words glued together once).
"""

from __future__ import annotations

import functools

from .. import rules, textre
from ..model import Finding
from ..spans import SpanIndex

NAME = "patterns"
ANCHOR_TRIES = 8  # occurrences of a needle's anchor compared before the plain search takes over


def run(doc, config):
    text = doc.text
    found: dict[str, bool] = {}  # needle → whether the text holds it (rules share needles)
    for rule, pattern, requires, template, exceptions, skip_repeated in _prepared():
        if requires and not any(_holds(doc, needle, k, found) for needle, k in requires):
            continue  # a substring search in C spares a full regex scan of most texts
        excepted = None
        for m in textre.finditer(pattern, text):
            if m.start() == m.end() and template is None:
                continue
            if skip_repeated and _repeated_word_at(doc, m.start()):
                continue
            if exceptions:
                if excepted is None:  # scanned once per rule and document, only when it matched
                    excepted = SpanIndex((e.start(), e.end()) for p in exceptions for e in textre.finditer(p, text))
                if excepted.overlaps(m.start(), m.end()):
                    continue
            replacement = m.expand(template) if template is not None else None
            if replacement == m.group():
                continue
            yield Finding.of(rule, text, m.start(), m.end(), replacement=replacement)


def _holds(doc, needle: str, k: int | None, found: dict[str, bool]) -> bool:
    """Whether the text holds `needle` (a `requires` entry), asked once per document. A needle
    whose anchor character the text has nowhere (Document.characters: a short string) is
    settled without a search."""
    held = found.get(needle)
    if held is None:
        held = found[needle] = (k is None or needle[k] in doc.characters) and _contains(doc.text, needle, k)
    return held


def _repeated_word_at(doc, start: int) -> bool:
    word = doc.tokens_in(start, start + 1)
    return bool(word) and doc.vocabulary.get(word[0].lower, 0) > 1


@functools.cache
def _prepared() -> tuple:
    """Each pattern rule as (rule, compiled pattern, anchored `requires`, replacement template,
    compiled exceptions, skip_repeated_words), worked out once per process rather than once per
    document."""
    out = []
    for rule in rules.rules_of(NAME):
        pattern = rule.data.get("pattern")
        if not pattern:
            continue
        requires = _anchored(tuple(rule.data.get("requires", ())))
        exceptions = tuple(textre.compile(p) for p in rule.data.get("exceptions", ()))
        out.append((rule, textre.compile(pattern), requires, rule.data.get("replacement"), exceptions,
                    bool(rule.data.get("skip_repeated_words"))))
    return tuple(out)


@functools.cache
def _anchored(needles: tuple[str, ...]) -> tuple[tuple[str, int | None], ...]:
    """Each needle with the index of its anchor character (see _contains), worked out once."""
    return tuple((n, next((i for i, c in enumerate(n) if not (c == " " or c.isalnum())), None)) for n in needles)


def _contains(text: str, needle: str, k: int | None) -> bool:
    """`needle in text`, faster for the short needles of `requires`. Python's substring search
    steps at most len(needle) + 1 characters at a time, and most needles here start or end with
    a space, found every few characters; a single character is found with a fast scan instead.
    So this scans for the needle's anchor, `needle[k]`: its first character that is neither a
    plain space nor a letter or digit (none: k is None), and compares the needle where it
    occurs, for the first few occurrences: where that character is common too (a comma), the
    plain search takes over."""
    if k is None:
        return needle in text
    anchor = needle[k]
    i = text.find(anchor, k)
    for _ in range(ANCHOR_TRIES):
        if i == -1:
            return False
        if text.startswith(needle, i - k):
            return True
        i = text.find(anchor, i + 1)
    return i != -1 and text.find(needle, i - k) != -1
