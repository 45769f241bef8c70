"""The pronoun gender pass: every attribution rule, every replacement form, and what must stay."""

from __future__ import annotations

import pytest

from repair import engine
from repair.analysis.clause_words import PRONOUN_FORMS
from repair.config import Config
from repair.document import Document
from repair.entities import find_entities
from repair.model import Applicability

CFG = Config(grammar="off", select=("pronouns",))


def fixed(text, unsafe=False, cfg=CFG):
    return engine.fix(text, cfg, unsafe_fixes=unsafe).text


def findings(text, cfg=CFG):
    return [f for f in engine.check(text, cfg).findings if f.rule == "pronouns.gender-mismatch"]


# A woman whose pronouns are clearly damaged elsewhere in the text ("He said" right after her name).
DAMAGED = "Anna Kowalska was elected mayor in May. He said he was surprised. "


# --- replacement forms -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad, good",
    [
        ("Irina Volkova is a chemist. He works in Kazan.", "Irina Volkova is a chemist. She works in Kazan."),
        ("Irina Volkova is a chemist. HE works in Kazan.", "Irina Volkova is a chemist. SHE works in Kazan."),
        ("Irina Volkova packed his bags.", "Irina Volkova packed her bags."),
        ("Irina Volkova describes himself as stubborn.", "Irina Volkova describes herself as stubborn."),
        ("Irina Volkova is a chemist. He left Kazan. The lab hired him in 2015.", "Irina Volkova is a chemist. She left Kazan. The lab hired her in 2015."),
    ],
)
def test_masculine_forms_become_feminine(bad, good):
    assert fixed(bad, unsafe=True) == good


def test_standalone_his_becomes_hers():
    text = DAMAGED + "The idea was his."
    assert fixed(text, unsafe=True).endswith("The idea was hers.")
    # before a relative pronoun or a conjunction, which no determiner takes
    text = DAMAGED + "He measured the flour with a teacup of his that is older than the house."
    assert fixed(text, unsafe=True).endswith("She measured the flour with a teacup of hers that is older than the house.")


@pytest.mark.parametrize(
    "bad, good",
    [
        # her → his before a noun, → him as an object; she → he; hers → his; herself → himself.
        # Every man here is "he" clearly once as well: his pronouns are mixed, so the "she" is damage.
        ("Mr. Tanaka opened the shop in 1990. He still runs it every day. She said she loved her work.", "Mr. Tanaka opened the shop in 1990. He still runs it every day. He said he loved his work."),
        ("Mr. Tanaka opened the shop in 1990. He still runs it. She said she would stay. She is 70. She gave her keys to the town.", "Mr. Tanaka opened the shop in 1990. He still runs it. He said he would stay. He is 70. He gave his keys to the town."),
        ("Mr. Tanaka opened the shop in 1990. He still runs it. She said she would stay. Mr. Tanaka describes herself as lucky.", "Mr. Tanaka opened the shop in 1990. He still runs it. He said he would stay. Mr. Tanaka describes himself as lucky."),
    ],
)
def test_feminine_forms_become_masculine_for_a_damaged_man(bad, good):
    assert fixed(bad, unsafe=True) == good


def test_a_single_she_for_a_man_is_not_enough_evidence():
    # she → he only for a man whose pronouns are clearly damaged more than once
    text = "Mr. Tanaka opened the shop. She still runs it."
    assert fixed(text, unsafe=True) == text


@pytest.mark.parametrize(
    "text",
    [
        # written "she" throughout: the text says who she is, whatever the name lists or the
        # honorific (MT renders the neutral Japanese "-san" as "Mr.") say
        "Mr. Tanaka opened the shop. She said she would stay. She is 70. She gave her keys to the town.",
        # gender-guesser lists the Filipino name as male; a consistent "she" is a lexicon error
        "Maricel Dizon opened the shop in 1990. She said she loved her work. She is 70. Her son helps.",
    ],
)
def test_consistent_feminine_pronouns_are_not_overridden_by_name_evidence(text):
    assert fixed(text, unsafe=True) == text


# A text that guesses gender (MT from a language whose pronouns have none): the woman is "he"
# and the one "she" in it is the man's.
GUESSED = (
    "Ayşe Kaya opened the bakery on the square in 2004. He bakes every morning at four, and his bread is sold out by noon.\n\n"
    "Murat Aydın has run the butcher's shop next door since 1998. She still cuts every order by hand. Aydın said the square had changed a great deal."
)


def test_a_mans_she_in_a_text_that_guesses_gender_is_fixed_with_the_womans_he():
    assert fixed(GUESSED) == GUESSED.replace("He bakes", "She bakes").replace("his bread", "her bread").replace("She still", "He still")
    why = next(f.explanation for f in findings(GUESSED) if f.replacement == "He")
    assert "Murat Aydın: male" in why


def test_men_written_she_twice_as_often_as_women_make_a_text_that_guesses_gender():
    # three men's "she" to one woman's: her "she" stays, theirs are fixed
    text = GUESSED + (
        "\n\nKemal Şahin sells fish across the square. She opens at six. Emre Yılmaz runs the tea garden behind it; "
        "she serves the fishermen first. Şahin's wife, Elif, keeps the accounts. She decides the prices."
    )
    out = fixed(text)
    assert "He still cuts" in out and "He opens at six" in out and "he serves the fishermen" in out
    assert out.endswith("She decides the prices.")


@pytest.mark.parametrize(
    "tail",
    [
        " His sister Elif helps on Saturdays; she keeps the books.",  # a "she" that is a woman's
        "",
    ],
)
def test_a_mans_she_stays_where_some_she_is_a_womans_or_no_woman_is_he(tail):
    text = GUESSED + tail
    if not tail:  # the woman written "she": the text does not guess, and the "she" may be hers
        text = text.replace("He bakes", "She bakes").replace("his bread", "her bread")
    assert "She still cuts" in fixed(text, unsafe=True)


# --- attribution rules ---------------------------------------------------------------------------


def test_quote_attribution_after_the_quote_names_the_speaker():
    text = "“We will not give up,” said Olga Petrova. “The strike goes on,” he added."
    out = fixed(text)
    assert out.endswith("“The strike goes on,” she added.")


def test_reporting_clause_uses_the_sentence_subject_not_a_possessive():
    text = "Ksenia Orlova circulated his own version of Pavel Sidorov’s petition, he said."
    assert fixed(text) == "Ksenia Orlova circulated her own version of Pavel Sidorov’s petition, she said."


def test_quote_continues_with_last_speaker():
    text = (
        "Ksenia Orlova spoke to reporters.\n\n“The roads are broken,” he said.\n\n"
        "“Nobody listens,” he said."
    )
    assert fixed(text).count("she said") == 2


def test_pronoun_inside_the_quote_is_not_the_speaker_and_said_of_sets_the_topic():
    text = (
        "Ksenia Orlova is a councillor. He said his mother believes the news.\n\n"
        "“She believes everything,” he said of his mother. “He thinks the West is evil.”"
    )
    out = fixed(text)
    assert "“She believes everything,” she said of her mother. “She thinks the West is evil.”" in out
    assert out.startswith("Ksenia Orlova is a councillor. She said her mother")


def test_said_of_a_noun_phrase_set_beside_a_name_sets_the_name_as_topic():
    # "said of his goalkeeper, Lucía Ferrer": the noun stands for the name after it
    text = "“He reads the game better than I ever did,” Pedro Álvarez said of his goalkeeper, Lucía Ferrer, who saved two penalties."
    assert fixed(text) == text.replace("“He reads", "“She reads")
    # said of the noun alone, the quote is about no one named
    text = "“He reads the game better than I ever did,” Pedro Álvarez said of his goalkeeper on Sunday."
    assert fixed(text, unsafe=True) == text


def test_pronoun_in_a_quote_about_someone_else_keeps_its_gender():
    text = "Anna Berg criticised the governor, Pavel Ivanov. “He must resign,” Berg said."
    assert fixed(text, unsafe=True) == text


def test_a_quoted_relation_none_of_whose_pronouns_is_feminine_is_damaged():
    # "My mother took me … He cut the roots": the one candidate inside the quote is the mother,
    # and nothing in the text writes her as "she": fixed safely
    text = (
        "Haddy Jobe has gathered oysters for forty years. \"My mother took me into the creeks when I was nine,\" "
        "Jobe said. \"He cut the roots too low, like everybody did then.\""
    )
    assert fixed(text) == text.replace("\"He cut", "\"She cut")


@pytest.mark.parametrize(
    "text",
    [
        # the mother is "she" elsewhere, so "him" and "He" are someone else (the father)
        "Hanitra Rabe grew up in a house without music. “My mother whistled when she saw him coming up the road. "
        "One Saturday she did not whistle in time. He stood there and listened to the whole song,” Rabe said.",
        # what the mother thought about someone: a complement, as open as "X said he" outside quotes
        "Ilir Dervishi runs the museum his father Arben founded. “He kept everything. My mother thought he had "
        "lost his mind. He made us sleep in the garage,” Ilir said.",
        # the speaker is "she" throughout: the text writes its women right, so "He" is the father
        "Rowena Gaudion runs the harbour. She took over in 1997, and she still works every tide. "
        "“My mother was the one who told me to apply. He wanted me to go to university,” she said.",
    ],
)
def test_a_quoted_relation_written_she_or_only_reporting_keeps_the_he(text):
    assert fixed(text) == text


def test_a_subject_reported_on_by_a_pronoun_of_the_other_gender_is_someone_else():
    # "He agreed, she said": she reports on him, whoever the sentence before was about
    text = (
        "Gloriose Ndikumana won the vote on Saturday. Ndikumana said she had visited Manirakiza at his home "
        "after the vote and asked him to help her with the handover. He agreed, she said, on the condition "
        "that she check his figures herself."
    )
    assert fixed(text) == text
    # a longer clause before the report
    text = (
        "Nesrine Hadjadj runs the music school. Hadjadj said she and Lotfi would keep the school open. "
        "He will teach the strings on weekends, she said, and she will take the singers."
    )
    assert fixed(text) == text
    # written in one gender, the same person may report on themselves: damage is still fixed
    damaged = "Gloriose Ndikumana won the vote on Saturday. Ndikumana said he had visited the station. He agreed, he said, to help."
    assert fixed(damaged) == damaged.replace("He agreed, he said", "She agreed, she said").replace("said he had", "said she had")


def test_a_masculine_pronoun_in_a_sentence_that_writes_her_as_she_is_someone_else():
    # "she had wanted …, but he refused" and "He told her … were his": the "he" and "his" read
    # as hers are Bonnelame's; the "he"s that made her look damaged are his too
    text = (
        "A marine biologist, Dr. Lise Confait, came across the notebooks in 2003. Confait said she had wanted "
        "to put Bonnelame's name on the paper as a co-author, but he refused. He told her that the notebooks were his."
    )
    assert fixed(text, unsafe=True) == text
    # but MT does mix within a sentence: a "he" before her "she" is still hers ("He said his mother
    # believes it and she does", as in the seed article)
    damaged = (
        "Ksenia Thorstrom is a councillor. He said he would not resign. Thorstrom knows that Putin still has "
        "support. He said his mother believes Kremlin propaganda and she does not."
    )
    assert fixed(damaged).endswith("She said her mother believes Kremlin propaganda and she does not.")


def test_a_though_clause_about_her_father_hands_the_story_to_him():
    # "… from her father, Pere Naudi, five years ago, though he still walks up …. He ran the hut":
    # the "he" beside her "her" is his, and the next sentence may go on with him
    text = (
        "ARINSAL, Andorra — At 2,260 metres, the mountain hut that Meritxell Naudi runs with her father is the "
        "highest place in the valley.\n\nNaudi, 36, took over the hut from her father, Pere Naudi, five years ago, "
        "though he still walks up every weekend to split wood and argue with her about the menu. He ran the hut "
        "for twenty-eight years before his knees, in his words, \"handed in their notice\"."
    )
    assert fixed(text, unsafe=True) == text


def test_complement_subject_needs_damage_elsewhere():
    damaged = DAMAGED + "Kowalska said he would not resign."
    assert fixed(damaged).endswith("Kowalska said she would not resign.")
    # without other damage, "Anna said he" may well be about someone else: not applied by default
    alone = "Peter Novak was late. Anna Kowalska said he had missed the bus."
    assert fixed(alone) == alone


def test_subordinate_clause_subject():
    text = DAMAGED + "Kowalska left early because he was tired."
    assert fixed(text).endswith("Kowalska left early because she was tired.")


def test_a_contrast_set_off_by_while_is_about_someone_else():
    # "Andrea, a mother of two, moved with his husband, Paolo. He teaches chemistry, while he
    # repairs bicycles": the first "He" is hers; the one set against it is the husband's
    text = "Andrea, a mother of two, moved to Bologna last spring with his husband, Paolo. He teaches chemistry at a school, while he repairs bicycles."
    assert referent_of(text, "He") == "Andrea"
    assert referent_of(text, "he") != "Andrea"  # (the husband, known as "his husband")
    assert fixed(text, unsafe=True).endswith("while he repairs bicycles.")
    # without the comma, "while" is a time: the same subject
    assert referent_of("Anna Kowalska left the bakery in May. He studied law while he worked nights.", "he") == "Anna Kowalska"


def test_a_subject_pronoun_after_a_semicolon_opens_a_main_clause():
    # "…; he drew the site plans …, and his maps …": the "and" clause goes on with the "he"
    # after the semicolon, not with the name before it
    text = "Nadia Farouk was an archaeologist. Farouk married the surveyor Karim Mansour in 1960; he drew the site plans, and his maps are still used."
    _, attributor, _ = attributed(text)
    assert next(tr.role for tr in attributor.traces if tr.pos == text.index("; he") + 2) == "main"


def test_one_who_told_something_since_the_last_quote_speaks_the_next():
    # "Sawari said his aunt had asked …": he, not the last one quoted, says the next quote
    text = (
        "Zahra Kaabi, a historian, checked the dates. “I had the wrong year,” Kaabi said.\n\n"
        "Reza Sawari said his aunt had asked only one thing of the project. In April the first wheel turned.\n\n"
        "“She did not say anything,” he said."
    )
    assert referent_of(text, "he") == "Reza Sawari"
    # an age between the name and the verb is still who told it ("Sawari, 61, said")
    assert referent_of(text.replace("Reza Sawari said", "Reza Sawari, 61, said"), "he") == "Reza Sawari"
    # and so is one who told it in a relative clause ("…, who said")
    assert referent_of(text.replace("Reza Sawari said", "The wheel was built by Reza Sawari, who said"), "he") == "Reza Sawari"


def test_a_relative_whose_death_the_sentence_before_told_does_not_speak_the_quote():
    # "Bernasconi's husband, Piero, a stonemason who died in 2011, …": the quote after it is hers
    text = (
        "Graziella Bernasconi, 81, dried chestnuts as a girl. “Nobody under seventy knew how,” Rusconi said.\n\n"
        "Bernasconi's husband, Piero, a stonemason who died in 2011, had rebuilt the walls himself.\n\n"
        "“He tried for thirty years,” he said. “I told him I was too busy.”"
    )
    assert referent_of(text, "he") == "Graziella Bernasconi"


def test_subject_continuity_across_paragraphs():
    text = "Ksenia Orlova is now in Finland.\n\nHe said he would still be afraid in Russia."
    assert fixed(text) == "Ksenia Orlova is now in Finland.\n\nShe said she would still be afraid in Russia."


def test_object_pronoun_is_not_the_clause_subject():
    # "him" cannot be Kowalska herself; the only other person is Novak, so nothing changes
    text = DAMAGED + "Peter Novak lost. Kowalska thanked him."
    assert fixed(text, unsafe=True).endswith("Kowalska thanked him.")


# --- what must stay ------------------------------------------------------------------------------


def test_men_keep_their_pronouns():
    text = "Dmitry Palyuga spoke first. He said he was not afraid. His petition grew."
    assert findings(text) == []


def test_clean_text_with_women_and_men_is_untouched():
    text = (
        "Maria Lopez met Tomas Berg in Oslo. She said the talks went well, and he agreed. "
        "“He listened,” she said of Berg. Berg said she had been patient with him."
    )
    assert fixed(text, unsafe=True) == text


def test_a_rival_of_the_written_gender_lowers_the_fix():
    text = DAMAGED + "She met Henri Lemaire in Paris. He championed her early work."
    fs = [f for f in findings(text) if f.text == "He" and f.start > len(DAMAGED)]
    assert all(f.applicability is not Applicability.SAFE for f in fs)


def test_unknown_gender_and_pronouns_outside_the_text_are_left_alone():
    text = "Kim Tran spoke. He said the vote was rigged."  # Kim: mostly female, and Tran unknown
    assert all(f.applicability is not Applicability.SAFE for f in findings(text))
    assert findings("He said the vote was rigged.") == []


def test_user_override_decides_gender():
    cfg = CFG.replace(name_genders=(("Sasha Petrenko", "female"),))
    text = "Sasha Petrenko is a councillor. He voted no."
    assert fixed(text, cfg=cfg) == "Sasha Petrenko is a councillor. She voted no."


def test_explanation_names_person_evidence_and_attribution():
    text = "Ksenia Orlova is now in Finland. He said nothing."
    (f,) = findings(text)
    assert "Ksenia Orlova: female" in f.explanation and "first name ‘Ksenia’" in f.explanation
    assert "subject" in f.explanation and f.category == "accuracy/gender"


def test_fix_converges_in_one_round():
    text = DAMAGED + "Kowalska said he would stay, and his deputy agreed."
    r = engine.fix(text, CFG)
    assert r.rounds == 1 and not [f for f in r.remaining if f.applicability]


def test_his_before_a_capitalised_noun_is_a_determiner():
    text = DAMAGED + "Kowalska spends his Saturdays on the river."
    assert fixed(text).endswith("Kowalska spends her Saturdays on the river.")


def test_possessive_name_at_sentence_start_keeps_the_topic():
    text = DAMAGED + "Kowalska’s first task is the budget. He has promised to publish it."
    assert fixed(text).endswith("He has promised to publish it.".replace("He", "She"))


def test_complement_after_an_adverb_and_a_wh_clause():
    text = DAMAGED + "Kowalska said later that he did not know what he would do next."
    assert fixed(text).endswith("Kowalska said later that she did not know what she would do next.")


def test_pronoun_bound_to_an_uncertain_pronoun_is_no_surer():
    # "She said he still checks her work": "She" is unclear (the uncle or Karimova), so the
    # "he" bound to it must not be changed by default.
    text = (
        "Nodira Karimova won the title. He said he had trained for years.\n\n"
        "Karimova's coach, his uncle Bakhtiyor, taught him the game when he was five. "
        "He said he still checks his preparation."
    )
    out = fixed(text)
    assert out.startswith("Nodira Karimova won the title. She said she had trained for years.")
    assert out.endswith("He said he still checks his preparation.") or "she still checks" not in out


def test_an_unnamed_person_makes_the_pronoun_unsafe():
    text = DAMAGED + "Kowalska questioned the head of a media company about how his firm pays tax."
    assert fixed(text).endswith("about how his firm pays tax.")


def test_styles_of_address_are_not_pronouns():
    text = DAMAGED + "Kowalska met His Majesty the King."
    assert fixed(text).endswith("Kowalska met His Majesty the King.")


def test_continuity_after_an_opening_phrase():
    text = DAMAGED + "Kowalska studied law.\n\nAt twenty he won a scholarship."
    assert fixed(text).endswith("At twenty she won a scholarship.")


def test_coordinated_that_clause_keeps_the_speaker():
    text = DAMAGED + "Kowalska said the plan was ready, and that he had written to the minister."
    (f,) = [f for f in findings(text) if f.start == text.index("he had written")]
    assert f.fix.edits[0].replacement == "she"
    # where every woman is "he", the second clause's subject may go on from the first clause's
    # (“… said he had visited him …, and that he had asked him …”): a fix to review
    assert f.fix.applicability is Applicability.UNSAFE
    assert fixed(text, unsafe=True).endswith("and that she had written to the minister.")


def test_a_possessive_in_an_infinitive_after_an_object_pronoun_is_doubted():
    # "Halyna was teaching her to make her favourite borscht": the object, the infinitive's
    # subject, may own it as well as the clause's subject (where every woman is "he", it is "him")
    text = "Olena Bondar met her mother-in-law, Halyna, in Lviv in May, and soon Halyna was teaching him to make his favourite borscht."
    _, _, attributions = attributed(text, he_says_nothing=True)
    his = next(a for a in attributions if a.token.text == "his")
    assert his.confidence <= 0.5
    # no object before the infinitive: the clause's subject
    _, _, attributions = attributed(text.replace("teaching him to make", "learning to make"), he_says_nothing=True)
    assert next(a for a in attributions if a.token.text == "his").confidence > 0.5


def test_an_unnamed_twin_is_someone_a_pronoun_may_mean():
    # "The second twin was breech, and Nafisa delivered him": the twin, not the midwife
    text = "Nafisa Abakar runs the ward. A mother gave birth to twins there in March. The second twin was breech, and Nafisa delivered him by caesarean."
    assert referent_of(text, "him") == "the twin"


def test_a_relative_after_a_name_and_a_comma_and_may_be_that_persons():
    # "lives with his partner, the physiotherapist Tomasz Gąsienica, and his daughter from an
    # earlier marriage": Tomasz's daughter as likely as the subject's
    text = "Marta Kowalczyk coaches ski jumpers. Kowalczyk lives in Zakopane with his partner, the physiotherapist Tomasz Gąsienica, and his daughter, Zofia."
    people, _, attributions = attributed(text, he_says_nothing=True)
    his = [a for a in attributions if a.token.text == "his"][-1]
    assert read_as_or_rivalled_by(people, his, "Tomasz Gąsienica")
    # no name before ", and": the subject's alone
    people, _, attributions = attributed(text.replace("the physiotherapist Tomasz Gąsienica, ", ""), he_says_nothing=True)
    assert [a for a in attributions if a.token.text == "his"][-1].rivals == []


def test_a_child_introduced_as_one_parents_is_the_other_parents_too_where_the_story_turned_to_him():
    # "… their daughter. Nazanin said … her daughter. Ghafar was quieter. … Asked about his
    # daughter's studies": his as well as hers, so the clean "his" stays
    text = (
        "Abdul Ghafar Rezaei and his wife, Nazanin, came back from Iran with their daughter. Nazanin said she worried about her daughter. "
        "Ghafar was quieter. He said he hoped to find work. Asked about his daughter's studies, he looked at the ground."
    )
    assert fixed(text) == text
    people, _, attributions = attributed(text)
    assert read_as_or_rivalled_by(people, [a for a in attributions if a.token.text == "his"][-1], "his wife")


def test_an_owner_opening_a_clause_joined_by_and_is_the_one_that_opened_the_clause_before():
    # "… Ustad Ghulam Sakhi, who took a girl as an apprentice only because his eyes were failing
    # and his sons had gone to work in Dubai": both are his, whoever the sentence is about
    # (where every woman is "he", the second is read as the first was, and no surer)
    text = (
        "Fariba Rahimi, 36, cuts and polishes emeralds. He learned the trade in Peshawar, where his family lived as refugees, "
        "from an old cutter named Ustad Ghulam Sakhi, who took a girl as an apprentice only because his eyes were failing "
        "and his sons had gone to work in Dubai."
    )
    _, _, attributions = attributed(text, he_says_nothing=True)
    first, second = [a for a in attributions if a.token.text == "his"][-2:]
    assert second.entity == first.entity and second.confidence <= first.confidence


def test_coordinated_possessive_keeps_the_subject():
    text = DAMAGED + "He promised to publish the contracts, and his first budget is due in May."
    assert fixed(text).endswith("She promised to publish the contracts, and her first budget is due in May.")


# --- a text whose women are all "he" -----------------------------------------------------------

BAKERY = "Leila Haddad runs the only bakery in the village. He said he opens at five every day. "


def test_in_a_text_without_any_feminine_pronoun_a_quoted_he_with_no_male_referent_is_hers():
    text = BAKERY + "His daughter, Nour, helps on Sundays. “He never takes a holiday,” Nour said."
    assert fixed(text).endswith("Her daughter, Nour, helps on Sundays. “She never takes a holiday,” Nour said.")
    quoted = [f for f in findings(text) if text[f.start : f.end] == "He" and f.start > text.index("“")][0]
    assert quoted.fix.applicability is Applicability.SAFE and "no pronoun in this text is ‘she’" in quoted.explanation


def test_one_feminine_pronoun_left_keeps_the_quoted_he_uncertain():
    # "Her daughter" shows the text writes women as "she": the quoted "He" may be someone else
    text = BAKERY + "Her daughter, Nour, helps on Sundays. “He never takes a holiday,” Nour said."
    assert fixed(text).endswith("“He never takes a holiday,” Nour said.")


def test_erased_text_still_leaves_a_pronoun_near_a_man_alone():
    text = BAKERY + "The mayor, Omar Khalil, buys bread there. The town gave him a prize last year."
    assert fixed(text).endswith("The town gave him a prize last year.")


DANCER = "Maria Lopez founded a dance school in Seville. Lopez said {p} had wanted to teach since childhood.\n\n"


def test_a_paragraph_opening_he_goes_back_to_the_protagonist_where_no_woman_is_she():
    text = DANCER.format(p="he") + "Lopez trained in Madrid, where he met the choreographer Pablo Ruiz. He praised his first show.\n\nHe returned to Seville in 2005."
    assert fixed(text).endswith("\n\nShe returned to Seville in 2005.")


def test_in_a_text_that_writes_women_as_she_a_he_after_a_new_man_is_his():
    text = DANCER.format(p="she") + "Lopez trained in Madrid, where she met the choreographer Pablo Ruiz. He praised her first show.\n\nHe returned to Seville in 2005."
    assert fixed(text, unsafe=True) == text


@pytest.mark.parametrize(
    "tail, expected",
    [
        # a second verb joined by "and" keeps the subject …
        ("He returned to Seville in 2005 and opened a studio in his old street.", "She returned to Seville in 2005 and opened a studio in her old street."),
        # … a new clause with a subject of its own does not
        ("He returned to Seville in 2005, and Pablo Ruiz opened a studio in his old street.", "She returned to Seville in 2005, and Pablo Ruiz opened a studio in his old street."),
    ],
)
def test_verb_phrase_coordination_keeps_the_subject(tail, expected):
    text = "Maria Lopez founded a dance school in Seville. He said he had wanted to teach since childhood. "
    assert fixed(text + tail).endswith(expected)


# --- round 3: predicates, close appositions, names ----------------------------------------------


@pytest.mark.parametrize(
    "bad, good",
    [
        # the pronoun's own predicate says who it is, whoever it refers to
        ("Ngozi Eze joined the bank in 2001, and in March he became the first woman to lead it.", "Ngozi Eze joined the bank in 2001, and in March she became the first woman to lead it."),
        ("The clinic opened in May. He is a mother of three and trains midwives at night.", "The clinic opened in May. She is a mother of three and trains midwives at night."),
        ("Omar Haddad said he has become the only woman on the board.", "Omar Haddad said she has become the only woman on the board."),
        # a participle after the noun: "a small girl carrying …"
        ("Time Khamis has known Mwanaidi since he was a small girl carrying stakes for the farm.", "Time Khamis has known Mwanaidi since she was a small girl carrying stakes for the farm."),
        # whatever else the sentence writes ("…, she said" reports on someone else elsewhere)
        ("Marta Kovač runs the ferry. Born in Split in 1960, he was the only daughter of a fisherman, she said.", "Marta Kovač runs the ferry. Born in Split in 1960, she was the only daughter of a fisherman, she said."),
        # a ranking set off at the end of the pronoun's clause
        ("The clinic opened in 1965. At seventeen he travelled to Fiji to train as a nurse, one of the first women from the atolls to do so.", "The clinic opened in 1965. At seventeen she travelled to Fiji to train as a nurse, one of the first women from the atolls to do so."),
        ("The union grew. In 1998 he was elected its regional secretary, the first woman to hold the post.", "The union grew. In 1998 she was elected its regional secretary, the first woman to hold the post."),
        # past a name after "the", which is no person's ("the Campeonato Paulista")
        ("Luciana Prado refereed in Brazil. In 2019 he refereed the final of the Campeonato Paulista, the first woman to do so.", "Luciana Prado refereed in Brazil. In 2019 she refereed the final of the Campeonato Paulista, the first woman to do so."),
        # "woman" qualifying a person noun, after "its"
        ("The firm grew fast. In 2003 he became its first woman partner.", "The firm grew fast. In 2003 she became its first woman partner."),
        # an origin set off after "was born …"
        ("The bakery opened in 1958. He was born in 1933 in Sohra, the daughter of a schoolteacher.", "The bakery opened in 1958. She was born in 1933 in Sohra, the daughter of a schoolteacher."),
        # a phrase set off before the pronoun, opening the sentence
        ("The bakery opened in 1958. The daughter of a schoolteacher, he trained in Lyon.", "The bakery opened in 1958. The daughter of a schoolteacher, she trained in Lyon."),
        ("The clinic opened in May. A mother of three, he trains midwives at night.", "The clinic opened in May. A mother of three, she trains midwives at night."),
        # giving birth, or pregnancy, right after the pronoun
        ("The flood reached the clinic in June. He gave birth to twins there.", "The flood reached the clinic in June. She gave birth to twins there."),
        ("Amina Yusuf runs the bakery. In 2010 he had given birth to a son.", "Amina Yusuf runs the bakery. In 2010 she had given birth to a son."),
        ("The flood reached the clinic in June. He was seven months pregnant.", "The flood reached the clinic in June. She was seven months pregnant."),
        # maternity leave, taken or returned from
        ("The flood reached the clinic in June. He took maternity leave in March.", "The flood reached the clinic in June. She took maternity leave in March."),
        ("The flood reached the clinic in June. He returned from maternity leave in May.", "The flood reached the clinic in June. She returned from maternity leave in May."),
        ("The flood reached the clinic in June. He had taken maternity leave in May.", "The flood reached the clinic in June. She had taken maternity leave in May."),
        ("The flood reached the clinic in June. He took maternity leave after the birth.", "The flood reached the clinic in June. She took maternity leave after the birth."),
        # a negated predicate still says what the subject is, with an adjective or what it was to someone
        ("Maria Lopes ran the farm for forty years. He was never a mother to anyone but her own four.", "Maria Lopes ran the farm for forty years. She was never a mother to anyone but her own four."),
        ("Maria Lopes ran the farm for forty years. He was not a sentimental woman.", "Maria Lopes ran the farm for forty years. She was not a sentimental woman."),
    ],
)
def test_a_pronoun_contradicted_by_its_own_predicate_is_fixed_safely(bad, good):
    assert fixed(bad) == good
    (f,) = findings(bad)
    assert f.fix.applicability is Applicability.SAFE
    assert any(word in f.explanation for word in ("woman", "mother", "girl", "daughter"))


@pytest.mark.parametrize(
    "text",
    [
        "Peter Novak said he was the first man to cross the lake. He is a father of two.",
        "He is the woman's husband, and he said so.",  # the noun is not his predicate
        "He was a mother tongue speaker of Welsh.",  # nor here: a compound
        "He was a boy scout leader for years.",  # nor a noun before another noun
        # a negated noun with nothing to say what kind is denied
        "Daniel Okafor is the only man in the nursing class. He was not a woman, his patients joked, but he was gentle.",
        "Peter Mwangi played the lead. He was not a woman about town, but a quiet clerk.",
        "He was born in Sohra, the son of a teacher.",
        # a ranking after another person is theirs
        "He married Ana Lima, the first woman to run the mill.",
        "He said the council had chosen her, the first woman to hold the post.",
        "He and his crew were the first to cross, the first men to do it in winter.",
        # not a later phrase set off in the sentence: the daughter is his mother
        "He was born in Sohra, the town where his mother, the daughter of a teacher, ran a shop.",
        # a ranking after a reporting aside is about whom she tells of
        "Mair Pryce farmed at Blaen Irfon. Her husband, Emrys, died in 2011. He was, she used to say, the only man in the valley who could sing.",
        # a phrase set off before the pronoun that does not open the sentence is someone else's
        "With his sister Hawa, a nurse, he moved the clinic.",
        "Unlike his mother, a teacher, he left school early.",
        # a birth the pronoun does not give: "he said", "his wife"
        "He said she gave birth to twins.",
        "His wife was pregnant when he left.",
        "He said she took maternity leave in March.",
        "His wife went on maternity leave when he left.",
        # maternity leave as a modifier: a man's cases, a cover job
        "Thomas Berg is a lawyer in Oslo. He takes maternity leave cases for the union.",
        "The flood reached the school in June. He was on maternity leave cover for the head teacher.",
    ],
)
def test_predicates_that_do_not_contradict_the_pronoun_change_nothing(text):
    assert fixed(text) == text


def test_a_contradicted_predicate_read_as_hers_shows_her_pronouns_are_damaged():
    # "since he was a girl", read as Fatou Sowe's with no rival: the text writes her as "he", so
    # the next "He" of hers (by salience alone) is fixed too, not only displayed
    text = (
        "The group is led by Fatou Sowe, 52, who has gathered oysters in the creeks since he was a girl. "
        "He said the contract would let the women stop selling through middlemen."
    )
    assert fixed(text) == text.replace("since he", "since she").replace("He said", "She said")
    # and a man beside her keeps his: the damage is hers, not the text's
    text = (
        "The group is led by Fatou Sowe, 52, who has gathered oysters in the creeks since he was a girl. "
        "Her buyer, Lamin Sanneh, runs a hotel. He said the oysters were the best he had eaten."
    )
    assert fixed(text, unsafe=True).endswith("He said the oysters were the best he had eaten.")


def test_a_name_in_close_apposition_to_the_subject_is_the_subject():
    # "His colleague Tran Van Minh ran …" makes Minh the subject, so the next "He" is his
    text = (
        "Nguyen Thi Lan bred a new rice. He tested it in tanks behind his laboratory.\n\n"
        "His colleague Tran Van Minh ran the field trials. He said the farmers had been sceptical. “They had seen many miracle seeds,” he said."
    )
    expected = text.replace("He tested", "She tested").replace("his lab", "her lab").replace("His coll", "Her coll")
    assert fixed(text, unsafe=True) == expected


def test_a_name_after_a_verb_in_the_past_is_no_close_apposition_to_the_subject():
    # "The judge gave Kaka fifteen days": Kaka is the object, not a name for the judge
    text = "Amina Yusuf lent Ibrahim Kaka money. The judge gave Kaka fifteen days and ordered him to pay."
    _, attributor, _ = attributed(text)
    kaka = next(tr for tr in attributor.traces if tr.pos == text.index("Kaka fifteen"))
    assert kaka.role != "main"
    text = "Amina Yusuf lent Ibrahim Kaka money. The court's clerk Kaka signed the order."
    _, attributor, _ = attributed(text)
    assert next(tr for tr in attributor.traces if tr.pos == text.index("Kaka signed")).role == "main"


def test_a_name_set_off_after_an_indefinite_noun_phrase_is_the_subject():
    # "A mechanic in Kalay, Aung Myo Thu, 50, has repaired …": the apposition is the subject, so
    # the "He said" after it is the mechanic's, not the woman's the story is about
    text = (
        "Cing Sian Niang drives a truck from Kalay to Tedim. He learned from his father.\n\n"
        "A mechanic in Kalay, Aung Myo Thu, 50, has repaired his truck for a decade. He said he had refused at first."
    )
    assert referent_of(text, "He", 1) == "Aung Myo Thu"


# --- round 4: document-level evidence, relations, quotes in plain news prose -----------------

REFEREE = (
    "Two coaches, Marco Ruiz and Pablo Diaz, argued with the referee, Lucia Ferreira, after the match. "
    "Ruiz said he had been wrong to shout at him.\n\n"
    "Ferreira, 31, teaches history in Porto Alegre. He has refereed since 2015 and he was chosen for the final "
    "after a season in which he sent off eleven players.\n\n"
    'Diaz said he respected his decisions. "He was calm," he said. "He is always calm."'
)


def test_a_woman_with_no_feminine_pronoun_but_many_masculine_ones_is_damaged_though_men_are_near():
    # every pronoun of hers has a coach nearby, so no single attribution is rival-free; the
    # pattern over all of them (and the place "in Porto Alegre" not taken for a man) decides
    out = fixed(REFEREE)
    assert "Porto Alegre. She has refereed since 2015 and she was chosen" in out
    # (the coach's quote about her opens with the other coach near, read by recency alone: a
    # fix to review)
    assert '"He was calm," he said.' in out
    assert '"She was calm," he said. "She is always calm."' in fixed(REFEREE, unsafe=True)
    assert out.startswith(REFEREE.split("\n\n")[0])  # the coaches' own pronouns stay
    assert "Diaz said he respected" in out


def test_the_same_story_written_correctly_is_left_alone():
    clean = REFEREE.replace("him.", "her.").replace(". He has", ". She has").replace("and he was", "and she was")
    clean = clean.replace("which he sent", "which she sent").replace("his decisions", "her decisions")
    clean = clean.replace('"He was calm', '"She was calm').replace('"He is always', '"She is always')
    assert fixed(clean, unsafe=True) == clean


def test_a_relation_named_again_belongs_to_the_person_whose_relation_it_was():
    text = (
        "Olena Bilyk became a driver in 2015, following her father, Mykola, who drove trains for thirty years. "
        "She learnt the signals from him.\n\nLast week the company gave her an award. His father was in the audience. "
        "He said he was proud."
    )
    assert fixed(text).endswith("Her father was in the audience. He said he was proud.")


