"""People in a document and the evidence for each one's gender, found once and shared by passes.

`find_entities(doc)` (used lazily by `Document.entities`) returns an `Entities` index:

- full names: capitalised runs that start with a known first name, or follow an honorific
  ("Ms. Ivanova") or a role word ("President Vladimir Putin", "councillor Ksenia Thorstrom");
- short mentions linked to them: the surname alone, the possessive ("Palyuga’s"), the first name
  alone, and a surname misspelt by one letter;
- relations: a kinship noun with its owner ("his mother", "Thorstrom’s husband"), a person of
  their own whose gender the noun states; and definite gendered nouns ("the actress").

Gender evidence never comes from pronouns (those are what MT damages). Each piece of evidence has
a weight in [0, 1] and a reason a reviewer can read; `Entity.verdict()` combines them.
The name and grammar passes ask `entities.is_name_token(token)` / `entities.mention_at(offset)`.

The evidence from names (first-name lexicons, name statistics, the text's country) is in
name_evidence.py; where a capitalised word stands (before a speech verb, in apposition, after a
place preposition) is read by person_context.py.
"""

from __future__ import annotations

import bisect
import collections
import functools
import heapq
import itertools
import operator
from dataclasses import dataclass, field

from . import textre
from .analysis.clause_words import SUBORDINATORS
from .name_evidence import (
    APOSTROPHES,
    FEMALE,
    LEXICON_WEIGHTS,
    MALE,
    Evidence,
    COUNTRY_LIST_REASON,
    COUNTRY_REASON,
    COUNTRY_WEIGHT,
    almost_always_one_sex,
    bare_name,
    capped_for_country,
    country_gender,
    country_words,
    first_name_verdict,
    first_names,
    gendered_ending,
    given_names_by_country,
    country_names,
    listed_for_full_names_only,
    is_country_dependent,
    is_first_name,
    lexicon,
    later_name_evidence,
    listed_name_evidence,
    past_age,
    person_country,
    statistics_evidence,
    statistics_lean,
    table_verdict,
    whole_given_name_verdict,
)
from .passes.rarity import is_everyday  # (wordfreq's everyday words: no country, firm or agency is a given name)
from .person_context import (
    LIFE_DATES_RE,
    OBJECT_PRONOUNS,
    OWN_KIN_AFTER_RE,
    after_other_given_name,
    after_person_verbs,
    balinese_opening,
    after_place_preposition,
    capitals_before,
    follows_person_verb,
    in_run,
    lone_speakers,
    lone_subject_names,
    named_alone_as_person,
    one_gender,
    opening_place,
    origin_in_apposition,
    person_context,
    place_names,
    push_later,
    short_mention_candidates,
    verb_with_object,
    vietnamese_middle,
)

_TOKEN_TEXT = operator.attrgetter("text")
# words after which a capitalised run names a place ("at Fox Bay", "on Papa Westray", "south of
# Fitzroy Crossing"), though its first word is a given name to the name statistics: beyond the
# prepositions of place a known given name is read past (after_place_preposition), those that
# take people too ("at Maria's", "on Tomas"), trusted only for a name so weakly known
WHERE_WORDS = frozenset("at on towards toward via into".split())
DIRECTIONS = frozenset("north south east west northeast northwest southeast southwest".split())
# the words of a formal style a capital "The" opens before a name: "The Reverend Mary Smith",
# "The Right Honourable …"
FORMAL_STYLES = frozenset("reverend rev honourable honorable hon right very venerable most".split())
# words that open a sentence's clause, capitalised there, and never begin a name: "When Cleonice
# Schmitt dug her first pond" is about Cleonice Schmitt
CLAUSE_OPENERS = SUBORDINATORS - {"who", "whom", "whose", "which"} | {"and", "but", "so", "then", "yet"}
SINGLE_SYLLABLE_WEIGHT = 0.75  # "Wang Fang": medium, so a fix resting on it alone is only suggested
PINYIN_GIVEN_RE = textre.compile(r"\p{Lu}[a-z]{1,8}$")  # "Yufen", "Jianguo", "Hao": one or two syllables, no hyphen
KOREAN_PLACE_SYLLABLES = frozenset({"gu", "dong", "ri", "si", "do", "gun", "myeon", "eup", "ro", "gil", "ga"})  # "Jung-gu"
KOREAN_GIVEN_RE = textre.compile(r"\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$")  # "Min-ji"; not "Müller-Schmidt"
AGE_NOW_RE = textre.compile(r", (?:now|aged) \d{1,3}\b")  # "Braima, now 71 and nearly blind, still sits …": a person's age, given again


# --- the values ------------------------------------------------------------------------------


# Evidence from name statistics (first names), as opposed to the text's own words for the person
NAME_STATISTIC_REASONS = ("first name ‘", "given name ‘", "second given name ‘")
TEXT_OVERRIDE_WEIGHT = 0.9
NAMED_ONCE_WEIGHT = 0.6  # a lone first name used once as a subject: the pass's "medium"
# a gendered noun the text uses of the person: in apposition, as predicate, as their relation's noun
TEXT_NOUN_REASONS = ("described as ‘", "called ‘")


def names_alone(evidence) -> bool:
    """Does a verdict rest on name lists alone (first, given and second given names)?"""
    return bool(evidence) and all(e.reason.startswith(NAME_STATISTIC_REASONS) for e in evidence)


def _product(values) -> float:
    out = 1.0
    for v in values:
        out *= v
    return out


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # the name itself (without honorific or role words, without the possessive ’s)
    end: int
    entity: int  # index into Entities.people
    kind: str  # name | surname | first | variant | kinship | noun
    lead: int  # where the mention's noun phrase starts (role words, honorific, "his" …)
    possessive: bool = False  # "Palyuga’s"
    owner_start: int = -1  # kinship: the owner word ("his", "Thorstrom’s")
    owner_end: int = -1

    @property
    def is_name(self) -> bool:
        return self.kind in ("name", "surname", "first", "variant")


@dataclass
class Entity:
    id: int
    name: str  # "Ksenia Thorstrom", "his mother"
    kind: str  # person | relation | noun
    first: str | None = None
    surname: str | None = None
    noun: str | None = None  # relation / noun entities: "mother", "actress"
    mentions: list[Mention] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    named_once: bool = False  # a first name used once, alone, its evidence weakened ("Chelsea won …")

    def verdict(self, overrides: tuple[tuple[str, str], ...] = ()) -> tuple[str | None, float, list[Evidence]]:
        """(gender, strength 0..1, the evidence used). A user override (config.name_genders)
        matching the full name, surname or first name wins outright."""
        for key, gender in overrides:
            if key in (self.name, self.surname, self.first) or key.lower() == self.name.lower():
                return gender, 1.0, [Evidence(gender, 1.0, f"configured as {gender} (name-genders: ‘{key}’)")]
        if not self.evidence:
            return None, 0.0, []
        evidence = self.evidence
        if any(e.gender == FEMALE and e.weight >= TEXT_OVERRIDE_WEIGHT and e.reason.startswith(TEXT_NOUN_REASONS) for e in evidence) and not any(
            e.gender == MALE and not e.reason.startswith(NAME_STATISTIC_REASONS) for e in evidence
        ):
            # A feminine noun the text uses of this person ("Karim is one of only a handful of
            # women …", "his daughter, Nusrat", "X, the actress") against nothing but a name
            # statistic for a man ("Nusrat": male to gender-guesser, a woman's name too in
            # Pakistan): the text wins. MT defaults to the masculine, so a feminine word in its
            # output comes from the source; a name list counts bearers elsewhere. Not an
            # honorific alone ("Ms. Huber" may be a Huber the text never names, and lands on the
            # one it did), and not the other way (MT writes "Mr. Tanaka" for "Tanaka-san").
            names = [e for e in evidence if e.gender == MALE]
            if names:
                evidence = [e for e in evidence if e.gender == FEMALE]
                others = ", ".join(e.reason.split(" (")[0] for e in names)
                note = Evidence(FEMALE, 0.0, f"the text’s own word for the person outweighs {others}, a man's name to a name source")
                evidence.sort(key=lambda e: not e.reason.startswith(TEXT_NOUN_REASONS))  # the noun first
                return FEMALE, round(1.0 - _product(1.0 - e.weight for e in evidence), 3), [evidence[0], note, *evidence[1:]]
        against = {FEMALE: 1.0, MALE: 1.0}
        for e in self.evidence:
            against[e.gender] *= 1.0 - e.weight
        f, m = 1.0 - against[FEMALE], 1.0 - against[MALE]
        gender = FEMALE if f > m else MALE if m > f else None
        if gender is None:
            return None, 0.0, list(self.evidence)
        return gender, round(abs(f - m), 3), [e for e in self.evidence if e.gender == gender]


class Entities:
    """The people of a document, and an index of where each is mentioned."""

    def __init__(self, people: list[Entity]) -> None:
        self.people = people
        self.mentions = sorted((m for p in people for m in p.mentions), key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self.mentions]

    def __iter__(self):
        return iter(self.people)

    def __len__(self) -> int:
        return len(self.people)

    def mention_at(self, offset: int) -> Mention | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.mentions[i].start <= offset < self.mentions[i].end:
            return self.mentions[i]
        return None

    def is_name_token(self, token) -> bool:
        """Is this token (anything with .start) part of a person's name?"""
        m = self.mention_at(token.start)
        return m is not None and m.is_name

    def in_range(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self._starts, start)
        j = bisect.bisect_left(self._starts, end)
        return self.mentions[i:j]

    def entity(self, mention: Mention) -> Entity:
        return self.people[mention.entity]


# --- finding them ----------------------------------------------------------------------------


def _after_where_word(doc, run) -> bool:
    """Is the run right after a preposition of place, or the "of" of "south of"?"""
    if after_place_preposition(doc, run):
        return True
    i = bisect.bisect_left(doc.token_starts, run[0].start) - 1
    if i < 0 or doc.text[doc.tokens[i].end : run[0].start] != " ":
        return False
    low = doc.tokens[i].lower
    return low in WHERE_WORDS or low == "of" and i >= 1 and doc.tokens[i - 1].lower in DIRECTIONS


def _surname_evidence(surname: str) -> Evidence | None:
    low = surname.lower()
    lex = lexicon()
    if not low.endswith(lex["surname_suffixes"]):
        return None  # most surnames: one test in C
    for suffixes, gender in ((lex["surname_suffixes_female"], FEMALE), (lex["surname_suffixes_male"], MALE)):
        for suffix, weight in suffixes:
            if low.endswith(suffix) and len(low) >= len(suffix) + 3:
                return Evidence(gender, weight, f"surname ‘{surname}’ ends in -{suffix}")
    return None


def _marked_surname(word: str) -> bool:
    """Does the word end as only a woman's surname does, surely enough to make an unknown
    capitalised pair a person's name ("Annayeva", "Dvořáková")?"""
    surname, _ = bare_name(word)
    ev = _surname_evidence(surname)
    return ev is not None and ev.gender == FEMALE and ev.weight >= 0.85 and not surname.lower().endswith(lexicon()["surname_not_slavic_endings"])


# "Ulrica St. Rose": a family name that opens with an abbreviated Saint (after a given name)
SAINT_ABBREVIATIONS = frozenset({"St", "Ste"})
# the gap before a quoted nickname inside a name → the gap after it
NICKNAME_OPENERS = {' "': '" ', " “": "” ", " ‘": "’ ", " '": "' "}


def _runs(doc):
    """Capitalised runs of tokens: consecutive capitalised words separated by one space (or ". "
    after an initial or an honorific), with one or two lower-case particles inside ("Ludwig van
    Beethoven"). Walks the capitalised tokens only; a list of the runs."""
    text, tokens = doc.text, doc.tokens
    lex = lexicon()
    honorifics, particles = lex["honorifics"], lex["particles"]
    runs: list[list] = []
    run: list = []
    last = -2  # index of the run's last capitalised token
    for i in doc.capitalised:
        tok = tokens[i]
        if tok.text == "I":  # the pronoun, never part of a name ("in America I saw …")
            if run:
                runs.append(run)
            run, last = [], -2
            continue
        if run:
            prev = run[-1]
            if i == last + 1:
                gap = text[prev.end : tok.start]
                joined = gap == " " or (gap == ". " and (len(prev.text) == 1 or prev.lower in honorifics or prev.text in SAINT_ABBREVIATIONS and len(run) >= 2))
                if not joined and gap in NICKNAME_OPENERS:
                    # Antonino "Toi" Brito: one name, a quoted nickname inside it
                    joined = i + 1 < len(tokens) and tokens[i + 1].is_capitalised and text[tok.end : tokens[i + 1].start] == NICKNAME_OPENERS[gap]
                elif not joined and len(run) >= 2:
                    joined = gap == NICKNAME_OPENERS.get(text[prev.start - 2 : prev.start])  # (after the nickname)
            elif i in (last + 2, last + 3):
                # one or two lower-case particles inside: "Ferreira da Silva", "Jan van der Berg"
                between = tokens[last + 1 : i]
                joined = all(p.text in particles for p in between) and all(
                    text[a.end : b.start] == " " for a, b in zip([prev, *between], [*between, tok])
                )
                if joined:
                    run.extend(between)
            else:
                joined = False
            if not joined:
                runs.append(run)
                run = []
        run.append(tok)
        last = i
    if run:
        runs.append(run)
    return runs


