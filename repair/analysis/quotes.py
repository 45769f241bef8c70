"""Quotation spans, found once per document and shared by the quote and pronoun passes.

Double quotes are paired inside each paragraph with a stack, so a quote nested in a quote
(“… against “United Russia”. …) is its own span one level down. News convention: a quote that
runs over several paragraphs leaves each paragraph open and reopens the next with a quote mark;
such a span is `closed=False, continues=True`. A single ’ after sentence punctuation closes an
open double quote (MT's mismatched pair: “….’); apostrophes inside words are never quote marks.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import textre

OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'
# Candidate marks: double quotes, and a ’ or ' that follows sentence punctuation and ends a word.
MARK_RE = textre.compile(r"""[“”„«»"]|(?<=[.,!?…])['’](?=\s|$|[)\]])""")


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # offset of the opening mark (or of the paragraph, when none opens it here)
    end: int  # offset after the closing mark (or the paragraph's end, when unclosed)
    open_mark: str  # "" when the paragraph has a closing mark but no opening one
    close_mark: str  # "" when unclosed in this paragraph
    depth: int  # 0 for a top-level quote, 1 for a quote inside it …
    paragraph: int  # index into doc.paragraphs
    continues: bool = False  # unclosed, and the next paragraph opens with a quote mark

    @property
    def closed(self) -> bool:
        return bool(self.close_mark)

    @property
    def inner(self) -> tuple[int, int]:
        """The quoted words, without the marks."""
        return self.start + len(self.open_mark), self.end - len(self.close_mark)


def _opens(text: str, i: int) -> bool:
    """A straight quote opens when it follows a space, an opening bracket or the line start,
    and a non-space follows it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


def find_quotes(doc) -> list[Quote]:
    text = doc.text
    paragraphs = doc.paragraphs
    quotes: list[Quote] = []
    for pi, para in enumerate(paragraphs):
        stack: list[tuple[int, str]] = []  # (offset, mark)
        for m in textre.finditer(MARK_RE, text, para.start, para.end):
            mark, at = m.group(), m.start()
            if mark in "’'":
                if stack:  # only ever a closer, and only of an open quote
                    o_at, o_mark = stack.pop()
                    quotes.append(Quote(o_at, at + 1, o_mark, mark, len(stack), pi))
                continue
            is_opener = mark in OPENERS or (mark == STRAIGHT and (_opens(text, at) or not stack))
            if is_opener:
                stack.append((at, mark))
            elif stack:
                o_at, o_mark = stack.pop()
                quotes.append(Quote(o_at, at + 1, o_mark, mark, len(stack), pi))
            else:  # a closing mark with nothing open in this paragraph
                quotes.append(Quote(para.start, at + 1, "", mark, 0, pi))
        nxt = paragraphs[pi + 1] if pi + 1 < len(paragraphs) else None
        reopens = bool(nxt) and text[nxt.start] in OPENERS + STRAIGHT
        for depth, (o_at, o_mark) in enumerate(stack):
            quotes.append(Quote(o_at, para.end, o_mark, "", depth, pi, continues=reopens and depth == 0))
    quotes.sort(key=lambda q: (q.start, -q.end))
    return quotes