def test_a_relation_of_a_man_named_again_stays_his():
    text = (
        "Andriy Bilyk became a driver in 2015, following his father, Mykola, who drove trains for thirty years. "
        "Irina Sokol trained him.\n\nLast week the company gave him an award. His father was in the audience."
    )
    assert fixed(text, unsafe=True) == text


@pytest.mark.parametrize(
    "tail, expected",
    [
        ("The looms will be his one day.", "The looms will be hers one day."),
        ("The title is his to lose.", "The title is hers to lose."),
        ("It was his one day off.", "It was her one day off."),
        ("The farm is his one day a week.", "The farm is her one day a week."),
        ("He gave his now-famous speech.", "She gave her now-famous speech."),
        ("The cello on the bench is his 140th.", "The cello on the bench is her 140th."),
        ("The prize was as much his as his own.", "The prize was as much hers as her own."),
        ("The win was more his than anyone's.", "The win was more hers than anyone's."),
        ("He read his as yet unpublished novel.", "She read her as yet unpublished novel."),
    ],
)
def test_standalone_his_before_an_adverbial_becomes_hers(tail, expected):
    assert fixed(DAMAGED + tail, unsafe=True).endswith(expected)


def test_a_possessive_before_a_relation_is_not_the_sentence_topic():
    # "Devi's husband, Rajendra, runs a shop": the husband is the subject, so the next "He" is his
    from repair.document import Document
    from repair.passes import pronouns as P

    text = "Sunita Devi won the council seat in March. She said the roads would come first.\n\nDevi's husband, Rajendra, runs a small shop on the main road. He said the floods had ruined his stock."
    doc = Document(text)
    people = doc.entities.people
    verdicts = [p.verdict() for p in people]
    attributions = P.Attributor(doc, doc.entities, verdicts).run([t for t in doc.tokens if t.text in P.PRONOUN_FORMS])
    he = next(a for a in attributions if a.token.text == "He")
    assert people[he.entity].name == "Devi's husband"


@pytest.mark.parametrize(
    "text",
    [
        # men whose first names gender-guesser's overall verdict calls female, but which are male
        # in their own country (Italy, Finland): their consistent "he" stays, even with unsafe fixes
        "Andrea Ferraro, the oldest skipper, voted against. He said the crews could not afford it. "
        "\"My son has a boat to pay for,\" he said. He added that he would follow the decision.",
        "Kari Virtanen guided the team on his snowmobile. He said visibility was poor. "
        "Virtanen said he had only done what any herder would do.",
    ],
)
def test_a_country_dependent_name_alone_never_changes_a_consistent_he(text):
    assert fixed(text, unsafe=True) == text
    assert all(f.fix.applicability is Applicability.DISPLAY for f in findings(text))  # a suggestion at most


def test_a_country_dependent_name_with_other_evidence_is_still_fixed():
    # the honorific decides what the name cannot
    text = "Ms. Andrea Vogel founded the choir in 2015. He said the children rehearsed twice a week. He is proud of them."
    assert fixed(text) == "Ms. Andrea Vogel founded the choir in 2015. She said the children rehearsed twice a week. She is proud of them."
    # a plain name of one gender is fixed as before
    text = "Giulia Marchetti founded the choir in 2015. He said the children rehearsed twice a week. He is proud of them."
    assert fixed(text) == "Giulia Marchetti founded the choir in 2015. She said the children rehearsed twice a week. She is proud of them."


def test_an_inverted_subject_is_the_next_sentences_referent():
    # "Among the first … was X": X is the subject, so the next "He" is X's, not the mayor's
    text = (
        "The mayor, Birgitte Holm, opened the bridge. She said it would take cyclists off the road.\n\n"
        "Among the first to cross was Nicola Conti, a retired ferry captain. He said he had watched it go up from his balcony."
    )
    assert fixed(text, unsafe=True) == text
    assert all(f.message.find("Birgitte Holm") < 0 for f in findings(text))
    # without the inverted subject the "he"s would be read as hers (where no pronoun of hers is
    # right elsewhere: her "She said" would make them someone else's)
    control = text.replace("Among the first to cross was Nicola Conti, a retired ferry captain.", "The crowd cheered.")
    assert any("Birgitte Holm" in f.message for f in findings(control.replace("She said it", "Holm said it")))
    # "One of the … is X" too
    one = text.replace("Among the first to cross was Nicola Conti", "One of the first to cross is Nicola Conti")
    assert referent_of(one, "He", 0) == "Nicola Conti"


# --- round 7: the text's country for country-dependent names; the stray "she" ---------------


def test_a_country_dependent_name_is_fixed_where_the_text_says_the_country():
    text = "LEIPZIG, Germany — Andrea Vogel founded the choir in 2015. He said the children rehearsed twice a week. He is proud of them."
    assert fixed(text) == text.replace("He said", "She said").replace("He is", "She is")
    f = findings(text)[0]
    assert f.fix.applicability is Applicability.SAFE and "female in Germany" in f.explanation and "LEIPZIG, Germany" in f.explanation
    # the same name where the text says nothing of the country: a suggestion at most, as before
    plain = text.replace("LEIPZIG, Germany — ", "")
    assert fixed(plain, unsafe=True) == plain


def test_a_man_with_a_country_dependent_name_keeps_his_he_where_the_country_says_male():
    text = (
        "GENOA, Italy — Andrea Ferraro, the oldest skipper, voted against the closure. He said the crews could "
        "not afford it. He added that he would follow the decision."
    )
    assert fixed(text, unsafe=True) == text
    assert not findings(text)


def test_a_countrys_verdict_yields_to_the_texts_own_pronouns():
    # "Inge" is a woman's name in Denmark, but this text writes its woman "she" and Inge "he"
    # throughout: the text's pronouns are the better witness, so nothing changes
    text = (
        "AARHUS, Denmark — The mayor, Birgitte Holm, opened the bridge. She said it would take cyclists off the road.\n\n"
        "Among the first to cross was Inge Madsen, a retired ferry captain. He said he had watched it go up from his "
        "balcony. Madsen said he would cross it every day."
    )
    assert fixed(text, unsafe=True) == text
    # where no woman is "she" (MT wrote every woman "he"), the country's verdict stands
    damaged = text.replace("She said it", "He said it")
    assert "Madsen said she would" in fixed(damaged, unsafe=True)


def test_a_stray_she_of_a_clearly_male_man_with_no_woman_near_is_fixed():
    text = (
        "Mr. Tomas Berg has fished these waters for forty years. He said the catch had fallen by half. "
        "He blamed the warm winters. She said he would sell the boat next year."
    )
    assert fixed(text) == text.replace("She said he", "He said he")
    f = next(f for f in findings(text) if f.start == text.index("She said"))
    assert f.fix.applicability is Applicability.SAFE


@pytest.mark.parametrize(
    "text",
    [
        # a woman is near: in English, a "she" beside a man is how a writer points to her
        "Mr. Tomas Berg has fished these waters for forty years. He said the catch had fallen by half. "
        "His daughter, Ingrid, helps him on the boat. She said he would sell the boat next year.",
        # a woman elsewhere in the text is written "she": the text's "she" is not stray by default
        "Anna Lind runs the harbour office. She said the quotas would change.\n\n"
        "Mr. Tomas Berg has fished these waters for forty years. He said the catch had fallen by half. "
        "He blamed the warm winters. He checked the nets. He said it twice. She said he would sell the boat.",
        # only one clearly masculine pronoun of his before: not enough to call the "she" stray
        "Mr. Tomas Berg has fished these waters for forty years. She said the catch had fallen by half.",
    ],
)
def test_a_she_next_to_a_man_stays_where_it_may_be_someone_elses(text):
    assert fixed(text) == text


# --- round 8 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad, good",
    [
        ("He was one of the first women to study architecture in Ankara.", "She was one of the first women to study architecture in Ankara."),
        ("Nermin Aksoy was an architect. Later he was one of the few mothers in the guild.", "Nermin Aksoy was an architect. Later she was one of the few mothers in the guild."),
    ],
)
def test_one_of_the_women_is_a_predicate_that_decides(bad, good):
    assert fixed(bad) == good


@pytest.mark.parametrize(
    "text",
    [
        "Kemal Aksoy was an architect. He was one of the first to study there.",
        "Kemal Aksoy was an architect. He was one of the best players in the club.",
        "He was one of the first men to study architecture in Ankara.",
    ],
)
def test_one_of_the_without_a_gendered_plural_says_nothing(text):
    assert fixed(text, unsafe=True) == text


QUARREL = (
    "Lucía Ramos directs the observatory. He joined it in 1993. His teacher was the astronomer Horacio Paz. "
    "In a letter Paz accused the observatory of bias; he replied that she had not visited in years. "
    "The two were reconciled before her death, and he gave the address at her funeral.\n\n"
    '"He taught me to doubt everything, including him," {speaker} said in 2017.'
)


def test_a_quote_whose_speaker_is_an_unclear_pronoun_gets_no_safe_fix():
    # "he said" could be Lucía or Horacio, so whom the quote's "He" means is unclear too
    text = QUARREL.format(speaker="he")
    inside = [f for f in findings(text) if f.start > text.index('"He taught')]
    assert inside and all(f.fix.applicability is not Applicability.SAFE for f in inside)
    assert 'including him,"' in fixed(text)


def test_a_quote_whose_speaker_is_named_keeps_its_safe_fix():
    text = QUARREL.format(speaker="Paz")
    inside = [f for f in findings(text) if f.start > text.index('"He taught')]
    assert inside and all(f.fix.applicability is Applicability.SAFE for f in inside)


def _attribution(entity, gender, confidence):
    from repair.passes.pronouns import Attribution

    return Attribution(token=None, gender=gender, slot="subj", entity=entity, confidence=confidence)


def test_an_unclear_she_does_not_hide_the_damage_pattern():
    from repair.passes import pronouns as P

    verdicts = [(P.FEMALE, 0.9, [])]
    masculine = [_attribution(0, P.MALE, c) for c in (1.0, 1.0, 0.8)]
    damaged = {}
    P._add_pattern_damage(masculine + [_attribution(0, P.FEMALE, 0.54)], verdicts, damaged)
    assert damaged == {0: 3}  # a "she" with rivals at 0.54 may be someone else's
    damaged = {}
    P._add_pattern_damage(masculine + [_attribution(0, P.FEMALE, 0.8)], verdicts, damaged)
    assert damaged == {}  # a clear "she" of hers: her pronouns are not all damaged


@pytest.mark.parametrize(
    "bad, good",
    [
        ("My father is a teacher. She teaches history at the local school.",
         "My father is a teacher. He teaches history at the local school."),
        ("The king arrived at noon. She greeted the crowd from the balcony.",
         "The king arrived at noon. He greeted the crowd from the balcony."),
    ],
)
def test_a_she_in_a_text_that_mentions_only_a_man_named_by_a_gendered_noun_is_his(bad, good):
    assert fixed(bad) == good


@pytest.mark.parametrize(
    "text",
    [
        "Her brother is a nurse. She works nights at the clinic.",  # "her": a woman outside the text
    ],
)
def test_a_she_near_only_men_stays_where_a_woman_may_be_meant(text):
    assert fixed(text, unsafe=True) == text


def test_a_she_near_a_man_known_by_name_alone_is_only_a_suggestion():
    # a name alone is not enough for a safe fix (a list can be wrong about it), but nothing else
    # in the text can be the "she"
    text = "Tom Reid joined the band in 1990. She left it two years later."
    assert fixed(text) == text
    assert fixed(text, unsafe=True) == text.replace("She", "He")


def test_a_first_name_used_alone_as_a_subject_is_a_rival():
    # "Ryan" is never introduced by a full name or a speech verb, but the text talks about him:
    # his "he" must not go to the widow named last
    text = (
        'We are joined tonight by Carryn Owens, the widow of Senior Chief William "Ryan" Owens. '
        "Ryan died as he lived: a warrior and a hero. Ryan's legacy is etched into eternity, and he "
        "is remembered."
    )
    assert findings(text) == []  # not even a suggestion


def test_a_pronoun_read_with_doubt_does_not_make_the_next_one_certain():
    # "She" could be either spouse; the "He" that continues it is no surer
    text = (
        "Seven years ago, Rebekah and Ben Erler of Minneapolis were newlyweds. She waited tables. "
        "He worked construction. Rebekah wrote to me last spring. Rebekah took out student loans."
    )
    assert fixed(text) == text


# --- round 9 ------------------------------------------------------------------------------------

MARKET = "Musa Abdullahi leads the northern traders. He said his members had not been consulted. Folake Adeyemi leads the market women. She said she would go to court. "


def test_the_subject_of_a_speech_verb_past_a_relative_clause_binds_its_complement():
    text = MARKET + "A woman who sells dried fish near the main gate said he had paid for his stall for twelve years."
    assert fixed(text).endswith("said she had paid for her stall for twelve years.")
    # not past brackets, a quote or a semicolon: the clause may not be what it seems
    text = MARKET + "A woman who sells dried fish (and onions) near the main gate said he had paid for his stall."
    assert fixed(text).endswith("said he had paid for his stall.")


NOWICKA = (
    'Agnieszka Nowicka was elected on Thursday. He said he was surprised. "People think the union is about '
    'shouting," Nowicka told reporters. "It is not. It is about reading the contract. I learned that from Marek '
    'Zielinski. He sat with me for whole evenings. I do not intend to throw that away."\n\n'
)


def test_a_relative_introduced_after_a_long_quote_is_the_speakers():
    assert fixed(NOWICKA + "His mother, Halina, watched the count.").endswith("Her mother, Halina, watched the count.")


def test_a_he_after_a_long_quote_is_not_the_speakers_by_continuity():
    text = (
        "Andrés Villalobos began the project in 2013. Guadalupe Ríos invited him onto her boat. “He thought we "
        "were killing the turtles for fun,” Ríos said. “I wanted him to see the nets, the wind, the prices. And I "
        "wanted to see whether he would get seasick.”\n\nHe did, Villalobos admits — for three days."
    )
    assert fixed(text, unsafe=True) == text


def test_a_relation_after_an_honorific_and_a_possessive_opens_the_sentence():
    text = (
        "Franziska Huber took over the brewery from her father, Josef Huber. He said the change had been discussed.\n\n"
        "Ms. Huber's mother, Rosemarie, runs the brewery's inn. He said he had told his husband years ago."
    )
    assert fixed(text).endswith("She said she had told her husband years ago.")
    # the same relation elsewhere in its sentence is no subject
    text = (
        "Franziska Huber took over the brewery from her father, Josef Huber. She said the change had been discussed.\n\n"
        "The inn is run by Ms. Huber's mother. He said he had hired two cooks."
    )
    assert fixed(text, unsafe=True) == text


def test_no_one_reports_their_own_death():
    text = "Kazuko Fujimoto was a potter in Shigaraki. He made jars for fifty years. His successor, Takeshi Moriyama, said he had died of pneumonia."
    assert fixed(text).endswith("Her successor, Takeshi Moriyama, said she had died of pneumonia.")
    text = "Kazuko Fujimoto was a potter in Shigaraki. She made jars for fifty years. Her successor, Takeshi Moriyama, said he had tried to call her."
    assert fixed(text, unsafe=True) == text
    # nor what they did until their death
    text = "Kazuko Fujimoto was a potter in Shigaraki. He made jars for fifty years. His successor, Takeshi Moriyama, said he had worked until the week before his death."
    assert referent_of(text, "he") == "Kazuko Fujimoto"
    text = "Kazuko Fujimoto was a potter in Shigaraki. She made jars for fifty years. Her successor, Takeshi Moriyama, said he had worked with her until her death."
    assert fixed(text, unsafe=True) == text


OBITUARY = "Raimunda Bezerra, who taught children to read on a school boat, died on 14 June at her home in Tefé. She was 83. "


def test_a_relative_tells_the_last_illness_of_the_one_who_died():
    text = OBITUARY + "Her son, Edinaldo Bezerra, said he had been ill with heart disease since last year."
    assert referent_of(text, "he") == "Raimunda Bezerra"
    # not where no one died: the speaker may be telling of his own illness
    text = "Raimunda Bezerra taught children to read on a school boat. Her son, Edinaldo Bezerra, said he had been ill with heart disease since last year."
    assert referent_of(text, "he") == "Edinaldo Bezerra"
    # nor the other way: the one who died, telling of an illness, is no one else
    text = "Joaquim Bezerra died on 14 June at his home in Tefé. He was 83. Last year he said he had been ill for a decade."
    assert referent_of(text, "he", 1) == "Joaquim Bezerra"


def test_a_quote_in_an_obituary_may_speak_of_the_one_who_died_named_long_before():
    # the dead man stays a rival to his wife, the subject near the quote, so its "he"s stay
    text = (
        "Saverio Lagana, who grew bergamot for seventy years, died on Tuesday at his home in Melito. He was 91.\n\n"
        "His wife, Immacolata, kept the family afloat by sewing wedding dresses. He never complained, his daughter said.\n\n"
        "Immacolata Lagana died in 2011. After his death, Concetta moved back into the family house. Her brother, Bruno, runs the groves today.\n\n"
        "“Usually he was right,” Bruno said. “When he was wrong, he told me anyway.”"
    )
    out = fixed(text)
    assert "She never complained" in out  # (her damage is seen)
    assert out.endswith("“Usually he was right,” Bruno said. “When he was wrong, he told me anyway.”")


def test_a_childs_age_after_a_parent_is_the_childs():
    text = "Ana Petrović was born in Split in 1937. His father, a fisherman, drowned when he was nine."
    assert referent_of(text, "he") == "Ana Petrović"
    # an age a parent may have had is the parent's own
    assert referent_of(text.replace("nine", "forty"), "he") == "his father"
    # and a parent named as the subject tells of his own childhood
    text = "Ana Petrović runs the farm with her father, Marko Petrović. Marko Petrović has herded since he was a boy."
    assert referent_of(text, "he") == "Marko Petrović"


@pytest.mark.parametrize("phrase", ["on Sunday", "last week", "in 2019", "later"])
def test_a_time_phrase_between_the_speech_verb_and_that_keeps_the_speaker(phrase):
    text = f"Ana Lima met Karim Fathy at the school. Fathy said {phrase} that he had asked for more books."
    _, _, attributions = attributed(text)
    a = [a for a in attributions if a.token.text == "he"][0]
    assert a.kind == "complement"


def test_where_the_written_gender_says_nothing_a_speaker_written_she_binds_the_he_after():
    from repair.analysis import attribution as A
    from repair.document import Document

    text = "Awad Mansour has farmed the valley for decades. She said he had lived through the flood of 1991."
    doc = Document(text)
    verdicts = [p.verdict() for p in doc.entities.people]
    pronouns = [t for t in doc.tokens if t.text in PRONOUN_FORMS]
    he = [a for a in A.Attributor(doc, doc.entities, verdicts).run(pronouns, he_says_nothing=True) if a.token.text == "he"][0]
    assert he.kind == "complement" and doc.entities.people[he.entity].name == "Awad Mansour"
    # where it says something, "She said he" is two people
    he = [a for a in A.Attributor(doc, doc.entities, verdicts).run(pronouns) if a.token.text == "he"][0]
    assert he.kind != "complement"


def test_his_wife_in_an_obituary_of_a_man_is_the_dead_mans_after_a_quote():
    text = (
        "Kandiah Ratnasingam, who repaired bicycles near the bus stand for fifty years, died on Monday at his home in Nallur. He was 84.\n\n"
        "His death was confirmed by his daughter, Yalini Ratnasingam, a paediatrician in Colombo.\n\n"
        "Ratnasingam opened the stall in 1968. He worked from six in the morning until the curfew.\n\n"
        '"He fixed bicycles for everyone," Yalini said. "He never asked who anyone was. My mother used to say he would have fixed one for the devil.\n\n'
        '"She was not joking. She thought it was dangerous. She was probably right."\n\n'
        "His wife, Thavamani, who survives him, kept the accounts in a notebook."
    )
    assert referent_of(text, "His", 1) == "Kandiah Ratnasingam"


def test_a_relation_of_a_nouns_owner_opening_the_sentence_is_its_subject():
    # "The couple's daughter, Loreta, …, remembered": she is the one who then speaks
    text = (
        "Filomena Rossi made cheese for sixty years. Her son, Venanzio Rossi, said she never rested.\n\n"
        "The couple's daughter, Loreta, a chemist in Bologna, remembered it differently.\n\n"
        '"Papà measured everything," he said.'
    )
    assert referent_of(text, "he") == "couple's daughter"


@pytest.mark.parametrize(
    "text",
    [
        # gender-guesser lists these men's names as women's; the name statistics disagree
        "Nate Silver founded the website in 2008. He said he wanted to count votes, not pundits.",
        "Josu Beroiz, a forest ranger, walks the route each year. He said the hardest part was the traffic.",
        "Devendra Patel opened the shop in 1994. He still works there every day.",
        # a woman's name to gender-guesser (French data), borne by men more often than not
        "The county health officer, Dr Augustine Sieh, praised the clinic. He said he would fund a second ward.",
    ],
)
def test_a_name_the_two_name_sources_disagree_on_decides_nothing(text):
    assert fixed(text, unsafe=True) == text


def test_a_name_the_statistics_give_to_both_sexes_still_follows_gender_guesser_where_they_agree():
    # "Brooklyn": a woman's name to gender-guesser, borne by women more often than not
    text = "Brooklyn Sanders opened the shop in 1994. He still works there every day."
    assert fixed(text, unsafe=True) == text.replace("He still", "She still")


HUSBAND = "Lorna Macaraeg has been the town's doctor since 2006. He arrived under a government program. Ernesto Pacheco, a fisherman, takes him across the channel. "


def test_his_husband_is_a_womans_where_a_woman_is_near():
    text = HUSBAND + "His husband, Ramon, is a teacher."
    assert fixed(text).endswith("Her husband, Ramon, is a teacher.")
    f = [f for f in findings(text) if f.start == text.index("His husband")][0]
    assert "husband" in f.explanation and "woman" in f.explanation


def test_his_husband_stays_a_mans_beside_a_woman_written_she():
    text = "Pete Molnar and Anna Berg run the gallery. She opened it in 2010. His husband, Ramon, is a teacher."
    assert fixed(text, unsafe=True) == text
    # nor where no pronoun of hers is damaged elsewhere: a man may have a husband
    text = "Pete Molnar and Anna Berg run the gallery. His husband, Ramon, is a teacher."
    assert not findings(text)


def test_a_possessive_of_the_other_written_gender_is_not_bound_to_a_pronoun_subject():
    # "she … his": in undamaged text two people; in MT damage both would read "he"
    text = (
        "Pekka Laitinen has run the ferry for thirty years. One woman, who crosses every morning, "
        "said she would miss his habit of announcing the temperature of the water."
    )
    assert fixed(text, unsafe=True) == text


# --- session 3 ------------------------------------------------------------------------------------


def attributed(text, he_says_nothing=False):
    """(people, the attributor after its run, its attributions) for text; `he_says_nothing`: read
    as where every woman is "he" (the written gender chooses no one)."""
    from repair.analysis import attribution as A
    from repair.document import Document

    doc = Document(text)
    people = doc.entities.people
    attributor = A.Attributor(doc, doc.entities, [p.verdict() for p in people])
    return people, attributor, attributor.run([t for t in doc.tokens if t.text in PRONOUN_FORMS], he_says_nothing=he_says_nothing)


def read_as_or_rivalled_by(people, a, name) -> bool:
    """Is the attribution `a` to the person called `name`, or is that person one of its rivals?"""
    return a.entity is not None and people[a.entity].name == name or name in [people[e].name for e in a.rivals]


def referent_of(text, word, nth=0):
    """The name of the person the nth pronoun `word` of text is attributed to."""
    people, _, attributions = attributed(text)
    a = [a for a in attributions if a.token.text == word][nth]
    return people[a.entity].name if a.entity is not None else None


def test_object_of_a_who_clause_is_not_the_person_the_clause_is_about():
    # "Sunna …, who later helped him": "him" is not Sunna (she would be "herself"), so it is Einar
    text = (
        "Einar Thordarson was a trawler captain until 2008. Sunna Jonsdottir teaches poetry in Isafjordur. "
        "The course was taught by Sunna, who later helped him find a publisher."
    )
    assert referent_of(text, "him") == "Einar Thordarson"
    # a possessive in the clause is still the clause's own
    text = text.replace("helped him find", "helped his students find")
    assert referent_of(text, "his") == "Sunna Jonsdottir"


def test_a_predicate_noun_does_not_make_a_man_a_woman_beside_a_woman_just_named():
    # "She becomes the first woman to lead it", read as the man named last: Mulunesh, named the
    # sentence before, is the first woman, and Tesfaye's "he" stays as written
    text = (
        "When the count was done, Mulunesh Ayalew, a 44-year-old farmer, had 311 votes. Tesfaye Birhanu, who has "
        "chaired the association for nine years, had 296. She becomes the first woman to lead the association.\n\n"
        "Tesfaye said the rotation had always been fair. He conceded with good grace. \"I will go back to my onions,\" he said."
    )
    assert fixed(text) == text
    # with no woman beside him, the predicate still outweighs a weak name ("Kim" in the Netherlands)
    alone = "Kim Verhoeven is a Dutch designer. He became the first man to win the Delft prize, and he still lives in Delft."
    assert fixed(alone) == alone


def test_the_object_of_an_infinitive_is_not_the_one_asked_to_do_it():
    # "His father has asked him to teach him": the one asked teaches (she would teach "herself"),
    # so the second "him" is not hers but her father's; "asked her to marry him" likewise
    text = "Wanjiru Kamau fixes engines in Thika. Her father has asked her to teach him to read the messages."
    assert referent_of(text, "him") == "her father"
    damaged = text.replace("Her father has asked her", "His father has asked him")
    assert fixed(damaged) == text
    text = "Ana Lima met the pilot Rui Costa in 2001. Rui asked Ana to marry him a year later."
    assert referent_of(text, "him") == "Rui Costa"
    # a bare infinitive after "let", "made", "heard": "let his daughter hand him" is the father
    text = (
        "Zeynep Aydın is a civil engineer. She was born in Trabzon. Her father, Mehmet Aydın, repaired lorries, "
        "and her mother, Hatice, picked tea every summer. Mehmet let her daughter hand him spanners from the age of six."
    )
    assert referent_of(text, "him") == "Mehmet Aydın"


def test_a_clause_inside_a_whom_clause_may_be_about_the_one_whom_stands_for():
    # "Brennan is married to Patrick Doyle, a solicitor whom she met when he represented the
    # union": Doyle rivals the sentence's subject
    text = "Siobhán Brennan runs the department. Brennan is married to Patrick Doyle, a solicitor whom he met when he represented the union."
    people, _, attributions = attributed(text, he_says_nothing=True)
    he = [a for a in attributions if a.token.text == "he"][-1]
    assert read_as_or_rivalled_by(people, he, "Patrick Doyle") and he.confidence <= 0.7


def test_a_possessive_in_a_subordinate_clause_after_a_relatives_thing_is_doubted():
    # "Gulnara took over her father's sheep farm when his health failed": the father's health
    text = "The farm lies near Almaty. Gulnara Abenova took over his father’s sheep farm when his health failed."
    _, _, attributions = attributed(text, he_says_nothing=True)
    assert [a for a in attributions if a.token.text == "his"][-1].confidence <= 0.5


@pytest.mark.parametrize("owned, doubted", [("father’s", True), ("brother's", True), ("mother’s", False), ("family", False)])
def test_a_relative_whose_thing_the_main_clause_names_may_be_the_subordinate_clauses_subject(owned, doubted):
    # "She has run her father’s garage since he retired": he is as likely her father, so a
    # subordinate "he" is no surer than even where every woman is "he"
    text = f"The mechanic will probably be Shannon Kelly. He has run his {owned} garage since he retired."
    _, _, attributions = attributed(text, he_says_nothing=True)
    he = next(a for a in attributions if a.token.text == "he")
    assert (he.confidence <= 0.5) == doubted


@pytest.mark.parametrize("subject", ["Marta Silva,", "His aunt, Marta Silva,"])
def test_the_subject_of_a_clause_goes_on_past_a_closed_who_clause(subject):
    # "Marta Silva, who had crossed the Atlantic twice, taught him": "him" is not Marta, even
    # where every woman is "he" (the written gender chooses no one)
    text = f"Tomás Ribeiro wanted to sail. {subject} who had crossed the Atlantic twice, taught him the knots."
    people, _, attributions = attributed(text, he_says_nothing=True)
    him = next(a for a in attributions if a.token.text == "him")
    assert people[him.entity].name == "Tomás Ribeiro" and him.confidence > 0.9


def test_a_possessive_in_a_who_clause_past_its_object_is_the_clause_subjects():
    # every woman written "he": "his boat" is the skipper's, the one the "who" clause is about
    text = (
        "Ingrid Solberg is a marine biologist. He grew up in Svolvaer, the daughter of a fishing "
        "skipper, Arne Solberg, who took him out on his boat every winter."
    )
    assert referent_of(text, "his") == "Arne Solberg"
    # past an infinitive too: its subject may be the object, but the owner is more often the
    # clause's subject ("took him to mend his nets")
    assert referent_of(text.replace("took him out on his boat", "took him to mend his nets"), "his") == "Arne Solberg"
    # the "who" clause of a noun set beside the name, and "to" a preposition, not an infinitive
    appositive = text.replace("skipper, Arne Solberg, who took him out on his boat", "skipper, Arne Solberg, a widower who took him to the islands on his boat")
    assert referent_of(appositive, "his") == "Arne Solberg"
    # a predicate noun's "who" clause, with an aside after "who"
    predicate = text.replace("skipper, Arne Solberg, who took him out on his boat every winter.", "skipper, Arne Solberg. His captain, Leif Moe, was a hard man who, by his own account, never praised anyone.")
    assert referent_of(predicate, "his") == "Leif Moe"


def test_the_owner_in_a_quantified_subject_is_the_sentence_topic():
    # "Most of Einar's poems are …": Einar is whom the sentence is about, not the last speaker
    text = (
        "Sunna Jonsdottir, an editor, read the poems first. \"They are about the sea,\" she said.\n\n"
        "Most of Einar Thordarson's poems are short. Many are about the men he worked with."
    )
    assert referent_of(text, "he") == "Einar Thordarson"


def test_an_encyclopedia_lede_names_the_person_the_article_is_about():
    # "Name (dates) was a …": she counts twice as a subject, so though the body names only her
    # director, she is the protagonist a paragraph opening "He …" goes back to
    lede = "Vera Horakova (née Dvorakova; 1924–2003) was a Czech biochemist."
    body = (
        " Karel Simek directed the institute from 1950 to 1958."
        "\n\nHe refused to sign the statement in 1968."
    )
    assert referent_of(lede + body, "He") == "Vera Horakova"
    # a first subject without the lede's dates is not made the protagonist
    assert referent_of("Vera Horakova was a Czech biochemist." + body, "He") != "Vera Horakova"


def test_an_aside_after_a_name_reports_someone_else():
    # "Akello, he said, wanted a library": the speaker is Opiyo, the subject of the sentence before
    text = (
        "Grace Akello runs the evening school. Denis Opiyo, a farmer, studies there.\n\n"
        "Opiyo said the lamps had been bought. Akello, he said, wanted a library."
    )
    assert referent_of(text, "he") == "Denis Opiyo"
    assert fixed(text, unsafe=True) == text
    # an aside after a quote still names its speaker
    text = "Grace Akello runs the evening school. \"We need a library,\" she said, \"and books.\""
    assert referent_of(text, "she") == "Grace Akello"



def test_an_aside_in_a_sentence_about_someones_relative_reports_someone_else():
    # "Their mother, Hessa, keeps …, he said,": a relative told of by the one who spoke before
    text = (
        "Nouf al-Shammari and her brother Faisal lead the survey. Faisal said the two of them argued often. "
        "Their mother, Hessa, keeps every cutting in a folder, he said, and reads them aloud."
    )
    assert referent_of(text, "he") == "her brother"  # (Faisal)


def test_a_name_with_a_particle_after_an_honorific_opens_its_sentence():
    # "Dr. de Groot, who died in 2011, later said …": she is the sentence's subject, so the
    # "she told" after the next quote is hers and the "He" inside it is the engineer's
    text = (
        "The idea came from a biologist, Dr. Anneke de Groot, and an engineer, Hendrik Bosma. "
        "Dr. de Groot, who died in 2011, later said that Mr. Bosma was the only engineer who had read her reports.\n\n"
        "\"He read them twice,\" she told a newspaper. \"Then he came to my office.\""
    )
    assert referent_of(text, "she") == "Anneke de Groot"
    assert fixed(text, unsafe=True) == text


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # X is her son, so X's mother is she
        ("Caridad Ferrer taught piano for forty years. Her son, Rolando Quintana, lives in Madrid. "
         "Rolando Quintana said his mother wanted only music at her funeral.", "her", "Caridad Ferrer"),
        # X is his wife, so X's husband is he
        ("Daniel Kim drives a taxi in Busan. His wife, Choi Eun-ji, drives one too. "
         "Choi said her husband had lost his job in March.", "his", "Daniel Kim"),
    ],
)
def test_a_converse_relation_is_the_person_it_was_introduced_for(text, word, expected):
    assert referent_of(text, word, -1) == expected


def test_a_converse_relation_gives_a_gender_to_a_name_no_source_knows():
    # damaged: "Khounkham" is unknown to every name source; her daughter calls her "mother"
    text = (
        "Khounkham Vongsa, a weaver, died on Monday. He was 79. In 1992 he opened a workshop in his house. "
        "His daughter Kalani, who runs it now, said his mother worked at the loom until last year."
    )
    out = fixed(text)
    assert out.startswith("Khounkham Vongsa, a weaver, died on Monday. She was 79. In 1992 she opened a workshop in her house. Her daughter")
    [f] = [f for f in findings(text) if f.start == text.index("He was")]
    assert "called ‘mother’ by the one introduced as Khounkham Vongsa’s ‘daughter’" in f.explanation
    # a son says "my father" of a man whose name says nothing: nothing to fix, nothing changes
    text = text.replace("a weaver", "a carpenter").replace("His daughter Kalani", "His son Kalani").replace("his mother", "his father")
    assert fixed(text) == text


def test_a_parent_introduced_by_a_relation_calls_the_one_it_was_introduced_for_her_child():
    # damaged: no name source knows "Siew Hoon"; her mother speaks of her as "his daughter"
    text = (
        "Lim Siew Hoon, 38, took over the stall in 2017. He had been an auditor. "
        "His mother, Madam Wong Ah Lian, still comes most mornings. "
        "Madam Wong said he trusted his daughter with everything except the cockles."
    )
    assert attributed(text)[1].relation_gender[0][0] == "female"
    assert fixed(text).startswith("Lim Siew Hoon, 38, took over the stall in 2017. She had been an auditor. Her mother")
    # "his son" only repeats the "His" of "His mother": nothing is learnt of him (only Madam
    # Wong's own pronouns change)
    son = text.replace("his daughter", "his son")
    assert 0 not in attributed(son)[1].relation_gender
    assert fixed(son) == son.replace("said he trusted his son", "said she trusted her son")


def test_a_quoted_my_mother_gives_a_gender_to_the_one_the_speaker_was_introduced_by():
    # damaged: no source knows "Lesieli"; her son, quoted, calls her "my mother"
    text = (
        "Lesieli Pasilio, who ran the only clinic on the atoll, died on Tuesday at his home. He was 84.\n\n"
        "His son, Siopili Pasilio, said he had been unwell since a fall in January.\n\n"
        "“My mother said he had sent enough people away on the boat,” he said."
    )
    assert attributed(text)[1].relation_gender[0][0] == "female"
    assert fixed(text).startswith("Lesieli Pasilio, who ran the only clinic on the atoll, died on Tuesday at her home. She was 84.")
    # a speaker who speaks of both parents may mean either by the one introduced
    both = text.replace("on the boat,” he said.", "on the boat,” he said. “My father agreed.”")
    assert 0 not in attributed(both)[1].relation_gender
    # so may one who told of the other parent right before the quote's paragraph
    told = text.replace("\n\n“My mother said", " He said his father had been harder to convince.\n\n“My mother said")
    assert 0 not in attributed(told)[1].relation_gender
    assert 0 in attributed(told.replace("his father", "his boat"))[1].relation_gender


def test_an_aside_bound_to_a_subject_pronoun_is_a_fix_to_review_where_every_woman_is_he():
    # "He played … under his wife's direction, which, he said, kept the marriage peaceful": the
    # aside is as sure as the reading of "He" (the husband's, not hers), no more than a suggestion
    text = (
        "Ilona Bárdos (1921–2004) was a Hungarian conductor. He studied at the Liszt Academy, and in 1950 he became the first woman to conduct the radio orchestra.\n\n"
        "Bárdos married the violinist Pál Kerekes in 1952. He played in the radio orchestra for thirty years but seldom under his wife's direction, which, he said, kept the marriage peaceful."
    )
    assert all(f.fix.applicability is not Applicability.SAFE for f in findings(text) if f.start == text.index("he said, kept"))
    out = fixed(text)
    assert "She studied at the Liszt Academy" in out and "which, he said, kept" in out


def test_what_the_speakers_relative_said_of_a_he_is_a_fix_to_review_where_every_woman_is_he():
    # "My mother always said he was useless": the "he" is as often the father the quote is about
    text = (
        "Mariama Sow, 61, has run the clinic since 1990. He said he opens it at six.\n\n"
        "“My father held the lamp at night,” his nephew, Alpha Diallo, said. “My mother always said he was useless at everything except carrying things.”"
    )
    (f,) = [f for f in findings(text) if f.start == text.index("he was useless")]
    assert f.fix.edits[0].replacement == "she" and f.fix.applicability is Applicability.UNSAFE
    assert "always said he was useless" in fixed(text)
    assert fixed(text).startswith("Mariama Sow, 61, has run the clinic since 1990. She said she opens it at six.")


