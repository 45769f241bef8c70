"""Quote marks: mismatched pairs, quotes left open or never opened, double quotes nested in
double quotes, foreign quote marks, and marks that break the document's straight/curly style.

Everything here reads `doc.quotes` (repair/analysis/quotes.py), which pairs the marks once per
document and knows the news convention of a quote running over several paragraphs.
"""

from __future__ import annotations

from .. import rules, textre
from ..analysis.quotes import DOUBLE_MARKS, REVERSED_OPENER, SENTENCE_PUNCTUATION, mark_style
from ..model import Applicability, Edit, Finding

NAME = "quotes"

# The closing mark a quote should end with, given its opening mark.
CLOSER_FOR = {"“": "”", '"': '"', "„": "“", "«": "»", "‘": "’", "'": "'", "”": "”"}
FOREIGN_OPENERS = "„«‹"
MAX_SPAN = 300  # characters of a quote a finding may cover
# An apostrophe between two letters, one pattern per style; the literal first is found fast.
APOSTROPHE_RE = {"'": textre.compile(r"'(?<=\p{L}')(?=\p{L})"), "’": textre.compile(r"’(?<=\p{L}’)(?=\p{L})")}


def run(doc, config):
    text = doc.text
    styles = mark_style(text)
    style = styles.majority("double")
    quotes = doc.quotes
    top_level_double = sum(1 for q in quotes if q.depth == 0 and q.is_double)
    top_level_single = sum(1 for q in quotes if q.depth == 0 and not q.is_double)
    left_open = {q.paragraph for q in quotes if q.open_mark and not q.closed and not q.continues}
    for q in quotes:
        if q.open_mark == REVERSED_OPENER:
            yield _reversed_opening(doc, q)
        elif q.open_mark and q.close_mark and not q.matched:
            yield _mismatched(doc, q, top_level_double >= top_level_single)
        elif q.open_mark and not q.close_mark and not q.continues:
            yield _unclosed(doc, q)
        elif q.close_mark and not q.open_mark:
            yield _unopened(doc, q, left_open)
        elif q.matched and q.depth > 0 and q.open_mark == "“" and q.outer_mark == "“":
            yield _nested_double(doc, q)
        elif q.matched and q.open_mark in FOREIGN_OPENERS:
            yield _foreign_marks(doc, q, style)
        elif q.matched and style and q.open_mark in '"“':
            finding = _double_style(doc, q, style)
            if finding:
                yield finding
    apostrophe_style = styles.majority("single")
    if apostrophe_style:
        yield from _apostrophes(doc, apostrophe_style, styles)


def _span(q) -> tuple[int, int]:
    """A finding's span over a whole quote, or only its opening mark when the quote is long
    (reports stay readable, and pathological nesting stays linear)."""
    return (q.start, q.end) if q.end - q.start <= MAX_SPAN else (q.start, q.start + 1)


def _mismatched(doc, q, doc_prefers_double: bool) -> Finding:
    rule = rules.rule("quotes.mismatched-pair")
    close_at = q.end - len(q.close_mark)
    if q.open_mark in "“\"„«" or doc_prefers_double is False or q.close_mark not in DOUBLE_MARKS:
        # The opening mark is the reliable one: MT damages the end of a segment. (So too for
        # ‘…' : both single, the pair is no double quote opened with a single mark.)
        want = CLOSER_FOR[q.open_mark]
        edits = (Edit(close_at, q.end, want),)
        applicability = Applicability.SAFE if q.open_mark == "“" and q.close_mark in "’'" else Applicability.UNSAFE
        what = f"opened with {q.open_mark} but closed with {q.close_mark}; the closing mark becomes {want}"
        if applicability is Applicability.SAFE:
            what += (
                f" (the {q.close_mark} follows the final punctuation and no other closing mark is left in "
                "the paragraph, so it can only end this quote)"
            )
    else:  # ‘…” in a document that quotes with double marks: the opening mark is the odd one
        edits = (Edit(q.start, q.start + 1, "“"),)
        applicability = Applicability.UNSAFE
        what = f"opened with {q.open_mark} but closed with {q.close_mark}; the document quotes with double marks, so the opening mark becomes “"
    line, col = doc.line_col(q.start)
    return Finding.of(
        rule,
        doc.text,
        edits[0].start,
        edits[0].end,
        edits=edits,
        applicability=applicability,
        explanation=f"The quote that opens at line {line}, column {col} is {what}.",
    )


