"""The implausible-word check: flags a rare word that appears once, and leaves names, repeated
words, regular formations, addresses, allowed words and lexicon-explained words alone."""

from __future__ import annotations

from repair import engine
from repair.config import Config
from repair.document import Document
from repair.passes import rarity

CONFIG = Config(grammar="off")
RULE = "rarity.implausible-word"


def flagged(text: str, config: Config = CONFIG) -> list[str]:
    return [f.text for f in rarity.run(Document(text), config)]


def test_flags_a_rare_word_used_once():
    found = list(rarity.run(Document("The envoy was shot by the quoits as he left the embassy."), CONFIG))
    assert [f.text for f in found] == ["quoits"]
    f = found[0]
    assert f.rule == RULE and f.fix is None
    assert "1.54" in f.explanation and "per billion" in f.explanation  # states its evidence


def test_seed_word_flagged_when_no_lexicon_entry_explains_it():
    text = "Boris Nemtsov was shot in the back by the sigils, who have not clarified who sent them."
    assert flagged(text, CONFIG.replace(ignore=("lexicon",))) == ["sigils"]
    # With the lexicon on, the lexicon's finding carries the fix and rarity stays quiet.
    result = engine.check(text, CONFIG)
    assert [f.rule for f in result.findings if f.text == "sigils"] == ["lexicon.sigils"]


def test_common_and_rare_but_legitimate_words_in_context():
    assert flagged("The minister said the tranche of aid would arrive next week.") == []
    # A rare word the text is about recurs: not flagged, in any form.
    assert flagged("Sigils were carved on the door. Each sigil marked a family.") == []


def test_names_numbers_and_addresses_are_not_flagged():
    assert flagged("Police arrested Quoitsworth near Ballymena on Tuesday.") == []
    assert flagged("Reference gallimaufry2024 and see https://example.org/quoits or @quoits.") == []


def test_regular_formations_are_not_flagged():
    # Inflection of an everyday word, a free prefix, two words written solid.
    assert flagged("Budget showdowns and plans to outspend rivals shortened the waitlists.") == []


def test_non_words_are_left_to_spelling():
    assert flagged("The committee will exstrenuously review the plan.") == []


def test_allow_words_suppresses():
    text = "The envoy was shot by the quoits as he left the embassy."
    assert flagged(text, CONFIG.replace(allow_words=("Quoits",))) == []


def test_ignoring_a_lexicon_entry_hands_the_word_back_to_rarity():
    text = "The journalist was shot by the sigils outside his home."
    assert flagged(text, CONFIG.replace(ignore=("lexicon.sigils",))) == ["sigils"]
    assert flagged(text, CONFIG) == []


def test_word_lists_are_consistent():
    common = rarity.common_words()
    assert "killers" in common and "sigils" not in common
    assert rarity.everyday_words() < common
    assert 1.0 <= rarity.zipf("sigils") < 1.9
    assert rarity.zipf("notawordatallxyz") == 0.0


def test_rare_band_lookup_by_search_and_by_dictionary_agree():
    words = ["sigils", "quoits", "gallimaufry", "brinksmanship", "notawordatallxyz"]
    searched = [rarity.zipf(w) for w in words]
    assert [rarity._rare_dict().get(w, 0.0) for w in words] == searched