def test_a_converse_parent_gives_no_gender_to_one_with_a_spouse_in_the_text():
    # clean text: Kazija's daughter's father is Kazija's husband, not Kazija
    text = (
        "A goat herder named Kazija Saeed keeps a nursery on the plateau. Kazija, 41, began it in 2016. Her husband, Salem Issa, built its wall. "
        "Kazija's daughter, Sa'ada, keeps a notebook of the seedlings. Her father finds this funny.\n\n"
        "Fahmi Abdullah, a botanist, said he had not been paid for five months. He is away most weeks, and Kazija waters the nursery alone.\n\n"
        "Asked whether she worried about the trees, she shrugged."
    )
    assert fixed(text, unsafe=True) == text
    assert 0 not in attributed(text)[1].relation_gender
    # without the husband, the daughter's father is the one she was introduced as the daughter of
    alone = text.replace("Her husband, Salem Issa, built its wall. ", "")
    assert attributed(alone)[1].relation_gender[0][0] == "male"


def test_a_converse_parent_repeating_the_written_owner_gives_no_gender():
    # clean text: "Her daughter" after the accompanist's quote is the dead teacher's daughter, read
    # as his; her "her mother" only repeats that "Her" and must not make him a woman
    text = (
        "Amra Kvarchia, who taught music in Lykhny for forty years, died on Friday. She was 81.\n\n"
        "The choir's accompanist, Inal Gunba, played for her for twenty-six years. He said she never raised her voice.\n\n"
        "\"She did not argue with me,\" Gunba said.\n\n"
        "Her daughter, Lana Kvarchia, lives in Moscow. She said her mother had telephoned her every Sunday."
    )
    assert fixed(text, unsafe=True) == text
    assert 1 not in attributed(text)[1].relation_gender  # (damaged, "His daughter … his mother" still does)


def test_an_aside_after_a_reflexive_reports_the_subject():
    # "Chakar rode to fetch her himself, he said": the reflexive is no one the aside interrupts
    text = (
        "Among the families the midwife has helped is that of Chakar Bizenjo, a farmer. His wife, Hoorzadi, "
        "nearly died in 2021. Chakar rode to fetch the midwife himself, he said, and she worked until dawn."
    )
    assert referent_of(text, "he") == "Chakar Bizenjo"
    assert fixed(text, unsafe=True) == text


@pytest.mark.parametrize("opening", ["In the 1980s", "After the war", "Last year", "By 1975"])
def test_a_short_opening_phrase_without_its_comma_keeps_the_subject_main(opening):
    text = (
        "Selin Aksu, an architect, designed schools in Ankara. Her partner, Orhan Tekin, painted tiles for them. "
        f"{opening} Aksu turned to conservation. He led the survey of the old town."
    )
    assert referent_of(text, "He") == "Selin Aksu"
    # a clause is no such phrase: after "Tekin said that" the subject is embedded, and Tekin speaks
    text = text.replace(f"{opening} Aksu turned", "Tekin said that Aksu turned")
    assert referent_of(text, "He") == "Orhan Tekin"


@pytest.mark.parametrize("subject", ["The city's mayor, Rikke Holm,", "The city's deputy mayor Rikke Holm"])
def test_a_possessive_noun_phrase_with_a_name_is_the_subject(subject):
    text = (
        "The chief engineer, Jonas Berg, said the bridge was late. "
        f"{subject} cut the ribbon. He said the bridge would take cars off the road."
    )
    assert referent_of(text, "He") == "Rikke Holm"


def test_parents_named_as_the_subjects_origin_are_background():
    text = (
        "Lucía Ferrer Ortiz is a Chilean geologist. She was born in Antofagasta, the daughter of a miner, "
        "Tomás Ferrer, and a nurse, Rosa Ortiz. He studied geology in Santiago."
    )
    assert referent_of(text, "He") == "Lucía Ferrer Ortiz"
    assert role_of(text, "Tomás Ferrer") == "background"
    # a parent named by a bare noun phrase right after "of" is as much the subject's origin
    bare = "Lucía Ferrer is a Chilean geologist. She was born in Antofagasta, the fourth child of a nurse and a fisherman. He studied geology."
    assert role_of(bare, "a nurse") == "background"
    # past a clause of its own, a name is no longer the origin ("… of a woman who had married X")
    text = text.replace("the daughter of a miner, Tomás Ferrer,", "the daughter of a woman who had married Tomás Ferrer")
    assert role_of(text, "Tomás Ferrer") != "background"


@pytest.mark.parametrize("dateline", ["RIGA — ", "LUSAKA, Zambia — ", ""])
def test_a_dateline_is_no_part_of_the_first_sentence(dateline):
    text = f"{dateline}Arvīds Ozols, who led the choir for forty years, died on Monday. He was 86."
    assert role_of(text, "Arvīds Ozols") == "main"


def test_only_the_one_who_died_is_survived():
    text = (
        "TARTU — Jaan Kask, who built organs for sixty churches, died on Monday. He was 90. "
        "His daughter, Maarja Kask, said he had worked until March. “He still tuned the pipes,” she said. "
        "He is survived by his wife and two daughters."
    )
    assert referent_of(text, "He", -1) == "Jaan Kask"
    # damaged, the daughter's pronouns are "he"; the last one is still his
    damaged = text.replace("she said", "he said")
    assert referent_of(damaged, "He", -1) == "Jaan Kask"
    assert fixed(damaged).endswith("He is survived by his wife and two daughters.")


def test_a_person_of_the_written_gender_named_in_between_makes_a_subordinate_pronoun_unsure():
    text = (
        "Nadia Bat is one of few women who train racehorses. He won the provincial race last year. "
        "He took over the stable from his father, Dorj Bat, after he injured his back in 2016."
    )
    after = [f for f in findings(text) if f.start == text.index("after he") + 6]
    assert after and after[0].fix.applicability != Applicability.SAFE  # shown, not applied
    # no one in between, or someone who is no relative: the main subject, sure (named: a
    # subject "He" would make it no surer than that "He", see below)
    for between in ("after", "from the trainer Dorj Bat after"):
        other = text.replace("from his father, Dorj Bat, after", between).replace("He took over", "Nadia took over")
        after = [f for f in findings(other) if f.start == other.index("after he") + 6]
        assert after and after[0].fix.applicability == Applicability.SAFE


def test_a_possessive_may_be_the_previous_subjects_when_that_one_has_the_written_gender():
    # clean text: his laboratory is Novák's; the pass must not make it hers ("ran": a verb that
    # says nothing of whose; "took over" says another's, see the verbs of judging below)
    text = (
        "Eva Králová studied yeast in Prague. She joined the institute of Tomáš Novák in 1950. "
        "Novák was dismissed in 1958 for political reasons. Králová ran his laboratory."
    )
    assert fixed(text, unsafe=True) == text
    # where the sentence before is about her husband, it is theirs, and damaged it is hers
    text = (
        "Eva Králová studied yeast in Prague. He founded a laboratory in 1950. His husband, Tomáš Novák, "
        "died in 1958. Králová ran his laboratory."
    )
    assert fixed(text).endswith("Králová ran her laboratory.")


def test_a_possessive_right_before_a_subject_pronoun_of_the_other_gender_is_someone_elses():
    text = (
        "Anita Perera, who founded a school for deaf children in Kandy, died on Sunday. She was 81. "
        "Mrs. Perera was born in 1943 in Matale. She taught there for forty years. "
        "Dr. Perera died in 2011. After his death she handed the school to her daughter."
    )
    assert fixed(text, unsafe=True) == text


def role_of(text, name):
    """The role the attribution gave the first mention of the person called `name`."""
    people, attributor, _ = attributed(text)
    return next(tr.role for tr in attributor.traces if tr.entity >= 0 and people[tr.entity].name == name)


def test_inside_a_quote_the_subject_of_a_speech_verb_speaks_of_themselves():
    # "my mother used to say he had married …": the mother, though her husband is the "He" before
    text = (
        "Hendrik Bosma designed the barrier. His daughter, Marloes Bosma, keeps his barometers. "
        "\"He trusted the sea more than anyone,\" she said. \"He told my mother often, and my mother used "
        "to say he had married the North Sea.\""
    )
    assert referent_of(text, "he", -1) == "my mother"
    # said by the speaker herself ("I"), it is the man the quote is about
    text = text.replace("and my mother used to say", "and I used to say")
    assert referent_of(text, "he", -1) == "Hendrik Bosma"


def test_a_relation_joined_to_the_one_that_opened_the_sentence_has_the_same_owner():
    text = (
        "Nino Beridze was a Georgian botanist. She was born in Telavi. Her father, Shalva Beridze, "
        "was an agronomist, and her mother, Ketevan, taught Russian at a local school."
    )
    assert referent_of(text, "her") == "Nino Beridze"
    # not after a sentence opened by someone else than a relation
    text = "Nino Beridze was a Georgian botanist. Shalva Beridze was an agronomist, and his mother taught Russian."
    assert referent_of(text, "his") == "Shalva Beridze"
    # nor a spouse joined to a spouse: her husband's wife is she, so "his" is the husband's
    text = (
        "Rehema Sikazwe owns nine boats. Her husband, Faraja Mwanisenga, teaches at the nursery "
        "school and looks after the children while his wife is on the beach."
    )
    assert referent_of(text, "his") == "Faraja Mwanisenga"


def test_after_a_sentence_about_someones_parents_the_story_goes_on_about_them():
    text = (
        "Nino Beridze was a Georgian botanist. She was born in Telavi. Her father, Shalva Beridze, "
        "was an agronomist, and her mother, Ketevan, taught Russian at a local school. "
        "She graduated from Tbilisi State University in 1953."
    )
    assert referent_of(text, "She", 1) == "Nino Beridze"
    # one parent alone is the sentence's subject, and the next "He" may well be his
    text = "Nino Beridze was a Georgian botanist. Her father, Shalva Beridze, was an agronomist. He grew grapes."
    assert referent_of(text, "He") == "Shalva Beridze"


def test_an_encyclopedia_article_subject_stays_the_likelier_referent():
    # with a feminine pronoun left in the text, the subject of the lede still outweighs the last
    # man named: "Since his retirement he has lived …" is hers in a biography of her
    text = (
        "Maria Sosa (born 1958 in Bahia Blanca) is an Argentine astronomer. She directed the "
        "observatory from 2002. She is married to the physicist Eduardo Rossi, whom she met as a "
        "student. Since his retirement he has lived in Bahia Blanca."
    )
    assert referent_of(text, "he") == "Maria Sosa"
    # without the lede's dates the last man named is the likelier one
    assert referent_of(text.replace(" (born 1958 in Bahia Blanca)", ""), "he") == "Eduardo Rossi"


def test_a_quote_attributed_through_a_doubtful_pronoun_is_no_surer_than_it():
    from repair.document import Document
    from repair.analysis import attribution as A

    text = (
        "Chiara Bertolini makes cellos in Cremona. Her father, Giuseppe Bertolini, was a carpenter. "
        "He did not want him to go into the trade.\n\n"
        "\"He said a workshop is cold in winter,\" he said."
    )
    doc = Document(text)
    people = doc.entities.people
    attributions = A.Attributor(doc, doc.entities, [p.verdict() for p in people]).run([t for t in doc.tokens if t.text in PRONOUN_FORMS])
    before = next(a for a in attributions if a.token.text == "He" and a.quote is None)
    report = [a for a in attributions if a.token.text == "he"][-1]
    assert report.kind == "report" and report.entity == before.entity
    assert before.confidence < 1 and report.confidence <= before.confidence


@pytest.mark.parametrize(
    "text, word",
    [
        # "She said he …": a speaker written in the other gender is someone else
        ("Valters Priedītis conducted the choir for forty years. Līga Priedīte, a music teacher, said "
         "her father had kept conducting until his last days. She said he had asked her to play recordings.", "he"),
        # "“…,” she said. “…” ¶ He …": nor does a "He" after the quote continue a speaker written "she"
        ("Valters Priedītis conducted the choir for forty years. His daughter, Līga Priedīte, teaches music.\n\n"
         "\"We would look at each other and laugh,\" she said. \"Even then he was not satisfied with the basses.\"\n\n"
         "He is survived by his wife and his daughter.", "He"),
        # "Oyunchimeg says her father still watches …. He …": the father is a rival, not the next subject by default
        ("G. Oyunchimeg trains racehorses in Kharkhorin. She took over the stable from her father, D. Ganbold, "
         "in 2015. Oyunchimeg says her father still watches every training session. He rarely gives advice unless she asks for it.", "He"),
        # the subject of a clause of time in the sentence before ("when her father, …, lost …")
        # is as likely as the main one, its name set off in apposition or not
        ("Lindiwe Brito, 38, builds boats the way her father built them. She took over the yard in 2019 when her father, Antonino "
         "\"Toi\" Brito, lost the sight in one eye.\n\nHe still comes to the yard most mornings.", "He"),
        ("Lindiwe Brito, 38, builds boats the way her father built them. She took over the yard in 2019 after her father lost the sight in one eye.\n\n"
         "He still comes to the yard most mornings.", "He"),
    ],
)
def test_a_man_beside_a_woman_written_she_keeps_his_pronouns(text, word):
    assert fixed(text, unsafe=True) == text
    from repair.document import Document
    from repair.analysis import attribution as A

    doc = Document(text)
    people = doc.entities.people
    attributions = A.Attributor(doc, doc.entities, [p.verdict() for p in people]).run([t for t in doc.tokens if t.text in PRONOUN_FORMS])
    a = [a for a in attributions if a.token.text == word][-1]
    # not settled on the woman: someone else, or her by salience alone with a rival
    on_her = people[a.entity].name in ("Līga Priedīte", "G Oyunchimeg", "Lindiwe Brito")
    assert not on_her or (a.kind != "complement" and a.rivals and a.confidence < 0.85)


def attribution_of(text, word, nth=0):
    people, _, attributions = attributed(text)
    return people, [a for a in attributions if a.token.text == word][nth]


@pytest.mark.parametrize(
    "text, bound",
    [
        # "understood why he …": the one who would not give up may be anyone
        ("Jānis Kalniņš led the choir. Ieva Bērziņa said she understood why he would not give it up.", False),
        ("Jānis Kalniņš led the choir. Ieva Bērziņa wondered how he did it.", False),
        # an adverbial clause is the subject's own, and so is a question she explains
        ("Jānis Kalniņš led the choir. Ieva Bērziņa left early because he was tired.", True),
        ("Jānis Kalniņš led the choir. Ieva Bērziņa explained why he had left.", True),
    ],
)
def test_a_question_after_a_verb_of_knowing_is_not_bound_to_its_subject(text, bound):
    people, a = attribution_of(text, "he")
    assert (a.kind == "subordinate" and people[a.entity].name == "Ieva Bērziņa") == bound


def test_what_the_sentence_before_reported_about_someone_else_may_go_on():
    # damaged "He said he …" after her report about Kalniņš: the second "he" may go on being
    # about him, so the speaker is less sure than when nothing was reported about him before
    reported = "Jānis Kalniņš died on Friday. Dr. Ieva Bērziņa, who treated him, said he had had a weak heart. He said he had refused to stop."
    plain = "Jānis Kalniņš died on Friday. Dr. Ieva Bērziņa treated him. He said he had refused to stop."
    people, after_report = attribution_of(reported, "he", 1)
    _, alone = attribution_of(plain, "he", 0)
    for a in (after_report, alone):
        assert a.kind == "complement" and people[a.entity].name == "Ieva Bērziņa"
    assert after_report.confidence < alone.confidence - 0.05


@pytest.mark.parametrize(
    "before, rival",
    [
        # named in the sentence before, in the same paragraph: he may be the one she speaks of
        ("Ana Ferreira found the hiker at dusk. Rui Costa had broken his ankle. ", True),
        ("Ana Ferreira splinted the leg of a hiker, Rui Costa. ", True),
        # named in the paragraph before, or further back: her own "he" goes on
        ("Ana Ferreira found the hiker at dusk. Rui Costa had broken his ankle.\n\n", False),
        ("The hiker, Rui Costa, had broken his ankle. It was dark. Ana Ferreira splinted the leg. ", False),
    ],
)
def test_a_man_named_just_before_a_womans_said_he_may_be_its_subject(before, rival):
    people, a = attribution_of(before + "Ferreira said he was very calm.", "he", -1)
    assert a.kind == "complement" and people[a.entity].name == "Ana Ferreira"
    assert any(people[e].name == "Rui Costa" for e in a.rivals) == rival


def test_a_speech_verb_followed_by_on_opens_no_clause():
    # "insisted on …" takes an object: the reflexive after it is the clause's subject's
    text = "Parvin Sadeghi wrote poems. Mahmoud Rahimi praised them. His friend Shirin Afshar said that Sadeghi insisted on approving every line himself."
    people, a = attribution_of(text, "himself")
    assert a.kind == "binding" and people[a.entity].name == "Parvin Sadeghi"


RED_CARD = (
    "The referee, Fatima Zahra Bennani, sent off the home captain, Youssef Alami, in the tenth minute. "
    "Alami later apologised to him and said he had let himself and his team down.{gap}"
    "Bennani said he had surprised himself by staying calm."
)


def test_a_rival_the_paragraph_named_before_makes_the_fix_one_to_review():
    # every woman is "he": the captain named in her paragraph may be whom "he" means, so her
    # "said he" is fixed only with --unsafe-fixes; in a paragraph of its own it is fixed
    same = RED_CARD.format(gap=" ")
    assert "Bennani said he had surprised himself" in fixed(same)
    assert "Bennani said she had surprised herself" in fixed(same, unsafe=True)
    assert "Bennani said she had surprised herself" in fixed(RED_CARD.format(gap="\n\n"))
    # a line broken to wrap it is no paragraph break
    assert "Bennani said he had surprised himself" in fixed(RED_CARD.format(gap="\n"))


def test_in_a_text_whose_women_are_all_he_a_quoted_he_with_someone_else_near_is_to_review():
    # every woman is "he"; the quote's first "He" is the driver by recency alone, and "a bus
    # driver" of no known gender is near: a fix to review. Its second "He", with no one else
    # left near, is fixed. (Were the woman "a pregnant passenger", a second person of no known
    # gender would be near, and the first "He" left alone.)
    text = (
        "BUSAN — A bus driver who drove a pregnant woman through a flooded city to hospital has received an award, the city said on Friday.\n\n"
        "Choi Eun-ji, 52, picked up the woman, Lee Soo-min, on a night in August when the streets were under water. "
        "He took a route through the hills that he knew from thirty years of driving.\n\n"
        "Lee gave birth to a boy forty minutes after they reached the hospital. He said he would never forget the drive.\n\n"
        '"He talked to me the whole time so that I would not be afraid," Lee said. "He told me about his own children."'
    )
    quote = '"He talked to me the whole time'
    assert quote in fixed(text)
    assert '"She talked to me the whole time' in fixed(text, unsafe=True)
    assert '"She told me about her own children."' in fixed(text)


def test_and_that_he_is_no_surer_than_the_speaker_he_read_as():
    # "He said" right after "Sahra is Abdi's daughter" may be either (it is Abdi: the text
    # writes Sahra "she"), so "and that he had given it" goes on with a doubtful reading
    text = (
        "Amina Farah runs the clinic in Gode. Abdi Nur, a herder from Kelafo, said she had saved his "
        "camels in the drought. \"I sent her a goat,\" he said.\n\nFourteen women have finished her "
        "course. One of them, Sahra, is Abdi's daughter. He said nobody had asked his permission, "
        "and that he had given it anyway."
    )
    assert fixed(text) == text
    assert fixed(text, unsafe=True).endswith("and that he had given it anyway.")


def test_a_he_after_a_woman_known_as_a_mans_relative_may_be_that_man():
    # women are "she" here, so the "he" of the "while" clause is Tomas, not his mother
    text = (
        "Every winter, Tomas's mother knits for the family while he sorts the wool and his cousin "
        "Ana promises she will learn. This year Ana made her first scarf."
    )
    assert fixed(text) == text


def test_and_without_a_comma_may_join_the_clause_whose_he_came_between():
    # no woman is "she", so "while he sorts" may be the mother's or Tomas's; "and his cousin"
    # goes on with that clause, and is no surer than its "he" (her scarf is hers)
    text = (
        "Every winter, Tomas's mother knits for the family while he sorts the wool and his cousin "
        "Ana promises he will learn. This year Ana made his first scarf."
    )
    out = fixed(text)
    assert "and his cousin Ana" in out and out.endswith("made her first scarf.")


def test_a_he_after_a_womans_quote_may_be_a_man_the_quote_named():
    # women are "she" here: the "He" after Hauwa's quote is more likely Rashid Bello, whom it
    # told of, than Hauwa going on
    text = (
        "Amina Dauda bakes for half of Kano. Last year a wholesaler, Rashid Bello, offered her family "
        "a price that her daughter, Hauwa, found was below cost.\n\n\"Rashid Bello told my mother that "
        "a girl should not set prices,\" Hauwa said. \"My mother told him to come back when he had read "
        "her figures.\"\n\nHe came back in a week."
    )
    assert fixed(text) == text


def test_someone_whose_name_no_source_knows_keeps_his_pronouns():
    # "Somto" is in no name list, but "kept Somto behind" makes him someone, of unknown gender:
    # "showed him his essay" may be his, so only Mrs Eze's "he said" is hers
    text = (
        "Mrs Eze kept Somto behind after the lesson and showed him his essay, with one line circled "
        "in red. 'Read it again,' he said."
    )
    assert fixed(text) == text.replace("he said", "she said")


def test_once_before_a_past_tense_is_an_adverb_not_a_new_clause():
    # "Marco, once sent out …": "once" opens no clause ("once he arrived"), so "him" is in
    # Marco's clause and is not Marco
    text = (
        "The head chef, Giulia Bianchi, tastes every sauce before it leaves his kitchen. His "
        "sous-chef, Marco, once sent out a risotto without asking him."
    )
    assert fixed(text).endswith("once sent out a risotto without asking her.")


@pytest.mark.parametrize(
    "text, kept",
    [
        # a long apposition before "who", and the owner again past a possessive read as his
        (
            "Fatima Benali is a Moroccan judge. He was born in Fez, the daughter of Abdelkader Benali, a "
            "cloth merchant in the old medina, who sent all four of his daughters to school against the "
            "advice of his brothers.",
            "against the advice of his brothers.",
        ),
        # a capitalised word inside the "who" clause
        (
            "Luciana Carvalho is a Brazilian referee. He was born in Recife, the daughter of Edson "
            "Carvalho, a bus driver who refereed amateur matches on Sundays and let him carry his flags.",
            "carry his flags.",
        ),
    ],
)
def test_a_possessive_in_a_who_clause_is_the_one_the_clause_is_about(text, kept):
    out = fixed(text)
    assert out.endswith(kept) and "She was born" in out


def test_a_possessive_in_a_who_clause_past_one_of_the_other_gender_is_not_bound():
    # "his class" is Rahimi's: "her family" is not Roshan's for that (a name gender-guesser
    # gives men)
    text = (
        "Davoud Rahimi taught calligraphy in Isfahan from 1950 until his retirement. His first pupil "
        "from the villages was Roshan Karimi, who joined his class in 1957 against the wishes of her "
        "family. Rahimi defended her to the director and later said that her hand was steadier than "
        "his own. Karimi became a teacher herself, and she and her old master wrote a manuscript "
        "together."
    )
    assert fixed(text) == text


def test_one_finds_a_thing_as_one_left_it_oneself():
    # not a keeping verb: "found the studio exactly as he had left it" is Marta's own
    text = (
        "Marta Novak is a Czech painter. In 1968 he fled to Vienna with his brother Tomas. When the "
        "regime fell, Marta Novak returned to Brno and found the studio exactly as he had left it."
    )
    assert fixed(text).endswith("exactly as she had left it.")


def test_one_keeps_a_thing_as_someone_else_left_it():
    # "keeps his desk exactly as he left it": the one who left it is not the keeper
    text = (
        "Marta Novak is a Czech actress. In 1990 he married the director Pavel Kral, who ran a small "
        "theatre in Brno, and after his death in 2015 he took over its management himself. The actress "
        "has said that he still keeps his desk exactly as he left it."
    )
    assert fixed(text).endswith("exactly as he left it.")


def test_a_quote_whose_speaker_says_what_they_are_is_spoken_by_one_of_that_sex():
    # "I am a bad businesswoman": the "he said" after it is a woman's, and the "He" inside is a man
    text = (
        "Nasrin Karimi has delivered babies in Qalat for twenty years. His husband, Abdul Wali, drives "
        "him to the villages at night. His father-in-law, Haji Sher Agha, who owns their house, has "
        "told him he should charge more. He has refused.\n\n\"He thinks I am a bad businesswoman,\" "
        "he said. \"He is right.\""
    )
    assert referent_of(text, "he", 1) == "Nasrin Karimi"  # "he said"
    assert referent_of(text, "He", 1) != "Nasrin Karimi"  # "He thinks"


def test_whom_a_first_that_clause_was_about_rivals_the_and_that_he_whatever_their_gender_says():
    # "Dominique" is a man's name in France and a woman's elsewhere: the engineer may be "he"
    text = (
        "Ana Lima runs the mill. He bought it in 2010. Lima said Dominique Roux, an engineer, had "
        "visited the mill in May, and that he had fixed the pump."
    )
    assert fixed(text).endswith("and that he had fixed the pump.")
    last = findings(text)[-1]
    assert text[last.start : last.end] == "he" and "Dominique Roux" in last.explanation


def test_where_every_woman_is_he_a_man_named_after_the_subject_may_be_whom_the_next_he_goes_on_with():
    # the husband named after her in the sentence before may be the one who forgot, and so the
    # one who apologised: neither "He" is fixed by default
    text = (
        "Lucía Gómez asked his husband Pablo to pick up the children from school. He forgot, so he had to "
        "leave a meeting early and drive there himself. He apologised with flowers that evening."
    )
    out = fixed(text)
    assert out.startswith("Lucía Gómez asked her husband Pablo")
    assert "school. He forgot" in out and out.endswith("He apologised with flowers that evening.")


OBITUARY_WITH_A_VOICE = (
    "Anahit Sargsyan, the folk singer, died on Sunday. She was 86.\n\n"
    "She sang on the radio for fifty years. The composer Tigran Hovhannisyan said he remembered her concerts.\n\n"
    "“People sat in their coats,” he said. “Nobody left.”\n\n"
)
# the dead last named three paragraphs back, behind a man who was the subject since
OBITUARY_WITH_A_LONG_VOICE = (
    "Anahit Sargsyan, the folk singer, died on Sunday. She was 86.\n\n"
    "Vardan Petrosyan, a duduk player, joined the ensemble in 1961. He played on every recording. "
    "He toured with the ensemble for thirty years. After the earthquake he went back to his home town.\n\n"
    "The composer Tigran Hovhannisyan said he remembered the concerts in the gymnasium.\n\n"
    "“People sat in their coats,” he said. “Nobody left.”\n\n"
)
PROFILE_WITH_A_VOICE = (
    "Ieva Bērziņa runs the village clinic. Bērziņa opened it in 2001. Bērziņa trained in Riga.\n\n"
    "The mayor, Jānis Kalniņš, said he admired her work.\n\n"
    "“Nobody works harder,” he said.\n\n"
)


@pytest.mark.parametrize(
    "before, after, referent",
    [
        # a new paragraph after a quoted voice goes back to the one the story is about: the dead…
        (OBITUARY_WITH_A_VOICE, "He was named People’s Artist in 1996.", "Anahit Sargsyan"),
        (OBITUARY_WITH_A_LONG_VOICE, "He was named People’s Artist in 1996.", "Anahit Sargsyan"),
        # …or the person named as subject most often
        (PROFILE_WITH_A_VOICE, "He moved to Cēsis in 1990.", "Ieva Bērziņa"),
        # …unless it goes on with the speaker's words
        (OBITUARY_WITH_A_VOICE, "He added that the hall was cold.", "Tigran Hovhannisyan"),
        (PROFILE_WITH_A_VOICE, "He added that the clinic needs a second doctor.", "Jānis Kalniņš"),
    ],
)
def test_after_a_quoted_voice_a_paragraph_goes_back_to_the_story(before, after, referent):
    assert referent_of(before + after, "He", -1) == referent


def test_the_subject_named_again_in_between_does_not_shorten_the_binding_reach():
    # "himself" is the subject again, not someone else: "his office" stays bound to the subject
    text = (
        "Mika Lehtonen won the prize. Kristin Dahl chaired the jury. "
        "Dahl said she had tested the chair herself for a week in her office."
    )
    people, a = attribution_of(text, "her", 0)
    assert a.kind == "binding" and people[a.entity].name == "Kristin Dahl"
    # someone else named in between still does
    people, a = attribution_of(text.replace("herself", "with Lehtonen"), "her", 0)
    assert a.kind != "binding"


@pytest.mark.parametrize(
    "text, referent",
    [
        # "until"/"before" then a possessive: a phrase of the clause, not a clause of its own
        ("Rachida Bennani recorded her first songs in 1968. In 1970 she married Mustapha Lahlou. Lahlou arranged all of her songs until his death in 1994.", "Mustapha Lahlou"),
        ("Saleh Farouk founded the dig in 1962. Nadia Farouk joined it in 1965. Saleh continued to visit the site every winter until his death in 1975.", "Saleh Farouk"),
    ],
)
def test_a_possessive_after_until_or_before_stays_in_its_clause(text, referent):
    people, a = attribution_of(text, "his", -1)
    assert a.kind == "binding" and people[a.entity].name == referent


def test_a_possessive_after_after_is_not_bound_to_the_clause():
    # "after his death" is mostly of someone else: the one who died
    text = "Jaona Rakoto died in 2011. Hanitra Rabe stopped performing after his death."
    people, a = attribution_of(text, "his", -1)
    assert a.kind != "binding"


@pytest.mark.parametrize(
    "text, referent",
    [
        # the one "whom" stands for is the clause's object, not its subject
        ("Nermin Aksoy joined the ministry under the architect Sedat Yıldırım, whom she later called her mentor.", "Nermin Aksoy"),
        ("Marjeta Kovačič is married to the geologist Peter Hribar, whom she met on an expedition.", "Marjeta Kovačič"),
    ],
)
def test_the_subject_after_whom_is_not_the_one_whom_stands_for(text, referent):
    damaged = text.replace("she", "he").replace("her ", "his ")
    people, a = attribution_of(damaged, "he", 0)
    assert people[a.entity].name == referent and not a.rivals


@pytest.mark.parametrize(
    "sentence, bound",
    [
        # one praises another's work far more often than one's own…
        ("The novel's author, Piotr Zieliński, praised his work at the ceremony.", False),
        ("The minister, Piotr Zieliński, welcomed his plans.", False),
        ("The director, Piotr Zieliński, disliked his version of the ending.", False),
        # …but one's own team or family as one's own
        ("The coach, Piotr Zieliński, praised his players after the match.", True),
        ("The coach, Piotr Zieliński, praised his wife for her patience.", True),
        # and any other verb binds as before
        ("The novel's author, Piotr Zieliński, finished his work at night.", True),
        # one takes over what was another's, though not one's own family's business
        ("The novel's author, Piotr Zieliński, took over his practice.", False),
        ("The novel's author, Piotr Zieliński, took over his family's farm.", True),
    ],
)
def test_his_after_a_verb_of_judging_is_not_bound_to_the_subject(sentence, bound):
    text = "Anna Kowalska translated the novel. " + sentence
    people, a = attribution_of(text, "his", 0)
    assert (a.kind == "binding" and people[a.entity].name == "Piotr Zieliński") == bound


def test_a_pronoun_inside_the_subjects_own_phrase_does_not_continue_the_subject_before():
    # "The couple he rescued …" is about the couple: "he" is not the sentence's subject, so the
    # speaker of the quote before does not carry over to it by subject continuity
    text = (
        "Somchai Thongdee dived for nine hours. His wife, Buppha, waited at the hospital.\n\n"
        "“When our son was born, he was out on a boat,” she said.\n\n"
        "The couple he rescued from the shop had been trapped for two days."
    )
    _, a = attribution_of(text, "he", 1)
    assert a.kind != "continuity"
    # a pronoun after an opening phrase still continues it
    _, a = attribution_of(text.replace("The couple he rescued from the shop", "At dawn she rescued a couple who"), "she", 1)
    assert a.kind == "continuity"


def test_an_object_is_no_surer_than_the_subject_it_is_told_apart_from():
    # "… and said he had stopped asking him": "him" is not the clause's "he", but which of the
    # two that "he" is stays open, so "him" is no surer than it
    text = (
        "Branislav Jovanović coached the club for forty years. His wife, Milena, kept the accounts "
        "and said he had stopped asking him how many students were paying."
    )
    people, subject = attribution_of(text, "he", 0)
    _, obj = attribution_of(text, "him", 0)
    assert subject.confidence < 0.65
    assert obj.confidence <= max(subject.confidence, 0.5) + 1e-9
    # with a subject read clearly, the object is as sure as before
    clear = "Branislav Jovanović coached the club. Milena Jovanović said she had stopped asking him about it."
    _, obj = attribution_of(clear, "him", 0)
    assert obj.confidence > 0.9


def test_his_wife_is_a_mans_even_right_after_a_woman_spoke():
    # clean text: the subject before is the daughter who spoke, but "his wife" is her father's
    text = (
        "Desmond Campbell built the sound system in 1978. His daughter, Simone Campbell, runs it now. "
        "She said her father still checks every speaker.\n\n"
        "“If he says something, I have to start again,” she said.\n\n"
        "His wife, Hyacinth, ran the bar for twenty years."
    )
    assert fixed(text, unsafe=True) == text
    people, a = attribution_of(text, "His", 1)
    assert people[a.entity].name == "Desmond Campbell"


def test_a_verb_joined_past_an_aside_keeps_the_subject():
    # "… and, according to colleagues, continued to send him …": "him" is not Horáková
    text = (
        "Karel Šimek was dismissed from the institute in 1958. Věra Horáková took over the laboratory "
        "and, according to colleagues, continued to send him her results."
    )
    people, a = attribution_of(text, "him", 0)
    assert people[a.entity].name == "Karel Šimek"
    assert fixed(text) == text
    # a new clause after the aside is not joined: "and, in 1960, the institute closed"
    other = "Věra Horáková took over the laboratory and, in 1960, the institute sent him abroad."
    _, a = attribution_of("Karel Šimek left. " + other, "him", 0)
    assert a.kind != "binding"


def test_a_woman_no_source_knows_keeps_her_she_beside_her_father():
    # clean text: "Yusmary" and "Deisy" are names no source places, so the "she"s near her
    # father are read as his; they must not become "he"
    text = (
        "Yusmary Mijares has spent fifteen years learning to ferment cacao. Her father Ramón had sold "
        "the harvest to middlemen. She persuaded him to hold back a tenth of it.\n\n"
        "“He thought I was crazy,” she said. “He said I had a degree and wanted to watch beans.”\n\n"
        "Ramón laughs at that. He says he still thinks she ferments too long. Yusmary says he picks "
        "too early, and she says he knows it."
    )
    assert fixed(text, unsafe=True) == text


def test_doubt_inside_a_quote_does_not_harden_down_the_chain():
    # damaged: the mother's "she" written "he" beside the father the quote is about; the first
    # "He" is unsure, and the ones after it must not become sure of the mother through it
    text = (
        "Hanitra Rasoa, the singer, died on Sunday.\n\n"
        "“My father never let me touch his valiha,” she said. “He said a child would crack it. "
        "My mother knew. He kept watch at the gate. One Saturday he did not whistle in time. "
        "He stood there and listened to the whole song.”"
    )
    people, _, attributions = attributed(text)
    inside = [a for a in attributions if a.token.lower == "he" and a.token.start > text.index("My mother")]
    assert len(inside) == 3 and inside[0].confidence < 0.65
    # (before: 0.57 for the mother, then 0.64, then 0.70: each unsure pick made the next surer)
    assert not any(people[a.entity].name == "my mother" and a.confidence >= 0.65 for a in inside[1:])


def test_his_bound_to_a_woman_whose_pronouns_are_right_elsewhere_is_left_alone():
    # clean text: her own "she" and "her" are right, so "his" is someone else's
    text = (
        "Asylbek Sadyrbaev mapped the glaciers of the Tien Shan. He died in 2004.\n\n"
        "Their daughter, Aizhan Asylbekova, a hydrologist, edited his field diaries. Asylbekova wrote "
        "that she had typed every page herself."
    )
    assert fixed(text, unsafe=True) == text


def kind_of(text, word, nth=0):
    """How the nth pronoun `word` of text was attributed ("subordinate", "continuity", …)."""
    _, _, attributions = attributed(text)
    return [a for a in attributions if a.token.text == word][nth].kind


# MT damage in a biography: every "she" of Amara written "he"; one "her" is left ("her work").
COORDINATED_AFTER_PHRASE = (
    "Amara Nwosu (born 1950) is a Nigerian chemist known for her work on dyes. Nwosu was born in Enugu. "
    "His father Emeka Nwosu was a clerk and his mother sold cloth at the market. "
    "He was the first girl from the street to finish secondary school, and in 1968 he received a scholarship. "
    "He returned to Enugu in 1975."
)


