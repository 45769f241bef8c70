"""Names: one name spelled two ways (display-only), proper nouns lower-cased by MT."""

from __future__ import annotations

import pytest

from repair.model import Applicability

from support import Families

FAMILIES = Families("names")
CONFIG = FAMILIES.config
found, fixed = FAMILIES.found, FAMILIES.fixed


VARIANT = "names.spelling-variant"
LOWER = "names.lowercase-proper-noun"


def test_minority_spelling_gets_the_majority_form():
    text = (
        "Irina Valchuk chairs the committee. Valchuk called the vote. Critics of Valchuk’s plan "
        "walked out, and Valhcuk said she would try again."
    )
    (f,) = found(text, VARIANT)
    assert f.text == "Valhcuk" and f.replacement == "Valchuk"
    assert f.fix.applicability is Applicability.DISPLAY
    assert "3×" in f.explanation and "1×" in f.explanation
    assert fixed(text) == text  # only a suggestion


def test_dropped_letter_and_possessive():
    text = "Sergei Lavrentyev spoke. Lavrentyev left. Later Lavrentev’s office called."
    (f,) = found(text, VARIANT)
    assert f.text == "Lavrentev" and f.replacement == "Lavrentyev"


def test_a_tie_suggests_the_form_used_first():
    text = "Oleg Mirsky voted yes. Then Mirskiy voted no."
    (f,) = found(text, VARIANT)
    assert f.text == "Mirskiy" and f.replacement == "Mirsky"
    assert "equally often" in f.explanation


@pytest.mark.parametrize(
    "text",
    [
        # feminine and masculine forms of one surname are two people
        "Pavel Sokolov and Anna Sokolova spoke. Sokolov left first.",
        # dictionary words one letter apart are not names
        "The Patriots met the Patriot fans in Boston and Baston.",
        # a different first letter: two different names
        "Masha Orlova met Sasha Orlova. Masha left.",
        # the same spelling throughout
        "Dmitri Kozak spoke. Kozak left. Kozak’s aide stayed.",
    ],
)
def test_no_variant(text):
    assert found(text, VARIANT) == []


def test_lowercased_name_is_capitalised():
    text = "The activist Arseny Vorontsov was detained. Lawyers for arseny vorontsov appealed."
    assert fixed(text) == "The activist Arseny Vorontsov was detained. Lawyers for Arseny Vorontsov appealed."
    f = found(text, LOWER)[0]
    assert "mid-sentence" in f.explanation and "dictionary" in f.explanation


@pytest.mark.parametrize(
    "text",
    [
        # a common word that is also a name
        "The senator Bill Hart read the bill aloud.",
        # capitalised only at a sentence start: no evidence it is a proper noun
        "Vorontsov spoke first. The vorontsov archive was closed.",
        # in a web address or a handle
        "The site of Vorontsov is vorontsov.org and @vorontsov on social media.",
        # name particles stay lower case
        "Charles de Gaulle and Robert De Niro met Van Morrison and van Gogh.",
    ],
)
def test_lowercase_left_alone(text):
    assert found(text, LOWER) == []


def test_frequent_name_restored_as_part_of_the_full_name():
    # "vladimir" is frequent in English text, but the pair is written capitalised elsewhere
    text = "President Vladimir Putin spoke. Critics of vladimir putin were silent."
    assert fixed(text) == "President Vladimir Putin spoke. Critics of Vladimir Putin were silent."


def test_frequent_word_capitalised_only_in_a_title_case_phrase_is_left():
    text = "The Paycheck Protection Program ended. Each paycheck was smaller."
    assert found(text, LOWER) == []


def test_frequent_word_outside_dictionary_needs_the_flag():
    # "euro" is no dictionary word but is frequent in English: only with --unsafe-fixes
    text = "Fans travelled to the Euro finals. Each ticket cost one euro more."
    (f,) = found(text, LOWER)
    assert f.fix.applicability is Applicability.UNSAFE
    assert fixed(text) == text


def test_an_acronym_or_brand_written_in_lower_case_is_only_shown():
    # technical text writes formats and commands in lower case on purpose
    text = "The report comes as JSON, and the json is small. Its output goes to the kvortex tool, as Kvortex wants."
    by_word = {text[f.start : f.end]: f.fix.applicability for f in found(text, LOWER)}
    assert by_word == {"json": Applicability.DISPLAY, "kvortex": Applicability.SAFE}  # a title-case name is still restored


def test_a_capital_inside_code_is_no_proper_noun():
    from repair import engine

    text = "Pass a config object:\n\n```python\ncheck_text(text, Config(grammar=\"off\"))\n```\n\nThe config holds every key.\n"
    findings = engine.check(text, CONFIG, path="doc.md").findings
    assert [f for f in findings if f.rule == LOWER] == []
