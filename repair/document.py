"""A text and everything computed once about it, shared by all passes.

Each analysis is computed lazily on first use and cached: a pass asks `doc.sentences`
instead of re-scanning the text. The text is kept exactly as read (CRLF, a BOM, trailing
spaces), so offsets map straight back to the input.
"""

from __future__ import annotations

import bisect
import gc
import itertools
import operator
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from . import textre
from .spans import SpanIndex

BOM = "\ufeff"
_ASCII_CHARACTERS = tuple(map(chr, range(128)))
_ASCII_BYTES = bytes(range(128))

# Words after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st mt sr jr gen col lt sgt capt rep sen gov pres rev fr
    no nos vs etc e.g i.e approx dept est inc ltd co corp jan feb mar apr jun jul aug sep sept
    oct nov dec u.s u.k a.m p.m""".split()
)
# A stop after more letters than the longest abbreviation has ends a word that is none.
_PAST_ABBREVIATION = max(map(len, ABBREVIATIONS)) + 1

WORD_RE = textre.compile(r"\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-]\p{L}[\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,]\p{N}+)*")
# Words joined by single spaces, captured: splitting on it keeps the runs between the gaps.
WORD_RUN_SPLIT_RE = textre.compile(f"((?:{WORD_RE.pattern})(?: (?:{WORD_RE.pattern}))*)")
_SPLIT_ON_SPACE = operator.methodcaller("split", " ")
PARAGRAPH_BREAK_RE = textre.compile(r"(?:\r\n|\r|\n)[ \t\f\v]*(?:\r\n|\r|\n)[\s]*")
# What follows the first line break of every PARAGRAPH_BREAK_RE match.
_BREAK_FOLLOWERS = frozenset("\r\n \t\f\v")
# Text no pass may change: URLs, e-mail addresses, and in Markdown code (fenced and inline),
# HTML comments and tags, link targets. Prose rules would only do damage there.
# (The e-mail part starts only where no address character precedes, so that a long run such as
# "a.a.a.a…" is scanned once instead of once per position.)
URL_RE = textre.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"”’)\]]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
MARKDOWN_VERBATIM_RE = textre.compile(
    r"(?ms)^[ \t]{0,3}(```|~~~)[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)"  # fenced code
    r"|(`+)(?!`).+?(?<!`)\2(?!`)"  # inline code
    r"|<!--.*?-->"  # HTML comments
    r"|</?[A-Za-z][^>\n]*>"  # HTML tags
    r"|\]\([^)\s]*\)"  # link targets
)
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")
# a family name after the Arabic article, written in lower case: "al-Sabri", "el-Masri", "ash-Shami"
ARTICLED_NAME_RE = textre.compile(r"(?<![\p{L}\p{M}\p{N}'’-])(?:al|el|ad|an|ar|as|ash|at|az|ul)-(?=\p{Lu})")
SENTENCE_END_RE = textre.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+|$)")
SENTENCE_STOPS = ".!?…"  # every SENTENCE_END_RE match starts with one of these


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


class Token(NamedTuple):
    """A word. A named tuple rather than a dataclass: documents have a token every six
    characters, and tuples are several times cheaper to build."""

    start: int
    end: int
    text: str
    lower: str  # text.lower(), computed once: every pass compares lower-cased words

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


class Document:
    def __init__(self, text: str, path: str = "-") -> None:
        self.text = text
        self.path = path

    # --- positions -----------------------------------------------------------------------

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        text = self.text
        i = text.find("\n")
        while i != -1:
            starts.append(i + 1)
            i = text.find("\n", i + 1)
        return starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of a 0-based offset. A BOM is not a column."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        col = offset - self.line_starts[line] + 1
        if line == 0 and self.text.startswith(BOM) and offset > 0:
            col -= 1
        return line + 1, col

    def offset(self, line: int, col: int) -> int:
        """Inverse of line_col."""
        start = self.line_starts[line - 1]
        if line == 1 and self.text.startswith(BOM):
            start += 1
        return start + col - 1

    def line_span(self, offset: int) -> Span:
        """The line holding `offset`, without its line ending."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        start = self.line_starts[line]
        end = self.line_starts[line + 1] - 1 if line + 1 < len(self.line_starts) else len(self.text)
        if end > start and self.text[end - 1] == "\r":
            end -= 1
        return Span(start, end)

    # --- structure ---------------------------------------------------------------------------

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Blocks separated by blank lines, trimmed of surrounding white space."""
        spans, pos = [], 0
        text = self.text
        # The matches a scan with PARAGRAPH_BREAK_RE finds, without the scan (see sentences): the
        # pattern is tried only at a line break followed by another or by a blank, and not
        # inside the previous match.
        for i in textre.char_positions(text, "\r\n"):
            if i < pos or text[i + 1 : i + 2] not in _BREAK_FOLLOWERS:
                continue
            m = textre.match(PARAGRAPH_BREAK_RE, text, i)
            if m is not None:
                spans.append((pos, i))
                pos = m.end()
        spans.append((pos, len(text)))
        out = []
        for a, b in spans:
            while a < b and (text[a].isspace() or text[a] == BOM):
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                out.append(Span(a, b))
        return out

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def paragraph_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._paragraph_starts, offset) - 1)

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences inside each paragraph, split after . ! ? … unless the word is an
        abbreviation, an initial or a number."""
        text = self.text
        out: list[Span] = []
        is_abbreviation = self._is_abbreviation
        # What a scan of each paragraph with SENTENCE_END_RE finds, without the scan (the regex
        # engine tests every position of a character class; str.find jumps to each stop): the
        # pattern is tried at each stop not inside the previous match. A stop followed by a space
        # or a line break in the paragraph is a whole match by itself, so most need no regex.
        stops = textre.char_positions(text, SENTENCE_STOPS)
        k, n_stops = 0, len(stops)
        for para in self.paragraphs:
            start, para_end = para.start, para.end
            while k < n_stops and stops[k] < start:
                k += 1
            scanned = start  # where the previous match ended: no match starts before it
            while k < n_stops and stops[k] < para_end:
                stop = stops[k]
                k += 1
                if stop < scanned:
                    continue
                if stop + 1 < para_end and text[stop + 1] in " \n":
                    end = stop + 1
                else:
                    m = textre.match(SENTENCE_END_RE, text, stop, para_end)
                    if m is None:
                        continue
                    end = m.end()
                scanned = end
                if text[stop] == "." and is_abbreviation(stop):
                    continue
                nxt = end
                while nxt < para_end and text[nxt].isspace():
                    nxt += 1
                if nxt < para_end and text[nxt].islower():
                    continue
                out.append(Span(start, end))
                start = nxt
            if start < para_end:
                out.append(Span(start, para_end))
        return out

    def _is_abbreviation(self, dot: int) -> bool:
        """The letters and dots before `dot` (at most 12) form an abbreviation or an initial."""
        text, lo = self.text, max(0, dot - 12)
        if dot >= _PAST_ABBREVIATION and text[dot - _PAST_ABBREVIATION : dot].isalpha():
            return False  # most sentences end in a longer word: settled without finding its start
        before = text[lo:dot]
        space = before.rfind(" ")
        if space != -1 and before[space + 1 :].replace(".", "a").isalpha():
            word = before[space + 1 :]  # most stops: a word after a space, found without a loop
        else:
            i = dot
            while i > lo and (text[i - 1].isalpha() or text[i - 1] == "."):
                i -= 1
            if i > 0 and text[i - 1].isdigit():
                return False  # "the 1970s.", "his 20s.": a number's ending, not an initial
            word = text[i:dot]
        word = word.lower().strip(".")
        return bool(word) and (word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()))

    @cached_property
    def _token_columns(self) -> tuple[list[int], list[int], list[str], list[str]]:
        """Every word's start, end, text and lower-cased text, as four parallel lists.

        The hottest analysis, so no Python step per word. The regex module's time limit costs
        about half a microsecond per match, so the scan matches runs of words joined by single
        spaces (a few per sentence) rather than single words; each run splits on its spaces.
        Running totals of the gap and word lengths then give every word's start and end."""
        pieces = textre.split(WORD_RUN_SPLIT_RE, self.text)  # gap, run, gap, run, …, gap
        runs = list(map(_SPLIT_ON_SPACE, pieces[1::2]))
        words = list(itertools.chain.from_iterable(runs))
        gaps = [1] * len(words)  # within a run one space precedes each word but the first
        firsts = list(itertools.accumulate(map(len, runs), initial=0))  # index of each run's first word
        del firsts[-1]
        list(map(gaps.__setitem__, firsts, map(len, pieces[0::2])))
        lengths = [0] * (2 * len(words))
        lengths[0::2] = gaps
        lengths[1::2] = map(len, words)
        bounds = list(itertools.accumulate(lengths))
        return bounds[0::2], bounds[1::2], words, list(map(str.lower, words))

    @cached_property
    def tokens(self) -> list[Token]:
        # tuple.__new__(Token, fields) is what Token._make does, without a Python call per token.
        # The garbage collector is held off meanwhile: a burst of tens of thousands of tuples
        # that all stay alive would otherwise set off dozens of collections that free nothing.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return list(map(tuple.__new__, itertools.repeat(Token), zip(*self._token_columns)))
        finally:
            if collecting:
                gc.enable()

    @cached_property  # (read in hot loops: a plain attribute after the first read)
    def token_texts(self) -> list[str]:
        """Each token's text, for scans that filter tokens in C (itertools.compress)."""
        return self._token_columns[2]

    @cached_property
    def token_ends(self) -> list[int]:
        return self._token_columns[1]

    @cached_property
    def token_lowers(self) -> list[str]:
        return self._token_columns[3]

    @cached_property
    def capitalised(self) -> list[int]:
        """Indices of the tokens that start with a capital (names, sentence starts), and of the
        Arabic family names written with a lower-case article ("al-Sabri", "el-Masri"): the
        people analysis walks these instead of every token."""
        firsts = map(operator.itemgetter(0), self.token_texts)
        out = list(itertools.compress(range(len(self.tokens)), map(str.isupper, firsts)))
        if "-" in self.text:
            starts = self.token_starts
            articled = [bisect.bisect_left(starts, m.start()) for m in textre.finditer(ARTICLED_NAME_RE, self.text)]
            if articled:
                out = sorted(set(out).union(articled))
        return out

    @cached_property
    def token_starts(self) -> list[int]:
        return self._token_columns[0]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        i = bisect.bisect_left(self.token_starts, start)
        j = bisect.bisect_left(self.token_starts, end)
        return self.tokens[i:j]

    @cached_property
    def vocabulary(self) -> dict[str, int]:
        """How often each lower-cased word occurs in the document (in order of first occurrence)."""
        return dict(Counter(self.token_lowers))

    @cached_property
    def characters(self) -> str:
        """Each distinct character of the text once, in no particular order. A pass looking for
        rare characters (control codes, mojibake, another script) searches this short string with
        its one-character pattern instead of the whole text: the same answer, most documents
        done in one cheap step.

        A set of the text's characters costs a hash insertion per character. Instead, each ASCII
        character is looked for (a substring test in C, most found within the first line), and
        the few others are what is left of the UTF-8 bytes once the ASCII bytes are deleted."""
        text = self.text
        ascii_present = [c for c in _ASCII_CHARACTERS if c in text]
        others = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
        return "".join(ascii_present) + "".join(set(others))

    @cached_property
    def is_markdown(self) -> bool:
        return self.path.lower().endswith(MARKDOWN_SUFFIXES)

    @cached_property
    def verbatim(self) -> list[Span]:
        """Spans no fix may touch (code, URLs, markup), sorted and non-overlapping."""
        text = self.text
        spans = []
        if "://" in text or "www." in text or "@" in text:  # most prose has neither: skip the scan
            spans = [(m.start(), m.end()) for m in textre.finditer(URL_RE, text)]
        if self.is_markdown:
            spans += [(m.start(), m.end()) for m in textre.finditer(MARKDOWN_VERBATIM_RE, text)]
        merged: list[Span] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1].end:
                if b > merged[-1].end:
                    merged[-1] = Span(merged[-1].start, b)
            else:
                merged.append(Span(a, b))
        return merged

    def in_verbatim(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a verbatim span (an insertion: when it falls inside one)."""
        return self._verbatim_index.overlaps(start, end)

    @cached_property
    def _verbatim_index(self) -> SpanIndex:
        return SpanIndex((s.start, s.end) for s in self.verbatim)

    # --- richer analyses, each in its own module, imported on first use -----------------

    @cached_property
    def quotes(self):
        from .analysis.quotes import find_quotes

        return find_quotes(self)

    @cached_property
    def entities(self):
        from .entities import find_entities

        return find_entities(self)

    @cached_property
    def country(self) -> tuple[str, str, float] | None:
        """(country, why, weight) for the country the text is set in, or None (name_evidence.text_country)."""
        from .name_evidence import text_country

        return text_country(self)
