"""Names: one person or place spelled two ways, and proper nouns written in lower case.

MT transliterates a name afresh in each sentence, so one document can carry "Thorstrom" and
"Torstrom", "Palyuga" and "Paluga". The pass takes the capitalised words that are not English
dictionary words (names, mostly), groups the forms one edit apart (a letter added, dropped,
changed or two swapped), and suggests the form the document uses most. Only a suggestion: two
real people can have names one letter apart.

MT also lower-cases names ("alexey navalny") when a segment came through without its casing. A
lower-case word that the document writes capitalised in mid-sentence, and that is no English
dictionary word, is given its capitals back. Common words capitalised at a sentence start or in
a heading do not count as evidence: only a capital in mid-sentence does.

The English dictionary is Webster's Second (public domain) as shipped by the english-words
package; the rarity pass's frequency bands (from wordfreq) tell frequent modern words (app, euro) from rare names.
"""

from __future__ import annotations

import functools
import importlib.util
import unicodedata
from collections import Counter

import regex

from .. import rules, textre
from ..model import Applicability, Edit, Finding

NAME = "names"

# Characters that glue a word into a URL, an e-mail address, a handle or a code span.
GLUE = set("./@#_\\`:=&?*")
# What this pass counts, as patterns: a word as Document.tokens cuts it, starting with a capital
# not glued to a word, number, mark, apostrophe or hyphen before it; and the same after a word, a
# number, a comma or a closing bracket on the same line (one to three spaces between): a capital
# that does not start a sentence, a line, a quotation or a list item, so it marks a proper noun.
# (After an abbreviation such as "St." the capital is not counted: that loses evidence, never
# invents it.) `_capitalised_words` finds the same from the shared tokens, without a scan of its
# own; the tests hold it to these patterns.
_REST = r"[\p{L}\p{M}\p{N}]*(?:['’\-]\p{L}[\p{L}\p{M}\p{N}]*)*"
CAPITALISED = r"\p{Lu}(?<![\p{L}\p{M}\p{N}'’\-]\p{Lu})" + _REST
MID_SENTENCE_CAPITALISED = r"\p{Lu}(?<=[\p{L}\p{M}\p{N},;)%][ \u00a0]{1,3}\p{Lu})" + _REST
GLUED_BEFORE = "'’-"
MID_SENTENCE_BEFORE = ",;)%"
SPACES = " \u00a0"
# Characters that, one space before a capital, show it starts a sentence or a quotation: neither
# spaces, nor word characters or marks, nor in MID_SENTENCE_BEFORE.
SENTENCE_BEFORE = ".!?:\"”"


def _word_or_mark(c: str) -> bool:
    """\\p{L}, \\p{M} or \\p{N}: str.isalnum() is letters and numbers."""
    return c.isalnum() or (not c.isascii() and unicodedata.category(c)[0] == "M")


def _capitalised_words(doc) -> list[tuple[str, bool]]:
    """(word, whether it stands in mid-sentence) for each match of CAPITALISED, in order. A
    walk over the capitalised tokens: a regex scan costs a time-limit check per match."""
    text, tokens = doc.text, doc.tokens
    out = []
    verbatim = doc.verbatim  # code and URLs: a class name such as `Config` is no proper noun
    for i in doc.capitalised:
        start, end, word, _ = tokens[i]
        if verbatim and doc.in_verbatim(start, end):
            continue
        if start >= 2 and text[start - 1] == " ":
            # Most capitals follow one space, and the character before it settles the case
            # without the walk below: a word, a comma (mid-sentence) or a full stop (not).
            c = text[start - 2]
            if c.isalnum() or c in MID_SENTENCE_BEFORE:
                out.append((word, True))
                continue
            if c in SENTENCE_BEFORE:
                out.append((word, False))
                continue
        if not start:
            out.append((word, False))
            continue
        before = text[start - 1]
        if before not in SPACES:  # after a line break, a quotation mark, a dash: no mid-sentence capital
            if before not in GLUED_BEFORE and not _word_or_mark(before):
                out.append((word, False))
            continue
        j = start - 1
        while j >= 0 and start - j <= 4 and text[j] in SPACES:
            j -= 1
        spaces = start - 1 - j
        mid = 1 <= spaces <= 3 and j >= 0 and (text[j] in MID_SENTENCE_BEFORE or _word_or_mark(text[j]))
        out.append((word, mid))
    return out


