"""Bracketed insertions: MT's duplicated word, source-language leftovers, unpaired and empty
brackets. Texts are written for these tests; the rule examples in rules/brackets.toml are run by
test_rule_examples.py."""

from __future__ import annotations

import pytest

from repair.model import Applicability

from support import Families

FAMILIES = Families("brackets")
CONFIG = FAMILIES.config
found, fixed = FAMILIES.found, FAMILIES.fixed


@pytest.mark.parametrize(
    "text, expected",
    [
        # an article insertion and MT's own capitalised article right after it
        ("Nobody denies that [the] The fleet was lost.", "Nobody denies that [the] fleet was lost."),
        ("He saw [an] The old bridge fall.", "He saw [an] old bridge fall."),
        ("Everyone says [the] A new law is coming.", "Everyone says [the] new law is coming."),
        # multi-word insertions: only the repeated tail goes
        ("He fears [that the] The rebels will win.", "He fears [that the] rebels will win."),
        ("“[They] They lied to us,” she said.", "“[They] lied to us,” she said."),
        # lower-case duplicate
        ("She hopes [the] the court agrees.", "She hopes [the] court agrees."),
        # several in one sentence, each fixed
        ("So [the] The army left and [the] The navy stayed.", "So [the] army left and [the] navy stayed."),
    ],
)
def test_duplicated_function_word_is_dropped_by_default(text, expected):
    assert fixed(text) == expected
    (f, *_) = found(text, "brackets.duplicated-word")
    assert f.fix.applicability is Applicability.SAFE
    assert "insertion" in f.explanation


def test_duplicated_content_word_needs_unsafe_fixes():
    text = "“The [coal miners] coal miners will strike,” he said."
    assert fixed(text) == text
    assert fixed(text, unsafe=True) == "“The [coal miners] will strike,” he said."


@pytest.mark.parametrize(
    "text",
    [
        "“They [the protesters] will march again,” he said.",
        "They back “Svoboda” [a nationalist party] in the west.",
        "“He [Orban] never called back,” she said.",
        "He quoted it [sic] The Times said.",
        "See note [1] 1 more time.",
        "“We need [the] money now,” she said.",
        "Soldiers [die] in the cold every winter.",
        "The film [El Norte] opened in 1983.",
        "The list (a) and (b) are attached.",
    ],
)
def test_legitimate_insertions_stay(text):
    assert found(text) == []
    assert fixed(text, unsafe=True) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She said [el] The mayor would resign.", "She said [the] mayor would resign."),
        ("He said [le] The prefect lied.", "He said [the] prefect lied."),
        ("They think [die] The banks lied.", "They think [the] banks lied."),
        ("[La] The strike continues.", "[The] strike continues."),
    ],
)
def test_foreign_article_confirmed_by_mt_duplicate_is_safe(text, expected):
    (f,) = found(text)
    assert f.rule == "brackets.foreign-function-word"
    assert f.fix.applicability is Applicability.SAFE
    assert fixed(text) == expected


def test_foreign_function_word_without_duplicate_is_unsafe():
    text = "Farmers [und] workers marched together."
    (f,) = found(text)
    assert f.rule == "brackets.foreign-function-word"
    assert fixed(text) == text
    assert fixed(text, unsafe=True) == "Farmers [and] workers marched together."
    assert "‘und’ = ‘and’" in f.explanation


def test_foreign_article_with_different_english_article_is_unsafe():
    # el = the, but MT wrote "A": the duplicate goes, yet the translation is not confirmed
    text = "She said [el] A mayor would resign."
    (f,) = found(text)
    assert f.fix.applicability is Applicability.UNSAFE
    assert fixed(text, unsafe=True) == "She said [the] mayor would resign."


@pytest.mark.parametrize("word", ["rusă", "große", "złoty", "ceață"])
def test_foreign_content_word_is_flagged_not_changed(word):
    text = f"The [{word}] army withdrew from the town."
    (f,) = found(text)
    assert f.rule == "brackets.foreign-word"
    assert f.fix is None
    assert fixed(text, unsafe=True) == text


@pytest.mark.parametrize("text", ["A [café] opened nearby.", "He met [José] in Lima.", "The [Russian] army left."])
def test_english_and_names_in_brackets_are_not_foreign(text):
    assert found(text, "brackets.foreign-word") == []


@pytest.mark.parametrize(
    "text, where",
    [
        ("The council (which met on Monday voted no.", "("),
        ("The vote was postponed] until May.", "]"),
        ("The council [which met (on Monday] voted no.", "("),
    ],
)
def test_unbalanced_bracket_is_shown(text, where):
    (f,) = found(text, "brackets.unbalanced")
    assert f.text == where
    assert f.fix is None


@pytest.mark.parametrize(
    "text",
    [
        "1) first point\n2) second point",
        "Options:\na) stay\nb) leave",
        "Great news :) said the mayor.",
        "The law covers a) farms, b) forests and iii) rivers.",
        "The council (which met on Monday) voted no.\n\nA second (short) paragraph.",
    ],
)
def test_list_markers_emoticons_and_pairs_are_not_unbalanced(text):
    assert found(text, "brackets.unbalanced") == []


def test_brackets_pair_per_paragraph():
    # an opener in one paragraph is not closed by a bracket in the next
    text = "The talks (held in Minsk failed.\n\nThey resumed) later."
    assert sorted(f.text for f in found(text, "brackets.unbalanced")) == ["(", ")"]


def test_empty_brackets_removed_only_with_unsafe_fixes():
    text = "The mayor [] said no, and the governor ( ) agreed."
    assert len(found(text, "brackets.empty")) == 2
    assert fixed(text) == text
    assert fixed(text, unsafe=True) == "The mayor said no, and the governor agreed."
    assert found("Call print() to show it.", "brackets.empty") == []
    assert found("Tasks:\n- [ ] buy paper\n- [x] print", "brackets.empty") == []
