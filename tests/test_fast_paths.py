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
    if i > 0 and text[i - 1].isdigit():
        return False  # the ending of a number ("1970s.")
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
    monkeypatch.setattr(entities, "short_mention_candidates", every)
    assert [mentions(t) for t in texts] == picked


def test_lone_speakers_from_the_picked_tokens_are_those_of_every_capital():
    from repair import person_context as entities  # (where a capitalised word stands)

    def every_capital(doc):  # the plain walk the picked tokens replace
        lex = entities.lexicon()
        speech, not_first = lex["speech_verbs"], lex["not_first_names"]
        tokens, text, out, speaking = doc.tokens, doc.text, set(), set()
        for i in doc.capitalised:
            if i == len(tokens) - 1:
                break
            tok, c = tokens[i], doc.text[tokens[i].end]
            aged = False
            if c == " ":
                if not (tokens[i + 1].lower in speech and tokens[i + 1].start == tok.end + 1):
                    continue
            elif c != "," or not (text.startswith(entities.APPOSITION_OPENERS, tok.end) or (aged := entities.past_age(text, tok.end) != tok.end)):
                continue
            if tok.lower not in not_first and not entities.in_run(doc, i):
                out.add(entities.bare_name(tok.text)[0])
                if c == " " or aged:
                    speaking.add(tok.text)
        return frozenset(out), frozenset(speaking)

    rng = random.Random(4)
    pieces = ["Adeyemi", "Adeyemi’s", "said", "told", ", a nurse", ", the chief", ", who", ",  a", "Kemi Adeyemi",
              " ", ".", "\n", "Lagos", "and", "She", ", 41, ", ", 41,", ", 2004, "]
    for _ in range(1500):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 20)))
        doc = Document(text)
        assert entities.lone_speakers(doc) == every_capital(doc), repr(text)


def test_the_backward_domain_exception_matches_what_the_forward_one_does():
    forward = textre.compile(r"\S+\.(?:com|org|net|io|gov|edu)\b")
    backward = textre.compile(r"(?r)\S+\.(?:com|org|net|io|gov|edu)\b")
    rng = random.Random(8)
    pieces = ["a", "b", ".", "com", "org", " ", "\n", "x.com", "www.", "io", "é"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        assert sorted(m.span() for m in forward.finditer(text)) == sorted(m.span() for m in backward.finditer(text)), text


def test_lone_subject_names_from_the_picked_capitals_are_those_of_every_token():
    from repair import person_context as entities  # (where a capitalised word stands)

    def every_token(doc):  # the plain version: every token, both tests in Python
        lex = entities.lexicon()
        counts, opening = {}, set()
        firsts = [min((i for i, t in enumerate(doc.tokens) if t.start >= sent.start), default=None) for sent in doc.sentences]
        for i, t in enumerate(doc.tokens):
            nxt = doc.tokens[i + 1].lower if i + 1 < len(doc.tokens) else None
            opens = i in firsts
            past = opens and nxt is not None and nxt.endswith("ed") and doc.tokens[i + 1].text.islower() and doc.tokens[i + 1].start == t.end + 1
            if t.text[:1].isupper() and (nxt in lex["lone_subject_verbs"] or t.text.endswith(("’s", "'s")) or past):
                bare = entities.bare_name(t.text)[0]
                if bare.lower() not in lex["not_first_names"] and not entities.in_run(doc, i):
                    counts[bare] = counts.get(bare, 0) + 1
                    if opens and (i + 1 == len(doc.tokens) or doc.text[t.end : doc.tokens[i + 1].start] in (" ", "")):
                        opening.add(bare)
        places = entities.country_words()[0]
        names = {n for n in counts if n.lower() not in places and n.lower() not in lex["places_named_like_people"] and entities.is_first_name(n)}
        once = {n for n in names if counts[n] == 1 and n in opening and entities.one_gender(n) and n.lower() not in lex["everyday_word_names"]}
        texts = [entities.bare_name(t.text)[0] if t.text.endswith(("’s", "'s")) else t.text for t in doc.tokens]
        return frozenset(n for n in names if counts[n] >= 2) | once, frozenset(n for n in once if texts.count(n) == 1)

    rng = random.Random(9)
    pieces = ["Ryan", "Ryan’s", "Ryan's", "was", "said", "died", "bought", "finished", "and", "Mary", "Mary’s", "Hope", "home", "America", "’s", ".", " ", "\n"]
    for _ in range(1500):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 18)))
        doc = Document(text)
        assert entities.lone_subject_names(doc, entities.lexicon(), [], frozenset()) == every_token(doc), text


