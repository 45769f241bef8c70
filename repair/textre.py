"""Regular expressions with a time limit, so that no input can hang a pass.

Every pattern in the project is compiled here and run through these helpers, which pass the
`regex` module's `timeout`. A pattern that times out raises TimeoutError; the engine turns
that into a one-line error for the document and drops that pass's findings.
"""

from __future__ import annotations

import functools
import time

import regex

# Seconds one call may take. Generous: a 5 MB line with a sane pattern takes well under this.
TIMEOUT = 5.0
# Seconds after which finditer starts a fresh scan where it stands (see there).
RESTART_AFTER = TIMEOUT / 2

FLAGS = regex.VERSION1 | regex.UNICODE


class Pattern:
    """A pattern compiled the first time it is used. The passes define about a hundred patterns
    at import, and `regex` takes nearly a millisecond to compile each; a pre-commit hook's call
    on one short file uses about a tenth of them, so compiling on first use saves most of that
    start-up. The helpers below take one of these (or a string) and run the compiled pattern."""

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags, self._compiled = pattern, flags, None

    def compiled(self) -> regex.Pattern:
        if self._compiled is None:
            self._compiled = regex.compile(self.pattern, FLAGS | self.flags)
        return self._compiled

    def __getattr__(self, name: str):
        # what the slots lack (groupindex, findall, …) is the compiled pattern's; not special
        # names, which pickle and copy look up on an instance that has no slots filled yet
        if name.startswith("__") or name in Pattern.__slots__:
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self):
        return (Pattern, (self.pattern, self.flags))


@functools.lru_cache(maxsize=4096)
def compile(pattern: str, flags: int = 0) -> Pattern:
    return Pattern(pattern, flags)


def _compiled(pattern: str | Pattern) -> regex.Pattern:
    if isinstance(pattern, str):
        pattern = compile(pattern)
    return pattern._compiled or pattern.compiled()


def finditer(pattern: str | Pattern, text: str, pos: int = 0, endpos: int | None = None):
    """The matches of `regex`'s finditer, with its time-out for (nearly) the search alone. Its
    own time-out runs from the iterator's creation, so time the caller spends between matches
    (a loop that looks through everyone named, in a long text) counted too and cut the scan
    short; here the scan starts again where the last match ended once RESTART_AFTER seconds
    have passed, and the same matches come out. (A search may still be cut short after
    TIMEOUT - RESTART_AFTER seconds of its own.)"""
    if endpos is None:
        endpos = len(text)
    compiled = _compiled(pattern)
    backwards = bool(compiled.flags & regex.REVERSE)  # "(?r)": the scan runs from the end
    repeated_empty = -1  # an empty match the restart would find again where it begins
    while True:
        started = time.monotonic()
        for m in compiled.finditer(text, pos, endpos, timeout=TIMEOUT):
            if m.start() == m.end() == repeated_empty:
                continue
            yield m
            if time.monotonic() - started > RESTART_AFTER:
                if backwards:
                    endpos = m.start()
                else:
                    pos = m.end()
                repeated_empty = m.start() if m.start() == m.end() else -1
                break
        else:
            return


def search(pattern: str | Pattern, text: str, pos: int = 0, endpos: int | None = None):
    if endpos is None:
        endpos = len(text)
    return _compiled(pattern).search(text, pos, endpos, timeout=TIMEOUT)


def match(pattern: str | Pattern, text: str, pos: int = 0, endpos: int | None = None):
    if endpos is None:
        endpos = len(text)
    return _compiled(pattern).match(text, pos, endpos, timeout=TIMEOUT)


def split(pattern: str | Pattern, text: str) -> list[str]:
    return _compiled(pattern).split(text, timeout=TIMEOUT)


def findall(pattern: str | Pattern, text: str) -> list:
    return _compiled(pattern).findall(text, timeout=TIMEOUT)


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