def find_entities(doc) -> Entities:
    lex = lexicon()
    text = doc.text
    people: list[Entity] = []
    by_key: dict[str, int] = {}  # "thorstrom" / "ksenia thorstrom" → entity index
    honorific_only: dict[str, int] = {}  # a surname → the woman known only as "Mrs <surname>" beside a man of it
    taken: set[int] = set()  # token starts already inside a name mention
    tails: dict[str, int | None] = {}  # the last two or more words of a longer full name → its person (None: borne by two)

    def add_person(name_toks, lead: int, honorific: str | None, role: str | None, possessive: bool) -> int:
        surname_tok = name_toks[-1]
        surname, _ = bare_name(surname_tok.text)
        first = name_toks[0].text if len(name_toks) >= 2 else None
        full = " ".join(t.text for t in name_toks[:-1]) + (" " if len(name_toks) > 1 else "") + surname
        key = surname.lower()
        idx = by_key.get(full.lower())
        if idx is None and len(name_toks) >= 3 and (shorter := by_key.get(full.lower().split(" ", 1)[1])) is not None and people[shorter].name.lower() == full.lower().split(" ", 1)[1] and (
            people[shorter].mentions[0].start < name_toks[0].start
        ):
            # "Mya Thwe" first (the lexicon knew no "Khin"), then "Dr. Khin Mya Thwe": one
            # person, now known by the whole name (not "Sittana Babiker Hamid" first, then "her
            # father, Babiker Hamid": a patronymic)
            idx = shorter
            people[idx].name, people[idx].first = full, name_toks[0].text
            by_key[full.lower()] = idx
        if idx is None and key in by_key:
            other = people[by_key[key]]
            # Same surname, different first name: another member of the family.
            if not (first and other.first and other.first.lower() != first.lower()):
                idx = by_key[key]
        if idx is not None and not first and honorific and people[idx].first == surname != people[idx].surname and (
            sum(p.first == surname != p.surname for p in people) >= 2 and first_name_verdict(surname) not in LEXICON_WEIGHTS
        ):
            # "Qiao Gengsheng", his daughter "Qiao Yingzhi" … "Ms. Qiao": an honorific goes with a
            # family name, so the first word they share, which no name source knows, is their
            # family name written first, and which of them "Ms." means, no name says
            taken.update(t.start for t in name_toks)
            return
        if idx is not None and not first and honorific and lex["honorifics"].get(honorific):
            idx = _family_member_by_honorific(people, idx, surname, lex["honorifics"][honorific], honorific in lex["honorifics_married_female"])
            if idx is None:
                # "Alun Rees … His wife, Glenys, … Mrs Rees said": a married woman's title on the
                # family name of a man whom the names call a man, and no woman of that family
                # named: his wife, someone of her own, who leaves the surname alone to him
                # ("Under Rees the hall …")
                idx = honorific_only.get(key)
                if idx is None:
                    idx = honorific_only[key] = len(people)
                    people.append(Entity(idx, f"{honorific.capitalize()} {surname}", "person", surname=surname))
        if idx is not None and not first and honorific in lex["honorifics_married_female"] and (
            bride := _bride_of(doc, people, name_toks[0].start, surname)
        ) is not None:
            idx = bride
        if idx is None and not first and (honorific or role):
            written_first = [
                p for p in people if p.kind == "person" and p.first == surname != p.surname
                and (surname.lower() in lex["chinese_family_names"] or textre.match(KOREAN_GIVEN_RE, p.surname or ""))
            ]
            if len(written_first) == 1:
                # "Chen Yuqing" … "Professor Chen": a title goes with the family name, which
                # Chinese and Korean names write first
                idx = written_first[0].id
        if idx is None:
            idx = len(people)
            people.append(Entity(idx, full, "person", first=first, surname=surname))
            by_key[full.lower()] = idx
            by_key.setdefault(key, idx)
        person = people[idx]
        if first and not person.first:
            person.first, person.name = first, full
            by_key[full.lower()] = idx
        if first and len(name_toks) >= 3 and name_toks[1].text[:1].isupper():
            # the first two words of a longer name: "Rolando Quintana" later is "Rolando Quintana
            # Ferrer" (two family names), "Nurul Aini" is "Nurul Aini Hassan" (a Malay given name
            # and the father's name)
            by_key.setdefault(f"{first} {bare_name(name_toks[1].text)[0]}".lower(), idx)
        ev = person.evidence
        korean = first is not None and len(name_toks) == 2 and textre.match(KOREAN_GIVEN_RE, surname) is not None
        japanese = (
            first is not None and len(name_toks) == 2 and first.lower() in lex["japanese_family_names"]
            and first_name_verdict(first) not in (FEMALE, MALE) and first_name_verdict(surname) in LEXICON_WEIGHTS
        )
        if korean or japanese or first and len(name_toks) == 2 and first.lower() in lex["chinese_family_names"] and textre.match(PINYIN_GIVEN_RE, surname):
            # family name first, then the given name: a hyphenated Korean one ("Kim Min-ji",
            # "Park Sung-ho"; not "Kim", which the lexicon knows as an English first name), a
            # pinyin one ("Li Yufen", "Wang Jianguo"), or a Japanese one that gender-guesser
            # knows, as Japan's English-language press writes it ("Hoshino Akiko"). The given
            # name speaks, as gender-guesser knows it whole, else by a last syllable that is one
            # sex's
            verdict = whole_given_name_verdict(surname) if korean else first_name_verdict(surname)
            given = _given_name_evidence(surname, verdict, "korean" if korean else "chinese")
            if given is None and korean and first.lower() in lex["chinese_family_names"]:
                # a Chinese family name, then a given name hyphenated as Taiwan writes it ("Chen
                # Yu-ting", "Wu Chia-hao"): its last syllable, as in pinyin
                given = _given_name_evidence(surname, "unknown", "chinese")
            if given is not None:
                _add(ev, given)
            first = None
        if first and len(name_toks) == 2 and _korean_given_first(name_toks):
            # "Eun-ji Park": the hyphenated Korean given name first, as English-language papers
            # write it
            if (given := _given_name_evidence(first, whole_given_name_verdict(first), "korean", "before")) is not None:
                _add(ev, given)
            first = None
        if first and (middle := vietnamese_middle(name_toks)) is not None:
            # family name first, a gendered middle name, then the given name: "Nguyen Thi Lan"
            g, word = middle
            _add(ev, Evidence(g, 0.95, f"Vietnamese middle name ‘{word}’ (marks a {'woman' if g == FEMALE else 'man'})"))
            first = None
        if first and (opening := balinese_opening(name_toks)) is not None:
            # a Balinese name opens with its bearer's sex: "Ida Bagus" / "Ida Ayu", "Ni Made"
            g, words = opening
            _add(ev, Evidence(g, 0.95, f"Balinese name opening ‘{words}’ (marks a {'woman' if g == FEMALE else 'man'})"))
            first = None
        if first:
            given, verdict = first, first_name_verdict(first)
            if first.lower() in lex["given_names_told_by_second_word"] and len(name_toks) >= 2 and name_toks[1].text[:1].isupper() and (
                second_verdict := first_name_verdict(name_toks[1].text)
            ) != "unknown":
                # "Gul Rahman Andar": a man, as gender-guesser's "Rahman" is (not "Gul Makai",
                # whose second word it does not know: "Makai", a Hawaiian man's name to the
                # statistics, is a Pashtun woman's)
                given, verdict = name_toks[1].text, second_verdict
            for e in _given_name_sources(given, verdict):
                _add(ev, e)
            if given == first and verdict.startswith("mostly") and not is_country_dependent(first) and len(name_toks) >= 3 and (second := _second_given_name(name_toks[1], LEXICON_WEIGHTS[verdict][0])):
                _add(ev, second)  # "María Inés Sosa": the second given name agrees
            if first.lower() not in by_key:
                by_key[first.lower()] = idx
            if not ev and (later := next(filter(None, (later_name_evidence(t.text) for t in name_toks[1:] if t.text[:1].isupper())), None)) is not None:
                _add(ev, later)  # "Tshering Yangzom": a first word given to both, a woman's second
        s_ev = _surname_evidence(surname)
        if s_ev and surname.lower().endswith(lex["surname_not_slavic_endings"]) and not any(e.gender == s_ev.gender for e in ev):
            s_ev = None  # "Ramon Villanueva": a Spanish surname, not a Slavic woman's -eva
        if s_ev and (len(name_toks) >= 2 or honorific or role):
            if s_ev.gender == FEMALE and s_ev.weight >= 0.85 and all(e.weight < 0.9 for e in ev if e.gender == MALE):
                # "Sasha Petrova": a Slavic family name takes its bearer's gender, so its woman's
                # form outweighs a given name the sources give to both ("mostly male" Sasha)
                ev[:] = [e for e in ev if e.gender != MALE]
            _add(ev, s_ev)
        for t in name_toks[1:-1]:
            for g in (FEMALE, MALE):
                if t.lower in lex[f"name_particles_{g}"] and not t.text.isupper():  # (not "AG", a company)
                    _add(ev, Evidence(g, 0.95, f"‘{t.text}’ in the name (‘{'daughter' if g == FEMALE else 'son'} of’)"))
        if honorific and lex["honorifics"].get(honorific) and not _quoted_alone(doc.text, lead, name_toks[-1].end):
            # (not a form of address the text quotes: guests "who have written to “Signora
            # Andrea”" got it wrong, which is why the text quotes it)
            _add(ev, Evidence(lex["honorifics"][honorific], 0.95, f"honorific ‘{honorific.capitalize()}.’"))
            if (couple := textre.search(COUPLE_RE, doc.text, max(0, lead - 12), lead)) is not None:
                # "Mr. and Mrs. Castellanos run a pharmacy": a couple, whose family name, named
                # alone later, may be either of them
                other = MALE if lex["honorifics"][honorific] == FEMALE else FEMALE
                _add(ev, Evidence(other, 0.95, f"‘{couple.group(0)}{honorific.capitalize()}’: a couple, the name both of theirs"))
        if role and role in lex["noun_gender"]:
            _add(ev, Evidence(lex["noun_gender"][role], 0.9, f"called ‘{role}’"))
        kind = "name" if len(name_toks) >= 2 else "surname"
        person.mentions.append(Mention(name_toks[0].start, surname_tok.start + len(surname), idx, kind, lead, possessive))
        for k in range(2, len(name_toks)):  # "Ferreira da Silva" of "Joaquim Ferreira da Silva"
            if name_toks[-k].text[0].isupper():
                tails.setdefault(_run_text(name_toks[-k:]), idx)
            elif name_toks[-k].text in lex["particles"]:
                # "Ould Bah" of "Sidi Mohamed ould Bah", "De Vries" of "Femke de Vries": a family
                # name that opens with a particle is written with a capital when it stands alone;
                # no one's where two bear it (brothers: "Sidi ould Bah" and "Ahmed ould Bah"). (A
                # place is no mention: "moved to La Paz", after "Carlos de la Paz", below.)
                key = name_toks[-k].text.capitalize() + " " + _run_text(name_toks[-k + 1 :])
                tails[key] = idx if tails.get(key, idx) == idx else None
        taken.update(t.start for t in name_toks)
        _apposition(doc, person, surname_tok.end)
        _fronted_apposition(doc, person, lead)
        return idx

    # 1. Full names, and honorific/role + surname.
    speakers = lone_speakers(doc)
    listed_names = lex["given_names"]  # the project's own list (is_first_name, inlined: a hot loop)
    runs = list(_runs(doc))
    honorifics_lex, roles_lex, noun_gender_lex, particles = lex["honorifics"], lex["roles"], lex["noun_gender"], lex["particles"]
    verdict_of, names_table = table_verdict, first_names()  # first_name_verdict, inlined: a hot loop
    demonyms, countries = country_words()[1], country_names()
    places = place_names(doc, runs)
    unplaced = []  # runs of two or three capitalised words no evidence made a name (yet)
    aged_words = {m[1] for m in textre.finditer(AGED_WORD_RE, doc.text)}  # words given an age alone: "Rasul, 46,"
    lone_mid_words = _named_alone_mid_sentence(doc, runs, places)
    lone_subject_words = _named_alone_as_subject(doc, runs, places)
    given_alone: set[str] = set()  # (those of them made a given name so: alone, they are its bearer's)
    for run in runs:
        if len(run) < 2:
            # one capitalised word alone never makes a name here: an honorific needs a word after
            # it, a role word alone is no name, and a first name alone is left to step 3; but one
            # given a life's dates as a paragraph opens is a person known by one name ("Wiryono
            # (1929–2006) was a linguist"). A state so dated ("Yugoslavia (1918–1992) was") is
            # taken for one too, harmlessly: a person of no known gender competes for pronouns
            # but takes no fix
            if (
                textre.match(LIFE_DATES_RE, doc.text, run[0].end) and run[0].lower not in lex["not_first_names"]
                and run[0].text not in places and doc.paragraphs[doc.paragraph_index(run[0].start)].start == run[0].start
            ):
                idx = add_person(run, run[0].start, None, None, False)
                if (given := _single_name_evidence(run[0].text)) is not None:
                    _add(people[idx].evidence, given)  # ("Sumarni (1933–2012) was …": her given name)
            continue
        if all(t.text.isupper() and len(t.text) > 1 for t in run if t.text[0].isupper()):
            continue  # capitals throughout: a dateline or a headline ("RIO DE JANEIRO —")
        if run[0].text == "The" and len(run) >= 3:
            joined = " ".join(t.lower for t in run[1:])  # ("The Sri Lankan, Nihal Perera, …")
        else:
            joined = " ".join(t.lower for t in run)
        if len(run) >= 2 and (joined.removesuffix("’s").removesuffix("'s") in demonyms or joined in countries):
            continue  # a nationality or a country of two words: "a Sri Lankan lawyer", "Sri Lanka beat India"
        a_place = bool(places) and " ".join(map(_TOKEN_TEXT, run)) in places
        at_place = a_place and after_place_preposition(doc, run)  # ("in La Paz", after "Carlos de la Paz")
        if tails and not at_place and _add_tail_mention(doc, run, tails, people, taken):
            continue  # "Ferreira da Silva was born …": the compound surname of a person named before
        if a_place and (at_place or not person_context(doc, run)):
            continue  # "a teacher in Belo Horizonte": a place, though "Belo" is a first name
        if len(run) >= 3 and opening_place(run[0], run[1]):
            run = run[2:]  # "In Paris Wróblewski met …": a city, then the subject's surname
            if len(run) < 2:
                continue
        if run[0].text == "The" and run[0].start >= 2 and doc.text[run[0].start - 2].isalpha() and doc.text[run[0].start - 1] == " ":
            # a capital "The" inside a sentence opens a title ("ballets include The Mine Dump"),
            # or a formal style before a name ("opened by The Reverend Mary Smith")
            if len(run) < 3 or run[1].lower not in honorifics_lex and run[1].lower not in roles_lex and run[1].lower not in FORMAL_STYLES:
                continue
            run = run[1:]
        honorific = role = None
        start = None
        for j, tok in enumerate(run):
            low = tok.lower
            if low in honorifics_lex and j + 1 < len(run):
                honorific, start = low, j + 1
                break
            if low in roles_lex or low in noun_gender_lex:
                role = low
                continue
            if tok.text[0].islower():
                continue  # a particle ("da", "van") never opens a name
            if low in demonyms and j + 1 < len(run):
                continue  # "the Argentine Martín Echeverría": a nationality, though gender-guesser knows "Argentine"
            if j + 2 < len(run) and f"{low} {run[j + 1].lower}" in demonyms:
                continue  # "Sri Lankan Nihal Perera won": the first of a nationality's two words
            if j > 0 and f"{run[j - 1].lower} {low}" in demonyms and j + 1 < len(run):
                continue  # (its second)
            if j > 0 and low in particles and j + 1 < len(run):
                continue  # nor a capitalised one inside a run: "Wided Ben Romdhane" is no "Ben"
            if verdict_of(names_table, tok.text) != "unknown" or low in listed_names or gendered_ending(low) is not None:
                start = j
                break
            if (
                (j == 0 or run[j - 1].lower in CLAUSE_OPENERS) and j + 1 < len(run) and almost_always_one_sex(tok.text) is not None
                and not _after_where_word(doc, run)
            ):
                # "When Cleonice Schmitt dug …": a given name only the name statistics know, of one
                # sex, opening the run (not "on Papa Westray", "at Fox Bay": places)
                start = j
                break
        if not honorific and not role and (vn := next((k for k in range(len(run) - 2) if vietnamese_middle(run[k:]) is not None), None)) is not None and (start is None or start > vn):
            # "Every Saturday Nguyen Van Minh sells vegetables": a family name and a middle name
            # that states the gender make a name ("Van" here is no Dutch particle)
            start = vn
        if start is None and len(run) == 2 and (_korean_given_first(run) or _korean_given_first(run[::-1])):
            start = 0  # "Park Eun-ji", "Eun-ji Park": a hyphenated Korean given name and a short family name
        if start is None and 2 <= len(run) <= 3 and run[0].text[0].isupper() and any(t.lower in lex["later_given_names_female"] for t in run[1:]):
            start = 0  # "Tsering Dolkar reached the summit": a listed second given name makes the run a name
        if start is None and len(run) >= 3:
            start = _given_before_particle(run, lex, places, demonyms)  # "Aminetou mint El Moctar"
        if start is None:
            # A role word then one or two unknown words: "President Putin", "Councillor Thorstrom".
            if role and run[-1].lower not in lex["roles"] and run[-1].lower not in lex["noun_gender"]:
                k = max(j for j, t in enumerate(run) if t.lower in lex["roles"] or t.lower in lex["noun_gender"]) + 1
                if 1 <= len(run) - k <= 2:
                    start = k
            opener = 1 if len(run) == 3 and run[0].lower in CLAUSE_OPENERS else 0  # "When Cleonice Schmitt dug …"
            if start is None and 2 <= len(run) - opener <= 3 and run[opener].lower not in lex["not_first_names"] and not origin_in_apposition(doc, run[opener:]) and (
                person_context(doc, run[opener:]) or named_alone_as_person(doc, run[opener:], speakers) or _marked_surname(run[-1].text)
            ):
                # a name the lexicon does not know: "Chidi Okafor, a nurse, said", "Ogulgerek
                # Annayeva has worked there" (a surname of a woman's form says it is a name)
                start = opener
            if start is None:
                if 2 <= len(run) <= 3:
                    unplaced.append(run)
                continue
        if start > 0 and not honorific and not role and run[0].text in speakers[1]:
            start = 0  # "Mwanaidi Hamad", later "Mwanaidi, 44,": the first word is her given name
        elif start == 1 and len(run) >= 3 and not honorific and not role and (
            run[0].text in lone_mid_words or _shares_father_names(people, tails, run)
            or run[0].text in lone_subject_words and (statistics_evidence(run[0].text) or listed_name_evidence(run[0].text)) is not None
        ):
            # "against Abdikadir Hussein Mohamed", later "she had asked Abdikadir, in his office":
            # a word no source knows before a known given name, which the text also names alone
            # inside a sentence, is the given name the person goes by (the father's and the
            # grandfather's names follow it in many naming traditions); or which opens a name
            # whose other words are those of someone named before with another given name ("his
            # sister, Deqa Hussein Mohamed", after "Abdikadir Hussein Mohamed": a sibling); or
            # which stands alone as a subject elsewhere, and which some name source knows ("Hawo
            # Mukhtar Isak died …", later "Hawo kept a notebook"; not "Mugisa Charles Apuuli", a
            # family name first, which none does)
            start = 0
            given_alone.add(run[0].text)
        if start > 0 and vietnamese_middle(run[start - 1 :]) is not None:
            start -= 1  # "Nguyen Thi Lan": the family name the lexicon does not know opens the name
        if start > 0 and len(run) - start == 1 and not honorific and not role and (person_context(doc, run) or len(run) == 2 and _korean_given_first(run[::-1])):
            start = 0  # family name first, then a given name the lexicon knows: "Park Sung-ho"
        name_toks = run[start:]
        while honorific and len(name_toks) > 1 and name_toks[0].lower in lex["roles"]:
            role, name_toks = role or name_toks[0].lower, name_toks[1:]  # "Mrs Justice Okonkwo", "Mr Justice Hale"
        if not name_toks or (last := bare_name(name_toks[-1].text)[0].lower()) in lex["not_surnames"] and not (
            last in lex["surnames_also_places"] and (person_context(doc, run) or len(name_toks) == 2 and _korean_given_first(name_toks))
        ):
            continue  # "Victoria Park", not "whose colleague Andrew Park had doubted"
        after = doc.tokens_in(run[-1].end, run[-1].end + 20)[:1]
        if after and after[0].lower in lex["not_surnames"] and not bare_name(run[-1].text)[1]:
            continue  # "the Tien Shan mountains", "the Maria Theresa hospital" (not "Mitsue Tokashiki's house")
        if len(name_toks) < 2 and not honorific and not role:
            if start > 0 and len(run) <= 3 and run[0].lower not in lex["not_first_names"]:
                # "Kadidia Maïga", where a source knows only "Maïga", as a given name: the name
                # no source knows may still end in a family name found below
                unplaced.append(run)
            continue
        if any(t.lower in lex["roles"] or t.lower in lex["honorifics"] for t in name_toks[:-1]) or (
            name_toks[-1].lower in lex["roles"] or name_toks[-1].lower in lex["honorifics"]
        ) and len(name_toks) < 3:
            continue  # (a title closing a name of three words is its family name: "Ibrahim Adan Sheikh")
        _, possessive = bare_name(name_toks[-1].text)
        add_person(name_toks, run[0].start, honorific, role, possessive)

    # … and a name no source knows that ends in the family name of someone found ("Voirrey Kinvig"
    # and her father "Illiam Kinvig", "Sonam Tshering Lepcha"), not "Later Kinvig" or "Finally
    # Kinvig" (an adverb before it)
    def add_unplaced_people() -> None:
        """Runs no name source made a name that are people all the same: one ending in the family
        name of someone found (or its form for the other sex: "Rahmon Nazarov", father of "Dilbar
        Nazarova"; "Horák" and "Horáková"), or the object of a verb that takes a person."""
        family = {p.surname for p in people if p.kind == "person" and p.surname}
        mens_forms = {m for f in family for m in _mens_forms(f)}  # ("Nazarova" found: "Rahmon Nazarov" is family)
        given = {p.first for p in people if p.first}  # ("Dolina MacAulay" is "Dolina Macdonald", married)
        for run in unplaced:
            if len(run) == 3 and run[0].lower in lex["not_first_names"] and run[0].lower.isalpha():
                run = run[1:]  # "For Shamsa al-Mahri, it begins …": a sentence's first word is no part of it
            family_name, possessive = bare_name(run[-1].text)  # ("Mitsue Tokashiki's house")
            if run[0].start in taken or any(t.lower in lex["not_first_names"] or t.lower.endswith("ly") or t.text[0].islower() for t in run[:-1]):
                continue
            if (family_name in family or family_name in mens_forms or not family.isdisjoint(_mens_forms(family_name))) and run[0].text not in given:
                add_person(run, run[0].start, None, None, possessive)
            elif len(run) == 2 and follows_person_verb(doc, bisect.bisect_left(doc.token_starts, run[0].start), lex) and (is_first_name(run[0].text) or statistics_evidence(run[0].text) is not None):
                # "Furbert met Lovette Simmons at a church dance": the object of a verb that takes a
                # person, and a given name to some name source
                add_person(run, run[0].start, None, None, possessive)
            elif len(run) == 2 and not possessive and run[-1].text in aged_words and run[0].text not in aged_words:
                # "Tavga Rasul lost 140 of her 160 hives … Rasul, 46, started keeping bees": the
                # word given an age alone is the family name, though a source knows it as a given
                # name, and the word before it, which no source knows, hers
                add_person(run, run[0].start, None, None, possessive)

    add_unplaced_people()

    # 2. Relations ("his mother", "Thorstrom’s husband") and definite gendered nouns ("the actress").
    #    A name in apposition ("her son, Karim,") is that relation's first name.
    _relations(doc, people)
    # … whose names may be the family's of a name no source knows, named first ("Mitsue Tokashiki's
    # house" … "her father-in-law, Seitoku Tokashiki")
    add_unplaced_people()

    # 3. Short mentions: surname or first name alone, or the surname misspelt by one letter; a
    #    lone known first name that says something ("Karim said") is a person of its own.
    # A surname shared by a family ("Jonas Berg" … "his daughter, Ingrid Berg"): alone, it means
    # the first of them named (the story's subject; the others go by their first names).
    surnames: dict[str, int] = {}
    # (named: where a name of theirs first stands, whichever step found it, "… the market: Nouf
    # Al-Mutairi, whose …"; not a relation noun before it, "a watchmaker and his granddaughter")
    for p in sorted((p for p in people if p.surname and p.mentions), key=_first_named_at):
        surnames.setdefault(p.surname, p.id)
        if p.surname[:1].islower():
            surnames.setdefault(p.surname[:1].upper() + p.surname[1:], p.id)  # "al-Sabri", at a sentence start "Al-Sabri"
    firsts = {p.first: p.id for p in people if p.first}
    for p in sorted((p for p in people if p.first and p.surname and textre.match(KOREAN_GIVEN_RE, p.surname) and p.mentions), key=lambda p: p.mentions[0].start, reverse=True):
        # "Kim Dong-su" … "the couple's daughter, Kim Ha-eun": the word first is their family
        # name, and alone it means the first of them named, as a shared surname does (she goes
        # by "Ha-eun")
        firsts[p.first] = p.id
    called_relations = {p.first for p in people if p.first and p.kind == "relation"}  # "his wife, Buppha,"
    by_shape: dict[tuple, list] = {}  # (length, first letter) → surnames, for the one-letter variants
    for name, idx in surnames.items():
        if len(name) >= 6:
            by_shape.setdefault((len(name), name[0]), []).append((name, idx))
    # Two family names (Spanish, Portuguese): "Claudio Fuentes Araya" goes by "Fuentes" alone, the
    # first of them. The word after the first name, where no name source knows it as a given name
    # ("María Inés Sosa": "Inés" is hers) and no one else is called by it. Where it is another
    # two-family-name person's last word, Spanish usage gives it to the one whose first family name
    # it is (a mother "Caridad Ferrer Valdés" is "Ferrer"; her son "Rolando Quintana Ferrer" is
    # "Quintana"); Portuguese usage puts the father's family name last, so not there.
    token_counts: collections.Counter | None = None

    def word_counts() -> collections.Counter:
        """(The words are counted once, the first time they are needed.)"""
        nonlocal token_counts
        if token_counts is None:
            token_counts = collections.Counter(doc.token_texts)
        return token_counts

    def goes_by(word: str, person: Entity) -> bool:
        """Does the text use `word`, one of the person's names, more often than it names them in
        full?"""
        return word_counts()[word] > sum(m.kind == "name" for m in person.mentions)

    two_family = {}
    setting = (doc.country or ("", "", 0.0)) if any(len(p.name.split()) >= 3 for p in people if p.kind == "person") else ("", "", 0.0)
    # a dateline sets the text elsewhere ("DARJEELING, India —"): "Pasang Dorjee Tamang" is no
    # Spanish name, and his daughter "Anjali Tamang Pradhan" does not go by "Tamang", her father's
    # family name; a middle word no one else's ("Patrick Musyoka Nzioka … Musyoka, 38,") may
    # still be the name he goes by (a country read from place names is too weak for this: a
    # Gabonese story names Montpellier, France)
    elsewhere = setting[2] >= COUNTRY_WEIGHT and setting[0] not in ("spain", "portugal")
    for p in people:
        if p.kind == "person" and p.first and p.surname and p.mentions:
            words = p.name.split()
            if len(words) >= 3 and words[0] == p.first and words[1][:1].isupper() and words[1] not in firsts and not words[-1][:1].islower() and (
                not is_first_name(words[1]) and not (elsewhere and words[1] in surnames) or words[1] in surnames and not elsewhere
            ):
                # (not before an Arabic family name, "Mutahar Hamoud al-Sabri": there the middle
                # name is the father's, and the family name alone is the one used)
                # (a word a name source knows as a given name, but another person's family name:
                # "Ernesto Valle Mejía" and his daughter "Claudia Valle")
                two_family[p.id] = words[1]
    # A family name that is one person's only one and another's second ("Joaquim Vieira", his
    # daughter "Teresa Fontes Vieira", who is "Teresa Vieira" when she is meant): alone, it is his,
    # unless she is the one an encyclopedia lede names ("Grace Wanjiru Kamau (born 1978) is …":
    # the article calls its subject by the family name)
    article_subject = next((p.id for p in people if p.mentions and p.mentions[0].start == 0 and textre.match(LIFE_DATES_RE, text, p.mentions[0].end)), None)
    for p in people:
        if p.kind == "person" and p.first and p.surname and len(p.name.split()) == 2:
            owner = surnames.get(p.surname)
            if owner is not None and owner != p.id and owner != article_subject and owner in two_family and people[owner].surname == p.surname and (
                p.mentions[0].start < people[owner].mentions[0].start or surnames.get(two_family[owner], owner) != owner
                or setting[0] == "spain" and goes_by(two_family[owner], people[owner])
            ):
                # (only where this one was named first, or the other's middle word is someone
                # else's family name too, the mother's "Fontes", or, in a Spanish-speaking
                # setting, the text calls the other by that middle word alone, "Yolanda Huamaní
                # Ccori … Huamaní said": else it may be a given name, and "Kouamé" alone stays the
                # first named "Akissi Ahou Kouamé", not her brother's, and "Noraisa" is a second
                # given name)
                surnames[p.surname] = p.id
    for idx, middle in two_family.items():
        owner = surnames.get(middle)
        if owner is None:
            surnames[middle] = idx
        elif owner != idx and people[owner].surname == middle and (owner in two_family or people[idx].mentions[0].start < people[owner].mentions[0].start and all(w[:1].isupper() for w in people[idx].name.split())):
            # the other has it last: as a second family name, or as their only one but named
            # after this person ("Eusebio Mamani Quispe … his daughter, Rosa Mamani": alone, a
            # shared family name is the first named's, as for any family). Not past a particle:
            # "Joaquim Ferreira da Silva" goes by "Ferreira da Silva", his daughter by "Ferreira".
            if setting[0] != "portugal":  # (Spanish usage)
                surnames[middle] = idx
    _second_given_names(people, firsts, surnames)
    tokens = doc.tokens
    speech_verbs = lex["speech_verbs"]
    taken.update(m.start for p in people for m in p.mentions)
    # a capitalised word a full name's run opened with but the name left out ("Cing Sian Niang
    # has driven", found as "Sian Niang") is part of that mention, not someone else's family
    # name alone (her neighbour "Hau Khan Cing")
    taken.update(t.start for p in people for m in p.mentions if m.kind == "name" and m.lead < m.start for t in doc.tokens_in(m.lead, m.start) if t.text[:1].isupper())
    # a family name that is someone else's given name ("Aisyah Hamdan", her father "Hamdan
    # Yusoff"): those who bear it as a family name whom the text calls by their given name alone
    # (it occurs more often than their full name)
    shared = [w for w in surnames.keys() & firsts.keys() if firsts[w] != surnames[w] and people[surnames[w]].first]

    in_full_names: collections.Counter = collections.Counter()  # word → full-name mentions holding it
    for p in people:
        n = sum(m.kind == "name" for m in p.mentions)
        if n:
            for w in set(p.name.split()):
                in_full_names[w] += n

    def alone(word: str) -> int:
        """How often the text uses the word outside the full names found."""
        return word_counts()[word] - in_full_names[word]

    # (and by it more often than by the shared word alone: "Nyakuoth Gatluak", once "Nyakuoth",
    # five times "Gatluak", is "Gatluak" however her father "Gatluak Chuol" is called)
    by_first_alone = {surnames[w] for w in shared if goes_by(people[surnames[w]].first, people[surnames[w]]) and alone(people[surnames[w]].first) >= alone(w)}
    # (and where the one whose family name it is was introduced as someone's son or daughter after
    # the one whose given name it is: "Mahamat Abakar Hassaballah … his daughter, Achta Mahamat" —
    # her father's given name, as the naming tradition gives it; "Mahamat" alone is his)
    by_first_alone |= {
        surnames[w] for w in shared
        if people[firsts[w]].mentions and people[surnames[w]].mentions and people[firsts[w]].mentions[0].start < people[surnames[w]].mentions[0].start
        and any(m.kind == "kinship" and text[m.start : m.end].lower() in ("daughter", "son") for m in people[surnames[w]].mentions)
    }
    families: dict[str, list[Entity]] = {}  # family name → its people (the short mentions below add none)
    for p in people:
        if p.kind == "person" and p.surname:
            families.setdefault(p.surname, []).append(p)
    surname_passes_on = _surname_passes_on(people, families, surnames, word_counts, goes_by)
    subjects, named_once = lone_subject_names(doc, lex, people, places)
    subjects |= _joined_given_names(doc, people, {*firsts, *surnames}) | _paired_given_names(doc, lex, {*firsts, *surnames})
    subject_at = capitals_before(doc, lex["subject_verbs"])
    described = _described_alone(doc, lex, places, aged_words)
    candidates = short_mention_candidates(doc, {*surnames, *firsts, *subjects, *described}, {n for n, _ in by_shape}, speech_verbs)
    done = -1
    capitals_at: dict[str, list[int]] = {}  # (for push_later)
    while candidates:
        i = heapq.heappop(candidates)
        if i <= done:
            continue  # pushed twice
        done = i
        tok = tokens[i]
        if tok.start in taken:
            continue
        bare, possessive = bare_name(tok.text) if tok.text.endswith(APOSTROPHES) else (tok.text, False)
        end = tok.start + len(bare)
        if i >= 1 and tokens[i - 1].lower in ("née", "nee"):
            continue  # "Kavita Doorgakant (née Ramsurrun)": her own maiden name, not her father
        if bare in surnames and i >= 1 and (kin := firsts.get(tokens[i - 1].text)) is not None and people[kin].surname == bare and (
            text[tokens[i - 1].end : tok.start] == " " and tokens[i - 1].start not in taken
        ):
            # "Rubel Karim, now 34, …" again, where a source knows no "Rubel" and his father is
            # "Abdul Karim": the whole name of the one of the family it names
            people[kin].mentions.append(Mention(tokens[i - 1].start, end, kin, "name", tokens[i - 1].start, possessive))
            taken.add(tokens[i - 1].start)
            continue
        if bare in surnames and after_other_given_name(doc, i):
            continue  # "the guitarist Njaka Rakotomalala": another of the family, not Tiana
        if bare in surnames and i >= 1 and firsts.get(tokens[i - 1].text, surnames[bare]) != surnames[bare] and text[tokens[i - 1].end : tok.start] == " ":
            continue  # "her mother, Losaline, …" later "Losaline Halaholo": hers, not her husband's
        if i >= 2 and tokens[i - 1].lower in ("de", "of") and tokens[i - 2].text.isdigit():
            continue  # a date, or a street named after one: "Avenida 18 de Julio" (July), not Julio
        if i >= 1 and tokens[i - 1].lower == "the" and text[tokens[i - 1].end : tok.start] == " ":
            continue  # "The bus, the Delphine, left at six", "the Kaïgama house": a thing named after one, or a family
        if bare in surnames and i >= 1 and tokens[i - 1].lower in ("elder", "younger"):
            continue  # "The elder Tokashiki died": one of the family, not the one the name alone means
        if bare in surnames and bare in firsts and firsts[bare] != surnames[bare] and surnames[bare] in by_first_alone:
            # "Aisyah Hamdan" (Malay: her father's given name last), her father "Hamdan Yusoff":
            # she goes by "Aisyah", so "Hamdan" alone is his given name
            idx, kind = firsts[bare], "first"
        elif bare in surnames:
            idx, kind = surnames[bare], "surname"
            if bare in surname_passes_on and tok.start > surname_passes_on[bare][1]:
                idx = surname_passes_on[bare][0]
            elif past_age(text, end) != end and (latest := _latest_named_of_family(doc, families.get(bare, []), tok.start)) is not None:
                # "her grandson, Tom Robson, … ¶ Robson, 41, said …": an age is given where a
                # person is introduced, so the family name with one is the one named last who
                # has none yet ("Askarbi Khuade, 38, … Khuade, 44," is his sister)
                idx = latest
        elif bare in firsts and (
            bare in called_relations or bare in given_alone or is_first_name(bare) or possessive or i in subject_at or past_age(text, tok.end) != tok.end
            or textre.match(AGE_NOW_RE, text, tok.end) is not None
            or _before_its_verb(doc, i, lex) or _joined_to_person(doc, i, {*firsts, *surnames})
        ) and not in_run(doc, i):
            # a first name no source knows, alone, only as a subject, an owner or with an age
            # ("Khamphet was born …", "Hanitra moved …", "Khamphet’s looms", "Yusmary, 41,",
            # "Braima, now 71 and nearly blind,"):
            # elsewhere it may be a word of a place
            idx, kind = firsts[bare], "first"
        else:
            # (only surnames of six letters or more have variants, all listed in by_shape)
            idx = _variant(bare, by_shape) if len(bare) >= 6 and (len(bare), bare[0]) in by_shape else None
            kind = "variant"
            if idx is None:
                nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                says = nxt is not None and nxt.lower in speech_verbs and text[tok.end : nxt.start] == " "
                if not says and bare not in subjects and bare not in described:
                    continue
                if bare in firsts and bare in described:
                    # "Mwanaidi Hamad" … "Mwanaidi, 44, …": the one whose given name it is
                    people[firsts[bare]].mentions.append(Mention(tok.start, end, firsts[bare], "first", tok.start, possessive))
                    continue
                verdict = first_name_verdict(bare)
                if not is_first_name(bare, verdict) and bare not in described:
                    continue
                idx, kind = len(people), "first"
                people.append(Entity(idx, bare, "person", first=bare))
                sources = _given_name_sources(bare, verdict)
                if sources and bare in named_once and not says:
                    # a word used once as a subject may be a club or a town as well ("Chelsea
                    # won …"): medium at most, so a fix on it alone is only suggested
                    own = sources[0]
                    sources[0] = Evidence(own.gender, min(own.weight, NAMED_ONCE_WEIGHT), f"{own.reason}, used once, alone")
                    people[idx].named_once = True
                people[idx].evidence.extend(sources)
                firsts[bare] = idx
                push_later(doc, candidates, bare, i, capitals_at)  # "Karim said" makes a later lone "Karim" him
        people[idx].mentions.append(Mention(tok.start, end, idx, kind, tok.start, possessive))
        _apposition(doc, people[idx], end)  # "Anh is a monk": the text's noun over the name's statistics
        _fronted_apposition(doc, people[idx], tok.start)
    _kin_pair_evidence(doc, people)
    _place_country_dependent(doc, people)  # "Andrea" in Italy: once all of a person's mentions are known
    _feminine_family_names(people)
    _unnamed_people(doc, people)  # after the names, to know which nouns stand in apposition to one
    _kin_called_by_name(doc, people)
    _one_of_group(doc, people)
    _the_two(doc, people)
    for p in people:
        p.mentions.sort(key=lambda m: m.start)
    return Entities(people)


