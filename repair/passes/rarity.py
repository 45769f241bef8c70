"""Implausible words: a content word so rare in English that, appearing once in a news-like
text, it is more likely a mistranslation than a choice ("shot in the back by the sigils").

Evidence for a flag, all of which must hold:
- the word is rarer than `max_zipf` in general English (wordfreq's figures, derived once into
  rules/rarity/; zipf = log10 of occurrences per billion words), but known to wordfreq (a
  non-word is a typo or a transliteration: the spelling and untranslated checks own those);
- it is not built regularly from everyday words: an inflection ("showdowns"), a free prefix
  ("outspend") or two words written solid ("waitlists");
- it is written in lower case (capitalised words are names, titles or sentence starts) and has
  no digits, and is not part of an address, a handle or code;
- neither it nor a word sharing its stem occurs elsewhere in the text (a rare word the text is
  about is repeated: an article on magic says "sigil" more than once);
- it is not in the project's `allow-words`, and no lexicon entry already explains it (then the
  lexicon's finding carries the fix).
Flags are display-only: rarity is a reason to look, never a correction.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import itertools

from .. import rules
from ..model import Finding
from . import lexicon

NAME = "rarity"
RULE_ID = "rarity.implausible-word"
COMMON_FILE = "en-common.txt"  # zipf >= 2.0, read on every run
RARE_FILE = "en-rare.txt.gz"  # zipf 1.0-1.99, read only to give a flagged word its figure
COMMON_FLOOR = 2.0
EVERYDAY_FLOOR = 300  # zipf 3.0 in the file's hundredths: about one in a million words
# Prefixes English forms new words with freely: "nondefense", "outspend", "refighting".
PREFIXES = (
    "anti", "auto", "co", "counter", "cyber", "de", "dis", "eco", "ex", "hyper", "in", "inter", "mega",
    "micro", "mis", "multi", "non", "out", "over", "post", "pre", "pro", "re", "self", "semi",
    "sub", "super", "trans", "ultra", "un", "under",
)
# Characters that, touching a word, show it is part of an address, a handle, markup or code.
TECHNICAL_NEIGHBOURS = set("/@#_\\`<>=|{}~$%^*+")
# Endings stripped to relate forms of one word ("sigil", "sigils"), longest first.
ENDINGS = ("ings", "ing", "ied", "ies", "ers", "ed", "es", "er", "ly", "s")


class WordList:
    """Membership in a list of words separated by spaces and line breaks. A small file needs a
    handful of look-ups, each cheaper as a search of the text than building a set of 94,000
    words; after SEARCH_LIMIT look-ups the set is built and used from then on."""

    SEARCH_LIMIT = 32

    def __init__(self, text: str) -> None:
        self._text = "\n" + text + "\n"  # every word has a separator on both sides
        self._set: frozenset[str] | None = None
        self._lookups = 0

    def as_set(self) -> frozenset[str]:
        if self._set is None:
            self._set = frozenset(self._text.split())
        return self._set

    def for_lookups(self, n: int) -> "WordList | frozenset[str]":
        """Something to test `in` about n times: the set itself when that many need it."""
        return self.as_set() if n > self.SEARCH_LIMIT else self

    def __contains__(self, word: str) -> bool:
        if self._set is not None:
            return word in self._set
        self._lookups += 1
        if self._lookups > self.SEARCH_LIMIT:
            return word in self.as_set()
        if not word or word.split() != [word]:  # the set holds no empty or spaced string
            return False
        text, n = self._text, len(word)
        i = text.find(word)
        while i != -1:
            if text[i - 1] in " \n" and text[i + n] in " \n":
                return True
            i = text.find(word, i + 1)
        return False


@functools.cache
def _common_lists() -> tuple[WordList, WordList]:
    """Words at zipf >= 2.0, and the everyday ones at zipf >= 3.0 used to recognise compounds
    and inflections. (The band figures at the start of each line are numbers, never looked up.)"""
    text = (rules.rules_dir() / "rarity" / COMMON_FILE).read_text(encoding="utf-8")
    cut = text.find("\n" + str(EVERYDAY_FLOOR) + " ")
    everyday_end = text.find("\n", cut + 1) if cut != -1 else len(text)
    return WordList(text), WordList(text[:everyday_end])


def common_words() -> frozenset[str]:
    return _common_lists()[0].as_set()


def everyday_words() -> frozenset[str]:
    return _common_lists()[1].as_set()


def is_common(word: str) -> bool:
    return word in _common_lists()[0]


def is_everyday(word: str) -> bool:
    return word in _common_lists()[1]


@functools.cache
def _rare_text() -> str:
    with gzip.open(rules.rules_dir() / "rarity" / RARE_FILE, "rt", encoding="utf-8") as f:
        return "\n" + f.read()


_lookups = 0
FIND_LIMIT = 16  # after this many look-ups a dictionary of the rare bands pays for itself


@functools.cache
def _rare_dict() -> dict[str, float]:
    out: dict[str, float] = {}
    for line in _rare_text().splitlines():
        if line:
            band, _, words = line.partition(" ")
            out.update(dict.fromkeys(words.split(), int(band) / 100))
    return out


def zipf(word: str) -> float:
    """Zipf frequency of a word that is not common (>= 2.0 for a common one); 0.0 when it is not
    in the list at all (rarer than zipf 1). The first few look-ups search the rare bands' text
    (a small file needs only one or two); a text with many rare words gets a dictionary."""
    global _lookups
    if is_common(word):
        return COMMON_FLOOR
    _lookups += 1
    if _lookups > FIND_LIMIT:
        return _rare_dict().get(word, 0.0)
    text = _rare_text()
    for pattern in (f" {word} ", f" {word}\n"):
        i = text.find(pattern)
        if i != -1:
            line_start = text.rfind("\n", 0, i) + 1
            return int(text[line_start : text.index(" ", line_start)]) / 100
    return 0.0


def _stem(word: str) -> str:
    for end in ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def _relatives(word: str, sorted_words: list[str]) -> int:
    """How many distinct words of the document share the word's stem ("sigil", "sigils"). A stem
    keeps at least four letters, so relatives share the first four: in the sorted distinct words
    they stand in one run, found by bisection."""
    stem, head = _stem(word), word[:4]
    count = 0
    for i in range(bisect.bisect_left(sorted_words, head), len(sorted_words)):
        w = sorted_words[i]
        if not w.startswith(head):
            break
        if w[:4] == head and _stem(w) == stem:
            count += 1
    return count


def _parts(word: str) -> list[str]:
    word = word.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return [p for p in word.split("-") if p]


def _regular_formation(word: str) -> str | None:
    """How a rare word is built regularly from everyday English, if it is: an inflection of an
    everyday word ("showdowns"), a free prefix on a known word ("outspend"), or two everyday
    words written solid ("alltime", "waitlists"). Such words are new, not mistranslated."""
    common, everyday = _common_lists()
    base = _stem(word)
    if base != word and (base in everyday or base + "e" in everyday):
        return f"a form of ‘{base}’"
    for prefix in PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 4 and (rest in common or _stem(rest) in everyday):
            return f"‘{prefix}-’ + ‘{rest}’"
    for i in range(3, len(word) - 3):  # head of 3+ letters, tail of 4+ ("quo" + "its" is no compound)
        head, tail = word[:i], word[i:]
        if head in everyday and (tail in everyday or _stem(tail) in everyday):
            return f"‘{head}’ + ‘{tail}’"
    return None


def _technical(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before in TECHNICAL_NEIGHBOURS or after in TECHNICAL_NEIGHBOURS:
        return True
    # "example.com", "file.txt": a full stop directly followed by a letter or digit.
    return (after == "." and end + 1 < len(text) and text[end + 1].isalnum()) or before == "."


def run(doc, config):
    rule = rules.rule(RULE_ID)
    max_zipf = float(rule.data.get("max_zipf", COMMON_FLOOR))
    min_length = int(rule.data.get("min_length", 4))
    if max_zipf > COMMON_FLOOR:
        raise ValueError(f"{RULE_ID}: max_zipf above {COMMON_FLOOR} needs a new rules/rarity/{COMMON_FILE}")
    vocabulary = doc.vocabulary
    common = _common_lists()[0].for_lookups(len(vocabulary))
    allowed = {w.lower() for w in config.allow_words}
    text = doc.text
    # Only a word that occurs once and is not common can be flagged: find those among the
    # document's distinct words first, so that most tokens cost one set lookup.
    # (Filtered with whole-list operations: this runs over every distinct word.)
    once = list(itertools.compress(vocabulary, map((1).__eq__, vocabulary.values())))
    long_enough = itertools.compress(once, map(min_length.__le__, map(len, once)))
    candidates = set(itertools.filterfalse(common.__contains__, long_enough))
    # A candidate's one token written with a capital is a name or a sentence start, never flagged.
    candidates.difference_update(map(doc.token_lowers.__getitem__, doc.capitalised))
    if not candidates:
        return
    # The tests that need only the word come first, cheapest first, and only the few words that
    # pass them all are looked for among the tokens: most documents have none.
    flagged = _flagged_words(candidates, vocabulary, common, allowed, min_length, max_zipf)
    if not flagged:
        return
    explained = None  # lexicon findings, computed only if a candidate turns up
    # Each candidate occurs once: pick its token without a Python step per token.
    for tok in itertools.compress(doc.tokens, map(flagged.__contains__, doc.token_lowers)):
        # Written in lower case: only the token spelled as its lower-case form passes str.islower
        # (a word with a capital lower-cases to another string; see _flagged_words).
        if tok.text != tok.lower or _technical(text, tok.start, tok.end):
            continue
        if explained is None:
            explained = [
                (f.start, f.end) for f in lexicon.findings_for(doc, config) if config.rule_enabled(f.rule, doc.path)
            ]
        if any(s < tok.end and tok.start < e for s, e in explained):
            continue
        word, part = tok.text, flagged[tok.lower][0]
        yield Finding.of(
            rule,
            text,
            tok.start,
            tok.end,
            message=f"‘{word}’ is very rare in English and appears nowhere else in this text: check the translation",
            explanation=_evidence(word, part, max_zipf),
            confidence=0.5,
        )


def _flagged_words(candidates, vocabulary, common, allowed, min_length, max_zipf) -> dict[str, list[str]]:
    """The candidates (lower-cased words occurring once, not common) that the evidence flags
    wherever they stand, each with its rare parts known to wordfreq below `max_zipf`. Each is
    tested as the lower-case word it is: the one token it stands for is flagged only if written
    that way, since a string passes str.islower only when lower-casing leaves it unchanged."""
    flagged: dict[str, list[str]] = {}
    sorted_words = None
    for word in candidates:
        if not word.islower():
            continue
        if not word.isalpha() and any(c.isdigit() for c in word):
            continue
        rare = [p for p in _parts(word) if len(p) >= min_length and p not in common]
        if not rare or word in allowed or any(p in allowed for p in rare):
            continue
        # Not in wordfreq at all: a typo, a transliteration or a coinage. Spelling and the
        # untranslated-word check own those; this check is for real words in the wrong place.
        # (Asked before the costlier tests below: a dictionary look-up each.)
        in_band = [p for p in rare if 0.0 < zipf(p) < max_zipf]
        if not in_band or any(_regular_formation(p) for p in rare):
            continue
        if sorted_words is None:
            sorted_words = sorted(vocabulary)
        if any(_relatives(p, sorted_words) > 1 or vocabulary.get(p, 0) > int(p == word) for p in rare):
            continue
        flagged[word] = in_band
    return flagged


def _evidence(word: str, part: str, max_zipf: float) -> str:
    z = zipf(part)
    what = f"‘{part}’ in ‘{word}’" if part != word else f"‘{word}’"
    figure = f"occurs about {10**z:.0f} times per billion words of English (wordfreq zipf {z:.2f})"
    return (
        f"{what} {figure}, below this check's threshold of zipf {max_zipf:.1f}; it is written in lower "
        "case (not a name) and no other form of it occurs in the text, so it is not the text's subject. "
        "A sense error in machine translation often surfaces as a rare word that fits the grammar but not "
        "the story. If it is right, add it to `allow-words`."
    )