@functools.cache
def dictionary() -> frozenset[str]:
    """The English word list, each word as the list writes it: common words in lower case
    ("bill"), proper nouns capitalised ("Paris"). Empty when the list is not installed."""
    try:
        from english_words import get_english_words_set
    except ImportError:
        return frozenset()
    return frozenset(get_english_words_set(["web2"], lower=False, alpha=True))


@functools.cache
def _dictionary_installed() -> bool:
    """Whether the word list can be had, without loading it: loading takes longer than checking
    a small file, and most small files never need it."""
    return importlib.util.find_spec("english_words") is not None


def _is_rare(word: str) -> bool:
    """Rarer than once per million words of English (wordfreq's zipf 3.0), from the frequency
    bands the rarity pass ships in rules/rarity/ (no wordfreq import at run time)."""
    from .rarity import is_everyday

    return not is_everyday(word.lower())


# Endings English adds to a dictionary word, with what to put back: "workers" → "worker",
# "cities" → "city", "manufacturing" → "manufacture". The word list has base forms only.
ENDINGS = (
    ("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("ers", ""), ("est", ""), ("es", ""),
    ("ed", ""), ("ed", "e"), ("er", ""), ("ly", ""), ("s", ""), ("men", "man"), ("ren", ""),
)


@functools.lru_cache(maxsize=65536)
def known_word(word: str, entries: frozenset[str], common_only: bool = False) -> bool:
    """The word, or each part of a contraction or compound ("They're", "Armed-Forces"), is in
    the word list, allowing for inflection ("Americans", "workers"). With `common_only`, only
    the list's lower-case entries count: "turkey" is a common word, "paris" is not."""
    lower = word.lower()
    parts = [lower] if lower.isalpha() else [p for p in lower.replace("’", "'").replace("-", "'").split("'") if p]
    return bool(parts) and all(_known_part(p, entries, common_only) for p in parts)


def _known_part(word: str, entries: frozenset[str], common_only: bool) -> bool:
    if len(word) <= 2:
        return True
    stems = [word]
    for ending, back in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            stems.append(stem + back)
            if ending in ("ing", "ed", "er", "est") and len(stem) > 3 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])  # a doubled consonant: "stopped", "running"
    for stem in stems:
        if stem in entries or (not common_only and stem.capitalize() in entries):
            return True
    return False


def run(doc, config):
    text = doc.text
    if not text:
        return
    by_id = {r.id: r for r in rules.rules_of(NAME)}
    if not _dictionary_installed():  # without the word list, common words cannot be told from names
        return
    capitalised: dict[str, int] = {}  # base form → occurrences
    mid_sentence: dict[str, int] = {}  # base form → occurrences in mid-sentence
    for (word, mid), n in Counter(_capitalised_words(doc)).items():
        base = _base(word)
        capitalised[base] = capitalised.get(base, 0) + n
        if mid:
            mid_sentence[base] = mid_sentence.get(base, 0) + n
    rule = by_id.get("names.spelling-variant")
    if rule and config_enabled(config, rule.id):
        yield from _spelling_variants(doc, rule, capitalised)
    rule = by_id.get("names.lowercase-proper-noun")
    if rule and config_enabled(config, rule.id):
        yield from _lowercased(doc, rule, capitalised, mid_sentence)


def config_enabled(config, rule_id: str) -> bool:
    return config is None or config.rule_enabled(rule_id)


def _base(word: str) -> str:
    """The word without a possessive ’s."""
    if word[-1] == "s" and len(word) > 2 and word[-2] in "’'":
        return word[:-2]
    return word


def _occurrences(text: str, word: str):
    """Tokens of exactly `word` (a possessive may follow)."""
    pattern = textre.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’\-]){regex.escape(word)}(?![\p{{L}}\p{{M}}\p{{N}}])")
    return [(m.start(), m.end()) for m in textre.finditer(pattern, text)]


# --- spelling variants ------------------------------------------------------------------------


