"""People found in a text and the evidence for their gender (repair/entities.py)."""

from __future__ import annotations

import pytest

from repair import name_evidence as nev
from repair.document import Document


def people(text):
    doc = Document(text)
    return doc, {p.name: p for p in doc.entities}


def gender_of(text, name):
    """The gender the name evidence gives `name` in text (None: it says nothing)."""
    return people(text)[1][name].verdict()[0]


def mention_texts(doc, person) -> list[str]:
    return [doc.text[m.start : m.end] for m in person.mentions]


def mention_starts(person) -> list[int]:
    return [m.start for m in person.mentions]


def named_at(text: str, phrase: str) -> str | None:
    """The name of the person mentioned where `phrase` starts in `text`, None where no one is."""
    doc = Document(text)
    m = doc.entities.mention_at(text.index(phrase))
    return None if m is None else doc.entities.people[m.entity].name


def test_full_name_with_role_words_dropped():
    doc, found = people("Russian President Vladimir Putin spoke. Councillor Ksenia Thorstrom replied.")
    assert set(found) == {"Vladimir Putin", "Ksenia Thorstrom"}
    assert found["Ksenia Thorstrom"].verdict()[0] == "female"
    assert found["Vladimir Putin"].verdict()[0] == "male"


def test_short_mentions_link_to_the_full_name():
    doc, found = people("Dmitry Palyuga spoke first. Palyuga’s petition grew. Later Palyuga left.")
    p = found["Dmitry Palyuga"]
    kinds = [m.kind for m in p.mentions]
    assert kinds == ["name", "surname", "surname"]
    assert p.mentions[1].possessive and doc.text[p.mentions[1].start : p.mentions[1].end] == "Palyuga"


def test_surname_misspelt_by_one_letter_is_the_same_person():
    doc, found = people("Ksenia Thorstrom arrived. Thorstrem said nothing.")
    assert [m.kind for m in found["Ksenia Thorstrom"].mentions] == ["name", "variant"]


def test_honorific_gives_gender_and_a_surname_only_person():
    doc, found = people("Ms. Ivanova opened the meeting. Mr. Tanaka closed it.")
    assert found["Ivanova"].verdict()[0] == "female"
    assert found["Tanaka"].verdict()[0] == "male"
    assert any("honorific" in e.reason for e in found["Tanaka"].verdict()[2])


@pytest.mark.parametrize(
    "text, name, gender",
    [
        ("Senhor Caetano talks the whole way across.", "Caetano", "male"),
        ("Senhora Matos sells the fish.", "Matos", "female"),
        ("Hajiya Bello runs the radio station.", "Bello", "female"),
        ("Alhaji Bello owns the trucks.", "Bello", "male"),
        ("Mevrouw de Vries said no.", "de Vries", "female"),
    ],
)
def test_honorifics_of_other_languages_give_gender(text, name, gender):
    assert gender_of(text, name) == gender


def test_surname_morphology_is_evidence_of_its_own():
    doc, found = people("Councillor Petrova spoke. Councillor Sokolov replied.")
    assert found["Petrova"].verdict()[0] == "female"
    assert found["Sokolov"].verdict()[0] == "male"


@pytest.mark.parametrize(
    "text, name, gender",
    [
        ("Dr. Liepiņa opened the clinic.", "Liepiņa", "female"),  # Latvian
        ("Dr. Kalniņš opened the clinic.", "Kalniņš", "male"),
        ("Dr. Grybauskaitė opened the clinic.", "Grybauskaitė", "female"),  # Lithuanian
        ("Dr. Paulauskiene opened the clinic.", "Paulauskiene", "female"),  # without diacritics
        ("Dr. Paulauskas opened the clinic.", "Paulauskas", "male"),
        ("Dr. Jónsdóttir opened the clinic.", "Jónsdóttir", "female"),  # Icelandic
        ("Dr. Papadopoulou opened the clinic.", "Papadopoulou", "female"),  # Greek
        ("Dr. Papadopoulos opened the clinic.", "Papadopoulos", "male"),
        ("Dr. Krawcowa opened the clinic.", "Krawcowa", "female"),  # Sorbian married
        ("Dr. Wysocka opened the clinic.", "Wysocka", "female"),  # Polish
        ("Dr. Wysocki opened the clinic.", "Wysocki", "male"),
        ("Dr. Adeyemi opened the clinic.", "Adeyemi", None),  # an ending that says nothing
    ],
)
def test_baltic_icelandic_and_greek_surname_endings(text, name, gender):
    _, found = people(text)
    assert found[name].verdict()[0] == gender


def test_an_unknown_name_with_the_family_name_of_someone_else_in_the_text_is_a_person():
    _, found = people("Ugen Lepcha said the transmitter was ready. The head of the council, Sonam Tshering Lepcha, opposed it.")
    assert "Sonam Tshering Lepcha" in found
    # named after them too, and then the family name alone is hers, the first named
    doc, found = people("Voirrey Kinvig kept sheep above Sulby Glen. Her father, Illiam Kinvig, was a blacksmith. Kinvig ran every morning.")
    assert "Voirrey Kinvig" in found
    assert mention_texts(doc, found["Voirrey Kinvig"]) == ["Voirrey Kinvig", "Kinvig"]
    # not a word and a family name: "Later Kinvig"
    _, found = people("Illiam Kinvig said the forge was closed. Later Kinvig left.")
    assert set(found) == {"Illiam Kinvig"}


def test_a_womans_form_of_a_family_name_a_man_in_the_text_bears_is_sure():
    text = "Zölfiyä Khäbibullina said the accordions were ready. Her son, Ildar Khäbibullin, tunes the reeds."
    _, found = people(text)
    g, strength, evidence = found["Zölfiyä Khäbibullina"].verdict()
    assert g == "female" and strength >= 0.9 and any("woman’s form of ‘Khäbibullin’" in e.reason for e in evidence)
    # alone, "-ina" is weak evidence
    _, found = people("Zölfiyä Khäbibullina said the accordions were ready.")
    assert found["Zölfiyä Khäbibullina"].verdict()[1] < 0.85


def test_an_iban_name_with_anak_is_one_name():
    _, found = people("Ipah anak Nyala, a master weaver, died on Thursday. Ipah anak Nyala was 88.")
    assert "Ipah anak Nyala" in found


@pytest.mark.parametrize(
    "name, gender",
    [("Ida Bagus Rai Sudarsa", "male"), ("Ida Ayu Made Candri", "female"), ("Ni Komang Srinadi", "female")],
)
def test_a_balinese_name_opens_with_its_bearers_sex(name, gender):
    # ("Ida" alone is a woman's name elsewhere: in "Ida Bagus" it is a man's title)
    _, found = people(f"{name}, a carver, died on Thursday in Mas.")
    assert found[name].verdict()[0] == gender


@pytest.mark.parametrize(
    "opening, found",
    [
        ("Wiryo Sastro (born 1965) is a film director.", True),
        ("Wiryo Sastro (1936–2020) was a film director.", True),
        # a single year in brackets says nothing of a life
        ("Wiryo Sastro (1965) is a film director.", False),
    ],
)
def test_a_name_no_source_knows_before_a_lifes_dates_is_a_person(opening, found):
    # (neither "Wiryo" nor "Sastro" is a first name any source knows)
    doc, found_people = people(opening + " Sastro worked as an assistant. His daughter is an editor.")
    assert ("Wiryo Sastro" in found_people) == found
    if found:
        assert mention_texts(doc, found_people["Wiryo Sastro"]) == ["Wiryo Sastro", "Sastro"]


def test_apposition_noun_is_evidence():
    doc, found = people("Chidi Okafor, a mother of two, runs the shop.")
    g, strength, ev = found["Chidi Okafor"].verdict()
    # "Chidi" is not in the name lexicon, so the apposition alone decides
    assert g == "female" and any("mother" in e.reason for e in ev)


def test_kinship_noun_is_a_person_of_their_own():
    doc, found = people("He said his mother believes it. His mother is 80.")
    rel = [p for p in doc.entities if p.kind == "relation"]
    assert len(rel) == 1 and rel[0].verdict()[0] == "female" and len(rel[0].mentions) == 2


def test_organisations_and_common_words_are_not_people():
    doc, found = people("The Kremlin said so. Grace Church is old. United Russia won.")
    assert not [p for p in doc.entities if p.kind == "person"]


def test_is_name_token_for_other_passes():
    doc = Document("Ksenia Thorstrom met the mayor.")
    toks = {t.text: t for t in doc.tokens}
    assert doc.entities.is_name_token(toks["Ksenia"]) and doc.entities.is_name_token(toks["Thorstrom"])
    assert not doc.entities.is_name_token(toks["mayor"])


def test_user_override_wins():
    doc, found = people("Sasha Petrenko spoke.")
    assert found["Sasha Petrenko"].verdict((("Sasha Petrenko", "female"),))[:2] == ("female", 1.0)


def test_first_name_lookup_is_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    nev.first_names.cache_clear()
    try:
        assert nev.first_name_verdict("Ksenia") == "female"
        assert list((tmp_path / "mt-repair").glob("first-names-*.marshal"))
        nev.first_names.cache_clear()
        assert nev.first_name_verdict("Dmitry") == "male"  # read back from the cache file
        assert nev.first_name_verdict("The") == "unknown"  # listed as a name, but a common word
    finally:
        nev.first_names.cache_clear()


def test_unknown_name_in_apposition_to_a_role_is_a_person():
    # a first name no lexicon knows: a person all the same, of unknown gender
    doc, found = people("The trade minister of Ghana, Qorvathi Frimpong, arrived on Monday.")
    assert "Qorvathi Frimpong" in found and found["Qorvathi Frimpong"].verdict()[0] is None


@pytest.mark.parametrize("role", ["legislator", "merchant", "surveyor"])
def test_unknown_name_after_a_role_word_is_a_person(role):
    # "the veteran legislator Shankarrao Mane": a given name no lexicon knows, after a job title
    doc, found = people(f"The veteran {role} Shankarrao Mane gave up his seat.")
    assert "Shankarrao Mane" in found


def test_no_role_word_is_also_a_given_name():
    # a guard on the role list: "Hunter Biden" is no hunter, "Mason Mount" no mason
    for name in ("Hunter Biden", "Mason Mount", "Porter Wagoner"):
        doc, found = people(f"{name} gave up his seat.")
        assert name in found


needs_statistics = pytest.mark.skipif(not len(nev.name_statistics()) > 1, reason="nomquamgender is not installed")


@needs_statistics
def test_name_statistics_speak_where_gender_guesser_is_silent():
    # gender-guesser does not know the Akan day names and calls "Mei" androgynous
    doc, found = people("The trade minister of Ghana, Akosua Frimpong, arrived. Kwabena Asante, a farmer, said he was glad. The conductor Mei Lin spoke.")
    assert nev.first_name_verdict("Akosua") == "unknown"
    assert found["Akosua Frimpong"].verdict()[0] == "female"
    assert "nomquamgender" in found["Akosua Frimpong"].verdict()[2][0].reason
    assert found["Kwabena Asante"].verdict()[0] == "male"
    gender, strength, _ = found["Mei Lin"].verdict()
    assert gender == "female" and strength < 0.85  # mostly, not almost always: a weaker verdict


@needs_statistics
def test_name_statistics_do_not_override_gender_guesser_or_find_people():
    doc, found = people("Ksenia Thorstrom met Dmitry Palyuga in Brussels.")
    assert all("nomquamgender" not in e.reason for p in found.values() for e in p.evidence)
    assert nev.statistics_evidence("Brussels") is None and nev.statistics_evidence("The") is None


@needs_statistics
def test_a_unanimous_share_of_few_bearers_is_a_weak_verdict():
    # "Ruwan": 19 bearers in 10 sources, all men; too few for "almost always", enough for "mostly"
    ev = nev.statistics_evidence("Ruwan")
    assert ev is not None and ev.gender == "male" and ev.weight < 0.85
    # a share of few bearers that is not unanimous says nothing ("Time": 84 bearers, 29 % women)
    assert nev.statistics_evidence("Time") is None


@needs_statistics
def test_the_projects_list_outweighs_a_weak_statistic():
    # "Funmilayo" is "mostly" female in the statistics and listed as a girl's name: the list decides
    _, found = people("The families were represented by Funmilayo Okonkwo, a lawyer.")
    gender, strength, evidence = found["Funmilayo Okonkwo"].verdict()
    assert gender == "female" and strength >= 0.85 and "name list" in evidence[0].reason


@pytest.mark.parametrize(
    "text, person",
    [
        ("The head of the regional trade bureau, Dawit Bekele, said the rules were clear.", "Dawit Bekele"),
        ("The rescue team's coordinator, Kanokwan Srisuk, told reporters the water was falling.", "Kanokwan Srisuk"),
    ],
)
def test_two_words_set_off_by_commas_before_a_speech_verb_are_a_person(text, person):
    _, found = people(text)
    assert person in found
    # not words that are no name ("The plan, Phase Two, said nothing" has no speaker in it)
    _, found = people("The second stage, Phase Two, begins in May.")
    assert not found


def test_two_words_set_off_by_commas_after_someones_agent_noun_are_a_person():
    # a name no source knows, in apposition to "her co-presenter" (not before a speech verb)
    _, found = people("Her co-presenter on the morning programme, Tendai Mafunga, joined the station at seventeen.")
    assert "Tendai Mafunga" in found
    # an agent-like noun with no owner is not enough: "The river, Rio Lempa, floods in May"
    _, found = people("After the winter, Rio Lempa floods the valley every May.")
    assert not found


def test_a_family_name_after_another_given_name_is_someone_else():
    # "Njaka Rakotomalala" (a given name no source knows) is not Tiana, whose full name comes later
    text = (
        "Over thirty years she recorded 400 songs, many written with the guitarist Njaka Rakotomalala. "
        "The two married in 1974. Their daughter Tiana Rakotomalala is also a singer."
    )
    doc, found = people(text)
    assert text.index("Njaka") + len("Njaka ") not in mention_starts(found["Tiana Rakotomalala"])
    # the surname alone, or after a title, is still hers
    text = "Tiana Rakotomalala is a singer. Rakotomalala said so, and Dr. Rakotomalala agreed."
    doc, found = people(text)
    assert len(found["Tiana Rakotomalala"].mentions) == 3


def test_a_name_is_a_person_when_its_first_word_speaks_alone_later():
    # a feature that goes by the first name: "Deisy says" makes "Deisy Palacios" a person
    _, found = people("Her cousin Deisy Palacios dries the beans on the roof. Deisy says she stopped taking sides.")
    assert "Deisy Palacios" in found
    # or an age in commas after it: "Yusmary, 41, studied chemistry"
    _, found = people("Yusmary Mijares has spent fifteen years on it. Yusmary, 41, studied chemistry in Caracas.")
    assert "Yusmary Mijares" in found and len(found["Yusmary Mijares"].mentions) == 2
    # a place in apposition is no speaker: "Areni, a village" does not make "Areni Noir" one
    _, found = people("The grape Areni Noir grows here. Areni, a village of 1,700 people, holds a festival.")
    assert "Areni Noir" not in found


@needs_statistics
def test_name_statistics_are_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    nev.name_statistics.cache_clear()
    try:
        assert nev.statistics_evidence("Akosua").gender == "female"
        assert list((tmp_path / "mt-repair").glob("name-statistics-*.marshal"))
        nev.name_statistics.cache_clear()
        assert nev.statistics_evidence("Kwabena").gender == "male"  # read back from the cache file
    finally:
        nev.name_statistics.cache_clear()


def test_a_first_name_inside_a_place_name_is_not_a_mention():
    doc, found = people("She lives in São Paulo. Paulo Mendes visited her.")
    assert mention_texts(doc, found["Paulo Mendes"]) == ["Paulo Mendes"]


def test_kinship_apposition_names_the_relation():
    doc, found = people("Tanaka took up running after her husband, Kenji, died. Kenji said so.")
    rel = [p for p in doc.entities if p.kind == "relation"][0]
    assert rel.first == "Kenji" and len(rel.mentions) == 3


def test_place_after_a_name_like_run_is_not_a_person():
    doc, found = people("She spent two nights in the Tien Shan mountains.")
    assert not [p for p in doc.entities if p.kind == "person"]
    # a region's own word: "Komi" is a man's name in Togo, "Komi Republic" a place
    doc, found = people("SYKTYVKAR, Komi Republic — The ferry will run again this summer.")
    assert not [p for p in doc.entities if p.kind == "person"]
    # "County Donegal": a place, though the run is two capitalised words after "in"
    doc, found = people("She was born in Letterkenny, County Donegal, the youngest of seven children.")
    assert not [p for p in doc.entities if p.kind == "person"]
    # "Born" opens a maiden name, not a person's name
    doc, found = people(
        "Gcinaphi Simelane taught music. Her sister, Lindiwe Shongwe, sang with her. "
        "Born Gcinaphi Shongwe in 1948, she was a farmer's daughter."
    )
    assert not [n for n in found if n.startswith("Born")]
    # an airline named after its country: "Kenya" is a woman's name to gender-guesser
    doc, found = people("In 2002 she joined Kenya Airways as a first officer.")
    assert not [p for p in doc.entities if p.kind == "person"]


def test_unnamed_people_compete_but_descriptions_of_named_ones_do_not():
    doc = Document(
        "Senator Laura Whitfield questioned the head of a media company. "
        "Whitfield, a lawyer, is a senator. The mayor, Edgars Liepa, agreed."
    )
    unnamed = [p.name for p in doc.entities if p.kind == "noun"]
    assert unnamed == ["the head"]