def _shares_father_names(people: list, tails: dict[str, int | None], run) -> bool:
    """Are the words after the run's first those that follow another given name in the full name
    of someone found before ("Deqa Hussein Mohamed", after "Abdikadir Hussein Mohamed")?"""
    idx = tails.get(_run_text(run[1:]))
    if idx is None:
        return False
    words = people[idx].name.split()
    return len(words) == len(run) and words[0] != run[0].text


def _named_alone_mid_sentence(doc, runs, places) -> frozenset[str]:
    """Capitalised words standing alone inside a sentence, after a lower-case word that is no
    preposition of place, before no capitalised word ("she had asked Abdikadir, in his office")."""
    lex, text = lexicon(), doc.text
    out = set()
    for run in runs:
        tok = run[0]
        if len(run) != 1 or tok.text in places or tok.lower in lex["not_first_names"] or after_place_preposition(doc, run):
            continue
        before = text[max(0, tok.start - 2) : tok.start]
        if len(before) == 2 and before[1] == " " and before[0].islower():
            out.add(tok.text)
    return frozenset(out)


def _named_alone_as_subject(doc, runs, places) -> frozenset[str]:
    """Capitalised words standing alone before a verb, as a subject ("Hawo kept a notebook"; the
    verbs lone_subject_names reads), that are no place, no everyday English word and no word
    closing a longer name (a family name: "Okafor was married to …")."""
    lex, tokens = lexicon(), doc.tokens
    alone = {run[0].start for run in runs if len(run) == 1}
    family_words = {run[-1].text for run in runs if len(run) >= 2}
    return frozenset(
        word for k in capitals_before(doc, lex["lone_subject_verbs"])
        if tokens[k].start in alone and (word := tokens[k].text) not in places and word not in family_words
        and tokens[k].lower not in lex["not_first_names"] and not is_everyday(tokens[k].lower)
    )