def _spelling_variants(doc, rule, capitalised):
    names = {
        base: n
        for base, n in capitalised.items()
        if len(base) >= 5 and not base.isupper() and "'" not in base and "’" not in base
    }
    if len(names) < 2:  # checked before the dictionary look-ups, which only remove forms
        return
    words = dictionary()
    if not words:
        return
    names = {base: n for base, n in names.items() if not known_word(base, words)}
    if len(names) < 2:
        return
    pairs = _variant_pairs(names)
    seen: set[str] = set()
    text = doc.text
    spans: dict[str, list[tuple[int, int]]] = {}  # a form's occurrences, scanned for once
    for a, b in sorted(pairs):
        for form in (a, b):
            if form not in spans:
                spans[form] = _occurrences(text, form)
        where = {a: spans[a], b: spans[b]}
        if not where[a] or not where[b]:
            continue
        # More occurrences first; on a tie, the form that appears first.
        rank = {w: (len(spans), -spans[0][0]) for w, spans in where.items()}
        major, minor = (a, b) if rank[a] >= rank[b] else (b, a)
        if minor in seen:
            continue
        seen.add(minor)
        n_major, n_minor = len(where[major]), len(where[minor])
        tie = n_major == n_minor
        for start, _ in where[minor]:
            end = start + len(minor)
            explanation = (
                f"‘{minor}’ ({n_minor}×) and ‘{major}’ ({n_major}×) differ by one letter and neither is "
                "an English word: probably one name transliterated two ways. "
                + (
                    "Both are used equally often; the one used first is suggested."
                    if tie
                    else f"‘{major}’ is the form the document uses most."
                )
                + " Two different people can have names one letter apart, so check before changing."
            )
            yield Finding.of(
                rule,
                text,
                start,
                end,
                edits=(Edit(start, end, major),),
                message=f"‘{minor}’ is spelled ‘{major}’ elsewhere in the document",
                explanation=explanation,
                confidence=0.5 if tie else 0.7,
            )


SMALL_GROUP = 32  # forms compared pair by pair; a larger group is split by deletion keys first


def _variant_pairs(forms) -> set[tuple[str, str]]:
    """Every pair (a, b), a < b, of the forms (five letters or more) that _variants accepts.

    Only forms sharing a key are compared. Two such forms one edit apart with the same first
    letter share their first two letters (an edit further in) or their first letter and last two
    (an edit at the second letter leaves at least the last three alike): two keys a form, and
    most groups hold one form."""
    by_key: dict[str, list[str]] = {}
    for form in forms:
        by_key.setdefault(form[:2], []).append(form)
        by_key.setdefault(form[0] + " " + form[-2:], []).append(form)
    pairs: set[tuple[str, str]] = set()
    for group in by_key.values():
        if len(group) == 1:
            continue
        if len(group) > SMALL_GROUP:
            candidates = _pairs_one_deletion_apart(group)
        else:
            candidates = [(a, b) for a in group for b in group if a < b]
        pairs.update(pair for pair in candidates if _variants(*pair))
    return pairs


def _pairs_one_deletion_apart(forms: list[str]) -> set[tuple[str, str]]:
    """Pairs (a, b), a < b, of forms sharing a deletion key (SymSpell's trick): every two forms
    one edit apart do, and finding them stays linear however many forms there are."""
    by_key: dict[str, list[str]] = {}
    for form in forms:
        for key in {form, *(form[:k] + form[k + 1 :] for k in range(len(form)))}:
            by_key.setdefault(key, []).append(form)
    return {(a, b) for group in by_key.values() if len(group) > 1 for a in group for b in group if a < b}


def _variants(a: str, b: str) -> bool:
    """One edit apart, same first letter, and not a grammatical pair (Ivanov / Ivanova, a plural)."""
    if a[0] != b[0]:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(long_) == len(short) + 1 and long_.startswith(short) and long_[-1] in "aesi":
        return False
    return _one_edit(a, b)