def test_a_surname_shared_by_a_family_means_the_first_named_alone():
    doc, found = people("Jonas Berg has fished for forty years. Berg said it was hard. His daughter, Ingrid Berg, filmed it. Berg plans to retire.")
    jonas = mention_texts(doc, found["Jonas Berg"])
    assert jonas == ["Jonas Berg", "Berg", "Berg"]
    assert [doc.text[m.start : m.end] for m in found["Ingrid Berg"].mentions if m.is_name] == ["Ingrid Berg"]


def test_a_shared_surname_passes_to_the_relative_named_once_when_the_first_named_goes_by_her_first_name():
    text = (
        "Yahoska Obando, 25, runs the dairy. Yahoska tests the milk, and Yahoska sets the price. "
        "Her father, Ernesto Obando, sells milk to her. Obando said the price was fair."
    )
    doc, found = people(text)
    assert mention_texts(doc, found["Ernesto Obando"])[-1] == "Obando"
    # the first named went by the family name before him: it stays hers
    doc, found = people(text.replace("and Yahoska sets", "and Obando sets"))
    assert mention_texts(doc, found["Yahoska Obando"])[-1] == "Obando"
    # named in full again and again, he is told apart that way: the name alone stays hers
    doc, found = people(text.replace("Obando said", "Ernesto Obando agreed. Obando said"))
    assert mention_texts(doc, found["Yahoska Obando"])[-1] == "Obando"


def test_a_gendered_noun_before_a_full_name_in_apposition_is_evidence():
    doc, found = people("Maria Okafor opened the show. Her brother, Zembalu Okafor, organised it.")
    gender, _, evidence = found["Zembalu Okafor"].verdict()
    assert gender == "male" and "brother" in evidence[0].reason
    assert all("brother" not in e.reason for e in found["Maria Okafor"].evidence)  # only the name after it


@pytest.mark.parametrize(
    "text, name, gender",
    [
        ("“We stay,” Zembalu Okafor said. Born in Aného in 1943, the daughter of a fisherman, Okafor left school at twelve.", "Zembalu Okafor", "female"),
        ("A father of three, Tiwaku Mbeki, 40, runs the ferry.", "Tiwaku Mbeki", "male"),
        ("Trained in Lyon, the widow of a printer, Ebrima Sowe, 61, kept the press.", "Ebrima Sowe", "female"),
    ],
)
def test_a_phrase_set_off_before_a_name_with_a_gendered_noun_is_evidence(text, name, gender):
    doc, found = people(text)
    got, _, evidence = found[name].verdict()
    assert got == gender and "described as" in evidence[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "Unlike a typical grandmother, Tiwaku Mbeki, 40, stayed.",  # the phrase is about someone else
        "At the request of the widow, Tiwaku Mbeki, 40, stayed.",
        "The widow's home, Tiwaku Mbeki, 40, said, was sold.",  # a possessive: the noun is another person
        # an aside inside the "who" clause of someone else's apposition
        "He trained under Rosaria Capuano, a widow who had taken over the shop and who, Tiwaku Mbeki said, cut cloth like a surgeon.",
    ],
)
def test_a_set_off_phrase_not_opening_with_the_persons_noun_says_nothing(text):
    doc, found = people(text)
    assert found["Tiwaku Mbeki"].verdict()[0] is None


@pytest.mark.parametrize("quoted", ['"Toi"', "“Toi”", "‘Toi’"])
def test_a_quoted_nickname_inside_a_name_is_part_of_it(quoted):
    doc, found = people(f"She took over when her father, Antonino {quoted} Brito, lost his sight. Toi Brito still comes by.")
    assert list(found) == ["Antonino Toi Brito"]  # one man: the father, the full name and the short one
    assert [m.kind for m in found["Antonino Toi Brito"].mentions] == ["kinship", "name", "surname"]


def test_a_run_ending_in_a_word_for_a_building_or_market_is_no_person():
    doc, found = people("Lamin Sanneh resells them at Albert Market. Sanneh said he was angry.")
    assert list(found) == ["Lamin Sanneh"]


@pytest.mark.parametrize("after", [", was one of its first technicians.", "."])
def test_a_kinship_phrase_set_off_after_a_name_is_that_person(after):
    doc, found = people(f"Remedios Ticona reads the news. The station hired Fermín Apaza, Ticona's husband{after}")
    assert set(found) == {"Remedios Ticona", "Fermín Apaza"}  # no second, nameless husband
    assert any("husband" in e.reason for e in found["Fermín Apaza"].evidence)


def test_a_kinship_phrase_in_a_list_after_a_name_is_someone_else():
    doc, found = people("Remedios Ticona came with Ana Ruiz, her mother, and her sister.")
    assert "her mother" in found and all("mother" not in e.reason for e in found["Ana Ruiz"].evidence)


@pytest.mark.parametrize(
    "first, gender",
    [("Qudratullah", "male"), ("Nizamuddin", "male"), ("Khairunnisa", "female"), ("Gulbibi", "female"), ("Gulnisa", "female"), ("Asnawati", "female")],
)
def test_a_given_name_no_source_knows_speaks_by_its_ending(first, gender):
    doc, found = people(f"{first} Hamidi, 61, runs the workshop. Hamidi said the work was slow.")
    got, weight, evidence = found[f"{first} Hamidi"].verdict()
    assert (got, weight) == (gender, 0.85) and "-" in evidence[0].reason
    assert nev.listed_name_evidence("Bibi") is None  # the ending alone is no name


@pytest.mark.parametrize(
    "text, name, gender",
    [
        ("Vatimetou Mint Brahim, 52, said so.", "Vatimetou Mint Brahim", "female"),
        ("Ely Ould Mbareck, 60, said so.", "Ely Ould Mbareck", "male"),
        ("Siti Aqilah binti Jumat said so.", "Siti Aqilah binti Jumat", "female"),
        # lower-case, as often in English: the particle joins the name and still says the sex
        ("Vatimetou mint Cheikh, 56, drives a lorry.", "Vatimetou mint Cheikh", "female"),
        ("Amastan ag Bakhou, a guide, died on Tuesday.", "Amastan ag Bakhou", "male"),
        ("Lemayian ole Kisemei said so.", "Lemayian ole Kisemei", "male"),
    ],
)
def test_daughter_of_and_son_of_inside_a_name_say_the_gender(text, name, gender):
    doc, found = people(text)
    assert found[name].verdict()[0] == gender
    assert any("of’" in e.reason for e in found[name].evidence)


def test_a_family_name_opening_with_a_lower_case_particle_is_written_with_a_capital_alone():
    # "Ould Bah" is the "Sidi Mohamed ould Bah" named before, not someone new
    text = "A court ruled that Sidi Mohamed ould Bah had broken the partnership. Ould Bah, reached by telephone, said little."
    assert named_at(text, "Ould Bah,") == "Sidi Mohamed ould Bah"
    # no one's where two bear it: "Da Silva" after Raimunda and Benedito da Silva is a name of its own
    text = "Raimunda Soares da Silva taught for forty years. She married Benedito da Silva in 1961. Da Silva died in 2009."
    assert named_at(text, "Da Silva died") == "Da Silva"
    # a place is no mention: "in La Paz" after "Carlos de la Paz"
    assert named_at("Carlos de la Paz was born in Sucre. In 1990 he moved to a flat in La Paz.", "La Paz.") is None
    assert named_at("Carlos de la Paz was born in Sucre. In 1990 La Paz moved to Oruro.", "La Paz moved") == "Carlos de la Paz"


def test_bin_as_the_first_word_of_a_name_is_a_given_name_not_son_of():
    doc, found = people("Bin Wang said so.")
    assert all("of’" not in e.reason for e in found["Bin Wang"].evidence)


def test_a_family_name_opening_with_an_abbreviated_saint_is_one_name():
    doc, found = people("The station's manager, Ulrica St. Rose, said the programme had worked. St. Rose retired in 2001.")
    assert list(found) == ["Ulrica St Rose"] and found["Ulrica St Rose"].verdict()[0] == "female"
    doc, found = people("He was born on St. Lucia in 1950.")  # no given name before it: a place
    assert not found


def test_family_name_first_with_a_hyphenated_given_name():
    doc, found = people("The mayor, Park Sung-ho, opened the library designed by Kim Min-ji. Kim Jong-un was not invited.")
    assert found["Park Sung-ho"].verdict()[0] == "male"  # found although "Park" is no first name
    assert found["Kim Min-ji"].verdict()[0] == "female"
    assert found["Kim Jong-un"].verdict()[0] is None  # "Kim" is his family name, not the English first name
    doc, found = people("Anna Müller-Schmidt spoke.")  # a double surname is not a given name
    assert found["Anna Müller-Schmidt"].verdict()[0] == "female"


def test_accents_the_dictionary_lacks_are_folded():
    assert nev.first_name_verdict("Siobhán") == "female"  # listed as "Siobhan"
    assert nev.first_name_verdict("Zoë") == "female"


def test_events_and_places_named_after_people_are_not_people():
    doc, found = people("Siobhán Kelly won the Queen Elisabeth Competition. Ana Ferreira guides climbers in the Serra da Estrela.")
    assert set(found) == {"Siobhán Kelly", "Ana Ferreira"}


def test_an_unknown_name_is_a_person_when_its_surname_speaks_alone_later():
    doc, found = people("Zorbalu Adeyemi won the race. Adeyemi said the count was fair. The Zorbalu Plaza opened.")
    assert "Zorbalu Adeyemi" in found
    doc, found = people("Zorbalu Adeyemi won the race. The count was fair.")
    assert "Zorbalu Adeyemi" not in found


def test_vietnamese_middle_names_state_the_gender():
    doc, found = people("Nguyen Thi Lan bred the rice. Her colleague Tran Van Minh ran the trials. Lan said it worked.")
    assert found["Nguyen Thi Lan"].verdict()[:2] == ("female", 0.95)
    assert found["Tran Van Minh"].verdict()[0] == "male"  # "Minh" alone is listed as mostly female
    assert len(found["Nguyen Thi Lan"].mentions) == 2  # "Lan" alone is her given name
    # only after a Vietnamese family name: a Dutch or Flemish "Van" says nothing
    doc, found = people("Anna Van Dijk opened the gallery.")
    assert found["Anna Van Dijk"].verdict()[0] == "female"
    # such a name is a name wherever it stands, after a time phrase too, not only before "said"
    for text in ("Nguyen Van Minh sells vegetables.", "Every Saturday Nguyen Van Minh and his wife, Lan, sell vegetables."):
        assert people(text)[1]["Nguyen Van Minh"].verdict()[0] == "male"


def test_the_project_name_list_fills_gaps_of_both_name_sources():
    doc, found = people("Folake Adeyemi defeated the incumbent, Tunde Bakare, on Saturday.")
    assert nev.first_name_verdict("Folake") == "unknown"
    assert found["Folake Adeyemi"].verdict()[0] == "female"
    assert "name list" in found["Folake Adeyemi"].verdict()[2][0].reason
    assert found["Tunde Bakare"].verdict()[0] == "male"
    # never over gender-guesser's own verdict
    assert nev.listed_name_evidence("Kofi") is None and nev.listed_name_evidence("Anna") is None
    # Pacific, Tigrinya, Turkmen, Malagasy names (round 14): the list, stronger than a "mostly"
    for name, gender in (("Mereoni", "female"), ("Abrehet", "female"), ("Ogulgerek", "female"), ("Tevita", "male"), ("Batyr", "male"), ("Solofo", "male")):
        doc, found = people(f"{name} Rasolo, a teacher, said the school would open.")
        assert found[f"{name} Rasolo"].verdict()[:2] == (gender, 0.85), name
    # a name another tradition gives the other sex is not listed: Fijian "Jone" is a man's
    assert nev.listed_name_evidence("Jone") is None


def test_a_predicate_noun_is_not_another_person():
    doc, found = people("Ngozi Eze became the first woman to lead the bank. The woman who founded it was her aunt.")
    nouns = [p for p in found.values() if p.kind == "noun"]
    assert [m.start for p in nouns for m in p.mentions] == [doc.text.index("woman who")]


def test_a_run_after_a_preposition_of_place_is_a_place_not_a_man():
    doc, found = people("Lucia Ferreira teaches in Belo Horizonte. Belo Horizonte has two stadiums. Ferreira said it was noisy.")
    assert "Belo Horizonte" not in found and "Lucia Ferreira" in found


@pytest.mark.parametrize("before", ["in what was then", "born in what is now"])
def test_a_run_after_what_was_then_is_a_place(before):
    doc, found = people(f"Rosa Mabota sang in the bars of {before} Lourenço Marques. Mabota was shy.")
    assert "Lourenço Marques" not in found and "Rosa Mabota" in found
    # not after "what was then" in other senses: "what was then Paulo Lemos's shop" is his
    doc, found = people("Rosa Mabota sang in what was then Paulo Lemos's bar. Paulo Lemos said so.")
    assert "Paulo Lemos" in found


def test_a_person_owning_the_place_after_a_preposition_stays_a_person():
    doc, found = people("The prize went to a farm in Santiago Lopez's village. Santiago Lopez said he was happy.")
    assert "Santiago Lopez" in found


def test_an_organisation_is_not_a_person():
    doc, found = people("Gabriela Ortiz found a comet, the International Astronomical Union said on Tuesday.")
    assert set(found) == {"Gabriela Ortiz"}


def test_a_relation_named_in_apposition_is_the_person_named_in_full_elsewhere():
    doc, found = people("Morag Sinclair runs the firm with her brother, Callum, since May. Callum Sinclair said the roof leaked.")
    assert "her brother" not in found
    callum = found["Callum Sinclair"]
    assert [m.kind for m in callum.mentions] == ["kinship", "first", "name"]
    assert callum.verdict()[0] == "male"


@pytest.mark.parametrize("name, gender", [("Cally Brown", "female"), ("Kyle Smith", None)])
def test_a_mostly_name_is_confirmed_or_cancelled_by_the_second_name_source(name, gender):
    # gender-guesser calls both "mostly female"; the name statistics agree on Cally, not on Kyle
    doc, found = people(f"{name} won the race on Sunday.")
    g, strength, _ = found[name].verdict()
    assert g == gender and (g is None or strength >= 0.85)


@pytest.mark.parametrize(
    "text, gender",
    [
        # a Spanish surname ending like a Slavic woman's: the first name speaks alone
        ("Ramon Villanueva said he would stay.", "male"),
        ("Igor Casanova said he would stay.", "male"),
        # the same ending with a first name that agrees, and a real Slavic -eva/-ova
        ("Marta Villanueva said she would stay.", "female"),
        ("Ksenia Lebedeva said she would stay.", "female"),
    ],
)
def test_slavic_surname_endings_do_not_fire_on_romance_surnames(text, gender):
    _, found = people(text)
    (p,) = found.values()
    assert p.verdict()[0] == gender
    assert p.verdict()[1] >= 0.85


def test_a_romance_surname_alone_has_no_gender():
    # ("Dr. Petrova" would be female: the ending alone speaks for a Slavic surname)
    _, found = people("Dr. Villanueva said the ferry was late.")
    assert found["Villanueva"].verdict()[0] is None


def test_an_unknown_name_closing_a_sentence_in_apposition_to_a_person_noun_is_a_person():
    text = "The dam was built by a local engineer, Pasang Dawa Sherpa. Her brother, Ang Tshering Sherpa, led the crew. Sherpa said it held."
    doc, found = people(text)
    assert "Pasang Dawa Sherpa" in found and found["Pasang Dawa Sherpa"].verdict()[0] is None
    # the lone surname of a family is the first of them named, not her brother
    assert mention_texts(doc, found["Pasang Dawa Sherpa"]) == ["Pasang Dawa Sherpa", "Sherpa"]
    # not after a place name: "a trip to the capital, Kathmandu Valley." is no apposition to a person noun
    _, found = people("She flew to the capital, Addis Ababa.")
    assert "Addis Ababa" not in found


def test_country_dependent_first_names_are_flagged_from_per_country_data():
    # male in one country and female in another, by gender-guesser's own per-country columns
    for name in ("Andrea", "Kari", "Nicola", "Simone", "Jean"):
        assert nev.is_country_dependent(name), name
    # one gender everywhere, or the other gender only as a rarity ("Aino": male once, frequency 1)
    for name in ("Ksenia", "Maria", "Anna", "Dmitry", "Aino", "Giulia"):
        assert not nev.is_country_dependent(name), name
    assert nev.is_country_dependent("Andrea-Maria")  # the first part decides, as for the verdict


def test_country_dependence_reads_the_most_frequent_gender_per_country():
    # columns: one frequency character per country; " " = unused, "1" rare … "D" very common
    assert nev._country_dependent({"female": "77 ", "male": "  5"})
    assert not nev._country_dependent({"female": "77 ", "male": "  2"})  # below MIXED_MIN_FREQUENCY
    assert not nev._country_dependent({"female": "775", "male": "  4"})  # female wins in every country
    assert not nev._country_dependent({"female": "77 ", "andy": "  6"})
    assert nev._country_dependent({"mostly_male": "6  ", "female": " 3 "})


def test_country_dependent_name_is_weak_evidence_that_other_evidence_can_outweigh():
    doc, found = people("Andrea Ferraro, a skipper, voted. Ms. Nicola Greco chaired the meeting. Kari Lundqvist's mother spoke.")
    gender, strength, evidence = found["Andrea Ferraro"].verdict()
    assert gender == "female" and strength <= nev.COUNTRY_DEPENDENT_WEIGHT
    assert "other" in evidence[0].reason and "countries" in evidence[0].reason
    gender, strength, _ = found["Nicola Greco"].verdict()
    assert gender == "female" and strength >= 0.85  # the honorific decides
    # a plain name of one gender keeps its full weight
    doc, found = people("Giulia Marchetti proposed the vote.")
    assert found["Giulia Marchetti"].verdict()[1] >= 0.85


