"""Square-bracket insertions damaged by MT, and brackets that do not pair up.

An editor's insertion (“that [the] army”) marks a word the quote implies. MT translates the
insertion and then the implied word again: “that [the] The army”. This pass compares the words
at the end of each insertion with the words right after the bracket; a repeat is dropped, the
insertion kept. Insertions left in the source language (“[el]”, “[die]”) are translated when they
are function words with one usual English equivalent, and flagged otherwise.
"""

from __future__ import annotations

import functools
import itertools

from .. import rules, textre
from ..model import Applicability, Edit, Finding

NAME = "brackets"

INSERTION_RE = textre.compile(r"\[([^\[\]\n]{1,200})\]")
EMPTY_RE = textre.compile(r"(?<=^|\s)[\[(][ \t]*[\])]")
# What follows the opening bracket of every EMPTY_RE match: looked at after each opening bracket,
# it spares most documents the scan with the pattern.
EMPTY_NEXT = frozenset(" \t])")
BRACKETS = "[]()"
NON_ENGLISH_LATIN_RE = textre.compile(r"[\p{Script=Latin}&&[^A-Za-z]]")
LIST_MARKER_RE = textre.compile(r"(?<![^\s(])\w{1,3}\)$")
MAX_DUPLICATE = 4  # words an insertion and its duplicate may share


@functools.cache
def _word_data():
    dup = rules.rule("brackets.duplicated-word").data
    foreign = rules.rule("brackets.foreign-function-word").data
    words = rules.rule("brackets.foreign-word").data
    return (
        frozenset(dup["articles"]),
        frozenset(dup["function_words"]),
        dict(foreign["words"]),
        frozenset(foreign["english_homographs"]),
        frozenset(words["english_words"]),
    )


def run(doc, config):
    text = doc.text
    for m in textre.finditer(INSERTION_RE, text):
        finding = _insertion(doc, m.start(), m.end())
        if finding:
            yield finding
    yield from _empty(doc)
    yield from _unbalanced(doc)


def _insertion(doc, start: int, end: int) -> Finding | None:
    articles, function_words, foreign, homographs, english_words = _word_data()
    text = doc.text
    inside = doc.tokens_in(start + 1, end - 1)
    if not inside:
        return None
    lowered = [t.lower for t in inside]
    is_foreign = all(w in foreign for w in lowered)
    english = [foreign[w] if is_foreign else w for w in lowered]
    english_words_in = " ".join(english).split()  # "del" → "of the": compare word by word
    after = _following_words(doc, end, min(len(english_words_in), MAX_DUPLICATE))
    k = _duplicate_length(english_words_in, [t.lower for t in after], articles)

    if is_foreign:
        if k == 0 and any(w in homographs for w in lowered):
            return None  # "Soldiers [die] in the cold": English after all
        return _foreign_function_word(doc, start, end, inside, english, after[:k], function_words)
    if k:
        return _duplicated(doc, start, end, after[:k], function_words)
    if all(t.text.islower() for t in inside) and any(
        textre.search(NON_ENGLISH_LATIN_RE, t.text) for t in inside if t.lower not in english_words
    ):
        rule = rules.rule("brackets.foreign-word")
        words = text[start + 1 : end - 1]
        return Finding.of(
            rule,
            text,
            start,
            end,
            explanation=(
                f"‘{words}’ is lower case and spelled with letters English does not use: a source-language "
                "word MT left in the editor's insertion. It has no one obvious translation, so the "
                "translator has to supply the English."
            ),
        )
    return None


def _following_words(doc, end: int, n: int):
    """Up to n words right after offset `end`, separated only by spaces (no punctuation)."""
    out = []
    pos = end
    for t in doc.tokens_in(end, min(len(doc.text), end + 60 * max(n, 1))):
        gap = doc.text[pos : t.start]
        if not gap or gap.strip(" \t\u00a0") or len(out) == n:
            break
        out.append(t)
        pos = t.end
    return out


def _duplicate_length(insertion: list[str], after: list[str], articles) -> int:
    """The number of words at the end of the insertion repeated right after it (0 if none). Two
    different articles count as a repeat: "[a] The deputy" is one article slot twice."""
    after = list(itertools.takewhile(lambda w: w[:1].isalpha(), after))  # "[1] 1" is a citation
    for k in range(min(len(insertion), len(after)), 0, -1):
        if insertion[-k:] == after[:k]:
            return k
    if insertion and after and insertion[-1] in articles and after[0] in articles:
        return 1
    return 0


def _duplicated(doc, start, end, repeated, function_words) -> Finding:
    rule = rules.rule("brackets.duplicated-word")
    text = doc.text
    stop = repeated[-1].end
    words = text[repeated[0].start : stop]
    safe = all(t.lower in function_words for t in repeated)
    insertion = text[start:end]
    same = insertion[1:-1].lower().split()[-len(repeated) :] == words.lower().split()
    if same:
        evidence = f"‘{words}’ right after the editorial insertion {insertion} repeats its last word"
    else:
        evidence = f"‘{words}’ right after the editorial insertion {insertion} is a second article in the same slot"
    verdict = (
        "function words only, so nothing is lost"
        if safe
        else f"‘{words}’ is not just function words, so check that the repeat is not meant"
    )
    return Finding.of(
        rule,
        text,
        start,
        stop,
        edits=(Edit(end, stop, ""),),
        applicability=Applicability.SAFE if safe else Applicability.UNSAFE,
        message=f"‘{words}’ after the insertion {insertion} duplicates it",
        explanation=(
            f"{evidence}: MT translated the implied word a second time, capitalised as if a new "
            f"segment began. The insertion stays and ‘{words}’ goes ({verdict})."
        ),
    )


