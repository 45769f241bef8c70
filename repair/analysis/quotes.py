"""Quotation spans, found once per document and shared by the quote and pronoun passes.

Quote marks are paired inside each paragraph with a stack, so a quote nested in a quote
(“… against “United Russia”. …, or “… ‘go home’ …”) is its own span one level down.

News convention: a quote that runs over several paragraphs leaves each paragraph open and
reopens the next with a quote mark; such a span is `closed=False, continues=True`.

MT damage the pairing has to survive:
- a single ’ after sentence punctuation that closes an open double quote (“….’): it pairs with
  the “ unless a double closing mark still follows in the paragraph (then the ’ is a stray
  single closer and the ” is the real one);
- a single closer after a letter (‘so-called’ reforms) closes an open ‘, unless a ’ after
  punctuation follows before the next quote mark (‘The workers’ union is strong,’ he said).
Apostrophes inside words (Putin’s, don't) are never quote marks, nor are marks inside the
Document's verbatim spans (Markdown code, URLs).
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import textre

OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'
SINGLE_OPENER = "‘"
DOUBLE_MARKS = OPENERS + CLOSERS + STRAIGHT
# The closing marks that belong to each opening mark ("„" closes with “ in German, ” in Polish).
PROPER_CLOSE = {"“": "”", "„": "“”", "«": "»", '"': '"', "‘": "’", "'": "'", "”": "”"}
REVERSED_OPENER = "”"  # a closing mark typed where a quote opens ("”We will win,” she said")
SENTENCE_PUNCTUATION = ".,!?…"

# Candidate marks: double quotes, ‘ opening a word, a ’ or ' that ends a word or follows
# punctuation (never one inside a word), and a straight ' that opens a quote. Each is classified
# further in `_classify`. A straight ' opens a quote only before a capital, at a paragraph's start
# or after sentence punctuation and a space ("'My grandmother was strict,' she said", "She said,
# 'We stay.'"): elsewhere a ' before a word is an elision ('em) or a letter of the word
# ('Utungake, Hawai'i).
STRAIGHT_SINGLE_OPENER = r"(?<=^|\n|[.,:;!?—–] )'(?=\p{Lu})"
STRAIGHT_SINGLE_OPENER_RE = textre.compile(STRAIGHT_SINGLE_OPENER)
MARK_RE = textre.compile(r"""[“”„«»"]|‘(?=[^\s\p{N}])|(?<=\S)’(?![\p{L}\p{N}])|(?<=[.,!?…])'(?=\s|$|[)\]"”])|""" + STRAIGHT_SINGLE_OPENER)
# Every match is one of these characters; a double mark always is one. (The marks are found with
# str.find and only the single ones asked of MARK_RE: a scan with the pattern tests every position.)
MARK_CHARS = "“”„«»\"‘’'"
SINGLE_MARK_CHARS = "‘’'"
# Most single marks are apostrophes inside words (it’s, don't), which a neighbour rules out before
# MARK_RE is asked: a ’ before a letter or digit, a ' not after sentence punctuation.
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_BEFORE_STRAIGHT_CLOSER = ".,!?…"


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # offset of the opening mark (or of the paragraph, when none opens it here)
    end: int  # offset after the closing mark (or the paragraph's end, when unclosed)
    open_mark: str  # "" when the paragraph has a closing mark but no opening one
    close_mark: str  # "" when unclosed in this paragraph
    depth: int  # 0 for a top-level quote, 1 for a quote inside it …
    paragraph: int  # index into doc.paragraphs
    continues: bool = False  # unclosed, and the next paragraph opens with a quote mark
    outer_mark: str = ""  # the opening mark of the enclosing quote ("" at depth 0)

    @property
    def closed(self) -> bool:
        return bool(self.close_mark)

    @property
    def inner(self) -> tuple[int, int]:
        """The quoted words, without the marks."""
        return self.start + len(self.open_mark), self.end - len(self.close_mark)

    @property
    def matched(self) -> bool:
        """Opened and closed with marks that belong together (“…” or ‘…’, not “…’)."""
        return bool(self.open_mark and self.close_mark) and self.close_mark in PROPER_CLOSE[self.open_mark]

    @property
    def is_double(self) -> bool:
        return (self.open_mark or self.close_mark) in DOUBLE_MARKS


def _opens(text: str, i: int) -> bool:
    """A straight quote opens when it follows a space, an opening bracket or the line start,
    and a non-space follows it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