def test_country_dependent_names_survive_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    nev.first_names.cache_clear()
    try:
        assert nev.is_country_dependent("Kari")
        nev.first_names.cache_clear()
        assert nev.is_country_dependent("Kari") and not nev.is_country_dependent("Ksenia")  # read back
    finally:
        nev.first_names.cache_clear()


# --- the country a text is set in, for country-dependent first names (round 7) ----------------


def test_per_country_codes_need_a_clear_majority_in_that_country():
    # columns: one frequency character per country
    assert nev._country_codes({"male": "7  ", "female": " 8 "}, 3) == "MF "
    assert nev._country_codes({"male": "7", "female": "6"}, 1) == " "  # too close: one step apart
    assert nev._country_codes({"male": "7", "female": "5"}, 1) == "M"  # two steps: four times rarer
    assert nev._country_codes({"male": "2"}, 1) == " "  # a rarity says nothing
    assert nev._country_codes({"mostly_female": "6", "andy": "5"}, 1) == " "  # shared there


def test_a_country_dependent_name_takes_its_countrys_verdict():
    assert nev.country_gender("Andrea", "italy") == "male" and nev.country_gender("Andrea", "germany") == "female"
    assert nev.country_gender("Kari", "finland") == "male" and nev.country_gender("Kari", "norway") == "female"
    assert nev.country_gender("Ksenia", "italy") is None  # not country-dependent: no per-country verdict


def test_the_texts_country_comes_from_its_dateline_or_its_places():
    assert nev.text_country(Document("TURIN, Italy — The strike ended."))[0] == "italy"
    assert nev.text_country(Document("BOGOTÁ — The city opened new lanes."))[0] == "spain"  # Spanish naming
    assert nev.text_country(Document("The tram union in Milan met. Italian drivers voted. Rome agreed."))[0] == "italy"
    # several countries, none dominant; or none at all: no setting
    assert nev.text_country(Document("Flights from Paris, Berlin and Rome were cancelled.")) is None
    assert nev.text_country(Document("The strike ended on Monday.")) is None
    # one mention is not enough to call it the setting
    assert nev.text_country(Document("She once visited Oslo.")) is None


def test_a_country_dependent_name_is_strong_where_the_text_says_the_country():
    _, found = people("NAPLES, Italy — Andrea Conti opened the school in 2019. Conti said it was full.")
    gender, strength, evidence = found["Andrea Conti"].verdict()
    assert gender == "male" and strength >= 0.85
    assert "male in Italy" in evidence[0].reason and "NAPLES, Italy" in evidence[0].reason
    _, found = people("LEIPZIG, Germany — Andrea Vogel founded the choir in 2015.")
    assert found["Andrea Vogel"].verdict()[:2] == ("female", 0.85)
    # no country: weak, as before
    _, found = people("Andrea Vogel founded the choir in 2015.")
    assert found["Andrea Vogel"].verdict()[1] <= nev.COUNTRY_DEPENDENT_WEIGHT


def test_a_demonym_or_origin_attached_to_the_person_beats_the_texts_country():
    text = "BOGOTÁ — Andrea Rincón leads the plan. An Italian-born planner named Simone Ricci criticised it."
    _, found = people(text)
    assert found["Andrea Rincón"].verdict()[0] == "female"  # the setting: Spanish naming
    gender, _, evidence = found["Simone Ricci"].verdict()
    assert gender == "male" and "Italian-born" in evidence[0].reason  # Simone is a man's name in Italy
    _, found = people("GLASGOW, Scotland — The manager, Michele Russo, hired her. Russo, whose family came to Scotland from Italy, said so.")
    assert found["Michele Russo"].verdict()[0] == "male"
    _, found = people("The jury was chaired by Kari Nygaard, a Norwegian architect, in Helsinki. Helsinki hosted it in Finland.")
    assert found["Kari Nygaard"].verdict()[0] == "female"  # Norwegian: the text's Finland does not decide
    # a demonym that belongs to someone else in the sentence is not the person's
    _, found = people("ROVANIEMI, Finland — The Norwegian minister and Kari Virtanen met.")
    assert found["Kari Virtanen"].verdict()[0] == "male"


def test_a_country_read_from_place_names_is_medium_evidence_only():
    # no dateline: the country the place names point to is likelier, not certain
    _, found = people("Andrea Conti runs a pizza school in Naples. Italian chefs teach there. Rome sends pupils.")
    gender, strength, evidence = found["Andrea Conti"].verdict()
    assert gender == "male" and strength == nev.COUNTRY_INFERRED_WEIGHT < 0.85
    assert "place names" in evidence[0].reason


def test_a_compound_surname_alone_is_the_person_whose_name_ends_with_it():
    doc, found = people(
        "Joaquim Ferreira da Silva died on Sunday. His daughter, Luciana Ferreira, was with him. "
        "Ferreira da Silva was born in 1937. Later Ferreira da Silva’s songs reached the radio."
    )
    assert set(found) >= {"Joaquim Ferreira da Silva", "Luciana Ferreira"}
    assert "Ferreira da Silva" not in found  # not a third person of unknown gender
    father = found["Joaquim Ferreira da Silva"]
    tails = [m for m in father.mentions if m.kind == "surname"]
    assert [doc.text[m.start : m.end] for m in tails] == ["Ferreira da Silva", "Ferreira da Silva"]
    assert tails[1].possessive
    # the daughter keeps her own surname's mentions only: none inside her father's name
    assert all(doc.text[m.start : m.end] != "Ferreira" for m in found["Luciana Ferreira"].mentions)


def test_two_lower_case_particles_stay_inside_a_name():
    doc, found = people("The prize went to Maria das Graças Nogueira and to Jan van der Berg, a teacher.")
    assert {"Maria das Graças Nogueira", "Jan van der Berg"} <= set(found)


def test_a_dateline_in_capitals_is_no_person():
    doc, found = people("RIO DE JANEIRO — Joaquim Ferreira da Silva, a composer, died on Sunday.")
    assert set(found) == {"Joaquim Ferreira da Silva"}


def test_an_unknown_name_closing_a_sentence_after_an_agent_noun_is_a_person():
    doc, found = people("She went to a local kiln master, Hanshirō Ueda. He refused at first.")
    assert "Hanshirō Ueda" in found
    assert found["Hanshirō Ueda"].verdict()[0] is None  # a person of unknown gender: a rival for "He"
    # a place after an ordinary noun stays no one
    doc, found = people("They moved to the capital, Buenos Aires. It rained.")
    assert "Buenos Aires" not in found


# --- round 8 ---------------------------------------------------------------------------------


def test_an_honorific_with_a_family_surname_means_the_member_it_fits():
    doc, found = people(
        "Kaveh Nasiri announced the death. His aunt, Mahin Nasiri, 81, spoke later. "
        "“It was quiet,” Mrs. Nasiri said."
    )
    mahin, kaveh = found["Mahin Nasiri"], found["Kaveh Nasiri"]
    assert any(doc.text[m.lead : m.end] == "Mrs. Nasiri" for m in mahin.mentions)
    assert not any("honorific" in e.reason for e in kaveh.evidence)
    assert kaveh.verdict()[:1] == ("male",) and kaveh.verdict()[1] >= 0.85


def test_an_honorific_that_fits_the_first_named_stays_with_them():
    doc, found = people("Franziska Huber took over from her father, Josef Huber. Ms. Huber said it was time.")
    assert any(doc.text[m.lead : m.end] == "Ms. Huber" for m in found["Franziska Huber"].mentions)
    doc, found = people("Franziska Huber took over from her father, Josef Huber. Mr. Huber said it was time.")
    assert any(doc.text[m.lead : m.end] == "Mr. Huber" for m in found["Josef Huber"].mentions)
    assert found["Franziska Huber"].verdict()[:1] == ("female",)


def test_an_age_between_name_and_apposition_keeps_the_apposition():
    doc, found = people("Grace Muriuki, 47, a farmer from Mathira, won the vote. Amina Yusuf, 52, a mother of two, lost.")
    assert not any(p.kind == "noun" for p in found.values())  # "a farmer" is Grace Muriuki, not someone else
    assert any("mother" in e.reason for e in found["Amina Yusuf"].evidence)


def test_the_count_alone_is_no_person():
    doc, found = people("Anna Nowak watched the count from the back of the hall.")
    assert set(found) == {"Anna Nowak"}


def test_arts_closes_an_institution_not_a_name():
    doc, found = people("She studied at the Academy of Fine Arts in Kyiv. Kateryna Bondarenko said so.")
    assert set(found) == {"Kateryna Bondarenko"}


def test_a_second_given_name_confirms_a_mostly_first_name():
    doc, found = people("María Inés Sosa Etcheverry is an astronomer. María Sosa is another.")
    strong, plain = found["María Inés Sosa Etcheverry"].verdict(), found["María Sosa"].verdict()
    assert strong[0] == plain[0] == "female" and strong[1] >= 0.85 > plain[1]
    assert any("second given name ‘Inés’" in e.reason for e in strong[2])
    # a second word of the other gender may be a surname ("Martín"): no evidence either way
    doc, found = people("María Martín Gómez is an astronomer.")
    assert found["María Martín Gómez"].verdict()[:2] == plain[:2]


def test_a_biography_predicate_names_the_country_of_a_country_dependent_name():
    doc = Document("Andrea Conti (1931–2009) was an Italian architect. Andrea Conti built schools in Milan and Oslo.")
    assert nev.person_country(doc, 0, len("Andrea Conti"))[0] == nev.person_country(Document("Andrea Conti, an Italian architect."), 0, 12)[0]
    assert nev.person_country(Document("Andrea Conti (1931–2009) was known in Rome."), 0, 12) is None


def test_an_indefinite_gendered_noun_opening_a_sentence_is_a_person():
    doc, found = people("The market closed. A woman who sells fish said it was unfair. One mother, who came by bus, agreed.")
    assert {n for n, p in found.items() if p.kind == "noun"} == {"a woman", "one mother"}
    assert found["a woman"].verdict()[0] == found["one mother"].verdict()[0] == "female"
    # not when a name follows in apposition, nor mid-sentence
    doc, found = people("A woman, Halyna, sells fish. He met a woman there.")
    assert not any(p.kind == "noun" for p in found.values())


def test_the_pronoun_i_is_never_part_of_a_name():
    doc, found = people("In America I saw a country of hope. America is strong, and America will lead.")
    assert not any("I" in name.split() for name in found)
    assert "America" not in found  # a country, not a woman named America


def test_an_informal_kinship_noun_is_a_relation():
    doc, found = people("On receiving the news, Megan's dad John fought for his child.")
    dad = [p for p in doc.entities.people if p.kind == "relation"]
    assert dad and dad[0].verdict()[0] == "male"


def test_a_kinship_word_used_as_a_name_is_a_person_of_its_gender():
    # “Dad did the washing up”: a parent called by the word, capitalised, is someone a pronoun
    # near may mean; one person per word, however often, and possessives too
    doc, found = people('Owen Ellery remembers the shop. "Mam did the accounts. Dad stacked the shelves, and Dad\'s van did the rounds," he said.')
    assert found["Mam"].verdict()[0] == "female" and found["Dad"].verdict()[0] == "male"
    assert mention_texts(doc, found["Dad"]) == ["Dad", "Dad"]
    # not the first word of a name ("Grandpa Joe" is Joe), nor the lower-case noun ("my dad")
    doc, found = people('Owen Ellery said Grandpa Joe built the van. "My dad drove it," he said.')
    assert "Grandpa" not in found and "dad" not in found


def test_a_married_womans_title_on_a_mans_family_name_is_someone_else():
    # "Mrs Rees" beside Alun Rees, whom his name calls a man, and no woman of the family named:
    # his wife, not him; "Rees" alone is still him
    doc, found = people(
        "Alun Rees kept the welfare hall open for forty years. His wife, Glenys, whom he married in 1962, ran the tea bar. "
        "Mrs Rees said he never asked whether the hall could pay its way. Under Rees the hall became home to a choir."
    )
    assert found["Alun Rees"].verdict()[0] == "male"
    assert found["Mrs Rees"].verdict()[0] == "female" and mention_texts(doc, found["Mrs Rees"]) == ["Rees"]
    assert named_at(doc.text, "Rees the hall") == "Alun Rees"
    # not "Ms.": the woman herself, whom a name statistic may call a man ("Nusrat")
    doc, found = people("Nusrat Karim guides climbers in Hunza. Ms. Karim, 31, is one of a handful of women licensed to do so.")
    assert "Ms Karim" not in found and "Ms. Karim" not in found


def test_born_in_a_place_the_daughter_of_someone_named_after():
    # "the daughter of a railway clerk, František Dvořák": inside a sentence, the name sets off
    # the clerk, not the daughter; and a place after "born in" is no one, however it is set off
    doc, found = people("Věra Horáková was born in Plzeň, the daughter of a railway clerk, František Dvořák, and a seamstress. Her father worked at the station.")
    assert found["František Dvořák"].verdict()[0] == "male"
    assert all(e.gender == "male" for e in found["František Dvořák"].evidence)
    doc, found = people("Eirlys Parry was born in Mostyn, the daughter of a steelworker and a district nurse, and trained as a teacher.")
    assert "Mostyn" not in found
    # (at a sentence's opening the phrase is the subject's: "The son of a carpenter, Ana …" stays)
    doc, found = people("The daughter of a fisherman, Kim Lindqvist learned to sail at six.")
    assert found["Kim Lindqvist"].verdict()[0] == "female"


def test_a_list_of_relatives_does_not_describe_one_by_the_next():
    # "a son, Marcelo, a granddaughter, Lucía": the granddaughter is the next item, not Marcelo
    doc, found = people("Albornoz is survived by a son, Marcelo, a granddaughter, Lucía, and a younger brother, Dante.")
    assert found["Marcelo"].verdict()[0] == "male"
    assert not any("granddaughter" in e.reason for e in found["Marcelo"].evidence)
    # (an apposition after a relation named is still one: "her son, Kwame Boateng, a father of three")
    doc, found = people("Ama Boateng runs the stall with her son, Kwame Boateng, a father of three, who drives the van.")
    assert any("described as ‘a father’" in e.reason for e in found["Kwame Boateng"].evidence)


def test_an_office_of_a_place_set_off_before_a_name_gives_the_country():
    # "the mayor of Tartu, Kadri Tamm": Kadri is a woman's name in Estonia, a man's in Turkey
    assert gender_of("The mayor of Tartu, Kadri Tamm, said on Monday that he would not seek a third term.", "Kadri Tamm") == "female"
    assert gender_of("The mayor of Bologna, Andrea Rossi, opened the bridge.", "Andrea Rossi") == "male"
    # not a place's thing: "the bridges of Tartu, Kadri Tamm said" names no office
    doc, found = people("He knows the bridges of Tartu, Kadri Tamm said.")
    assert all("Estonia" not in e.reason for e in found["Kadri Tamm"].evidence)


# --- round 9 ------------------------------------------------------------------------------------


def test_a_relation_named_in_apposition_is_that_person_not_a_second_one():
    doc, found = people("Nadia El-Sayed runs the clinic. His father, Mahmoud El-Sayed, was a teacher. His father taught maths.")
    assert "his father" not in found  # one person, not a nameless father beside him
    mahmoud = found["Mahmoud El-Sayed"]
    assert [m.kind for m in mahmoud.mentions] == ["kinship", "name", "kinship"]
    # past an honorific too
    doc, found = people("Nadia El-Sayed moved to Aswan. Her husband, Dr. Amr Khalil, a surgeon, moved with her.")
    assert "her husband" not in found and [m.kind for m in found["Amr Khalil"].mentions] == ["kinship", "name"]
    # a relation introduced before keeps its own person
    doc, found = people("Franziska Huber thanked her father. Later her father, Josef Huber, spoke.")
    assert "her father" in found and any("her father" in e.reason for e in found["Josef Huber"].evidence)


def test_a_relation_someone_has_is_a_person_of_its_own():
    doc, found = people("“I have one son, and he is a dentist in Munich,” Josef Huber said.")
    assert found["one son"].kind == "noun" and found["one son"].verdict()[0] == "male"
    doc, found = people("They had a daughter in 1990.")
    assert "a daughter" in found
    # a generic one, a description, an apposition: no one
    for text in (
        "The image of a mother holding her child moved him.",
        "Grace Muriuki, 47, a mother of two, won the vote.",
        "He is a father of two and a son of a miner.",
        "She is a mother.",
    ):
        assert not any(p.kind == "noun" for p in Document(text).entities), text


def test_the_first_of_two_family_names_alone_is_the_person():
    doc, found = people("Claudio Fuentes Araya, commander of the brigade, spoke. Fuentes said the fire was out.")
    fuentes = found["Claudio Fuentes Araya"]
    assert mention_texts(doc, fuentes) == ["Claudio Fuentes Araya", "Fuentes"]
    # not a second given name ("Manuel" is one), and not a surname someone else has
    doc, found = people("Xosé Manuel Regueira voted. Manuel Castro said it was close.")
    assert all(doc.text[m.start : m.end] != "Manuel" for m in found["Xosé Manuel Regueira"].mentions)
    doc, found = people("Joaquim Ferreira da Silva died. His daughter, Luciana Ferreira, spoke. Ferreira said he was tired.")
    assert "Ferreira" not in mention_texts(doc, found["Joaquim Ferreira da Silva"])