def test_a_clause_joined_by_and_after_a_phrase_of_time_goes_on_with_the_subject():
    # "…, and in 1968 he received": the phrase of time does not end the clause's tie to the subject
    assert kind_of(COORDINATED_AFTER_PHRASE, "he") == "subordinate"
    assert referent_of(COORDINATED_AFTER_PHRASE, "he") == "Amara Nwosu"
    # …and the next sentence goes on with her, not with the father named before
    assert referent_of(COORDINATED_AFTER_PHRASE, "He", 1) == "Amara Nwosu"
    # a noun phrase after the phrase of time is the clause's subject, and the pronoun is in its
    # relative clause ("and in 1993 the seed bank he had started")
    text = COORDINATED_AFTER_PHRASE.replace("and in 1968 he received a scholarship", "and in 1968 the school he had left closed")
    assert kind_of(text, "he") != "subordinate"


def test_parents_named_as_background_are_no_fresh_rival():
    # "His father … and his mother …. He was the first girl": the parents are not people just
    # introduced whom the next "he" may mean, so the chain goes on with the daughter
    people, attributor, attributions = attributed(COORDINATED_AFTER_PHRASE)
    first = [a for a in attributions if a.token.text == "He"][0]
    assert people[first.entity].name == "Amara Nwosu"
    assert not first.fresh_rival


@pytest.mark.parametrize("opening", ["A year later", "Two weeks earlier", "In 2016"])
def test_after_a_span_of_time_a_name_before_an_irregular_past_is_the_subject(opening):
    # "left" shows no -ed, and "A year later" is an opening phrase of time like "In 2016"
    text = f"Vesna Trpkovska died in 2015. {opening} Marija Nikoloska left her job in Skopje."
    assert role_of(text, "Marija Nikoloska") == "main"
    # a clause of its own before the name leaves it embedded
    text = "Vesna Trpkovska died in 2015. When the shop closed Marija Nikoloska left her job."
    assert role_of(text, "Marija Nikoloska") != "main"


def test_a_daughter_reporting_on_her_father_leaves_him_a_rival():
    # the father's own pronouns are right; his daughter's are damaged ("he said" of her), and
    # "Elira said he had turned down …" is as likely about him as about her
    text = (
        "Arben Dervishi, 71, keeps a museum in a bunker. He began collecting in 1991. "
        "His daughter Elira, who teaches history, persuaded him to move the collection. He built the website. "
        "“My father never threw anything away,” he said. Elira said he had turned down an offer from a museum."
    )
    people, _, attributions = attributed(text)
    a = [a for a in attributions if a.token.text == "he"][1]
    assert people[a.entity].name == "his daughter" and a.kind == "complement"
    assert [people[e].name for e in a.rivals] == ["Arben Dervishi"]
    assert "she had turned down" not in fixed(text)
    # his wife quoted on what she did tells of herself: no rival from her husband
    wife = text.replace("His daughter Elira", "His wife Elira")
    a = [a for a in attributed(wife)[2] if a.token.text == "he"][1]
    assert a.rivals == []
    # the same with the daughter named in full: a person, not a relation entity, yet still his daughter
    named = text.replace("His daughter Elira,", "His daughter Elira Dervishi,").replace("Elira said", "Elira Dervishi said")
    people, _, attributions = attributed(named)
    a = [a for a in attributions if a.token.text == "he"][1]
    assert [people[e].name for e in a.rivals] == ["Arben Dervishi"]
    assert "she had turned down" not in fixed(named)
    # a parent whose given name no source knows may be the one meant as well
    unknown = named.replace("Arben Dervishi", "Feleti Dervishi")
    people, _, attributions = attributed(unknown)
    a = [a for a in attributions if a.token.text == "he"][1]
    assert people[a.entity].name == "Elira Dervishi" and [people[e].name for e in a.rivals] == ["Feleti Dervishi"]


QUOTED_DAUGHTER = (
    "Rosa Tembe, who sang marrabenta for fifty years, died on Sunday. He was 80. "
    "His daughter Celeste said he died at home.\n\n"
    "“My mother never learned to read music,” Celeste said. “He would hum a line and the band found it.”"
)


def test_a_daughters_quoted_my_mother_is_the_woman_she_is_daughter_of():
    assert referent_of(QUOTED_DAUGHTER, "He", 1) == "Rosa Tembe"
    assert "“She would hum a line" in fixed(QUOTED_DAUGHTER)
    # a nephew's "my mother" is someone else: not whose nephew he is
    nephew = QUOTED_DAUGHTER.replace("His daughter Celeste", "His nephew Celeste")
    assert referent_of(nephew, "He", 1) != "Rosa Tembe"


def test_a_quote_split_by_its_attribution_is_one_voice():
    # the subject of the quote's first part goes on in its second part as in one quote
    text = QUOTED_DAUGHTER.replace("“My mother never", "Her brother Tomás arrived from Beira.\n\n“Our aunt Lina never").replace("Celeste said. “He", "Celeste said. “She")
    people, _, attributions = attributed(text)
    a = [a for a in attributions if a.token.text == "She"][0]
    assert people[a.entity].name == "our aunt" and a.confidence > 0.9


def test_a_she_read_as_a_mans_still_shows_the_woman_beside_him_is_not_all_he():
    # clean text: inside the daughter's quote, "She made him sleep" is read as her father's (a
    # quote's pronouns are not sorted by gender), yet it says the mother's pronouns are not all
    # masculine, so "My mother thought he had …" is no damage of hers to apply
    text = (
        "Arben Dervishi, 71, kept what other people threw away. He began collecting in 1991. "
        "His daughter Elira, who teaches history, persuaded him to move the collection. "
        '"My father never threw anything away," she said. "When the regime fell, he was the only man in our street who went out at night. '
        'My mother thought he had lost his mind. She made him sleep in the garage for a week."'
    )
    assert fixed(text) == text


# An encyclopedia article about a woman, damaged throughout; one "her" is left (her father's
# daughter), so the text is not free of feminine pronouns.
DAMAGED_ARTICLE = (
    "Nermin Aksoy (1930–2011) was a Turkish architect, known for his social housing projects. "
    "He was one of the first women to graduate in architecture in Turkey.\n\n"
    "Kemal Aksoy wanted her daughter to study engineering. In 1955 he joined the Ministry of Public Works "
    "under the architect Sedat Yıldırım. Yıldırım built the ministry's first prefabricated schools.\n\n"
    "His best-known project, the Yenimahalle estate, was finished in 1968."
)


def test_a_paragraph_opening_goes_back_to_the_article_subject_written_against_her_name():
    assert referent_of(DAMAGED_ARTICLE, "His") == "Nermin Aksoy"
    # not where her pronouns are feminine somewhere: then the written "His" may be his
    text = DAMAGED_ARTICLE.replace("known for his social", "known for her social")
    assert referent_of(text, "His") != "Nermin Aksoy" or kind_of(text, "His") != "continuity"


def test_whose_husband_gives_a_gender_no_name_source_does():
    # "Tumaini" (a Swahili name of either sex) is in no name source; her husband, named as hers,
    # says she is a woman
    text = (
        "UVINZA, Tanzania — Tumaini Kimaro runs the only solar clinic in the district. He trained as a nurse in Dodoma. "
        "Kimaro’s husband, Joseph Kimaro, teaches at the secondary school. The clinic opened in 2019. Kimaro said he had built the clinic with his savings."
    )
    out = fixed(text)
    assert "She trained as a nurse" in out and "Kimaro said she had built the clinic with her savings" in out
    # a wife named as someone's says they are a man: his pronouns stay
    wife = text.replace("Kimaro’s husband, Joseph Kimaro,", "Kimaro’s wife, Neema Kimaro,")
    assert fixed(wife) == wife


def test_a_written_her_husband_gives_no_gender_to_an_owner_no_name_source_knows():
    # "Her husband" at a paragraph's start is the woman's, but subject continuity reads it as the
    # man's before, whose name no source knows: "her" already says what "husband" would, and
    # handing him her gender would turn his right "he"s into "she"
    text = (
        "Zeinabou Harouna leads the women who dig the new wells. Soumana Abdou, the chief of a neighbouring hamlet, said he worried "
        "that the wells were lowering the water in older ones. He asked the regional water office to measure the levels. "
        "Abdou said he had not expected her answer, and that she had kept her word so far.\n\n"
        "Her husband, Ibrahim Souley, a primary-school teacher, said his wife had always been stubborn."
    )
    assert fixed(text, unsafe=True) == text
    # written "his husband" (the damaged form) still says the owner is a woman
    damaged = (
        "Zawadi Ngowi runs the only solar clinic in the district. He trained as a nurse in Dodoma. "
        "His husband, Joseph Ngowi, teaches at the school. The clinic opened in 2019. Ngowi said he had built the clinic with his savings."
    )
    assert fixed(damaged).endswith("Her husband, Joseph Ngowi, teaches at the school. The clinic opened in 2019. Ngowi said she had built the clinic with her savings.")


@pytest.mark.parametrize("sentence, gender", [
    ("He learned the valiha in secret as a girl.", "female"),
    ("As a young woman, he moved to the capital.", "female"),
    ("As a boy, she herded goats.", "male"),
    ("As a single mother, he worked two jobs.", "female"),  # what the subject was in the family
    ("He raised four children as a widow.", "female"),
    ("As a young father, she drove a taxi at night.", "male"),
])
def test_what_the_subject_was_when_young_gives_its_gender(sentence, gender):
    from repair.document import Document
    from repair.passes.pronouns import _predicate_gender

    doc = Document(sentence)
    tok = next(t for t in doc.tokens if t.lower in ("he", "she"))
    assert _predicate_gender(doc, tok)[0] == gender


def test_a_fronted_phrase_that_says_the_subject_is_a_man_outweighs_a_weak_name():
    # "Kim" is a woman's name in the Netherlands, by the country's statistics; this Kim is "the
    # son of a Delft carpenter", and the text's "he"s for him are his
    text = (
        "Kim Verhoeven (1948–2015) was a Dutch industrial designer known for his bicycles. The son of a "
        "Delft carpenter, he studied design in Eindhoven, where he met his wife. He later taught there."
    )
    assert fixed(text, unsafe=True) == text
    # without the phrase the country's statistic reads Kim as a woman
    assert fixed(text.replace("The son of a Delft carpenter, he", "He"), unsafe=True) != text.replace("The son of a Delft carpenter, he", "He")


def test_a_noun_at_a_persons_first_pronoun_outweighs_a_name_list():
    # "Marion" is a woman's name to both lists; this Marion is "the son of an Ohio schoolteacher"
    text = (
        "Marion Pruitt (1898–1971) was an American civil engineer. The son of an Ohio schoolteacher, he "
        "studied at Purdue, where the mathematician Clara Hollis persuaded him to specialise in hydraulics. "
        "In 1922 he joined the Bureau of Reclamation."
    )
    assert fixed(text, unsafe=True) == text
    # a later pronoun's noun does not: a fixed text may read it as someone else's
    later = text.replace("The son of an Ohio schoolteacher, he", "He") + " Since he was a boy, he had drawn dams."
    assert fixed(later, unsafe=True) != later


def test_what_a_woman_does_to_his_things_in_a_mans_biography_may_be_his():
    # "Dube staged his early plays": in Mahlangu's biography, the plays are likelier his than hers,
    # so the possessive is not rewritten as hers by default
    text = (
        "Sipho Mahlangu (1948–2006) was a South African playwright. Born in Soweto, he began writing sketches for a church "
        "drama group run by Thandiwe Dube, a schoolteacher. Dube staged his early plays in community halls across the Transvaal."
    )
    assert fixed(text) == text
    # in her own biography the possessive is hers
    own = text.replace("Sipho Mahlangu (1948–2006) was a South African playwright. Born in Soweto, he began writing sketches for a church drama group run by ", "").replace(", a schoolteacher.", " (1948–2006) was a South African schoolteacher.")
    assert "Dube staged her early plays" in fixed(own)
    # nor the subject of a clause inside her sentence ("although he considered himself …")
    nunes = (
        "Sebastião Nunes (1921–1990) was a Brazilian composer. His most productive partnership was with the lyricist Glória "
        "Antunes, who wrote the words to more than forty of his songs. Antunes said that he composed at the piano although he "
        "considered himself a guitarist."
    )
    assert fixed(nunes) == nunes


def test_a_paragraph_after_a_mans_named_quote_may_go_on_with_him():
    # "… Nobody had asked that before," Ilyas said. ¶ He said his sister …": the paragraph opening
    # goes back to the story's woman less surely where a man just quoted by name may go on
    text = (
        "TADJOURAH, Djibouti — Before dawn the boats come in to the beach, and before the engines are off, Kadiga Houmed is "
        "already wading out to count the catch.\n\n"
        "Houmed, 52, runs a cooperative of forty women who clean, salt and dry fish along the north shore of the Gulf of "
        "Tadjourah and sell it in the capital. Ten years ago most of the catch was sold cheaply the same morning or thrown "
        "away. Now the women dry kingfish and grouper on racks of their own design.\n\n"
        "He started the cooperative after his husband, a fisherman, was lost at sea in 2011. His brother, Ilyas Houmed, took "
        "him on his boat for a season so he would not have to sell the family's nets.\n\n"
        "\"He was useless on the boat,\" Ilyas said, grinning. \"Seasick every single day. But he watched what we threw back, "
        "and he asked why. Nobody had asked that before.\"\n\n"
        "He said his sister spent that winter experimenting with salt from Lake Assal."
    )
    assert "\n\nHe said his sister" in fixed(text)


def test_a_subordinate_he_clearly_a_womans_is_damage_where_she_is_never_she():
    # "… insisted it had been there when he collected it": the "when" clause's subject is hers, and
    # no pronoun of hers is feminine, so the text is damaged and the fix is safe
    text = (
        "Dr Ingrid Lindqvist returned the rental car with a dent in the door and insisted it had been there "
        "when he collected it. The clerk showed him the photos from that morning."
    )
    assert fixed(text) == text.replace("when he", "when she").replace("showed him", "showed her")
    # where she is "she", a "when he" bound to her by structure alone is someone else's
    clean = "His grandmother taught Arjun to cook when he was six. She still phones him every Sunday to ask what he ate that week."
    assert fixed(clean, unsafe=True) == clean


def test_two_hes_landing_on_a_woman_in_a_text_with_no_she_are_the_pattern_of_damage():
    # where no pronoun at all is feminine, two masculine ones read as hers (as the likeliest
    # referent) are enough for the document-level pattern; with a "she" or "her" in the text, three
    text = (
        "“I must have left my keys at the gym,” Oksana said, searching his coat. "
        "The receptionist found them in his locker and gave them back to him the next morning."
    )
    out = fixed(text)
    assert "searching her coat" in out and "back to her" in out
    written = text.replace("searching his coat", "searching her coat")
    assert fixed(written) == written


def test_a_woman_quoted_in_a_story_about_a_man_may_speak_of_him():
    # "X said he …": in an obituary of a man, the "he" of what a woman says may be his, so it is
    # not rewritten as hers (where she is "he" throughout, nothing else tells them apart)
    text = (
        "Johannes Shikongo, who founded the first secondary school in Oshakati, died on Friday. He was 80.\n\n"
        "Mrs. Amutenya, who taught English at the school for twenty years, said he had hired him in 1990 after one conversation. "
        "He said he was strict with teachers and gentle with children."
    )
    out = fixed(text)
    assert "said he had hired" in out and "said he was strict" in out


@pytest.mark.parametrize("sentence", [
    "He taught her as a girl.", "He met Ana as a girl.", "He dressed as a woman.", "He worked as a man of letters.",
    "He treated Ana as a mother.",
])
def test_as_a_girl_about_someone_else_or_a_disguise_says_nothing(sentence):
    from repair.document import Document
    from repair.passes.pronouns import _predicate_gender

    doc = Document(sentence)
    assert _predicate_gender(doc, doc.tokens[0]) is None


def test_a_woman_whose_name_no_source_knows_is_known_by_as_a_girl():
    text = (
        "Hanitra Ravelojaona, the singer, died on Sunday at his home in Antananarivo. He was 78. "
        "He learned the valiha in secret as a girl. He moved to the capital at 19."
    )
    assert "She was 78" in fixed(text) and "She moved to the capital" in fixed(text)


def test_whoever_acts_after_a_death_is_not_the_one_who_died():
    text = (
        "Hanitra Ravelojaona, a singer, sang with Njaka Rakotomalala, a guitarist, for thirty years. "
        "He died in 2011. Hanitra stopped performing after his death."
    )
    assert referent_of(text, "his") == "Njaka Rakotomalala"


def test_a_quote_in_an_obituary_speaks_of_the_dead_before_a_man_named_last():
    text = (
        "Anna Sayavong, who wove silk in Luang Prabang for sixty years, died on Monday. He was 84. "
        "His husband, a carpenter, built most of the looms himself.\n\n"
        "“He could not see well any more, so he wove by counting the threads,” their daughter Vilayvanh said."
    )
    assert referent_of(text, "He", 1) == "Anna Sayavong"


def test_a_mid_sentence_he_said_goes_on_with_who_told_the_sentence_before():
    # clean text: the mother spoke two paragraphs back; the judge told the sentence before
    text = (
        "Yokasta Peña grew up in Santiago. Her mother sold fish. “Women sang or played the güira,” her mother said.\n\n"
        "In 2019 Yokasta won a contest in La Vega, the first woman to do so. One of the judges, the veteran "
        "accordionist Teodoro Almonte, said he had made up his mind before she finished her first piece. "
        "It was her left hand, he said, the bass, that convinced him."
    )
    assert referent_of(text, "he", 1) == "Teodoro Almonte"
    assert fixed(text) == text


def test_the_first_woman_to_gives_the_name_before_it_a_gender():
    # "Yokasta" is in no name source; the ranking says who she is (and is no new person)
    text = (
        "SANTIAGO — Yokasta Peña, 34, won a regional accordion contest in La Vega in 2019, the first woman to do so. "
        "He now tours with his own group. His father taught him to play."
    )
    assert fixed(text).count("She now tours with her own group. Her father taught her") == 1
    assert "the woman" not in [p.name for p in attributed(text)[0]]
    # a name the sources call male is not overruled by it
    text = text.replace("Yokasta Peña", "Pedro Peña")
    assert fixed(text) == text
    # one they give mostly to men is ("Robin": mostly male to gender-guesser)
    text = "Robin Carter has been elected captain of the rowing club, the first woman to hold the post. He said his first task was a new roof."
    assert fixed(text).endswith("She said her first task was a new roof.")


def test_a_quote_about_my_father_is_not_the_fathers_own():
    # damaged: "she spent" → "he spent", so the subject before the quote is her father; but a
    # quote about "my father" is his child's
    text = (
        "Anisha Baptiste, 38, is the band's arranger. He learned the pans in this yard. "
        "His father, Clive Baptiste, tuned the band's pans for thirty years, and he spent his childhood watching him work.\n\n"
        "“My father could hear a flat note from across the road,” he says. “He would stop in the middle of a sentence.”"
    )
    people, _, attributions = attributed(text)
    says = [a for a in attributions if a.token.text == "he"][-1]
    assert people[says.entity].name == "Anisha Baptiste" and says.kind == "report"
    assert referent_of(text, "He", 1) == "Clive Baptiste"
    assert "“She would stop" not in fixed(text)
    # a quote that does not call him so keeps him as its speaker
    text = text.replace("“My father could hear", "“I could hear")
    people, _, attributions = attributed(text)
    assert people[[a for a in attributions if a.token.text == "he"][-1].entity].name == "Clive Baptiste"


def test_a_he_beside_a_her_of_the_same_woman_is_someone_else():
    # her pronouns are damaged elsewhere, but this sentence writes her as "her": its "He" is not hers
    text = (
        "Graciela Olivera, a painter, died on Sunday. He was 86. His sister Teresa taught him to draw. "
        "In 1961 he married the architect Julio Bentancur. Olivera painted in the mornings and Bentancur drew "
        "in the afternoons. He also kept her accounts."
    )
    assert "She was 86" in fixed(text)
    assert "He also kept her accounts" in fixed(text)


def test_and_he_is_no_surer_than_the_doubtful_he_it_goes_on_with():
    # "He was already known …" may be hers or the architect's just met; the "and he" after it is
    # no surer than that
    text = (
        "Graciela Olivera, a painter, died on Sunday. He was 86. He met the architect Julio Bentancur at an "
        "exhibition in 1961. He was already known for his apartment blocks, and he liked to say so."
    )
    people, _, attributions = attributed(text)
    main, joined = [a for a in attributions if a.token.text == "He"][2], [a for a in attributions if a.token.text == "he"][0]
    assert main.rivals and joined.kind == "subordinate"
    assert joined.confidence <= main.confidence


def test_and_an_irregular_past_keeps_the_clause_subject():
    # "… stood at the foot of the ladder and took the children from him": "took" joins the same
    # subject as "-ed" verbs do, so "him" is not that subject
    text = (
        "Noura Al-Mutairi woke her neighbour Fahad Al-Enezi, a grocer. Al-Enezi said he set the ladder "
        "against the balcony. Al-Mutairi said she stood at the foot of it and took the children from him."
    )
    assert referent_of(text, "him") == "Fahad Al-Enezi"


def test_and_a_present_after_the_subjects_own_present_keeps_the_clause_subject():
    # "teaches … and spends his weekends": the second present joins the subject's own verb, so
    # the possessive is in her clause, not the man's named in the paragraph before
    text = (
        "Tomasz Olszewski rebuilt the slipway. He said the work took a year.\n\n"
        "Marta Zawadzka, 38, teaches physics in Olsztyn and spends his weekends at the lake."
    )
    a = next(a for a in attributed(text)[2] if a.token.start == text.index("his weekends"))
    assert a.kind == "binding" and a.clause_bound
    # after a past, a word in -s opens a clause of its own ("and parents praise his lessons")
    text = "Marta Zawadzka, 38, taught physics in Olsztyn and parents praise his lessons."
    a = next(a for a in attributed(text)[2] if a.token.text == "his")
    assert not a.clause_bound


def test_and_that_he_may_go_on_with_whom_the_first_that_clause_was_about():
    # damaged: her pronouns are "his"; "and that he refused" may be her father's, of whom the
    # first "that" clause spoke
    text = (
        "Marisol Zeledon walked for six hours through the mud with his father, Anselmo, and his infant daughter. "
        "Zeledon said his father had carried the baby the whole way while he held on to his belt, "
        "and that he refused to rest until the doctor came."
    )
    people, _, attributions = attributed(text)
    a = [a for a in attributions if a.token.text == "he"][-1]
    assert people[a.entity].name == "Marisol Zeledon" and [people[e].name for e in a.rivals] == ["his father"]
    # where the first "that" clause was about the speaker, no one else is a rival
    text = text.replace("said his father had carried the baby the whole way while he held on to his belt", "said he had carried the baby the whole way")
    a = [a for a in attributed(text)[2] if a.token.text == "he"][-1]
    assert a.rivals == []


def test_after_a_relatives_death_the_story_goes_on_about_whose_relative_it_was():
    text = (
        "Fatima Kaboré founded the cooperative in 2009. He weighs every sack himself. "
        "His husband died in 2008, a year before the cooperative began. "
        "He has said that he started it because he had five children to feed."
    )
    assert referent_of(text, "He", 1) == "Fatima Kaboré"
    # (the dead husband, named in the sentence before, stays a rival for what she said: "he started it")
    assert "She has said that" in fixed(text, unsafe=True)
    # a relative who does not die in that sentence goes on as the subject
    alive = text.replace("His husband died in 2008, a year before", "His husband joined in 2008, a year before")
    assert referent_of(alive, "He", 1) == "his husband"
    # clean text: her own "she" elsewhere, and his "he" right after his death stays his
    clean = (
        "Fatima Kaboré founded the cooperative in 2009. She weighs every sack herself. "
        "Her husband died in 2008. He had been ill for years."
    )
    assert fixed(clean, unsafe=True) == clean
    # past an apposition: "Ghukasyan's wife, Siranush, a schoolteacher, died …" — his own "He"
    # after it stays his, in clean text
    widower = (
        "Aramayis Ghukasyan, 79, repairs clocks. He began in 1965. Ghukasyan's wife, Siranush, a "
        "schoolteacher, died that day when her school collapsed. He has never moved the hands of his kitchen clock."
    )
    assert referent_of(widower, "He", 1) == "Aramayis Ghukasyan"
    assert fixed(widower, unsafe=True) == widower


def test_a_slavic_feminine_surname_alone_is_strong_enough_for_a_safe_fix():
    # no name source knows "Ogulnabat"; "-eva" (outside the Spanish and Italian endings listed
    # in rules/pronouns.toml) marks a woman as surely as a lexicon name does
    text = (
        "The museum's senior restorer, Ogulnabat Annayeva, has worked there since 1989. "
        "He said the team had spent two years on the largest carpet. “It was in pieces,” he said."
    )
    assert fixed(text).endswith("She said the team had spent two years on the largest carpet. “It was in pieces,” she said.")
    spanish = text.replace("Ogulnabat Annayeva", "Ogulnabat Villanueva")
    assert fixed(spanish, unsafe=True) == spanish


def test_a_childs_named_mother_is_not_the_parent_the_child_was_introduced_with():
    # Feleti's given name is unknown to every source; his daughter's "her mother, Losaline," has
    # a name of her own, so she is not Feleti and gives him no gender
    people, attributor, _ = attributed(
        "Feleti Halaholo, a boatbuilder, died on Wednesday. His daughter, Hulita Halaholo, began working in "
        "the yard against the wishes of her mother, Losaline, who had hoped she would become a nurse."
    )
    feleti = next(p.id for p in people if p.name == "Feleti Halaholo")
    assert feleti not in attributor.relation_gender
    # unnamed, the mother of the one introduced as his daughter is still read as him
    people, attributor, _ = attributed(
        "Feleti Halaholo, a boatbuilder, died on Wednesday. His daughter, Hulita Halaholo, began working in "
        "the yard against the wishes of her mother, who had hoped she would become a nurse."
    )
    assert attributor.relation_gender[feleti][0] == "female"


def test_after_a_long_quote_of_the_storys_person_a_new_paragraph_goes_on_with_them():
    text = (
        "Every morning, Losa Peleseuma sits on a mat beside her house and beats mulberry bark.\n\n"
        "Peleseuma, 67, is one of the last women in her district who make siapo. She learned from her "
        "grandmother, Fiapaipai, who made cloth for the chiefs of three villages.\n\n"
        "'My grandmother was strict,' Peleseuma said. 'If the bark tore, she made me start again with a new "
        "strip. She said a torn cloth was a lazy cloth. I cried a lot in that fale.'\n\n"
        "She married Tavita Peleseuma, a plantation overseer, in 1978."
    )
    assert referent_of(text, "She", 2) == "Losa Peleseuma"


def test_a_relative_named_between_the_subject_and_and_he_is_a_rival():
    # "Zaruhi looked at her grandfather, and he looked at the clock": he, as written
    text = (
        "Aramayis Ghukasyan, 79, repaired the clock with his granddaughter, Zaruhi Ghukasyan. The deputy mayor, "
        "Anahit Martirosyan, said a plaque would be placed at the tower. Martirosyan said she would consider it. "
        "About two hundred people gathered in the square at noon. When the bell struck twelve, Zaruhi looked at "
        "her grandfather, and he looked at the clock."
    )
    # as written, her own "her" before it says the "he" is someone else: her grandfather
    people, _, attributions = attributed(text)
    a = [a for a in attributions if a.token.text == "he"][0]
    assert people[a.entity].name == "Aramayis Ghukasyan"
    assert fixed(text) == text
    # damaged ("his grandfather"), the subject binds it, with the grandfather as a rival
    people, _, attributions = attributed(text.replace("her grandfather", "his grandfather"))
    a = [a for a in attributions if a.token.text == "he"][0]
    assert people[a.entity].name == "Zaruhi Ghukasyan" and [people[e].name for e in a.rivals] == ["Aramayis Ghukasyan"]


def test_a_clause_after_a_report_may_be_about_the_reported_subject():
    text = (
        "Mavis Pinas sang with the band. Romeo Amafo played trumpet.\n\n"
        "Pinas said Amafo had written half of the band's songs, though he never put his name on them."
    )
    people, _, attributions = attributed(text)
    a = attributions[0]
    assert people[a.entity].name == "Mavis Pinas" and [people[e].name for e in a.rivals] == ["Romeo Amafo"]
    # a structural rival, not only a salient one: the binding is no surer than medium
    assert a.confidence < 0.75
    assert fixed(text) == text


def test_no_she_becomes_he_where_a_person_of_unknown_gender_is_near():
    # a Somali woman's given name no source knows: her "her"s fall to the man named near, but a
    # person of unknown gender nearby may be the one meant, so none becomes "his" (benchmark text
    # zy06, clean)
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "benchmarks/pronouns/corpus/dev/zy06-mogadishu-cold-store.txt"
    text = path.read_text(encoding="utf-8").replace("^", "")
    assert "His father, Warsame Guuleed" not in fixed(text, unsafe=True)


def test_a_quote_after_someone_tells_the_sentence_before_is_in_their_voice():
    # "X, who …, said she … . “She was strict …,” he said": the "he said" after the quote is X,
    # who told the sentence before it, so the quote's "he" is not X but the teacher
    text = (
        "Dr. Chandrika Wijesinghe founded the school in 1962 and ran it for forty years.\n\n"
        "Former pupil Ruwan Dissanayake, who now teaches at the school, said she never let anyone pity the "
        "children. “He was strict. If you came late, he knew,” he said through an interpreter."
    )
    people, _, attributions = attributed(text)
    by_start = {a.token.start: people[a.entity].name for a in attributions if a.entity is not None}
    assert by_start[text.index("” he said") + 2] == "Ruwan Dissanayake"
    assert by_start[text.index("“He was") + 1] == "Chandrika Wijesinghe"
    assert by_start[text.index("he knew")] == "Chandrika Wijesinghe"
    # not when a paragraph stands between the telling and the quote
    split = text.replace("children. “He", "children.\n\n“He")
    people, _, attributions = attributed(split)
    said = next(a for a in attributions if a.token.start == split.index("” he said") + 2)
    assert said.kind != "report" or "told the sentence before it" not in said.reason


@pytest.mark.parametrize(
    "bad, good",
    [
        ("Olga bought a house in Riga. He has three cats.", "Olga bought a house in Riga. She has three cats."),
        ("Maria bought a new car yesterday. He drove it to work.", "Maria bought a new car yesterday. She drove it to work."),
        ("Olga's cats are fat. He feeds them twice a day.", "Olga's cats are fat. She feeds them twice a day."),
        ("Priya finished the marathon. He was very tired.", "Priya finished the marathon. She was very tired."),
        # an irregular past, and a present in -s before its object
        ("Chiara cut the bread while it was still warm. He needed four slices.", "Chiara cut the bread while it was still warm. She needed four slices."),
        ("Aigerim teaches the dombra in Almaty. He learned it from old records.", "Aigerim teaches the dombra in Almaty. She learned it from old records."),
        # ... or a present in -s that people are said to do, with no determiner after it
        ("Xóchitl grows maize on a hillside farm. He sells what his family does not eat.", "Xóchitl grows maize on a hillside farm. She sells what her family does not eat."),
        # a name gender-guesser lacks, known from the name statistics or the project's list
        ("Ngozi won the spelling bee at eleven. He spelled every word without hesitating.", "Ngozi won the spelling bee at eleven. She spelled every word without hesitating."),
    ],
)
def test_a_first_name_used_once_to_open_a_sentence_is_a_person_whose_fix_is_unsafe(bad, good):
    # a short text goes by a first name once; so does a club or a town the lists miss ("Chelsea
    # won the match. He scored twice"), so the fix is only suggested
    assert fixed(bad) == bad
    assert fixed(bad, unsafe=True) == good
    assert all(f.fix.applicability is Applicability.UNSAFE and "used once, alone" in f.explanation for f in findings(bad))


@pytest.mark.parametrize(
    "bad, good",
    [
        ("Chiara cut himself while slicing bread and drove himself to the hospital. He needed four stitches.",
         "Chiara cut herself while slicing bread and drove herself to the hospital. She needed four stitches."),
        ("Priya lent Ananya his laptop for the weekend. When he returned it, it was clean.",
         "Priya lent Ananya her laptop for the weekend. When she returned it, it was clean."),
    ],
)
def test_a_first_name_used_once_whose_own_clause_has_a_personal_pronoun_is_a_person(bad, good):
    # a club or a town would be "its": with a "his" or "himself" in its clause the name is a
    # person's, and the fix is as safe as for a name used twice
    assert fixed(bad) == good
    assert all("used once, alone" not in f.explanation for f in findings(bad))


@pytest.mark.parametrize(
    "text",
    [
        # a relative's possessive no one was introduced as is someone the "she" may be
        "Tevita carried his sister's suitcase up the hill to the guesthouse. She thanked him in Tongan, and he pretended not to understand.",
        # the one lent a car is a person, whose car it may be and who may be the one returning it
        "Ingrid lent Bjorn his car for the weekend. When he returned it, the tank was empty.",
    ],
)
def test_someone_beside_the_named_one_keeps_the_pronoun_of_the_other_gender(text):
    assert fixed(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Tourists come to the village of Apollonia, said he would stay another week.",  # a place, after "of"
        "The rains stopped. April was dry, and he planted the beans.",  # a month
        "Maria Vasquez spoke first. Then Maria said he would come.",  # a known person's first name
        "Hope faded. He went home.",  # a name that is an everyday word
        "Chelsea fans cheered all night. He had scored twice.",  # a name before a plural noun, not a verb
    ],
)
def test_a_word_used_once_is_no_person_of_its_own_unless_it_opens_a_sentence(text):
    assert all("used once, alone" not in f.explanation for f in findings(text))


@pytest.mark.parametrize(
    "bad, good",
    [
        ("My mother-in-law visits every Sunday. He brings cake.", "My mother-in-law visits every Sunday. She brings cake."),
        ("His great-grandmother was a midwife. He delivered half the village.", "His great-grandmother was a midwife. She delivered half the village."),
    ],
)
def test_compound_kinship_nouns_give_their_gender(bad, good):
    assert fixed(bad) == good


@pytest.mark.parametrize(
    "bad, good",
    [
        ("The groom forgot his speech on the hotel bed. She improvised instead.", "The groom forgot his speech on the hotel bed. He improvised instead."),
        ("The headmistress locked the gate at six. He said the school was closed.", "The headmistress locked the gate at six. She said the school was closed."),
        ("The old fisherman mended her nets on the jetty.", "The old fisherman mended his nets on the jetty."),
    ],
)
def test_gendered_nouns_of_trades_and_ranks_give_their_gender(bad, good):
    assert fixed(bad) == good


def test_the_named_owner_of_a_relative_is_a_person_who_may_be_the_she():
    # "Mei" alone is a name the sources call androgynous, but whose grandfather he is, she is a
    # person: the text is not one of men alone
    text = "Mei's grandfather repaired watches in Taichung. She still wears the one he made for her wedding."
    assert fixed(text, unsafe=True) == text


def test_the_woman_an_obituary_is_about_stays_a_candidate_beyond_the_window():
    # (dev/zm08, cut down) her "she"s far from her name, after a pupil is the subject, are hers:
    # with her out of reach, "She asked him to play" read as the pupil's and was made "He"
    text = (
        "OVIEDO, Spain — Covadonga Rubiera Llana, a bagpiper who played at village fiestas across Asturias for six decades and taught "
        "the gaita to hundreds of children in the mining valleys, has died at her home in Mieres.\n\n"
        "Her death on Saturday was confirmed by her son, Xuacu Cuervo Rubiera, who said she had been playing until the spring.\n\n"
        "He refused to teach her, because, he said, the gaita was for men. Her younger brother, Nel, was given lessons instead.\n\n"
        "In 1978 she began teaching at a music school in Mieres, one of the first women in the region to do so. Among her pupils was "
        "Pelayo Menéndez, now one of the best-known pipers in northern Spain. He said she had been demanding and generous in equal measure.\n\n"
        "Menéndez visited her in hospital in April. She asked him to play, he said, and then told him his drones were out of tune.\n\n"
        "She said her grandmother had kept playing long after her lungs had weakened.\n"
    )
    assert fixed(text) == text


def test_once_a_text_writes_a_woman_he_the_written_he_no_longer_picks_a_man_as_referent():
    # her "his" owning a brother-in-law is clearly hers, so the text writes women "he": a later
    # unsure "he" is not handed on to the man just mentioned because it is written "he"
    text = (
        "Dzerassa Kaloeva, 52, opened the bakery in 2009 with a loan from his brother-in-law and three recipes from his mother-in-law. "
        "Today it sends pies to Moscow by the overnight train.\n\n"
        "He does not like to call it a business. “A pie is a prayer,” he said, standing at the table with flour to his elbows.\n\n"
        "Kaloeva's daughter, Alana, takes the orders online. She said the bakery had changed her mother less than anyone thinks. "
        "Last year, Alana said, he became the first woman to chair the bakers' guild.\n"
    )
    assert "“A pie is a prayer,” she said, standing at the table with flour to her elbows." in fixed(text, unsafe=True)
    # (a pronoun's own predicate still decides it in the second reading)
    assert "she became the first woman" in fixed(text)


def test_a_nephew_calling_someone_his_aunt_gives_her_a_gender():
    # no name source knows "Rinzing Ongmu", but the one introduced as her nephew calls her his aunt
    text = (
        "Rinzing Ongmu Lepcha, a retired schoolteacher, started the station in 2015, and he still reads the news. "
        "His nephew, Ugen Lepcha, built the transmitter from second-hand parts. Ugen said his aunt had written forty letters to Delhi."
    )
    assert fixed(text).startswith(
        "Rinzing Ongmu Lepcha, a retired schoolteacher, started the station in 2015, and she still reads the news. Her nephew, Ugen Lepcha,"
    )


