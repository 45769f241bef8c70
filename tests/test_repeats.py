"""Repeated words (repair/passes/repeats.py) on texts written for these tests."""

from __future__ import annotations

import pytest

from repair.model import Applicability

from support import Families

FAMILIES = Families("repeats")
CONFIG = FAMILIES.config
found, fixed = FAMILIES.found, FAMILIES.fixed


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The flood reached the the old bridge.", "The flood reached the old bridge."),
        ("The The flood reached the bridge.", "The flood reached the bridge."),
        ("Aid was sent to to the region.", "Aid was sent to the region."),
        ("Officials said that they\nthey would help.", "Officials said that they would help."),
        ("It was was the worst flood and and the costliest.", "It was the worst flood and the costliest."),
    ],
)
def test_repeated_function_word_is_dropped_by_default(text, expected):
    assert all(f.rule == "repeats.function-word" for f in found(text))
    assert fixed(text) == expected


def test_repeated_content_word_needs_unsafe_fixes():
    text = "The flood flood damaged the port."
    (f,) = found(text)
    assert (f.rule, f.fix.applicability) == ("repeats.word", Applicability.UNSAFE)
    assert fixed(text) == text
    assert fixed(text, unsafe=True) == "The flood damaged the port."


def test_repeated_capitalised_word_is_only_shown():
    text = "Rescuers reached Lviv Lviv by noon."
    (f,) = found(text)
    assert f.fix.applicability is Applicability.DISPLAY
    assert f.replacement == "Lviv"
    assert fixed(text, unsafe=True) == text


@pytest.mark.parametrize(
    "text",
    [
        "By then the town had had three floods.",
        "She insisted that that bridge was safe.",
        "What the plan is is a promise, nothing more.",
        "They spent the winter on Bora Bora.",
        "The children waved bye bye to the boats.",
        "It was a long, long night.",
        "The water rose 10 10 times faster.",
        "The river rose to the top.\n\nThe town was evacuated.",
        "Prices rose and rose. Rose growers complained.",
    ],
)
def test_allowed_and_separated_repetitions_stay(text):
    assert found(text) == []