def test_one_of_the_women_after_a_name_is_evidence():
    doc, found = people("Ms. Karim, 31, is one of only a handful of women licensed as guides.")
    assert any("one of only a handful of women" in e.reason for e in found["Karim"].evidence)
    doc, found = people("Ana Perez is one of the best players in the league.")
    assert len(found["Ana Perez"].evidence) == 1  # only her first name


def test_a_feminine_noun_for_the_person_outweighs_a_mans_name_statistic():
    text = "Nusrat Karim guides climbers in Hunza. Ms. Karim, 31, is one of only a handful of women licensed as guides."
    doc, found = people(text)
    gender, strength, evidence = found["Nusrat Karim"].verdict()
    assert gender == "female" and strength >= 0.85 and "outweighs first name ‘Nusrat’" in evidence[1].reason  # shown
    # an honorific alone does not: "Ms. Huber" may be a Huber the text never names
    doc, found = people("Josef Huber ran the brewery for thirty years. Ms. Huber said the inn was hers.")
    assert found["Josef Huber"].verdict()[1] < 0.55
    # nor a feminine noun where the text also has a masculine word for the person
    doc, found = people("Nusrat Karim is one of only a handful of women licensed as guides. Mr. Karim said so.")
    assert found["Nusrat Karim"].verdict()[1] < 0.55


def test_spanish_el_opens_a_place_not_a_woman():
    doc, found = people("She lives in the hillside neighbourhood of El Retiro, above the port.")
    assert "El Retiro" not in found


def test_a_relation_named_otherwise_is_someone_new():
    doc, found = people(
        "His wife, Buppha, said he was tired. The couple, Prasert Kaewmala, 81, and his wife, Sunee, 78, "
        "were rescued. Sunee said little."
    )
    wives = [p for p in doc.entities.people if p.kind == "relation" and p.noun == "wife"]
    assert [w.first for w in wives] == ["Buppha", "Sunee"]
    # a name given in apposition to a kinship noun is a name, though no list knows it
    assert [doc.text[m.start : m.end] for m in wives[1].mentions if m.kind == "first"] == ["Sunee", "Sunee"]


def test_an_age_in_commas_after_two_unknown_words_makes_them_a_person():
    doc, found = people("The couple, Prasert Kaewmala, 81, and his wife were trapped for hours.")
    assert "Prasert Kaewmala" in found


def test_a_name_right_after_a_place_preposition_is_a_place_whatever_follows():
    doc, found = people("Doctors at the provincial hospital in Chiang Rai said he was stable. Chiang Rai is quiet.")
    assert "Chiang Rai" not in found


# --- session 3 --------------------------------------------------------------------------------------


def test_spanish_first_family_name_alone_is_its_owner_not_a_child_who_has_it_second():
    # a mother "Caridad Ferrer Valdés", her son "Rolando Quintana Ferrer": "Ferrer" alone is her
    text = (
        "CAMAGÜEY, Cuba — Caridad Ferrer Valdés, a piano teacher, died on Thursday. Her son, "
        "Rolando Quintana Ferrer, said she died at home. Ferrer was born in 1936."
    )
    doc, found = people(text)
    assert "Ferrer" in mention_texts(doc, found["Caridad Ferrer Valdés"])
    # Portuguese usage puts the father's family name last: there the last word keeps it
    text = (
        "LISBON, Portugal — Ana Costa Vieira, a singer, died on Monday. Her father, Manuel Sousa "
        "Costa, a fisherman, survives her. Costa said she sang every night."
    )
    doc, found = people(text)
    assert "Costa" not in mention_texts(doc, found["Ana Costa Vieira"])[1:]


def test_first_name_and_first_family_name_later_is_the_same_person():
    doc, found = people("Rolando Quintana Ferrer teaches in Havana. Later Rolando Quintana said he would stay.")
    assert len([p for p in doc.entities if p.kind == "person"]) == 1
    assert mention_texts(doc, found["Rolando Quintana Ferrer"])[-1] == "Rolando Quintana"


def test_a_sibling_whose_name_ends_like_a_longer_name_is_a_person_of_her_own():
    text = "His son, Rolando Quintana Ferrer, spoke. A daughter, Marisol Quintana Ferrer, teaches violin."
    doc, found = people(text)
    assert "Marisol Quintana Ferrer" in found
    assert all(doc.text[m.start : m.end] != "Quintana Ferrer" for m in found["Rolando Quintana Ferrer"].mentions)


def test_the_first_two_words_of_a_longer_name_are_that_person():
    doc, found = people("Dr. Nurul Aini Hassan runs the clinic. Nurul Aini said the boats were ready.")
    assert mention_texts(doc, found["Nurul Aini Hassan"]) == ["Nurul Aini Hassan", "Nurul Aini"]


def test_where_someone_is_from_in_their_apposition_is_a_place():
    text = "The clinic was designed by Dr. Nurul Aini Hassan, a 41-year-old doctor from Pasir Mas, who raised the money."
    doc, found = people(text)
    assert "Pasir Mas" not in found
    # not every "from": a person who sends something is still a person
    doc, found = people("The letter came from Chidi Okafor, who wrote it in prison.")
    assert "Chidi Okafor" in found


def test_a_family_name_alone_is_the_one_who_has_no_other():
    text = (
        "Amélia Fontes, a fado singer, died on Sunday. Her daughter, Teresa Fontes Vieira, spoke. "
        "Fontes married the guitarist Joaquim Vieira in 1972. Vieira died in 2011."
    )
    doc, found = people(text)
    assert mention_texts(doc, found["Joaquim Vieira"])[-1] == "Vieira"
    # two people with one family name each: the first named keeps it
    doc, found = people("Jonas Berg runs the farm. His daughter, Ingrid Berg, milks the cows. Berg said it was hard.")
    assert mention_texts(doc, found["Jonas Berg"])[-1] == "Berg"
    # but an encyclopedia article calls its subject, whom the lede names, by the family name
    lede = (
        "Grace Wanjiru Kamau (born 1978) is a Kenyan pilot, the daughter of Peter Kamau and Esther Wanjiru. "
        "Kamau joined the airline in 2002."
    )
    doc, found = people(lede)
    assert mention_texts(doc, found["Grace Wanjiru Kamau"])[-1] == "Kamau"
    doc, found = people(lede.replace(" (born 1978) is", ", a pilot, is"))
    assert mention_texts(doc, found["Peter Kamau"])[-1] == "Kamau"


def test_a_first_name_after_a_day_of_the_week_is_a_subject():
    for text in ("Every Sunday Dmitri calls his mother in Tbilisi.", "On Monday, Dmitri called his mother."):
        doc, found = people(text)
        assert "Dmitri" in found
    doc, found = people("Every Sunday Mass was held in the old church.")
    assert not found


def test_a_full_name_again_is_its_bearers_though_no_source_knows_the_given_name():
    # "Rubel" is in no name source and "Karim" alone is his father's: the two words together,
    # named again, are still the brother (not no one, nor the father)
    text = (
        "Her father, Abdul Karim, was a fisherman. Her brother, Rubel Karim, left school. "
        "\"Rubel gave up his chances,\" said her mother.\n\nRubel Karim, now 34, drives a van."
    )
    doc, found = people(text)
    assert mention_texts(doc, found["Rubel Karim"])[-1] == "Rubel Karim"
    assert mention_texts(doc, found["Abdul Karim"])[-1] == "Abdul Karim"


def test_a_middle_word_no_one_else_bears_leaves_the_family_name_with_the_first_named():
    # "Ahou" is a given name, not a first family name: "Kouamé" alone is still Akissi, not the
    # brother named after her with that family name only
    text = (
        "For eight years Akissi Ahou Kouamé tested soil samples. Now she makes chocolate.\n\n"
        "Kouamé, 37, grew up near Soubré.\n\nKoffi Kouamé, who runs the farm, said his sister was right."
    )
    doc, found = people(text)
    assert "Kouamé" in mention_texts(doc, found["Akissi Ahou Kouamé"])
    assert mention_texts(doc, found["Koffi Kouamé"]) == ["Koffi Kouamé"]


def test_a_first_family_name_shared_with_a_child_named_later_is_the_parents():
    text = (
        "LA PAZ, Bolivia — Eusebio Mamani Quispe, a radio announcer, died on Monday. His daughter, "
        "Rosa Mamani, said he had been ill. Mamani was born in 1941."
    )
    doc, found = people(text)
    assert mention_texts(doc, found["Eusebio Mamani Quispe"])[-1] == "Mamani"
    # the child named first keeps it
    text = "Rosa Mamani runs the station. Her father, Eusebio Mamani Quispe, founded it. Mamani said it was hard."
    doc, found = people(text)
    assert mention_texts(doc, found["Rosa Mamani"])[-1] == "Mamani"


def test_a_first_family_name_a_name_source_knows_as_a_given_name_is_still_shared_with_the_child():
    # "Valle" is a given name to gender-guesser, but the daughter bears it as her family name,
    # so in "Ernesto Valle Mejía" it is his first family name, not a second given name
    text = (
        "Ernesto Valle Mejía, a schoolteacher, died on Sunday. Valle was born in 1940. "
        "His daughter Claudia Valle said her father never gave up."
    )
    doc, found = people(text)
    assert "Valle" in mention_texts(doc, found["Ernesto Valle Mejía"])
    assert "Valle" not in mention_texts(doc, found["Claudia Valle"])
    # with no one else called by it, a known given name stays a given name
    doc, found = people("María Inés Sosa, a nurse, died. Inés was born in 1950.")
    assert all(doc.text[m.start : m.end] != "Inés" or m.kind != "surname" for m in found["María Inés Sosa"].mentions)


def test_an_apposition_ends_with_its_sentence():
    text = "She was the daughter of Manuel Vega, a pharmacist, and Rosa Malo, a schoolteacher. His father kept a garden."
    doc, found = people(text)
    assert found["Rosa Malo"].verdict()[0] == "female"
    assert not any("father" in e.reason for e in found["Rosa Malo"].evidence)
    # within the sentence the noun still counts
    doc, found = people("Rosa Malo, a grandmother of six, kept a garden.")
    assert any("grandmother" in e.reason for e in found["Rosa Malo"].evidence)


def test_a_name_after_a_word_for_a_place_and_of_is_a_place():
    doc, found = people("Noy Chanthavong, a potter, died at her home in the village of Ban Sikeo. She was 81.")
    assert "Ban Sikeo" not in found and "Noy Chanthavong" in found
    doc, found = people("The letter reached the province of Santa Maria Norte before the mayor.")
    assert not [p for p in doc.entities if p.kind == "person"]
    # "of" alone is no place: a person's child is still a person
    doc, found = people("She was the daughter of Maria Lopez, who ran the bakery.")
    assert "Maria Lopez" in found


@pytest.mark.parametrize(
    "text, name, relation",
    [
        ("Ruth Banda, 61, and her husband Mwila Banda, 66, grew maize.", "Mwila Banda", "her husband"),
        ("Tiva Sone, a weaver, died on Monday. Her daughter Kalani, who runs the shop, spoke.", "Kalani", "Her daughter"),
        ("Her brother Anwar said the boat had sunk.", "Anwar", "Her brother"),
    ],
)
def test_a_relation_named_without_a_comma_is_that_person(text, name, relation):
    doc, found = people(text)
    person = next(p for p in doc.entities if name in p.name or p.first == name)
    assert any(relation.split()[1] in e.reason for e in person.evidence) or any(
        doc.text[m.start : m.end] == relation.split()[1] for m in person.mentions
    )


def test_a_capitalised_word_after_a_relation_is_no_name_unless_it_could_be_one():
    doc, found = people("Mrs. Okonjo gave her daughter English lessons every night.")
    rel = [p for p in doc.entities if p.kind == "relation"]
    assert rel and rel[0].first is None


def test_an_honorific_with_a_shared_surname_goes_to_the_member_it_may_fit():
    text = (
        "Agnes Tembo, 61, and her husband Lubinda Tembo, 66, farmed the plot. Mrs. Tembo wept. "
        "Mr. Tembo said he had not believed it."
    )
    doc, found = people(text)
    mr = doc.text.index("Mr. Tembo") + 4
    mrs = doc.text.index("Mrs. Tembo") + 5
    assert doc.entities.mention_at(mr).entity == found["Lubinda Tembo"].id
    assert doc.entities.mention_at(mrs).entity == found["Agnes Tembo"].id


def test_a_capitalised_title_ending_in_a_role_word_leaves_the_name_after_it():
    doc, found = people("Principal Resident Magistrate Mutinta Hamoonga found the sale invalid.")
    assert "Mutinta Hamoonga" in found


def test_burmese_and_karen_honorifics_state_a_gender():
    doc, found = people("She was the daughter of U Kyaw Soe, a trader, and Daw Nwe Nwe, a teacher.")
    assert found["Kyaw Soe"].verdict()[0] == "male"
    assert found["Nwe Nwe"].verdict()[0] == "female"
    doc, found = people("Naw Hser Paw builds boats with her father, Saw Kaw Htoo. Saw Kaw Htoo said the boat was ready.")
    assert found["Hser Paw"].verdict()[0] == "female"
    assert found["Kaw Htoo"].verdict()[0] == "male"
    # opening its sentence, the honorific is part of the subject: he is the one who said it
    assert doc.text.rindex("Saw Kaw Htoo") in [m.lead for m in found["Kaw Htoo"].mentions]


def test_portuguese_malay_and_hindi_honorifics_state_a_gender():
    # "Dona" is a given name to the name lexicon; here it is a title, and the name follows it
    doc, found = people("Dona Custódia Palma remembered the bus. Encik Rahim Osman drove it, and Smt. Lakshmi Rao paid.")
    assert found["Custódia Palma"].verdict()[0] == "female"
    assert found["Rahim Osman"].verdict()[0] == "male"
    assert any("honorific" in e.reason for e in found["Lakshmi Rao"].verdict()[2])


def test_a_longer_name_later_extends_the_shorter_one_first_found():
    # "Thiri" is unknown to the sources, so the first mention is found from its second word on
    text = "Thiri Mya Aye (1931–2004) was a Burmese nurse. Thiri Mya Aye was born in Mandalay. Dr. Thiri Mya Aye retired in 1990."
    doc, found = people(text)
    person = next(p for p in doc.entities if p.name.endswith("Mya Aye"))
    assert len([p for p in doc.entities if p.name.endswith("Mya Aye")]) == 1
    assert person.name == "Thiri Mya Aye" and len(person.mentions) == 3


def test_an_unknown_first_name_alone_is_a_mention_only_as_a_subject_or_owner():
    text = "Khounkham Vongsa, a weaver, died on Monday. Khounkham was born in 1945. Khounkham’s looms are sold."
    doc, found = people(text)
    person = found["Khounkham Vongsa"]
    assert [m.kind for m in person.mentions] == ["name", "first", "first"]
    # the same word inside a place name is no mention of her
    doc, found = people("Khounkham Vongsa, a weaver, died on Monday. She lived near Khounkham Falls.")
    assert len(found["Khounkham Vongsa"].mentions) == 1


def test_one_of_a_group_opening_a_sentence_is_a_person_of_its_gender():
    doc, found = people("One of the first women to join, a widow from Sidi Okba, said the trader paid little.")
    assert found["one of the first women"].verdict()[0] == "female"
    doc, found = people("One of the young fathers said the school was far.")
    assert found["one of the young fathers"].verdict()[0] == "male"
    # not a group of people: no one
    doc, found = people("One of the old boats sank in March.")
    assert not list(doc.entities)


def test_a_person_noun_before_another_is_a_modifier_not_a_person():
    doc, found = people("The project's chief engineer, Kim Sørensen, said the bridge was late.")
    assert [p.name for p in doc.entities] == ["Kim Sørensen"]
    doc, found = people("The figures came from the deputy head of the department, Iryna Kovalchuk.")
    assert [p.name for p in doc.entities] == ["Iryna Kovalchuk"]
    # a person noun alone still makes an unnamed person
    doc, found = people("The chief said the bridge was late.")
    assert [p.name for p in doc.entities] == ["the chief"]


def test_a_festival_is_no_person_though_its_first_word_is_a_name():
    doc, found = people("He led the massed choirs at six national Song Festivals. Rosa Parks sat down.")
    assert list(found) == ["Rosa Parks"]


def test_an_unknown_given_name_used_alone_opens_the_name_before_a_known_one():
    # "Hamad" is a man's given name to the lexicon, but "Mwanatumu, 44," shows the first word is
    # the given name: the person is "Mwanatumu Hamad", not a surname-less "Hamad"
    doc, found = people("At low tide Mwanatumu Hamad walks along the lines. Mwanatumu, 44, has farmed seaweed here since 1995.")
    assert "Mwanatumu Hamad" in found
    # without the lone use, nothing says the unknown word is a given name
    doc, found = people("At low tide Mwanatumu Hamad walks along the lines. The farm has 40 ropes.")
    assert "Mwanatumu Hamad" not in found


def test_a_given_name_no_source_knows_is_a_mention_before_a_past_verb():
    doc, found = people("Hanitra Ravelojaona, a singer, was born in Ambositra. At 19 Hanitra moved to the capital.")
    starts = mention_starts(found["Hanitra Ravelojaona"])
    assert doc.text.index("Hanitra moved") in starts


def test_a_given_name_no_source_knows_is_a_mention_before_a_present_verb_and_its_object():
    text = "Kazija Saeed, 41, keeps a nursery. Her husband is away most weeks, and Kazija waters the nursery alone."
    doc, found = people(text)
    assert doc.text.index("Kazija waters") in mention_starts(found["Kazija Saeed"])
    # a present without an object after it may be a place's word: not taken
    doc, found = people(text.replace("Kazija waters the nursery", "Kazija lies south"))
    assert len(found["Kazija Saeed"].mentions) == 1