# --- scans replaced by str.find and look-ups at each candidate ----------------------------------

# Pieces that put sentence stops, line breaks, brackets and quote marks next to everything that
# decides a match: spaces of each kind (\x1c is a space to str.isspace but not to \s), closers,
# letters, digits, abbreviations, the text's ends.
SCAN_PIECES = ["a", "Bo", "mr", "Dr", "e.g", "U.S", "3", "٣", ".", "..", "!", "?", "…", "?!", " ", "  ", "\t", "\n",
               "\r\n", "\r", "\n\n", " \n \n", "\x0b", "\x1c", "\u00a0", '"', "'", "“", "”", "‘", "’", "„", "«", "»",
               ")", "]", "(", "[", "( )", "[]", "é", "x\u0301", "-", ",", ":", "`"]


def random_texts(seed: int, n: int, pieces=SCAN_PIECES, most: int = 30) -> list[str]:
    rng = random.Random(seed)
    return TEXTS + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


def test_char_positions_are_those_of_the_class_scan():
    for text in random_texts(21, 2000):
        for chars in ("[]()", ".!?…", "\r\n", "“”„«»\"‘’'"):
            scan = textre.compile("[" + "".join("\\" + c for c in chars) + "]")
            assert textre.char_positions(text, chars) == [m.start() for m in scan.finditer(text)], repr(text)


def plain_paragraphs(text):
    from repair.document import BOM, PARAGRAPH_BREAK_RE

    spans, pos = [], 0
    for m in textre.finditer(PARAGRAPH_BREAK_RE, text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for a, b in spans:
        while a < b and (text[a].isspace() or text[a] == BOM):
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def plain_sentences(doc):
    """The plain version: a scan of each paragraph with the sentence-end pattern."""
    from repair.document import SENTENCE_END_RE

    text, out = doc.text, []
    for para in doc.paragraphs:
        start, para_end = para.start, para.end
        for m in textre.finditer(SENTENCE_END_RE, text, start, para_end):
            stop, end = m.span()
            if text[stop] == "." and doc._is_abbreviation(stop):
                continue
            nxt = end
            while nxt < para_end and text[nxt].isspace():
                nxt += 1
            if nxt < para_end and text[nxt].islower():
                continue
            out.append((start, end))
            start = nxt
        if start < para_end:
            out.append((start, para_end))
    return out


def test_paragraphs_and_sentences_from_the_stops_are_those_of_the_scans():
    for text in random_texts(13, 4000):
        doc = Document(text)
        assert [(p.start, p.end) for p in doc.paragraphs] == plain_paragraphs(text), repr(text)
        assert [(s.start, s.end) for s in doc.sentences] == plain_sentences(doc), repr(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \n\r\t\x0b\x1caB.!?…\"”’)]é", max_size=40))
def test_paragraphs_and_sentences_agree_with_the_scans_for_any_text(text):
    doc = Document(text)
    assert [(p.start, p.end) for p in doc.paragraphs] == plain_paragraphs(text)
    assert [(s.start, s.end) for s in doc.sentences] == plain_sentences(doc)


def test_quote_marks_from_the_candidates_are_those_of_the_scan():
    from repair.analysis import quotes

    def plain_marks(doc):
        text, paragraphs = doc.text, doc.paragraphs
        out = [[] for _ in paragraphs]
        pi = 0
        for m in textre.finditer(quotes.MARK_RE, text):
            at = m.start()
            while pi < len(paragraphs) and paragraphs[pi].end <= at:
                pi += 1
            if pi == len(paragraphs):
                break
            if at < paragraphs[pi].start or (doc.verbatim and doc.in_verbatim(at, at + 1)):
                continue
            out[pi].append((at, m.group()))
        return out

    for text in random_texts(17, 4000) + ["See `it’s` and http://x.org/a'b, 'c.' “d”"]:
        doc = Document(text, "t.md")
        assert quotes._marks_by_paragraph(doc) == plain_marks(doc), repr(text)


