"""Where a capitalised word stands, and whether that place is one only a person takes: before a
speech verb ("Adeyemi said"), in apposition ("Adeyemi, a nurse,"), with an age ("Yusmary, 41,"),
after a role word, or in a run with a place preposition before it ("a teacher in Belo
Horizonte"). find_entities (repair/entities.py) asks these questions to decide which runs of
capitals and which lone words name people."""

from __future__ import annotations

import bisect
import collections
import heapq
import itertools
import operator

from . import textre
from .analysis.clause_words import ADVERBIAL_SUBORDINATORS, CLAUSE_BREAKERS, POSSESSIVE_DETERMINERS
from .name_evidence import AGE_RE, APOSTROPHES, FEMALE, MALE, almost_always_one_sex, bare_name, country_words, first_name_verdict, is_country_dependent, is_first_name, lexicon, listed_name_evidence, past_age

OWN_CLAUSE_PRONOUNS = frozenset({"his", "her", "himself", "herself"})  # a person's, never a place's or a club's
OPENING_CLAUSE_PRONOUNS = frozenset({"he", "she", "his", "her"})  # "When she arrived, Lena …", "Before his first race, Diego …"
# a biography's opening: "Park Ji-hoon (born 1965) is a …", "Parvin Sadeghi (1936–2020) was an …"
LIFE_DATES_RE = textre.compile(r" \((?:(?:born|b\.) [^()]{0,30}\d{4}|[^()]{0,20}\d{4} ?[–-] ?[^()]{0,20}\d{4})\),? (?:is|was) ")
ORIGIN_APPOSITION_RE = textre.compile(r", (?:a|an) [^,.;:“”\"()]{2,70}$")  # "…, a 41-year-old doctor " + from Pasir Mas


# what may open a sentence before its subject: a clause or a phrase of time ("When she arrived at
# five, Lena …", "Every summer, Ayşe …"): the time words of clause_words.INTRODUCTORY_OPENERS, not
# its place words ("In Paris, Chelsea …" names no one; trace_queries.OPENING_WORDS takes them all,
# as a pronoun inside the opening tells a person follows); and adverbs between a subject and its
# verb ("Chiamaka already knew")
FRONTED_OPENERS = ADVERBIAL_SUBORDINATORS | {"every", "last", "next", "later", "during", "throughout"}
# prepositions that open a phrase with the pronoun right after them ("At his wedding, Aoife …",
# "For her birthday, Lena …"): the pronoun goes before the subject named after the comma
PRONOUN_PHRASE_OPENERS = frozenset({"at", "in", "on", "for", "by", "with", "from", "as"})
OPENER_FOCUS_WORDS = frozenset("even just only shortly soon long right".split())  # before an opening clause's word
SUBJECT_ADVERBS = frozenset("already also always finally never often once rarely soon still then usually".split())
DETERMINERS_BEFORE_NOUN = POSSESSIVE_DETERMINERS | {"the", "a", "an"}


def capitals_before(doc, words) -> set[int]:
    """Indices of the capitalised tokens whose next token, in lower case, is one of `words`
    ("Adeyemi said"): whole-list operations over the capitals, no Python step per token."""
    lowers, capitalised = doc.token_lowers, doc.capitalised
    caps = capitalised if not capitalised or capitalised[-1] + 1 < len(lowers) else capitalised[:-1]
    after = map(lowers.__getitem__, map((1).__add__, caps))
    return set(itertools.compress(caps, map(words.__contains__, after)))


# plural kin nouns after a possessive name ("Mateo's parents"): only a person has them
KIN_PLURALS = frozenset("parents children grandchildren grandparents siblings sons daughters brothers sisters cousins nephews nieces".split())