def test_a_name_no_source_knows_doing_something_to_an_object_is_a_person():
    # ("Vaimiti": no name source knows it)
    doc, found = people("Every weekday at seven, Vaimiti Pakarati Haoa unlocks a classroom behind the church.")
    assert "Vaimiti Pakarati Haoa" in found
    # a name before a plural noun is not (no object follows the word in -s)
    doc, found = people("Every weekday at seven, Vaimiti Pakarati Haoa buses leave the square.")
    assert not found


def test_a_maiden_name_after_nee_is_no_mention_of_the_family_it_names():
    doc, found = people("Kavita Doorgakant (née Ramsurrun) was a botanist. Her father, Deoraj Ramsurrun, was a foreman.")
    assert doc.text.index("Ramsurrun") not in mention_starts(found["Deoraj Ramsurrun"])


def test_an_origin_set_off_after_was_born_gives_the_subject_a_gender():
    doc, found = people("Phidaris Kharkongor, a baker, died on Saturday. Kharkongor was born in 1933 in Sohra, the daughter of a schoolteacher.")
    assert found["Phidaris Kharkongor"].verdict()[0] == "female"
    doc, found = people("Phidaris Kharkongor, a baker, died on Saturday. Kharkongor was born in Sohra, a town of bakers.")
    assert found["Phidaris Kharkongor"].verdict()[0] is None


def test_a_given_name_no_source_knows_is_a_mention_joined_to_a_person_by_and():
    text = "Her brother, Dostain Baloch, 27, drives her. The work should not depend on her and Dostain alone."
    doc, found = people(text)
    assert doc.text.index("Dostain alone") in mention_starts(found["Dostain Baloch"])
    # joined to a thing, the word may be a place's
    doc, found = people(text.replace("on her and Dostain", "on roads and Dostain"))
    assert doc.text.index("Dostain alone") not in mention_starts(found["Dostain Baloch"])


def test_a_person_noun_after_an_article_makes_the_next_names_a_person():
    doc, found = people("Many of her songs were written with the guitarist Njaka Rakotomalala in the 1970s.")
    assert "Njaka Rakotomalala" in found
    # not any noun: "the village Ban Phanom" is a place
    doc, found = people("The road ends near the village Ntchisi Boma in the hills.")
    assert not found


def test_a_first_name_in_a_date_is_no_mention():
    # "Julio" is July in "18 de Julio" (a street named after a date), not Julio Bentancur
    doc, found = people("Her paintings hang in the banks on Avenida 18 de Julio. She met the architect Julio Bentancur in 1961.")
    julio = found["Julio Bentancur"]
    assert [m.start for m in julio.mentions] == [doc.text.index("Julio Bentancur")]


def test_a_capitalised_particle_inside_a_name_is_not_a_first_name():
    # "Ben" in a Maghrebi family name ("son of"): not the man's name "Ben"
    doc, found = people("The director, Wided Ben Romdhane, said the council had lied. Ben Romdhane will appeal.")
    assert list(found) == ["Wided Ben Romdhane"]
    assert not any("‘Ben’" in e.reason for e in found["Wided Ben Romdhane"].evidence)
    assert mention_texts(doc, found["Wided Ben Romdhane"]) == ["Wided Ben Romdhane", "Ben Romdhane"]
    # at the start of the run it is a first name
    doc, found = people("Ben Okafor, a nurse, said he was tired.")
    assert found["Ben Okafor"].verdict()[0] == "male"


def test_a_family_name_after_another_persons_given_name_is_that_persons():
    # "her mother, Losaline," later "Losaline Halaholo": the family name is hers there, not a
    # mention of Feleti Halaholo (whose given name no source knows)
    text = (
        "Feleti Halaholo, a boatbuilder, died on Wednesday. His daughter, Hulita Halaholo, worked against "
        "the wishes of her mother, Losaline, who wanted a nurse. Losaline Halaholo, now 78, said her husband agreed."
    )
    doc, found = people(text)
    at = text.index("Losaline Halaholo") + len("Losaline ")
    assert all(m.start != at for m in found["Feleti Halaholo"].mentions)


def test_a_kinship_possessive_mentions_a_relation_known_before_but_no_new_one():
    text = (
        "Her father, Ghebremedhin Tesfai, repaired bicycles. He died in 2016. "
        "Abrehet still keeps her father's notebook. She wrote in her brother's flat."
    )
    doc, found = people(text)
    at = text.index("father's")
    father = found["Ghebremedhin Tesfai"]
    assert any(m.start == at and m.end == at + len("father") and m.possessive for m in father.mentions)
    assert not any("brother" in name for name in found)


def test_a_relation_named_after_it_was_introduced_is_the_named_person():
    text = (
        "The clock started again after two years of work by a retired watchmaker and his granddaughter. "
        "His granddaughter, Zaruhi Ghukasyan, 24, studies engineering."
    )
    doc, found = people(text)
    assert mention_texts(doc, found["Zaruhi Ghukasyan"]) == ["granddaughter", "granddaughter", "Zaruhi Ghukasyan"]
    assert not any(p.mentions for p in found.values() if p.kind == "relation")
    # a relation named otherwise before stays another person: "his wife, Buppha," … "his wife, Sunee,"
    doc, found = people("Prasert sold rice with his wife, Buppha, for years. Somchai Dee and his wife, Sunee Dee, sell fish.")
    assert "Sunee Dee" in found and any(p.kind == "relation" and p.mentions for p in found.values())


def test_the_same_kinship_noun_with_another_name_is_another_relative():
    text = (
        "Ulyana Karpovich, 81, keeps cows. Her son, Andrei Karpovich, lives in Minsk. "
        "Baranouskaya’s own son, Kastus, is a surgeon in Brest."
    )
    doc, found = people(text)
    assert found["Andrei Karpovich"].first == "Andrei"
    assert all(doc.text[m.start : m.end] != "Kastus" for m in found["Andrei Karpovich"].mentions)
    assert any(p.first == "Kastus" for p in found.values())


def test_an_arabic_family_name_with_a_lower_case_article_ends_the_name_and_stands_alone():
    text = (
        "Mutahar Hamoud al-Sabri, who built ouds in Sanaa, died on March 3. His daughter, Arwa al-Sabri, "
        "said he died in his sleep. Al-Sabri learned woodworking from an uncle. By the 1980s al-Sabri's ouds "
        "were played at weddings."
    )
    doc, found = people(text)
    assert mention_texts(doc, found["Mutahar Hamoud al-Sabri"]) == ["Mutahar Hamoud al-Sabri", "Al-Sabri", "al-Sabri"]
    assert "Arwa al-Sabri" in found
    # a hyphenated word that is no name is not one: "real-Time", "the mis-Match"
    assert [doc.text[i : i + 3] for i in (doc.tokens[j].start for j in Document("a real-Time mis-Match").capitalised)] == []


def test_a_sentence_opening_conjunction_is_no_given_name_before_a_marked_surname():
    # "When Tsurgaeva took over": the woman named before, not a new person called "When Tsurgaeva"
    text = "Malika Tsurgaeva was her pupil. When Tsurgaeva took over the ensemble in 2016, she kept the costumes."
    doc, found = people(text)
    assert set(found) == {"Malika Tsurgaeva"}
    assert [m.kind for m in found["Malika Tsurgaeva"].mentions] == ["name", "surname"]


def test_a_sentence_opening_function_word_does_not_make_a_lone_first_name_part_of_a_run():
    from repair.person_context import in_run

    # "When Dalia found out": Dalia alone, the subject, as in "Dalia found out"; "São Paulo" is a run
    for text, word, expected in (("When Dalia found out, she laughed.", "Dalia", False), ("They flew to São Paulo on Monday.", "Paulo", True)):
        doc = Document(text)
        i = next(k for k, t in enumerate(doc.tokens) if t.text == word)
        assert in_run(doc, i) is expected, text


def test_a_place_in_apposition_is_no_person():
    doc, found = people("Florence, a city in Italy, was flooded. Priya, a teacher, stayed.")
    assert set(found) == {"Priya"}


def test_a_person_noun_after_a_quantifier_or_preposition_is_no_one_in_particular():
    doc, found = people("Dolgor Sanal kept the names of every relative in her head. The teacher came later.")
    assert "the relative" not in found
    assert "the teacher" in found


def test_a_place_before_an_apposition_with_a_person_noun_is_no_person():
    # "Today in America, a teacher spent extra time …": the teacher is someone else, America a place
    doc, found = people("Today in America, a teacher spent extra time with a student. America is strong.")
    assert "America" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lima persuaded her uncle, Sheikh Awad Mansour, to lend her the land. Now the sheikh is her strongest supporter.",
        "The plan was drawn up by the mayor, Edgars Liepa, in May. Last week the mayor said it would wait.",
        "Ilze Ozola, an engineer, checked the bridge. On Monday the engineer closed it.",
    ],
)
def test_the_title_a_named_person_was_given_is_that_person_later(text):
    doc, found = people(text)
    later = text.rindex("the ") + 4
    holder = doc.entities.mention_at(later)
    assert holder is not None and doc.entities.people[holder.entity].kind == "person"
    assert not any(p.kind == "noun" for p in found.values())


def test_a_title_two_named_people_share_names_neither_later():
    text = "Mayor Edgars Liepa met Mayor Ilze Ozola in Riga. Afterwards the mayor said little."
    doc, found = people(text)
    m = doc.entities.mention_at(text.rindex("mayor"))
    assert m is None or doc.entities.people[m.entity].kind == "noun"


@pytest.mark.parametrize("order", ["Tell", "Go", "Take"])
def test_an_order_opening_a_quote_is_no_first_name(order):
    doc, found = people(f"Musa Salem walks the route. “{order} Hamda Eid the news,” Salem said.")
    assert not any(name.startswith(order) for name in found)


def test_a_name_no_source_knows_before_a_family_name_a_source_takes_for_a_given_name():
    # gender-guesser lists "Maïga" as a woman's given name; "Kadidia" no source knows outright
    text = (
        "In a courtyard in the Sankoré quarter, Kadidia Maïga cuts goatskin into strips. "
        "Maïga, 36, learned the craft from her uncle. The uncle, Almoustapha Maïga, is 81."
    )
    doc, found = people(text)
    assert "Kadidia Maïga" in found
    lone = doc.entities.mention_at(text.index("Maïga, 36"))
    assert doc.entities.people[lone.entity].name == "Kadidia Maïga"


@pytest.mark.parametrize(
    "opening",
    [
        "The workshop behind Tuyaara Sivtseva's house smells of glue.",  # a possessive before "house"
        "For Tuyaara Sivtseva, the season begins in her kitchen.",  # a sentence's first word before it
    ],
)
def test_a_name_no_source_knows_takes_the_family_name_of_a_relation_named_later(opening):
    # no name source knows "Tuyaara"; her father-in-law's apposition, found after the names, makes
    # "Sivtseva" a family name, and the one named first is who "Sivtseva" alone means
    text = opening + " Sivtseva, 44, learned to bind books from her father-in-law, Nyurgun Sivtsev Sivtseva, who died in 2019."
    assert "Tuyaara Sivtseva" in people(text)[1]
    assert named_at(text, "Sivtseva, 44") == "Tuyaara Sivtseva"


def test_the_elder_of_a_family_is_not_the_one_its_name_alone_means():
    text = "Tuyaara Sivtseva, 44, binds books. The elder Sivtseva died in 2015. Sivtseva kept his press."
    assert named_at(text, "Sivtseva died") is None
    assert named_at(text, "Sivtseva kept") == "Tuyaara Sivtseva"


def test_an_honorific_with_a_family_name_written_first_and_shared_means_no_one_of_them():
    text = (
        "Zhuo Gengwei, a restorer, died on Monday. His daughter, Zhuo Lanxin, a chemist, said he "
        "had been ill. “He never stopped working,” Ms. Zhuo said."
    )
    doc, found = people(text)
    assert found["Zhuo Gengwei"].verdict()[0] != "female"
    assert doc.entities.mention_at(text.index("Zhuo said")) is None


def test_a_name_followed_by_a_relation_named_by_its_last_two_words_is_two_people():
    # "Sittana Babiker Hamid" carries her father's name: "her father, Babiker Hamid" is not her
    text = "Sittana Babiker Hamid sells gum. She took over the licence from her father, Babiker Hamid, when his eyesight failed."
    doc, found = people(text)
    assert "Sittana Babiker Hamid" in found and "Babiker Hamid" in found
    assert found["Babiker Hamid"].verdict()[0] == "male"
    assert found["Sittana Babiker Hamid"].verdict()[0] != "male"


@pytest.mark.parametrize("run", ["Easter Sunday", "Bradley Fighting Vehicle"])
def test_a_run_ending_in_a_weekday_or_a_vehicle_is_no_person(run):
    # "Easter" and "Bradley" are first names to the name sources
    doc, found = people(f"On the day, {run} was all anyone in Baghdad talked about.")
    assert run not in found


@pytest.mark.parametrize(
    "text, phrase, name",
    [
        # "Her mother, Ruthmila Werleman," then "His mother, Anuschka Arends,": two mothers
        (
            "Xiomara Werleman repairs outboard engines. Her mother, Ruthmila Werleman, confirmed the story. "
            "Shurendy Arends, 19, voted for her. His mother, Anuschka Arends, said she had tried to pay.",
            "mother, Anuschka",
            "Anuschka Arends",
        ),
        # "Pasang Dorjee Tamang" (a Tibetan given name of two words) and his daughter "Anjali Tamang
        # Pradhan": under an Indian dateline, "Tamang" alone is the father, not the daughter
        (
            "DARJEELING, India — Pasang Dorjee Tamang, a tea taster, died on Sunday. He was 78. His daughter, "
            "Anjali Tamang Pradhan, succeeded him. Tamang was born in a labour line on the estate.",
            "Tamang was born",
            "Pasang Dorjee Tamang",
        ),
    ],
    ids=["relation-named-otherwise", "dateline-outside-spanish-usage"],
)
def test_who_a_relation_or_a_family_name_means(text, phrase, name):
    assert named_at(text, phrase) == name


def test_also_named_gives_a_relation_its_own_name():
    text = (
        "Theresia Ospelt ran the guesthouse. Her son, Markus Ospelt, lives in Vaduz. "
        "Its director, Alois Wohlwend, fell ill. His son, also named Alois, played the organ."
    )
    assert named_at(text, "son, Markus") == "Markus Ospelt"
    assert named_at(text, "son, also") != "Markus Ospelt"


def test_called_at_a_quotes_end_names_no_relation():
    # "Your mother called," then the speaker: the verb, not "a mother called Luca"
    text = '"Your mother called," Luca told his brother, "and she wants you home by eight."'
    doc, found = people(text)
    assert "Luca" in found and found["Luca"].verdict()[0] == "male"
    assert all(p.first != "Luca" for p in doc.entities.people if p.kind == "relation")


def test_an_appositions_noun_is_the_one_before_a_relative_clause():
    # "a rider whose mother": the rider is Samuel; the mother is someone else
    assert gender_of("The motorbike belongs to Samuel Blamo, 34, a rider whose mother, Korto Blamo, worked at the clinic.", "Samuel Blamo") == "male"
    assert gender_of("The bike belongs to Amina Yusuf, a mother of two.", "Amina Yusuf") == "female"


def test_a_name_no_lexicon_knows_after_met_is_a_person():
    # "Lovette" only the name statistics know; "met" takes a person
    text = "Dalton Furbert bowled for the island. Furbert met Lovette Simmons at a church dance in 1971."
    doc, found = people(text)
    assert "Lovette Simmons" in found and found["Lovette Simmons"].verdict()[0] == "female"


def test_a_first_name_after_an_opening_phrase_of_place_is_no_lone_subject():
    # not any capitalised word after any comma: only a clause or a phrase of time opens a
    # sentence before its subject (test_a_first_name_alone_in_a_subjects_place_is_a_person)
    doc, found = people("At the bakery at five, Lena found that his keys were at home.")
    assert "Lena" not in found


def test_a_womans_later_given_name_speaks_where_the_first_says_nothing():
    # Tibetan and Bhutanese names: a first word given to both sexes, a woman's second
    doc, found = people("Tshering Yangzom, 34, said the range was closed.")
    assert found["Tshering Yangzom"].verdict()[0] == "female"
    doc, found = people("Pema Lhamo Gurung, an amchi, said the roots were dry.")
    assert found["Pema Lhamo Gurung"].verdict()[0] == "female"
    # a Kodava name, family name first: the given name's ending
    doc, found = people("Kalengada Dechamma, a hockey player, said the pitch was wet.")
    assert found["Kalengada Dechamma"].verdict()[0] == "female"
    # never a man's from a later word (it may be a father's name), nor past a first name that speaks
    doc, found = people("Basavaraj Cariappa, a coach, said the pitch was wet.")
    assert found["Basavaraj Cariappa"].verdict()[0] is None
    doc, found = people("Peter Dolma, a coach, said the pitch was wet.")
    assert found["Peter Dolma"].verdict()[0] == "male"
    assert not any("Dolma" in e.reason for e in found["Peter Dolma"].verdict()[2])


def test_korean_given_name_syllables_and_the_mary_ending_state_a_gender():
    doc, found = people("Yeom Gyeong-ja, 71, said the bus was late.")
    assert found["Yeom Gyeong-ja"].verdict()[0] == "female"
    assert "last syllable ‘ja’" in found["Yeom Gyeong-ja"].verdict()[2][0].reason
    doc, found = people("Yusmary Mijares, a farmer, said the cacao was wet.")
    assert found["Yusmary Mijares"].verdict()[0] == "female"
    # a syllable either sex has says nothing ("hee": Park Chung-hee), nor one no list holds
    doc, found = people("Yang Dong-su, a fisheries official, said the boats were in.")
    assert found["Yang Dong-su"].verdict()[0] is None


