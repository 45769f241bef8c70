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

import functools
import gzip

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


@functools.cache
def _common_lists() -> tuple[frozenset[str], frozenset[str]]:
    """Words at zipf >= 2.0, and the everyday ones at zipf >= 3.0 used to recognise compounds
    and inflections. (The band figures at the start of each line are numbers, never looked up.)"""
    text = (rules.rules_dir() / "rarity" / COMMON_FILE).read_text(encoding="utf-8")
    cut = text.find("\n" + str(EVERYDAY_FLOOR) + " ")
    everyday_end = text.find("\n", cut + 1) if cut != -1 else len(text)
    return frozenset(text.split()), frozenset(text[:everyday_end].split())


def common_words() -> frozenset[str]:
    return _common_lists()[0]


def everyday_words() -> frozenset[str]:
    return _common_lists()[1]


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
    if word in common_words():
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


def _relatives(word: str, by_prefix: dict[str, list[str]]) -> int:
    """How many distinct words of the document share the word's stem ("sigil", "sigils")."""
    stem = _stem(word)
    return sum(1 for w in by_prefix.get(word[:4], ()) if _stem(w) == stem)


def _parts(word: str) -> list[str]:
    word = word.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return [p for p in word.split("-") if p]


def _regular_formation(word: str) -> str | None:
    """How a rare word is built regularly from everyday English, if it is: an inflection of an
    everyday word ("showdowns"), a free prefix on a known word ("outspend"), or two everyday
    words written solid ("alltime", "waitlists"). Such words are new, not mistranslated."""
    everyday, common = everyday_words(), common_words()
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
    common = common_words()
    allowed = {w.lower() for w in config.allow_words}
    vocabulary = doc.vocabulary
    text = doc.text
    explained = None  # lexicon findings, computed only if a candidate turns up
    by_prefix = None
    # Only a word that occurs once and is not common can be flagged: find those among the
    # document's distinct words first, so that most tokens cost one set lookup.
    candidates = {w for w, n in vocabulary.items() if n == 1 and len(w) >= min_length and w not in common}
    if not candidates:
        return
    for tok in doc.tokens:
        if tok.lower not in candidates:
            continue
        word = tok.text
        if not word.islower():
            continue
        if not word.isalpha() and any(c.isdigit() for c in word):
            continue
        if word in common:  # most words: one set lookup and done
            continue
        parts = _parts(word)
        rare = [p for p in parts if len(p) >= min_length and p not in common]
        if not rare or word in allowed or vocabulary.get(word, 0) > 1:
            continue
        if any(p in allowed for p in rare) or _technical(text, tok.start, tok.end):
            continue
        if by_prefix is None:  # a stem keeps at least four letters, so relatives share them
            by_prefix = {}
            for w in vocabulary:
                by_prefix.setdefault(w[:4], []).append(w)
        if any(_relatives(p, by_prefix) > 1 or vocabulary.get(p, 0) > int(p == word) for p in rare):
            continue
        if any(_regular_formation(p) for p in rare):
            continue
        # Not in wordfreq at all: a typo, a transliteration or a coinage. Spelling and the
        # untranslated-word check own those; this check is for real words in the wrong place.
        rare = [p for p in rare if 0.0 < zipf(p) < max_zipf]
        if not rare:
            continue
        if explained is None:
            explained = [
                (f.start, f.end) for f in lexicon.findings_for(doc, config) if config.rule_enabled(f.rule, doc.path)
            ]
        if any(s < tok.end and tok.start < e for s, e in explained):
            continue
        part = rare[0]
        yield Finding.of(
            rule,
            text,
            tok.start,
            tok.end,
            message=f"‘{word}’ is very rare in English and appears nowhere else in this text: check the translation",
            explanation=_evidence(word, part, max_zipf),
            confidence=0.5,
        )


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