def test_bracket_checks_without_the_scans_find_what_the_scans_find():
    from repair.passes import brackets

    def plain_empty(doc):  # without the look after each opening bracket
        text, out = doc.text, []
        for m in textre.finditer(brackets.EMPTY_RE, text):
            start, end = m.start(), m.end()
            line_start = text.rfind("\n", 0, start) + 1
            if not text[line_start:start].strip(" \t-*+>0123456789."):
                continue
            if start > 0 and text[start - 1] == " " and (end == len(text) or text[end] in " .,;:!?"):
                start -= 1
            out.append((m.start(), m.end(), start, end))
        return out

    def plain_unbalanced(doc):  # positions and marks as the scan with a character class gives them
        return [(m.start(), m.group()) for m in textre.finditer(r"[\[\]()]", doc.text)]

    pieces = SCAN_PIECES + ["- [ ] x", "1) a", ":)", "(a", "b)", "[c", "x (\t) y", "[\t ]", "( ]"]
    for text in random_texts(19, 3000, pieces):
        doc = Document(text)
        found = [(f.start, f.end, f.fix.edits[0].start, f.fix.edits[0].end) for f in brackets._empty(doc)]
        assert found == plain_empty(doc), repr(text)
        assert [(at, text[at]) for at in textre.char_positions(text, brackets.BRACKETS)] == plain_unbalanced(doc)


def plain_capitalised_words(doc):
    """The plain walk over the capitalised tokens, without the one-space shortcut."""
    text, tokens, out = doc.text, doc.tokens, []
    for i in doc.capitalised:
        start, end, word, _ = tokens[i]
        if doc.verbatim and doc.in_verbatim(start, end):
            continue
        if not start:
            out.append((word, False))
            continue
        before = text[start - 1]
        if before not in names.SPACES:
            if before not in names.GLUED_BEFORE and not names._word_or_mark(before):
                out.append((word, False))
            continue
        j = start - 1
        while j >= 0 and start - j <= 4 and text[j] in names.SPACES:
            j -= 1
        spaces = start - 1 - j
        mid = 1 <= spaces <= 3 and j >= 0 and (text[j] in names.MID_SENTENCE_BEFORE or names._word_or_mark(text[j]))
        out.append((word, mid))
    return out


def test_capitalised_words_with_the_one_space_shortcut_are_those_of_the_walk():
    pieces = ["A", "Bo", "c", " ", "  ", "\u00a0", ",", ";", ")", "%", "’", "'", "-", "1", ".", "!", "?", ":", '"',
              "”", "“", "É", "\u0301", "\n", "Ab-Cd", "٣", "ǅ", "ⅰ", "Ⅻ"]
    for text in random_texts(23, 4000, pieces):
        doc = Document(text)
        assert names._capitalised_words(doc) == plain_capitalised_words(doc), repr(text)


def plain_rarity(doc, config):
    """The plain version of the rarity pass: every test at the candidate's token, in order."""
    from repair.passes import lexicon

    rule = rarity.rules.rule(rarity.RULE_ID)
    max_zipf = float(rule.data.get("max_zipf", rarity.COMMON_FLOOR))
    min_length = int(rule.data.get("min_length", 4))
    vocabulary = doc.vocabulary
    common = rarity._common_lists()[0].as_set()
    allowed = {w.lower() for w in config.allow_words}
    text, out, sorted_words = doc.text, [], sorted(vocabulary)
    explained = [(f.start, f.end) for f in lexicon.findings_for(doc, config) if config.rule_enabled(f.rule, doc.path)]
    for tok in doc.tokens:
        word = tok.text
        if vocabulary[tok.lower] != 1 or len(tok.lower) < min_length or tok.lower in common:
            continue
        if not word.islower() or (not word.isalpha() and any(c.isdigit() for c in word)) or word in common:
            continue
        rare = [p for p in rarity._parts(word) if len(p) >= min_length and p not in common]
        if not rare or word in allowed or vocabulary.get(word, 0) > 1:
            continue
        if any(p in allowed for p in rare) or rarity._technical(text, tok.start, tok.end):
            continue
        if any(rarity._relatives(p, sorted_words) > 1 or vocabulary.get(p, 0) > int(p == word) for p in rare):
            continue
        if any(rarity._regular_formation(p) for p in rare):
            continue
        rare = [p for p in rare if 0.0 < rarity.zipf(p) < max_zipf]
        if rare and not any(s < tok.end and tok.start < e for s, e in explained):
            out.append((tok.start, tok.end, rarity._evidence(word, rare[0], max_zipf)))
    return out


def test_rarity_with_the_word_tests_first_flags_what_the_token_walk_flags():
    from repair.config import Config

    d = rarity._rare_dict()
    rare_words = sorted(w for w in d if w.isalpha() and 5 <= len(w) <= 9)[::4001][:12]
    pieces = rare_words + ["quoits", "Quoits", "QUOITS", "sigils", "sigil", "gallimaufry2024", "outspend", "showdowns",
                           "the", "shot", "by", "sigil-quoits", "quoits’s", "Σigils", "quOits", "sIgils", "/", "@", ".", ". ", ", ", "\n\n",
                           "example.org", "tranche", "exstrenuously", "quoits"]
    rng = random.Random(29)
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 25))) for _ in range(600)]
    configs = [Config(grammar="off"), Config(grammar="off", allow_words=("Quoits", rare_words[0]))]
    for text in texts:
        for config in configs:
            doc = Document(text)
            found = [(f.start, f.end, f.explanation) for f in rarity.run(doc, config)]
            assert found == plain_rarity(Document(text), config), repr(text)


