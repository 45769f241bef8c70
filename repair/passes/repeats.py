"""The same word twice in a row ("the the"), read from the Document's tokens.

Two neighbouring tokens repeat when they are equal ignoring case and only spaces (or one line
break) lie between them: a comma ("long, long road") or a paragraph break ("the end.\\n\\nThe
next") makes the repetition deliberate or accidental-looking only. The second word is dropped
with the space before it, so the first keeps its capital at a sentence start.
"""

from __future__ import annotations

import functools
import itertools
import operator

from .. import rules
from ..model import Applicability, Edit, Finding

NAME = "repeats"


@functools.cache
def _word_lists():
    function = rules.rule("repeats.function-word")
    word = rules.rule("repeats.word")
    return function, word, frozenset(function.data["words"]), frozenset(word.data["allowed"]), frozenset(word.data["names"])


def run(doc, config):
    function_rule, word_rule, function_words, allowed, names = _word_lists()
    text = doc.text
    tokens = doc.tokens
    # Most documents have no neighbours equal in lower case: find those first, without a Python
    # step per token, and look closer only at them.
    lowers = doc.token_lowers
    for i in itertools.compress(itertools.count(), map(operator.eq, lowers, lowers[1:])):
        first, second = tokens[i], tokens[i + 1]
        a, b = first.text, second.text
        if len(a) != len(b) or a.lower() != b.lower() or not a[0].isalpha():
            continue
        gap = text[first.end : second.start]
        if not _only_spaces(gap):
            continue
        word = first.lower
        if word in allowed or word in names:
            continue
        pair = f"‘{first.text} {second.text}’"
        rule, applicability = word_rule, None  # None: the rule's own
        if word in function_words:
            rule = function_rule
            why = (f"{pair}: the function word ‘{word}’ twice in a row, with nothing between. A "
                   "repeated function word never adds meaning; the second goes.")
        elif first.is_capitalised and second.is_capitalised:
            applicability = Applicability.DISPLAY
            why = f"{pair}: both capitalised, so possibly a name spelled with a repeated word; only shown."
        else:
            why = (f"{pair}: the word ‘{word}’ twice in a row, with nothing between. Usually a segment "
                   "joined twice, but doublings can be meant: check before applying.")
        yield Finding.of(
            rule,
            text,
            first.start,
            second.end,
            edits=(Edit(first.end, second.end, ""),),
            applicability=applicability,
            message=f"‘{first.text}’ repeated",
            explanation=why,
        )


def _only_spaces(gap: str) -> bool:
    """Spaces or tabs with at most one line break: the words are in one paragraph, nothing
    between them."""
    return bool(gap) and not gap.strip(" \t\r\n\u00a0") and gap.count("\n") <= 1