def _one_edit(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance exactly 1."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


# --- lower-cased proper nouns ---------------------------------------------------------------


def _lowercased(doc, rule, capitalised, mid_sentence):
    vocabulary = doc.vocabulary
    particles = {p.lower() for p in rule.data.get("particles", ())}
    capital_counts: dict[str, int] = {}  # lower-case word → its capitalised occurrences
    for base, n in capitalised.items():
        capital_counts[base.lower()] = capital_counts.get(base.lower(), 0) + n
    wanted: dict[str, str] = {}  # lower-case word → its capitalised form
    for base in filter(mid_sentence.__contains__, capitalised):  # in the order of `capitalised`
        lower = base.lower()
        if lower == base or lower in particles:
            continue
        # Only when the word also occurs in lower case (vocabulary counts every casing).
        n_capital = capital_counts[lower]
        if vocabulary.get(lower, 0) + vocabulary.get(lower + "’s", 0) + vocabulary.get(lower + "'s", 0) <= n_capital:
            continue
        words = dictionary()
        if not words:  # no findings without the word list (and none were yielded yet)
            return
        if known_word(lower, words, common_only=True):
            continue
        best = wanted.get(lower)
        if best is None or mid_sentence.get(base, 0) > mid_sentence.get(best, 0):
            wanted[lower] = base
    if not wanted:
        return
    text = doc.text
    for base, form in sorted(wanted.items()):
        # A word rare in English (a transliterated name) needs no more evidence. A frequent one
        # ("paycheck", "women") may be capitalised only inside a Title Case phrase ("Paycheck
        # Protection Program"): it must also stand capitalised on its own in mid-sentence, and
        # the fix is only probable.
        rare = _is_rare(base)
        phrases = _phrase_occurrences(text, base, form, wanted)
        if not rare and not phrases and not _standalone_capital(text, form):
            continue
        # MT lower-cases names written in title case ("alexey navalny"). A form with capitals
        # inside ("JSON", "GitHub") is an acronym or a brand, which technical text often writes in
        # lower case on purpose (a file format, a command): shown, not fixed.
        titlecase = form[1:] == form[1:].lower()
        n_mid = mid_sentence[form]
        explanation = (
            f"The document writes ‘{form}’ with a capital in mid-sentence ({n_mid}×), where only a "
            f"proper noun is capitalised, and ‘{base}’ is not an English dictionary word"
            + ("." if rare else "; it is a frequent word, though, so check that it is the same name.")
        )
        for start, end in _occurrences(text, base):
            if _glued(text, start, end):
                continue
            phrase = phrases.get(start)
            yield Finding.of(
                rule,
                text,
                start,
                end,
                edits=(Edit(start, end, form),),
                applicability=Applicability.DISPLAY if not titlecase else None if rare or phrase else Applicability.UNSAFE,
                message=f"‘{base}’ is written ‘{form}’ elsewhere in the document",
                explanation=(
                    f"The document writes the name ‘{phrase}’ with capitals, and neither word is an "
                    "English dictionary word."
                    if phrase and not rare
                    else explanation
                ),
                confidence=0.9 if rare or phrase else 0.6,
            )


def _phrase_occurrences(text: str, base: str, form: str, wanted: dict[str, str]) -> dict[int, str]:
    """Lower-case occurrences of `base` next to another lower-cased name where the document
    writes the pair capitalised ("vladimir putin" beside "Vladimir Putin"): offset → the pair."""
    out: dict[int, str] = {}
    for start, end in _occurrences(text, base):
        nxt = textre.match(r" (\p{Ll}+)", text, end, end + 40)
        prev = textre.search(r"(\p{Ll}+) $", text, max(0, start - 40), start)
        for other, first in ((nxt, True), (prev, False)):
            if other and other.group(1) in wanted:
                pair = f"{form} {wanted[other.group(1)]}" if first else f"{wanted[other.group(1)]} {form}"
                if pair in text:
                    out[start] = pair
                    break
    return out


def _standalone_capital(text: str, form: str) -> bool:
    """`form` occurs in mid-sentence between two words that are not capitalised ("said Putin
    on"), not as part of a Title Case phrase."""
    for start, end in _occurrences(text, form):
        before = textre.search(r"(\S+)[ \u00a0]+$", text, max(0, start - 40), start)
        after = textre.match(r"(?:['’]s)?[ \u00a0]+(\S)", text, end, end + 40)
        if before and before.group(1)[0].islower() and not (after and after.group(1).isupper()):
            return True
    return False


def _glued(text: str, start: int, end: int) -> bool:
    """Part of a URL, an e-mail address, a handle, a file name or code."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    after2 = text[end + 1] if end + 1 < len(text) else " "
    return before in GLUE or (after in GLUE and not after2.isspace() and after2 not in "\"”’'")