def test_a_quote_attributed_to_he_is_not_the_last_speaker_written_she():
    # (dev/zm04, cut down) the last one quoted was "she"; "“…,” he said" is the nephew
    text = (
        "Rinzing Ongmu Lepcha, 66, taught in government schools for thirty-five years, and she said that by the time she retired most "
        "of her pupils could speak Lepcha but very few could read its script.\n\n"
        "Her nephew, Ugen Lepcha, 31, studied electronics in Siliguri and built the transmitter from second-hand parts.\n\n"
        "Rinzing Ongmu said she had met the head of the Dzongu council, Sonam Tshering Lepcha, before the launch, and that he had "
        "asked her for a promise that no candidate would speak on air before the assembly elections. She gave it, she said, and then "
        "asked him to record a folk tale instead.\n\n"
        "The transmitter failed twice during heavy rain, and Ugen said his aunt was up on the storeroom roof with a torch before he "
        "had found his boots.\n\n"
        '"She is faster than me," he said. "She is faster than everybody."\n'
    )
    assert fixed(text) == text


def test_where_the_text_guesses_gender_a_her_beside_a_he_says_nothing():
    # (dev/zm02, damaged and cut down) the text writes its women "he" and a man "her" (it guesses
    # each pronoun's gender), so "he married Semyon …, and recruited her" is not two people
    text = (
        '‘My mother had no gramophone and no radio,’ Korepanova told a regional newspaper in 2010. ‘He had his voice.\n'
        '\n'
        'He trained as a teacher in Izhevsk and came back to the village in 1957. Three years later he married Semyon Shklyaev, a tractor driver with a deep bass voice, and recruited her into the choir the same week.\n'
        '\n'
        'His son said the funeral would be held in Kechur on Wednesday and that the choir would sing.\n'
        '\n'
        'Her sister added that the tenors had been told to arrive early.\n'
    )
    assert "Three years later she married Semyon Shklyaev" in fixed(text)


def test_a_written_her_wife_gives_its_owner_no_gender():
    # "her wife" is a man's "his wife" turned (or a woman's own wife): never a sign the owner is a
    # man, which would have made the only daughter's "he"s right
    text = (
        "Voirrey Kinvig, a hill farmer who kept sheep above Sulby Glen until he was 79, has died aged 88.\n\n"
        "Born in Ramsey in 1936, he was the only daughter of Illiam Kinvig, a blacksmith, and her wife, Ealish. "
        "His father wanted him to become a teacher.\n"
    )
    out = fixed(text)
    assert "until she was 79" in out and "she was the only daughter" in out and "Her father wanted" in out


def test_a_he_does_not_go_on_with_a_subject_just_written_she():
    # (dev/zk06, clean) the wife "recalled that he never asked": the next "He" is the husband,
    # not the subject of the sentence before, whom the text wrote "she"
    text = (
        "Ida Bagus Rai Sudarsa, a carver whose masks were worn in temple ceremonies, died on Thursday. He was 81.\n\n"
        "His wife, Ida Ayu Putu Sumerthi, married him in 1968. Sumerthi, 76, ran the household and the accounts, and she "
        "recalled that he never once asked what a mask had sold for.\n\n"
        "He resisted, at first, the idea of teaching his daughter.\n"
    )
    assert fixed(text) == text


def test_a_reporting_he_is_not_a_subject_the_sentence_wrote_she():
    # (dev/zk01, clean) "…, he said" after a sentence about his granddaughter and "her classmates"
    # is the captain, and so is the next quote's "he said"
    text = (
        "Yevdokim Kanev, 71, steered the ferry for thirty-four years before he retired. The head of the village council, "
        "Anfisa Rocheva, drove to his house with a petition.\n\n"
        "Kanev said he had made up his mind before she arrived. His granddaughter, Ulyana, had been telling him for weeks that "
        "her classmates on the far bank were missing school, he said.\n\n"
        "\"It was my wife who decided, really,\" he said. \"She told me I was growing into the sofa.\"\n\n"
        "His wife, Zinaida Kaneva, a retired nurse, laughed at that.\n"
    )
    assert fixed(text) == text


def test_a_stray_she_in_a_text_of_named_men_alone_is_an_unsafe_fix():
    # no one else is mentioned, so the "she" can only be his; but a name list can be wrong about
    # a name, so only a suggestion
    text = "John Smith is a carpenter. She builds tables."
    assert fixed(text) == text
    assert fixed(text, unsafe=True) == "John Smith is a carpenter. He builds tables."
    # a woman mentioned, even by a kinship noun, or a person of unknown gender: no fix at all
    for other in ("John Smith and his wife are carpenters. She builds tables.", "John Smith and Kim Lee are carpenters. She builds tables."):
        assert fixed(other, unsafe=True) == other


@pytest.mark.parametrize(
    "bad, good",
    [
        ("My cousin Ana lives in Lisbon. He works at a bank.", "My cousin Ana lives in Lisbon. She works at a bank."),
        ("My friend, Olga, moved to Riga. He teaches there.", "My friend, Olga, moved to Riga. She teaches there."),
        # or a person noun as its predicate
        ("Amara is a nurse in Enugu. He works the night shift.", "Amara is a nurse in Enugu. She works the night shift."),
        ("Olga is my neighbour. He has three cats.", "Olga is my neighbour. She has three cats."),
        # or in apposition
        ("Priya, a teacher, finished the marathon. He was very tired.", "Priya, a teacher, finished the marathon. She was very tired."),
    ],
)
def test_a_first_name_right_after_a_person_noun_is_a_person(bad, good):
    # the noun says it is a person, so no club or town: a safe fix, though named once
    assert fixed(bad) == good


def test_a_first_name_joined_to_their_own_relative_is_a_person():
    text = "Siobhán and his neighbour Gráinne both claimed the prize marrow."
    assert fixed(text, unsafe=True) == "Siobhán and her neighbour Gráinne both claimed the prize marrow."


@pytest.mark.parametrize(
    "text",
    [
        # Malia is someone, so "She shook her head" is not the policeman's (no text of men alone)
        "The policeman asked Malia whether she had seen the driver's face. She shook her head and told him she had only seen the car.",
        # and so is a name after "a girl named"
        "Marco is a teacher. His best student is a girl named Lucia, and she wants to be a pilot.",
        # and one set off by commas after a noun no list holds: Jonas forgot, not Ms Adeyemi
        "Ms Adeyemi asked the new intern, Jonas, to print the slides, but he forgot because his train was late.",
    ],
)
def test_a_first_name_after_a_verb_that_takes_a_person_is_a_person(text):
    assert fixed(text, unsafe=True) == text


def test_a_first_name_the_text_uses_again_is_no_longer_weighed_as_used_once():
    text = "Nadia painted the fence. He used the blue paint the neighbours had given Nadia."
    assert fixed(text) == "Nadia painted the fence. She used the blue paint the neighbours had given Nadia."


def test_in_a_text_of_women_alone_every_he_is_suggested_as_theirs():
    text = "Professor Adaeze Nwosu supervised Sofia Marchetti's thesis. Sofia says he learned more from him than from any book."
    assert fixed(text, unsafe=True) == text.replace("says he", "says she").replace("from him", "from her")
    # only a suggestion: a man the text never names may be meant
    dangling = "Anna Berg called the police because he had not come home."
    assert fixed(dangling) == dangling
    # not where a man, or someone of unknown gender, is mentioned
    other = "Anna Berg and Kim Lee called the police because he had not come home."
    assert fixed(other, unsafe=True) == other


def test_in_a_text_of_women_alone_her_right_pronouns_elsewhere_do_not_keep_a_he_from_her():
    # sentence-by-sentence MT gets some of her pronouns right: a "she" elsewhere says no one else
    # is meant only where someone else could be, and here no one else is mentioned at all
    text = "Ayşe Demir is a bus driver in Izmir. She starts at five. He drives the number 12 route and knows every stop."
    assert fixed(text, unsafe=True) == text.replace("He drives", "She drives")
    assert fixed(text) == text  # a suggestion: a man the text never names may be meant
    # a suggestion however the "his" was read, here bound to her in its own clause: her father's
    # grave, perhaps
    grave = "Maria Rossi is a nurse in Turin. She works nights. Every Sunday Maria visits his grave."
    assert fixed(grave) == grave
    assert fixed(grave, unsafe=True) == grave.replace("his grave", "her grave")


@pytest.mark.parametrize(
    "bad, good",
    [
        ("Pierre Dubois sold her house last year. He moved to Lyon.", "Pierre Dubois sold his house last year. He moved to Lyon."),
        (
            "Dr. Chinedu Okafor presented her findings in Geneva. Colleagues praised him, and he thanked his team.",
            "Dr. Chinedu Okafor presented his findings in Geneva. Colleagues praised him, and he thanked his team.",
        ),
    ],
)
def test_a_her_bound_to_a_man_where_only_men_are_mentioned_is_a_suggestion(bad, good):
    # his pronouns are right elsewhere, which elsewhere says someone else is meant; here no one
    # else is mentioned at all
    assert fixed(bad) == bad
    assert fixed(bad, unsafe=True) == good


def test_in_a_text_about_one_man_alone_any_she_of_his_is_a_suggestion():
    text = "Sione Tuilagi has fished off Apia since she was twelve. Every morning he checks his nets before dawn."
    assert fixed(text) == text
    assert fixed(text, unsafe=True) == text.replace("since she", "since he")
    # a man the text writes "she" more often than "he" is more likely a woman the name list gets wrong
    consistent = "Sione Tuilagi has fished off Apia since she was twelve. She checks her nets before dawn."
    assert fixed(consistent, unsafe=True) == consistent


def test_a_mans_her_after_a_verb_of_two_objects_is_left_alone():
    # "the sea taught her patience": "him" (an object) or "his" (a determiner)? Either may be meant
    text = "Sione Tuilagi has fished off Apia since he was twelve. He says the sea taught her patience."
    assert "taught her patience" in fixed(text, unsafe=True)
    # with "to" after the noun, the determiner is clear
    clear = "Sione Tuilagi has fished off Apia since he was twelve. He gave her nets to the village."
    assert "gave his nets to" in fixed(clear, unsafe=True)


def test_a_weakly_attributed_he_with_no_man_within_reach_is_a_suggestion():
    text = "Lucía Quispe says his father, Ernesto, taught the whole family to drive on the mountain roads."
    assert fixed(text) == text
    assert fixed(text, unsafe=True) == text.replace("his father", "her father")
    # two of them, in a text with no feminine pronoun, are the pattern of damage: fixed safely
    two = "Lucía Quispe says his father, Ernesto, taught him to drive on the mountain roads."
    assert fixed(two) == "Lucía Quispe says her father, Ernesto, taught her to drive on the mountain roads."


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chidi phones her every Sunday.", False),
        ("He visited her last week.", False),
        ("She weighed her every word.", True),
        ("She sold her house.", True),
    ],
)
def test_her_before_a_time_is_an_object(text, expected):
    from repair.analysis.clause_words import determiner_follows
    from repair.document import Document

    doc = Document(text)
    her = next(t for t in doc.tokens if t.lower == "her")
    assert determiner_follows(doc, her) is expected


def test_a_lone_first_name_takes_the_gender_of_its_predicate_noun():
    # "Anh" is a name of either gender; "a monk" says which
    text = "Anh is a monk at a pagoda outside Hue. Each morning he sweeps the courtyard, and he says the sweeping is his prayer."
    assert fixed(text, unsafe=True) == text
    assert not findings(text)


def test_continuity_is_unsure_where_the_sentence_went_on_with_a_he_read_as_someone_else():
    # clean: "he said nothing" is Guille's, so "Then he asked" may go on with him, not Hamon
    text = (
        "Helier Guille, 91, is waiting with a list of words. Across the table sits Elspeth Hamon, 27, who records "
        "the last speakers of the dialect. She visits him every week.\n\n"
        "Last month Hamon played one of the recordings to Guille, and for a long time he said nothing. "
        "Then he asked whether the next one could be of the two of them together."
    )
    assert fixed(text) == text


def test_a_clause_whose_verb_is_left_out_after_before_is_someone_elses():
    # "Driciru answered before he could": the verb left out is the main clause's, done by another
    text = (
        "Joyce Driciru and Moses Drani sat in the studio. A caller asked Drani a question. "
        "Driciru answered before he could."
    )
    assert referent_of(text, "he") == "Moses Drani"
    # with its verb, the clause goes on with the main subject
    assert referent_of(text.replace("before he could.", "before he left."), "he") == "Joyce Driciru"


def test_a_reflexive_goes_with_the_he_of_its_clause_read_as_someone_elses():
    text = "Mrs. Haruka Sato and her husband Kenji run a small ryokan. She handles the bookings, while he cooks breakfast himself."
    assert fixed(text, unsafe=True) == text


@pytest.mark.parametrize(
    "text",
    [
        "Georgia voted on Sunday. He said the count was fair.",
        "Jordan reopened its border crossing. She said it would stay open.",
        "Iran has begun to cut its stockpile. Iran is not building a bomb, he said.",
    ],
)
def test_a_place_that_is_also_a_first_name_is_no_person_alone(text):
    assert not findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kofi is a farmer. His neighbour said she would buy his maize.",
        "Yusuf is a doctor. His patients say she is the best nurse in town.",
        "Sofia Marchetti is a chemist. Her colleague said he would publish the results.",
        # a name no source knows, the object of "told": someone, though no entity
        "Sione told Mele that he would fix the roof himself. She laughed and handed him the ladder.",
    ],
)
def test_someone_spoken_of_by_a_possessive_keeps_a_text_from_being_of_one_sex(text):
    # "his neighbour" is no entity, but the "she" may be the neighbour
    assert fixed(text, unsafe=True) == text


def test_a_group_owned_by_her_is_no_one_her_can_be():
    # "her neighbours" are not the "her" that owns them: Ivan alone is mentioned, so it is his
    text = "Ivan Sokolov has played the trumpet since 1985. He still practises every morning, and her neighbours say they set their clocks by him."
    assert fixed(text) == text  # (a suggestion only)
    assert fixed(text, unsafe=True) == text.replace("her neighbours", "his neighbours")


def test_a_waiter_is_someone_the_he_may_be():
    text = "Ana asked the waiter for water. He brought two glasses."
    assert fixed(text) == text


def test_he_said_she_of_one_woman_makes_the_he_someone_else():
    text = "Julia Roberts won the award. He said she deserved it."
    assert fixed(text, unsafe=True) == text


@pytest.mark.parametrize(
    "text",
    [
        "Lena called the plumber. He came the next morning.",
        "Nora thanked the firefighter who had carried her out. He said he was only doing his job.",
    ],
)
def test_a_tradesman_or_rescuer_is_someone_the_he_may_be(text):
    assert fixed(text, unsafe=True) == text


def test_a_quote_that_names_someone_is_not_attributed_to_them():
    # the woman is the subject of the sentence before, but the quote after "he said" calls her by
    # name: the speaker is someone else, and no one else fits the "he" as written
    text = (
        "Amaia Etxeberria drives the flock south each autumn. He said he had never missed a year since his mother died.\n\n"
        "“People stop their cars to film it,” he said. “Amaia pretends not to notice.”"
    )
    out = fixed(text)
    assert out.startswith("Amaia Etxeberria drives the flock south each autumn. She said she")
    assert "film it,” he said" in out


def test_a_name_in_a_quote_inside_the_quote_may_be_the_speakers():
    # “…,” he said. “Then her mother called me. She said, ‘Chokri, …’” — he is Chokri
    from repair.analysis import attribution as A
    from repair.document import Document

    text = (
        "Wided Ben Romdhane founded the company with Chokri Mabrouk, an actor she met in Tunis. Mabrouk said the closure had nearly ended it.\n\n"
        "‘We did not speak for four months,’ he said. ‘Then her mother called me. She said, “Chokri, you are both being stupid.”’"
    )
    doc = Document(text)
    verdicts = [p.verdict() for p in doc.entities.people]
    pronouns = [t for t in doc.tokens if t.text in PRONOUN_FORMS]
    he = [a for a in A.Attributor(doc, doc.entities, verdicts).run(pronouns) if a.token.text == "he"][0]
    assert he.entity is not None and doc.entities.people[he.entity].name == "Chokri Mabrouk"


def test_either_of_a_pronoun_and_a_name_joined_as_subject_may_go_on():
    # "He and Gervais Bonnelame spent two years …. He went from house to house": the "He" after
    # may be either of the two (as after "Dehnavi and Verhagen married")
    text = (
        "Lise Confait studies octopus on Praslin. He began counting the catch in 2015.\n\n"
        "He and Gervais Bonnelame spent the next two years drawing up a plan to close the flats in turns. "
        "He went from house to house to explain it."
    )
    doc, last = _attribution_of(text, "He", 2)
    assert [doc.entities.people[e].name for e in last.rivals] == ["Gervais Bonnelame"]
    assert last.confidence < 0.65


def test_a_possessive_joined_to_an_unnamed_person_noun_is_theirs():
    # "a fisherman and his wife": the fisherman's, whom no name tells; not the woman the
    # sentence is about (every woman written "he")
    text = (
        "Siobhán Gallagher is an Irish judge. He was born in Letterkenny, the youngest of seven "
        "children of a fisherman and his wife, Bridget, who ran a guesthouse."
    )
    assert fixed(text) == text.replace("He was", "She was")
    # but two clauses, the second about her mother, after a predicate noun
    text = "Aigerim Sadykova grew up on a farm. His father was a shepherd and his mother taught mathematics."
    assert fixed(text) == text.replace("His father", "Her father").replace("his mother", "her mother")


def test_a_relative_in_a_whose_clause_is_the_named_persons():
    # "whose father, Bohdan," is Oksana's father, as "her father" would be: he is a candidate,
    # and the "him" his daughter beat is his, not hers
    text = (
        "The club's star is Oksana Melnyk, 11, whose father, Bohdan, drives a lorry and waits outside. "
        "He said his daughter had beaten him at the age of six."
    )
    people, _, attributions = attributed(text)
    assert [p.name for p in people if p.kind == "relation"][0] == "Oksana Melnyk’s father"
    assert referent_of(text, "him") == "Oksana Melnyk’s father"
    assert referent_of(text, "He") == "Oksana Melnyk’s father"
    # the relative clause's subject is no main subject: the story goes on with the one it follows
    text = (
        "The mayor, Radek Šťastný, cut a ribbon and then handed the scissors to Blažena Zapletalová, 88, whose "
        "grandfather, Alois Kroupa, was the last miller.\n\nZapletalová was four years old when the "
        "mill stopped. He said he remembered the smell of the flour and being smacked by his "
        "grandfather for climbing the ladder."
    )
    assert fixed(text) == text.replace("He said he", "She said she").replace("by his", "by her")


def test_a_quoted_pronouns_doubt_goes_on_down_the_chain():
    # the first "He" of the quote could be Zarina or Ruedi; the "he"s after it are no surer
    text = (
        "Zarina Mamadnazarova has guided treks in the Wakhan since 2015. Mahbuba Alidodova, 41, joined "
        "the programme in 2022 and learned from Zarina and Ruedi Ammann.\n\n"
        "\"He is younger than me and he tells me off,\" Alidodova said. \"Usually he is right.\""
    )
    doc, first = _attribution_of(text, "He")
    assert first.rivals and first.confidence < 0.65
    people = doc.entities.people
    for nth in (0, 1):
        _, later = _attribution_of(text, "he", nth)
        assert later.entity == first.entity and [people[e].name for e in later.rivals] == ["Zarina Mamadnazarova"]
        assert later.confidence < 0.85


def _attribution_of(text, word, nth=0):
    from repair.analysis import attribution as A
    from repair.document import Document

    doc = Document(text)
    verdicts = [p.verdict() for p in doc.entities.people]
    pronouns = [t for t in doc.tokens if t.text in PRONOUN_FORMS]
    found = [a for a in A.Attributor(doc, doc.entities, verdicts).run(pronouns) if a.token.text == word]
    return doc, found[nth]


def test_a_possessive_opening_a_subordinate_clause_is_the_main_subjects():
    # "… until his voice gave out": the one who keeps reading, not the mayor named before
    doc, his = _attribution_of(
        "The mayor, Teodocio Huanca, visited Remedios Ticona at the station on Monday. "
        "Ticona said he would keep reading the news until his voice gave out.",
        "his",
    )
    assert his.kind == "subordinate" and doc.entities.people[his.entity].name == "Remedios Ticona"


def test_a_possessive_opening_a_subordinate_clause_has_the_object_before_it_as_rival():
    # "chose Mikko Lehtonen because his chair …": Lehtonen's chair as likely as Dahl's
    doc, his = _attribution_of("Kristin Dahl chose Mikko Lehtonen because his chair solved a real problem.", "his")
    names = [doc.entities.people[e].name for e in [his.entity, *his.rivals]]
    assert "Mikko Lehtonen" in names


@pytest.mark.parametrize(
    "opening, reading, as_fixed, to_review, read_through_a_name",
    [
        # an object: "him" is whoever "he" was not, and the two readings may swap
        (
            "Celestina Tomás has woven bags for forty years. He sells them in Salta. The officer, Gustavo Medina, visited the village in May, ",
            "and he asked him how long the work took.",
            "and he asked him how long the work took.",
            "and he asked her how long the work took.",
            ("and Medina asked him how long the work took.", "and Medina asked her how long the work took."),
        ),
        # a subordinate clause's subject bound to its sentence's subject "He"
        (
            "Anna Berg runs the bakery in Bergen. He opened it in 2010. ",
            "He closed it for a month because he was ill.",
            "She closed it for a month because he was ill.",
            "She closed it for a month because she was ill.",
            ("Berg closed it for a month because he was ill.", "Berg closed it for a month because she was ill."),
        ),
    ],
)
def test_where_every_woman_is_he_a_pronoun_read_through_another_pronoun_is_a_fix_to_review(opening, reading, as_fixed, to_review, read_through_a_name):
    assert fixed(opening + reading).endswith(as_fixed)
    assert fixed(opening + reading, unsafe=True).endswith(to_review)
    named, named_fixed = read_through_a_name
    assert fixed(opening + named).endswith(named_fixed)  # read through a name: fixed as before


def test_where_every_woman_is_he_a_quoted_he_read_against_a_doubtful_speaker_is_a_fix_to_review():
    # "he said" may be either of the two; the quote's "He" is whichever it is not, so no surer
    text = (
        "Chiara Bertolini makes cellos in Cremona. He has made instruments for 23 years.\n\n"
        "His father, Giuseppe Bertolini, was a carpenter. He did not want him to go into the trade.\n\n"
        '"He said a workshop is cold in winter," he said.'
    )
    quoted = [f for f in findings(text) if f.start == text.index('"He said') + 1]
    assert quoted and quoted[0].fix.applicability == Applicability.UNSAFE
    assert fixed(text).endswith('"He said a workshop is cold in winter," he said.')


def test_where_every_woman_is_he_anyone_named_since_the_subject_rivals_a_subordinate_clauses_he():
    text = "Anna Berg runs the bakery. He opened it in 2010. Anna Berg thanked Omar Haddad because he had stayed late."
    doc, he = _attribution_of(text, "he")
    assert doc.entities.people[he.entity].name == "Anna Berg" and "Omar Haddad" in [doc.entities.people[e].name for e in he.rivals]
    assert fixed(text).endswith("because he had stayed late.")
    # where women are "she", the written "he" tells them apart: no rival, as before
    doc, he = _attribution_of(text.replace("He opened", "She opened"), "he")
    assert not he.rivals


def test_inside_a_quote_an_object_pronoun_is_not_whoever_its_subject_pronoun_was_read_as():
    # every woman is "he": "He never once stopped him" has two people in it, so "him" is not
    # the mother the subject "He" was read as, but the father; and no surer than that reading
    text = (
        "Rosa Bardury learned the drum in secret. His father, Hégésippe Bardury, refused to teach him.\n\n"
        '"My father said the drum was for men," Bardury said. "I listened at every dance he played.\n\n'
        '"My mother knew. He never once {} him. He kept watch at the window."'
    )
    for verb in ("stopped", "warned"):  # (a speech verb right before the pronoun takes it as object)
        doc, him = _attribution_of(text.format(verb), "him", nth=1)
        assert doc.entities.people[him.entity].name == "Hégésippe Bardury", verb
        assert f"never once {verb} him." in fixed(text.format(verb))


def test_an_unnamed_person_of_a_role_noun_competes_for_the_next_subject():
    # "the landlord" is someone a later "He" may mean: the continuity to Mrs Okafor is no longer sure
    text = "Mrs Okafor refused to leave the flat until the landlord returned his deposit. He paid it in the end."
    doc, he = _attribution_of(text, "He")
    assert "the landlord" in [doc.entities.people[e].name for e in [he.entity, *he.rivals]]
    assert fixed(text).endswith("He paid it in the end.")


def test_after_his_death_is_not_the_main_subjects():
    # "Hanitra stopped performing after his death": whoever lived on is not the one who died
    doc, his = _attribution_of("Njaka Rakotomalala died in 2011. Hanitra Ravelojaona stopped performing after his death.", "his")
    assert his.kind != "subordinate"
    # after "and" the clause's subject is still to come, and the one before may be who died
    text = "Zarghuna Achakzai, 56, was widowed in 2009. His husband, Abdul Wali, had planted the trees, and after his death he refused to sell."
    doc, his = _attribution_of(text, "his")
    assert "Abdul Wali" in [doc.entities.people[e].name for e in [his.entity, *his.rivals]]


def test_an_owner_in_a_clause_under_a_doubtful_subject_pronoun_is_only_suggested():
    # "He announced his retirement … and named his niece as his successor": the "He" (the uncle)
    # is read with doubt, so the owner in the clause hanging from it, which follows that reading,
    # is a fix to review, not a safe one (here it is wrong: the successor is the uncle's)
    text = (
        "ØRNES, Norway — Ingvild Berge, 29, has taken over the harbour's old ferry, and on Monday he made his first crossing as its captain.\n\n"
        "Berge took over the ferry in March from his uncle, Arne Berge, who had run it for thirty years. He announced his retirement at "
        "Christmas and, by all accounts, named his niece as his successor before anyone could object."
    )
    assert fixed(text).endswith("named his niece as his successor before anyone could object.")
    assert "from her uncle" in fixed(text)
    assert "as her successor" in fixed(text, unsafe=True)  # still offered for review


def test_after_his_death_under_a_subject_pronoun_is_no_surer_than_that_pronoun():
    # "He trained with him … after his death": who died is whoever the subject "He" is not, and
    # here that "He" was read as the teacher, wrongly; "his death" is the teacher's, so the
    # apprentice's "her death" is a suggestion only, never a safe fix
    text = (
        "Tomasz Wielgus (1928–2011) was a Polish luthier. Born in Kraków, he learned the trade from his uncle and later from the violin maker "
        "Jan Sroka, who let him varnish nothing for two years. Sroka's workshop passed to Wielgus when he retired in 1960.\n\n"
        "Wielgus built more than four hundred instruments, and he designed a cello used by the national orchestra. He married Halina Nowak, "
        "a pianist, in 1955; his wife tested every violin he finished.\n\n"
        "His ablest apprentice was Ewa Zając, the first woman admitted to the workshop. He trained with him from 1982 and ran the workshop "
        "after his death; the luthier has since trained thirty makers. Zając has said that his teacher never corrected his work in front of others."
    )
    assert "Zając has said that her teacher" in fixed(text)
    assert "after his death" in fixed(text)


@pytest.mark.parametrize("opening", ["After his death he", "After his death, Sokolova"])
def test_a_death_that_opens_the_sentence_is_not_its_subjects(opening):
    # "Nina … was his collaborator. After his death she edited his notebooks": who goes on (the
    # subject before, or the one named after the phrase) is not the one who died, in a text where
    # every woman is "he"
    text = (
        "Lev Dobrynin was a chess trainer. His wife, Nina Sokolova, was a champion of Leningrad and later his "
        f"collaborator. {opening} edited his notebooks for publication."
    )
    doc, his = _attribution_of(text, "his", nth=1)
    assert doc.entities.people[his.entity].name == "Lev Dobrynin"


def test_a_countrys_statistic_for_a_man_says_nothing_where_she_has_no_named_woman():
    from repair.document import Document
    from repair.passes.pronouns import _unplace_men_where_she_has_no_woman

    def verdicts(text):
        doc = Document(text)
        people = doc.entities.people
        found = [p.verdict() for p in people]
        _unplace_men_where_she_has_no_woman([t for t in doc.tokens if t.text in PRONOUN_FORMS], found, people)
        return {p.name: v[0] for p, v in zip(people, found)}

    robin = "Robin van der Meulen is a Dutch illustrator. She studied in Arnhem. She married in 2001, and she writes her own texts."
    assert verdicts(robin)["Robin van der Meulen"] is None  # "Robin": a man's name in the Netherlands
    # a named woman for the "she"s, or too few of them, leaves the statistic as it is
    assert verdicts(robin.replace("She married", "Anna Smit, his editor, says she married"))["Robin van der Meulen"] == "male"
    assert verdicts("Robin van der Meulen is a Dutch illustrator. She studied in Arnhem.")["Robin van der Meulen"] == "male"


def test_a_given_name_of_the_other_gender_where_the_text_is_set():
    # "Farah" is a woman's name to both name sources (Arabic usage) and a man's in Somalia
    somali = "GAROWE, Somalia — Farah Ismail has tapped frankincense trees for forty years. He said the price had doubled."
    assert findings(somali) == []
    elsewhere = "AMMAN, Jordan — Farah Ismail has taught chemistry for forty years. He said the price of books had doubled."
    assert [f.text for f in findings(elsewhere)] == ["He"]
    # "Hennie", a woman's name to the sources (English bearers), a man's among Afrikaners; a
    # two-word demonym ("South African") places the text as a city does
    karoo = "Hennie Botha trained boxers in Soweto for thirty years. He said the gym in Soweto was his second home."
    assert findings(karoo) == []
    assert findings(karoo.replace("in Soweto", "in Durban", 1).replace("in Soweto", "as a South African")) == []
    assert [f.text for f in findings(karoo.replace("Soweto", "Leeds"))] == ["He", "his"]


def test_a_nationality_before_a_name_is_no_given_name():
    # gender-guesser knows "Argentine" as a woman's name; here it is Martín's nationality
    text = "Her rival, the Argentine Martín Echeverría, reached his fourteenth summit six weeks later."
    people = Document(text).entities.people
    assert [(p.name, p.verdict()[0]) for p in people] == [("Martín Echeverría", "male")]


def test_a_subordinate_he_after_the_subjects_own_she_is_someone_else():
    text = (
        "Lise Confait studies octopus on Praslin. Confait said she had wanted to put Gervais Bonnelame's name "
        "on the paper, but he refused. He told her that the notebooks were his."
    )
    assert findings(text) == []
    doc, he = _attribution_of(text, "he")
    assert doc.entities.people[he.entity].name != "Lise Confait"


def test_a_he_said_after_a_woman_whose_pronouns_are_right_everywhere_is_a_man_speaking():
    text = (
        "Mitsue Tokashiki builds sabani boats. She learned from her father-in-law, and she now teaches two apprentices, "
        "a retired postman, Shinsuke Taira, and a student, Nanami Gushiken.\n\n"
        "Tokashiki handed Taira a plane on his first day.\n\n"
        "“She didn't say a word,” he said. “That's how she teaches us.”"
    )
    assert findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a name used once after "stopped", a verb that takes a person: "her passport" is Gulnara's
        "The policeman stopped Gulnara at the border and asked for her passport.",
        # "his son, also named Alois" is the director's son, not hers
        "Theresia Ospelt ran the guesthouse alone for twenty years. Her son, Markus Ospelt, lives in Vaduz.\n\n"
        "She took over the parish choir in 1966, when its director, Alois Wohlwend, fell ill. His son, also named Alois, played the organ beside her.",
        # a pair just named, shared out by "he" and "she"
        "Merlina Kuhen steers the canoe. Ezekiel Tapuk, the village captain, chose her.\n\n"
        "Kuhen and Tapuk still disagree about who made the final decision. He says the elders did; she says it was him.",
        # … where the man's given name is a woman's to gender-guesser ("Isa", a man's in the Caucasus)
        "Kheda Tsechoyeva restores the towers. Isa Malsagov, the engineer, works with her.\n\n"
        "Tsechoyeva and Malsagov disagree about the roofs. He wants new slabs; she wants to keep the old stones.",
        # a woman just met, named by the statistics alone, is the "She" after
        "Dalton Furbert, a fast bowler, died on Friday. He was 76.\n\n"
        "Furbert met Lovette Simmons at a church dance in 1971. She said he asked her to dance four times and she refused three.",
    ],
    ids=["stopped", "also-named", "pair", "pair-unclear-name", "just-met"],
)
def test_clean_text_with_a_woman_and_a_man_is_left_alone(text):
    assert findings(text) == []


def test_a_pronoun_in_a_who_clause_about_an_unnamed_person_is_theirs():
    text = "Lena found that his keys were at home. He called his neighbour, who drove them over in his dressing gown."
    out = fixed(text)
    assert out.startswith("Lena found that her keys were at home. She called her neighbour,")
    assert out.endswith("who drove them over in his dressing gown.")
    # a "who" clause after a noun in apposition to her name describes her
    text = "Voirrey Kinvig, a fell runner, who kept sheep until he was 79, has died. He was the only daughter of a blacksmith."
    assert "until she was 79" in fixed(text)


def test_a_quote_goes_on_with_whom_its_speaker_told_of_just_before():
    text = (
        "Chikondi Mwale, a gospel singer, died on Monday in Zomba. He was 71. His husband, Peter Banda, managed his tours for thirty years.\n\n"
        "Their daughter Tiwonge, a nurse in Lilongwe, said his mother had kept singing with the village choir until last year.\n\n"
        "“He would come back from a big concert in town, and on Sunday he was in the third row with everyone else,” Tiwonge said."
    )
    quoted = [f for f in findings(text) if f.start > text.index("“")]
    assert [text[f.start : f.end] for f in quoted] == ["He", "he"]
    assert all(f.applicability is Applicability.SAFE and "what its speaker said of his mother" in f.explanation for f in quoted)
    # not where someone else is named after the one told of: the quote may be about them
    text = text.replace("until last year.", "with his brother, Kondwani, until last year.")
    assert not any("what its speaker said of" in f.explanation for f in findings(text))
    # the teller may be a pronoun read as someone else (in a damaged text, often the speaker's own
    # "he"): the quote still goes on with the one told of
    text = (
        "Carmen Zammit, a potter, died on Sunday. He was 88. He taught at the kiln in Ta' Qali for forty years.\n\n"
        "His last student, Maria Farrugia, bought the kiln from Paul Borg in 2019. Borg had fired it since 1990. "
        "He said Zammit still came out to the yard every morning.\n\n"
        "“He would pick up a cup, weigh it in his hand and put it down,” Farrugia said."
    )
    assert fixed(text).endswith("“She would pick up a cup, weigh it in her hand and put it down,” Farrugia said.")


def test_a_sentence_with_no_person_for_subject_hands_on_to_the_one_it_introduces():
    text = (
        "Chinedu Nwosu was not in court. His lawyer, Tunde Bakare, said he would appeal.\n\n"
        "The families were represented by Funmilayo Okonkwo, a lawyer who grew up two streets from the settlement. "
        "He said he had spent eight months collecting receipts. Okonkwo has lived in the same street all his life."
    )
    out = fixed(text)
    assert "She said she had spent eight months collecting receipts." in out
    assert "said he would appeal" in out
    # not where the sentence names someone else too: either may go on
    text = text.replace("from the settlement.", "from the settlement, and by Emeka Obi.")
    assert "He said he had spent eight months collecting receipts." in fixed(text)


def test_an_object_of_a_relatives_deed_is_likelier_the_one_whose_relative_they_are():
    # "His mother, Ablavi, gave him …": not the mother (binding), and of the rest, the one whose
    # mother she is before the man named last
    text = (
        "Akossiwa Mensah left school at twelve to help his mother sell smoked fish on the road to Lomé. "
        "Kodjo Amegavi, a fisherman, bought from them every week. Amegavi paid in coins. "
        "His mother, Ablavi, gave him a single bolt of printed cloth as a wedding present."
    )
    assert referent_of(text, "him") == "Akossiwa Mensah"


def test_a_pronoun_in_an_opening_clause_goes_before_the_subject_named_after_it():
    text = "When he arrived at the bakery at five, Lena found that his keys were still at home. He called a taxi."
    assert fixed(text) == "When she arrived at the bakery at five, Lena found that her keys were still at home. She called a taxi."
    assert referent_of("Before his first race, Diego checked the tyres.", "his") == "Diego"
    # only where no one was named before it: then the one named before is as likely
    text = "Pedro Alves waited outside. When he arrived at the bakery at five, Lena found that the keys were still at home."
    assert referent_of(text, "he") == "Pedro Alves"


def test_a_relative_of_someone_named_in_full_is_the_subject_their_phrase_opens():
    # "Josefa Santana's husband, Raimundo, sat …": the husband is the subject, as after "Devi's",
    # so the next sentence's "He" goes on with him, not with her
    text = (
        "Josefa Santana, 58, chairs the cooperative. She said the contract would pay for a second drying shed.\n\n"
        "Josefa Santana's husband, Raimundo, sat in the front row. He has not been able to work since a stroke."
    )
    assert referent_of(text, "He") == "Santana's husband"
    assert not findings(text)


