"""Regular expressions with a time limit, so that no input can hang a pass.

Every pattern in the project is compiled here and run through these helpers, which pass the
`regex` module's `timeout`. A pattern that times out raises TimeoutError; the engine turns
that into a one-line error for the document and drops that pass's findings.
"""

from __future__ import annotations

import functools

import regex

# Seconds one call may take. Generous: a 5 MB line with a sane pattern takes well under this.
TIMEOUT = 5.0

FLAGS = regex.VERSION1 | regex.UNICODE


@functools.lru_cache(maxsize=4096)
def compile(pattern: str, flags: int = 0) -> regex.Pattern:
    return regex.compile(pattern, FLAGS | flags)


def finditer(pattern: str | regex.Pattern, text: str, pos: int = 0, endpos: int | None = None):
    pat = compile(pattern) if isinstance(pattern, str) else pattern
    if endpos is None:
        endpos = len(text)
    return pat.finditer(text, pos, endpos, timeout=TIMEOUT)


def search(pattern: str | regex.Pattern, text: str, pos: int = 0, endpos: int | None = None):
    pat = compile(pattern) if isinstance(pattern, str) else pattern
    if endpos is None:
        endpos = len(text)
    return pat.search(text, pos, endpos, timeout=TIMEOUT)


def match(pattern: str | regex.Pattern, text: str, pos: int = 0, endpos: int | None = None):
    pat = compile(pattern) if isinstance(pattern, str) else pattern
    if endpos is None:
        endpos = len(text)
    return pat.match(text, pos, endpos, timeout=TIMEOUT)


def split(pattern: str | regex.Pattern, text: str) -> list[str]:
    pat = compile(pattern) if isinstance(pattern, str) else pattern
    return pat.split(text, timeout=TIMEOUT)


def char_positions(text: str, chars: str) -> list[int]:
    """Offsets of every occurrence of any of `chars` in `text`, in order: what a scan with the
    class `[chars]` finds, without the regex engine. A pattern starting with a character class
    makes the engine test every position of the text, several nanoseconds each; str.find jumps
    from one occurrence to the next in C, so for characters that are rare in prose (brackets,
    quote marks) this is several times faster, and a pattern with look-arounds can then be
    asked with `match` at these offsets only."""
    out: list[int] = []
    find = text.find
    for c in chars:
        i = find(c)
        while i != -1:
            out.append(i)
            i = find(c, i + 1)
    out.sort()
    return out
