"""The fast paths of the shared analysis and the passes give what the plain versions give.

Each fast path (whole-list token building, a word-list search before a set is built, a character
set asked before a regex scan, first-word filters in the lexicon) is compared here with the
straightforward computation it replaces, on texts chosen to hit the edges.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from repair import textre
from repair.document import ABBREVIATIONS, WORD_RE, Document
from repair.passes import encoding, lexicon, names, patterns, rarity, untranslated

TEXTS = [
    "",
    "word",
    "  The council met on Monday.  It said little.\n",
    "Ünïcödé naïve café — “quoted” l’été, rock-’n’-roll, 3,5 km and 1.000.000 people.",
    "İstanbul’s ΟΔΟΣ.Α and ǅemal: x2 H₂O ²³ ß straße 'tis",
    "\ufeffa\r\nb\u0301c d\u00a0e  \t f-g -h h- 'i' 9a a9",
    "Dr. Smith met Mr.Jones at 5 p.m. on Jan. 3. He left. e.g. this. U.S. troops.",
]


def reference_tokens(text):
    return [(m.start(), m.end(), m.group(), m.group().lower()) for m in textre.finditer(WORD_RE, text)]


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_are_the_word_pattern_matches(text):
    doc = Document(text)
    assert [tuple(t) for t in doc.tokens] == reference_tokens(text)
    assert all(text[t.start : t.end] == t.text for t in doc.tokens)
    assert doc.token_starts == [t.start for t in doc.tokens]
    assert doc.token_texts == [t.text for t in doc.tokens]
    assert doc.token_lowers == [t.lower for t in doc.tokens]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \n\taZé\u0301’'-.,9٣ӀΣ(", max_size=40))
def test_tokens_from_runs_are_the_word_pattern_matches_for_any_text(text):
    assert [tuple(t) for t in Document(text).tokens] == reference_tokens(text)


@pytest.mark.parametrize("text", TEXTS)
def test_vocabulary_counts_in_order_of_first_occurrence(text):
    counts: dict[str, int] = {}
    for t in reference_tokens(text):
        counts[t[3]] = counts.get(t[3], 0) + 1
    vocabulary = Document(text).vocabulary
    assert type(vocabulary) is dict
    assert list(vocabulary.items()) == list(counts.items())


def slow_is_abbreviation(text, dot):
    """The plain version: walk back over letters and dots, at most 12 characters."""
    i, lo = dot, max(0, dot - 12)
    while i > lo and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower().strip(".")
    return bool(word) and (word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()))


def test_abbreviation_test_agrees_with_the_character_walk():
    rng = random.Random(7)
    pieces = ["a", "b", "mr", "Dr", "e", "g", "u", "s", "jan", "approx", "p", "m", ".", " ", "  ", "1", "’", "é",
              "\u0301", "\n", "(", "sept"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) + "."
        dot = len(text) - 1
        assert Document(text)._is_abbreviation(dot) == slow_is_abbreviation(text, dot), repr(text)


def test_word_list_search_agrees_with_the_set():
    words = rarity.WordList("300 the of\n250 sigil a-b\n120 zebra\n")
    assert words.as_set() == frozenset({"300", "the", "of", "250", "sigil", "a-b", "120", "zebra"})
    probes = ["the", "of", "sigil", "sigils", "sig", "a-b", "a", "zebra", "zebr", "300", "30", "250 sigil", "", " the", "he"]
    fresh = rarity.WordList("300 the of\n250 sigil a-b\n120 zebra\n")
    for word in probes:  # fewer than SEARCH_LIMIT: all answered by search
        assert (word in fresh) == (word in words.as_set()), word
    assert fresh._set is None


def test_common_word_lists_search_and_set_agree():
    common, everyday = rarity._common_lists()
    sample = sorted(common.as_set())[::997] + sorted(everyday.as_set())[::499]
    sample += ["zzqx", "sigils", "Monday", "300", "the", "splint"]
    for words in (common, everyday):
        searching = rarity.WordList(words._text[1:-1])
        for w in sample[: rarity.WordList.SEARCH_LIMIT]:
            assert (w in searching) == (w in words.as_set()), w
    assert rarity.everyday_words() < rarity.common_words()


@pytest.mark.parametrize("text", TEXTS + ["x" * 3000 + "\x07", "a &amp; b", "Navаlny", "x" * 3000 + "Единая"])
def test_distinct_characters_answer_one_character_patterns_like_the_text(text):
    doc = Document(text)
    assert sorted(doc.characters) == sorted(set(text))
    for pattern in (encoding.SUSPECT_RE, untranslated.FOREIGN_LETTER_RE):
        assert bool(textre.search(pattern, doc.characters)) == bool(textre.search(pattern, text))


def slow_find_term(words, lo, hi, terms, skip):
    for i in range(lo, hi):
        if i in skip:
            continue
        for term in terms:
            if lexicon._term_matches(words, i, term) and not any(j in skip for j in range(i, i + len(term))):
                return " ".join(words[i : i + len(term)])
    return None


def test_lexicon_term_search_agrees_with_the_plain_scan():
    rng = random.Random(3)
    vocab = ["shot", "shots", "kill", "killed", "the", "by", "magic", "sigil", "back", "in"]
    term_pool = [("shot",), ("kill*",), ("the", "back"), ("in", "the*"), ("*",), ("magic",), ("by", "kill*")]
    for _ in range(2000):
        words = [rng.choice(vocab) for _ in range(rng.randint(0, 12))]
        terms = tuple(rng.sample(term_pool, rng.randint(1, 3)))
        lo = rng.randint(0, len(words))
        hi = rng.randint(lo, len(words))
        a = rng.randint(0, max(0, len(words) - 1))
        skip = range(a, a + rng.randint(0, 2))
        assert lexicon._find_term(words, lo, hi, terms, skip) == slow_find_term(words, lo, hi, terms, skip)


def test_a_small_file_needs_no_english_dictionary(monkeypatch):
    from repair import engine
    from repair.config import Config

    def unavailable():
        raise AssertionError("the dictionary was loaded")

    monkeypatch.setattr(names, "dictionary", unavailable)
    # one capitalised non-trivial word and no lower-cased capital: nothing to look up
    engine.check("The council met on Monday.  It said little.\n", Config(grammar="off"))


def test_capitalised_words_from_the_tokens_are_those_of_the_patterns():
    rng = random.Random(5)
    pieces = ["A", "Bo", "c", " ", "  ", "\u00a0", ",", ";", ")", "%", "’", "'", "-", "1", ".", "É", "\u0301", "\n", "Ab-Cd", "٣", "ǅ"]
    texts = TEXTS + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    capitalised = textre.compile(names.CAPITALISED)
    mid_sentence = textre.compile(names.MID_SENTENCE_CAPITALISED)
    for text in texts:
        found = names._capitalised_words(Document(text))
        assert [w for w, _ in found] == capitalised.findall(text), repr(text)
        assert [w for w, mid in found if mid] == mid_sentence.findall(text), repr(text)


def test_suspect_lines_from_the_distinct_characters_are_those_of_the_scan():
    rng = random.Random(11)
    pieces = ["a", "é", "Ã©", "&amp;", "&", "\x07", "\ufeff", "\n", " ", "Р°", "’", "ﬁ", "x"]
    texts = TEXTS + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(3000)]
    for text in texts:
        assert encoding.suspect_lines(text, Document(text).characters) == encoding.suspect_lines(text), repr(text)


def test_required_substring_search_agrees_with_in():
    rng = random.Random(7)
    alphabet = " (a?.\t”\u00a0"
    for _ in range(5000):  # long enough texts to pass the anchor's few tries
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        needle = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3)))
        (_, k), = patterns._anchored((needle,))
        assert patterns._contains(text, needle, k) == (needle in text), (text, needle)


def test_short_mentions_from_the_picked_tokens_are_those_of_every_capitalised_token(monkeypatch):
    from repair import entities

    rng = random.Random(3)
    pieces = ["Karim said", "Karim", "Karim’s", "Olga Petrova", "Petrova", "Petrova's", "Petrovo", "Petrovas",
              "Anna", "Anna Berg", "Berg told", "Ms. Berg", "his mother", "In Paris", ". ", ", ", " and ", "The"]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 25))) + "." for _ in range(400)]

    def mentions(text):
        return [(p.name, [(m.start, m.end, m.kind) for m in p.mentions]) for p in Document(text).entities.people]

    picked = [mentions(t) for t in texts]
    every = lambda doc, *_: sorted(doc.capitalised)  # a sorted list is a heap
    monkeypatch.setattr(entities, "_short_mention_candidates", every)
    assert [mentions(t) for t in texts] == picked


def test_lone_speakers_from_the_picked_tokens_are_those_of_every_capital():
    from repair import entities

    def every_capital(doc):  # the plain walk the picked tokens replace
        lex = entities.lexicon()
        speech, not_first = lex["speech_verbs"], lex["not_first_names"]
        tokens, text, out = doc.tokens, doc.text, set()
        for i in doc.capitalised:
            if i == len(tokens) - 1:
                break
            tok, c = tokens[i], doc.text[tokens[i].end]
            if c == " ":
                if not (tokens[i + 1].lower in speech and tokens[i + 1].start == tok.end + 1):
                    continue
            elif c != "," or not text.startswith(entities.APPOSITION_OPENERS, tok.end):
                continue
            if tok.lower not in not_first and not entities._in_run(doc, i):
                out.add(entities._bare(tok.text)[0])
        return frozenset(out)

    rng = random.Random(4)
    pieces = ["Adeyemi", "Adeyemi’s", "said", "told", ", a nurse", ", the chief", ", who", ",  a", "Kemi Adeyemi",
              " ", ".", "\n", "Lagos", "and", "She"]
    for _ in range(1500):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 20)))
        doc = Document(text)
        assert entities._lone_speakers(doc) == every_capital(doc), repr(text)


def test_the_backward_domain_exception_matches_what_the_forward_one_does():
    forward = textre.compile(r"\S+\.(?:com|org|net|io|gov|edu)\b")
    backward = textre.compile(r"(?r)\S+\.(?:com|org|net|io|gov|edu)\b")
    rng = random.Random(8)
    pieces = ["a", "b", ".", "com", "org", " ", "\n", "x.com", "www.", "io", "é"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        assert sorted(m.span() for m in forward.finditer(text)) == sorted(m.span() for m in backward.finditer(text)), text


def test_lone_subject_names_from_the_picked_capitals_are_those_of_every_token():
    from repair import entities

    def every_token(doc):  # the plain version: every token, both tests in Python
        lex = entities.lexicon()
        counts = {}
        for i, t in enumerate(doc.tokens):
            nxt = doc.tokens[i + 1].lower if i + 1 < len(doc.tokens) else None
            if t.text[:1].isupper() and (nxt in lex["subject_verbs"] or t.text.endswith(("’s", "'s"))):
                bare = entities._bare(t.text)[0]
                if bare.lower() not in lex["not_first_names"] and not entities._in_run(doc, i):
                    counts[bare] = counts.get(bare, 0) + 1
        places = entities.country_words()[0]
        return frozenset(n for n, k in counts.items() if k >= 2 and n.lower() not in places and entities.is_first_name(n))

    rng = random.Random(9)
    pieces = ["Ryan", "Ryan’s", "Ryan's", "was", "said", "died", "and", "Mary", "Mary’s", "home", "America", "’s", ".", " ", "\n"]
    for _ in range(1500):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 18)))
        doc = Document(text)
        assert entities._lone_subject_names(doc, entities.lexicon(), [], frozenset()) == every_token(doc), text