@functools.cache
def _kin_address_forms(words: tuple[str, ...]) -> frozenset[str]:
    """The kinship words called as names, capitalised, and their possessives ("Dad", "Dad's")."""
    return frozenset(w.capitalize() + end for w in words for end in ("", "’s", "'s"))


def _kin_called_by_name(doc, people: list[Entity]) -> None:
    """ “Mam did the cooking,” she said. “Dad did the washing up and agreed with her. … He was
    proud of it”: a parent or grandparent called by the kinship word, capitalised as a name, is a
    person of that word's gender, one per word, whom a pronoun near may mean. Not where a name
    follows ("Grandpa Joe": the name's own mention)."""
    lex = lexicon()
    words, genders = lex["kin_address"], lex["noun_gender"]
    tokens, text = doc.tokens, doc.text
    forms = _kin_address_forms(tuple(words))
    taken = {m.start for p in people for m in p.mentions}
    found: dict[str, int] = {}
    # (only the tokens that are such a word, found in C)
    for i in itertools.compress(range(len(tokens)), map(forms.__contains__, doc.token_texts)):
        tok = tokens[i]
        word = tok.text.removesuffix("’s").removesuffix("'s")
        noun = words[word.lower()]
        if tok.start in taken:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].is_capitalised and text[tok.end : tokens[i + 1].start] == " ":
            continue
        idx = found.get(word)
        if idx is None:
            idx = found[word] = len(people)
            people.append(Entity(idx, word, "noun", noun=noun))
            people[idx].evidence.append(Evidence(genders[noun], 0.95, f"kinship word ‘{word}’ used as a name"))
        people[idx].mentions.append(Mention(tok.start, tok.start + len(word), idx, "noun", tok.start, word != tok.text))


# "the two women", "both men": a pair the text has just named, each of that gender
THE_TWO_RE = textre.compile(r"\b(?:[Tt]he two|[Bb]oth(?: the)?) (?P<noun>women|men|sisters|brothers|girls|boys)\b")
PAIR_NOUNS = {"women": FEMALE, "sisters": FEMALE, "girls": FEMALE, "men": MALE, "brothers": MALE, "boys": MALE}


def _the_two(doc, people: list[Entity]) -> None:
    """ "Hale … became Bankole's closest friend, and the two women corresponded for forty
    years": where the sentence and the one before name exactly two people, neither of the other
    gender, "the two women" says the one whose name says nothing is a woman (MT keeps such a
    noun's gender, where it loses a pronoun's). Not one whose name has a gender: the pair meant
    may be others ("Hugo Villafañe … found his old friend with her daughter, the two women …")."""
    text = doc.text
    if "two" not in text and "oth" not in text:
        return
    starts = [s.start for s in doc.sentences]
    named = sorted((m.start, p.id) for p in people if p.kind == "person" for m in p.mentions if m.is_name)
    named_at = [at for at, _ in named]
    # the matches first: the regex time-out covers the whole iteration, and the loop's work is not
    # the engine's
    for found in list(textre.finditer(THE_TWO_RE, text)):
        s = bisect.bisect_right(starts, found.start()) - 1
        since = starts[max(0, s - 1)] if s >= 0 else 0
        first, end = bisect.bisect_left(named_at, since), bisect.bisect_left(named_at, found.start())
        pair = {e for _, e in named[first:end]}
        if len(pair) != 2:
            continue
        gender, noun = PAIR_NOUNS[found["noun"]], found.group(0)
        verdicts = {e: people[e].verdict()[0] for e in pair}
        if any(g not in (gender, None) for g in verdicts.values()):
            continue
        for e, g in verdicts.items():
            if g is None:
                _add(people[e].evidence, Evidence(gender, 0.9, f"one of ‘{noun}’"))


# One word no name source knows names a person where the text gives it an age ("Rosmawati, 52,
# said"), a relative ("Saranchimeg’s husband") or a person noun set off after it ("Their leader is
# Rosmawati, a 52-year-old widow who …"), the apposition closed by a comma or a relative
DESCRIBED_ALONE_RE = textre.compile(r"(?<![.!?“\"]\s|^)\b(\p{Lu}\p{Ll}{2,}), (?:a|an|the) (?P<words>[\p{Ll}\d -]{1,60})")
LIST_ITEM_BEFORE_RE = textre.compile(r"\b(?:a|an) [\p{Ll}-]+, $")
# (a given name may be hyphenated: "Min-jun’s teacher, Ms. Park,")
OWNS_RELATIVE_RE = textre.compile(r"\b(\p{Lu}\p{Ll}{2,}|\p{Lu}\p{Ll}+-\p{Ll}{2,})[’']s (\p{Ll}+(?:-in-law)?)\b(?: (?P<next>[\p{L}-]+))?")
# a plural relative and the two it names: "survived by two sons, Ermek and Talant,"
KIN_PAIR_RE = textre.compile(r"\b(?P<kin>sons|daughters|brothers|sisters|children|grandsons|granddaughters|nephews|nieces|twins), (\p{Lu}\p{Ll}{2,}) and (\p{Lu}\p{Ll}{2,})\b(?![’'-]| \p{Lu})")
WITH_OWN_KIN_RE = textre.compile(r"\b(\p{Lu}\p{Ll}{2,})" + OWN_KIN_AFTER_RE.pattern)  # "Kalani" + " and his wife"
APPOSITION_END_RE = textre.compile(r"[,.;]| (?:who|whose|from|in|at|of|with)\b")


# "Lars and Ingrid Holm": a given name joined to a full name, sharing its family name
JOINED_GIVEN_RE = textre.compile(r"(?:^|[^\p{L}\s,]\s*|\s\p{Ll}+\s)(?P<given>\p{Lu}\p{Ll}+) and $")


def _joined_given_names(doc, people: list[Entity], known: set[str]) -> frozenset[str]:
    """Given names that share the family name of the full name they are joined to ("Lars and
    Ingrid Holm have sailed …"): each names a person of their own, found as a lone first name."""
    out = set()
    for p in people:
        if p.kind != "person" or not p.first or not p.surname:
            continue
        for m in p.mentions:
            if m.kind == "name" and (found := textre.search(JOINED_GIVEN_RE, doc.text, max(0, m.start - 40), m.start)) is not None:
                given = found["given"]
                if given not in known and is_first_name(given):
                    out.add(given)
    return frozenset(out)


def _given_name_sources(name: str, verdict: str) -> list[Evidence]:
    """What the name sources say of a given name (`verdict`: gender-guesser's): its verdict, weak
    where the name is a man's in some countries and a woman's in others, with the name
    statistics' second opinion; for a name gender-guesser lacks ("Ngozi", "Kwabena"), the
    statistics (pooled over countries too: no stronger than the lexicon's for such a name),
    unless they are unsure and the project's list agrees; else the list."""
    mixed = is_country_dependent(name)
    if verdict in LEXICON_WEIGHTS:
        g, w = LEXICON_WEIGHTS[verdict]
        own = Evidence(g, w, f"first name ‘{name}’ (gender-guesser: {verdict})")
        stat = _second_opinion(name, verdict, g)
        return [capped_for_country(name, own) if mixed else own] + ([stat] if stat is not None else [])
    stat, listed = statistics_evidence(name), listed_name_evidence(name)
    if stat is not None and not (stat.weight < 0.85 and listed is not None and listed.gender == stat.gender):
        return [capped_for_country(name, stat) if mixed else stat]
    return [listed] if listed is not None else []


def _single_name_evidence(name: str) -> Evidence | None:
    """What the name sources say of a person known by one name, a given name ("Sumarni",
    "Wiryono": many Javanese go by one): gender-guesser's outright verdict, else the statistics',
    else the project's list."""
    verdict = first_name_verdict(name)
    if verdict in (FEMALE, MALE) and not is_country_dependent(name):
        return Evidence(verdict, LEXICON_WEIGHTS[verdict][1], f"single name ‘{name}’, a given name (gender-guesser: {verdict})")
    return statistics_evidence(name) or listed_name_evidence(name)


def _paired_given_names(doc, lex, known: set[str]) -> set[str]:
    """Two given names joined as the subject that opens a sentence ("Kofi and Ama met at a
    wedding"), each one the sources give one sex: two people."""
    out: set[str] = set()
    texts, starts = doc.token_texts, doc.token_starts
    for sent in doc.sentences:
        k = bisect.bisect_left(starts, sent.start)
        pair = (k, k + 2)
        if (
            k + 3 < len(texts) and texts[k + 1] == "and" and texts[k + 3].islower()
            and all(texts[x][:1].isupper() and texts[x] not in known and texts[x].lower() not in lex["not_first_names"] and not in_run(doc, x) and one_gender(texts[x]) for x in pair)
        ):
            out.update(texts[x] for x in pair)
    return out


# What follows a person who is a verb's object ("told Kasonde he …", "accused Haoua of …").
AFTER_PERSON_OBJECT = frozenset({"he", "she", "they", "to", "of", "behind"})


def _given_before_particle(run, lex, places, demonyms) -> int | None:
    """Where in the run a name with a "daughter of"/"son of" particle inside starts, the given
    names before the particle being words no source knows ("Aminetou mint El Moctar", "When
    Beyah ould Cheikhna Ely drove"): past an opening word, a place, a nationality or an everyday
    English word ("the Grand ole Opry" is none), else None."""
    particle = next((j for j in range(1, len(run) - 1) if run[j].text in lex["name_particles_female"] or run[j].text in lex["name_particles_male"]), None)
    if particle is None or not run[particle + 1].text[:1].isupper():
        return None
    start = particle
    while start > 0 and (word := run[start - 1]).text[:1].isupper() and not (
        word.lower in CLAUSE_OPENERS or word.lower in lex["not_first_names"] or word.text in places or word.lower in demonyms or is_everyday(word.lower)
        or start >= 2 and run[start - 2].lower in lex["place_prepositions"]  # ("In Rosso Aminetou …": a place)
    ):
        start -= 1
    return start if start < particle else None