def test_an_honorific_goes_to_a_family_member_it_fits_before_one_whose_name_says_nothing():
    # "Mrs Dodego" is his widow (née Tindage) or his daughter, not the man the obituary is about,
    # whose name no source knows: his "he" must not become "she"
    text = (
        "Yohanis Dodego, a boat builder from Tobelo, died on 3 May. He was 76. His daughter, Fransina Dodego, "
        "said he had suffered a stroke. In 1971 Dodego married Yuliana Tindage. "
        "“On our wedding day he went to the yard,” Mrs Dodego said."
    )
    doc, found = people(text)
    assert found["Yohanis Dodego"].verdict()[0] is None
    # (the wedding just told makes her the bride, who took the name)
    assert any("honorific" in e.reason for e in found["Yuliana Tindage"].evidence)
    unwed = text.replace("In 1971 Dodego married Yuliana Tindage. ", "")
    doc, found = people(unwed)
    assert found["Yohanis Dodego"].verdict()[0] is None
    assert any("honorific" in e.reason for e in found["Fransina Dodego"].evidence)
    # where no member fits, the first named takes it, as before
    doc, found = people(unwed.replace("His daughter, Fransina Dodego, said", "His neighbour said"))
    assert found["Yohanis Dodego"].verdict()[0] == "female"


def test_one_of_a_group_with_a_gendered_adjective_in_apposition_is_evidence():
    doc, found = people("Captain Noor Al-Hashimi, one of the airline's first female pilots, flew her final route on Friday.")
    assert found["Noor Al-Hashimi"].verdict()[:1] == ("female",)
    assert any("female" in e.reason for e in found["Noor Al-Hashimi"].evidence if e.reason.startswith("described as"))
    doc, found = people("Captain Noor Al-Hashimi, one of the airline's first pilots, flew on Friday.")
    assert not any(e.reason.startswith("described as") for e in found["Noor Al-Hashimi"].evidence)


def test_a_noun_with_its_workplace_then_a_name_set_off_is_that_named_person():
    doc, found = people("The chef at the new restaurant on Harbour Street, Siobhán Ó Ceallaigh, grew up on a farm in Kerry.")
    assert "the chef" not in found
    doc, found = people("The chef at the new restaurant on Harbour Street cooked for us. Siobhán Ó Ceallaigh grew up in Kerry.")
    assert "the chef" in found


def test_a_balinese_birth_order_name_says_nothing_of_the_bearer():
    assert gender_of("A lawyer for the company, Made Arsana, said the firm would appeal.", "Made Arsana") is None


def test_a_first_name_after_a_verb_whose_object_is_a_person_is_someone():
    doc, found = people("Luana beat Kai at chess for the first time last night.")
    assert "Kai" in found
    doc, found = people("Luana beat the eggs with a fork last night.")
    assert set(found) == {"Luana"}


def test_a_word_given_an_age_alone_is_the_family_name_of_the_name_it_ends():
    # "Rasul" is a man's given name to gender-guesser, "Tavga" unknown to every source
    text = "When the fire came, Tavga Rasul lost most of her hives. Rasul, 46, started keeping bees in 2009."
    doc, found = people(text)
    assert "Tavga Rasul" in found and "Rasul" not in found
    assert mention_texts(doc, found["Tavga Rasul"]) == ["Tavga Rasul", "Rasul"]
    # without the age, nothing says which word is the family name
    doc, found = people(text.replace("Rasul, 46,", "Rasul"))
    assert "Tavga Rasul" not in found


def test_a_family_name_that_is_anothers_given_name_is_theirs_where_its_bearer_goes_by_her_given_name():
    text = ("Aisyah Hamdan flies the drones. Her father, Hamdan Yusoff, farms the land. Aisyah said the fields were quiet. "
            "Aisyah laughed. Hamdan, for his part, calls himself the ground crew.")
    doc, found = people(text)
    assert mention_texts(doc, found["Hamdan Yusoff"])[-1] == "Hamdan"
    # where she goes by the family name, it stays hers
    doc, found = people(text.replace("Aisyah said", "Hamdan said").replace("Aisyah laughed", "Hamdan laughed"))
    assert "Hamdan" in mention_texts(doc, found["Aisyah Hamdan"])


def test_a_family_name_that_is_a_parents_given_name_is_the_parents_alone():
    # "Mahamat Abakar Hassaballah … his daughter, Achta Mahamat": her father's given name, as the
    # naming tradition gives it, so "Mahamat" alone is his, however often the text says it
    text = ("The mill belongs to Mahamat Abakar Hassaballah, a trader from Abéché. It is run by his daughter, Achta Mahamat. "
            "Achta said the buyers come at dawn. \"Mahamat says the machine is expensive,\" she said. Later she talked about Mahamat.")
    assert named_at(text, "Mahamat says") == "Mahamat Abakar Hassaballah"
    # introduced as no one's child, the family name alone stays hers where she goes by it
    text = text.replace("It is run by his daughter, Achta Mahamat.", "It is run by Achta Mahamat.")
    assert named_at(text, "Mahamat says") == "Achta Mahamat"


@pytest.mark.parametrize(
    "text, name",
    [
        # the main clause's subject, after "When …,", as a sentence's first word is
        ("When he arrived at the bakery at five, Lena found that his keys were at home.", "Lena"),
        # after a fronted phrase of time, before a verb people are said to do
        ("Every summer, Ayşe spends two weeks on her uncle's farm near Konya.", "Ayşe"),
        # an adverb between the subject and its verb
        ("Although she had worked there for a month, Chiamaka already knew more than her manager.", "Chiamaka"),
        # a quote attributed with "texted"
        ('"Don\'t wait for me," Lucía texted her husband.', "Lucía"),
    ],
)
def test_a_first_name_alone_in_a_subjects_place_is_a_person(text, name):
    doc, found = people(text)
    assert name in found


def test_one_word_no_source_knows_is_a_person_where_the_text_gives_it_an_age_or_a_person_noun():
    doc, found = people('Their leader is Rosmawati, a 52-year-old widow who runs a stall. "It is not magic," Rosmawati said.')
    assert found["Rosmawati"].verdict()[0] == "female" and len(found["Rosmawati"].mentions) == 2
    doc, found = people("Kartika, 38, studies peat. Kartika said the canals were dry.")
    assert "Kartika" in found
    # a place before the subject of a clause is no one, nor a word opening a sentence
    doc, found = people("Somewhere in Lampung, a teacher spent extra time with a pupil. However, a farmer said no.")
    assert set(found) <= {"a teacher", "a farmer"}
    # the given name of someone named in full is theirs, not a second person's
    doc, found = people("Mwanaidi Hamad farms seaweed. Mwanaidi, 44, said the tide was late.")
    assert set(found) == {"Mwanaidi Hamad"} and len(found["Mwanaidi Hamad"].mentions) == 2


def test_one_word_no_source_knows_that_owns_a_relative_is_a_person():
    doc, found = people("Saranchimeg’s husband, Bayartu, rode with her. Saranchimeg said the road was ice.")
    assert "Saranchimeg" in found
    # a kin word as a modifier owns no one: "Grenada's sister island"
    doc, found = people("The village, on Grenada's sister island of Carriacou, builds boats.")
    assert "Grenada" not in found
    # a hyphenated given name, and a teacher, say it as a relative does
    doc, found = people("Min-jun’s teacher, Ms. Park Ji-yeon, wrote on his report card that he asks good questions.")
    assert "Min-jun" in found
    # a school's teachers are plural: no one owns them
    doc, found = people("Anna Berg has led the union since 2015. On Monday, Brookfield’s teachers voted to strike.")
    assert set(found) == {"Anna Berg"}



def test_a_man_or_a_woman_a_relative_clause_tells_of_is_someone():
    doc, found = people("The first call came from a man in Kululu who wanted his cow back.")
    assert "a man" in found and found["a man"].verdict()[0] == "male"
    doc, found = people("She met a woman who sold fish.")
    assert "a woman" in found
    # not anyone: "a woman could not find water there"
    doc, found = people("In the dry season a woman could not find water there.")
    assert "a woman" not in found


def test_names_gender_guesser_gives_the_wrong_or_a_single_sex_are_corrected():
    assert gender_of("Hendra Saputra, a former tin miner, planted cashew trees.", "Hendra Saputra") == "male"
    assert gender_of("Nour El-Sayed, a photojournalist, worked in Aswan.", "Nour El-Sayed") is None
    # a Turkish woman's name and, in Mozambique and on the Swahili coast, a man's
    assert gender_of("The régulo of Naulala, Saide Rajabo, built the first platform.", "Saide Rajabo") is None


@pytest.mark.parametrize(
    "name, gender",
    [("Han Seo-yeon", "female"), ("Kim Ha-eun", "female"), ("Kim Min-jun", "male"), ("Park Sung-ho", "male"), ("Kim Do-hyun", None)],
)
def test_a_korean_given_name_is_read_as_a_whole_or_by_its_last_syllable(name, gender):
    # gender-guesser's answer for the first syllable alone ("Ha": mostly a man's) is no answer
    assert gender_of(f"{name}, a potter, said the kiln was cold.", name) == gender


@pytest.mark.parametrize(
    "name, gender",
    [
        ("Li Yufen", "female"), ("Zhang Lanfang", "female"), ("Wang Jianguo", "male"), ("Ma Lihua", None), ("Liu Wei", None),
        ("Wang Meixiu", "female"), ("Duan Guoqiang", "male"), ("Qiao Gengsheng", "male"),  # (round 35)
        ("Chen Yu-ting", "female"), ("Wu Chia-hao", "male"),  # hyphenated as Taiwan writes them
    ],
)
def test_a_pinyin_given_name_after_a_chinese_family_name_speaks_by_its_last_syllable(name, gender):
    assert gender_of(f"{name}, a tea grower, said the harvest was late.", name) == gender


def test_a_womans_name_in_wati_no_source_knows_is_hers():
    assert gender_of("Rosmawati Nasution, a coffee seller, said the fire was out.", "Rosmawati Nasution") == "female"
    # not the Italian or Japanese family names in -ini or -ita
    assert gender_of("Marco Mancini and Kenji Yamashita said so. Mancini said it was late.", "Marco Mancini") == "male"


def test_a_business_named_after_a_family_is_no_member_of_it():
    doc, found = people('The sign still says "Taller Salgado e Hijos." Rogelio Salgado ran it. Salgado said so.')
    assert "Taller Salgado" not in found
    assert mention_texts(doc, found["Rogelio Salgado"])[-1] == "Salgado"


def test_a_title_with_a_chinese_family_name_written_first_is_that_person():
    doc, found = people("The work was led by Chen Yuqing, a researcher. Liu Hao showed it to Professor Chen. Chen said it was real.")
    assert "Chen" not in found
    assert mention_texts(doc, found["Chen Yuqing"]) == ["Chen Yuqing", "Chen", "Chen"]


def test_what_someone_was_elected_or_became_says_their_gender():
    assert gender_of("Dominique Laurent was elected the first woman mayor of Saint-Brieuc on Sunday.", "Dominique Laurent") == "female"
    assert gender_of("Dominique Laurent became the first man to win the prize.", "Dominique Laurent") == "male"
    assert gender_of("Dominique Laurent was elected mayor of Saint-Brieuc on Sunday.", "Dominique Laurent") is None


def test_a_nameless_spouse_is_the_one_the_text_just_told_of_marrying():
    doc, found = people("In 1955 she married Kiran Iyer, a physicist. Her husband later said that she had made the better bargain.")
    kiran = found["Kiran Iyer"]
    assert kiran.verdict()[0] == "male" and "husband" in mention_texts(doc, kiran)
    # not where the name says the spouse is the other one: the husband is the one who married her
    doc, found = people("He married Justina Condori in 1962. According to her husband, she knew more about the union than he did.")
    assert found["Justina Condori"].verdict()[0] == "female" and "husband" not in mention_texts(doc, found["Justina Condori"])
    # nor where the sentence names them first: "his wife" is theirs
    doc, found = people("In 1969 she married Kiran Doorgakant, a teacher. Kiran Doorgakant drew the maps, and his wife wrote the text.")
    assert "wife" not in mention_texts(doc, found["Kiran Doorgakant"])


def test_a_single_name_given_a_lifes_dates_as_a_paragraph_opens_is_a_person():
    doc, found = people("Wiryono (1929–2006) was an Indonesian linguist. Wiryono studied in Yogyakarta.")
    assert mention_texts(doc, found["Wiryono"]) == ["Wiryono", "Wiryono"]
    # not inside a sentence, where the word may be anything
    doc, found = people("The archive names Wiryono (1929–2006) was a linguist.")
    assert "Wiryono" not in found


def test_a_listed_second_given_name_makes_a_run_a_name_without_a_speech_verb():
    # "Dolkar" is a woman's second given name (Tibetan); "Tsering" alone says nothing
    assert gender_of("Tsering Dolkar reached the summit just after sunrise.", "Tsering Dolkar") == "female"
    assert people("Tsering Lama reached the summit just after sunrise.")[1] == {}


def test_a_lone_first_name_the_statistics_give_one_sex_is_a_person():
    # gender-guesser knows neither; nomquamgender gives each almost always to one sex
    doc, found = people("Fatou met Ousmane at the bus stop. He had forgotten his wallet.")
    assert {name: p.verdict()[0] for name, p in found.items()} == {"Fatou": "female", "Ousmane": "male"}


def test_an_apposition_gives_a_nameless_person_their_gender():
    # "The taxi driver, a grandmother of five, …": the driver is a woman
    doc, found = people("The taxi driver, a grandmother of five, told me she had been driving for forty years.")
    assert found["the driver"].verdict()[0] == "female"
    doc, found = people("The taxi driver, a man of few words, nodded.")
    assert found["the driver"].verdict()[0] == "male"
    doc, found = people("The taxi driver told me that a grandmother of five had hailed him.")
    assert found["the driver"].verdict()[0] is None
    # past a "who" clause that names no one, not one that does
    doc, found = people("The nurse who found the leak on the third floor, a young woman from Leeds, called the porter.")
    assert found["the nurse"].verdict()[0] == "female"
    doc, found = people("The doctor who saw my mother, a woman of ninety, said it was nothing.")
    assert found["the doctor"].verdict()[0] is None


@pytest.mark.parametrize("text, name, gender", [
    ("Sheikha Al-Qasimi trained as a pilot.", "Al-Qasimi", "female"),  # a woman's title
    ("Hinewai Tipoki ran the marathon.", "Hinewai Tipoki", "female"),  # Māori given names
    ("Rawiri Tipoki ran the marathon.", "Rawiri Tipoki", "male"),
    ("Mwajuma Kombo said the operation went well.", "Mwajuma Kombo", "female"),
    ("Neema Mushi said the operation went well.", "Neema Mushi", "female"),  # Swahili
    ("Juma Mushi said the operation went well.", "Juma Mushi", "male"),
    ("Comfort Asante said the market had moved.", "Comfort Asante", "female"),  # Ghanaian
    ("Prasert Wongsa said the dam would hold.", "Prasert Wongsa", "male"),  # Thai
    ("Mahbubur Rahman said the dam would hold.", "Mahbubur Rahman", "male"),  # Bengali
    ("Narantuya Gombo said the herd had survived.", "Narantuya Gombo", "female"),  # Mongolian (round 35)
    ("Ndapewa Shikongo said the oysters grew fast.", "Ndapewa Shikongo", "female"),  # Oshiwambo
    ("Kerubo Nyanchama said the school would open.", "Kerubo Nyanchama", "female"),  # Kisii
    ("Zosangpuii Khiangte said the team had won.", "Zosangpuii Khiangte", "female"),  # Mizo
    ("Otieno Ouma said the team had won.", "Otieno Ouma", "male"),  # Luo
    ("Thulani Zulu said the team had won.", "Thulani Zulu", "male"),  # Zulu
    ("Stanzin Chorol said the pass was open.", "Stanzin Chorol", "female"),  # Ladakhi second name
    ("Altanbolormaa Dorj said the herd had survived.", "Altanbolormaa Dorj", "female"),  # Mongolian "-maa"
    ("Nafset Khuade said the cheese was ready.", "Nafset Khuade", "female"),  # Adyghe
    ("Auntie Isatu said the caller was rude.", "Isatu", "female"),  # a kin title (round 36)
    ("Kabugho Scovia said the porters had been paid.", "Kabugho Scovia", "female"),  # Konzo (round 36)
    ("Bwambale Moses said the porters had been paid.", "Bwambale Moses", "male"),
    ("Amenan Brou said the cocoa was dry.", "Amenan Brou", "female"),  # Baoulé day names
    ("Kouadio Brou said the cocoa was dry.", "Kouadio Brou", "male"),
    ("Nonna Andrea said the sauce needed salt.", "Andrea", "female"),  # grandparents' titles (round 37)
    ("Babushka Sasha said the sauce needed salt.", "Sasha", "female"),
    ("Abuelo Guadalupe said the sauce needed salt.", "Guadalupe", "male"),
])
def test_given_names_and_titles_of_one_sex_that_both_sources_miss(text, name, gender):
    assert gender_of(text, name) == gender


def test_a_name_no_source_knows_ending_in_the_other_sexs_form_of_a_family_name_is_a_person():
    # "Rahmon Nazarov", father of "Dilbar Nazarova": a relative, though no source knows "Rahmon"
    doc, found = people("Dilbar Nazarova is an embroiderer. Rahmon Nazarov was one of the knife-makers.")
    assert "Rahmon Nazarov" in found
    doc, found = people("Marie Horáková grows hops. Vavřinec Horák was one of the growers.")
    assert "Vavřinec Horák" in found