def test_a_possessive_before_a_relative_in_the_predicate_is_not_the_subjects():
    # "Bonaria Cadoni is his younger sister": no one is their own sister
    text = (
        "Gavino Cadoni was a shepherd until 2009, when he joined the bakery. He said he still misses the sheep.\n\n"
        "Bonaria Cadoni is his younger sister. She joined the business in 2012."
    )
    assert referent_of(text, "his") == "Gavino Cadoni"
    assert not findings(text)
    # not past a verb that is no copula: "X visited his sister" is hers in a damaged text
    assert referent_of("Bonaria Cadoni visited his younger sister. He said it rained.", "his") == "Bonaria Cadoni"


@pytest.mark.parametrize("sentence", ["Aksoy remained his editor until 1958.", "Aksoy was eleven years his senior.", "Aksoy became his first teacher."])
def test_a_possessive_owning_a_role_in_the_predicate_is_not_the_subjects(sentence):
    # no one is their own editor, teacher or senior, so the owner is someone other than the subject
    text = "Selim Karaca grew up in Izmir, where Nezihe Aksoy taught literature. " + sentence
    assert referent_of(text, "his") == "Selim Karaca"


@pytest.mark.parametrize("sentence", ["Aksoy was one of his first customers.", "Aksoy is among his oldest friends."])
def test_a_possessive_after_one_of_in_the_predicate_is_not_the_subjects(sentence):
    # no one is one of their own customers: the owner is someone other than the subject
    text = "Selim Karaca opened a workshop in Izmir in 2012, where Yusuf Aksoy lived. " + sentence
    assert referent_of(text, "his") == "Selim Karaca"
    assert referent_of("Selim Karaca opened a workshop in Izmir in 2012, where Yusuf Aksoy lived. Aksoy sold one of his first cars.", "his") == "Yusuf Aksoy"


@pytest.mark.parametrize("sentence", ["Aksoy was one of his own fiercest critics.", "After the war Aksoy was among his family again.", "Aksoy was one of his generation's best poets."])
def test_a_possessive_after_one_of_that_owns_no_people_may_be_the_subjects(sentence):
    text = "Selim Karaca opened a workshop in Izmir in 2012, where Yusuf Aksoy lived. " + sentence
    assert referent_of(text, "his") == "Yusuf Aksoy"


@pytest.mark.parametrize("sentence", ["Aksoy was his own editor.", "Aksoy was his usual self.", "Aksoy was his father's pupil."])
def test_a_possessive_in_the_predicate_that_owns_no_role_may_be_the_subjects(sentence):
    text = "Selim Karaca grew up in Izmir, where Yusuf Aksoy taught literature. " + sentence
    assert referent_of(text, "his") == "Yusuf Aksoy"


def test_the_subject_of_a_closed_whom_clause_is_not_the_main_clauses():
    # "Zeinab Rifaat, a schoolteacher whom Nasr married in 1935, accompanied him": Zeinab
    # accompanied, so "him" is Nasr, even where every woman is "he"
    text = (
        "Youssef Nasr was an Egyptian archaeologist. Zeinab Rifaat, a schoolteacher whom Nasr married in 1935, "
        "accompanied him on every dig, and he kept the accounts."
    )
    assert referent_of(text, "him") == "Youssef Nasr"
    # a name in close apposition to the subject, before a "whom" clause, is the subject
    text = "Lev Dobrynin trained players. Their student Irina Pavlenko, whom Dobrynin trained from childhood, became a grandmaster herself."
    assert referent_of(text, "herself") == "Irina Pavlenko"


def test_a_name_mostly_a_womans_with_a_he_nothing_else_can_mean_is_fixed_safely():
    # gender-guesser: "Noor" mostly female. No one else is near, and nothing says "she" nearby
    assert fixed("Noor Haddad runs the bakery on Mill Road. He opens it at five every morning.") == (
        "Noor Haddad runs the bakery on Mill Road. She opens it at five every morning."
    )
    # with a man beside her, the "he" may be his: no safe fix
    text = "Noor Haddad runs the bakery on Mill Road with Omar Saleh. He opens it at five every morning."
    assert fixed(text) == text


def test_someone_a_quote_names_before_its_pronoun_rivals_the_one_the_quote_is_said_of():
    text = '"She has been my best friend since we were six," Olga said of the bride. "I only hope her husband knows how lucky he is."'
    assert fixed(text) == text
    people, _, attributions = attributed(text)
    he = next(a for a in attributions if a.token.text == "he")
    assert people[he.entity].name != "the bride" or he.rivals


def test_a_clause_inside_a_who_clause_is_about_its_subject():
    text = "Markéta Novotná won the match. He dedicated the victory to his coach, Pavel, who had flown in even though he was ill."
    people, _, attributions = attributed(text)
    he = attributions[-1]
    assert he.token.start == text.index("he was") and people[he.entity].name == "Pavel"
    assert fixed(text).endswith("even though he was ill.")


def test_a_speaker_whose_name_no_source_knows_who_speaks_of_my_husband_is_read_as_a_woman():
    text = 'Sulastri, 47, found the bloom. "My husband said it was a rafflesia," Sulastri said. "He laughed."'
    people, attributor, _ = attributed(text)
    speaker = next(p.id for p in people if p.name == "Sulastri")
    assert attributor.relation_gender.get(speaker, (None,))[0] == "female"
    # "my wife": a man
    people, attributor, _ = attributed(text.replace("My husband", "My wife"))
    assert attributor.relation_gender.get(speaker, (None,))[0] == "male"


def test_an_and_clause_after_both_parents_is_about_the_one_whose_parents_they_are():
    text = ("Aigerim Sadykova grew up on a sheep farm. Her father was a shepherd and her mother taught "
            "mathematics at the village school, and she said both of them shaped the way she works.")
    people, _, attributions = attributed(text)
    she = next(a for a in attributions if a.token.text == "she")
    assert people[she.entity].name == "Aigerim Sadykova" and "parents" in she.reason


@pytest.mark.parametrize("joined", [", and", ", but", ";"])
def test_a_first_name_that_opens_a_joined_clause_is_a_person(joined):
    # "…, and Tariq kept her letters. He …": the name is the second clause's subject, and the
    # "He" after it goes on with him, not with the grandmother who opened the sentence
    text = f"His grandmother wrote to him every week while he was in the army{joined} Tariq kept all of her letters. He still reads them."
    assert any(p.name == "Tariq" for p in attributed(text)[0])
    assert fixed(text) == text
    # (where the same word is no clause's subject, it names no one: "… for Tariq." is a place here)
    assert not any(p.name == "Tariq" for p in attributed("His grandmother wrote every week from Tariq. He still reads the letters.")[0])


@pytest.mark.parametrize(
    "phrase, bound",
    [("at his invitation", False), ("on his advice", False), ("at his own expense", True), ("with his students", True)],
)
def test_a_possessive_before_a_noun_of_anothers_will_is_not_bound_to_the_subject(phrase, bound):
    text = f"Isobel Ferrie taught in London. Ferrie later visited Nigeria {phrase}."
    people, a = attribution_of(text, "his", 0)
    assert (a.kind == "binding" and people[a.entity].name == "Isobel Ferrie") == bound


def test_a_his_bound_to_a_woman_whose_sentence_goes_on_with_she_is_in_doubt():
    text = (
        "Dominique Tremblay (1945–2018) was a historian. He studied under Marcelle Gagnon, a specialist in law. "
        "Gagnon directed his doctoral thesis and, when she fell ill in 1975, asked Tremblay to teach her seminar."
    )
    assert fixed(text) == text
    people, a = attribution_of(text, "his", 0)
    assert people[a.entity].name == "Marcelle Gagnon" and a.confidence <= 0.5
    # without the "she" the binding stands
    people, a = attribution_of(text.replace("when she fell ill", "when Tremblay fell ill"), "his", 0)
    assert people[a.entity].name == "Marcelle Gagnon" and a.confidence > 0.5


def test_a_paragraph_opening_that_goes_back_to_the_storys_person_keeps_its_certainty():
    # the subject before ("he had never achieved") was read with doubt, but the paragraph goes
    # back to the person the text is about, which owes nothing to that doubt
    damaged = (
        "Abena Owusu (born 1956) is a Ghanaian politician. Trained as a nurse, he worked for a decade before entering politics "
        "as an aide to Kwabena Asante. Asante made him her campaign manager in 1996, and when he retired in 2004 he won her "
        "seat with a majority that he had never achieved herself.\n\nAs minister he introduced free maternity care."
    )
    # (the reading that lets no written "he" choose between people: this text writes women "he")
    people, _, attributions = attributed(damaged, he_says_nothing=True)
    a = next(a for a in attributions if a.token.start == damaged.index("he introduced"))
    assert people[a.entity].name == "Abena Owusu" and a.confidence > 0.5
    assert fixed(damaged).endswith("As minister she introduced free maternity care.")


def test_a_quote_goes_on_with_whom_its_speaker_told_of_though_a_pronoun_follows_in_that_sentence():
    # "… said his mother read the thermometers for most of his working life. ¶ “He went out …”":
    # the "his" after the told subject is no one named, so the quote still goes on with her
    text = (
        "Valentina Korneyeva kept the weather station for forty years. She married a mechanic, Gennady Korneyev.\n\n"
        "Their daughter, Irina Shapovalova, said {p} mother read the thermometers every three hours for most of {p} working life.\n\n"
        "“{P} went out at midnight and came back,” Shapovalova said."
    )
    damaged = text.format(p="his", P="He")
    people, a = attribution_of(damaged, "He", 0)
    assert people[a.entity].name in ("his mother", "Valentina Korneyeva") and "said of {name} just before" in a.reason
    # someone named after the told subject may be whom the quote is about: no such reading
    people, a = attribution_of(damaged.replace("working life", "working life with Gennady"), "He", 0)
    assert "said of {name} just before" not in a.reason


@pytest.mark.parametrize("opener", ["When", "Because", "After", "But"])
def test_a_name_no_source_knows_after_a_capitalised_clause_opener_is_found(opener):
    # "When Chidi Okafor, a nurse, …": the opener is no part of the name, and the name is found as
    # it would be at the head of the sentence
    text = f"{opener} Tsetseg Ganbold, a herder, opened the shop, her neighbours laughed."
    people = attributed(text)[0]
    assert [p.name for p in people] == ["Tsetseg Ganbold"]


def test_a_place_opened_by_rio_is_no_person():
    text = "Valdir Schmitt, 61, said his parents arrived from Rio Grande do Sul in 1978. He grew up milking cows."
    assert [p.name for p in attributed(text)[0]] == ["Valdir Schmitt"]


def test_a_given_name_only_the_name_statistics_know_opens_a_name():
    # "Cleonice": almost always a woman's in nomquamgender's statistics, unknown to gender-guesser
    text = "When Cleonice Schmitt dug her first fish pond in 2009, her neighbours laughed."
    people = attributed(text)[0]
    assert [(p.name, p.verdict()[0]) for p in people] == [("Cleonice Schmitt", "female")]
    # but not after a preposition of place, where the same kind of word opens a place
    text = "Rodney Biggs, who farms at Fox Bay, was one of her pupils. He lives south of Fitzroy Crossing."
    assert [p.name for p in attributed(text)[0]] == ["Rodney Biggs"]


def test_a_shared_second_family_name_alone_is_the_one_whose_only_family_name_it_is_where_the_other_goes_by_her_first():
    # Spanish usage: "Yolanda Huamaní Ccori" goes by "Huamaní", so "Ccori" alone is her uncle's
    text = (
        "AREQUIPA, Peru — Yolanda Huamaní Ccori is one of the few women who cut the stone. Huamaní, 38, learned the trade "
        "from her uncle, Teodoro Ccori, who has worked the quarry for fifty years.\n\n"
        "“He would tap a block with his knuckle,” Huamaní said.\n\n"
        "Ccori is less sentimental. He said his niece had been the most stubborn apprentice he ever had."
    )
    assert fixed(text) == text
    people = attributed(text)[0]
    uncle = next(p for p in people if p.name == "Teodoro Ccori")
    assert text.index("Ccori is less") in [m.start for m in uncle.mentions]
    # (where the text never calls her by the first family name alone, the shared one stays hers
    # as the first named: it may be a given name)
    plain = text.replace("Huamaní, 38,", "She").replace("Huamaní said", "she said")
    uncle = next(p for p in attributed(plain)[0] if p.name == "Teodoro Ccori")
    assert plain.index("Ccori is less") not in [m.start for m in uncle.mentions]


def test_someones_person_of_a_gendered_noun_is_a_person_the_next_pronoun_may_mean():
    # "his landlady" is no relative, but a woman all the same: the "She" may go on with her, so it
    # is not his stray "she"
    text = "Before he signed the lease, Mr Björnsson asked his landlady whether the heating worked. She promised him that it did."
    assert fixed(text) == text
    people, a = attribution_of(text, "She", 0)
    assert "landlady" in [people[e].noun for e in [a.entity, *a.rivals]]
    # (a gloss after a word of another language is not: "call her mwenyekiti, chairwoman")
    assert not any(p.noun == "chairwoman" for p in attributed("The women call his mwenyekiti, chairwoman. He laughs.")[0])


def test_someone_named_between_the_subject_and_a_subordinate_clause_may_be_its_subject():
    # "… married to the surgeon David Mwangi, whom she met when he was a medical student": the
    # "when" clause's "he" may be his as well as hers, so hers is no safe fix (the "whom he met"
    # is hers: he is its object)
    damaged = (
        "Wanjiru Kamau is a Kenyan epidemiologist. He studied in Nairobi. "
        "Kamau is married to the surgeon David Mwangi, whom he met when he was a medical student."
    )
    assert fixed(damaged).endswith("whom she met when he was a medical student.")
    people, a = attribution_of(damaged, "he", 1)
    assert people[a.entity].name == "Wanjiru Kamau" and [people[e].name for e in a.rivals] == ["David Mwangi"]


def test_where_women_are_all_he_the_man_a_story_is_about_stays_a_candidate_however_far_back():
    # an erased text (no "she" anywhere): the "he" of "Raposo said he was uneasy" may be the
    # harpooner the obituary is about, named paragraphs before, so it is no safe fix of hers
    text = (
        "Jacinto Bettencourt, one of the last men to hunt whales from open boats off Pico, has died. He was 84.\n\n"
        "He went to sea at fifteen with his uncle. When the hunt ended in 1987, Bettencourt worked as a mechanic.\n\n"
        "Six years later a young marine biologist, Conceição Raposo, asked him to help him find whales for a survey. "
        "He was the only former harpooner who agreed. The survey ran for three summers and mapped the sperm whales' routes.\n\n"
        "\"He knew where they would be by looking at the water,\" said Raposo. \"I had the sonar. He had eyes.\"\n\n"
        "Raposo said he was uneasy at first about taking money to show people the animals he once killed."
    )
    assert fixed(text).endswith("Raposo said he was uneasy at first about taking money to show people the animals he once killed.")


def test_a_quoted_object_pronoun_is_not_its_own_clauses_subject():
    # “My mother never once told him not to go”: whoever "him" is, not the mother (binding
    # theory, inside a quote as outside one)
    text = (
        "Jacinto Bettencourt hunted whales off Pico for thirty years. His wife, Ermelinda, kept a lamp lit in the window.\n\n"
        "“My mother never once told him not to go,” his daughter Filomena said."
    )
    people, a = attribution_of(text, "him", 0)
    assert a.entity is None or people[a.entity].noun != "mother"


def test_one_named_since_the_subject_may_be_the_subject_of_an_and_clause():
    # "Kadhim thanked the driver, Ali Hassan, and he smiled": in a text that writes her "he",
    # the "and he" may be the driver's as well as hers, so no safe fix
    damaged = "Zahraa Kadhim is a reporter in Basra. He covered the floods last year. Kadhim thanked the driver, Ali Hassan, and he smiled."
    assert fixed(damaged).endswith("Kadhim thanked the driver, Ali Hassan, and he smiled.")
    # with no one named in between, the "and" clause goes on with her
    assert fixed(damaged.replace("the driver, Ali Hassan,", "the crowd")).endswith("and she smiled.")


def test_marrying_a_woman_surely_so_named_makes_a_mostly_womans_name_doubtful():
    # "Evelyn" is female to gender-guesser but only mostly so in nomquamgender's counts; married
    # to "Nora", a woman's name by every source, the marriage is the better witness: his
    # pronouns stay. Where the text tells of no marriage, the name alone still decides.
    married = (
        "Evelyn Hartigan (1901–1970) was an Irish composer. In 1931 Hartigan married the soprano Nora "
        "Keane, who sang in every one of his operas. He taught at the Royal Academy in Dublin until "
        "1965, and his pupils included the pianist Maura Lynch."
    )
    assert fixed(married) == married
    unmarried = married.replace("married the soprano Nora Keane, who sang", "moved to Cork, where the soprano Nora Keane sang")
    assert fixed(unmarried) == unmarried.replace("his operas. He", "her operas. She").replace("his pupils", "her pupils")


def test_after_his_death_opening_a_paragraph_the_subject_is_the_protagonist_and_the_dead_another():
    # where every woman is "he", a paragraph opening "After his death in 1970 he taught" goes back
    # to the woman the story is about, so the death is someone else's (her husband's); the time
    # phrase between does not hide the subject
    text = (
        "Marta Quintela (1915–1992) was a Portuguese ceramicist. He trained in Porto, where his teachers "
        "praised his steady hand.\n\nIn 1940 Quintela married the engineer Rui Sardinha, who built a kiln "
        "for him in the garden of their house.\n\nAfter his death in 1970 he taught at the School of Fine "
        "Arts in Lisbon.\n"
    )
    out = fixed(text)
    assert "She trained in Porto" in out
    assert "After his death in 1970 she taught" in out


def test_a_subject_pronoun_is_not_someone_its_own_clause_names():
    # continuity alone would take the midwife, the subject before; but "He grew up with Gbah"
    # cannot be Gbah. A name past a comma is another clause's and may be the pronoun's.
    people, _, atts = attributed("Comfort Gbah, a midwife, bought the motorbike for Samuel Blamo in 2010. He grew up with Gbah in the village.", he_says_nothing=True)
    assert people[atts[0].entity].name == "Samuel Blamo"
    people, _, atts = attributed("Comfort Gbah, a midwife, bought the motorbike for Samuel Blamo in 2010. He grew up in the village, Gbah said.", he_says_nothing=True)
    assert people[atts[0].entity].name == "Comfort Gbah"


def test_a_relative_clauses_subject_is_not_the_one_the_next_sentence_goes_on_with():
    # "…, a rider whose mother, Korto Blamo, ran …": the mother is the subject of a clause about
    # the rider, not of the sentence, and the apposition's own noun is "rider", not "mother"
    text = "The motorbike belongs to Samuel Blamo, 34, a rider whose mother, Korto Blamo, ran the clinic until 2016. He grew up in the clinic's yard, he said."
    assert fixed(text) == text


def test_a_country_statistics_name_yields_to_a_marriage_told_with_is_married_to():
    # "Andrea": a woman's name in Argentina by its statistic; "was married to" the singer
    # Mercedes Lucero, a woman by every name source: the name's sex is doubtful, his pronouns stay
    text = (
        "Andrea Ruscitti (1921–1990) was an Argentine painter from Córdoba. He studied in Buenos Aires and exhibited his "
        "landscapes there from 1948.\n\nRuscitti was married to the singer Mercedes Lucero, who sat for his best-known portrait."
    )
    assert fixed(text) == text
    unmarried = text.replace("was married to", "painted")
    assert fixed(unmarried).startswith(text[:80].replace("He studied", "She studied"))


def test_women_alone_written_he_again_and_again_is_damage_fixed_safely():
    # only women named, no "she" anywhere, and two "he"s each read as one of them: the text
    # writes its women as men. One "he" alone may be a man it never names ("… because he had not
    # come home"): a suggestion. "Mr. and Mrs. Okafor" are two people, one of them a man.
    text = "Mrs Nakashima told Keiko Ito that he had seen a fox in the garden. Ito laughed at him."
    assert fixed(text) == "Mrs Nakashima told Keiko Ito that she had seen a fox in the garden. Ito laughed at her."
    once = "Anna Berg called the police because he had not come home."
    assert fixed(once) == once
    couple = "Mr. and Mrs. Okafor run a bakery in Enugu. He bakes the bread, and he serves the customers."
    assert fixed(couple) == couple


def test_the_one_who_announced_the_news_goes_on_telling_it():
    # "He said" right after "… was announced by her son, X." is the son's, not the dead woman's
    people, _, atts = attributed(
        "Amina Sambou, a midwife who delivered half the village, died on 3 May at her home. She was 81.\n\n"
        "Her death was announced by her son, Lansana Sambou, a pharmacist. He said she had been unwell since March.",
        he_says_nothing=True,
    )
    said = [a for a in atts if a.token.text == "He"][0]
    assert people[said.entity].name == "Lansana Sambou"


def test_a_man_a_quote_speaks_of_by_a_noun_alone_leaves_its_he_to_review():
    # "a man and his wife": the man the doctor was talking to, whom the text never names, owns
    # the wife; not Naomi, though her "he"s are damage elsewhere. No fix, not even for review
    # (a possessive joined to an unnamed person noun is theirs).
    text = (
        "Naomi Dhamarrandji has interpreted at the hospital for ten years, and he knows most of the families by name. "
        "Dr Peter Hale, who runs the ward, said he could not do his work without him.\n\n"
        '"Naomi once stopped me in the middle of a ward round," Hale said. "I was explaining a diagnosis to a man and his wife, '
        'and he told me, very politely, that I had just said the wrong thing."'
    )
    out = fixed(text)
    assert "and she knows most of the families" in out
    assert "to a man and his wife" in out
    assert "to a man and his wife" in fixed(text, unsafe=True)


def test_a_he_inside_a_quote_about_someone_the_quote_itself_named_is_theirs_whoever_speaks():
    # the quote's speaker is only implied (no "she said"), but the "he" has no rival and the
    # quote named its grandmother just before: where her pronouns are damage, it is fixed
    text = (
        "Grace Mwale runs the distillery his family founded in 1921, and he has just signed a loan to double its size. "
        "He says he was not afraid.\n\n"
        '"My grandmother kept this place open through the war with three men and a horse. If he could do that, I could manage a bank."'
    )
    assert "If she could do that" in fixed(text)


def test_the_one_whose_death_opens_the_sentence_is_not_its_subject():
    # "When her husband died, he was back on the water": not the husband, outside a quote or in one
    for text in (
        "Valentina Sorokina and her husband, Pyotr, ran the ferry for thirty years. When her husband died, he was back on the water two days later.",
        'Valentina Sorokina has run the ferry since 1993. "When her husband died, he was back on the water two days later," said Gennady Lapin.',
    ):
        people, _, atts = attributed(text, he_says_nothing=True)
        he = [a for a in atts if a.token.text == "he"][0]
        assert people[he.entity].name == "Valentina Sorokina" and he.confidence > 0.9


def test_a_parent_a_quote_calls_mam_or_dad_is_a_person_its_pronouns_may_mean():
    # "Mam did the talking … Dad agreed with him": where every woman is "he", the "him" is Mam's
    # (the one other than Dad, the clause's subject); and the "He" after is Dad's as much as hers
    text = (
        "Ruth Ellery, who ran the village shop in Tenby for forty years, died on Monday. He was 88. "
        "His son, Owen Ellery, said his parents had shared the work. "
        '"Mam did the ordering and the talking," he said. "Dad stacked the shelves and agreed with him.\n\n'
        '"People laugh at that. They should not. He was proud of it."'
    )
    out = fixed(text)
    assert "She was 88" in out
    assert "He was proud of it" in out
    # (Mam, said by her son, is Ruth: the "him" is hers, as sure as the quote's speaker is Owen)
    assert "agreed with her." in fixed(text, unsafe=True)


def test_his_relative_in_a_sentence_about_a_couple_may_be_the_husbands():
    # "her mother" told before is hers; a man named since may have a mother too, and "They …
    # money borrowed from his mother" may mean his: a fix to review, not the rule's certainty
    text = (
        "Ruth Ellery, who ran the village shop in Tenby for forty years, died on Monday. He was 88. "
        "He took over the shop from his mother in 1950. He met Idris Ellery at a chapel dance in 1956. "
        "He was a postman with a motorbike. They married the next spring and rebuilt the shop with money borrowed from his mother."
    )
    out = fixed(text)
    assert "She took over the shop from her mother" in out
    assert out.endswith("money borrowed from his mother.")


def test_an_aside_read_through_a_contested_subject_is_a_fix_to_review():
    # "He has promised …, though not, he says, before …": the aside's speaker is the sentence's
    # subject, itself a "he" the son rivals: neither it nor what its clause binds is safe
    text = (
        "Nadia Okonjo has farmed cassava outside Ibadan since 1994. He said he now sells to three towns. "
        "His son, Tobi, 19, studies engineering in Lagos. His mother says he is the only one who can mend the grinder. "
        "He has promised to come home, though not, he says, before he has finished his degree."
    )
    out = fixed(text)
    assert "She said she now sells" in out
    assert "though not, he says, before he has finished his degree" in out
    assert "though not, she says," in fixed(text, unsafe=True)


def test_a_quote_after_a_sentence_whose_later_clause_tells_something_has_that_teller_as_a_rival_speaker():
    # "His nephew … wants a shop, and he has told him he is welcome": the "he said" after it may
    # be the nephew (the main subject) or the one who told him, so the quote's speaker is in
    # doubt, and so is whom its "He" means; nor is what that "He" thinks of itself surer
    text = (
        "Marisol Quintero has run the bakery in Chitré for thirty years. He says he has no plans to retire. "
        "His nephew, Tomás, wants to open a second shop in the capital, and he has told him he is welcome to try.\n\n"
        '"He thinks he will get rich," he said. "I told him he will get tired first."'
    )
    out = fixed(text)
    assert "She says she has no plans to retire" in out
    assert '"He thinks he will get rich," he said. "I told him he will get tired first."' in out
    # the one who told is a structural rival of the sentence's subject (as sure as two to one at
    # most), not only a candidate salience weighs
    text = text.split("\n\n")[0] + '\n\n"The capital is a long way to carry flour," he said.'
    people, _, atts = attributed(text, he_says_nothing=True)
    (said,) = [a for a in atts if a.token.start == text.index("he said")]
    assert said.kind == "report" and {people[said.entity].name, *(people[e].name for e in said.rivals)} == {"his nephew", "Marisol Quintero"}
    assert said.confidence < 0.7


def test_a_relative_bearing_ones_family_name_is_ones_own():
    # "His daughter, Rhian Pritchard-Evans": where every woman is "he", the daughter bearing
    # Pritchard's family name is Pritchard's, not that of Morgan, the man named just before
    text = (
        "Glenys Pritchard ran the boxing club in Merthyr for forty years, and he never once stepped into the ring. "
        "Dai Morgan, who won a Welsh title in 1991, now coaches there. His daughter, Rhian Pritchard-Evans, said he treated the club as a second home."
    )
    assert fixed(text).endswith("Her daughter, Rhian Pritchard-Evans, said she treated the club as a second home.")
    # not a spouse's: a wife may bear her mother's name ("His wife, Yuliana Muñoz, Rosa's daughter")
    text = (
        "The float is the work of Rosa Elvira Muñoz and her son-in-law, Jairo Erazo. Erazo builds the frames. "
        "His wife, Yuliana Muñoz, paints the feathers."
    )
    people, _, atts = attributed(text)
    (his,) = [a for a in atts if a.token.text == "His"]
    assert people[his.entity].name == "Jairo Erazo"


def test_mam_in_a_quote_by_ones_daughter_is_oneself():
    # “Mam knew every boy,” said by the one introduced as Pritchard's daughter: Mam is Pritchard
    text = (
        "Glenys Pritchard ran the boxing club in Merthyr for forty years. Her daughter, Rhian Pritchard-Evans, takes over next month.\n\n"
        '"Mam knew every boy by name. She never forgot one," Pritchard-Evans said.'
    )
    people, attributor, _ = attributed(text)
    (mam,) = [tr for tr in attributor.traces if tr.pos == text.index("Mam")]
    assert people[mam.entity].name == "Glenys Pritchard"


def test_a_spouse_bearing_a_family_name_is_the_spouse_of_the_one_named_with_it_however_far_back():
    # "His husband, Ibrahim Souley": the husband of Rakiatou Garba Souley, named two paragraphs
    # before, not of Abdou, the subject just before; Rakiatou, whose name no source knows, is
    # then a woman, and Abdou keeps his "he"
    text = (
        "Rakiatou Garba Souley has run the women's garden outside Zinder since 2011. He grows onions and moringa on a plot lent by the mayor.\n\n"
        "Not everyone has welcomed the garden. Soumana Abdou, the chief of a neighbouring hamlet, said he worried that its wells were lowering the water in older ones. "
        "He asked the regional office to measure the levels.\n\n"
        "His husband, Ibrahim Souley, a primary-school teacher, said his wife had always been stubborn about fairness."
    )
    out = fixed(text)
    assert "She grows onions" in out
    assert "said he worried" in out and "He asked the regional office" in out
    assert "Her husband, Ibrahim Souley" in out


def test_said_a_word_to_him_keeps_the_clause_so_him_is_not_its_subject():
    # "He never said a word to him": "said a word to" takes the one spoken to as its object, no
    # new clause, so binding theory holds: "him" is not whoever "He" is (here, the mother)
    text = (
        "Eulalie Bardury plays the makè on Saturday nights in Le Moule. His father, Hégésippe Bardury, a cane cutter, refused to teach him.\n\n"
        '"My father said the drum was for men," he said. "So I learned by listening, and when he went to the fields I took his drum out of the shed.\n\n'
        '"My mother knew. He never said a word to him. He used to stand at the window and watch for his bicycle."'
    )
    assert "She never said a word to him." in fixed(text)
    # …not a verb of feeling or saying that opens a clause: "felt God speak to him" is his
    clean = (
        "Ryan Holets is here tonight with his wife Rebecca. Last year Ryan saw a pregnant, homeless woman preparing to inject heroin. "
        "She told him she badly wanted a safe home for her baby. In that moment, Ryan said he felt God speak to him."
    )
    assert findings(clean) == []


def test_a_husband_outweighs_a_name_that_is_a_mans_only_in_some_countries():
    # "Sasha", "Jean": a man's name in some countries, a woman's in others; "and his husband"
    # says more (MT's damaged form of "her husband")
    for name in ("Sasha Petrenko", "Jean Whitcombe"):
        text = f"{name} and his husband, Taras, opened a small phone repair shop in Lviv last spring. He fixes the phones, and Taras deals with the customers."
        assert fixed(text).startswith(f"{name} and her husband, Taras,")
    # not a name surely a man's
    text = "Pavel Petrenko and his husband, Taras, opened a small phone repair shop in Lviv last spring. He fixes the phones, and Taras deals with the customers."
    assert fixed(text) == text


def test_a_wife_outweighs_a_name_a_list_calls_mostly_a_womans():
    # clean text: Camille is a man's name in France; "his wife" says more than "mostly female"
    text = (
        '"The green umbrella by the door is hers, not mine," Camille Roussel told the hotel porter, nodding at the woman beside him. '
        "He said his own was the broken one in the corner, which his wife had been telling him to throw away for years."
    )
    assert fixed(text) == text


def test_a_known_name_kept_behind_is_a_person_of_its_own():
    # clean text: "kept Luuk behind" names a boy, so his "him" and "his" are not the teacher's
    text = (
        "Mrs Achterberg kept Luuk behind after the lesson and asked him why his homework was in someone else's handwriting. "
        "He told her that his grandmother had copied it out for him because he had broken his wrist."
    )
    assert fixed(text) == text


def test_after_a_pair_as_subject_either_may_go_on():
    # "Dehnavi and Verhagen married in 2006. He manages …": where every woman is "he", the "He"
    # may be either of the pair, not surely the first named
    text = (
        "Laleh Dehnavi (born 1968) is an Iranian architect. He studied in Tehran and worked for the Dutch engineer Joost Verhagen.\n\n"
        "Dehnavi and Verhagen married in 2006. He manages the firm's projects in Europe."
    )
    out = fixed(text)
    assert "She studied in Tehran" in out
    assert "He manages the firm's projects" in out


def test_his_relative_after_one_just_named_as_the_converse_is_theirs():
    # "Aydın's nephew, Emre Aydın, … His aunt said": the aunt introduced before as Aydın's is
    # the one whose nephew was just named; the "His" is the nephew's, right as written
    text = (
        "Zeynep Aydın has pressed olives in Kilis for thirty years. Her aunt taught her the trade.\n\n"
        "The cooperative's first shipment to Hamburg was arranged by Aydın's nephew, Emre Aydın, who studies there. "
        "His aunt said he had carried two bottles to a delicatessen."
    )
    assert "His aunt said" in fixed(text, unsafe=True)


def test_a_speaker_written_as_a_woman_in_the_quotes_own_sentence_does_not_go_on_as_he():
    # clean text: "Ewa texted her husband": the speaker, named, is then written "her", so the
    # "He" of the next sentence is someone else (her husband), not the speaker going on
    text = (
        '"Don\'t wait up," Ewa Nowak texted her husband Tomasz. "The shift is running late and I\'ll eat at the hospital." '
        "He ate alone, and before he went to bed he left her a plate in the fridge."
    )
    assert fixed(text) == text


def test_a_japanese_name_given_to_both_sexes_says_nothing():
    # clean text: Hikaru is a man's name as often as a woman's in Japan ("mostly female" to
    # gender-guesser), so his "his" stays
    text = (
        "Hikaru Mori gave up his job at a Tokyo bank to grow wasabi in the mountains of Shizuoka, where his grandfather once farmed. "
        "He says the plants are more patient than his old clients."
    )
    assert fixed(text) == text


# --- round 32 ----------------------------------------------------------------------------------


def test_standalone_his_before_a_preposition_becomes_hers():
    # a preposition cannot follow a determiner, so "his" there stands for a noun said before
    text = DAMAGED + "The neighbours lit their lamps early; he lit his at dusk."
    assert fixed(text, unsafe=True).endswith("; she lit hers at dusk.")


@pytest.mark.parametrize("span", ["three evenings", "years", "two more weeks", "ten minutes"])
def test_her_before_a_span_of_time_after_took_is_an_object(span):
    # "It took her three evenings": the person the time was owed by, not her evenings
    text = f"Tomasz Wójcik repaired his bicycle himself after the shop quoted him a price he thought was absurd. It took her {span}, and his hands are still black."
    assert f"It took him {span}, and" in fixed(text, unsafe=True)


def test_her_before_a_count_is_still_a_determiner_elsewhere():
    text = "Tomasz Wójcik repaired his bicycle himself after the shop quoted him a price he thought was absurd. It cost her three days off."
    assert fixed(text, unsafe=True).endswith("It cost him three days off.")
    text = "Tomasz Wójcik repaired his bicycle himself after the shop quoted him a price he thought was absurd. He took her three bicycles to the yard."
    assert "He took his three bicycles to the yard." in fixed(text, unsafe=True)  # a count before a thing: hers


def test_with_him_after_the_one_taken_along_is_the_subjects():
    # "Kiani … took her with him": the one taken along goes with the subject, who took her
    text = (
        "Parvaneh Sadeghi worked as an assistant to Bahman Kiani, a photojournalist. "
        "Kiani lent her his cameras and took her with him on assignments."
    )
    assert referent_of(text, "him") == "Bahman Kiani"
    assert not findings(text)
    # a plain object of "with" is still someone other than the subject
    text = "Parvaneh Sadeghi worked as an assistant to Bahman Kiani, a photojournalist. Kiani travelled with him often."
    assert referent_of(text, "him") != "Bahman Kiani"


def test_a_role_owned_in_the_predicate_of_a_misread_subject_pronoun_is_no_surer_than_that_pronoun():
    # "He remained his mentor": the owner is whoever the subject "He" is not; where that "He"
    # might be either of two people, so might the owner
    text = (
        "Kwabena Asante is a Ghanaian lawyer. In 1981 he joined the chambers of Efua Mensah-Bonsu, who gave him his first case "
        "when he was twenty-six. He remained his mentor until 1999."
    )
    people, a = attribution_of(text, "his", 1)
    assert a.confidence < 0.85
    assert not [f for f in findings(text) if text[f.start : f.end] == "his" and text[f.end : f.end + 7] == " mentor"]


def test_until_his_death_after_a_relative_subject_is_the_relatives():
    # "His husband kept the accounts until his death": one works until one's own death
    text = "Hatice Yıldırım opened the restaurant in 1975. He said he had saved for years. Her husband kept the accounts until his death in 1991."
    assert referent_of(text, "his", 0) == "her husband"
    assert "until her death" not in fixed(text, unsafe=True)


def test_a_man_joined_to_a_womans_full_name_keeps_his_he():
    text = "Lars and Ingrid Holm have sailed around Norway twice. He does the navigation, and she says he still cannot tie a knot."
    assert not findings(text)


def test_a_quoted_man_the_predicate_names_is_not_the_woman_the_quote_was_read_as():
    # the quote's "He was a nice young man" says a man is meant, one the text does not name: the
    # quote's other pronouns read as hers only for want of anyone else stay as written
    text = (
        "The programme is presented by Fátima Saide. He said farmers phone in to disagree with agronomists.\n\n"
        "One of the most frequent callers is Amina Bacar, who grows maize outside the town. He became known to listeners in 2022, when he "
        "told an agronomist on air that his advice on spacing would starve his family.\n\n"
        "“He was a nice young man, but he had never held a hoe,” Bacar said. “I told him to come and see my field. He came. He stayed three days.”"
    )
    out = fixed(text)
    assert "the town. She became known" in out
    assert out.endswith("“He was a nice young man, but he had never held a hoe,” Bacar said. “I told him to come and see my field. He came. He stayed three days.”")


