"""The passes, in the order the engine runs them.

A pass is a module with `NAME` and `run(doc, config) -> Iterable[Finding]`. It reads the
Document's shared analysis, reports findings with proposed fixes, and never edits the text.
Modules are imported on first use so that start-up stays cheap.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util

# Order matters only for readability of reports and for which fix wins an overlap within
# a round (the earlier finding); the engine re-runs everything until nothing changes.
ORDER = (
    "encoding",
    "brackets",
    "quotes",
    "patterns",
    "repeats",
    "numbers",
    "names",
    "fragments",
    "untranslated",
    "pronouns",
    "lexicon",
    "rarity",
    "grammar",
)


def available() -> list[str]:
    """Pass names whose module exists."""
    return list(_available())


@functools.cache
def _available() -> tuple[str, ...]:
    # looked up once per process: a batch of small files would otherwise ask the import system
    # about every pass for every file
    return tuple(n for n in ORDER if importlib.util.find_spec(f"{__name__}.{n}") is not None)


def load(names: list[str] | None = None):
    return list(_load(tuple(names or available())))


@functools.cache
def _load(names: tuple[str, ...]) -> tuple:
    return tuple(importlib.import_module(f"{__name__}.{n}") for n in names)