def test_a_korean_name_in_either_order_is_a_person_even_where_no_source_knows_the_given_name():
    assert gender_of("Eun-ji Park has played with the Seoul Philharmonic since she was nineteen.", "Eun-ji Park") == "female"
    assert gender_of("Park Eun-ji has played with the Seoul Philharmonic since she was nineteen.", "Park Eun-ji") == "female"
    # not a place with a hyphen and a short word ("Qala-e Panja")
    assert people("Qala-e Panja lies on the river, and she walked there.")[1] == {}


def test_a_judges_title_between_honorific_and_name_is_no_part_of_the_name():
    assert gender_of("The judge, Mrs Justice Okonkwo, said she had rarely seen such a case.", "Okonkwo") == "female"


def test_a_widow_is_someone_even_with_no_one_named_whose_widow_she_is():
    doc, found = people("A court has ruled that a grain mill built by a widow with her own savings belongs to her.")
    assert found["a widow"].verdict()[0] == "female"
    doc, found = people("Ali Hassan died in 2001. His widow said he had paid for it himself.")
    assert [p.kind for p in found.values() if p.noun == "widow"] == ["relation"]  # one person, his relation


def test_a_first_word_given_to_both_sexes_takes_the_gender_of_the_second():
    # "Gul" opens Pashto men's and women's names alike: "Gul Rahman" is a man, "Gul Bibi" a
    # woman; a second word gender-guesser does not know leaves it as before
    assert gender_of("Gul Rahman Andar runs the pharmacy.", "Gul Rahman Andar") == "male"
    assert gender_of("Gul Bibi Rind runs the pharmacy.", "Gul Bibi Rind") == "female"
    assert gender_of("Gul Makai Noorzai runs the pharmacy.", "Gul Makai Noorzai") == "female"


def test_a_first_name_right_after_the_subordinator_that_opens_a_sentence_is_a_person():
    doc, found = people("When Ana met Diego at the station, he handed him the spare keys.")
    assert {name: p.verdict()[0] for name, p in found.items()} == {"Ana": "female", "Diego": "male"}
    assert people("When Chelsea won the cup, the fans sang.")[1] == {}  # a club: no first name alone
    # a subject after "that" is someone ("noticed that Tunde had borrowed …"), but not a city
    # the name lists know as a woman's name ("that Manila already had enough voices")
    assert "Tunde" in people("Mrs Adeyemi noticed that Tunde had borrowed the book.")[1]
    assert "Mateo" in people("Dr Fernández called Mateo’s parents from the ward.")[1]  # whose parents: a person
    # named right after the speech verb of an inverted attribution: the speaker
    assert "Rahul" in people("“She never lets me win, not even at cards,” said Rahul of his grandmother, Kamala.")[1]
    assert "Priya" in people("The shop was closed by noon, said Priya.")[1]
    # past a name set off after a person noun inside the opening clause
    assert "Yusuf" in people("When the head teacher, Mrs Okonkwo, announced the prize, Yusuf looked at his friend.")[1]
    assert "Manila" not in people("She told me once that Manila already had enough voices.")[1]


@pytest.mark.parametrize("verb", ["defended", "comforted", "rescued", "praised"])
def test_a_first_name_after_a_verb_that_takes_a_person_is_someone(verb):
    doc, found = people(f"Rashid {verb} Elena in court without charging a fee.")
    assert found["Elena"].verdict()[0] == "female"


def test_mr_and_mrs_name_a_couple_whose_family_name_is_either_of_them():
    assert gender_of("Mr. and Mrs. Castellanos run a pharmacy together. He handles the prescriptions.", "Castellanos") is None
    assert gender_of("Mrs. Castellanos runs a pharmacy.", "Castellanos") == "female"


def test_a_person_noun_after_a_degree_word_or_a_verb_is_an_adjective():
    # "the plants are more patient than his old clients": no one called "the patient"
    doc, found = people("Hikaru Mori gave up his job. He says the plants are more patient than his old clients.")
    assert not any(p.kind == "noun" for p in doc.entities.people)
    doc, found = people("The nurse checked on the patient twice before dawn.")
    assert "the patient" in found


def test_a_married_womans_title_after_a_wedding_is_the_brides():
    # "Marion" is a woman's name to the lists; the "Mrs Pruitt" who follows "he married Edith
    # Carrow" is Edith, who took the name, not the first named Pruitt
    text = (
        "Marion Pruitt (1898–1971) was an American civil engineer. In 1926 he married Edith Carrow, a "
        "draughtswoman. Mrs Pruitt drew most of the plans for her husband's dams."
    )
    doc, found = people(text)
    mrs = doc.entities.mention_at(text.index("Mrs Pruitt") + 4)
    assert doc.entities.entity(mrs).name == "Edith Carrow"
    assert not any("honorific" in e.reason for e in found["Marion Pruitt"].verdict()[2])
    # not where the one married is a man, nor with a title any woman bears
    for wedding, title in (("she married Peter Nowak", "Mrs"), ("he married Edith Carrow", "Ms")):
        other = text.replace("he married Edith Carrow", wedding).replace("Mrs Pruitt", f"{title} Pruitt")
        doc, _ = people(other)
        title_at = doc.entities.mention_at(other.index(f"{title} Pruitt") + len(title) + 1)
        assert doc.entities.entity(title_at).name == "Marion Pruitt"


def test_the_two_women_says_a_pair_member_whose_name_says_nothing_is_a_woman():
    text = (
        "Ayodele Bankole was a Nigerian novelist. Her first novel was accepted by the editor Margaret Hale. "
        "Hale became Bankole's closest friend, and the two women corresponded for forty years."
    )
    assert gender_of(text, "Ayodele Bankole") == "female"
    assert gender_of(text.replace("the two women", "the two of them"), "Ayodele Bankole") is None
    # not a name of the other gender: the pair meant may be others than the two named
    other = (
        "The singer Hugo Villafañe said Ayodele Bankole had been his friend for years. "
        "He found his old friend sanding a soundboard with her daughter, the two women arguing."
    )
    assert gender_of(other, "Hugo Villafañe") == "male"
    assert gender_of(other, "Ayodele Bankole") is None


@pytest.mark.parametrize("opening", ["In Paris", "At Lyon", "From Madison"])
def test_a_city_after_an_opening_preposition_is_no_given_name(opening):
    # "In Paris Wróblewski met …": the capitalised preposition joins the city and the surname into
    # one run of capitals; "Paris" is a place there, and "Wróblewski" the man named before
    text = f"Tadeusz Wróblewski was a Polish composer. {opening} Wróblewski met the violinist Ewa Marczak, whom he married in 1951."
    doc, found = people(text)
    assert set(found) == {"Tadeusz Wróblewski", "Ewa Marczak"}
    assert named_at(text, "Wróblewski met") == "Tadeusz Wróblewski"
    # a given name after the city still opens a name
    text = f"Tadeusz Wróblewski was a Polish composer. {opening} Ewa Marczak met him."
    assert "Ewa Marczak" in people(text)[1]


def test_a_given_name_joined_to_a_full_name_is_a_person_of_its_own():
    # "Lars and Ingrid Holm": two people sharing one family name
    text = "Lars and Ingrid Holm have sailed around Norway twice. He does the navigation."
    doc, found = people(text)
    assert set(found) == {"Ingrid Holm", "Lars"}
    assert gender_of(text, "Lars") == nev.MALE
    # a word no name source knows is no one: "Fisheries and Ingrid Holm"
    assert set(people("The Ministry of Fisheries and Ingrid Holm disagree.")[1]) == {"Ingrid Holm"}


@pytest.mark.parametrize("name, gender", [("Wang Fang", "female"), ("Chen Gang", "male"), ("Liu Wei", None)])
def test_a_one_syllable_chinese_given_name_speaks_weakly(name, gender):
    # "Wang Fang": a syllable mostly one sex's; borne by the other more often than a two-syllable
    # name ending so, hence medium weight (a fix on it alone is only suggested)
    doc, found = people(f"{name}, a tea grower, said the harvest was late.")
    gender_found, strength = found[name].verdict()[:2]
    assert gender_found == gender
    assert gender is None or strength < 0.85


def test_a_shared_family_name_alone_is_the_first_named_whichever_step_found_that_name():
    # "Nouf" is a name no source knows, found after "Saleh Al-Mutairi": alone, "Al-Mutairi" is
    # still hers, not her father's; and a relation named before the name does not count as named
    text = (
        "The buyers at the auction now include a newcomer: Nouf Al-Mutairi, whose company packs dates for shops in Europe.\n\n"
        "Al-Mutairi, 34, returned to Qassim when her father, Saleh Al-Mutairi, fell ill. She said she had expected to sell the farm.\n\n"
        "Nouf Al-Mutairi said the packing house would double its staff next year."
    )
    assert named_at(text, "Al-Mutairi, 34") == "Nouf Al-Mutairi"
    text = (
        "The clock started again, after two years of work by a watchmaker and his granddaughter.\n\n"
        "Aramayis Ghukasyan, 79, took the mechanism apart. His granddaughter, Zaruhi Ghukasyan, is a student.\n\n"
        "\u201cAnd I found two mistakes,\u201d Ghukasyan said."
    )
    assert named_at(text, "Ghukasyan said") == "Aramayis Ghukasyan"


def test_a_given_name_no_source_knows_alone_before_a_verb_and_an_object_pronoun_is_the_person():
    text = (
        "Her deputy, Dashnyam Tserendorj, a former border guard, drives the jeep. "
        '"Dashnyam catches them and I do the needle," the vet said.'
    )
    assert named_at(text, "Dashnyam catches") == "Dashnyam Tserendorj"
    # not a plural noun before a pronoun, "Dashnyam fans": no verb, no mention
    assert named_at(text.replace("Dashnyam catches them", "Dashnyam fans cheered"), "Dashnyam fans") is None


def test_a_family_name_given_an_age_is_the_one_of_the_family_named_last_who_has_none_yet():
    text = (
        'Margaret Charlton has died aged 91. "She never complained," said Ruth Robson, the couple\'s only daughter.\n\n'
        "Mrs Charlton carried on with the help of her grandson, Tom Robson, who now runs the flock.\n\n"
        "Robson, 41, said his grandmother had taught him everything."
    )
    assert named_at(text, "Robson, 41") == "Tom Robson"
    # one already given an age is someone else: the family name alone stays the first named's
    text = (
        "Nafset Khuade runs the dairy with her younger brother, Askarbi. Askarbi Khuade, 38, handles the accounts.\n\n"
        "Khuade, 44, trained as a chemist in Krasnodar."
    )
    assert named_at(text, "Khuade, 44") == "Nafset Khuade"


def test_two_relatives_named_after_a_plural_kin_noun_are_people_of_its_gender():
    text = (
        "Gulnara Mamatova, who guarded the forest for forty years, has died. She is survived by two sons, "
        "Ermek and Talant, and a niece. Ermek said his mother had asked to be buried facing the forest."
    )
    assert gender_of(text, "Ermek") == "male"
    assert named_at(text, "Ermek said") is not None
    # "children" says nothing of either
    assert gender_of(text.replace("two sons", "two children"), "Ermek") is None


def test_a_slavic_womans_family_name_outweighs_a_given_name_mostly_male():
    # "Sasha" is mostly a man's to gender-guesser; "Petrova" is the woman's form of Petrov
    assert gender_of("Sasha Petrova spoke Finnish, so the firm offered him the post.", "Sasha Petrova") == "female"
    assert people("Sasha Petrova spoke Finnish.")[1]["Sasha Petrova"].verdict()[1] >= 0.85
    # not against a name the sources give to men outright
    assert people("Ivan Petrova spoke Finnish.")[1]["Ivan Petrova"].verdict()[1] < 0.5


def test_a_name_set_off_after_one_of_them_is_a_person():
    text = "Sergeant Natalia Kovalenko trained the new recruits. One of them, Andriy, later admitted that he had laughed."
    assert named_at(text, "Andriy") == "Andriy"
    assert gender_of(text, "Andriy") == "male"


@pytest.mark.parametrize(
    "name, gender",
    [("Tömörbaatar Lkhagva", "male"), ("Ganbold Tserendorj", "male"), ("Enkhtsetseg Dorj", "female"), ("Oyunchimeg Batbayar", "female")],
)
def test_mongolian_given_names_are_read_by_their_last_element(name, gender):
    # no name source knows most of them; their last element says the sex
    text = f"{name} trained horses near Tsetserleg for thirty years."
    assert gender_of(text, name) == gender


def test_a_family_name_that_is_the_fathers_given_name_is_hers_where_the_text_calls_her_by_it():
    # South Sudanese naming: the father's given name is the child's family name
    text = (
        "Nyakuoth Gatluak, 29, is the first woman to referee in the league. Her father, Gatluak Chuol, kept goal "
        "for a police team. Nyakuoth was twelve when she first held a whistle. Gatluak said she did not see herself "
        "as a pioneer. Gatluak trains on Sundays. Gatluak also teaches."
    )
    assert named_at(text, "Gatluak said") == "Nyakuoth Gatluak"
    # called by her given name alone more often than by the shared word, "Hamdan" alone is her father's
    text = (
        "Aisyah Hamdan flies drones over the paddies. Her father, Hamdan Yusoff, farms there. Aisyah learned fast. "
        "Aisyah now trains others. Hamdan said he was proud."
    )
    assert named_at(text, "Hamdan said") == "Hamdan Yusoff"


def test_a_word_opening_a_name_run_is_not_another_persons_family_name():
    # "Cing Sian Niang" is found as "Sian Niang" (no source knows "Cing"); her neighbour "Hau
    # Khan Cing" must not take the word her own name opens with as a mention of himself
    text = (
        "Cing Sian Niang has driven the road for eleven years. Her husband teaches. "
        "Hau Khan Cing, who runs a store, said prices had doubled. "
        "Cing Sian Niang, 38, bought the truck in 2013."
    )
    doc, found = people(text)
    neighbour = next(p for p in found.values() if p.name.endswith("Cing"))
    assert mention_starts(neighbour) == [text.index("Hau Khan Cing")]


def test_a_gendered_noun_in_apposition_to_a_name_is_no_one_else():
    # "The chairman of the island council, Kilifi Semu, …": one man, not a chairman beside him
    doc, found = people(
        "Tealofa Penitala ran the project. The chairman of the island council, Kilifi Semu, called the wall good news."
    )
    assert "the chairman" not in found
    assert found["Kilifi Semu"].verdict()[0] == "male"
    # a chairman named nowhere is someone of his own
    doc, found = people("Tealofa Penitala ran the project. The chairman of the island council called the wall good news.")
    assert "the chairman" in found


def test_a_first_name_a_speaker_spoke_of_is_a_person():
    # "…,” Mr Kovač wrote of Ivana": named once, alone, but only a person is spoken of so
    doc, found = people("“He never hands anything in late,” Mr Kovač wrote of Ivana in his report.")
    assert found["Ivana"].verdict()[0] == "female"
    # not a word after any "of" ("the streets of Chelsea")
    doc, found = people("“He never hands anything in late,” Mr Kovač wrote in the streets of Chelsea.")
    assert "Chelsea" not in found


def test_someones_person_with_an_apposition_that_says_who_is_someone():
    # "His first teacher, an old Hungarian woman, told him …": a new person, and a woman
    doc, found = people("Min-jun Park plays in Seoul. His first teacher, an old Hungarian woman, told him he had a good ear.")
    assert found["his teacher"].verdict()[0] == "female"
    # without the apposition, someone's teacher is no one the pass follows
    doc, found = people("Min-jun Park plays in Seoul. His first teacher told him he had a good ear.")
    assert "his teacher" not in found


def test_two_given_names_joined_as_a_sentences_subject_are_two_people():
    doc, found = people("Kofi and Ama met at a wedding in Kumasi. He asked her to dance.")
    assert {name: p.verdict()[0] for name, p in found.items()} == {"Kofi": "male", "Ama": "female"}
    # not where one of the two is no given name ("Chelsea and Arsenal drew")
    assert people("Chelsea and Arsenal drew on Sunday.")[1] == {}


def test_a_person_known_by_one_given_name_takes_its_gender():
    # "Sumarni (1933–2012) was …": many Javanese go by one name, a given name
    assert gender_of("Sumarni (1933–2012) was an Indonesian journalist.", "Sumarni") == "female"
    assert gender_of("Wiryono (1929–2006) was an Indonesian linguist.", "Wiryono") is None  # a name no source knows


@pytest.mark.parametrize("name, gender", [("Hoshino Akiko", "female"), ("Ishida Tetsuo", "male"), ("Kimura Hikaru", None)])
def test_a_japanese_name_written_family_name_first_speaks_by_its_given_name(name, gender):
    # as Japan's English-language press writes it; Hikaru is given to both sexes
    assert gender_of(f"{name}, a potter, opened a kiln in 1984.", name) == gender


def test_a_title_closing_a_three_word_name_is_its_family_name():
    # "Sheikh" opens names as a title, but closing "Yusuf Warsame Sheikh" it is his family name,
    # and alone later it is him
    doc, found = people("The elder, Yusuf Warsame Sheikh, 70, confirmed the account. Sheikh said the lorry came once.")
    assert "Yusuf Warsame Sheikh" in found
    assert mention_texts(doc, found["Yusuf Warsame Sheikh"]) == ["Yusuf Warsame Sheikh", "Sheikh"]
    # a title before a two-word name is still only a title
    assert "Sheikh Hasina" not in people("Sheikh Hasina spoke in Dhaka.")[1]