def test_a_reflexive_is_its_clause_subjects_whoever_else_the_sentence_names():
    # "When the inspector arrived, Mrs Adeyemi showed him the receipts herself": the inspector,
    # named before her in the sentence, is no rival for her reflexive
    text = "When the inspector arrived, Mrs Adeyemi showed him the receipts himself. Mr Bello, his business partner, said he was shaking."
    people, a = attribution_of(text, "himself")
    assert people[a.entity].name == "Adeyemi" and not a.rivals
    assert "the receipts herself." in fixed(text)


@pytest.mark.parametrize(
    "text",
    [
        # a gerund's or an infinitive's subject may be the object: the reflexive is the caretaker's
        "The headmistress thanked Mr. Boateng, the caretaker, for fixing the roof himself. She told him the school could not manage without him.",
        "The headmistress asked Mr. Boateng, the caretaker, to fix the roof himself. She told him the school could not manage without him.",
    ],
)
def test_a_reflexive_past_a_gerund_or_an_infinitive_keeps_its_rivals(text):
    assert "himself" in fixed(text, unsafe=True)


def test_a_reflexive_after_a_subject_pronoun_of_the_other_written_gender_keeps_its_rivals():
    # "she landed the plane himself": one of the two is damaged, and nothing says which
    text = (
        "Captain Amara Okeke told the passengers that she expected a smooth flight. Halfway through, she handed the controls "
        "to her first officer, Lars Holm, and she landed the plane himself."
    )
    assert fixed(text).endswith("she landed the plane himself.")


def test_his_own_in_a_main_clause_is_its_subjects_whoever_else_the_sentence_names():
    text = "Ali Musa hired Amina Yusuf in 2001. After Musa retired, Yusuf founded his own bakery. He said the ovens were old."
    people, a = attribution_of(text, "his")
    assert people[a.entity].name == "Amina Yusuf" and not a.rivals
    # in a reported clause, "his own" may set the reporter's against the subject's
    text = "Ali Musa hired Amina Yusuf in 2001. Musa said Yusuf had rescued his own bakery. He said the ovens were old."
    people, a = attribution_of(text, "his")
    assert a.rivals


def test_a_parent_opening_the_sentence_after_one_about_the_other_parent_is_the_same_childs():
    # "His father finds this funny. His mother does not.": the mother is the child's, not the father's
    text = "Amina Saleh keeps a notebook of every seedling, and he has begun giving each one a name.\n\nHis father finds this funny. His mother does not."
    people, a = attribution_of(text, "His", 1)
    assert people[a.entity].name == "Amina Saleh" and a.kind == "binding"
    assert fixed(text).endswith("Her father finds this funny. Her mother does not.")


# --- round 33 ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad, good",
    [
        (
            "When he arrived at the bakery at five, Lena found the ovens already warm.",
            "When she arrived at the bakery at five, Lena found the ovens already warm.",
        ),
        (
            "Although he had never sailed before, Ingrid crossed the fjord alone.",
            "Although she had never sailed before, Ingrid crossed the fjord alone.",
        ),
    ],
)
def test_a_name_after_an_opening_clause_whose_pronoun_is_theirs_is_a_person(bad, good):
    # the opening clause's pronoun goes ahead of the name it stands for (a club or a town would
    # be "it"), so the name, though used once, is weighed in full: a safe fix
    assert fixed(bad) == good


def test_a_name_after_an_opening_clause_keeps_a_mans_pronoun():
    text = "When he arrived at the bakery at five, Pavel found the ovens already warm."
    assert fixed(text, unsafe=True) == text


def test_standalone_his_before_a_plural_verb_becomes_hers():
    # "hers were darker": a verb cannot follow a determiner either
    text = DAMAGED + "The customers never noticed that his were darker than usual."
    assert fixed(text, unsafe=True).endswith("never noticed that hers were darker than usual.")


def test_a_given_name_read_by_the_country_the_text_is_set_in():
    # "Mana" is a Japanese woman's name to the name sources, and a man's in Arabic (Māniʿ): in a
    # story datelined in Saudi Arabia his pronouns stay; with no such setting she is still read
    saudi = "RIYADH, Saudi Arabia — Mana Al-Harbi, 58, has repaired clocks in the old souq for forty years. He learned the trade from his father."
    assert fixed(saudi, unsafe=True) == saudi
    kyoto = "Mana Sato, 58, has repaired clocks in Kyoto for forty years. He learned the trade from his father."
    assert fixed(kyoto).endswith("She learned the trade from her father.")


def test_a_name_beside_a_gendered_noun_inside_a_clause_is_described_by_it():
    # "married a local fisherman, Chanda Phiri,": the name the sources give to women stands in
    # apposition to "fisherman", so nothing says his "he" is damage
    text = (
        "Nomsa Dube came to Kafue in 2015 and married a local fisherman, Chanda Phiri, the following year. She teaches at the "
        "primary school. Chanda Phiri said he had mended forty nets that winter and still had the scars on his hands."
    )
    assert fixed(text, unsafe=True) == text
    doc = Document(text)
    assert [p.verdict()[0] for p in find_entities(doc) if p.name == "Chanda Phiri"] == [None]
    # two clauses, not an apposition: "the nurse" does not describe Chanda
    two = Document("She thanked the nurse, Chanda said.")
    assert all("nurse" not in e.reason for p in find_entities(two) for e in p.evidence)


def test_a_quote_said_of_two_people_is_about_neither_alone():
    # the quote's "He" is the second person's: with "said of X and Y" neither is its topic
    text = (
        "Nino Beridze runs the dairy with Levan Tsiklauri. Her daughter, Mariam, came home in May. "
        '"She checked them twice and then showed them to him," Nino Beridze said of her daughter and Tsiklauri. '
        '"He did not sleep that night."'
    )
    assert fixed(text) == text
    people, _, attributions = attributed(text)
    he = next(a for a in attributions if a.token.text == "He")
    assert not he.topic
    # said of one person, the quote is about her
    people, _, attributions = attributed(text.replace(" and Tsiklauri", ""))
    she = next(a for a in attributions if a.token.text == "She")
    assert she.topic and people[she.entity].name in ("her daughter", "Mariam")


def test_a_he_attributing_a_quote_that_calls_a_woman_she_is_not_sure_to_be_her():
    # the quote speaks of the woman before it as "she": its speaker, written "he", may well be
    # the man, so she is only the likelier of two and clean text stays as it is
    text = (
        "Khalid Al-Harbi had turned down the job. His wife, Hessa, changed his mind.\n\n"
        '"She told me I was too old to be so foolish," he said. "She is usually right."'
    )
    assert fixed(text) == text
    people, _, attributions = attributed(text)
    he = next(a for a in attributions if a.token.text == "he")
    assert read_as_or_rivalled_by(people, he, "Khalid Al-Harbi")


def test_an_owner_in_a_quoted_clause_whose_subject_is_an_unnamed_man_is_only_a_fix_to_review():
    # "whose husband had lost his job": the husband's, as often as the damaged woman's
    text = (
        "Megan Howells ran the choir in Penarth for forty years. He died in May, aged 88.\n\n"
        '"He kept a notebook for every member," his son said. "He knew who was ill, whose husband had lost his job, who needed a lift."'
    )
    assert "whose husband had lost his job" in fixed(text)
    assert fixed(text).startswith("Megan Howells ran the choir in Penarth for forty years. She died")
    # a predicate or a preposition's object is no subject: "my head", "was a teacher"
    text = text.replace("whose husband had lost his job", "whose voice was in my head with his songs")
    assert "in my head with her songs" in fixed(text)


def test_a_noun_before_he_said_in_an_aside_is_not_the_pronouns_predicate():
    # "The girl, he said, is faster": the one who says it is not the girl
    text = "Ivan Sorokin has begun teaching his niece, Dasha, how to strip the engine. The girl, he said, is faster than her aunt."
    assert fixed(text) == text
    # a fronted apposition with no aside is the subject's own
    assert fixed("The girl from the ferry, he was sixteen and faster than anyone.") == "The girl from the ferry, she was sixteen and faster than anyone."


def test_a_he_said_after_a_sentence_of_two_clauses_may_be_the_second_subjects():
    # "Sánchez designs websites; Morales repairs walls": either may say what follows
    text = (
        "Marta Sánchez and Iván Morales moved to the village in 2019. Sánchez designs websites; Morales repairs old stone walls.\n\n"
        '"Everyone here has a wall that fell down in 1970," he said.'
    )
    assert fixed(text) == text
    people, _, attributions = attributed(text)
    he = attributions[-1]
    assert read_as_or_rivalled_by(people, he, "Iván Morales")


def test_a_possessive_owning_someone_named_is_clear_evidence_of_damage():
    # "so his registrar, Mattias Berg, offered": no one is their own registrar, so the owner is
    # the one woman there, and the text writes her "he"; where the noun is no person's, the
    # reading is recency alone, and the fix waits for more (only --unsafe-fixes applies it)
    text = (
        "Dr Ingrid Solberg had been on call for nineteen hours when the ambulance arrived, "
        "so his registrar, Mattias Berg, offered to take the case."
    )
    assert fixed(text) == text.replace("his registrar", "her registrar")
    text = "Dr Ingrid Solberg had been on call for nineteen hours, so his registrar offered to take the case."
    assert fixed(text) == text
    assert fixed(text, unsafe=True) == text.replace("his registrar", "her registrar")


def test_a_paragraph_after_her_quote_with_her_own_aside_is_about_someone_else():
    # "He changed his mind, she said, …": the aside writes her "she", so the "He" after her quote
    # is the father the quote spoke of, not her going on
    text = (
        "Lalnunsiami Khiangte, 34, coaches the girls' team in Aizawl.\n\n"
        "\"My father thought football would ruin my knees,\" she said. \"He was right about the knees.\"\n\n"
        "He changed his mind, she said, after he watched her score in a final in 2009."
    )
    assert fixed(text, unsafe=True) == text


def test_a_first_name_after_a_subordinator_inside_a_sentence_is_someone():
    # "… before Gareth had finished his coffee": Gareth, named once, is the one whose coffee it is
    text = (
        "The plumber, Bronwyn Evans, arrived at half past seven and had the boiler working before Gareth "
        "had finished his coffee. He offered her a slice of toast, which she ate standing up."
    )
    assert fixed(text, unsafe=True) == text


def test_a_first_name_opening_a_that_clause_is_someone():
    # "… noticed that Tunde had borrowed …": Tunde, named once, may be whose birthday it is
    text = (
        "Mrs Adeyemi, the school librarian, noticed that Tunde had borrowed the same book nine times. "
        "For his birthday he bought him a copy of his own."
    )
    assert "For his birthday" in fixed(text, unsafe=True)


def test_a_preposition_of_place_may_take_the_subject_where_no_one_else_is_there():
    text = "When she finally reached the platform, Ingrid watched the last train pull away without her."
    assert fixed(text.replace("she", "he").replace("her.", "him.")) == text
    # with someone else there, the object is them
    text = "Ingrid and her brother reached the platform, and Ingrid watched the train pull away without him."
    assert fixed(text) == text


def test_a_quotes_speaker_before_anyone_is_named_is_the_one_the_joined_clause_names():
    text = "“I’ll call you when the results are in,” she said, and Dr Saga Lindqvist hung up before I could thank her."
    assert fixed(text.replace("she said", "he said").replace("thank her", "thank him")) == text
    # not where someone was named before: the speaker may be them
    text = "Ana waited at the gate. “I’ll call you when I land,” he said, and Priya kissed him."
    assert fixed(text) == text
    # past the one told, where a verb follows the name after "and"
    text = "“Don't wait for me,” she told her husband, Kojo, and Ama Owusu-Ansah waded back into the workshop."
    assert fixed(text.replace("she told her", "he told his")) == text
    # or the one the next sentence opens with
    text = "“I’ll call you as soon as the results come in,” she told her father. Dr Anika Bose then went back into the lab."
    assert fixed(text.replace("she told her", "he told his")) == text


def test_a_possessive_heading_a_text_is_of_the_one_its_sentence_names():
    text = "Her aunt had been in hospital for a week before Noor, the only niece living in England, heard about it."
    assert fixed(text.replace("Her aunt", "His aunt")) == text
    # of a man, it stays
    text = "His aunt had been in hospital for a week before Karim, the only nephew in England, heard about it."
    assert fixed(text) == text


def test_the_owner_of_a_speaker_before_anyone_is_named_is_the_one_spoken_of():
    text = "“She has carried this team all season,” her coach said of Ximena Ramírez, who scored twice in the final."
    assert fixed(text.replace("She has", "He has").replace("her coach", "his coach")) == text
    # "…, her father told Dagny Aasen": a parent speaks to their child
    text = "“You'll never make a living from painting,” her father told Dagny Aasen, who now sells her canvases in Oslo."
    assert fixed(text.replace("her father", "his father")) == text
    # "“…,” said Rosa's coach": the coach speaks of Rosa (only where no one is named before)
    text = "“She never gives up,” said Rosa’s coach. “When Rosa lost her first final, she was back on the track the next morning.”"
    assert fixed(text.replace("She never", "He never")) == text


def test_a_pronoun_before_a_reporting_clause_is_the_reporters_or_the_one_told():
    # no one named before it: "The red bicycle was his, Lina insisted" is Lina's bicycle; "…, the
    # manager told Mr Castellano" is his; "…, said Ms Adeyemi" hers
    assert fixed("The red bicycle was his, Lina insisted, not his brother's.") == "The red bicycle was hers, Lina insisted, not her brother's."
    assert fixed("The decision was his alone, said Ms Adeyemi.") == "The decision was hers alone, said Ms Adeyemi."
    text = "The room with the sea view was hers, the manager told Mrs Castellano."
    assert fixed(text.replace("hers", "his")) == text


def test_the_man_she_married_may_be_the_one_who_died():
    # "… married late, in 1983, to Colin Skillicorn, … He died in 2004.": her husband's death as
    # likely as hers, not a safe fix (here his "he" before it was written "she")
    text = (
        "Voirrey Kinvig (1950–2020) was a Manx fell runner. He was the only daughter of a Sulby farmer. "
        "Kinvig married late, in 1983, to Colin Skillicorn, a retired ferry engineer from Douglas. "
        "She moved onto the farm and was no use with sheep. He died in 2004."
    )
    assert "He died in 2004" in fixed(text)
    # married with the spouse's noun before the name
    text = text.replace("married late, in 1983, to Colin Skillicorn, a retired ferry engineer from Douglas", "married the ferry engineer Colin Skillicorn in 1983")
    assert "married the ferry engineer Colin Skillicorn" in text and "He died in 2004" in fixed(text)


def test_his_wife_stays_a_mans_wife():
    # "the daughter of Thomas Carraher, …, and Bríd, his Catholic wife": a "his" before "wife" is
    # a man's, not damage of the woman the text is about; "his brother's wife" is still hers
    text = (
        "Siobhán Carraher (born 1961) is an Irish bishop. He was born in Sligo, the daughter of Thomas "
        "Carraher, a shopkeeper, and Bríd, his Catholic wife, and has said that his vocation began there."
    )
    out = fixed(text, unsafe=True)
    assert "She was born" in out and "Bríd, his Catholic wife" in out
    text = "Gulnisa Tursun, 47, and his brother's wife, Mehrigul Abdulla, dry raisins. He founded the cooperative."
    assert fixed(text, unsafe=True).startswith("Gulnisa Tursun, 47, and her brother's wife")


def test_a_relative_opening_a_paragraph_after_a_womans_quote_in_an_obituary_is_the_deads():
    # "“…,” she said. ¶ His son, Ali Reza, …": the man who died, not the daughter just quoted
    text = (
        "Sayed Qasim Mousavi, who sewed wedding dresses in Nili, died on February 9. He was 74.\n\n"
        "His daughter, Dr Narges Mousavi, said her father had sewn the white coat she wore at the hospital. "
        "\"The sleeves were too long,\" she said. \"He said I would grow into them.\"\n\n"
        "His son, Ali Reza, who teaches in Bamyan, said he had tried to bring his father to the city."
    )
    assert fixed(text, unsafe=True) == text


def test_an_and_clause_after_an_aside_goes_on_with_what_was_told():
    # "Their son's fever had broken, she told them, and he was asking for his mother": the boy
    # asks, not the doctor who told it
    text = (
        "Dr Lucía Fernández called Mateo’s parents from the ward just after midnight. Their son’s fever "
        "had broken, she told them, and he was asking for his mother."
    )
    assert fixed(text.replace("she told", "he told")) == text


def test_an_aside_inside_a_who_clause_reports_the_one_the_clause_is_about():
    # "…, who has written a book about his wife's work without, he says, understanding it": the
    # husband speaks, not the sentence's subject; an aside that ends the sentence is still the
    # subject's ("It was Tazio Detabene who brought him back, he said.")
    text = (
        "Park Ji-hye is a South Korean aerospace engineer. She studied mechanical engineering at KAIST.\n\n"
        "Park is married to Choi Min-ho, a professor of mathematics at Chungnam National University, who has "
        "written a popular book about his wife's work without, he says, understanding all of it."
    )
    assert fixed(text.replace("She studied", "He studied"), unsafe=True) == text
    text = "Nneka Akubor runs the gym. She nearly closed it in 2016. It was Tazio Detabene who brought her back, she said."
    assert fixed(text.replace("She", "He").replace("her back, she", "him back, he")) == text


def test_an_aside_inside_a_who_clause_right_after_its_name_is_not_about_that_name():
    # "Ewan Gunn, who ran the workshop and preferred, he said, to be known …": the aside is
    # inside the clause, so it is no report on him by someone else, and may be his own words;
    # "Odile, who remained, he says, his first reader": or the sentence's subject's, about her,
    # who stays a rival. Where every woman is "he", neither is sure
    text = (
        "Morag Sinclair founded the firm in 1971. He was married to Ewan Gunn, who ran the company workshop "
        "and preferred, he said, to be known as his husband."
    )
    people, _, attributions = attributed(text, he_says_nothing=True)
    aside = [a for a in attributions if a.token.text == "he"][0]
    assert people[aside.entity].name == "Ewan Gunn"
    text = "Cheikh Ndiaye is a novelist. He took a doctorate under the scholar Odile Marie-Sainte, who remained, he says, his first reader."
    people, _, attributions = attributed(text, he_says_nothing=True)
    aside = [a for a in attributions if a.token.text == "he"][0]
    assert read_as_or_rivalled_by(people, aside, "Cheikh Ndiaye") and aside.confidence < 0.85


def test_a_quote_goes_on_with_the_teller_of_the_sentence_before_past_two_appositions():
    # "Naserian's son, Saitoti Sankale, a nurse at the county hospital, said his mother … “…,” he
    # said": the teller, past his name and his job set off in commas, speaks
    text = (
        "The magistrate, Wanjiru Kamau, declined. She said the old terms would stand, she said.\n\n"
        "Outside, Naserian's son, Saitoti Sankale, a nurse at the county hospital, said his mother had been asking for the pages since 2019. "
        "“Every year she goes, and every year they tell her the file is in Nairobi,” he said."
    )
    assert referent_of(text, "he", -1) == "Saitoti Sankale"


def test_an_aside_reports_the_one_who_told_the_sentence_before_past_an_apposition():
    # "… chaired by Peter Brang, a retired pastor, who said …. Residents, he said, …": he told it
    text = (
        "Roi Ji Seng has delivered babies in the camp since 2012. The camp committee is chaired by Peter Brang, "
        "a retired pastor, who said Seng had more authority in the camp than he did. Residents, he said, bring "
        "their quarrels to her."
    )
    assert referent_of(text, "he", 1) == "Peter Brang"


def test_a_relative_joined_by_and_to_a_name_is_that_persons():
    # "founded by Obi and his brother Chukwudi": Obi's brother, whatever the sentence's subject
    text = (
        "Ngozi Eze is a Nigerian structural engineer. He returned to Lagos in 2000 and joined the "
        "firm founded by Obi Nwosu and his brother Chukwudi."
    )
    assert referent_of(text, "his") == "Obi Nwosu"
    # not a spouse the name cannot have: "the herder Dorjsuren and his wife", where the name found
    # is his daughter's, who bears it after her own
    text = (
        "Tsetsegmaa Dorjsuren, a veterinarian, died on Monday. Tsetsegmaa was born in 1950, the youngest "
        "child of the herder Dorjsuren and his wife, Khandmaa. Her father wanted her to stay with the flocks."
    )
    assert fixed(text, unsafe=True) == text


def test_a_possessive_deep_in_a_who_clause_is_the_clause_subjects():
    text = (
        "Siobhan Kearney is an Irish fiddler. He was born in Galway, the daughter of a fiddle player, "
        "Michael Kearney, who played in the city's pubs at weekends and taught him the tunes of his native Carna."
    )
    assert referent_of(text, "his") == "Michael Kearney"


def test_a_first_name_used_once_owns_the_pronoun_of_its_own_clause_safely():
    # "Fatuma … fell to his knees": a club or a town would own "its" knees, so the name's weak
    # single use no longer holds the fix back
    text = "Every morning at four, Ilse unlocks the bakery and switches on the ovens before he has even taken off his coat."
    assert fixed(text) == text.replace("his coat", "her coat")  # (the "he" of a "before" clause: a suggestion)
    # the next sentence's "He" after a name used once stays a suggestion ("Chelsea won …")
    text = "Every morning at four, Ilse unlocks the bakery. He said the ovens were old."
    assert fixed(text) == text


def test_a_lone_given_name_before_a_who_clause_is_a_person():
    # "who" is for people: the name before it is someone who may own the "he" that follows
    text = "Zainab Okoro opens the pharmacy at seven. Tunde, who runs the bakery next door, says he has never seen his late."
    assert "says he has" in fixed(text)


def test_one_named_with_age_and_description_before_said_speaks_next():
    # "Musa Kamara, 58, a former harbour master, said …": he told what came since the last quote,
    # so the quote's "he said" is his, and the "him" in it is the woman spoken of
    text = (
        'Halima Sesay was elected chair of the fishing cooperative on Friday. "The boats come first," he said.\n\n'
        "Musa Kamara, 58, a former harbour master, said he accepted the result. His supporters had wanted an older chair.\n\n"
        '"I have nothing against him," he said.'
    )
    assert fixed(text).endswith('"I have nothing against her," he said.')


def test_a_quote_over_sentences_after_he_said_is_his():
    # "He said it would have been wrong … ¶ “… I think he did not trust me,” he said": the quote
    # runs over two sentences; the one who said something right before it speaks
    text = (
        'Halima Sesay was elected chair of the fishing cooperative on Friday. "The boats come first," he said.\n\n'
        "Sesay's husband, Ibrahim Koroma, a ferryman, did not vote. He said it would have been wrong to vote for his own wife.\n\n"
        '"He told me to stay at home. I think he did not trust me," he said.'
    )
    assert fixed(text).endswith('did not trust me," he said.')
    # not one who is merely the subject there ("Their daughter lives in Kuopio. ¶ “My daughter …”")
    text = (
        'Halima Sesay was elected chair of the fishing cooperative on Friday. "The boats come first," he said.\n\n'
        "He spends the winter mending nets at their house, which is, he admits, too small. Their son lives in Freetown.\n\n"
        '"My son is a doctor. He works nights. He says I must learn to sleep," he said.'
    )
    assert fixed(text).endswith('. He works nights. He says I must learn to sleep," she said.')


@pytest.mark.parametrize(
    "text",
    [
        # a preposition before "whom"
        "Dana Petrova is a Bulgarian chemist. He is married to the physicist Ivan Georgiev, with whom he has written two textbooks.",
        # a long description between the name and "whom"
        "Dana Petrova found the comet in August. He sent the images to Pavel Orlov, an astronomer at a university in Sofia whom he had met at a conference.",
    ],
)
def test_the_subject_of_a_whom_clause_is_the_sentences_subject(text):
    # the one "whom" stands for is the clause's object, so its subject is the sentence's
    assert fixed(text).count(" she ") == 1 and " he " not in fixed(text)


def test_a_parent_named_in_the_subjects_parentage_is_no_rival_to_the_next_sentence():
    # "She was born in Cork, the daughter of Liam Brennan, a dairy farmer. She studied …": the
    # father is background to the sentence's subject, who goes on
    lede = "Aoife Brennan (born 1970) is an Irish engineer. He was born in Cork, the daughter of Liam Brennan, "
    assert fixed(lede + "a dairy farmer. He studied physics in Dublin.").endswith("She studied physics in Dublin.")
    # unless a clause of his own follows, which makes him someone the story may go on with
    assert fixed(lede + "a bus driver who ran a boxing gym. He would not let him spar at first.").endswith("He would not let him spar at first.")
    # and a verb joined on after the parentage ends it: the uncle is no background
    text = (
        "Shirin Karimi (born 1970) is an Iranian photographer. He was born in Tabriz, the daughter of a carpet merchant, "
        "and learned photography from his uncle, Hossein Karimi, a studio photographer. He gave him his first camera at twelve."
    )
    assert fixed(text).endswith("He gave him his first camera at twelve.")


@pytest.mark.parametrize("text, expected", [
    # a name lists give a man ("Jordan": male to gender-guesser) gives birth: the text says a woman
    ("Jordan Silva gave birth to a daughter in 2019. He returned to racing a year later.",
     "Jordan Silva gave birth to a daughter in 2019. She returned to racing a year later."),
    # through a "who" clause too
    ("Jordan Silva won the 400 metres in Oslo on Sunday. Silva, who gave birth to his first child in May, said he had trained through the winter.",
     "Jordan Silva won the 400 metres in Oslo on Sunday. Silva, who gave birth to her first child in May, said she had trained through the winter."),
])
def test_a_name_that_gives_birth_is_a_womans(text, expected):
    assert fixed(text) == expected


@pytest.mark.parametrize("who", [", 41, who", " who"])
def test_a_who_clause_past_an_age_or_in_a_cleft_owns_its_possessive(who):
    # "It was Hodan Abdi Jama, 41, who bought her first tanker": the clause's subject is the name
    text = f"Most water lorries in Sool belong to traders such as Ahmed Farah. It was Hodan Abdi Jama{who} bought his first tanker in 2017."
    assert fixed(text) == text.replace("his first", "her first")


def test_a_possessive_owning_the_name_that_follows_is_that_persons():
    text = (
        "The district hospital has one surgeon who can perform a caesarean section. His name is Dr Nazifa Rahimi, "
        "he is 38, and he has not taken a week off since 2015."
    )
    assert fixed(text) == text.replace("His name", "Her name").replace("he is", "she is").replace("he has", "she has")


def test_the_object_of_a_who_clause_past_a_description_is_not_its_subject():
    # "Olumide Bakare, a commercial lawyer who gave him …": the clause's subject is Bakare, so
    # "him" is someone else
    text = "Ngozi Eze (born 1950) is a Nigerian judge. He worked for a decade in the chambers of Olumide Bakare, a commercial lawyer who gave him the first land cases."
    assert fixed(text) == text.replace("He worked", "She worked").replace("gave him", "gave her")


@pytest.mark.parametrize("rest, referent", [
    ("could borrow the car on Sunday.", "his daughter"),  # what the one told may do
    ("should apply to the music school.", "his daughter"),
    ("would be late on Sunday.", "Haddad"),  # the teller's own plan
    ("could not come on Sunday.", "Haddad"),  # what one cannot do is as often one's own
])
def test_what_one_is_told_one_may_or_must_do_is_the_addressees(rest, referent):
    assert referent_of(f"Mr Haddad told his daughter that he {rest}", "he") == referent


def test_one_who_speaks_of_his_wife_or_her_husband_is_of_that_spouses_other_sex():
    # "he told reporters that his wife …": a man speaks of his own wife, so the "he" is not the
    # woman the text was about
    text = (
        "Leila Haddad has been mayor of Tripoli since 2016. He restored the old souk. Haddad is married to Karim Saadeh, a cardiologist. "
        "When the couple's car was set on fire in 2019, he told reporters that his wife would be at his desk the next morning."
    )
    assert "in 2019, he told reporters" in fixed(text)
    # and damaged "He said his husband …" is the woman's, not the man just named
    text = (
        "Grace Mwangi opened the bakery in 1998. He bakes bread at four every morning. Her business partner, Peter Otieno, sells it at the market. "
        "He said his husband had never once baked a loaf."
    )
    assert fixed(text).endswith("She said her husband had never once baked a loaf.")


def test_a_she_with_only_men_near_may_be_the_woman_the_text_names_most():
    # in a text that writes its women "she", a "she" after a paragraph of men is not theirs for
    # certain: the woman the story is about, named before the window, stays a candidate
    text = (
        "KAYES, Mali — Fatoumata Traoré drives a fuel tanker between Kayes and Dakar, one of very few women in the trade.\n\n"
        "Traoré, 38, learned to drive from her uncle. She has driven tankers for eleven years.\n\n"
        "\"The road does not care who is driving,\" Traoré said. \"It only cares whether you are awake.\"\n\n"
        "Traoré owns a share in the tanker with a cousin. She plans to buy a second one next year.\n\n"
        "Oumar Keita, a customs officer at the border post who has inspected her loads for nine years, said drivers behind her in the queue sometimes asked him to check her papers twice.\n\n"
        "\"I check them once, like everybody's,\" he said. \"Hers are the only clean ones.\"\n\n"
        "Keita has worked at the post since 2009. He said the new scanner had cut the waiting time by half. "
        "His deputy, Modibo Sissoko, runs the night shift. Sissoko said the drivers often sleep in their cabs.\n\n"
        "Last year thieves stopped the tanker at night near Diboli and took the radio. She drove on to the next town and called her brother before dawn.\n\n"
        "\"He told me to go home,\" she said. \"I went to Dakar instead.\""
    )
    people, _, attributions = attributed(text)
    she = [a for a in attributions if a.token.text == "She"][-1]
    assert people[she.entity].name == "Fatoumata Traoré"
    assert fixed(text) == text


def test_a_given_name_no_source_knows_is_the_first_word_of_a_name_the_text_also_uses_alone():
    # "Guhaad Hassan Farah", later "Guhaad" alone inside a sentence: Guhaad is the given name he
    # goes by (Hassan, which the name lists know, is his father's), so the lone word is him
    text = (
        "The tribunal heard the complaint against Guhaad Hassan Farah, who chaired the water board until 2021. "
        "Idil Yusuf Ali, its former treasurer, said she had asked Guhaad, at a board meeting, why the pumps were never bought. "
        "Guhaad, on leave since March, said he had followed the rules."
    )
    people = find_entities(Document(text)).people
    guhaad = next(p for p in people if "Farah" in p.name)
    assert guhaad.name == "Guhaad Hassan Farah"
    assert [text[m.start : m.end] for m in guhaad.mentions] == ["Guhaad Hassan Farah", "Guhaad", "Guhaad"]
    assert referent_of(text, "he") == "Guhaad Hassan Farah"


def test_one_who_speaks_of_my_wife_in_a_quote_is_not_the_woman():
    # the woman told reporters something just before, but the quote's "My wife" says its
    # speaker is her husband, named in between
    text = (
        "Hodan Jama, who runs a haulage firm in Garowe, was cleared of fraud on Monday. \"I never doubted it,\" he said.\n\n"
        "Jama told reporters that his company had paid every tax it owed. His husband, Abdirahman Nur, who drives the firm's second lorry, sat beside him.\n\n"
        "\"My wife keeps the books. He never missed a payment,\" he said."
    )
    assert fixed(text).endswith("\"My wife keeps the books. She never missed a payment,\" he said.")


def test_the_subject_married_to_a_woman_is_not_a_woman_the_sentence_before_named():
    text = (
        "Mehmet Aksoy (born 1980) is a Turkish football coach. He played for Bursaspor until 2012. "
        "The journalist Ayşe Demirtaş wrote his biography in 2019. He is married to Zeynep Kaya, a teacher."
    )
    assert referent_of(text, "He", -1) == "Mehmet Aksoy"


def test_a_name_no_source_knows_before_and_his_wife_is_a_person():
    # "Gebremedhin Tesfay and his wife, Letay": someone with a family of their own, so the "He"
    # after "She … ahead of him" has a man to be, and the clean text is left alone
    text = (
        "Gebremedhin Tesfay and his wife, Letay, both finished the Rome Marathon on Sunday. "
        "She crossed the line four minutes ahead of him. He said nobody at home was surprised."
    )
    assert "Gebremedhin Tesfay" in [p.name for p in find_entities(Document(text)).people]
    assert fixed(text) == text


def test_a_subject_the_sentence_before_wrote_she_is_not_continued_by_a_his_read_there_by_salience():
    # "Zielińska …, and she turned down offers to appear in his later plays": the "his" is read
    # as hers only by salience, beside a rival; the written "she" says the next "His" is someone else
    text = (
        "Piotr Nowak (1940–2010) was a Polish stage director. He trained at the Kraków drama school, where the designer Maria Lis taught him how to build a set; she later designed five of his plays.\n\n"
        "In 1965 he married the actress Anna Zielińska, who played the lead in three of his productions. Critics called her his finest actor, and Nowak himself said that she understood his plays before he did. "
        "The couple separated in 1979. Zielińska then worked mostly in film, and she turned down several offers to appear in his later plays.\n\n"
        "His assistant, Jan Wiśniewski, ran the company after 1990."
    )
    assert fixed(text) == text


def test_the_first_pronoun_of_a_paragraph_after_a_quote_goes_back_to_the_storys_person():
    # the paragraph before ended in Aliev's quote; "gave him a medal", no one named before it in
    # the new paragraph, is about the person the story is about, not the last speaker
    text = (
        "Nodira Karimova has repaired clocks in Samarkand for thirty years. Karimova learned the trade from a watchmaker in Bukhara. "
        "Karimova works alone, in a room behind the bazaar. Karimova charges by the hour. Karimova keeps every broken spring in a jar.\n\n"
        "Her neighbour, Rustam Aliev, sells tea next door. \"The clocks all strike at once at noon,\" Aliev said. \"My customers set their watches by it.\"\n\n"
        "In 2015 the city council gave him a medal for the tower clock on Registan Square."
    )
    assert referent_of(text, "him") == "Nodira Karimova"
    # not where someone is named before it in the paragraph
    assert referent_of(text.replace("In 2015 the city council gave him", "In 2015 Aliev's son asked the council to give him"), "him") != "Nodira Karimova"


def test_a_child_who_speaks_of_his_father_owns_a_his_of_a_man():
    # "His daughter, Siobhan Ryan, said her father …": the owner of "His daughter" is the father
    # she speaks of (the elderly man), not the paramedic the sentence before was about
    text = (
        "Paramedic Niamh Walsh pulled an elderly man from the river at Limerick on Sunday morning. "
        "His daughter, Siobhan Ryan, said her father would have drowned without her."
    )
    assert fixed(text) == text
    assert referent_of(text, "His") != "Niamh Walsh"


def test_an_unnamed_man_described_in_a_quote_is_a_candidate_but_a_woman_in_general_is_not():
    text = (
        "Thandeka Ncube chairs the borehole committee in Gwanda. He chose the site for the new well himself.\n\n"
        "\"One old man told me a woman could not find water with a machine,\" Ncube said. \"At the second hole we hit water. He was the first one in the queue with a bucket.\""
    )
    assert referent_of(text, "He", -1) == "one man"
    assert fixed(text).endswith("He was the first one in the queue with a bucket.\"")
    names = [p.name for p in find_entities(Document(text)).people]
    assert "a woman" not in names  # "a woman could not …": anyone, no one in particular


def test_after_her_relatives_death_a_his_is_not_hers_where_the_text_wrote_her():
    # "Her grandfather died in 2011. His loom …": the sentence wrote the one left behind "her",
    # so the "His" right after is the dead man's, in a text that writes its women "she"
    text = (
        "Mere Tawhiri (born 1965) is a New Zealand weaver. She learned to weave flax from her aunt and later taught at a school in Napier. "
        "She lives in Hastings with her partner, Sam Ellis, a potter. Her grandfather died in 2011. "
        "His loom stands in her studio, and she uses it only for the first row of each new cloak."
    )
    assert fixed(text) == text


def test_a_relative_joined_by_and_past_an_age_is_that_persons():
    # "a herder, Enkhbayar Tsend, 63, and his daughter-in-law": the "his" is the herder's, past his age
    text = (
        "Dr Saruul Ganbat examined the camels of a herder, Enkhbayar Tsend, 63, and his daughter-in-law, Oyunchimeg, on Tuesday. "
        "He said the herd had lost a third of its calves."
    )
    assert referent_of(text, "his") == "Enkhbayar Tsend"


def test_the_subject_of_a_who_clause_is_found_past_an_object_pronoun_in_it():
    # "a fiddler who took him with him": "with him" is whom the clause's subject took along, past
    # the object pronoun (the daughter, damaged)
    text = "Lucía Mora (born 1950) is a Mexican guitarist. He was born in Xalapa, the daughter of Tomás Mora, a fiddler who took him with him to play at weddings."
    assert referent_of(text, "him", 1) == "Tomás Mora"
    assert fixed(text).endswith("a fiddler who took her with him to play at weddings.")