def _described_alone(doc, lex, places, aged_words: set[str]) -> set[str]:
    """Single capitalised words the text gives an age or a relative (or joins a relative of their
    own to), or a person noun in apposition away from a sentence's start ("However, a teacher
    said" is no one), that are no place and no common word."""
    found = set()

    def skip(word: str) -> bool:
        low = word.lower()
        return low in lex["not_first_names"] or low in lex["calendar_names"] or low in lex["places_named_like_people"] or word in places

    # one with a family of their own: "Kalani and his wife run a surf school" (not a place:
    # "working as a nurse in Bellinzona and her brother …")
    for m in textre.finditer(WITH_OWN_KIN_RE, doc.text):
        before = doc.text[max(0, m.start(1) - 20) : m.start(1)].split()
        if m["noun"] in lex["kinship"] and not skip(m[1]) and not (before and before[-1].lower() in lex["place_prepositions"]):
            found.add(m[1])
    # … or the object of a verb that takes a person, with a pronoun, "to", "of" or "behind" after it
    # ("told Kasonde he was too slow", "asked Budhram to promise", "accused Haoua of travelling",
    # "kept Chidi behind"): not a word of everyday English, which a country, a firm or a news
    # agency is ("urged Ethiopia to", "told Reuters he"), nor a title ("Mr. Boateng")
    texts = doc.token_texts
    for k in after_person_verbs(doc, lex):
        word, nxt = texts[k], texts[k + 1] if k + 1 < len(texts) else "."
        if (
            nxt in AFTER_PERSON_OBJECT and doc.text[doc.tokens[k].end : doc.tokens[k + 1].start] == " "
            and texts[k - 1] not in lex["person_object_verbs_also_of_things"] and word.isalpha() and not word.isupper() and not skip(word)
            and word.lower() not in lex["kin_address"] and word.lower() not in lex["honorifics"] and not is_everyday(word.lower())
        ):
            found.add(word)
    if ", " not in doc.text:
        return found
    nouns, genders = lex["person_nouns"], lex["noun_gender"]

    found.update(w for w in aged_words if not skip(w) and w.isalpha())
    # … or a relative, or a teacher: "Saranchimeg’s husband, Bayartu,", "Min-jun’s teacher, Ms.
    # Park," (the kin word a noun, not a modifier: "Grenada's sister island")
    verbs = lex["lone_subject_verbs"]
    found.update(
        m[1] for m in textre.finditer(OWNS_RELATIVE_RE, doc.text)
        if (m[2] in lex["kinship"] or m[2] in lex["teachers_of_someone"]) and not skip(m[1]) and ((nxt := m["next"]) is None or nxt[:1].isupper() or nxt in verbs or nxt.endswith("ed"))
    )
    found.update(w for m in textre.finditer(KIN_PAIR_RE, doc.text) for w in (m[1], m[2]) if not skip(w))
    for m in textre.finditer(DESCRIBED_ALONE_RE, doc.text):
        word = m[1]
        if skip(word) or doc.text[max(0, m.start(1) - 6) : m.start(1)].endswith((" in ", " at ", " near ")):
            continue  # (not a place: "born in Mostyn, the daughter of a steelworker")
        if textre.search(LIST_ITEM_BEFORE_RE, doc.text, max(0, m.start(1) - 40), m.start(1)):
            continue  # (a list: "survived by a son, Marcelo, a granddaughter, Lucía": the next item)
        # a person noun that closes the apposition ("Rosmawati, a 52-year-old widow who",
        # "Jalil, a teacher, said"), not the subject of a clause ("In America, a teacher spent")
        words = m["words"].split(" ")[:4]
        for k, w in enumerate(words):
            if w in nouns or w in genders:
                if textre.match(APPOSITION_END_RE, doc.text, m.start("words") + len(" ".join(words[: k + 1]))):
                    found.add(word)
                break
    return found


def _korean_given_first(toks) -> bool:
    """Is the first of two words a hyphenated Korean given name and the second a family name of
    one syllable ("Eun-ji Park", "Sung-ho Kim"), not a district ("Jung-gu") or a place ("Qala-e
    Panja")?"""
    given, family = toks[0].text, bare_name(toks[1].text)[0]
    return (
        textre.match(KOREAN_GIVEN_RE, given) is not None and len(last := given.rsplit("-", 1)[1]) >= 2 and last not in KOREAN_PLACE_SYLLABLES
        and family.isalpha() and family[:1].isupper() and family[1:].islower() and len(family) <= 5
    )


def _given_name_evidence(given: str, verdict: str, tradition: str, where: str = "after") -> Evidence | None:
    """Evidence from a given name written after the family name (`tradition`: korean, chinese),
    or before it (`where`: "Eun-ji Park", as English-language papers write it): gender-guesser's
    verdict, else a last syllable that only one sex's names end in (rules/pronouns.toml
    <tradition>_final_syllables_*)."""
    if verdict in LEXICON_WEIGHTS:
        g, w = LEXICON_WEIGHTS[verdict]
        return Evidence(g, w, f"given name ‘{given}’ {where} the family name (gender-guesser: {verdict})")
    low, lex = given.lower(), lexicon()
    if tradition == "chinese":
        low = low.replace("-", "")  # ("Yu-ting", as Taiwan writes it)
    ending = "-{}" if tradition == "korean" else "{}"  # a Korean given name's syllables are hyphenated
    for g in (FEMALE, MALE):
        for syl in lex[f"{tradition}_final_syllables_{g}"]:
            if low.endswith(ending.format(syl)) and len(low) > len(syl):
                return Evidence(g, 0.85, f"given name ‘{given}’ {where} the family name (its last syllable ‘{syl}’ is a {'woman' if g == FEMALE else 'man'}'s; mt-repair's name list)")
            if low == syl and tradition == "chinese":
                # "Wang Fang": a one-syllable given name, borne by either sex more often than a
                # two-syllable one ending so
                return Evidence(g, SINGLE_SYLLABLE_WEIGHT, f"given name ‘{given}’ {where} the family name (a syllable mostly women's or men's; mt-repair's name list)")
    return None


def _second_given_name(tok, gender: str) -> Evidence | None:
    """A "mostly" first name ("María": gender-guesser counts the men named "José María") followed
    by a second given name of the same gender ("María Inés Sosa Etcheverry"): the pair is that
    gender's. Only as agreement: a word in second place may be a surname too ("Ana Martín"), so a
    second name of the other gender says nothing."""
    if not tok.text[:1].isupper():
        return None  # a particle: "Maria das Graças"
    verdict = first_name_verdict(tok.text)
    if verdict != gender or is_country_dependent(tok.text):
        return None
    return Evidence(gender, 0.9, f"second given name ‘{tok.text}’ (gender-guesser: {verdict})")


def _family_member_by_honorific(people: list, idx: int, surname: str, gender: str, married: bool = False) -> int | None:
    """ "Mrs. Nasiri" in a text that names "Kaveh Nasiri" and then his aunt "Mahin Nasiri": an
    honorific with a surname the family shares means the member the honorific fits, not the first
    one named (whom it would give the other gender's honorific). The latest named of those the
    names call that gender, else of those whose names say nothing ("Agness Phiri, 61, and her
    husband Davies Phiri" then "Mr. Phiri"); the first named when none or the first one fits. A
    first named whose name says nothing gives way to a member the names call that gender ("Mrs
    Dodego" in the obituary of Yohanis Dodego, beside his daughter Fransina: his widow or her,
    not him)."""
    first_named, strength, _ = people[idx].verdict()
    if first_named == gender:
        return idx
    family = [(p, p.verdict()[0]) for p in people if p.kind == "person" and p.surname == surname and p.first]
    fitting = [p for p, g in family if g == gender] or [p for p, g in family if g is None]
    if first_named is None and not any(g == gender for p, g in family):
        return idx
    if not fitting and married and strength >= 0.85:
        # a married woman's title on a family whose only members named are men, surely by their
        # names: none of them, but a wife (MT writes a man's title for a woman, not the other way
        # round; and "Ms. Karim" for Nusrat Karim is the woman a name statistic calls a man)
        return None
    return max(fitting, key=lambda p: p.mentions[-1].start).id if fitting else idx


def _run_text(toks) -> str:
    """The words of a name as written, without a possessive ’s on the last."""
    return " ".join(t.text for t in toks[:-1]) + (" " if len(toks) > 1 else "") + bare_name(toks[-1].text)[0]


def _add_tail_mention(doc, run, tails: dict[str, int | None], people: list, taken: set[int]) -> bool:
    """A run that is, or ends with, the last words of a longer name met before ("Later Ferreira
    da Silva moved", after "Joaquim Ferreira da Silva") is a mention of that person, as a whole:
    its words must not be linked one by one (the daughter "Luciana Ferreira" owns "Ferreira")."""
    for s in range(len(run) - 1):
        idx = tails.get(_run_text(run[s:]))
        if idx is not None and s and is_first_name(run[s - 1].text):
            return False  # "Marisol Quintana Ferrer" after "Rolando Quintana Ferrer": his sister, a name of her own
        if s == 1 and _shares_father_names(people, tails, run) and doc.text[run[0].start - 2 : run[0].start] == ", " and run[0].lower not in lexicon()["not_first_names"]:
            return False  # "his sister, Deqa Hussein Mohamed", a given name no source knows: hers, as above
        if idx is not None and run[s].text[0].isupper():
            last = run[-1]
            bare, possessive = bare_name(last.text)
            people[idx].mentions.append(Mention(run[s].start, last.start + len(bare), idx, "surname", run[s].start, possessive))
            taken.update(t.start for t in run[s:])
            return True
    return False


def _second_opinion(first: str, verdict: str, gender: str) -> Evidence | None:
    """The name statistics' word on a first name gender-guesser gave `gender` (its `verdict`):
    for a "mostly" name it confirms or cancels ("Kyle"); for an outright one it counts only where
    it disagrees ("Josu", "Nate": women's names to gender-guesser, men's to the statistics), so
    that neither source decides. None for a name whose sex depends on the country."""
    if is_country_dependent(first):
        return None
    stat = statistics_evidence(first)
    if stat is None:
        # "Augustine", a woman's name to gender-guesser, borne by men more often than by women in
        # the statistics: disputed, so the name alone no longer decides
        lean = statistics_lean(first)
        return lean if lean is not None and lean.gender != gender else None
    if not verdict.startswith("mostly") and stat.gender == gender:
        return None
    return stat


def _feminine_family_names(people: list) -> None:
    """A surname in a woman's form whose man's form another person in the text bears ("Zölfiyä
    Khäbibullina" beside "Ildar Khäbibullin"; the endings in rules/pronouns.toml): the text shows
    the pair, so the ending is sure evidence, where alone ("-ina") it is weak."""
    surnames = {p.surname for p in people if p.surname}
    for p in people:
        if not p.surname or p.kind != "person":
            continue
        if (mans := next((m for m in _mens_forms(p.surname) if m in surnames), None)) is not None:
            _add(p.evidence, Evidence(FEMALE, 0.9, f"surname ‘{p.surname}’, the woman’s form of ‘{mans}’, which a man in the text bears"))


def _mens_forms(surname: str) -> list[str]:
    """The man's forms a family name in a woman's form may take back (rules/pronouns.toml
    surname_female_to_male: "Nováková" → "Novák", "Kowalska" → "Kowalski", "Nazarova" → "Nazarov"),
    in order; none for a name in no woman's form."""
    return [surname[: -len(ending)] + male for ending, male in lexicon()["surname_female_to_male"] if surname.endswith(ending) and len(surname) > len(ending) + 3]


COUPLE_RE = textre.compile(r"\b(?:Mr|Mrs|Ms)\.? (?:and|&) $")  # "Mr. and " + Mrs. Castellanos


def _add(evidence: list[Evidence], e: Evidence) -> None:
    if all(x.reason != e.reason for x in evidence):
        evidence.append(e)


def _before_its_verb(doc, i: int, lex) -> bool:
    """Is token i followed by a verb in the past tense ("Hanitra moved", "Hanitra left"), or by
    one in the present with its object ("Hanitra weaves the mats"), perhaps past an adverb, or by
    ", who"?"""
    tokens = doc.tokens
    if i + 1 >= len(tokens):
        return False
    if doc.text.startswith(", who ", tokens[i].end):
        return True  # "Shiferaw, who walks with a stick, now carves …": "who" is said of people
    if doc.text[tokens[i].end : tokens[i + 1].start] != " ":
        return False
    nxt = tokens[i + 1]
    if nxt.lower in lex["adverbs_before_verbs"] and i + 2 < len(tokens) and doc.text[nxt.end : tokens[i + 2].start] == " ":
        nxt = tokens[i + 2]  # "Shiferaw now carves the hives", "Aziza later moved"
        i += 1
    if nxt.text.islower() and (nxt.lower.endswith("ed") or nxt.lower in lex["irregular_pasts"]):
        return True
    # or a present that people are said to do, or one with its object ("… and Kaltham waters the
    # nursery alone")
    return nxt.text in lex["present_subject_verbs"] or verb_with_object(doc, i + 1, lex)


JOINED_PERSONS = frozenset({"her", "him", "me", "us", "them", "she", "he", "i", "we", "they"})


def _joined_to_person(doc, i: int, names) -> bool:
    """Is token i joined by "and" to a person ("on her and Dostain alone", "Rind and Dostain")?"""
    tokens = doc.tokens
    if i < 2 or tokens[i - 1].lower not in ("and", "or"):
        return False
    before = tokens[i - 2]
    return before.lower in JOINED_PERSONS or bare_name(before.text)[0] in names


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """Is text[start:end] all a quote holds (“Signora Andrea”)?"""
    return text[start - 1 : start] in ("“", '"', "‘") and text[end : end + 1] in ("”", '"', "’")


def _second_given_names(people: list[Entity], firsts: dict[str, int], surnames: dict[str, int]) -> None:
    """A second given name is one the person may go by alone: "Sayed Qasim Hashimi" … "At twelve,
    Qasim was mixing milk powder". Only a word a name source knows as a given name, standing
    between the first name and the family name of a three-word name, that no one else in the text
    has as a given or family name (and not a name two people share that way: siblings' "Hussein"
    in "Abdikadir Hussein Mohamed" and "Deqa Hussein Mohamed" is their father's). Not before a
    family name with a particle ("Mutahar Hamoud al-Sabri": there the middle name is the
    father's). Where a father named only by his given name shares it with his son's middle word
    ("Mutahar Hamoud Saleh … Hamoud"), the word goes to the son: on the benchmark's dev texts this
    reading made 4 right fixes more and one wrong fewer, and added no wrong one."""
    found: dict[str, int | None] = {}
    for p in people:
        words = p.name.split()
        if p.kind == "person" and p.first and p.surname and len(words) == 3 and words[0] == p.first and words[2] == p.surname and words[2][:1].isupper():
            word = words[1]
            if word[:1].isupper() and word not in firsts and word not in surnames and is_first_name(word):
                found[word] = p.id if word not in found else None
    for word, idx in found.items():
        if idx is not None:
            firsts[word] = idx


def _kin_pair_evidence(doc, people: list[Entity]) -> None:
    """ "two sons, Ermek and Talant": each is a son, whatever a name source says of the name."""
    lex = lexicon()
    # (the genders found first, the people looked up after: the regex's time-out runs from the
    # first match to the last, and a look-up through everyone per pair grows with the text twice)
    pairs = [(gender, m["kin"], m.start(1), m.start(2)) for m in textre.finditer(KIN_PAIR_RE, doc.text) if (gender := lex["noun_gender"].get(m["kin"][:-1])) is not None]  # (none for "children", "twins")
    if not pairs:
        return
    named_at = {x.start: p for p in people if p.kind == "person" for x in p.mentions}
    for gender, kin, first, second in pairs:
        for p in {named_at[s].id: named_at[s] for s in (first, second) if s in named_at}.values():
            _add(p.evidence, Evidence(gender, 0.9, f"named as one of the ‘{kin}’"))


def _latest_named_of_family(doc, family: list[Entity], pos: int) -> int | None:
    """Of the people of this family (those whose family name it is) whom the text gave no age
    before pos, the one named in full last before pos."""
    aged = {p.id for p in family for m in p.mentions if m.start < pos and past_age(doc.text, m.end) != m.end}
    named = [(m.start, p.id) for p in family if p.id not in aged for m in p.mentions if m.kind == "name" and m.start < pos]
    return max(named)[1] if named else None


def _first_named_at(person: Entity) -> int:
    return min((m.start for m in person.mentions if m.kind == "name"), default=person.mentions[0].start)


