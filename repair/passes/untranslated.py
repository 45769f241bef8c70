"""Untranslated text: words in a non-Latin script inside English prose, and look-alike letters.

MT leaves words it cannot translate in the source script ("the party Единая Россия won"). A run of
such words is flagged, but not an original name given in brackets after its English form
("Yedinaya Rossiya (Единая Россия)"), nor an original followed by its translation in brackets,
nor a lone Greek letter (β-blockers, 5 μm). A document that is mostly in another script is not
English prose, and nothing in it is flagged.

A word that mixes Latin letters with Cyrillic or Greek look-alikes ("Navаlny" with a Cyrillic
а) looks right but breaks search, sorting and spell checking; when every foreign letter has a
Latin twin, the Latin letters are restored.
"""

from __future__ import annotations

import unicodedata

from .. import rules, textre
from ..model import Edit, Finding

NAME = "untranslated"

FOREIGN_LETTER_RE = textre.compile(r"[\p{L}--\p{Latin}]")
# A word holding at least one letter of a script other than Latin.
FOREIGN_WORD_RE = textre.compile(r"[\p{L}\p{M}\p{N}'’\-]*[\p{L}--\p{Latin}][\p{L}\p{M}\p{N}'’\-]*")
# What may stand between two words of one untranslated run.
RUN_GAP_RE = textre.compile(r"[ \t\u00a0,;:\-–—«»\"“”„'’]*")
LATIN_LETTER_RE = textre.compile(r"\p{Latin}")
QUOTES = "«»\"“”„'’‘"

# Cyrillic and Greek letters drawn like Latin ones.
LOOKALIKES = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "А": "A", "В": "B", "Е": "E", "К": "K",
    "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X", "І": "I", "Ј": "J",
    "Ѕ": "S", "Ԛ": "Q", "Ԝ": "W", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I",
    "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o",
    "ι": "i", "ν": "v",
}


def run(doc, config):
    text = doc.text
    if not textre.search(FOREIGN_LETTER_RE, doc.characters):  # each distinct character once
        return
    by_id = {r.id: r for r in rules.rules_of(NAME)}
    words = [(m.start(), m.end()) for m in textre.finditer(FOREIGN_WORD_RE, text)]
    foreign_letters = sum(e - s for s, e in words)
    if foreign_letters * 2 > len(text):
        return  # not English prose with foreign words, but a text in another script
    pure: list[tuple[int, int]] = []
    for start, end in words:
        if textre.search(LATIN_LETTER_RE, text, start, end):
            finding = _mixed(text, start, end, by_id["untranslated.mixed-script"])
            if finding:
                yield finding
        else:
            pure.append((start, end))
    rule = by_id["untranslated.non-latin-script"]
    for start, end in _runs(text, pure):
        if _lone_symbol(text, start, end) or _glossed(text, start, end):
            continue
        script = _script(text[start:end])
        n = len(text[start:end].split())
        yield Finding.of(
            rule,
            text,
            start,
            end,
            message=f"Untranslated {script.title()} text: ‘{text[start:end]}’",
            explanation=(
                f"The text is English, but {'these ' + str(n) + ' words are' if n > 1 else 'this word is'} "
                f"in {script.title()} script: MT left {'them' if n > 1 else 'it'} untranslated, or an "
                "original name is given without its English form. Translate it, or give the English form "
                "with the original in brackets after it."
            ),
            confidence=0.8,
        )


def _runs(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge words separated only by spaces, commas, dashes or quotes on one line."""
    runs: list[list[int]] = []
    for start, end in words:
        if runs:
            gap = textre.match(RUN_GAP_RE, text, runs[-1][1], start)
            if gap and gap.end() == start:
                runs[-1][1] = end
                continue
        runs.append([start, end])
    return [(s, e) for s, e in runs]


def _lone_symbol(text: str, start: int, end: int) -> bool:
    """A single Greek letter used as a symbol (β-blockers, 5 μm, π), not a word."""
    letters = [c for c in text[start:end] if c.isalpha()]
    return len(letters) == 1 and unicodedata.name(letters[0], "").startswith("GREEK")


def _glossed(text: str, start: int, end: int) -> bool:
    """The original next to its English form: "United Russia (Единая Россия)" or
    "Единая Россия (United Russia)"."""
    i = start
    while i > 0 and (text[i - 1] in QUOTES or text[i - 1] == " "):
        i -= 1
    j = end
    while j < len(text) and (text[j] in QUOTES or text[j] in " .,"):
        j += 1
    inside_brackets = i > 0 and text[i - 1] in "([" and j < len(text) and text[j] in ")]"
    if inside_brackets:
        before = text[max(0, i - 80) : i - 1]
        return bool(textre.search(LATIN_LETTER_RE, before))
    k = end
    while k < len(text) and (text[k] in QUOTES or text[k] in " ,"):
        k += 1
    if k < len(text) and text[k] in "([":
        close = text.find(")" if text[k] == "(" else "]", k, k + 120)
        return close != -1 and bool(textre.search(LATIN_LETTER_RE, text, k, close))
    return False


def _script(s: str) -> str:
    for c in s:
        if c.isalpha():
            name = unicodedata.name(c, "")
            if name.startswith("CJK"):
                return "Chinese/Japanese"
            return name.split(" ")[0].lower() if name else "non-Latin"
    return "non-Latin"


def _mixed(text: str, start: int, end: int, rule):
    word = text[start:end]
    foreign = [c for c in word if c.isalpha() and not textre.match(LATIN_LETTER_RE, c)]
    latin = sum(1 for c in word if textre.match(LATIN_LETTER_RE, c))
    if len(foreign) >= latin:
        return None  # a foreign word with a stray Latin letter: shown by nothing here
    if not all(c in LOOKALIKES for c in foreign):
        return None  # a real mix ("iPhoneЖ"): leave it to a reader
    fixed = "".join(LOOKALIKES.get(c, c) for c in word)
    edits = tuple(
        Edit(start + i, start + i + 1, LOOKALIKES[c]) for i, c in enumerate(word) if c in LOOKALIKES
    )
    shown = ", ".join(f"‘{c}’ ({unicodedata.name(c, '?').title()})" for c in dict.fromkeys(foreign))
    return Finding.of(
        rule,
        text,
        start,
        end,
        edits=edits,
        applicability=None,
        message=f"‘{word}’ mixes Latin letters with look-alikes from another script",
        explanation=(
            f"{rule.explanation} Here: {shown}; the word becomes ‘{fixed}’, which looks the same."
        ),
    )
