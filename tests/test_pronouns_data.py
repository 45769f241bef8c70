"""The word lists in rules/pronouns.toml are data: sorted, without duplicates, lower case, and
consistent with each other (every kinship noun is a gendered noun of the same gender)."""

from __future__ import annotations

import tomllib

import pytest

from repair.rules import rules_dir

LEXICON = tomllib.loads((rules_dir() / "pronouns.toml").read_text(encoding="utf-8"))["lexicon"]
WORD_LISTS = {k: v for k, v in LEXICON.items() if v and isinstance(v[0], str)}


@pytest.mark.parametrize("name", sorted(WORD_LISTS))
def test_word_list_sorted_unique_lower(name):
    words = WORD_LISTS[name]
    assert words == sorted(set(words)), f"{name}: not sorted or has duplicates"
    assert all(w == w.lower() and w.strip() == w for w in words), f"{name}: not lower case"


def test_kinship_nouns_are_gendered_nouns_of_the_same_gender():
    assert set(LEXICON["kinship_female"]) <= set(LEXICON["nouns_female"])
    assert set(LEXICON["kinship_male"]) <= set(LEXICON["nouns_male"])
    assert not set(LEXICON["nouns_female"]) & set(LEXICON["nouns_male"])


def test_converse_relations_are_kinship_nouns():
    kinship = set(LEXICON["kinship_female"]) | set(LEXICON["kinship_male"])
    for relation, converses in LEXICON["kinship_converse"]:
        assert relation in kinship and set(converses) <= kinship, relation
        # a relation's converse never has the relation's own word ("son" → "son" would be a brother)
        assert relation not in converses


def test_honorifics_have_one_gender_each():
    groups = [set(LEXICON[k]) for k in ("honorifics_female", "honorifics_male", "honorifics_neutral")]
    assert not (groups[0] & groups[1] or groups[0] & groups[2] or groups[1] & groups[2])


@pytest.mark.parametrize("name", ["surname_suffixes_female", "surname_suffixes_male"])
def test_surname_suffixes_have_weights(name):
    for suffix, weight in LEXICON[name]:
        assert suffix == suffix.lower() and 0 < weight <= 1
