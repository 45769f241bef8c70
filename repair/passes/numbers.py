"""Numbers written in a European source locale: decimal commas and space- or dot-grouped thousands.

English writes 7.5 and 1,500,000; much of Europe writes 7,5 and 1 500 000 or 1.500.000, and MT
often copies the digits through unchanged. The pass reads the Document's number tokens
("7,5", "1.500.000", "1,000,000" are one token each; "1 500 000" is three) and rewrites only
shapes that cannot be an English number: a comma followed by one or two digits is never an
English thousands separator, and groups of exactly three digits after a space or a dot are
thousands. English numbers ("7,500"), lists ("1, 2, 3", "1,2,3"), years ("2022,2023"),
versions ("1.2.3"), times ("10.30") and phone numbers ("+7 495 123 4567") are left alone.

A fix is safe when a unit or a currency makes the reading certain ("7,5 percent", "€1.500.000")
or the shape does ("1 500 000": two space groups); otherwise it is unsafe (probably right, worth
a look). A single dot group ("1.500 euros") may be a decimal and is only suggested.
"""

from __future__ import annotations

import bisect

from .. import rules, textre
from ..model import Applicability, Finding

NAME = "numbers"

DECIMAL_COMMA_RE = textre.compile(r"(\d+),(\d{1,2})")
DOT_GROUPED_RE = textre.compile(r"(\d{1,3})((?:\.\d{3})+)(?:,(\d+))?")
LAST_GROUP_RE = textre.compile(r"(\d{3})(?:,(\d+))?")
GROUP_SPACES = " \u00a0\u2009\u202f"
# Characters that, glued before a number, make it part of something else (a code, a phone
# number, a version, an identifier).
GLUED_BEFORE = set("+/.,:#_@") | set("0123456789")
# Where a number can be in a foreign format at all: digits around a comma, a dot or a space.
# One fast scan finds them, so a document is not walked token by token.
CANDIDATE_RE = textre.compile(r"\d[.,\u00a0\u2009\u202f ]\d")