def _unclosed(doc, q) -> Finding:
    rule = rules.rule("quotes.unclosed")
    text = doc.text
    para = doc.paragraphs[q.paragraph]
    line, col = doc.line_col(q.start)
    if q.end == para.end:
        nxt = "the end of the text" if q.paragraph + 1 == len(doc.paragraphs) else "the next paragraph, which does not reopen it"
        where = f"runs to the end of its paragraph and on to {nxt}"
    else:
        where = "is still open when the enclosing quote closes"
    explanation = (
        f"The quote opened with {q.open_mark} at line {line}, column {col} {where}. A quote may run to a "
        "paragraph's end only when the next paragraph reopens it; where this one should end is for the "
        "editor to decide."
    )
    if q.end == para.end and text[q.end - 1] in SENTENCE_PUNCTUATION:
        # Suggest the closing mark at the paragraph's end, and show the last words there so the
        # suggestion reads as "…the mayor said." → "…the mayor said.”".
        tail = doc.tokens_in(max(q.start + 1, q.end - 30), q.end)
        start = tail[0].start if tail else q.start
        closer = CLOSER_FOR.get(q.open_mark, "”")
        return Finding.of(
            rule,
            text,
            start,
            q.end,
            edits=(Edit(q.end, q.end, closer),),
            message=f"Quote opened at line {line}, column {col} is never closed",
            explanation=explanation,
        )
    # No sentence end to close at: point at the opening mark (the quote may run for pages).
    return Finding.of(rule, text, q.start, q.start + len(q.open_mark), explanation=explanation)


def _reversed_opening(doc, q) -> Finding:
    rule = rules.rule("quotes.reversed-opening")
    where = "closes with ” after it" if q.close_mark else "runs on from it"
    return Finding.of(
        rule,
        doc.text,
        q.start,
        q.start + 1,
        edits=(Edit(q.start, q.start + 1, "“"),),
        explanation=(
            f"The ” stands where a quote opens (after a space or the start of a line, before a word) and the "
            f"quote {where}; English opens with “."
        ),
    )


def _unopened(doc, q, left_open: set[int]) -> Finding:
    rule = rules.rule("quotes.unopened")
    evidence = f"The closing {q.close_mark} has no opening mark before it in this paragraph."
    if q.paragraph - 1 in left_open:
        evidence += " The previous paragraph leaves a quote open: one paragraph may have been split in two."
    close_at = q.end - len(q.close_mark)
    return Finding.of(rule, doc.text, close_at, q.end, explanation=f"{evidence} Where the quote starts is for the editor to decide.")


def _nested_double(doc, q) -> Finding:
    rule = rules.rule("quotes.nested-double")
    inner = doc.text[q.inner[0] : q.inner[1]]
    return Finding.of(
        rule,
        doc.text,
        *_span(q),
        edits=(Edit(q.start, q.start + 1, "‘"), Edit(q.end - 1, q.end, "’")),
        explanation=(
            f"“{inner}” is quoted inside a passage that already opens with “ and is still open here; "
            "English marks a quote within a quote with single marks. Check the pairing before applying."
        ),
    )


def _foreign_marks(doc, q, style) -> Finding:
    rule = rules.rule("quotes.foreign-marks")
    opener, closer = ('"', '"') if style == "straight" else ("“", "”")
    return Finding.of(
        rule,
        doc.text,
        *_span(q),
        edits=(Edit(q.start, q.start + 1, opener), Edit(q.end - 1, q.end, closer)),
        explanation=(
            f"{q.open_mark}…{q.close_mark} are the source language's quote marks; English uses "
            f"{opener}…{closer}. The pair is closed, so both marks change together."
        ),
    )


def _double_style(doc, q, style) -> Finding | None:
    text = doc.text
    if style == "curly" and q.open_mark == '"' and q.close_mark == '"':
        # Guard against inch marks and other lone straight quotes paired by accident.
        before_close = text[q.end - 2]
        if before_close.isspace() or before_close.isdigit() or text[q.start + 1].isspace():
            return None
        opener, closer, was = "“", "”", 'straight "…"'
    elif style == "straight" and q.open_mark == "“" and q.close_mark == "”":
        opener, closer, was = '"', '"', "curly “…”"
    else:
        return None
    rule = rules.rule("quotes.double-style")
    return Finding.of(
        rule,
        text,
        *_span(q),
        edits=(Edit(q.start, q.start + 1, opener), Edit(q.end - 1, q.end, closer)),
        explanation=(
            f"This quote uses {was} marks in a document that mostly uses {style} ones. Straight marks "
            "are also inch marks and code, so check before applying."
        ),
    )


def _apostrophes(doc, style, styles):
    rule = rules.rule("quotes.apostrophe-style")
    text = doc.text
    want, odd = ("’", "'") if style == "curly" else ("'", "’")
    for m in textre.finditer(APOSTROPHE_RE[odd], text):
        if _in_code(doc, m.start()) or doc.in_verbatim(m.start(), m.end()):
            continue
        word = _word_around(doc, m.start())
        yield Finding.of(
            rule,
            text,
            word[0],
            word[1],
            edits=(Edit(m.start(), m.end(), want),),
            explanation=(
                f"‘{text[word[0]:word[1]]}’ uses {odd} in a document whose quote marks and apostrophes are "
                f"mostly {style} ({styles.curly} curly, {styles.straight} straight); inside a word the mark "
                f"can only be an apostrophe, so it becomes {want}."
            ),
        )


def _word_around(doc, at: int) -> tuple[int, int]:
    for t in doc.tokens_in(max(0, at - 40), at + 1):
        if t.start < at < t.end:
            return t.start, t.end
    return at, at + 1


def _in_code(doc, at: int) -> bool:
    """Inside a `code span` on the same line (Markdown): quote marks there are literal."""
    line = doc.line_span(at)
    return doc.text.count("`", line.start, at) % 2 == 1