def _surname_passes_on(people: list[Entity], families: dict[str, list[Entity]], surnames: dict[str, int], word_counts, goes_by) -> dict[str, tuple[int, int]]:
    """A shared family name alone means the first of the family named, unless the text calls
    that one by the first name alone more often than anyone by the family name alone ("Yahoska
    Obando" … "Yahoska said", four times) and names one other of them once in full, who goes by
    no first name ("her father, Ernesto Obando" … "Obando confirmed this"): from then on,
    the name alone is theirs. Family name → (that person, where they are first named)."""
    passed = {}
    for name, owner in surnames.items():
        first_named = people[owner]
        if first_named.surname != name or not first_named.first:
            continue
        family = [p for p in families.get(name, ()) if p.mentions]
        if len(family) < 2:
            continue
        token_counts = word_counts()
        by_surname_alone = token_counts[name] - sum(m.kind == "name" for p in family for m in p.mentions)
        if token_counts[first_named.first] - sum(m.kind == "name" for m in first_named.mentions) <= by_surname_alone:
            continue
        # (named in full once: one named in full again and again, "Ablimit Tursun", is told
        # apart that way, and the name alone stays the first named's)
        others = [p for p in family if p.id != owner and p.first and not goes_by(p.first, p) and sum(m.kind == "name" for m in p.mentions) == 1]
        if len(others) == 1:
            passed[name] = (others[0].id, others[0].mentions[0].start)
    return passed


def _variant(word: str, by_shape: dict[tuple, list]) -> int | None:
    """A surname of six letters or more misspelt by one substitution ("Thorstorm" is not one)."""
    if len(word) < 6:
        return None
    for s, idx in by_shape.get((len(word), word[0]), ()):
        if sum(a != b for a, b in zip(s, word)) == 1:
            return idx
    return None


# words after which an apposition's own noun is past: a relative clause, a possessive, "of"
APPOSITION_NOUN_ENDS = frozenset("whose who whom which that of his her their its".split())


def _apposition(doc, person: Entity, after: int) -> None:
    """ “X, a mother of two, …” / “X, the actress” / “X is a grandmother”: a gendered noun within
    a few words of the name, in apposition or as predicate."""
    lex = lexicon()
    text = doc.text
    after = past_age(text, after)
    tail = text[after : after + 60]
    if tail.startswith(" was born "):
        _born_the_child_of(doc, person, after)
        return
    if not (tail.startswith(", ") or tail.startswith(" is ") or tail.startswith(" was ") or tail.startswith(" became ")):
        return
    if tail.startswith(", ") and (alone := textre.match(ONLY_ONE_RE, text, after)) is not None:
        # "Dana Anjulo, a nurse who delivered babies for forty years, much of that time as the only
        # man in the zone doing the work, died …": what the clause about the name says they were
        _add(person.evidence, Evidence(MALE if alone["noun"] in ("man", "male", "boy") else FEMALE, 0.9, f"described as ‘{alone['phrase']}’"))
    # a list of relatives: "survived by a son, Marcelo, a granddaughter, Lucía": the next item
    listed = tail.startswith(", ") and bool(person.mentions) and textre.search(LIST_ITEM_BEFORE_RE, text, max(0, person.mentions[-1].lead - 40), person.mentions[-1].lead) is not None
    words = doc.tokens_in(after, after + 60)[:7]
    if len(words) >= 2 and words[0].lower in ("is", "was") and words[1].lower in CHOSEN_WORDS:
        words = words[1:]  # "X was elected the first woman mayor": what X was elected says who X is
    if not words or words[0].lower not in ("a", "an", "the", "is", "was", "one", "became") and words[0].lower not in CHOSEN_WORDS:
        return
    if words[0].lower == "one":
        if tail.startswith(", ") and len(words) >= 2 and words[1].lower == "of":
            _one_of(doc, person, words[0].start)  # "Noor Haddad, one of the airline's first female pilots,"
        return
    if words[0].lower in ("is", "was", "became") or words[0].lower in CHOSEN_WORDS:
        if len(words) >= 3 and words[1].lower == "one" and words[2].lower == "of":
            _one_of(doc, person, words[1].start)  # "Karim, 31, is one of only a handful of women"
            return
        words = words[1:]
        if not words or words[0].lower not in ("a", "an", "the"):
            return
    for prev, w in zip(words, words[1:5]):
        if any(c in text[prev.end : w.start] for c in ".;:!?()"):
            return  # "Rosa Cordero Malo, a schoolteacher. His father …": the apposition ended
        if w.lower in APPOSITION_NOUN_ENDS:
            return  # "Samuel Blamo, 34, a rider whose mother …": the noun came before, and was his
        if w.lower in lex["noun_gender"]:
            if w.lower in lex["nouns_title_only"] or listed and w.lower in lex["kinship"]:
                return
            _add(person.evidence, Evidence(lex["noun_gender"][w.lower], 0.9, f"described as ‘{text[words[0].start:w.end]}’"))
            return
        if text[w.start - 2 : w.start] == ", ":
            return


# "…, a nurse who …, much of that time as the only man in the zone": in the words set off after a
# name, within its sentence, with no pronoun of a person before the phrase (not "…, who hired her
# as the first woman …")
ONLY_ONE_RE = textre.compile(
    r", (?:(?![.;:!?()“”\"]|\b(?:he|she|him|her|his|hers|whose|their|they)\b).){0,200}?\b(?P<phrase>as (?:the|its) (?:only|first|sole) (?P<noun>man|woman|male|female|boy|girl))\b"
)


# "…, the (youngest) daughter of": an origin set off after "X was born in …", the first phrase
# set off in its sentence (not "…, the town where his mother, the daughter of …": hers)
BORN_CHILD_OF_RE = textre.compile(r"[^.,;!?\n]{0,120}, (?:the|a|an) (?:[a-z]+ ){0,2}?(?P<noun>[a-z-]+) of ")


def born_the_child_of(text: str, after: int) -> tuple[str, str] | None:
    """(gender, phrase) for “… was born in 1933 in Sohra, the daughter of a schoolteacher”, read
    from `after`, the end of the subject: the origin set off later in the sentence is the
    subject's own, as a fronted one is."""
    found = textre.match(BORN_CHILD_OF_RE, text, after)
    if found is None:
        return None
    lex = lexicon()
    noun = found.group("noun")
    if noun in lex["kinship"] and (g := lex["noun_gender"].get(noun)) is not None:
        return g, found.group(0).split(", ")[-1].strip()
    return None


def _born_the_child_of(doc, person: Entity, after: int) -> None:
    if (said := born_the_child_of(doc.text, after)) is not None:
        _add(person.evidence, Evidence(said[0], 0.9, f"born …, ‘{said[1]}’"))


OF_SOMEONE_RE = textre.compile(r" of (?:a|an|the)\b")
# (a name then a lower-case word: the subject of a clause, unless that word opens a relative
# clause about the name: "the clan chairman, Yuma Draku, 68, who told the court …")
NAME_THEN_VERB_RE = textre.compile(r"(?:\p{Lu}[\p{L}'’.-]*\s)*\p{Lu}[\p{L}'’-]*(?:, \d+,)? (?!who\b|whom\b|whose\b)\p{Ll}")
FRONTED_BOUNDARIES = (", ", ". ", "\n", "— ", ": ", "; ")


def _fronted_apposition(doc, person: Entity, lead: int) -> None:
    """ “Born in Aného in 1943, the daughter of a fisherman, Mensah-Amegavi left school …”, “A
    mother of three, Osei runs …”: a gendered noun in the phrase set off right before the name;
    or, inside a clause, the noun phrase the name stands beside (“married a local fisherman,
    Chanda Bwalya, the following year”)."""
    if (said := fronted_noun(doc, lead) or _object_apposition_noun(doc, lead)) is not None:
        _add(person.evidence, Evidence(said[0], 0.9, f"described as ‘{said[1]}’"))


# "… married a local fisherman, " right before a name: an article, up to two modifiers and the noun,
# after a lower-case word (a verb or a preposition: inside a clause, not opening one)
OBJECT_APPOSITION_RE = textre.compile(r"(?<=\p{Ll} )(?P<phrase>(?:a|an|the) (?:\p{Ll}+ ){0,2}(?P<noun>\p{Ll}+)), \Z")


def _object_apposition_noun(doc, lead: int) -> tuple[str, str] | None:
    """(gender, phrase) where the name at `lead` stands in apposition to a gendered noun phrase
    inside its clause ("married a local fisherman, Chanda Bwalya, …"), and is no clause's subject
    ("… thanked the nurse, Maria said" is two clauses)."""
    found = textre.search(OBJECT_APPOSITION_RE, doc.text, max(0, lead - 60), lead)
    if found is None or textre.match(NAME_THEN_VERB_RE, doc.text, lead):
        return None
    lex = lexicon()
    g = lex["noun_gender"].get(found["noun"])
    if g is None or found["noun"] in lex["nouns_title_only"]:
        return None
    return g, found["phrase"]


def fronted_noun(doc, lead: int, opening: bool = False) -> tuple[str, str] | None:
    """(gender, phrase) for the phrase set off right before `lead` (a name, or a subject pronoun:
    “The son of a carpenter, he studied …”) when it begins with an article and names a gendered
    person noun. (Phrases that begin otherwise — “Unlike her husband, Ana …”, “At the request of
    the widow, Ana …” — are about someone else.) `opening`: only a phrase that opens its sentence
    (“With her brother Hamisi, a fisherman, she …”: the fisherman is Hamisi)."""
    text = doc.text
    if text[lead - 2 : lead] != ", ":
        return None
    window = text[max(0, lead - 120) : lead - 2]
    cut = max(window.rfind(b) + len(b) if window.rfind(b) >= 0 else -1 for b in FRONTED_BOUNDARIES)
    if cut < 0 and lead - 2 > 120:
        return None  # the phrase is longer than the window: not a short apposition
    start = lead - 2 - len(window) + max(cut, 0)
    if opening and start > 0 and text[start - 2 : start] == ", ":
        return None
    phrase = doc.tokens_in(start, lead - 2)
    words = phrase[:5]
    if len(words) < 2 or words[0].lower not in ("a", "an", "the"):
        return None
    if phrase[-1].lower in ("who", "which", "whom"):
        return None  # "Rosaria Capuano, a widow who … and who, Amitrano said, …": an aside inside her clause
    lex = lexicon()
    for w in words[1:4]:
        if not w.text.islower() or text[w.end : w.end + 1] in ("'", "’"):
            return None  # a name or a possessive ("the widow's son"): not the person's own noun
        if (g := lex["noun_gender"].get(w.lower)) is not None and w.lower not in lex["nouns_title_only"]:
            if not opening and start >= 2 and text[start - 2 : start] == ", " and textre.match(OF_SOMEONE_RE, text, w.end, lead - 2) and not textre.match(NAME_THEN_VERB_RE, text, lead):
                # "born in Plzeň, the daughter of a railway clerk, František Dvořák, and a
                # seamstress": inside a sentence, a name that is no clause's subject sets off the
                # person the "of" names, not the daughter ("…, the daughter of a fisherman,
                # Okafor left school at twelve" is hers)
                return None
            return g, text[words[0].start : w.end]
    return None


# plural gendered nouns whose singular is not the plural without its "s" ("one of the first women")
PLURAL_NOUNS = {"women": "woman", "men": "man", "businesswomen": "businesswoman", "businessmen": "businessman", "actresses": "actress", "waitresses": "waitress", "heiresses": "heiress", "princesses": "princess", "duchesses": "duchess", "countesses": "countess", "baronesses": "baroness", "empresses": "empress", "widows": "widow", "wives": "wife", "nuns": "nun"}


def plural_noun_gender(word: str) -> str | None:
    """The gender a plural person noun states ("women", "mothers", "sons"), else None."""
    nouns = lexicon()["noun_gender"]
    return nouns.get(PLURAL_NOUNS.get(word, word.removesuffix("s") if word.endswith("s") else ""))


def _one_of(doc, person: Entity, start: int) -> None:
    """ “X is one of only a handful of women licensed as guides”, “X was one of the first women
    to …”: the group named after "one of" says X's gender."""
    if (found := _group_noun(doc, doc.tokens_in(start, start + 80)[2:10])) is not None:
        g, w = found
        _add(person.evidence, Evidence(g, 0.9, f"described as ‘{doc.text[start:w.end]}’"))


def _group_noun(doc, words):
    """(gender, token) of the plural gendered noun among `words`, the words after "one of", if
    one comes within its lower-case words and before any punctuation ("the first women")."""
    text = doc.text
    for w in words:
        if not w.text.islower():
            return None
        if (g := plural_noun_gender(w.lower)) is not None:
            return g, w
        if (g := GENDER_ADJECTIVES.get(w.lower)) is not None and text[w.end : w.end + 1] == " ":
            return g, w  # "one of the airline's first female pilots"
        if text[w.end : w.end + 1] in (",", ".", ";", ":"):
            return None
    return None


GENDER_ADJECTIVES = {"female": FEMALE, "male": MALE}
CHOSEN_WORDS = frozenset({"elected", "named", "appointed", "chosen", "voted", "crowned"})
COPULAS = frozenset("am is was are were be been became becomes become remains remained as".split())
RANKING_WORDS = frozenset("first only youngest oldest second third last".split())  # "the first woman to …"
HAVE = frozenset("have has had having".split())


def _place_country_dependent(doc, people: list) -> None:
    """A country-dependent first name ("Andrea", "Kari", "Jean") gets the verdict of its bearer's
    country where gender-guesser's data for that country is clear: the country a demonym or an
    origin attached to one of the person's mentions states ("an Italian-born planner named Simone
    Ferri", "Russo, whose family came from Italy"), else the country the text is set in. It
    replaces the pooled verdict that entities capped as weak."""
    setting = None
    for p in people:
        if p.kind != "person" or not p.first or not (is_country_dependent(p.first) or p.first.lower() in given_names_by_country()):
            continue
        where = None
        for m in p.mentions:
            if m.is_name and (where := person_country(doc, m.start, m.end)) is not None:
                break
        if where is None:
            if setting is None:
                setting = doc.country or ("", "", 0.0)  # (read only when such a name occurs)
            where = setting if setting[0] else None
            if where is not None and where[0] in given_names_by_country().get(p.first.lower(), ()) and listed_for_full_names_only(where[0]) and len(p.name.split()) < 3:
                # a country's own list, read off the setting alone, where the list says so only for
                # a name of the country's form ("Hillary Kibet Bett"), not a visitor's ("Hillary
                # Clinton visited a clinic in Nairobi")
                where = None
        if where is None:
            continue
        country, why, weight = where
        g = country_gender(p.first, country)
        if g is None:
            continue  # unclear there (a person's own country that does not say overrides the setting too)
        label = country_words()[2][country]
        pooled = f"first name ‘{p.first}’"
        p.evidence = [e for e in p.evidence if not e.reason.startswith(pooled)]
        source = COUNTRY_LIST_REASON if country in given_names_by_country().get(p.first.lower(), ()) else COUNTRY_REASON
        p.evidence.append(Evidence(g, weight, f"{pooled}: {g} in {label} {source} {why}"))


AGED_WORD_RE = textre.compile(r"\b(\p{Lu}[\p{L}’'-]+), \d{1,3}, ")  # "Rasul, 46, started …"
# a name right after the noun, past "of …", "named", a second description ("the farmer and amateur
# pilot Ross McKay") or a copula ("The apprentice is Hawa Abdelrahim"): the one it describes
NAME_AFTER_NOUN_RE = textre.compile(r"^(?: of [^,]{1,40}| and (?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+| is| was)?,?(?: named| called)? (?P<name>\p{Lu}\p{Ll}+)")
# "the chef at the new restaurant on Harbour Street, Siobhán Ó Ceallaigh,": where the person
# works, then the name set off; that names the one the noun describes
NOUN_PLACE_NAME_RE = textre.compile(r"^ (?:at|in|on|from|for|with) [^,;:“”\"]{1,60}, (?P<name>\p{Lu}\p{Ll}+)")
# Words that end the walk back from a person noun to its determiner: a preposition or a
# quantifier between them means the determiner is another noun's ("the names of every relative")
NOT_MODIFIERS = frozenset("of in on at by for from with to into every each any all no some both either neither".split())
# a degree word or a verb before the noun makes it an adjective in a predicate ("the plants are
# more patient than …"), not a person
NOT_MODIFIERS_BEFORE_ADJECTIVE = COPULAS | frozenset("more less most least very so too quite".split())


# the words that may follow a person noun standing on its own ("the chief told him", "the patient
# in bed four", "a rival who …"); another lower-case word makes it a modifier of that word
NOUN_FOLLOWERS = NOT_MODIFIERS | COPULAS | frozenset(
    "who whom whose that which and or but as than had has have would could will can may might must should did does do"
    " twice again once today yesterday tonight now then there here too also still alone together first later soon".split()
)