def _foreign_function_word(doc, start, end, inside, english, repeated, function_words) -> Finding:
    rule = rules.rule("brackets.foreign-function-word")
    text = doc.text
    translated = " ".join(_like_case(e, t.text) for e, t in zip(english, inside))
    source = text[start + 1 : end - 1]
    glossary = ", ".join(f"‘{t.text}’ = ‘{e}’" for t, e in zip(inside, english))
    edits = [Edit(start + 1, end - 1, translated)]
    stop = end
    if repeated:
        stop = repeated[-1].end
        duplicate = text[repeated[0].start : stop]
        edits.append(Edit(end, stop, ""))
        confirmed = translated.lower().split()[-len(repeated) :] == duplicate.lower().split()
        safe = confirmed and all(t.lower in function_words for t in repeated)
        evidence = (
            f"MT translated the insertion again right after it as ‘{duplicate}’, "
            + ("which confirms it" if confirmed else "close to the dictionary's equivalent")
            + f" ({glossary}). The insertion becomes [{translated}] and the duplicate ‘{duplicate}’ goes."
        )
    else:
        safe = False
        evidence = f"[{source}] is not English: {glossary}."
    return Finding.of(
        rule,
        text,
        start,
        stop,
        edits=tuple(edits),
        applicability=Applicability.SAFE if safe else Applicability.UNSAFE,
        message=f"Untranslated insertion [{source}]: [{translated}]",
        explanation=evidence if safe else f"{evidence} The source language is a guess, so check the translation.",
    )


def _like_case(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _empty(doc):
    rule = rules.rule("brackets.empty")
    text = doc.text
    if not any(text[i + 1 : i + 2] in EMPTY_NEXT for i in textre.char_positions(text, "[(")):
        return
    for m in textre.finditer(EMPTY_RE, text):
        start, end = m.start(), m.end()
        line_start = text.rfind("\n", 0, start) + 1
        if not text[line_start:start].strip(" \t-*+>0123456789."):
            continue  # a Markdown task-list box "- [ ]" or a bracket opening the line
        # Take one neighbouring space with it, so no double space is left behind.
        if start > 0 and text[start - 1] == " " and (end == len(text) or text[end] in " .,;:!?"):
            start -= 1
        yield Finding.of(rule, text, m.start(), m.end(), edits=(Edit(start, end, ""),))


def _unbalanced(doc):
    rule = rules.rule("brackets.unbalanced")
    text = doc.text
    pairs = {"]": "[", ")": "("}
    paragraphs = doc.paragraphs
    by_paragraph: list[list[tuple[int, str]]] = [[] for _ in paragraphs]
    pi = 0
    for at in textre.char_positions(text, BRACKETS):  # one scan, then each paragraph on its own
        while pi < len(paragraphs) and paragraphs[pi].end <= at:
            pi += 1
        if pi == len(paragraphs):
            break
        by_paragraph[pi].append((at, text[at]))
    for para, marks in zip(paragraphs, by_paragraph):
        stack: list[tuple[int, str]] = []
        for at, mark in marks:
            if mark in "[(":
                stack.append((at, mark))
                continue
            if stack and stack[-1][1] == pairs[mark]:
                stack.pop()
                continue
            if _not_a_bracket(text, at, para.start):
                continue
            if any(o == pairs[mark] for _, o in stack):  # crossed pairs: report the inner opener
                while stack[-1][1] != pairs[mark]:
                    yield _unbalanced_finding(rule, text, *stack.pop())
                stack.pop()
                continue
            yield _unbalanced_finding(rule, text, at, mark)
        for at, mark in stack:
            yield _unbalanced_finding(rule, text, at, mark)


def _not_a_bracket(text: str, at: int, para_start: int) -> bool:
    """List markers ("1)" at a line's start, "a)" and "ii)" inside a sentence) and emoticons
    (":)", ";-)") close nothing."""
    if at > para_start and text[at - 1] in ":;-=^":
        return True
    return bool(textre.search(LIST_MARKER_RE, text, max(para_start, at - 4), at + 1))


def _unbalanced_finding(rule, text: str, at: int, mark: str) -> Finding:
    partner = {"[": "]", "(": ")", "]": "[", ")": "("}[mark]
    side = "opened" if mark in "[(" else "closed"
    return Finding.of(
        rule,
        text,
        at,
        at + 1,
        message=f"{mark} {side} without a matching {partner} in this paragraph",
        explanation=(
            f"This {mark} has no matching {partner} in its paragraph: MT may have dropped half of a "
            "parenthetical. Where the missing bracket belongs is for the editor to decide."
        ),
    )