def test_a_sibling_named_with_the_same_fathers_names_is_someone_of_their_own():
    # "Abdikarim Hussein Mohamed", then "his sister, Deqa Hussein Mohamed" (a given name no source
    # knows): the last two words are the names of the father and grandfather both bear, not a
    # second mention of him
    doc, found = people(
        "The court ordered a trial for Abdikarim Hussein Mohamed, who ran the water department until 2022. "
        "A witness said she had asked Abdikarim, in his office, why no machines had arrived.\n\n"
        "His sister, Deqa Hussein Mohamed, a nurse at the district hospital, said the family had sold camels to pay his legal fees."
    )
    assert "Deqa Hussein Mohamed" in found
    assert "Hussein Mohamed" not in mention_texts(doc, found["Abdikarim Hussein Mohamed"])
    assert found["Deqa Hussein Mohamed"].verdict()[0] == "female"


def test_a_relative_of_no_one_in_particular_is_no_one():
    # "somebody's grandmother": no person of the text, so no candidate for the "him" after it
    doc, found = people(
        "Li Wei runs the troupe. \"Grandfather says he had no choice,\" Li said. "
        "\"But he just needed somebody's grandmother to give him an excuse, and everyone's mother agreed.\""
    )
    assert not any("grandmother" in name or "mother" in name for name in found)
    # an owner in particular still has one
    assert "Li's grandmother" in people("Li's grandmother, Mei, sings every evening.")[1]


def test_what_a_making_verb_makes_someone_is_no_one_else():
    # "made him a partner", "was appointed a judge": a description of the object or subject, not
    # a partner or a judge of their own
    doc, found = people(
        "Ana Ribeiro (born 1970) is a Portuguese architect. He joined the firm of Pedro Matos in 1995, and in 2001 Matos made him a partner. "
        "In 2010 he was appointed a judge of the national design prize."
    )
    assert set(found) == {"Ana Ribeiro", "Pedro Matos"}
    assert "a partner" in people("Matos hired a partner in 2001.")[1]


def test_a_description_past_an_adverb_or_before_a_name_is_no_one_else():
    # "is also an engineer", "am not a scientist", "Emeka Obi, now a judge": descriptions of
    # someone named; "an architect named Noura Salem": that person
    doc, found = people(
        "Her former clerk, Emeka Obi, now a judge himself, has said so. Their son, Zhou Lei, is also an engineer. "
        "\"I am not a scientist,\" she said. The towers were designed by an architect named Noura Salem."
    )
    assert not any(name.startswith(("a ", "an ")) for name in found), sorted(found)
    assert "Noura Salem" in found


def test_a_description_in_apposition_to_an_unnamed_person_is_that_person():
    doc, found = people("Mrs Kowalska told a neighbour that she had seen a fox. The neighbour, a retired vet, said she would set a trap.")
    assert "a vet" not in found and "a neighbour" in found


def test_an_indefinite_noun_in_a_simile_a_wish_or_a_maybe_is_no_one_in_particular():
    doc, found = people(
        "Ruth Obi ran the market like a captain runs a ship. She said she would bring a lawyer, "
        "and her mother had always wanted a doctor in the family. Last year she hired a driver."
    )
    assert not {"a captain", "a lawyer", "a doctor"} & set(found)
    assert "a driver" in found  # someone hired is someone


def test_parents_described_by_a_noun_alone_are_no_one_else():
    doc, found = people(
        "Oleg Marin was born in Perm, the son of an engineer. His wife, Lidia, was the daughter of a boatman and a market trader."
    )
    assert not {"an engineer", "a boatman", "a trader"} & set(found), sorted(found)


def test_a_second_given_name_alone_is_the_one_who_bears_it():
    # "Sayed Qasim Hashimi" goes by "Qasim" as well as "Hashimi"
    text = "Sayed Qasim Rasuli runs the ward with his sister Parwana. At twelve, Qasim was boiling bottles for the baby."
    assert named_at(text, "Qasim was") == "Sayed Qasim Rasuli"


def test_a_second_given_name_that_is_someone_elses_first_name_stays_theirs():
    text = "Sayed Qasim Rasuli runs the ward. His cousin, Qasim Noori, drives the ambulance. At twelve, Qasim was boiling bottles."
    assert named_at(text, "Qasim was") == "Qasim Noori"


def test_a_name_no_source_knows_before_a_role_without_an_article_is_a_person():
    text = "Not everyone is pleased. Mbaïdoum Kemkoye, secretary of the drivers' union in Koumra, said owners were pushing fares down."
    assert named_at(text, "Mbaïdoum") == "Mbaïdoum Kemkoye"
    # not a place before a word that is no role
    assert named_at("The road to Lake Fitri, flooded since June, is closed.", "Lake") is None


def test_an_honorific_in_a_quote_that_holds_only_the_name_is_no_evidence():
    # guests "who have written to “Signora Andrea”" got it wrong: that is why the text quotes it
    text = "Andrea Bianchi runs a small hotel on Lake Como, and guests who have written to “Signora Andrea” are surprised when he answers the door."
    doc, found = people(text)
    assert not any("honorific" in e.reason for e in found["Andrea Bianchi"].evidence)
    doc, found = people("Signora Andrea Bianchi runs a small hotel on Lake Como.")
    assert any("honorific" in e.reason for e in found["Andrea Bianchi"].evidence)


def test_a_lone_given_name_before_who_or_past_an_adverb_is_the_one_named_with_it():
    # a given name no source knows, alone: linked where "who" follows ("who" is said of people)
    # or where its verb comes after an adverb ("now carves"), not where nothing says it is a person
    intro = "Tadelech began climbing after her husband, Shiferaw Woldemichael, fell from a tree. "
    assert named_at(intro + "Shiferaw, who walks with a stick, carves the hives.", "Shiferaw,") == "Shiferaw Woldemichael"
    assert named_at(intro + "Shiferaw now carves the hives.", "Shiferaw now") == "Shiferaw Woldemichael"
    assert named_at(intro + "Shiferaw Street is closed.", "Shiferaw Street") != "Shiferaw Woldemichael"


def test_dida_a_borana_mans_name_says_nothing():
    # gender-guesser lists "Dida" as a woman's; among the Borana it is a man's: read as saying nothing
    assert gender_of("Dida Halake, an elder from Dubluq, spoke for the herders.", "Dida Halake") is None


@pytest.mark.parametrize(
    "text",
    [
        "The coach told Somto he was too slow.",
        "The headmistress hired Somto to read the weather.",
        "Mrs Eze kept Somto behind after the lesson.",
        "The council accused Somto of taking the money.",
    ],
)
def test_a_word_no_name_source_knows_as_a_verbs_person_object_is_someone_of_unknown_gender(text):
    found = people(text)[1]
    assert "Somto" in found and found["Somto"].verdict()[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "He taught Arabic on Saturdays.",
        "She visited Egypt in May.",
        "The choir kept Latvian folk songs in its repertoire.",
        "Valencia beat Sevilla 3-1 on Sunday.",
        "He told Swiss radio about the avalanche.",
        # a country, a news agency, an institution: everyday words of English
        "The minister urged Ethiopia to reopen the border.",
        "She told Reuters he had resigned.",
        "The court accused Russia of lying.",
        "The mayor asked Parliament to act.",
    ],
)
def test_a_language_a_place_or_a_team_after_such_a_verb_is_no_one(text):
    assert not {"Arabic", "Egypt", "Latvian", "Sevilla", "Swiss", "Ethiopia", "Reuters", "Russia", "Parliament"} & set(people(text)[1])


def test_a_name_set_off_after_a_compound_noun_is_a_person():
    # "her sous-chef, Marco,": the noun may be hyphenated
    found = people("The head chef, Giulia Bianchi, tastes every sauce. Her sous-chef, Marco, sent out a risotto without asking her.")[1]
    assert "Marco" in found and found["Marco"].verdict()[0] == "male"


@pytest.mark.parametrize(
    "text, name, gender",
    [
        ("ROSSO, Mauritania — Aminetou mint El Moctar, who cleared goods at the crossing, died on Thursday.", "Aminetou mint El Moctar", "female"),
        ("Beyah ould Cheikhna Ely drove the ore train for thirty years.", "Beyah ould Cheikhna Ely", "male"),
        # not the word opening the sentence, nor a place before the name
        ("When Beyah ould Cheikhna Ely drove the ore train, he sang.", "Beyah ould Cheikhna Ely", "male"),
        ("In Rosso Aminetou mint El Moctar sold cloth.", "Aminetou mint El Moctar", "female"),
    ],
)
def test_a_daughter_of_or_son_of_particle_makes_a_name_whatever_the_given_name(text, name, gender):
    found = people(text)[1]
    assert name in found and found[name].verdict()[0] == gender


def test_a_particle_after_an_everyday_word_makes_no_name():
    assert not people("Maria Lopes first sang at the Grand ole Opry in 1995.")[1].keys() - {"Maria Lopes"}


def test_a_given_name_only_the_statistics_know_opens_a_name_it_also_stands_alone_as_a_subject_in():
    # "Hibo Osman Yusuf", later "Hibo kept …": Hibo is her given name, not a word before her
    # father's ("Osman Yusuf", a man), and the text's "she" is hers
    text = (
        "GAROWE, Somalia — Hibo Osman Yusuf, a midwife who worked in Garowe for thirty years, died on "
        "Monday at her home. She was 68. Her son, Abdullahi Farah Ali, said she had been ill since May.\n\n"
        "Hibo kept a ledger of every birth she attended."
    )
    _, found = people(text)
    assert "Hibo Osman Yusuf" in found and found["Hibo Osman Yusuf"].verdict()[0] == "female"
    # a man's: his given name, not the father's name after it, opens his name
    text = (
        "The pump was fitted by an engineer from Bosaso, Guled Osman Yusuf, who said he had built two before. "
        "Guled taught the guards to clean it."
    )
    assert gender_of(text, "Guled Osman Yusuf") == "male"


def test_a_family_name_or_an_unknown_word_opening_sentences_opens_no_longer_name():
    # "Guled was married …": her family name (one the name statistics know), which also names her firm
    text = (
        "Hibo Guled (born 1958) is a Somali businesswoman, founder of Guled Marine Lines, a shipping firm. "
        "Guled was married to a surgeon."
    )
    assert "Guled Marine Lines" not in people(text)[1]
    # a word no source knows, family name first ("Byaruhanga Charles Kato"): the known given name opens the name
    text = "The court found that Byaruhanga Charles Kato had forged the letter. Byaruhanga did not attend."
    assert gender_of(text, "Charles Kato") == "male"


def test_hillary_is_a_mans_name_in_a_story_set_in_kenya():
    # rules/countries.toml: the name sources count American and British Hillarys, women
    kenya = "NAKURU, Kenya — The farm's manager, Hillary Kiprop Sang, told the court that the workers had been paid."
    assert gender_of(kenya, "Hillary Kiprop Sang") == "male"
    elsewhere = "The farm's manager, Hillary Sang, told the court that the workers had been paid."
    assert gender_of(elsewhere, "Hillary Sang") == "female"
    _, found = people(kenya)
    assert "rules/countries.toml" in found["Hillary Kiprop Sang"].verdict()[2][0].reason
    # not a visitor's name of another form, where only the setting is Kenya
    visitor = "NAIROBI, Kenya — Hillary Clinton visited a clinic on Monday. Clinton said the nurses were brave."
    assert gender_of(visitor, "Hillary Clinton") == "female"


def test_under_a_dateline_a_middle_word_no_one_else_bears_is_the_name_a_person_goes_by():
    # "Joseph Mutua Kilonzo … Mutua, 40,": a Kenyan dateline does not stop "Mutua" being his
    text = (
        "MACHAKOS, Kenya — The contractor, Joseph Mutua Kilonzo, holds one of two permits. "
        "Mutua, 40, grew up in the valley. His sister, Mwende Kilonzo, farms there."
    )
    _, found = people(text)
    assert "Mutua" not in found and len(found["Joseph Mutua Kilonzo"].mentions) >= 2


def test_one_capitalised_word_before_a_word_for_a_place_is_that_place():
    # "in Mareka district": gender-guesser's "Mareka" is a woman's name
    text = "She chairs a co-operative of 212 members in Mareka district. The exporter visited Mareka twice."
    assert "Mareka" not in people(text)[1]


@pytest.mark.parametrize("name, gender", [("Zenebech Anjulo", "female"), ("Workinesh Tola", "female"), ("Shiferaw Anko", "male"), ("Getahun Bekele", "male")])
def test_amharic_given_names_of_one_sex(name, gender):
    assert gender_of(f"{name}, 36, chairs a honey co-operative in the district.", name) == gender


def test_a_capital_the_before_a_formal_style_is_no_title():
    for text in ("The service was opened by The Reverend Mary Smith, the parish priest.", "The Reverend Mary Smith opened the service. She read the first lesson."):
        assert "Mary Smith" in people(text)[1]
    assert not [name for name in people("His later ballets include The Mine Dump (2015).")[1] if "Mine" in name]


def test_a_nationality_of_two_words_is_no_one_and_nihal_is_a_mans_name_in_sri_lanka():
    # the person's own two-word nationality places them, no city needed
    for text in (
        "Nihal Jayawardena (1944–2018) was a Sri Lankan lawyer. He practised law for forty years.",
        "Sri Lankan Nihal Perera won the race. He was 24.",
        "The Sri Lankan, Nihal Perera, won the race. He was 24.",
    ):
        found = people(text)[1]
        assert [p.name for p in found.values()] == [name for name in found if name.startswith("Nihal")]
        assert found[next(iter(found))].verdict()[0] == "male"
    assert gender_of("Nihal Jayawardena (1944–2018) was a lawyer in Ankara.", "Nihal Jayawardena") == "female"  # the name sources' Turkish Nihal
    # a visitor where only the setting is Sri Lanka, and a country's own name, are no such case
    assert gender_of("Nihal Kaya moved to Jaffna in 2019. She works at a hospital in Jaffna.", "Nihal Kaya") == "female"
    assert "Sri Lanka" not in people("Sri Lanka beat India on Sunday.")[1]
    # Kandy, a city, is a given name too: not on the list
    assert gender_of("Kandy is a nurse. Kandy works nights.", "Kandy") == "female"


def test_a_name_after_the_is_a_thing_named_after_the_person():
    # "the Delphine" is the bus named after Delphine, "the Kaïgama house" the family's house:
    # neither is Delphine or Joseph themselves, so a pronoun after them is not read as theirs
    text = (
        "Joseph Kaïgama drove the bus for 38 years. In 1986 he bought it with money his wife, "
        "Delphine Mbarna, had earned. The bus, the Delphine, left Pala at six every morning. "
        "Delphine said the Kaïgama house was always full."
    )
    doc, found = people(text)
    assert mention_texts(doc, found["Delphine Mbarna"]) == ["wife", "Delphine Mbarna", "Delphine"]
    assert mention_texts(doc, found["Joseph Kaïgama"]) == ["Joseph Kaïgama"]


def test_the_olympics_are_no_person():
    # "Sydney" is also a given name, but "the 2000 Sydney Olympics" is a sporting event
    doc, found = people("Keiko Matsuda finished ninth in the marathon at the 2000 Sydney Olympics. She retired in 2003.")
    assert set(found) == {"Keiko Matsuda"}


def test_her_husband_after_he_married_her_is_the_one_who_married():
    # "He married Mestawet Sorsa … her husband": the husband is the "he", not the one he married
    _, found = people("Tesfaye Anjulo trained as a nurse. He married Mestawet Sorsa in 1982. She ran a grain mill in Sodo; her husband, she liked to say, could not change a fuse. \"He never learned,\" Mestawet said.")
    assert not any(e.gender == "male" for e in found["Mestawet Sorsa"].evidence)
    # (a year before the "he" too)
    _, found = people("Tesfaye Anjulo trained as a nurse. In 1982 he married Mestawet Sorsa. She ran a grain mill in Sodo; her husband, she liked to say, could not change a fuse. \"He never learned,\" Mestawet said.")
    assert not any(e.gender == "male" for e in found["Mestawet Sorsa"].evidence)
    # (where a woman was named before the "he", it may be hers, damaged: the husband is the one married)
    _, found = people("Maria Anjulo trained as a nurse. He married Mestawet Sorsa in 1982. Her husband could not change a fuse. \"I never learned,\" Mestawet said.")
    assert any(e.gender == "male" for e in found["Mestawet Sorsa"].evidence)
    # (where the one married is the husband, the noun still names him)
    _, found = people("Dana Anjulo trained as a nurse. She married Mestawet Sorsa in 1982. Her husband could not change a fuse. \"I never learned,\" Mestawet said.")
    assert any(e.gender == "male" for e in found["Mestawet Sorsa"].evidence)


def test_a_name_a_who_clause_follows_is_no_clause_subject_and_takes_the_noun_before_it():
    _, found = people("A key witness was the clan chairman, Yuma Draku, 68, who told the court that the elders had met twice.")
    assert any(e.gender == "male" and "chairman" in e.reason for e in found["Yuma Draku"].evidence)


def test_the_only_man_in_the_words_set_off_after_a_name_is_what_they_were():
    _, found = people("Dana Anjulo, a nurse who delivered babies in the villages of Wolaita for forty years, much of that time as the only man in the zone, died on Sunday.")
    assert any(e.gender == "male" and "only man" in e.reason for e in found["Dana Anjulo"].evidence)
    # (not where the phrase is about someone the clause names by a pronoun)
    _, found = people("Dana Anjulo, who hired her as the first woman on the ward, died on Sunday.")
    assert not any("first woman" in e.reason for e in found["Dana Anjulo"].evidence)