def run(doc, config):
    text = doc.text
    tokens = doc.tokens
    starts = doc.token_starts
    candidates: list[int] = []  # indices of number tokens next to a candidate spot
    for m in textre.finditer(CANDIDATE_RE, text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and (not candidates or candidates[-1] < i):
            candidates.append(i)
    if not candidates:
        return
    by_id = {r.id: r for r in rules.rules_of(NAME)}
    context = _Context(text, by_id.get("numbers.decimal-comma"))
    done = -1  # last token index already handled (a space-grouped run spans several)
    for i in candidates:
        if i <= done:
            continue
        tok = tokens[i]
        if not _is_number(tok):
            continue
        run_end = _space_group_run(text, tokens, i)
        if run_end > i:
            finding = _space_grouped(doc, tokens, i, run_end, by_id, context)
            if finding:
                yield finding
            done = run_end
            continue
        if context.glued(tok.start, tok.end):
            continue
        if _whole(DECIMAL_COMMA_RE, tok.text):
            if not _beside_other_number(text, tokens, i):
                yield _decimal_comma(doc, tok, by_id["numbers.decimal-comma"], context)
        else:
            m = _whole(DOT_GROUPED_RE, tok.text)
            if m:
                finding = _dot_grouped(doc, tok, m, by_id["numbers.dot-thousands"], context)
                if finding:
                    yield finding


def _is_number(tok) -> bool:
    return "0" <= tok.text[0] <= "9"


class _Context:
    """What surrounds a number: a unit or currency makes its reading certain."""

    def __init__(self, text: str, rule) -> None:
        self.text = text
        data = rule.data if rule else {}
        self.units = {u.lower() for u in data.get("units", ())}
        self.currency_symbols = set(data.get("currency_symbols", ()))

    def certain(self, start: int, end: int) -> bool:
        text = self.text
        before = text[max(0, start - 2) : start].strip()
        if before and before[-1] in self.currency_symbols:
            return True
        # The first number of a range takes the unit of the second: "1,5-2,5 percent".
        rng = textre.match(r"\s?(?:[-–]|to|and)\s?\d+(?:[.,\u00a0 ]\d+)*", text, end, end + 24)
        if rng:
            end = rng.end()
        after = text[end : end + 24]
        if after[:1] in self.currency_symbols or after[:1] == "%" or after[:2] == " %":
            return True
        m = textre.match(r"[ \u00a0]?(\p{L}+)(?:[ \u00a0](\p{L}+))?", after)
        if not m:
            return False
        one = m.group(1).lower()
        two = f"{one} {m.group(2).lower()}" if m.group(2) else ""
        return one in self.units or two in self.units

    def glued(self, start: int, end: int) -> bool:
        text = self.text
        if start > 0 and (text[start - 1] in GLUED_BEFORE or text[start - 1].isalpha()):
            return True
        # "1,5,7" or "1.500.000.1": more of the same glued after
        return end + 1 < len(text) and text[end] in ".,:/" and text[end + 1].isdigit()


def _whole(pattern, s: str):
    m = textre.match(pattern, s)
    return m if m and m.end() == len(s) else None


def _beside_other_number(text: str, tokens, i: int, j: int | None = None) -> bool:
    """Two numbers side by side ("1,2 3,4" are pairs, "in 2022 500 people" two numbers): the
    token before token i or after token j (default i) is a number one space away."""
    j = i if j is None else j
    for a, b in ((i - 1, i), (j, j + 1)):
        if a < 0 or b >= len(tokens):
            continue
        if tokens[b].start - tokens[a].end == 1 and text[tokens[a].end] == " ":
            other = tokens[a] if a == i - 1 else tokens[b]
            if _is_number(other):
                return True
    return False


def _english(groups: list[str], fraction: str | None) -> str:
    return ",".join(groups) + (f".{fraction}" if fraction else "")


def _decimal_comma(doc, tok, rule, context):
    integer, fraction = tok.text.split(",")
    certain = context.certain(tok.start, tok.end)
    replacement = f"{integer}.{fraction}"
    return Finding.of(
        rule,
        doc.text,
        tok.start,
        tok.end,
        replacement=replacement,
        applicability=Applicability.SAFE if certain else Applicability.UNSAFE,
        explanation=(
            f"{rule.explanation} A comma followed by {len(fraction)} digit(s) cannot separate "
            "thousands in English"
            + (", and the unit or currency beside it makes the reading certain." if certain else ".")
        ),
        confidence=1.0 if certain else 0.8,
    )


def _space_group_run(text: str, tokens, i: int) -> int:
    """Index of the last token of a space-grouped number starting at token i ("1 500 000"), or i
    when there is none."""
    first = tokens[i]
    if not (len(first.text) <= 3 and first.text.isdigit()):
        return i
    j = i
    while j + 1 < len(tokens):
        cur, nxt = tokens[j], tokens[j + 1]
        if nxt.start - cur.end != 1 or text[cur.end] not in GROUP_SPACES:
            break
        if len(nxt.text) == 3 and nxt.text.isdigit():
            j += 1
            continue
        m = _whole(LAST_GROUP_RE, nxt.text)
        if m and m.group(2) and len(m.group(2)) <= 2:
            j += 1  # "1 500,5": a decimal comma closes the number
        break
    return j


def _space_grouped(doc, tokens, first, last, by_id, context):
    text = doc.text
    rule = by_id["numbers.space-thousands"]
    toks = tokens[first : last + 1]
    start, end = toks[0].start, toks[-1].end
    # Phone numbers, codes, a number before the run ("in 2022 500 people") or a digit group of
    # another length after it ("495 123 45 67"): not a grouped number.
    if context.glued(start, end) or _beside_other_number(text, tokens, first, last):
        return None
    if textre.match(r"[\u00a0\u2009\u202f]\d", text, end):
        return None
    groups = [t.text for t in toks]
    fraction = None
    if "," in groups[-1]:
        groups[-1], fraction = groups[-1].split(",")
    if fraction is None and any("," in g or "." in g for g in groups):
        return None
    replacement = _english(groups, fraction)
    certain = context.certain(start, end)
    applicability = Applicability.SAFE if certain or len(groups) > 2 else Applicability.UNSAFE
    return Finding.of(
        rule,
        text,
        start,
        end,
        replacement=replacement,
        applicability=applicability,
        explanation=rule.explanation
        + (" The unit or currency beside it makes the reading certain." if certain else ""),
        confidence=1.0 if applicability is Applicability.SAFE else 0.8,
    )


def _dot_grouped(doc, tok, m, rule, context):
    text = doc.text
    lead, dotted, fraction = m.group(1), m.group(2), m.group(3)
    groups = [lead, *dotted.split(".")[1:]]
    if fraction is not None and len(fraction) > 2:
        return None  # "1.500,125" is no locale's money or measure; leave it
    if len(groups) == 4 and fraction is None and all(int(g) <= 255 for g in groups):
        return None  # an IP address
    before = textre.search(r"(\p{L}+)\.?\s*$", text, max(0, tok.start - 12), tok.start)
    if before and before.group(1).lower() in {"version", "v", "release", "build", "ip", "rev"}:
        return None
    certain = context.certain(tok.start, tok.end)
    if len(groups) == 2 and fraction is None:
        # "1.500" is 1.5 in English and 1500 in German: only a suggestion, and only when a
        # unit says it is an amount.
        if not certain:
            return None
        applicability = Applicability.DISPLAY
    elif certain:
        applicability = Applicability.SAFE
    else:
        applicability = Applicability.UNSAFE
    replacement = _english(groups, fraction)
    return Finding.of(
        rule,
        text,
        tok.start,
        tok.end,
        replacement=replacement,
        applicability=applicability,
        explanation=rule.explanation
        + (
            " With a single group the number could also be a decimal, so this is only a suggestion."
            if applicability is Applicability.DISPLAY
            else ""
        ),
        confidence={Applicability.SAFE: 1.0, Applicability.UNSAFE: 0.8}.get(applicability, 0.5),
    )