def _straight_single_opens(text: str, at: int) -> bool:
    # (most straight marks are apostrophes before a lower-case letter: settled without the regex)
    return text[at + 1 : at + 2].isupper() and textre.match(STRAIGHT_SINGLE_OPENER_RE, text, at) is not None


def _reversed_opens(text: str, at: int) -> bool:
    """A ” in an opening mark's place, after a space or the line start and before a word, opens:
    Swedish and Finnish quote ”…”, and keyboards slip."""
    return _opens(text, at) and text[at + 1 : at + 2].isalnum()


def _classify(text: str, at: int, mark: str) -> str:
    """'open', 'close', 'either' (a straight double quote), 'single-close' (a ’ or ' after
    sentence punctuation) or 'single-maybe' (a ’ after a letter: closer or plural possessive)."""
    if mark in OPENERS or mark == SINGLE_OPENER or mark == "'" and _straight_single_opens(text, at):
        return "open"
    if mark in CLOSERS:
        return "open" if mark == REVERSED_OPENER and _reversed_opens(text, at) else "close"
    if mark == STRAIGHT:
        return "either"
    return "single-close" if text[at - 1] in SENTENCE_PUNCTUATION else "single-maybe"


def _marks_by_paragraph(doc) -> list[list[tuple[int, str]]]:
    """The candidate marks of each paragraph, from one scan of the whole text."""
    text = doc.text
    paragraphs = doc.paragraphs
    out: list[list[tuple[int, str]]] = [[] for _ in paragraphs]
    pi = 0
    check_verbatim = bool(doc.verbatim)
    for at in textre.char_positions(text, MARK_CHARS):
        mark = text[at]
        if mark in SINGLE_MARK_CHARS:
            if mark == "’" and text[at + 1 : at + 2] in _ASCII_ALNUM:
                continue
            if mark == "'" and (at == 0 or text[at - 1] not in _BEFORE_STRAIGHT_CLOSER) and not _straight_single_opens(text, at):
                continue
            if not textre.match(MARK_RE, text, at):
                continue  # not a quote mark here: an apostrophe inside a word, say
        while pi < len(paragraphs) and paragraphs[pi].end <= at:
            pi += 1
        if pi == len(paragraphs):
            break
        if at < paragraphs[pi].start:
            continue  # in the blank lines between paragraphs
        if check_verbatim and doc.in_verbatim(at, at + 1):
            continue  # quote marks in code or URLs are literal characters, not quotes
        out[pi].append((at, mark))
    return out


def find_quotes(doc) -> list[Quote]:
    text = doc.text
    paragraphs = doc.paragraphs
    quotes: list[Quote] = []
    for pi, marks in enumerate(_marks_by_paragraph(doc)):
        if not marks:
            continue  # most paragraphs: no quote, and nothing left open
        para = paragraphs[pi]
        nxt = paragraphs[pi + 1] if pi + 1 < len(paragraphs) else None
        if any(mark == "'" for _, mark in marks):
            marks = _paired_straight_openers(text, marks, para, nxt)
        kinds = [_classify(text, at, mark) for at, mark in marks]
        next_double, next_sure = _lookahead(marks, kinds)
        stack: list[tuple[int, str]] = []  # (offset, mark) of the quotes open at this point
        doubles_open = 0  # how many of them are double quotes

        def close(at: int, mark: str) -> None:
            nonlocal doubles_open
            o_at, o_mark = stack.pop()
            doubles_open -= o_mark in DOUBLE_MARKS
            outer = stack[-1][1] if stack else ""
            quotes.append(Quote(o_at, at + 1, o_mark, mark, len(stack), pi, outer_mark=outer))

        def leave_open(end: int) -> None:
            o_at, o_mark = stack.pop()
            outer = stack[-1][1] if stack else ""
            quotes.append(Quote(o_at, end, o_mark, "", len(stack), pi, outer_mark=outer))

        for i, ((at, mark), kind) in enumerate(zip(marks, kinds)):
            top = stack[-1][1] if stack else ""
            if kind == "single-close":
                if top in ("‘", "'"):
                    close(at, mark)
                elif top and _opens_or_none(text, marks, kinds, next_double[i]):
                    close(at, mark)  # MT's mismatched pair “….’: no double closer follows
                continue
            if kind == "single-maybe":
                # A ’ after a letter closes an open ‘ unless a ’ after punctuation comes before
                # the next other mark: then this one is an apostrophe (workers’) inside it.
                j = next_sure[i]
                if top == SINGLE_OPENER and not (j >= 0 and kinds[j] == "single-close"):
                    close(at, mark)
                continue
            if mark == "“" and top == "„":
                kind = "close"
            elif kind == "either":
                kind = "open" if _opens(text, at) or not stack else "close"
            if kind == "open":
                stack.append((at, mark))
                doubles_open += mark in DOUBLE_MARKS
            elif not stack:  # a closing mark with nothing open in this paragraph
                quotes.append(Quote(para.start, at + 1, "", mark, 0, pi))
            elif doubles_open:
                while stack[-1][1] not in DOUBLE_MARKS:  # single quotes left open inside
                    leave_open(at)
                close(at, mark)
            else:  # only single quotes open: pair the innermost (a mismatched ‘…”)
                close(at, mark)
        reopens = bool(nxt) and (
            text[nxt.start] in OPENERS + STRAIGHT + SINGLE_OPENER or _straight_single_opens(text, nxt.start)
            or text[nxt.start] == REVERSED_OPENER and _reversed_opens(text, nxt.start)
        )
        for depth in range(len(stack) - 1, -1, -1):
            o_at, o_mark = stack[depth]
            outer = stack[depth - 1][1] if depth else ""
            quotes.append(Quote(o_at, para.end, o_mark, "", depth, pi, reopens and depth == 0, outer))
    quotes.sort(key=lambda q: (q.start, -q.end))
    return quotes


