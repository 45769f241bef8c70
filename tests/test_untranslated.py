"""Words left in a non-Latin script, and look-alike letters inside Latin words."""

from __future__ import annotations

import pytest

from repair import engine
from repair.config import Config
from repair.model import Applicability

CONFIG = Config(grammar="off", select=("untranslated",))
SCRIPT = "untranslated.non-latin-script"
MIXED = "untranslated.mixed-script"


def found(text: str, rule: str):
    return [f for f in engine.check(text, CONFIG).findings if f.rule == rule]


@pytest.mark.parametrize(
    "text, span, script",
    [
        ("The governor praised the новый закон on Tuesday.", "новый закон", "Cyrillic"),
        ("Fans chanted Ζήτω outside the stadium.", "Ζήτω", "Greek"),
        ("The minister called it a 伟大的 achievement.", "伟大的", "Chinese/Japanese"),
        ("The sign read مرحبا بكم in large letters.", "مرحبا بكم", "Arabic"),
        ("Officials said “Мы готовы” and left.", "Мы готовы", "Cyrillic"),
    ],
)
def test_untranslated_run_is_flagged_once(text, span, script):
    (f,) = found(text, SCRIPT)
    assert f.text == span
    assert script in f.message
    assert f.fix is None  # the translation must come from a person


@pytest.mark.parametrize(
    "text",
    [
        # the original after its English form, in brackets
        "The party Spravedlivaya Rossiya (Справедливая Россия) lost seats.",
        "He joined A Just Russia («Справедливая Россия») in 2010.",
        # the original followed by a translation in brackets
        "Protesters held up «Нет войне» (No to war) signs.",
        # Greek letters as symbols
        "The α-particle and 5 μm pores; π is irrational.",
        # a document in another script is not English prose
        "Губернатор подписал новый закон во вторник. Закон вступит в силу в июне. See page 2.",
    ],
)
def test_not_flagged(text):
    assert found(text, SCRIPT) == []


def test_lookalike_letters_are_replaced():
    text = "Talks in Sоchi and Bеrlin ended."  # Cyrillic о in Sochi, Cyrillic е in Berlin
    findings = found(text, MIXED)
    assert [f.text for f in findings] == ["Sоchi", "Bеrlin"]
    assert all(f.fix.applicability is Applicability.SAFE for f in findings)
    assert engine.fix(text, CONFIG).text == "Talks in Sochi and Berlin ended."
    assert "Cyrillic Small Letter O" in findings[0].explanation


def test_mixed_word_without_latin_twins_is_left():
    # Ж has no Latin look-alike: not a typo of a Latin word
    assert found("The brand Zhivago-Жук launched.", MIXED) == []