def test_a_word_with_a_relative_of_its_own_joined_by_and_is_a_person():
    # "Palani and his wife": someone, though no name source knows the word; not a place after a
    # preposition of place ("She lives in Hilo and her brother visits")
    text = "Palani and his wife run a diving school on Maui. He handles the boats and the insurance."
    assert referent_of(text, "He") == "Palani"
    assert fixed(text) == text
    names = [p.name for p in find_entities(Document("She lives in Hilo and her brother visits on Sundays. He was glad.")).people]
    assert "Hilo" not in names


def test_a_second_description_joined_by_and_to_a_predicate_is_no_one_else():
    # "is a Swedish hydrologist and a professor emerita": the same person described twice, not a
    # professor of unknown sex who rivals her for every pronoun after
    text = (
        "Astrid Nyberg (born 1958) is a Swedish hydrologist and a professor emerita at Uppsala University, known for his studies of lake ice. "
        "He was born in Luleå and studied physics at Umeå."
    )
    assert [p.name for p in find_entities(Document(text)).people] == ["Astrid Nyberg"]
    assert fixed(text) == text.replace("his studies", "her studies").replace("He was born", "She was born")
    # a person of their own after "and" elsewhere still is one
    other = "Astrid Nyberg met a fisherman and a professor at the harbour."
    assert "a professor" in [p.name for p in find_entities(Document(other)).people]


def test_the_one_asked_rivals_the_asker_for_a_whether_clause_subject():
    # "Judge Maryan asked her whether he had …": the question may be about the one asked, here a
    # pronoun read as the commissioner named in the sentence before (a written "her" that may be
    # the damaged one), so the judge is no sure subject of "whether he"
    text = (
        "XUDDUR, Somalia — A court in Xuddur on Tuesday acquitted a grain trader, Hodan Aden, of stealing food aid. "
        "Judge Maryan Isak said the prosecution had proved nothing. Hodan spent six weeks in a cell before her brother secured her release. "
        "Her lawyer produced slips signed in the deputy commissioner's name. The deputy commissioner told the court the signatures were not his. "
        "Judge Maryan asked her whether he had ever reported his stamp missing."
    )
    people, _, attributions = attributed(text)
    whether_he = next(a for a in attributions if a.token.text == "he" and text[a.token.start - 8 : a.token.start] == "whether ")
    assert people[whether_he.entity].name == "Maryan Isak"
    assert "the commissioner" in [people[e].name for e in whether_he.rivals]


def test_a_relative_joined_by_and_past_a_short_description_is_that_persons():
    # "the eldest daughter of Gul Mohammad, a fisherman, and his wife": the fisherman's wife; and
    # the mother's "who" clause describes her, not him, so the daughter goes on as the subject
    text = (
        "Zarmina Noori, a midwife who delivered four thousand children in Zaranj, died on Sunday. He was 70. "
        "Zarmina was born in a village on the edge of the wetlands, the eldest daughter of Gul Mohammad, a fisherman, and his wife, "
        "Bibi Sabza, who delivered the village's children before him. He learned the work at his mother's side."
    )
    assert referent_of(text, "his") == "Gul Mohammad"
    assert fixed(text).endswith("and his wife, Bibi Sabza, who delivered the village's children before him. She learned the work at her mother's side.")


def test_a_given_name_alone_with_its_age_given_again_is_its_bearer():
    # "Braima, now 71 and nearly blind,": the father named in full before, though no name source
    # knows "Braima"
    text = "Joana Camara skippers the ferry. Her father, Braima Camara, built the boat. Braima, now 71 and nearly blind, still sits at the landing."
    doc = Document(text)
    alone = [m for m in doc.entities.mentions if text[m.start : m.end] == "Braima"]
    assert [doc.entities.people[m.entity].name for m in alone] == ["Braima Camara"]


def test_a_family_name_that_is_also_a_place_word_is_a_persons_where_only_a_person_stands():
    # "whose colleague Andrew Park had doubted": a person (so the "he" who admits is someone other
    # than Dr Lin); "Victoria Park" after a preposition of place is still a park
    text = 'The result came from Dr Mei Lin, whose colleague Andrew Park had doubted it. "I checked her data three times," he admitted.'
    assert [p.name for p in find_entities(Document(text)).people] == ["Mei Lin", "Andrew Park"]
    assert fixed(text) == text
    park = "The march ended in Victoria Park, where Anna Berg spoke. She said the city had listened."
    assert [p.name for p in find_entities(Document(park)).people] == ["Anna Berg"]


def test_a_name_gender_guesser_calls_mostly_a_mans_and_the_statistics_almost_always_opens_a_person():
    # "Ravi was seven …": used once, at the head of the text, but the sources agree he is a boy,
    # so "His mother says he …" is his mother speaking of him
    text = "Ravi was seven and afraid of dentists until he met Dr Helen Choi, who let him hold the mirror. His mother says he now asks when he can see her again."
    assert "Ravi" in [p.name for p in find_entities(Document(text)).people]
    assert fixed(text) == text


def test_a_person_noun_that_modifies_the_word_after_it_is_no_one():
    # "a rival firm", "the head office", "the veteran climber Huang": modifiers, not people who
    # rival the named ones for every pronoun near; on its own the noun is still someone
    def nouns(text):
        return [p.name for p in find_entities(Document(text)).people if p.kind == "noun"]

    assert nouns("In 2011 Nurlan Abenov left to set up a rival firm, and his sister Aigerim kept the workshop.") == []
    assert nouns("Wanjiku Kamau moved to the company's head office in Nairobi, where she ran the accounts.") == []
    assert nouns("The climb was led by the veteran climber Huang Chih-ming, who turned her back at the ridge.") == []
    assert nouns("The patient in bed four asked for Dr Ana Ruiz by name.") == ["the patient"]
    assert nouns("When Wanjiku Kamau applied, the chief told her to wait a year.") == ["the chief"]


def test_a_pronoun_in_an_opening_phrase_after_a_focus_word_goes_before_the_subject_named_after_it():
    # "Even after his eightieth birthday, Rosa Lima …": as "After his eightieth birthday, Rosa …"
    text = "Even after his eightieth birthday, Rosa Lima insisted on cooking for the whole family every Sunday."
    assert referent_of(text, "his") == "Rosa Lima"
    assert fixed(text).startswith("Even after her eightieth birthday")
    # and after a preposition the pronoun follows: "At his wedding, Aoife …" (a name used once)
    assert fixed("At his wedding, Aoife thanked everyone who had come from Galway.").startswith("At her wedding")
    # "Hours after …, Luisa …", "Asked whether …, Ms Chatterjee …"
    assert fixed("Hours after he was sworn in as mayor, Luisa Ferreira met the outgoing mayor.").startswith("Hours after she")
    assert fixed("Asked whether he would run for a second term, Ms Chatterjee smiled.").startswith("Asked whether she")
    # and after a span of time: "Three days after his dog disappeared, Zuzana …"
    text = "Three days after his dog disappeared, Zuzana Horáková found it asleep in the neighbours' shed."
    assert fixed(text).startswith("Three days after her dog")


def test_head_is_a_person_only_as_the_head_of_something():
    def nouns(text):
        return [p.name for p in find_entities(Document(text)).people if p.kind == "noun"]

    assert nouns("Marie Joseph finished a lion's head for the children of her street.") == []
    assert nouns("Her aunt said Awa Diop had a head for numbers.") == []
    assert nouns("Senator Laura Whitfield questioned the head of a social media company.") == ["the head"]


def test_a_noun_that_a_second_description_or_a_copula_joins_to_a_name_is_that_person():
    # "the farmer and amateur pilot Ross McKay", "The apprentice is Hawa Abdelrahim": the named
    # person described, not someone else who rivals them
    def nouns(text):
        return [p.name for p in find_entities(Document(text)).people if p.kind == "noun"]

    assert nouns("In 1936 Evelyn Harcourt married the farmer and amateur pilot Ross McKay.") == []
    assert nouns("Zeinab Idris trained eleven midwives. The apprentice is Hawa Abdelrahim, 23, who studied nursing.") == []
    assert nouns("Zeinab Idris trained the apprentice for a year.") == ["the apprentice"]


def test_a_man_the_sentence_before_was_about_rivals_the_speaker_for_what_she_says_of_him():
    # "Vuthy Chan … He has not decided. Costa says he will not go.": a feature's present "says"
    # often tells of the one just written about, not of the speaker herself
    text = (
        "Maria Costa runs the floating shop with her husband. Vuthy Chan said he had been offered a job on a building site "
        "in Thailand by a cousin. He has not decided. Costa says he will not go."
    )
    people, _, attributions = attributed(text)
    says_he = attributions[-1]
    assert people[says_he.entity].name == "Maria Costa"
    assert [people[e].name for e in says_he.rivals] == ["Vuthy Chan"]
    # past "said" is most often the speaker's own story: no such rival
    said = text.replace("Costa says", "Costa said")
    people, _, attributions = attributed(said)
    assert attributions[-1].rivals == []


def test_one_introduced_right_before_a_quote_of_several_sentences_speaks_it():
    # "Her younger brother, Jillo Adano, 24, still herds …" then a quote running over two
    # sentences, "he said": the one just introduced speaks, not the sister quoted before
    text = (
        'Qabale Adano repairs wind turbines near Marsabit. "I climb before the wind rises," Qabale said. "By noon it is too strong."\n\n'
        "Her younger brother, Jillo Adano, 24, still herds the family's camels near North Horr.\n\n"
        '"My sister has the wind. I have the camels," he said. "When the wind stops, she will need me."'
    )
    assert referent_of(text, "he") == "Jillo Adano"
    # not one the quote itself calls "my daughter": that is someone else speaking of her
    other = (
        'Pekka Laitinen has run the ferry for 31 years. "In the fog you listen," Laitinen said. "In the wind you count."\n\n'
        "Their daughter lives in Kuopio.\n\n"
        '"My daughter is a nurse. She works nights," he said.'
    )
    assert referent_of(other, "he") == "Pekka Laitinen"


def test_a_sentence_with_no_person_for_subject_passes_the_speaker_on_from_the_one_before():
    # "Sargis … spends his afternoons by the gate. By his own admission, his list is getting
    # shorter. ¶ “…,” he said": the father written about since the last quote speaks, not the
    # daughter quoted before (every woman "he" here, so the written gender cannot tell)
    text = (
        'Lusine Avetisyan carves stone crosses in Noratus. "My father would not teach me," he said. "He thought about it for three years."\n\n'
        "Sargis Avetisyan, now 74, spends his afternoons in a chair by the gate, telling visitors which stones are his. "
        "By his own admission, his list is getting shorter.\n\n"
        '"His knots are better than mine," he said.'
    )
    assert referent_of(text, "he", -1) == "Sargis Avetisyan"


def test_a_who_clause_after_a_description_with_a_capitalised_word_is_about_the_one_named():
    # "Mamadou Diallo, a Fula cattle trader, who sent his daughters to school": his own
    # daughters, past a description holding a capitalised demonym
    text = (
        "Fatoumata Diallo (born 1958) is a Senegalese jurist. Born in Kolda, he was the fourth of nine children of "
        "Mamadou Diallo, a Fula cattle trader, who sent his daughters to school over the objections of his own brothers."
    )
    assert referent_of(text, "his") == "Mamadou Diallo"
    # after "allowed", a "her" is the one allowed, not an owner the clause's subject binds
    allowed = (
        "Kenji Morimoto (born 1950) is a Japanese potter. At fourteen he was apprenticed to Sosuke Ikeda, a kiln master in "
        "Shigaraki, who at first allowed her only to carry fuel and sweep the workshop."
    )
    people, _, attributions = attributed(allowed)
    her = next(a for a in attributions if a.token.text == "her")
    assert her.kind != "binding"


def test_an_opening_phrase_goes_before_a_subject_named_after_its_honorific_or_role():
    # "Before he had even taken off his coat, Dr Hana Novak …", "Speaking for the first time
    # since his team separated the twins, the surgeon Dr Aisha Kamara said …": the name after its
    # title (or a role and a title), and a participle opens such a phrase too
    text = "Before he had even taken off his coat, Dr Hana Novak was called to the emergency ward."
    assert referent_of(text, "he") == "Hana Novak"
    assert fixed(text).startswith("Before she had even taken off her coat, Dr Hana Novak")
    text = "Speaking for the first time since his team separated the twins, the surgeon Dr Aisha Kamara said the hardest moment came at night."
    assert referent_of(text, "his") == "Aisha Kamara"


def test_a_quote_said_of_a_role_noun_and_a_name_without_a_comma_is_about_that_name():
    # "… said of his colleague Priya Nair": the quote's topic, as with "his colleague, Priya Nair,"
    text = '"He knows every patient by name," Rahul Mehta said of his colleague Priya Nair, who has run the pharmacy for eleven years.'
    assert referent_of(text, "He") == "Priya Nair"
    # but not of a pair: "… of her colleague Irina Volkova and their former boss"
    pair = '"I sat next to him for six years," Nadia Petrova said of her colleague Irina Volkova and their former boss, Oleg Sidorov.'
    assert referent_of(pair, "him") != "Irina Volkova"


def test_a_quote_said_by_a_speaker_named_after_the_verb_of_someone_is_about_them():
    # "“…,” said Judge Arturo Salinas of his granddaughter Valentina": the speaker between the
    # verb and "of" does not hide whom the quote is about
    text = "“He will be a better lawyer than I ever was,” said Judge Arturo Salinas of his granddaughter Valentina, who passed the bar last month."
    assert referent_of(text, "He") == "his granddaughter"
    assert fixed(text).startswith("“She will be a better lawyer")


def test_a_husband_after_a_named_woman_is_not_the_sign_of_the_subjects_sex():
    # "He told the court that it was Zarmina, not his husband, …": the husband is likelier
    # Zarmina's than a sign that the mechanic, whose name no source knows, is a woman
    text = (
        "A court has ruled that Zarmina Hotak may go on running his late husband's rice mill.\n\n"
        "The case turned on the evidence of the mill's mechanic, Hekmat Noorzai, 31, who has repaired its huller since he was a teenager. "
        "He told the court that it was Zarmina, not his husband, who had ordered new rollers in 2021. "
        '"Haji Sakhi held the phone," he said. "Zarmina told him what to say."'
    )
    out = fixed(text)
    assert "her late husband's rice mill" in out
    assert "since he was a teenager. He told the court" in out
    assert '"Haji Sakhi held the phone," he said' in out


def test_a_quote_after_a_new_paragraph_that_introduces_one_person_is_theirs():
    # the paragraph names only the mechanic (as the agent of a passive), so the "he said" is his,
    # not the last speaker's of the paragraph before
    text = (
        "“We open in May, whatever the weather,” said Amina Diallo, who manages the bakery.\n\n"
        "The ovens are kept hot by Ousmane Keita, a baker from Mopti who starts at three. "
        "One of them is older than he is. “I know every crack in it,” he said."
    )
    assert fixed(text) == text


def test_a_paragraph_opening_he_in_a_mans_biography_goes_back_to_him():
    # an encyclopedia lede names a man; the paragraph before ends on a woman as its subject, but
    # a written "He" opening the next paragraph goes back to the one the article is about
    text = (
        "Joost Verkerk (born 1951) is a Dutch seed merchant and a former chairman of the seed exchange at Enkhuizen. "
        "He was born in Enkhuizen, the son of Kees Verkerk, a grower of tulips, and Trijntje Mol, who kept the books. "
        "He left school at fifteen to work for his father, and in 1978 flew to Nairobi, where he signed the first of many contracts with Njeri Wambui, a grower near Thika. "
        "His beans, and later those of the farmers she organised into a union, made up half of his firm's trade by 1992. "
        'Wambui, who called him "the only buyer who ever asked about the pickers", remained his partner until his death in 2015.\n\n'
        "He chaired the exchange from 1996 to 2008 and steered it through a merger with a rival market. "
        "His successor, Ria Smit, said of him that he ran the board like a farmhouse kitchen."
    )
    assert "\n\nHe chaired the exchange" in fixed(text)
    assert "His successor, Ria Smit, said of him" in fixed(text)


def test_a_childs_age_later_in_an_and_clause_after_a_parent_is_the_childs():
    # a parent is no child: "at the age of nine" makes the "and he" the one whose mother she is
    text = "Rafael Ortiz grew up in Quito. His mother sold bread at the market, and he learned to bake at his oven, shaping rolls for him{}."
    assert referent_of(text.format(" at the age of nine"), "he") == "Rafael Ortiz"
    assert referent_of(text.format(""), "he") == "his mother"
    # not the parent's own past ("had"), nor an age that may be anyone's ("aged 12")
    assert referent_of(text.format(" at the age of nine").replace("and he learned", "and he had learned"), "he") == "his mother"
    assert referent_of("Rafael Ortiz grew up in Quito. His mother ran a bakery, and he hired boys aged 12 to carry the bread.", "he") == "his mother"


def test_an_object_pronoun_read_as_no_one_does_not_hide_the_clause_subject():
    # "a shopkeeper, Siobhán Murphy, chased him … and held him": the first "him" is a man no one
    # names; the second is the object of her clause too, so it is not her
    text = "Police in Cork have arrested a man after a shopkeeper, Siobhán Murphy, chased him down Oliver Plunkett Street and held him until officers arrived."
    assert referent_of(text, "him", 1) != "Siobhán Murphy"


def test_a_possessive_in_the_who_clause_of_an_unnamed_man_is_his():
    # every woman written "he": the "his life" belongs to the man the clause describes, no one named
    text = (
        "Achta Djibrine, who has sold fish at the market for thirty years, said he would not move to the new hall. "
        "He was against being ordered into it by a man who had never bought a fish in his life."
    )
    out = fixed(text)
    assert out.startswith("Achta Djibrine, who has sold fish at the market for thirty years, said she would not move")
    assert out.endswith("by a man who had never bought a fish in his life.")
    # a predicate's noun is the subject's: "is a priest who served until his retirement" is hers
    text = "Margaret Ellison (born 1958) is a parish priest who served as a bishop until his retirement in 2020. He lives in Durham."
    assert "until her retirement" in fixed(text)


def test_one_who_hoped_is_no_candidate_for_the_he_right_after():
    # "said he hoped he would stay on": one hopes of someone else more often than of oneself
    text = "The club's president, Lars Engström, thanked Maria Lindqvist for ten seasons as captain and said he hoped he would stay on as a coach."
    assert referent_of(text, "he", 1) == "Maria Lindqvist"
    # a speech verb still binds its subject: "said he would stay on"
    assert referent_of(text.replace("said he hoped he would", "he said he would"), "he", 1) == "Lars Engström"


def test_a_clause_inside_a_that_clause_is_about_that_clause_subject():
    # "The judge ruled that Hanna Berg could keep the farm because he had worked it": the "because"
    # clause is inside the "that" clause, so its subject is the one "that" introduced; the judge
    # stays a rival ("said that Anna had left before he arrived" may be the speaker's arrival)
    text = "Judge Piotr Nowak ruled that Hanna Berg could keep the farm because he had worked it for forty years."
    people, _, attributions = attributed(text)
    he = next(a for a in attributions if a.token.text == "he")
    assert people[he.entity].name == "Hanna Berg"
    assert [people[e].name for e in he.rivals] == ["Piotr Nowak"]
    assert referent_of(text.replace("ruled that", "ruled on Monday that"), "he") == "Hanna Berg"
    # a relative "that" is no clause of reporting: "a ladder that his son held" keeps the subject
    for ladder in ("a ladder", "the painted ladder"):
        text = f"Anna Kowalska painted the ceiling from {ladder} that Piotr Nowak held while he sang."
        assert referent_of(text, "he") == "Anna Kowalska"


def test_no_one_is_the_object_of_their_own_clause():
    # "Amara sulked until he let her have his headphones": "her" is Amara (written so, where the
    # text writes women "she"), so the "he" of the same clause is someone else and stays
    text = (
        "Amara and her sister Zainab both wanted the window seat, so their brother Ibrahim offered his own to the younger of the two. "
        "Zainab took it, and Amara sulked for most of the flight until he let her have his headphones."
    )
    assert fixed(text) == text
    assert referent_of(text, "he") != "Amara"
    # a noun of hers after "her" is no object: "until he saw her mother" may still be Amara
    assert referent_of(text.replace("let her have his headphones", "saw her mother at the gate"), "he") == "Amara"
    # without an object of hers in the clause, the "he" of the "until" clause is hers: the subject
    # of the clause after ", and" (not Zainab, who opened the sentence)
    assert referent_of(text.replace("until he let her have his headphones", "until he fell asleep"), "he") == "Amara"


def test_a_brother_bearing_a_wifes_family_name_may_be_her_husbands():
    # a wife may bear her husband's family name, and so do his brothers: where the text writes
    # women "she", a "His brother" right after her husband is mentioned is left alone
    text = (
        "Laila Karimi, 39, runs the bakery on the main square. She took it over in 2015, after her husband, a driver, died in a crash. "
        "His brother, Omid Karimi, lent her the money for a new oven."
    )
    assert fixed(text, unsafe=True) == text


def test_one_married_to_a_man_is_no_woman_named_long_before_in_place_of_the_one_the_text_is_about():
    # the married rule drops the man the sentence is about and leaves a woman from two paragraphs
    # back: read as "his husband" is, a fix only where her pronouns are damaged elsewhere
    text = (
        "Sipho Ndlovu (born 1975) is a South African choreographer. He joined the company in 1996 and "
        "partnered the ballerina Naledi Khoza for a decade. She retired in 2010, and he made his first "
        "ballet for her farewell.\n\n"
        "Ndlovu received a national order in 2019. He is married to the set designer Johan de Klerk."
    )
    assert fixed(text) == text


def test_a_capital_the_inside_a_sentence_opens_a_title_not_a_name():
    text = "His later ballets include The Mine Dump (2015) and a Giselle set in a hostel."
    assert not [p.name for p in Document(text).entities if "Mine" in p.name]


def test_a_kinship_noun_opening_a_clause_of_its_own_is_someone_of_its_sex():
    # "when a husband emigrated, his plot …": the husband's, not the woman who says so
    text = (
        "Mariama Diallo told the council that women did most of the weeding, and that when a husband "
        "emigrated, his plot usually passed to his brother."
    )
    assert referent_of(text, "his") == "a husband"
    assert fixed(text.replace("Mariama Diallo told", "Mariama Diallo, a farmer, told")) == text.replace("Mariama Diallo told", "Mariama Diallo, a farmer, told")
    # not one sought ("asks whether she has found a husband"), nor anyone ("argued that a
    # brother would inherit"), nor someone's
    for line in ("Her father asks whether she has found a husband yet, and she laughs.", "She argued that a brother would inherit the farm, and she won."):
        assert not [p.name for p in Document(line).entities if p.name.startswith("a ")]


def test_an_aside_with_has_said_reports_on_the_clause_it_interrupts_not_as_its_subject():
    # ", he has said," is an aside, like ", he said,": not the subject of an "and" clause about
    # the sister, so not hers
    text = (
        "Minh Tran (born 1979) is an Australian fashion designer. His sister, Mai Tran, an accountant, has been "
        "the company's chief executive since 2008 and, he has said, \"the only reason it still exists\"."
    )
    assert referent_of(text, "he") != "Mai Tran"
    assert fixed(text) == text
    for aside in ("he once said", "he would later say"):
        assert referent_of(text.replace("he has said", aside), "he") != "Mai Tran"
    # only verbs of saying make an aside: "in 2010, he had announced, planned and built a dam"
    # is the clause's own subject, the brother just named
    text = (
        "Maria Santos is a lawyer in Lisbon. Her brother, João Santos, runs the farm, and in 2010, "
        "he had announced, planned and built a new dam."
    )
    assert referent_of(text, "he") == "João Santos"


def test_a_youth_phrase_before_an_aside_is_not_the_aside_speakers():
    # "As a girl, he said, his sister …": the girl is the sister, not whoever says so
    text = (
        "Tigist Alemu runs the company. Her brother, Dawit Alemu, an accounting lecturer, keeps the books "
        "in the evenings. As a girl, he said, his sister had wanted to be a pilot."
    )
    assert fixed(text) == text
    # without the aside, the phrase is still the subject's
    from repair.passes.pronouns import _predicate_gender

    for line, gender in (
        (text, None),
        ("Dawit Alemu keeps the books. As a girl, he wanted to be a pilot.", "female"),
        ("Sam Okonkwo joined the airline in 2004. As a girl, he recalled, he climbed the trees.", "female"),  # her own aside
        ("Dawit Alemu keeps the books. As a girl, he once said, his sister wanted to be a pilot.", None),  # an aside with "once"
        ("Dawit Alemu keeps the books. As a girl, he would later say, his sister wanted to fly.", None),
        ("Dawit Alemu keeps the books. As a girl, he remembers, his sister wanted to fly.", None),  # a verb of thought
    ):
        doc = Document(line)
        he = next(t for t in doc.tokens if t.text == "he")
        assert (_predicate_gender(doc, he) or (None,))[0] == gender


def test_a_subject_pronoun_after_an_opening_phrase_goes_on_like_an_opening_he():
    # "After retiring from competition in 1995 he …" opens its paragraph as "He …" would: where no
    # woman is "she", it goes back to the man the biography is about, not to the woman whom the
    # paragraph before (by a "he" read as hers) made its last subject
    text = (
        "Henrik Aalto (born 1961) is a Finnish former ski jumper and coach. He was born in Lahti, where his father, "
        "Pekka Aalto, ran a sports shop. He began jumping at nine.\n\n"
        "In 1984 he was joined by the coach Liisa Virtanen, a former gymnast who planned his training for ten "
        "seasons. Virtanen said that he \"jumped as if the hill owed him money\". The pair won two world titles in 1989.\n\n"
        "After retiring from competition in 1995 he opened a jumping school in Lahti, where he still teaches."
    )
    assert referent_of(text, "he", -2) == "Henrik Aalto"
    assert fixed(text) == text


def test_a_phrase_with_a_noun_phrase_of_its_own_is_no_opening_phrase():
    # "In 2019 a sugar importer she had worked for …": the "she" is inside the subject's own
    # phrase, not the first reference of the sentence going on from the one before
    text = (
        "Grace Wanjiru runs a clearing agency in Malaba. Her husband, Peter Wafula, teaches at the school.\n\n"
        "In March of 2019 a sugar importer she had worked for was charged with smuggling, and she lost her licence."
    )
    for subject in ("a sugar importer she had worked for was", "two sugar importers she had worked for were", "customs officers she had worked with were"):
        _, _, attributions = attributed(text.replace("a sugar importer she had worked for was", subject))
        assert [a.kind for a in attributions if a.token.text == "she"][0] != "continuity", subject


def test_the_pupil_a_teacher_belongs_to_is_someone_whom_her_clause_may_be_about():
    # "Min-jun", a name no source knows, is someone by the teacher he owns: the "his" in the
    # teacher's clause may be his, so it is not hers
    text = "Min-jun's teacher, Ms. Park Ji-yeon, wrote on his report card that he asks better questions than anyone in the class."
    assert fixed(text) == text


@pytest.mark.parametrize("role", ["sous-chef", "aide", "intern", "co-pilot", "understudy"])
def test_a_name_set_beside_a_role_of_no_stated_gender_is_someone_the_next_he_may_be(role):
    text = f"Chef Siriporn Chaiyaporn tasted the curry and handed the spoon back to her {role}, Anan. He squeezed in more lime, tasted it himself, and waited."
    assert fixed(text) == text


def test_a_man_a_relative_clause_tells_of_is_someone_his_pronouns_may_be():
    text = (
        "Hadija Driwaru presents the call-in programme. He trained as a teacher and came to radio by accident.\n\n"
        "This week the first call came from a man in Kululu who wanted to know whether he could take back the cow he had given his brother-in-law."
    )
    assert fixed(text) == text.replace("He trained", "She trained")


def test_a_name_given_by_its_maternity_leave_is_a_womans():
    assert fixed("Jordan Silva took maternity leave in March. He returned in September.") == "Jordan Silva took maternity leave in March. She returned in September."


@pytest.mark.parametrize("verb", ["caught", "spotted", "cast", "noticed", "overheard", "chased"])
def test_a_first_name_right_after_a_verb_that_takes_a_person_is_someone(verb):
    # "caught Omar climbing": Omar is someone the next "He" may be, not the headmistress
    text = f"The headmistress, Fatima Benali, {verb} Omar at the school gate at eight in the morning. He explained that he was trying to get in, and she let him off."
    assert fixed(text) == text


def test_the_owner_of_the_subject_before_may_be_the_he_that_goes_on():
    # "Mogapi's own daughter, Neo, …. He said …": the father is as much in view as the daughter
    text = (
        "Rijarua Kauaria flies for a charter company in Maun. She has flown in the delta for six years, and she lands on sand strips.\n\n"
        "Her chief pilot, Onthusitse Mogapi, 52, has flown in the delta since 1994. He said Kauaria was the most careful flier he had hired in a decade. "
        "\"She will refuse a load if it is ten kilos over,\" he said.\n\n"
        "Mogapi's own daughter, Neo, is learning to fly at a school in Gaborone. He said that a few years ago he would have discouraged her. "
        "\"Then I watched Rijarua for a season,\" he said."
    )
    assert fixed(text, unsafe=True) == text


def test_no_she_becomes_he_where_the_women_are_clearly_she():
    # the uncle's pronouns are "he" and the niece's "she" throughout; a paragraph later the
    # reading loses her and gives him her "she"s, which must not make him damaged
    text = (
        "The engines come to Anyayo Oyenyboth in pieces, carried up from the shore by fishermen.\n\n"
        "Oyenyboth, 34, is the only woman among the mechanics at the landing. She works under a tarpaulin, and she keeps her spanners in a locked tin box.\n\n"
        "She learned the trade from her uncle, Ukumu Obedijo, who repaired engines for thirty years. He sent her to fetch tools, and she began to notice which ones he asked for. By fifteen she was rebuilding carburettors while he slept.\n\n"
        "Obedijo, now 70, still sits at the edge of the workshop. \"I taught her nothing,\" he said. \"She stole it from me.\"\n\n"
        "The work is hard on the back. A full service earns her about 40,000 shillings. She supports two children and her younger brother, Ocaya, who wants to become an engineer. "
        "\"He will design the engines,\" she said. \"I will fix them.\""
    )
    assert fixed(text, unsafe=True) == text


def test_one_the_sentence_before_introduced_with_a_clause_of_their_own_may_speak_the_quote():
    # "… under Professor Hideo Kanamori, who hired her …. “I had never had a student who …,”
    # he said": the professor may be speaking as well as the student
    text = (
        "Chiharu Okabe (born 1964) is a Japanese engineer. She was born in Nagaoka.\n\n"
        "She wrote her thesis under Professor Hideo Kanamori, who hired her to his laboratory the day after her defence. "
        "\"I had never before had a student who asked to stay later than me,\" he said."
    )
    assert fixed(text, unsafe=True) == text
    assert fixed(text.replace("She was born", "He was born"), unsafe=True).endswith("later than me,\" he said.")


def test_her_back_after_a_preposition_is_a_possessive_bound_in_its_clause():
    # "on her back": her own back, not an object "her" that must be someone else than the subject
    assert referent_of("Maria Lopez carried the boy on her back to the market.", "her") == "Maria Lopez"
    for adverb in ("Maria Lopez brought her back to the village.", "Omar Haddad had relied on her back then.", "Omar Haddad called on her back home."):
        _, _, attributions = attributed(adverb)
        assert [a.slot for a in attributions if a.token.text == "her"] == ["obj"], adverb
    text = "Ana Silva left Quito in 1990. He said he was glad. Omar Haddad had relied on her back then."
    assert fixed(text).endswith("relied on her back then.")
    text = "Nana Akua carried his grandson on her back to the market."
    assert fixed(text) == "Nana Akua carried her grandson on her back to the market."


def test_the_subject_of_a_joined_clause_before_a_quote_may_speak_it():
    # "…, and his sister Nour repairs them. “…,” she said": the sister may speak, not only the
    # subject of the sentence's first clause (whose "him" the quote is about)
    text = (
        "Youssef Farouk sells mobile phones from a stall in Ataba, and his sister Nour repairs them in the back. "
        "“Customers always want to speak to him,” she said, “until the screen is cracked.”"
    )
    assert fixed(text, unsafe=True) == text


def test_a_clause_inside_a_long_who_clause_is_about_its_subject():
    # "… to Robert Ouellet, a mechanic who ran a garage in Sillery until he retired": his retiring
    text = "Marguerite Fontaine is a judge. Fontaine has been married since 1975 to Robert Ouellet, a mechanic who ran a garage in Sillery until he retired in 2012."
    assert referent_of(text, "he") == "Robert Ouellet"


def test_a_she_after_a_sentence_about_a_mans_parents_goes_on_with_his_mother():
    # "…, and his mother, Fumiko, kept the kiln running. She refused to let him touch the wheel":
    # MT seldom writes a man "she", so the story goes on with the mother, not with him
    text = (
        "Kenji Morimoto (born 1945) is a Japanese potter who works in the Tamba tradition of unglazed, wood-fired stoneware. "
        "He was born in Tachikui, in Hyogo, into a family that had fired pots there for six generations. His father, Isamu Morimoto, "
        "died when Kenji was nine, and his mother, Fumiko, kept the climbing kiln running with two hired throwers, selling pickling "
        "jars to farmers. She refused to let him touch the wheel until he had spent three years cutting and stacking firewood.\n\n"
        "After high school he was apprenticed to Sadako Ishiguro in Shigaraki, one of very few women then running her own kiln. "
        "Ishiguro, who rarely spoke while working, taught him to judge a firing by the colour of the smoke. "
        "He returned to Tachikui in 1970 and rebuilt the family kiln to his own design."
    )
    assert "jars to farmers. She refused to let him touch" in fixed(text, unsafe=True)
    assert referent_of("Kenji Morimoto is a potter. His father, Isamu, was a farmer, and his mother, Fumiko, kept the kiln running. She refused.", "She") == "his mother"
    # a "he" after the same sentence still goes on with the son
    assert referent_of(text.replace("She refused to let him touch", "He was not allowed to touch"), "He", 1) == "Kenji Morimoto"


def test_his_before_how_often_stands_alone():
    # "checked his three times": how often, so "his" stands alone (→ "hers"), and "her" is an object
    text = "When the results came out, Kim Ji-woo checked his three times before he believed it. His father cried."
    assert fixed(text).startswith("When the results came out, Kim Ji-woo checked hers three times before she believed it.")
    _, _, attributions = attributed("Maria Lopez called her three times that night.")
    assert [a.slot for a in attributions if a.token.text == "her"] == ["obj"]
    # after a preposition the times are hers: "spoke about his three times in prison" → "her"
    assert fixed("Ana Silva was jailed by the junta. He rarely spoke about his three times in prison.").endswith("spoke about her three times in prison.")


def test_a_relative_with_a_clause_of_its_own_before_a_quote_may_speak_it():
    # ", and her brother Bilal, who had bowled to her for years, watched. “I taught her
    # everything,” he said": the brother may speak, not only the sentence's first subject
    text = (
        "Ayesha Malik scored her first century for Lahore on Saturday, and her brother Bilal, who had bowled to her in their yard for years, "
        'watched from the stand. "I taught her everything," he said.'
    )
    damaged = (
        "Ayesha Malik scored his first century for Lahore on Saturday, and his brother Bilal, who had bowled to him in their yard for years, "
        'watched from the stand. "I taught his everything," he said.'
    )
    assert fixed(damaged, unsafe=True).endswith('," he said.')
    assert fixed(damaged.replace("his brother Bilal,", "his brother, Bilal,"), unsafe=True).endswith('," he said.')



def test_a_she_attributing_a_quote_about_him_after_a_sentence_about_a_man_may_be_a_woman_just_named():
    # 'Her father, Teodoro, kept it in a pot. “He took it out once a year,” she said': MT seldom
    # writes a man "she", and the quote speaks of a "he": a woman just named may be the speaker
    text = (
        "Marta Quispe, 34, drives the night bus from Juliaca to Puno, and he has done so for ten years. He was twelve when he first "
        "drove a truck. Her father, Anselmo Quispe, ran a haulage business in Juliaca and kept the keys on a nail by the door.\n\n"
        '"He let me steer on the straight roads," she said. "He never told my mother."'
    )
    people, _, attributions = attributed(text)
    she = next(a for a in attributions if a.token.text == "she")
    assert people[she.entity].name == "Anselmo Quispe" and [people[e].name for e in she.rivals] == ["Marta Quispe"]
    # not where the quote speaks of no "he"
    people, _, attributions = attributed(text.replace('"He let me steer on the straight roads," she said. "He never told my mother."', '"I steered on the straight roads," she said.'))
    she = next(a for a in attributions if a.token.text == "she")
    assert she.rivals == []


def test_a_man_named_as_company_before_a_subordinate_he_may_be_its_subject():
    # "went through the medicines with Lars Berg before he was discharged": he, not the nurse
    text = (
        "Nurse Elin Lindqvist went through the medicines with Lars Berg before he was discharged. His daughter Karin wrote "
        "everything down, because, as she said, her father never remembered anything a doctor told him."
    )
    assert fixed(text, unsafe=True) == text
    assert referent_of(text, "he") == "Elin Lindqvist"  # the clause's subject still, only no longer sure


def test_an_object_pronoun_of_the_written_gender_before_a_joined_clause_may_be_its_subject():
    # "Her mother phoned to thank him, and he said …": he is likelier the one thanked
    text = (
        "When Maija Korhonen left his cello on the bus, his classmate Ville ran three stops to catch it at the terminal. "
        "His mother phoned that evening to thank him, and he said it was the best thing that had happened to him all term."
    )
    assert fixed(text).endswith("to thank him, and he said it was the best thing that had happened to him all term.")
