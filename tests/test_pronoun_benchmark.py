"""The pronoun benchmark's simulation of the MT error (benchmarks/pronouns/run.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks" / "pronouns"))
import run as bench  # noqa: E402


@pytest.mark.parametrize(
    "marked, damaged",
    [
        # every feminine pronoun turns masculine, "her" by what follows it
        ("She said her son owed her his life.", "He said his son owed him his life."),
        ("Ana took her home.", "Ana took him home."),
        # "home" opening a compound is a noun she owns
        ("Ana opened a school in her home town.", "Ana opened a school in his home town."),
        # a caret marks a man's pronoun to turn feminine
        ("Ivan said he^ would stay.", "Ivan said she would stay."),
    ],
)
def test_the_simulated_damage(marked, damaged):
    clean, got = bench.simulate(marked)
    assert clean == marked.replace("^", "")
    assert got == damaged
