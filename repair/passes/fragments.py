"""Fragments: a paragraph that stops mid-sentence.

Articles scraped for translation carry photo captions and cut segments between the paragraphs
("Russian President …, here participating in the naval parade in July, said Russia is there").
Such a paragraph ends without sentence punctuation although it is as long as a sentence, or it
ends on a comma or a word that cannot end a sentence ("of", "the", "and").

The title, deck, byline and dateline at the top of an article also lack a full stop, so the
paragraphs before the first one that ends like a sentence are never flagged; nor are short
lines (subheadings), headings in Title Case, Markdown headings, lists, quotes, tables and code.
Only shown: whether to delete the caption, finish the sentence or join it to the next paragraph
is an editor's call.
"""

from __future__ import annotations

import bisect

from .. import rules, textre
from ..model import Finding

NAME = "fragments"

# A paragraph ends like a sentence when its last visible character is one of these (closing
# quotes and brackets may follow the full stop; a colon introduces a list or a quote).
TERMINAL = set(".!?…:;\"”’'»)]}*_`")
# Ends that show a sentence was cut: a comma or a dash.
CUT = set(",-–—")
MARKUP_START_RE = textre.compile(r"(?:#{1,6}\s|>|[-*+•]\s|\d{1,3}[.)]\s|\||```|~~~|<|!\[|\[\^)")
SHORT_LINE = 40  # characters; a block of lines no longer than this is not wrapped prose
NOT_A_SENTENCE_RE = textre.compile(r"(?:https?://|www\.)\S+$|\S+@\S+$")


def run(doc, config):
    rule = rules.rule("fragments.unfinished-paragraph")
    text = doc.text
    enders = {w.lower() for w in rule.data.get("cannot_end", ())}
    min_words = int(rule.data.get("min_words", 12))
    started = False  # past the title block
    for para in doc.paragraphs:
        last_char = text[para.end - 1]
        if not started:
            started = last_char in TERMINAL
            continue
        if last_char in TERMINAL:
            continue
        line_start = text.rfind("\n", para.start, para.end) + 1 or para.start
        line_start = max(line_start, para.start)
        if textre.match(MARKUP_START_RE, text, para.start) or textre.match(MARKUP_START_RE, text, line_start):
            continue
        indent = text[text.rfind("\n", 0, para.start) + 1 : para.start]
        if indent.startswith(("    ", "\t")):
            continue  # an indented code block
        if "\t" in text[para.start : para.end] or textre.search(NOT_A_SENTENCE_RE, text, line_start, para.end):
            continue
        lines = text[para.start : para.end].splitlines()
        if len(lines) > 1 and max(len(line) for line in lines) <= SHORT_LINE:
            continue  # verse, an address or a list without markers, not wrapped prose
        words = doc.tokens_in(para.start, para.end)
        if not words:
            continue
        last = words[-1]
        if last.end != para.end and last_char not in CUT:
            continue  # ends on a symbol or a number with a sign: not prose
        capitals = sum(1 for w in words if w.text[0].isupper())
        if len(words) >= 3 and capitals >= 0.7 * len(words):
            continue  # a Title Case heading
        reason = _reason(last_char, last.text, len(words), enders, min_words)
        if not reason:
            continue
        sentence = _last_sentence(doc, para)
        yield Finding.of(
            rule,
            text,
            sentence[0],
            sentence[1],
            message="Paragraph stops mid-sentence",
            explanation=(
                f"{reason} The article's paragraphs before it end as sentences, so this looks like a "
                "photo caption or a cut segment pasted into the text. Delete it, finish the sentence "
                "or join it to its paragraph."
            ),
            confidence=0.7,
        )


def _reason(last_char: str, last_word: str, n_words: int, enders: set[str], min_words: int) -> str:
    if last_char in CUT and n_words >= 2:
        return f"The paragraph ends with ‘{last_char}’, in the middle of a sentence."
    if last_word.lower() in enders and n_words >= 4:
        return f"The paragraph ends with ‘{last_word}’, a word that cannot end a sentence, and has no full stop."
    if n_words >= min_words:
        return f"The paragraph has {n_words} words, as long as a sentence, but no full stop at its end (it ends with ‘{last_word}’)."
    return ""


def _last_sentence(doc, para) -> tuple[int, int]:
    """The unfinished sentence: from the last sentence start inside the paragraph to its end."""
    sentences = doc.sentences
    i = bisect.bisect_left(sentences, para.end, key=lambda s: s.start) - 1
    start = sentences[i].start if i >= 0 and sentences[i].start >= para.start else para.start
    return start, para.end
