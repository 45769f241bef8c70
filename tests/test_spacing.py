"""Spacing and punctuation pattern rules (rules/spacing.toml, rules/punctuation.toml) on texts
written for these tests."""

from __future__ import annotations

import pytest

from repair import engine, textre
from repair.rules import rules_of

from support import Families

FAMILIES = Families("spacing", "punctuation")
CONFIG = FAMILIES.config
found, fixed = FAMILIES.found, FAMILIES.fixed


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The dam held.  The town was saved.", "The dam held. The town was saved."),
        ("The dam held , and the town was saved .", "The dam held, and the town was saved."),
        ("Is it safe ? The engineers say yes !", "Is it safe? The engineers say yes!"),
        ("Il a dit\u00a0: the works start now.", "Il a dit: the works start now."),
        ("The dam held.The town was saved.", "The dam held. The town was saved."),
        ("They arrested Kovalenko.Protests followed.", "They arrested Kovalenko. Protests followed."),
        ("They met in St.Petersburg on Friday.", "They met in St. Petersburg on Friday."),
        ("“The dam held.”The town was saved.", "“The dam held.” The town was saved."),
        ("They met in Lviv,then in Odesa.", "They met in Lviv, then in Odesa."),
        ("The talks ( in Geneva ) ended.", "The talks (in Geneva) ended."),
        ("She said “ the dam held. ”", "She said “the dam held.”"),
        ("The governor ’s office closed.", "The governor’s office closed."),
    ],
)
def test_spacing_damage_is_fixed_by_default(text, expected):
    assert fixed(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mayor,, who won, spoke.", "The mayor, who won, spoke."),
        ("The dam held.. The town was saved.", "The dam held. The town was saved."),
        ("They asked for more time,. The court said no.", "They asked for more time. The court said no."),
        ("She said “We will rebuild.”. Then she left.", "She said “We will rebuild.” Then she left."),
        ("They back “Svoboda”. [a nationalist party]. It won.", "They back “Svoboda” [a nationalist party]. It won."),
        ("The talks (in Geneva,) ended.", "The talks (in Geneva) ended."),
    ],
)
def test_punctuation_damage_is_fixed_by_default(text, expected):
    assert fixed(text) == expected


def test_repeated_marks_need_unsafe_fixes():
    text = "Who pays for this?? Nobody!!"
    assert fixed(text) == text
    assert fixed(text, unsafe=True) == "Who pays for this? Nobody!"


def test_glued_words_are_only_shown():
    text = "The opposition leader KovalenkoFirst spoke."
    (f,) = found(text, "spacing.glued-words")
    assert f.replacement == "Kovalenko "
    assert fixed(text, unsafe=True) == text


@pytest.mark.parametrize(
    "text",
    [
        "The score was 3 : 1 after an hour.",
        "Growth was 0.5 percent, or 1,200 jobs.",
        "Visit example.com or the U.S. site.",
        "And then... nothing. Wait.... Still nothing.",
        "Run ../scripts/setup.sh first.",
        "The book by J.R.R. Tolkien sold well.",
        "The vote failed (again).",
        "Use the spare key (not the red one!).",
        "They call it “unity”. The name stuck.",
        "He said “no.” [He later changed his mind.]",
        "They voted for “Edinstvo”. [Applause] Then they left.",
        "In the U.S.’s view, the deal is done.",
        "You did what?!",
        "    indented line\na hard break  \nnext line",
    ],
)
def test_correct_text_is_left_alone(text):
    assert found(text) == []


def test_stop_before_a_gloss_is_kept_after_an_abbreviation():
    # "U.S." ends in a stop that is part of the word, not the stray sentence end
    assert found("They moved to the “U.S.” [the United States].", "punctuation.stop-before-insertion") == []


def test_stop_before_a_gloss_in_round_brackets_goes_only_before_a_lower_case_gloss():
    assert fixed("They voted against “Yabloko”. (a liberal party). Then they left.") == "They voted against “Yabloko” (a liberal party). Then they left."
    # a capitalised parenthesis after the stop is a sentence of its own
    assert found("He called it “unity”. (The word is ironic). Then he left.", "punctuation.stop-before-insertion") == []


def test_several_kinds_of_damage_converge_in_one_fix():
    text = "The dam held ,, and the town was saved..  Engineers ( from Kyiv) came.Officials said “ yes.”."
    result = engine.fix(text, CONFIG)
    assert result.text == "The dam held, and the town was saved. Engineers (from Kyiv) came. Officials said “yes.”"
    assert not result.not_converged
    assert found(result.text) == []


def test_every_pattern_rule_compiles_and_has_a_replacement_or_is_display():
    for rule in rules_of("patterns"):
        if not (rule.id.startswith("spacing.") or rule.id.startswith("punctuation.")):
            continue
        textre.compile(rule.data["pattern"])
        for exception in rule.data.get("exceptions", ()):
            textre.compile(exception)
        if rule.applicability.value != "display":
            assert "replacement" in rule.data, rule.id