def _modified_noun_after(doc, i: int, lex) -> bool:
    """Is the person noun at token i a modifier of the lower-case word right after it ("a rival
    firm", "the head midwife"), not a person of its own ("the chief said", "the patient in bed
    four")?"""
    nxt = doc.tokens[i + 1]
    word = nxt.text
    return (
        doc.text[doc.tokens[i].end : nxt.start] == " " and word.isalpha() and word.islower()
        and word not in NOUN_FOLLOWERS and word not in lex["lone_subject_verbs"] and not word.endswith("ed")
    )


OWNER_DETERMINERS = frozenset({"his", "her", "their", "my", "our", "your"})
NOUN_DETERMINERS = frozenset({"the", "a", "an"}) | OWNER_DETERMINERS


# kin words that also stand alone for a person, with no one whose relative they are ("built by a
# widow with her own savings", "the widower")
WIDOWED = frozenset({"widow", "widower"})
# someone the text does not name, known only as a man or a woman ("One old man told me …", "an
# elderly woman"): the noun gives the sex (noun_gender)
PLAIN_PERSON_NOUNS = frozenset({"man", "woman", "boy", "girl", "gentleman", "lady"})
# after "a man", "a woman": a relative clause, with a place or without, says which one ("a man in
# Kululu who wanted …", "by a man who had never bought a fish"). A general one ("a man who beats
# his wife should go to prison") is anyone, but read as someone it costs a missed fix at most (a
# "he" near it left as written), where leaving out a particular one costs wrong fixes: on dev, 2
# wrong fixes fewer with the place optional than with it required (3 where women's pronouns are
# the only damage), no right one lost.
SOMEONE_IN_PARTICULAR_RE = textre.compile(r"(?: (?:in|from) \p{Lu}[\p{L}'’-]+)?,? who\b")


# a parent described by a noun, then "and": "the daughter of a boatman and " + a market trader
PARENTAGE_AND_RE = textre.compile(r"\b(?:son|daughter|child|children|sons|daughters) of (?:a|an) [\p{Ll} -]{1,40} and $")
# words before an indefinite noun that make it no one in particular yet: a modal, a wish
NOT_ANYONE_YET = frozenset("would could might should can may must will wanted wants want needed needs need hoped hopes".split())
# words between a copula (or a name's comma) and a description: "is also an engineer", "now a judge"
DESCRIPTION_ADVERBS = frozenset("also now still not once never already later then always just only no longer again finally herself himself".split())
# verbs that give their object a description ("made her a partner", "was appointed a judge")
MAKING_VERBS = CHOSEN_WORDS | frozenset("made make makes making called".split())
MADE_OBJECTS = OBJECT_PRONOUNS | {"her"}  # the object a making verb describes
# a predicate description before "and" + another one: "is a Norwegian glaciologist and " + a professor
DESCRIBED_BEFORE_AND_RE = textre.compile(r"\b(?:is|was|became|remains|remained|has been|had been) (?:a|an|the) [^.;:!?“”\"()]{1,80}(?:,)? (?:and|or) $")


def _unnamed_people(doc, people: list[Entity]) -> None:
    """ “the head of a social media company”, “a lawyer”: people without a name, of unknown gender
    unless the noun says it. Not when a name follows ("the mayor, Edgars Liepa") or precedes in
    apposition ("Ozola, an engineer"): then the noun describes that named person."""
    lex = lexicon()
    tokens, text = doc.tokens, doc.text
    nouns = lex["person_nouns"]
    named_ends = {past_age(text, m.end): p.id for p in people for m in p.mentions}
    named_at = {m.start: p.id for p in people if p.kind == "person" for m in p.mentions if m.is_name}
    # the titles the text gave named people ("Sheikh Awad Mansour", "the mayor, Edgars Liepa",
    # "Ozola, an engineer,"): a later "the sheikh" is that person, where only one has the title
    titled: dict[str, set[int]] = {}
    for p in people:
        if p.kind == "person":
            for m in p.mentions:
                if m.lead < m.start:
                    for w in text[m.lead : m.start].lower().split():
                        if w in nouns:
                            titled.setdefault(w, set()).add(p.id)
    latest: dict[str, int] = {}
    noun_ends: dict[int, int] = {}  # where a noun mention found here ends → its person
    kin = lex["kinship"] - nouns - WIDOWED
    people_words = nouns | PLAIN_PERSON_NOUNS | WIDOWED | kin
    for i in itertools.compress(range(len(tokens)), map(people_words.__contains__, doc.token_texts)):
        if i == 0:
            continue
        tok = tokens[i]
        if _noun_used_otherwise(doc, i, lex, people_words):
            continue
        j = i - 1  # back over up to three lower-case modifiers to the determiner
        while j > 0 and i - j <= 3 and tokens[j].text.islower() and tokens[j].text not in NOUN_DETERMINERS and text[tokens[j].end : tokens[j + 1].start] == " ":
            if tokens[j].text in NOT_MODIFIERS or tokens[j].text in NOT_MODIFIERS_BEFORE_ADJECTIVE:
                break  # "the names of every relative": no one in particular
            j -= 1
        det = tokens[j]
        if tok.text in kin and not (
            det.lower in ("a", "an") and i == j + 1 and j > 0 and tokens[j - 1].lower in KIN_CLAUSE_OPENERS
            and i + 1 < len(tokens) and tokens[i + 1].text.islower() and tokens[i + 1].lower not in ("of", "who", "whose")
        ):
            # a kinship noun is someone's ("his wife": _relations) or no one ("found a husband",
            # "a mother of three"), but the subject of a clause of its own is someone, of its sex:
            # "when a husband emigrated, his plot passed to his brother"
            continue
        if tok.text in WIDOWED and det.lower not in ("a", "an"):
            continue  # "his widow", "the widow": a relation (_relations), or the one named before
        if det.lower in OWNER_DETERMINERS and text[det.end : tokens[j + 1].start] == " ":
            # "His first teacher, an old Hungarian woman, told him …": someone's person, a new
            # one, where an apposition says who (elsewhere the owner's colleague or boss is
            # anyone, and no entity)
            owned = Entity(len(people), f"{det.lower} {tok.text}", "noun", noun=tok.text)
            _apposition(doc, owned, _past_relative_clause(doc, tok.end))
            if owned.evidence:
                people.append(owned)
                owned.mentions.append(Mention(tok.start, tok.end, owned.id, "noun", det.start))
            continue
        if det.text.lower() not in ("the", "a", "an", "one") or text[det.end : tokens[j + 1].start] != " ":
            continue
        if tok.text in PLAIN_PERSON_NOUNS and (det.text.lower() == "the" or det.text.lower() != "one" and i == j + 1) and not (
            det.text.lower() != "the" and textre.match(SOMEONE_IN_PARTICULAR_RE, text, tok.end)
        ):
            continue  # ("a woman could not find water": anyone; "an old man", "one man", "a man in Kululu who": someone)
        if text[det.start - 2 : det.start] == ", " and det.start - 2 in named_ends:
            if i == j + 1:
                titled.setdefault(tok.text, set()).add(named_ends[det.start - 2])
            continue  # "Ozola, an engineer,"
        if _describes_no_one_new(doc, j, lex, named_ends, noun_ends):
            continue
        tail = text[tok.end : tok.end + 80].split(".")[0]
        m = textre.search(NAME_AFTER_NOUN_RE, tail) or textre.search(NOUN_PLACE_NAME_RE, tail)
        if m:
            if i == j + 1 and (named := named_at.get(tok.end + m.start("name"))) is not None:
                titled.setdefault(tok.text, set()).add(named)
            continue  # "the mayor, Edgars Liepa", "the trade minister of Ghana, Akosua Frimpong"
        noun = tok.text
        holders = titled.get(noun, ()) if det.text.lower() == "the" and i == j + 1 else ()
        if len(holders) == 1 and any(m.start < tok.start for m in people[next(iter(holders))].mentions):
            # "… persuaded his uncle, Sheikh Awad Mansour, … Now the sheikh is …": the one
            # named with the title, not someone new
            holder = next(iter(holders))
            people[holder].mentions.append(Mention(tok.start, tok.end, holder, "noun", det.start))
            continue
        idx = latest.get(noun) if det.text.lower() == "the" else None
        if idx is None:
            idx = len(people)
            people.append(Entity(idx, f"{det.text.lower()} {noun}", "noun", noun=noun))
            g = lex["noun_gender"].get(noun)
            if g:
                people[idx].evidence.append(Evidence(g, 0.95, f"noun ‘{noun}’"))
            latest[noun] = idx
        people[idx].mentions.append(Mention(tok.start, tok.end, idx, "noun", det.start))
        noun_ends[tok.end] = idx
        _apposition(doc, people[idx], _past_relative_clause(doc, tok.end))  # "The taxi driver, a grandmother of five, told me …"


# the openers of a clause whose subject "a husband", "a mother" is someone of its own ("when a
# husband emigrated, his plot …"), not "that"/"whether"/"as" ("argued that a brother would
# inherit": anyone's)
KIN_CLAUSE_OPENERS = frozenset("when if once after before until unless because although though while since".split())


def _noun_used_otherwise(doc, i: int, lex, people_words) -> bool:
    """Is the person noun at token i used as something other than a person of its own here: a
    modifier of the noun after it, or "head" other than "the head of …"?"""
    tokens, text = doc.tokens, doc.text
    tok = tokens[i]
    if i + 1 < len(tokens) and tokens[i + 1].text in people_words and text[tok.end : tokens[i + 1].start] == " ":
        return True  # "the chief engineer": a modifier; the noun after it is the person
    if tok.text in lex["person_nouns_also_modifiers"] and i + 1 < len(tokens) and _modified_noun_after(doc, i, lex):
        return True  # "a rival firm", "the chief designer", "the veteran climber": a modifier of the word after
    return tok.text in lex["person_nouns_only_before_of"] and not text.startswith(" of ", tok.end)  # "a lion's head", "a head for numbers"


def _describes_no_one_new(doc, j: int, lex, named_ends: dict[int, int], noun_ends: dict[int, int]) -> bool:
    """Does the noun phrase whose determiner is token j describe someone already there, or no one
    in particular, rather than a new person? (`named_ends`, `noun_ends`: where mentions of named
    people, and of unnamed ones found so far, end.)"""
    tokens, text = doc.tokens, doc.text
    det = tokens[j]
    before = tokens[j - 1].lower if j > 0 else ""
    if text[det.start - 2 : det.start] == ", " and det.start - 2 in noun_ends and det.lower != "the":
        return True  # "The neighbour, a retired vet, said": the neighbour, described
    if det.lower in ("a", "an") and j > 0 and (
        before in ("like", "than", "either")
        or any(t.lower in NOT_ANYONE_YET for t in tokens[max(0, j - 3) : j]) and not text[tokens[max(0, j - 3)].start : det.start].count(",")
    ):
        return True  # "runs it the way a captain runs a ship", "would bring a lawyer", "wanted a doctor in the family": no one in particular
    if before in COPULAS:
        return True  # "Orlova is a councillor": a description, not another person
    if j > 1 and before in DESCRIPTION_ADVERBS and (
        tokens[j - 2].lower in COPULAS or j > 2 and tokens[j - 2].lower in DESCRIPTION_ADVERBS and tokens[j - 3].lower in COPULAS
        or text[tokens[j - 1].start - 2 : tokens[j - 1].start] == ", " and tokens[j - 1].start - 2 in named_ends
    ):
        return True  # "Zhou Lei is also an engineer", "I am not a scientist", "Emeka Obi, now a judge"
    if before in ("and", "or") and textre.search(DESCRIBED_BEFORE_AND_RE, text, max(0, det.start - 90), det.start):
        return True  # "… is a Norwegian glaciologist and a professor emerita": the same description, joined
    if j > 1 and (before in MADE_OBJECTS and tokens[j - 2].lower in MAKING_VERBS or before in MAKING_VERBS and tokens[j - 2].lower in COPULAS):
        return True  # "made her a partner", "was appointed an assistant judge": what someone became
    if det.text in ("a", "an") and j > 1 and tokens[j - 1].text == "of" and tokens[j - 2].text in lex["kinship"]:
        return True  # "a son of a miner", "the son of an engineer": a description of someone's family, not another person
    # "the daughter of a boatman and a market trader": the second parent, as the first
    return det.text in ("a", "an") and textre.search(PARENTAGE_AND_RE, text, max(0, det.start - 80), det.start) is not None


RELATIVE_CLAUSE_RE = textre.compile(r" (?:who|that) [^,.;:!?“”\"()]{1,80}(?=, )")


def _past_relative_clause(doc, end: int) -> int:
    """Where an apposition to the noun ending at `end` would begin: past a "who" clause that names
    no one ("The nurse who found the leak on the third floor, a young woman from Leeds, …"; not
    "The doctor who saw my mother, a woman of ninety, …": that is the mother)."""
    found = textre.match(RELATIVE_CLAUSE_RE, doc.text, end)
    if found is None:
        return end
    lex = lexicon()
    if any(t.text[0].isupper() or t.lower in lex["person_nouns"] or t.lower in lex["noun_gender"] or t.lower in lex["kinship"] for t in doc.tokens_in(found.start() + 1, found.end())[1:]):
        return end
    return found.end()


def _one_of_group(doc, people: list[Entity]) -> None:
    """ "One of the first women to join, a widow from Lichana, said …": a person without a name
    opening the sentence, of the gender of the group named."""
    text, texts, tokens = doc.text, doc.token_texts, doc.tokens
    if "One" not in text:
        return  # most texts: one search in C instead of a look at every word
    for i in itertools.compress(range(len(texts)), map("One".__eq__, texts)):
        if i + 1 < len(tokens) and texts[i + 1] == "of" and (found := _group_noun(doc, tokens[i + 2 : i + 10])) is not None:
            g, w = found
            idx = len(people)
            people.append(Entity(idx, text[tokens[i].start : w.end].lower(), "noun", noun=w.text))
            people[idx].evidence.append(Evidence(g, 0.95, f"noun ‘{w.text}’"))
            people[idx].mentions.append(Mention(w.start, w.end, idx, "noun", tokens[i].start))


# a capitalised indefinite determiner: the noun phrase opens its sentence
INDEFINITE_OPENERS = frozenset({"A", "An", "One"})


def _named_by_noun(doc, people: list[Entity], i: int, gender: str, phrase: str, named_at: dict) -> None:
    """ "a woman, Halyna, who …": a gendered noun with a name in apposition introduces that
    person, though the lexicon does not know the name; later, the name alone means them."""
    tokens, text = doc.tokens, doc.text
    if i + 1 >= len(tokens) or text[tokens[i].end : tokens[i + 1].start] != ", ":
        return
    name = tokens[i + 1]
    if not name.is_capitalised or name.start in named_at or text[name.end : name.end + 1] not in (",", ".") or name.lower in lexicon()["not_first_names"]:
        return
    if any(p.kind == "person" and name.text in (p.first, p.surname) for p in people):
        return
    idx = len(people)
    people.append(Entity(idx, name.text, "person", surname=name.text))
    people[idx].evidence.append(Evidence(gender, 0.9, f"called ‘{phrase}’"))
    people[idx].mentions.append(Mention(name.start, name.end, idx, "surname", name.start))


WHOSE_AFTER_NAME_RE = textre.compile(r"(?:, \d{1,3})?, $")  # "Oksana Melnyk, 11, " + whose


def _named_before_whose(doc, whose, name_starts: dict[int, int]) -> tuple[int, int] | None:
    """The span of the name a "whose" clause follows ("Oksana Melnyk, 11, whose"), if any.
    `name_starts`: where each name mention ends → where it starts."""
    before = doc.text[max(0, whose.start - 8) : whose.start]
    m = textre.search(WHOSE_AFTER_NAME_RE, before)
    if m is None:
        return None
    end = whose.start - (len(before) - m.start())
    return (name_starts[end], end) if end in name_starts else None