def _paired_straight_openers(text: str, marks, para, nxt) -> list:
    """The marks without the straight ' openers that nothing closes: one is a quote only where a
    ' after punctuation follows in the paragraph, or, the last of them, where the next paragraph
    reopens the quote. ("The officer, 'Mamello Tlali, said …": the ' is a letter of the name.)"""
    out, closer_after = [], False
    reopened = nxt is not None and _straight_single_opens(text, nxt.start)
    for at, mark in reversed(marks):
        if mark == "'" and text[at - 1 : at] in _BEFORE_STRAIGHT_CLOSER and at > para.start:
            closer_after = True
        elif mark == "'" and not closer_after:
            if not reopened:
                continue
            reopened = False  # (only the last opener runs on into the next paragraph)
        out.append((at, mark))
    out.reverse()
    return out


def _lookahead(marks, kinds) -> tuple[list[int], list[int]]:
    """For each mark, the index of the next double mark, and of the next mark that is not a
    possible single closer after a letter (-1 when none): one sweep from the right, so the
    pairing stays linear however many marks a paragraph holds."""
    n = len(marks)
    next_double, next_sure = [-1] * n, [-1] * n
    double_at = sure_at = -1
    for i in range(n - 1, -1, -1):
        next_double[i], next_sure[i] = double_at, sure_at
        if marks[i][1] in DOUBLE_MARKS:
            double_at = i
        if kinds[i] != "single-maybe":
            sure_at = i
    return next_double, next_sure


def _opens_or_none(text: str, marks, kinds, j: int) -> bool:
    """True when the next double mark (index j, -1 for none) opens a quote or there is none."""
    if j < 0:
        return True
    if kinds[j] == "either":
        return _opens(text, marks[j][0])
    return kinds[j] == "open"


@dataclass(frozen=True, slots=True)
class MarkStyle:
    """How a document writes its quote marks and apostrophes: counts of each style, for double
    marks (“ ” vs ") and single marks and apostrophes (‘ ’ vs ')."""

    curly_double: int
    straight_double: int
    curly_single: int
    straight_single: int

    @property
    def curly(self) -> int:
        return self.curly_double + self.curly_single

    @property
    def straight(self) -> int:
        return self.straight_double + self.straight_single

    def majority(self, kind: str | None = None, min_count: int = 4, ratio: float = 3.0) -> str | None:
        """'curly' or 'straight' when one style clearly dominates, else None. With kind "double"
        or "single", that kind of mark decides when it clearly has a style of its own; otherwise
        all marks together do, so a document with few apostrophes still has a style."""
        counts = {
            "double": (self.curly_double, self.straight_double),
            "single": (self.curly_single, self.straight_single),
        }
        if kind in counts:
            own = _dominant(*counts[kind], min_count, ratio)
            if own:
                return own
        return _dominant(self.curly, self.straight, min_count, ratio)


def _dominant(curly: int, straight: int, min_count: int, ratio: float) -> str | None:
    if curly >= min_count and curly >= ratio * straight:
        return "curly"
    if straight >= min_count and straight >= ratio * curly:
        return "straight"
    return None


def mark_style(text: str) -> MarkStyle:
    return MarkStyle(
        curly_double=text.count("“") + text.count("”"),
        straight_double=text.count('"'),
        curly_single=text.count("‘") + text.count("’"),
        straight_single=text.count("'"),
    )