def test_variant_pairs_by_shared_keys_are_all_pairs_one_edit_apart():
    rng = random.Random(31)
    letters = "KkaoivnrsA"
    for size in [2, 5, 12, 40, 80]:  # beyond SMALL_GROUP the groups are split by deletion keys
        for _ in range(60 if size < 40 else 8):
            seed = "".join(rng.choice(letters) for _ in range(rng.randint(5, 8)))
            forms = {seed}
            while len(forms) < size:  # many near variants of a few shapes: most pairs are candidates
                form = list(rng.choice(sorted(forms)))
                k = rng.randrange(len(form))
                op = rng.randrange(4)
                if op == 0:
                    form[k] = rng.choice(letters)
                elif op == 1 and len(form) > 5:
                    del form[k]
                elif op == 2:
                    form.insert(k, rng.choice(letters))
                elif k + 1 < len(form):
                    form[k], form[k + 1] = form[k + 1], form[k]
                forms.add("".join(form))
            forms = sorted(forms)
            every = {(a, b) for a in forms for b in forms if a < b and names._variants(a, b)}
            assert names._variant_pairs(forms) == every, forms


def test_a_check_leaves_no_reference_cycles():
    """engine.check holds the cyclic garbage collector off while it runs: that loses nothing only
    while a check makes no reference cycles, which reference counting cannot free."""
    import gc
    from pathlib import Path

    from repair import engine
    from repair.config import Config

    root = Path(__file__).parent.parent
    texts = TEXTS + [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").iterdir()) if p.is_file()]
    config = Config(grammar="off")
    for text in texts:  # first runs load word lists and rules, which stay
        engine.check(text, config)
    collecting = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        for text in texts:
            engine.check(text, config)
            engine.fix(text, config)
        assert gc.collect() == 0
    finally:
        if collecting:
            gc.enable()


def test_required_substrings_asked_once_per_document_agree_with_in():
    rng = random.Random(37)
    alphabet = " (a?.\t”\u00a0“"
    needles = patterns._anchored(tuple({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3))) for _ in range(40)}))
    for _ in range(1500):
        doc = Document("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))))
        found: dict[str, bool] = {}
        for needle, k in needles + needles:  # the second time from `found`
            assert patterns._holds(doc, needle, k, found) == (needle in doc.text), (doc.text, needle)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=()), max_size=60) | st.text(alphabet="ab \n\x00\x7f\x80é’😀\ud800\udfff", max_size=30))
def test_distinct_characters_are_the_set_of_the_text_for_any_text(text):
    characters = Document(text).characters
    assert len(characters) == len(set(characters)) and set(characters) == set(text)


def test_traces_before_a_position_are_those_of_the_walk_back_from_the_trails_end():
    from repair.analysis.attribution import Attributor
    from repair.analysis.clause_words import PRONOUN_FORMS

    text = (
        "Anna Berg met Tomas Reid in 1990. She said he was kind. “He never shouted,” she said.\n\n"
        "Reid, a teacher, said his pupils loved her. “She was strict,” he said of Berg."
    )
    doc = Document(text)
    attributor = Attributor(doc, doc.entities, [p.verdict() for p in doc.entities.people])
    attributor.run([t for t in doc.tokens if t.text in PRONOUN_FORMS])
    traces = attributor.traces
    assert [tr.pos for tr in traces] == sorted(tr.pos for tr in traces)  # the trail is in text order
    for pos in range(0, len(text) + 2, 7):
        assert list(attributor._traces_before(pos)) == [tr for tr in reversed(traces) if tr.pos < pos]


def test_later_mentions_of_a_name_are_those_a_search_to_the_end_finds():
    from repair.person_context import push_later

    doc = Document("Karim said yes. Later Karim's son came. Ana and Karim left. Karim, 40, stayed. KARIM")
    texts = doc.token_texts
    for after in range(-1, len(texts)):
        heap, where = [], {}
        push_later(doc, heap, "Karim", after, where)
        expected = [j for j, t in enumerate(texts) if j > after and t in ("Karim", "Karim’s", "Karim's")]
        assert sorted(heap) == expected