def _appositive_name(doc, tokens, i: int):
    """The capitalised word set off by commas right after token i ("wife, Sunee," / "wife,
    Sunee." / "wife, Sunee" at the end), or after "named" ("his son, also named Alois"), or
    following it with no comma ("her daughter
    Vilayvanh, who …", "her brother Anwar said"), if there is one: the relation's own name.
    Without a comma, only a word a name source knows or one that ends its phrase: "gave her
    daughter English lessons" names no one."""
    if i + 1 >= len(tokens):
        return None
    k = i + 1 + (tokens[i + 1].lower == "also")
    if (
        k + 1 < len(tokens) and tokens[k].lower in ("named", "called") and tokens[k + 1].is_capitalised
        and doc.text[tokens[k].end : tokens[k + 1].start] == " " and tokens[k + 1].lower not in lexicon()["not_first_names"]
    ):  # (not a quote's end: “Your mother called,” Luca told …)
        return tokens[k + 1]  # "His son, also named Alois, …": his own name, however the sentence goes on
    name = tokens[i + 1]
    gap = doc.text[tokens[i].end : name.start]
    if gap not in (", ", " ") or not name.is_capitalised or name.lower in lexicon()["not_first_names"]:
        return None
    if doc.text[name.end : name.end + 1] in (",", ".", ""):
        return name
    return name if gap == " " and is_first_name(name.text) else None


def _fold_new_relation(people: list[Entity], named: int) -> int:
    """The relation just introduced (the last person, with its one kinship mention) is the named
    person `named`: its mention moves there and it is dropped. Returns `named`."""
    m = people.pop().mentions[0]
    people[named].mentions.append(Mention(m.start, m.end, named, "kinship", m.lead, False, m.owner_start, m.owner_end))
    return named


def _surely_other_gender(person: Entity, gender: str) -> bool:
    """Does the evidence so far give the person the other gender, surely ("Justina")?"""
    found, weight, _ = person.verdict()
    return found is not None and found != gender and weight >= 0.75


def _named_earlier_in_sentence(doc, person: Entity, pos: int) -> bool:
    """Does the sentence around `pos` name the person, by first or family name, before it?"""
    k = bisect.bisect_right(doc.sentences, pos, key=operator.attrgetter("start")) - 1
    names = {person.first, person.surname} - {None}
    return any(bare_name(t.text)[0] in names for t in doc.tokens_in(doc.sentences[k].start if k >= 0 else 0, pos))


MARRIED_RE = textre.compile(r"\b(?:married|marrying|wed)(?: to)?(?: the(?: [a-z]+){1,2})? (?=\p{Lu})")  # "married the physicist " + Kiran Iyer


def _bride_of(doc, people: list[Entity], pos: int, surname: str) -> int | None:
    """ "Four years later he married Edith Carrow, a draughtswoman. Mrs Pruitt drew the plans for
    her husband's dams": a married woman's title with a family name, soon after someone of that
    family married a woman named with another, is the bride's, who took the name (not the first
    named Pruitt's, whose given name, "Marion", may be either sex's). The bride, if any: the last
    named after "married" in the 600 characters before `pos`, whose name says she is no man."""
    start = max(0, pos - 600)
    window = doc.text[start:pos]
    if "marri" not in window and " wed " not in window:
        return None
    if not any(p.surname == surname and p.first for p in people):
        return None  # no one of that family named in full: "Mrs Pruitt" is the only one
    named = {m.start: p for p in people if p.kind == "person" for m in p.mentions}
    bride = None
    for m in textre.finditer(MARRIED_RE, window):
        bride = named.get(start + m.end(), bride)
    if bride is None or not bride.first or bride.surname == surname or bride.verdict()[0] == MALE:
        return None
    return bride.id


# a "he" that opens the clause of a marriage ("He married", "In 1982 he later married")
MARRYING_HE_RE = textre.compile(r"(?<![\p{L}'’])[Hh]e(?: \p{Ll}+)? \Z")


def _married_before(doc, pos: int, named_at: dict[int, int], owner: str, people: list[Entity]) -> int | None:
    """The person the text last told of someone marrying, in the 600 characters before `pos`
    ("… married the physicist Kiran Iyer"), if any. Not where a "he" married them and the
    spouse noun is owned by "her" ("He married Mestawet Sorsa. She ran a grain mill; her husband
    …": the husband is the "he"), unless the one named last before that "he" is a woman (MT's
    "he" may be hers: "Maria Anjulo trained in Sodo. He married Mestawet Sorsa. Her husband …")."""
    start = max(0, pos - 600)
    found = by = None
    for m in textre.finditer(MARRIED_RE, doc.text[start:pos]):
        if start + m.end() in named_at:
            found = named_at[start + m.end()]
            by = textre.search(MARRYING_HE_RE, doc.text, max(0, start + m.start() - 20), start + m.start())
    if found is not None and owner == "her" and by is not None:
        before = [end for end in named_at if end <= by.start()]
        if not before or people[named_at[max(before)]].verdict()[0] != FEMALE:
            return None
    return found


def _named_before_apposition(doc, tokens, i: int, owner, named_end: dict[int, int]) -> int | None:
    """The person named right before a kinship phrase set off by commas ("Fermín Apaza,
    Ticona's husband, was …", "… by Ana Ruiz, his widow."), if there is one. Not in a list:
    "Ana, her mother, and her sister came" names three people."""
    text = doc.text
    if text[owner.start - 2 : owner.start] != ", " or (named := named_end.get(owner.start - 2)) is None:
        return None
    after = text[tokens[i].end : tokens[i].end + 2]
    if after[:1] in (".", ";"):
        return named
    if after != ", " or i + 1 >= len(tokens):
        return None
    nxt = tokens[i + 1]
    return named if nxt.text.islower() and nxt.lower not in ("and", "or", "but", "nor") else None


# a gendered noun's phrase, then the name it stands in apposition to: "the chairman of the council, "
NOUN_THEN_NAME_RE = textre.compile(r"(?: of [^,.;:“”\"]{1,40})?, ")


NO_ONE_IN_PARTICULAR = frozenset({"somebody", "someone", "anybody", "anyone", "nobody", "everybody", "everyone", "one"})


def _relations(doc, people: list[Entity]) -> None:
    lex = lexicon()
    tokens = doc.tokens
    noun_entities: dict[tuple, int] = {}
    kin_names: dict[int, str] = {}  # a relation → the name it was given in apposition ("his wife, Buppha,")
    noun_gender = lex["noun_gender"]
    named_at = {m.start: p.id for p in people for m in p.mentions if m.kind == "name"}
    named_first = {p.first: p.id for p in people if p.kind == "person" and p.first}
    named_end = {m.end: p.id for p in people for m in p.mentions if m.is_name and not m.possessive}
    name_starts = {m.end: m.start for p in people for m in p.mentions if m.is_name and not m.possessive}
    # only the tokens that are gendered nouns (nouns are lower case here: "his mother"), or a
    # kinship noun's possessive ("her father's notebook"), found in C
    for i in itertools.compress(range(len(tokens)), map(lex["relation_words"].__contains__, doc.token_texts)):
        if i == 0:
            continue
        tok = tokens[i]
        low = tok.text
        possessive = low not in noun_gender
        if possessive:
            low = low[:-2]
        gender = noun_gender[low]
        prev = tokens[i - 1]
        # allow one adjective between: "his late mother", "her elder sister"
        owner = prev
        if prev.lower not in ("his", "her", "their", "my", "our", "your", "whose", "the", "a", "an", "one") and not bare_name(prev.text)[1] and i >= 2:
            owner = tokens[i - 2]
        if doc.text[owner.end : tok.start].count(" ") > 2:
            continue
        owner_low = owner.lower
        owner_span = (owner.start, owner.end)
        if owner_low == "whose" and owner is prev and low in lex["kinship"] and (named := _named_before_whose(doc, owner, name_starts)) is not None:
            # "Oksana Melnyk, 11, whose father, Bohdan, drives a lorry": her relation, as "her
            # father" would be (the owner is the name before the clause)
            key = ("kin", low)
            kind = "kinship"
            owner_span = named
        elif low in lex["kinship"] and bare_name(owner.text)[1] and bare_name(owner_low)[0] in NO_ONE_IN_PARTICULAR:
            continue  # "somebody's grandmother", "everyone's mother": no one's in particular
        elif low in lex["kinship"] and (owner_low in ("his", "her", "their", "my", "our", "your") or bare_name(owner.text)[1]):
            key = ("kin", low)
            kind = "kinship"
        elif possessive:
            continue  # "the mother's …", "a father's …": no one's relation
        elif owner.text in INDEFINITE_OPENERS and owner is prev and not (doc.text[tok.end : tok.end + 2] == ", " and i + 1 < len(tokens) and tokens[i + 1].is_capitalised):
            # "A woman who sells dried fish said …", "One mother, who had brought her son, said …":
            # an unnamed person opening a sentence, its subject; each one someone new
            key = ("indefinite", tok.start)
            kind = "noun"
        elif owner_low in ("a", "an", "one") and owner is prev and low in lex["kinship"] and not (doc.text[tok.end : tok.end + 2] == ", " and i + 1 < len(tokens) and tokens[i + 1].is_capitalised):
            # "I have one son, and he is a dentist", "they had a daughter, who …": a relation of
            # no one named, someone new, who may be the next pronoun's referent. Only where
            # someone has them ("one son", "had a son"): "the image of a mother holding her child"
            # is no one; nor descriptions ("he is a father of two", "Amina Yusuf, a mother of
            # two,", "a son of a miner")
            if not (owner_low == "one" or i >= 2 and tokens[i - 2].lower in HAVE) or doc.text[owner.start - 2 : owner.start] == ", " or doc.text.startswith(" of ", tok.end):
                continue
            key = ("indefinite", tok.start)
            kind = "noun"
        elif owner_low in ("a", "an") and (low not in lex["kinship"] or low in WIDOWED):
            _named_by_noun(doc, people, i, gender, doc.text[owner.start : tok.end], named_at)
            continue
        elif owner_low == "the" and (low not in lex["kinship"] or low in WIDOWED) and low not in lex["nouns_title_only"]:
            before = tokens[i - 3] if owner is not prev and i >= 3 else tokens[i - 2] if i >= 2 else None
            if before is not None and before.lower in COPULAS:
                continue  # "he became the first woman to …": a description, not another person
            if owner is not prev and prev.lower in RANKING_WORDS:
                continue  # "…, the first woman to do so": a description of the one named before
            if (named := textre.match(NOUN_THEN_NAME_RE, doc.text, tok.end)) is not None and named.end() in named_at:
                continue  # "The chairman of the island council, Kilifi Semu, called …": the one named
            key = ("noun", low)
            kind = "noun"
        elif owner_low in ("his", "her", "their", "my", "our", "your") and owner is prev and low not in lex["nouns_title_only"]:
            # "Mr Björnsson asked his landlady …. She promised him": someone's person of a
            # gendered noun that is no relative, as "the landlady" would be
            key = ("noun", low)
            kind = "noun"
        else:
            continue
        idx = noun_entities.get(key)
        if possessive and idx is None:
            continue  # "in his brother's flat": a possessive mentions a relation known before, never a new one
        called = _appositive_name(doc, tokens, i) if kind == "kinship" else None
        if idx is not None and called is not None and people[idx].first not in (None, called.text):
            idx = None  # "Her son, Andrei Karpovich, …" then "Baranouskaya's own son, Kastus,": another son
        if idx is not None and called is not None and kin_names.setdefault(idx, called.text) != called.text:
            # "His wife, Buppha, …" then "Prasert … and his wife, Sunee,": another man's wife,
            # named otherwise, is someone new
            idx = None
        if idx is None:
            idx = len(people)
            owner_label = owner.text.lower() if owner_low in ("his", "her", "their", "my", "our", "your") else owner.text
            if owner_low == "whose":
                owner_label = doc.text[owner_span[0] : owner_span[1]] + "’s"  # "Oksana Melnyk’s father"
            label = low if kind == "noun" else f"{owner_label} {low}"
            people.append(Entity(idx, f"{'the' if key[0] == 'noun' else owner_low} {low}" if kind == "noun" else label, "relation" if kind == "kinship" else "noun", noun=low))
            noun_entities[key] = idx
            people[idx].evidence.append(Evidence(gender, 0.95, f"{'kinship noun' if kind == 'kinship' else 'noun'} ‘{low}’"))
            if called is not None:
                kin_names[idx] = called.text
        people[idx].mentions.append(Mention(tok.start, tok.start + len(low), idx, kind, owner.start, possessive, *owner_span))
        # "her brother, Emeka Okafor," — a named person in apposition is the one the noun describes
        # ("her husband, Dr. Amr Khalil,": past an honorific; a relation needs no comma: "her
        # husband Davies Phiri")
        k = i + 2 if i + 2 < len(tokens) and tokens[i + 1].lower in lex["honorifics"] else i + 1
        gap = doc.text[tok.end : tokens[i + 1].start] if i + 1 < len(tokens) else ""
        if k < len(tokens) and (gap == ", " or gap == " " and kind == "kinship") and tokens[k].start in named_at:
            named = people[named_at[tokens[k].start]]
            _add(named.evidence, Evidence(gender, 0.9, f"called ‘{doc.text[owner.start:tok.end]}’"))
            if kind == "kinship" and idx == len(people) - 1 and len(people[idx].mentions) == 1 and named.id != idx:
                # one person, not two: the relation just introduced is the named one ("His father,
                # Mahmoud El-Sayed, was a teacher"), so a later "his father" means him, and no
                # second, nameless father competes with him for his pronouns
                noun_entities[key] = _fold_new_relation(people, named.id)
            elif kind == "kinship" and named.id != idx and people[idx].kind == "relation" and idx not in kin_names:
                # named now, introduced before without a name ("a watchmaker and his granddaughter
                # … His granddaughter, Zaruhi Ghukasyan,"): one person, so the relation's mentions
                # move to the named one and the relation is left with none
                named.mentions.extend(Mention(m.start, m.end, named.id, m.kind, m.lead, m.possessive, m.owner_start, m.owner_end) for m in people[idx].mentions)
                people[idx].mentions.clear()
                noun_entities[key] = named.id
            elif kind == "kinship" and named.id != idx and people[idx].kind == "person" and people[idx].mentions[-1].start == tok.start:
                # "Her mother, Ruthmila Werleman, …" then "His mother, Anuschka Arends, …": the
                # name says this is another mother, so the noun is hers, and a later "his mother"
                # the latest one's
                m = people[idx].mentions.pop()
                named.mentions.append(Mention(m.start, m.end, named.id, m.kind, m.lead, m.possessive, m.owner_start, m.owner_end))
                noun_entities[key] = named.id
            continue
        if kind == "kinship" and (named := _named_before_apposition(doc, tokens, i, owner, named_end)) is not None and named != idx:
            # "Fermín Apaza, Ticona's husband, was one of its first technicians": the noun set off
            # after a name describes that person
            _add(people[named].evidence, Evidence(gender, 0.9, f"called ‘{doc.text[owner.start:tok.end]}’"))
            if idx == len(people) - 1 and len(people[idx].mentions) == 1:
                noun_entities[key] = _fold_new_relation(people, named)
            continue
        if kind == "kinship" and called is None and low in ("husband", "wife") and idx == len(people) - 1 and len(people[idx].mentions) == 1 and (
            named := _married_before(doc, owner.start, named_at, owner.lower, people)
        ) is not None and named != idx and not _surely_other_gender(people[named], gender) and not _named_earlier_in_sentence(doc, people[named], owner.start):
            # "In 1955 he married Kiran Iyer, a physicist. … His husband later said …": a spouse
            # given no name of their own is the one the text just told of someone marrying,
            # unless their name says otherwise ("he married Justina Condori … her husband": the
            # one who married her) or the sentence names them before ("Rajen Doorgakant
            # accompanied his wife": theirs)
            _add(people[named].evidence, Evidence(gender, 0.9, f"called ‘{doc.text[owner.start:tok.end]}’ after the text tells of marrying them"))
            noun_entities[key] = _fold_new_relation(people, named)
            continue
        # "her husband, Pavel," — the relation's own name
        if called is not None:
            name = called
            same = named_first.get(name.text)
            if same is not None and idx == len(people) - 1 and len(people[idx].mentions) == 1:
                # "her brother, Callum," and "Callum Sinclair" elsewhere: one person, not two
                noun_entities[key] = _fold_new_relation(people, same)
                people[same].mentions.append(Mention(name.start, name.end, same, "first", name.start))
                _add(people[same].evidence, Evidence(gender, 0.9, f"called ‘{doc.text[owner.start:tok.end]}’"))
                continue
            if people[idx].first is None and name.lower not in lex["not_first_names"]:
                people[idx].first = name.text
                people[idx].mentions.append(Mention(name.start, name.end, idx, "first", name.start))