def lone_subject_names(doc, lex, people, places: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Known first names the text uses on their own, as a subject or an owner ("Ryan died as he
    lived. … Ryan's legacy …"): a person named by first name alone, though no full name or speech
    verb introduced them. Without one, every "he" of theirs goes to whoever was named last. Not
    words the lexicon keeps from first names ("Will", "May"), and not places ("America is", "in
    America"; countries and cities of rules/countries.toml). A name a person noun introduces, or
    that owns a relative, is joined to one or is the object of a verb that takes a person ("my
    cousin Ana", "Mei's grandfather", "Aroha and her sister", "asked Malia") is a person however
    often it is used. (All such names, and those of them used only once: a short text goes by a
    first name once ("Olga is my neighbour. He has three cats"), but so does a club or a town the
    lists miss ("Chelsea won …"), so only a name that opens its sentence, that the name sources
    give one gender outright, and the caller weighs it less.)"""
    texts = doc.token_texts
    at = capitals_before(doc, lex["lone_subject_verbs"])  # capitals before a verb …
    # … or before an adverb and a verb ("Chiamaka already knew more")
    lowers = doc.token_lowers
    for k in capitals_before(doc, SUBJECT_ADVERBS):
        if k + 2 < len(lowers) and (lowers[k + 2] in lex["lone_subject_verbs"] or lowers[k + 2].endswith("ed")):
            at.add(k)
    # … and capitalised possessives (found by searching for the ending)
    text, ends = doc.text, doc.token_ends
    for mark in ("’s", "'s"):
        i = text.find(mark)
        while i != -1:
            k = bisect.bisect_left(ends, i + 2)
            if k < len(ends) and ends[k] == i + 2 and texts[k][:1].isupper():
                at.add(k)
            i = text.find(mark, i + 1)
    # … and a sentence's first word before a regular past ("Priya finished the marathon")
    starts, tokens = doc.token_starts, doc.tokens
    sentence_firsts = {bisect.bisect_left(starts, sent.start) for sent in doc.sentences}
    sentence_firsts |= _after_fronted_clause(doc, sentence_firsts) | _after_coordinator(doc) | _after_subordinator(doc, sentence_firsts)
    # or before a present in -s with its object after it ("Aigerim teaches the dombra"), or one
    # that people are said to do ("Xóchitl grows maize")
    doing = lex["present_subject_verbs"]
    for k in sentence_firsts:
        if k + 1 < len(tokens) and texts[k][:1].isupper() and texts[k + 1].islower() and tokens[k + 1].start == tokens[k].end + 1:
            verb = texts[k + 1]
            if verb.endswith("ed") or verb in doing or verb_with_object(doc, k + 1, lex):
                at.add(k)
    named = {p.first for p in people if p.first} | {p.surname for p in people if p.surname}
    # a known first name right after a person noun ("my cousin Ana", "her friend, Olga,"): a
    # person, though named once
    introduced = set()
    for k in itertools.compress(range(len(texts) - 1), map(lex["person_nouns"].__contains__, texts)):
        nxt = texts[k + 1]
        if nxt[:1].isupper() and text[tokens[k].end : tokens[k + 1].start] in (" ", ", ") and nxt not in named and nxt.lower() not in lex["not_first_names"] and not in_run(doc, k + 1) and is_first_name(nxt):
            introduced.add(nxt)
    # … or set off by commas after any noun a determiner opens ("the new intern, Jonas, forgot",
    # "His assistant, Tomasz, said"): the noun lists cannot hold every job, but a name the sources
    # give one sex, in apposition, is a person whatever the noun
    for k in _between_commas_after_noun(doc):
        if texts[k] not in named and texts[k].lower() not in lex["not_first_names"] and not in_run(doc, k) and one_gender(texts[k]):
            introduced.add(texts[k])
    # … or in apposition to one ("Priya, a teacher, finished …")
    for k in _before_apposition(doc):
        if (
            k + 3 < len(texts) and texts[k + 1] in ("a", "an", "the") and texts[k][:1].isupper() and texts[k] not in named
            and not (k and texts[k - 1] in lex["place_prepositions"]) and texts[k].lower() not in lex["not_first_names"]
            and any(w in lex["person_nouns"] or w in lex["noun_gender"] for w in texts[k + 2 : k + 4])
            and not in_run(doc, k) and is_first_name(texts[k])
        ):
            introduced.add(texts[k])
    # … or the object of a verb that takes a person ("The policeman asked Malia whether …"), or
    # named after a person noun ("a girl named Lucia")
    for k in after_person_verbs(doc, lex):
        if texts[k] not in named and one_gender(texts[k]):
            introduced.add(texts[k])
    # … or the one a speaker said something of ("…,” Mr Kovač wrote of Ivana"): only a person is
    # spoken of so
    speech = lex["speech_verbs"]
    for k in itertools.compress(range(2, len(texts) - 1), map("of".__eq__, texts[2:-1])):
        name = texts[k + 1]
        if texts[k - 1] in speech and name[:1].isupper() and name not in named and not in_run(doc, k + 1) and one_gender(name):
            introduced.add(name)
    # … or named right after the speech verb that attributes a quote or closes a reported clause
    # ("“…,” said Rahul of his grandmother", "…, said Priya."): the speaker
    for k in itertools.compress(range(len(texts) - 1), map(speech.__contains__, texts[:-1])):
        name = texts[k + 1]
        if (
            name[:1].isupper() and text[tokens[k].end : tokens[k + 1].start] == " " and text[max(0, tokens[k].start - 3) : tokens[k].start].rstrip(" ").endswith((",", ",”", ',"', "”", '"'))
            and name not in named and name.lower() not in lex["not_first_names"] and not in_run(doc, k + 1) and one_gender(name)
        ):
            introduced.add(name)
    for k in itertools.compress(range(1, len(texts) - 1), map(("named", "called").__contains__, texts[1:-1])):
        name = texts[k + 1]
        if (texts[k - 1] in lex["person_nouns"] or texts[k - 1] in lex["noun_gender"]) and name[:1].isupper() and name not in named and not in_run(doc, k + 1) and one_gender(name):
            introduced.add(name)
    # … or that a "who" clause follows ("Emeka, who sells yams beside her, says …"): "who" is
    # for people (a town or a firm takes "which")
    for k in itertools.compress(range(1, len(texts)), map("who".__eq__, texts[1:])):
        name = texts[k - 1]
        if text[tokens[k - 1].end : tokens[k].start] == ", " and name[:1].isupper() and name not in named and not in_run(doc, k - 1) and one_gender(name):
            introduced.add(name)
    # … or joined to their own relative at the head of a sentence ("Aroha and her sister Mereana
    # inherited …")
    relatives = lex["kinship"] | lex["person_nouns"]
    for k in sentence_firsts:
        if (
            k + 3 < len(texts) and texts[k + 1] == "and" and texts[k + 2] in ("his", "her") and texts[k + 3] in relatives
            and texts[k][:1].isupper() and texts[k] not in named and not in_run(doc, k) and is_first_name(texts[k])
        ):
            introduced.add(texts[k])
    # … or named right after an opening clause whose subject or owner is a personal pronoun
    # ("When she arrived at the bakery, Lena found …"): the pronoun goes ahead of the name it
    # stands for, and a club or a town would be "it"
    for k in sentence_firsts:
        if k + 1 < len(texts) and texts[k + 1].lower() in OPENING_CLAUSE_PRONOUNS and (j := after_opening(doc, k, FRONTED_OPENERS | PRONOUN_PHRASE_OPENERS)) is not None:
            name = texts[j]
            if name[:1].isupper() and name not in named and name.lower() not in lex["not_first_names"] and not in_run(doc, j) and is_first_name(name):
                introduced.add(name)
    # … or whose own clause, right after its verb, has a personal pronoun of the third person
    # ("Chiara cut himself", "Priya lent Ananya his laptop"): a club or a town would be "its"
    for k in sentence_firsts:
        if k + 2 < len(texts) and texts[k][:1].isupper() and texts[k + 1].isalpha() and texts[k + 1].islower() and texts[k] not in named:
            for w in texts[k + 2 : k + 5]:
                if w in OWN_CLAUSE_PRONOUNS:
                    if not in_run(doc, k) and texts[k].lower() not in lex["not_first_names"] and is_first_name(texts[k]):
                        introduced.add(texts[k])
                    break
                if not w.isalpha():
                    break  # the clause ends
    counts: dict[str, int] = {}
    opening: set[str] = set()  # names that open a sentence, right before its verb or as an owner
    for i in at:
        bare, possessive = bare_name(texts[i])
        if possessive and i + 1 < len(texts) and (texts[i + 1] in lex["kinship"] or texts[i + 1] in KIN_PLURALS) and bare not in named and not in_run(doc, i) and is_first_name(bare):
            introduced.add(bare)  # "Mei's grandfather", "Mateo's parents": whose relatives they are, a person
        if bare not in named and bare.lower() not in lex["not_first_names"] and not in_run(doc, i):
            counts[bare] = counts.get(bare, 0) + 1
            if i in sentence_firsts and (i + 1 == len(tokens) or text[tokens[i].end : tokens[i + 1].start] in (" ", "")):
                opening.add(bare)
                if _called_a_person(texts, i, lex):
                    introduced.add(bare)
    place_words = country_words()[0]
    introduced = {n for n in introduced if n not in places and n.lower() not in place_words}  # "in America, a teacher …"
    if not counts:
        return frozenset(introduced), frozenset()
    names = {n for n in counts if n not in places and n.lower() not in place_words and n.lower() not in lex["places_named_like_people"] and is_first_name(n)}
    once = {
        n for n in names
        if counts[n] == 1 and n in opening and one_gender(n) and not is_country_dependent(n) and n.lower() not in lex["calendar_names"] and n.lower() not in lex["everyday_word_names"]
    }
    # (a name the text goes on to use elsewhere, "… told Yasmin that …", is a person's: full weight)
    forms = {f: n for n in once for f in (n, n + "’s", n + "'s")}
    uses = collections.Counter(map(forms.__getitem__, filter(forms.__contains__, texts)))
    alone_once = {n for n in once if uses[n] == 1}
    return frozenset(n for n in names if counts[n] >= 2) | once | introduced, frozenset(alone_once - introduced)


def _after_fronted_clause(doc, sentence_firsts) -> set[int]:
    """The word after a fronted adverbial clause's or phrase's comma ("When she arrived at five,
    Lena found …", "Every summer, Ayşe spends …"): the main clause's subject, as a sentence's
    first word is."""
    texts = doc.token_texts
    found = (after_opening(doc, k, FRONTED_OPENERS) for k in sentence_firsts)
    out = {j for j in found if j is not None and texts[j][:1].isupper()}
    # … or a day of the week, comma or not ("Every Sunday Dmitri calls …", "On Monday, Ana …")
    out.update(
        k + 2 for k in sentence_firsts
        if k + 2 < len(texts) and texts[k].lower() in DAY_OPENERS and texts[k + 1].lower() in WEEKDAYS and texts[k + 2][:1].isupper()
        and doc.text[doc.tokens[k + 1].end : doc.tokens[k + 2].start] in (" ", ", ")
    )
    return out


def _after_subordinator(doc, sentence_firsts) -> set[int]:
    """The capitalised word right after the subordinator that opens a sentence ("When Ana met
    Diego at the station, …", "Because Priya had studied finance, …"), or one of time, cause or
    contrast, or "that", inside it: the subordinate clause's subject, as a sentence's first word
    is its main clause's."""
    texts = doc.token_texts
    openers = ADVERBIAL_SUBORDINATORS | {"once"}
    found = {k + 1 for k in sentence_firsts if k + 1 < len(texts) and texts[k].lower() in openers and texts[k + 1][:1].isupper()}
    # … or inside one, right after a subordinator of time, cause or contrast, or "that": "… had
    # the boiler working before Gareth had finished his coffee", "noticed that Tunde had borrowed"
    # (not after "since", where a capital is mostly a date or a place: "since January")
    inside = (ADVERBIAL_SUBORDINATORS - {"since"}) | {"that"}
    found.update(k + 1 for k in itertools.compress(range(1, len(texts) - 1), map(inside.__contains__, texts[1:-1])) if texts[k + 1][:1].isupper())
    return found


def _after_coordinator(doc) -> set[int]:
    """The capitalised word that opens a clause joined by ", and", ", but" or a semicolon ("His
    grandmother wrote every week, and Tariq kept her letters"): a clause's subject, as a
    sentence's first word is."""
    texts, tokens, text = doc.token_texts, doc.tokens, doc.text
    found = set()
    for k in doc.capitalised:
        if k < 2:
            continue
        gap = text[tokens[k - 1].end : tokens[k].start]
        if gap == "; " or gap == " " and texts[k - 1] in ("and", "but") and text[tokens[k - 2].end : tokens[k - 1].start] == ", ":
            found.add(k)
    return found


COUNT_WORDS = frozenset("a an one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty".split())
TIME_UNITS = frozenset("minute minutes hour hours day days week weeks month months year years decade decades".split())


def after_opening(doc, k: int, openers) -> int | None:
    """The index of the token right after the comma that closes a sentence's opening clause or
    phrase, where the sentence's first token k is one of `openers` ("When she arrived at five,
    Lena …", "Before his first race, Diego …"); None where another mark ends it first."""
    texts, tokens, text = doc.token_texts, doc.tokens, doc.text
    if k + 1 < len(texts) and texts[k].lower() in OPENER_FOCUS_WORDS and texts[k + 1].lower() in openers:
        k += 1  # "Even after her eightieth birthday, Rosa …", "Shortly before his death, …"
    elif k + 2 < len(texts) and (texts[k].lower() in COUNT_WORDS or texts[k].isdigit()) and texts[k + 1].lower() in TIME_UNITS and texts[k + 2].lower() in openers:
        k += 2  # "Three days after his dog disappeared, Zuzana …", "A year before her death, …"
    elif k + 1 < len(texts) and texts[k].lower() in TIME_UNITS and texts[k].endswith("s") and texts[k + 1].lower() in openers:
        k += 1  # "Hours after she was sworn in, Luisa …"
    if k >= len(texts) or texts[k].lower() not in openers:
        return None
    apposed_end = -1  # where a name set off after a person noun ends ("the head teacher, Mrs Okonkwo,")
    person_nouns = lexicon()["person_nouns"]
    for j in range(k + 2, min(k + 25, len(texts))):
        gap = text[tokens[j - 1].end : tokens[j].start]
        if gap == ", " and j > apposed_end:
            if texts[j - 1] in person_nouns and texts[j][:1].isupper():
                apposed_end = next((a for a in range(j + 1, min(j + 5, len(texts))) if text[tokens[a - 1].end : tokens[a].start] == ", "), -1)
                if apposed_end != -1:
                    continue  # "When the head teacher, Mrs Okonkwo, announced the prize, Yusuf …"
            return j
        if gap not in (" ", ", "):
            return None  # the sentence or the clause ends otherwise
    return None


def one_gender(name: str) -> bool:
    """Do the name sources give this first name to one sex outright (gender-guesser, else the
    name statistics' "almost always", else the project's list)? ("Ravi", mostly a man's to
    gender-guesser, is almost always one in the statistics.)"""
    verdict = first_name_verdict(name)
    if verdict in (FEMALE, MALE):
        return True
    stat = almost_always_one_sex(name)
    if verdict.startswith("mostly"):
        return stat is not None and stat.gender == verdict.removeprefix("mostly_")
    return stat is not None or listed_name_evidence(name) is not None


def _called_a_person(texts, i: int, lex) -> bool:
    """Does the word at i have a person noun for its predicate ("Amara is a nurse", "Kofi was a
    retired teacher", "Olga is my neighbour")?"""
    if i + 3 >= len(texts) or texts[i + 1] not in ("is", "was") or texts[i + 2] not in ("a", "an", "the", "my", "our", "his", "her", "their"):
        return False
    return any(w in lex["person_nouns"] or w in lex["noun_gender"] for w in texts[i + 3 : i + 5])


def short_mention_candidates(doc, names: set[str], variant_lengths: set[int], speech_verbs) -> list[int]:
    """The capitalised tokens step 3 of find_entities can use, as a heap of indices: a known
    surname or first name (possessive too), a word as long as a surname it may misspell, or a
    word before a speech verb. Picked out in C: most capitalised words are none of these."""
    texts, capitalised = doc.token_texts, doc.capitalised
    if not capitalised:
        return []
    cap_texts = operator.itemgetter(*capitalised)(texts) if len(capitalised) > 1 else (texts[capitalised[0]],)
    forms = {f"{n}{a}" for n in names for a in ("", "’s", "'s")}
    found = set(itertools.compress(capitalised, map(forms.__contains__, cap_texts)))
    if variant_lengths:
        lengths = variant_lengths | {n + 2 for n in variant_lengths}  # and the possessive
        found.update(itertools.compress(capitalised, map(lengths.__contains__, map(len, cap_texts))))
    found |= capitals_before(doc, speech_verbs)
    heap = list(found)
    heapq.heapify(heap)
    return heap


def push_later(doc, heap: list[int], name: str, after: int, where: dict[str, list[int]]) -> None:
    """Add the capitalised tokens after `after` that are `name` (or its possessive) to the heap.
    `where`: capitalised token text → its indices, filled on the first call (one pass over the
    capitals, instead of a search to the document's end for each name)."""
    if not where:
        texts = doc.token_texts
        for i in doc.capitalised:
            where.setdefault(texts[i], []).append(i)
        where.setdefault("", [])  # (filled, though the document had no capital)
    for form in (name, name + "’s", name + "'s"):
        found = where.get(form, ())
        for j in found[bisect.bisect_right(found, after) :]:
            heapq.heappush(heap, j)


def after_place_preposition(doc, run) -> bool:
    """ "… the hospital in Chiang Rai said", "the village of Ban Phanom": right after "in", or
    "of" after a word for a place, a place, whatever follows."""
    i = bisect.bisect_left(doc.token_starts, run[0].start) - 1
    return i >= 0 and _place_word_before(doc, i) and doc.text[doc.tokens[i].end : run[0].start] == " "


def _place_word_before(doc, i: int) -> bool:
    """Is token i a preposition of place, the "of" of "the village of", "the province of", or the
    "then" of "what was then"?"""
    lex, tokens = lexicon(), doc.tokens
    low = tokens[i].lower
    if low in lex["place_prepositions"]:
        return True
    if low in ("then", "now") and i >= 2 and tokens[i - 1].lower in ("was", "is") and tokens[i - 2].lower == "what":
        return True  # "in what was then Lourenço Marques", "born in what is now Ukraine"
    return low == "of" and i >= 1 and tokens[i - 1].lower in lex["place_nouns"] and doc.text[tokens[i - 1].end : tokens[i].start] == " "


def origin_in_apposition(doc, run) -> bool:
    """ "Dr. Nurul Aini Hassan, a general practitioner from Pasir Mas, who …": where someone is
    from, in the apposition describing them — a place, though a "who" clause follows it."""
    i = bisect.bisect_left(doc.token_starts, run[0].start) - 1
    if i < 0 or doc.tokens[i].lower != "from" or doc.text[doc.tokens[i].end : run[0].start] != " ":
        return False
    before = doc.text[max(0, doc.tokens[i].start - 80) : doc.tokens[i].start]
    return textre.search(ORIGIN_APPOSITION_RE, before) is not None


def place_names(doc, runs) -> frozenset[str]:
    """Capitalised runs that the text puts where only a place stands: right after a preposition
    of place ("in Belo Horizonte", "near Santiago de Chile") or a word for one ("the town of"),
    or, one word, right before a word for one ("Mareka district").
    Anywhere else in the text the same words name that place too, though the first word is a
    man's name to the lexicon."""
    text, tokens, starts = doc.text, doc.tokens, doc.token_starts
    place_nouns = lexicon()["place_nouns"]
    out = set()
    for run in runs:
        if len(run) == 1 and (k := bisect.bisect_left(starts, run[0].end)) < len(tokens) and tokens[k].text in place_nouns and text[run[0].end : tokens[k].start] == " ":
            out.add(run[0].text)  # "in Mareka district": a word for a place after it (gender-guesser's "Mareka" is a woman)
            continue
        if len(run) < 2 or run[-1].text.endswith(APOSTROPHES):
            continue  # "in Maria Lopez’s kitchen": the person owns the place
        i = bisect.bisect_left(starts, run[0].start) - 1
        if i >= 0 and _place_word_before(doc, i) and text[tokens[i].end : run[0].start] == " ":
            out.add(" ".join(t.text for t in run))
    return frozenset(out)


def vietnamese_middle(name_toks) -> tuple[str, str] | None:
    """(gender, word) for a Vietnamese name in family-name order whose middle name states the
    gender ("Nguyen Thi Lan", "Tran Van Minh"), else None."""
    if len(name_toks) < 3 or name_toks[0].lower not in lexicon()["vietnamese_family_names"]:
        return None
    for t in name_toks[1:-1]:
        if t.lower in lexicon()["vietnamese_middle_female"]:
            return FEMALE, t.text
        if t.lower in lexicon()["vietnamese_middle_male"]:
            return MALE, t.text
    return None


def balinese_opening(name_toks) -> tuple[str, str] | None:
    """(gender, words) for a Balinese name whose opening words state the bearer's sex: the caste
    titles "Ida Bagus" (a man) and "Ida Ayu" (a woman), or "Ni" before a birth-order name (a
    woman: "Ni Komang Srinadi"), else None. ("Ida" alone is a woman's name elsewhere.)"""
    if len(name_toks) < 3:
        return None
    lex = lexicon()
    first, second = name_toks[0].lower, name_toks[1].lower
    for gender in (FEMALE, MALE):
        if (first, second) in lex[f"balinese_openings_{gender}"] or first == "ni" and gender == FEMALE and second in lex["balinese_birth_order_names"]:
            return gender, f"{name_toks[0].text} {name_toks[1].text}"
    return None


def person_context(doc, run) -> bool:
    """Two or three capitalised words in a position only a person takes: followed by an
    apposition (", a …", ", the …") or a speech verb, or right after "said"."""
    lex = lexicon()
    if not 2 <= len(run) <= 3 or any(t.lower in lex["not_first_names"] for t in run):
        return False
    text = doc.text
    if past_age(text, run[-1].end) != run[-1].end:
        return True  # an age in commas after it: "Prasert Kaewmala, 81, and his wife"
    if textre.match(LIFE_DATES_RE, text, run[-1].end):
        return True  # a life's dates: "Park Ji-hoon (born 1965) is a film director"
    after = text[run[-1].end : run[-1].end + 12]
    nxt = doc.tokens_in(run[-1].end, run[-1].end + 20)[:1]
    if after.startswith((", a ", ", an ", ", the ", ", who ")):
        return True
    if nxt and text[run[-1].end : nxt[0].start] == ", " and nxt[0].text.islower() and (nxt[0].lower in lex["roles"] or nxt[0].lower in lex["noun_gender"]):
        return True  # a role in apposition without an article: "Mbaïdoum Kemkoye, secretary of the drivers' union, said"
    if (kin := textre.match(OWN_KIN_AFTER_RE, text, run[-1].end)) is not None and kin["noun"].lower() in lex["kinship"]:
        return True  # "Tsegaye Bekele and his wife, Almaz, …": one with a family of their own
    if nxt and text[run[-1].end : nxt[0].start] == " " and nxt[0].lower in lex["speech_verbs"]:
        return True
    if nxt and text[run[-1].end : nxt[0].start] == " " and verb_with_object(doc, bisect.bisect_left(doc.token_starts, nxt[0].start), lex):
        return True  # "…, Vaitiare Pakarati Haoa unlocks a classroom": doing what people do
    before = doc.tokens_in(max(0, run[0].start - 60), run[0].start)[-6:]
    if before and before[-1].lower in ("said", "says", "told") and text[before[-1].end : run[0].start] == " ":
        return True
    # a role word right before ("minister Akosua Frimpong") or in apposition ("the trade minister
    # of Ghana, Akosua Frimpong,")
    if before and before[-1].lower in lex["roles"] and text[before[-1].end : run[0].start] == " ":
        return True
    # a person noun after an article, right before ("many of them written with the guitarist
    # Njaka Rakotomalala"): the noun in the list, or one in -ist or -ian (pianist, historian)
    if (
        len(before) >= 2 and before[-2].lower in ("the", "a", "an") and text[before[-1].end : run[0].start] == " "
        and (before[-1].lower in lex["person_nouns"] or before[-1].lower.endswith(("ist", "ian")) and len(before[-1].lower) >= 6)
    ):
        return True
    if (
        len(before) >= 2 and (before[-2].lower in POSSESSIVE_DETERMINERS or before[-2].lower == "whose") and before[-1].lower in lex["person_nouns"]
        and text[before[-1].end : run[0].start] == " "
    ):
        return True  # someone's person noun right before: "whose colleague Andrew Park had doubted"
    if text[run[0].start - 2 : run[0].start] != ", ":
        return False
    if after.startswith(",") and any(t.lower in lex["roles"] or t.lower in lex["noun_gender"] for t in before):
        return True
    if after.startswith(",") and any(
        before[k - 1].lower in POSSESSIVE_DETERMINERS and (before[k].lower in lex["person_nouns"] or before[k].lower.endswith(AGENT_ENDINGS) and len(before[k].lower) >= 5)
        for k in range(1, len(before))
    ):
        return True  # someone's agent noun in apposition: "Her co-presenter on the morning show, Tendai Mafunga, joined"
    if nxt and text[run[-1].end : nxt[0].start] == ", " and nxt[0].lower in lex["speech_verbs"]:
        return True  # set off by commas before a speech verb: "The head of the bureau, Dawit Bekele, said"
    # closing the sentence in apposition to a person noun right before it: "a project led by a
    # local engineer, Pasang Lhamu Sherpa." (a name no lexicon knows, of unknown gender)
    if not (after.startswith(".") and before and before[-1].end == run[0].start - 2):
        return False
    noun = before[-1].lower
    if noun in lex["person_nouns"]:
        return True
    # an agent noun after an article ("to a local kiln master, Genzō Ueda."): -er, -or, -ist …
    return noun.endswith(AGENT_ENDINGS) and len(noun) >= 5 and any(t.lower in ("a", "an", "the") for t in before[-5:-1])


AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
OWN_KIN_AFTER_RE = textre.compile(r" and (?:his|her) (?:two |three |four |five )?(?P<noun>\p{Ll}+)\b")


OBJECT_PRONOUNS = frozenset({"him", "them", "me", "us"})  # ("her" is among the object determiners)


def verb_with_object(doc, k: int, lex) -> bool:
    """Is token k a verb in -s with its object after it ("teaches the dombra", "unlocks a
    classroom", "catches them")? Not a plural noun ("Chelsea fans cheered"), nor a bare verb
    ("The grape Areni Noir grows here")."""
    tokens, texts = doc.tokens, doc.token_texts
    verb = texts[k]
    return (
        verb.islower() and verb.endswith("s") and not verb.endswith("ss") and k + 1 < len(tokens)
        and (texts[k + 1] in lex["object_determiners"] or texts[k + 1] in OBJECT_PRONOUNS)
        and doc.text[tokens[k].end : tokens[k + 1].start] == " "
    )


def follows_person_verb(doc, k: int, lex) -> bool:
    """Does token k come, after one space, right after a verb that takes a person ("asked Malia",
    "met Lovette Simmons")?"""
    tokens = doc.tokens
    return k >= 1 and doc.token_texts[k - 1] in lex["person_object_verbs"] and doc.text[tokens[k - 1].end : tokens[k].start] == " "


def after_person_verbs(doc, lex):
    """The indices of capitalised words, alone, right after a verb that takes a person
    ("asked Malia whether …", "told Mele that …")."""
    texts = doc.token_texts
    for k in itertools.compress(range(1, len(texts)), map(lex["person_object_verbs"].__contains__, texts[:-1])):
        if texts[k][:1].isupper() and follows_person_verb(doc, k, lex) and not in_run(doc, k):
            yield k


APPOSITION_OPENERS = (", a ", ", an ", ", the ", ", who ")


def lone_speakers(doc) -> tuple[frozenset[str], frozenset[str]]:
    """Capitalised words standing alone where only a person stands: before a speech verb
    ("Adeyemi said") or an apposition ("Adeyemi, a former nurse,"); and those of them before a
    speech verb (an apposition also follows a place: "Areni, a village …")."""
    lex = lexicon()
    speech, not_first = lex["speech_verbs"], lex["not_first_names"]
    tokens, text = doc.tokens, doc.text
    out, speaking = set(), set()
    for i in _before_speech_or_apposition(doc, speech):
        tok = tokens[i]
        # a speech verb after one space, or an apposition opener (all start with a comma)
        c = text[tok.end]
        aged = False
        if c == " ":
            nxt = tokens[i + 1]
            if not (nxt.lower in speech and nxt.start == tok.end + 1):
                continue
        elif c != "," or not (text.startswith(APPOSITION_OPENERS, tok.end) or (aged := past_age(text, tok.end) != tok.end)):
            continue
        if tok.lower not in not_first and not in_run(doc, i):
            out.add(bare_name(tok.text)[0])
            if c == " " or aged:
                speaking.add(tok.text)  # (an age in commas, "Yusmary, 41,", is a person's too)
    return frozenset(out), frozenset(speaking)


def _before_apposition(doc) -> set[int]:
    """The tokens that end where an apposition opener (", a ", ", who ") starts, found by string
    searches."""
    ends, text = doc.token_ends, doc.text
    found: set[int] = set()
    for opener in APPOSITION_OPENERS:
        at = text.find(opener)
        while at != -1:
            k = bisect.bisect_left(ends, at)
            if k < len(ends) and ends[k] == at:
                found.add(k)
            at = text.find(opener, at + 1)
    return found


def _between_commas_after_noun(doc) -> list[int]:
    """The capitalised tokens set off by commas right after a lower-case noun that a determiner
    opens, past at most two modifiers ("the new intern, Jonas,", "his assistant, Tomasz,"), or
    after "of them" ("One of them, Andriy,"), found by a string search for ", " before each
    capital."""
    tokens, texts, text = doc.tokens, doc.token_texts, doc.text
    found = []
    for k in doc.capitalised:
        if k < 2 or k + 1 >= len(tokens) or text[tokens[k - 1].end : tokens[k].start] != ", " or text[tokens[k].end : tokens[k].end + 2] != ", ":
            continue
        if not texts[k - 1].replace("-", "").isalpha() or not texts[k - 1].islower():
            continue  # (a compound noun too: "her sous-chef, Marco,")
        if texts[k - 1] in ("them", "us") and texts[k - 2] == "of":
            found.append(k)  # "One of them, Andriy, later admitted …"
            continue
        for j in range(k - 2, max(-1, k - 5), -1):
            word = texts[j].lower()
            if word in DETERMINERS_BEFORE_NOUN:
                found.append(k)
                break
            if not texts[j].isalpha() or not texts[j].islower() or text[tokens[j].end : tokens[j + 1].start] != " ":
                break
    return found


def _before_speech_or_apposition(doc, speech) -> list[int]:
    """The capitalised tokens, but the last, followed by a speech verb or ending where an
    apposition opener (", a ") starts, in order: found with whole-list operations and string
    searches instead of a look at every capital."""
    ends, text = doc.token_ends, doc.text
    opening = _before_apposition(doc)
    for m in textre.finditer(AGE_RE, text):  # "Yusmary, 41, studied …"
        k = bisect.bisect_left(ends, m.start())
        if k < len(ends) and ends[k] == m.start():
            opening.add(k)
    found = capitals_before(doc, speech) | opening.intersection(doc.capitalised)
    found.discard(len(ends) - 1)
    return sorted(found)


def named_alone_as_person(doc, run, speakers: tuple[frozenset[str], frozenset[str]]) -> bool:
    """ "Folake Adeyemi won …" is a person when "Adeyemi said" (or "Adeyemi, a nurse,") follows,
    or, in a feature that goes by the first name, "Deisy says" ("… her cousin Deisy Palacios")."""
    lex = lexicon()
    alone, speaking = speakers
    return (
        2 <= len(run) <= 3
        and (bare_name(run[-1].text)[0] in alone or run[0].text in speaking)
        and not any(t.lower in lex["not_first_names"] for t in run)
    )


# a sentence's opening preposition of place, capitalised and so joined to the run of names after it
PLACE_OPENERS = frozenset({"In", "At", "From", "Near"})


def opening_place(opener, word) -> bool:
    """"In Paris" of "In Paris Wróblewski met …": a sentence's opening preposition and a known
    place (a city or country of rules/countries.toml, or a place also a given name)."""
    return opener.text in PLACE_OPENERS and (word.lower in country_words()[0] or word.lower in lexicon()["places_named_like_people"])


def after_other_given_name(doc, i: int) -> bool:
    """Is token i a surname written after another capitalised word inside a sentence ("the
    guitarist Njaka Rakotomalala"), so the name of someone else of that family? (Not after a
    title, nor at a sentence's start: "Dr. Rakotomalala", "Later Rakotomalala said".)"""
    if i < 2:
        return False
    tokens, text = doc.tokens, doc.text
    prev = tokens[i - 1]
    if not prev.text[0].isupper() or text[prev.end : tokens[i].start] != " ":
        return False
    lex = lexicon()
    if prev.lower in lex["honorifics"] or prev.lower in lex["roles"] or prev.lower in lex["noun_gender"] or prev.lower in lex["not_first_names"]:
        return False
    if opening_place(tokens[i - 2], prev):
        return False  # "In Paris Wróblewski met": a place, not his given name
    before = text[tokens[i - 2].end : prev.start]
    return before == " " and tokens[i - 2].text[-1:].isalpha()  # a word, not a stop, before it


WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
DAY_OPENERS = frozenset("every on last next each".split())


def in_run(doc, i: int) -> bool:
    """Is token i next to another capitalised word ("São Paulo"), so not a first name alone? (A
    conjunction that opens the sentence before it does not count: "When Dalia found out"; nor a
    day of the week: "Every Sunday Dmitri calls his mother".)"""
    tokens, text = doc.tokens, doc.text
    if i > 0 and tokens[i - 1].text[0].isupper() and text[tokens[i - 1].end : tokens[i].start] == " ":
        return tokens[i - 1].lower not in CLAUSE_BREAKERS and tokens[i - 1].lower not in WEEKDAYS
    return i + 1 < len(tokens) and tokens[i + 1].text[0].isupper() and text[tokens[i].end : tokens[i + 1].start] == " "
