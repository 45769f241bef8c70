"""Encoding damage: mojibake, HTML entities, control characters — found and fixed by ftfy.

ftfy is run line by line, and only on lines where a cheap scan saw something it could change
(a mojibake lead character followed by a continuation character, an entity, a control or
format character, a ligature, a full-width form). Running ftfy on every line of every document
would cost more than the rest of the pipeline together.

ftfy returns the fixed line and the steps it took; the difference between the two lines is cut
into the smallest changed spans, so text outside an edit is left byte for byte. Each span is one
finding, explained by the ftfy step that fixes it (found by fixing the span on its own; when the
span cannot be fixed out of context, the steps ftfy took for the whole line are given).

ftfy is configured not to straighten curly quotes, not to touch line breaks and not to
normalise Unicode: those are choices of the document, not damage.
"""

from __future__ import annotations

import difflib
import functools

from .. import rules, textre
from ..model import Applicability, Edit, Finding

NAME = "encoding"

# Characters that start anything ftfy could change. One character class, so the scan of a clean
# document costs one fast regex search; each hit is then checked in Python.
SUSPECT_RE = textre.compile(
    r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u00c2-\u00f4\u0420\u0421\u201a\ufffd\ufb00-\ufb06"
    r"\uff01-\uff5e\uff61-\uff9f\u3000\u206a-\u206f\ufff9-\ufffc\ufeff&]"
)
# A character that a lead byte of UTF-8 is followed by once the bytes are decoded as Latin-1,
# Windows-1252 or Windows-1251 (the bytes 0x80–0xBF).
CONTINUATION = frozenset(
    [chr(c) for c in range(0x80, 0xC0)]
    + list("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")
    + list("ЂЃѓЉЊЌЋЏђљњќћџЎўЈҐЁЄЇІіґёєјЅѕї№")
    + ["Ä"]  # Mac Roman's reading of the byte 0x80, as in ‘‚Äô’ for ’
)
# Lead characters of mojibake: Latin-1 0xC2–0xF4 for Windows-1252/Latin-1 mojibake, Р and С for
# Windows-1251 mojibake of Cyrillic, ‚ for Mac Roman mojibake of ’ “ ”.
MOJIBAKE_LEADS = frozenset([chr(c) for c in range(0xC2, 0xF5)] + ["Р", "С", "‚"])
ENTITY_RE = textre.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
BOM = "\ufeff"
WORD_RE = textre.compile(r"\S+")

# What each ftfy step means, for the explanation.
STEP_WORDS = {
    "unescape_html": "unescape_html (an HTML entity written out as text)",
    "remove_control_chars": "remove_control_chars (a control character that displays as nothing)",
    "remove_terminal_escapes": "remove_terminal_escapes (a terminal colour code)",
    "fix_c1_controls": "fix_c1_controls (a Windows-1252 character stored as a C1 control code)",
    "fix_latin_ligatures": "fix_latin_ligatures (a typographic ligature such as ﬁ)",
    "fix_character_width": "fix_character_width (full-width or half-width forms)",
    "decode_inconsistent_utf8": "decode_inconsistent_utf8 (UTF-8 bytes read in a single-byte encoding)",
    "fix_surrogates": "fix_surrogates (a character split into UTF-16 surrogates)",
    "restore_byte_a0": "restore_byte_a0 (a no-break space byte turned into a space)",
    "replace_lossy_sequences": "replace_lossy_sequences (part of the bytes are lost; marked with �)",
}


@functools.cache
def _ftfy():
    import ftfy

    config = ftfy.TextFixerConfig(
        uncurl_quotes=False, fix_line_breaks=False, normalization=None, explain=True
    )
    return ftfy, config


def _suspect_positions(text: str, characters: str) -> list[int]:
    """Where the suspect characters among `characters` (the text's distinct characters) stand,
    in order. Most documents hold one or two (an accented letter, an ampersand): finding each with
    str.find is several times faster than scanning with the character class."""
    positions: list[int] = []
    for c in textre.findall(SUSPECT_RE, characters):
        i = text.find(c)
        while i != -1:
            positions.append(i)
            i = text.find(c, i + 1)
    positions.sort()
    return positions


def suspect_lines(text: str, characters: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of each line holding something ftfy could change, without its line break.
    `characters`, the text's distinct characters (Document.characters), makes it faster."""
    out: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    positions = _suspect_positions(text, characters) if characters is not None else None
    k = 0  # positions[k] is the first suspect position not yet passed
    while pos < n:
        if positions is None:
            m = textre.search(SUSPECT_RE, text, pos)
            if not m:
                break
            i = m.start()
        else:
            while k < len(positions) and positions[k] < pos:
                k += 1
            if k == len(positions):
                break
            i = positions[k]
        c = text[i]
        if c in MOJIBAKE_LEADS and not (i + 1 < n and text[i + 1] in CONTINUATION):
            pos = i + 1
            continue
        if c == "&" and not textre.match(ENTITY_RE, text, i):
            pos = i + 1
            continue
        if c == BOM and i == 0:  # a byte-order mark opening the file is a file marker, not damage
            pos = 1
            continue
        start = text.rfind("\n", 0, i) + 1
        end = text.find("\n", i)
        end = n if end == -1 else end
        out.append((start, end))
        pos = end + 1
    return out


def run(doc, config):
    text = doc.text
    if not textre.search(SUSPECT_RE, doc.characters):  # most documents: nothing ftfy could change
        return
    lines = suspect_lines(text, doc.characters)
    if not lines:
        return
    ftfy, fixer_config = _ftfy()
    by_id = {r.id: r for r in rules.rules_of(NAME)}
    markdown = doc.is_markdown
    for start, end in lines:
        if start == 0 and text.startswith(BOM):
            start = 1
        line = text[start:end]
        fixed, steps = ftfy.fix_and_explain(line, fixer_config)
        if fixed == line:
            fixed, steps = _fix_words(line, ftfy, fixer_config)
            if fixed == line:
                continue
        for a0, a1, b0, b1 in changed_spans(line, fixed):
            yield _finding(by_id, text, start, line, a0, a1, fixed, b0, b1, steps, ftfy, fixer_config, markdown)


def _fix_words(line: str, ftfy, fixer_config):
    """ftfy decides for a whole line; a line that mixes correct typography with mojibake (“…â€�)
    can fail as a whole. Then each word holding a mojibake signature is tried on its own."""
    out, steps, pos = [], [], 0
    for m in textre.finditer(WORD_RE, line):
        word = m.group()
        if not any(a in MOJIBAKE_LEADS and b in CONTINUATION for a, b in zip(word, word[1:])):
            continue
        fixed, word_steps = ftfy.fix_and_explain(word, fixer_config)
        if fixed != word:
            out.append(line[pos : m.start()])
            out.append(fixed)
            steps.extend(word_steps)
            pos = m.end()
    out.append(line[pos:])
    return "".join(out), steps


def changed_spans(old: str, new: str) -> list[tuple[int, int, int, int]]:
    """The smallest spans (old start, old end, new start, new end) that turn `old` into `new`.

    A character diff can align a kept character with its own mojibake (‘â€”’ → ‘—’ keeps the
    ‘—’ and deletes ‘â€’) or cut an entity (‘&amp;’ → ‘&’ deletes ‘amp;’). So a pure deletion
    or insertion is widened over the neighbouring punctuation and symbols it belongs with, up to
    a letter, a digit or a space, and spans that then touch are merged."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    spans: list[list[int]] = []
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if a0 == a1 or b0 == b1:
            while a0 > 0 and b0 > 0 and old[a0 - 1] == new[b0 - 1] and _joins(old[a0 - 1]):
                a0, b0 = a0 - 1, b0 - 1
            while a1 < len(old) and b1 < len(new) and old[a1] == new[b1] and _joins(old[a1]):
                a1, b1 = a1 + 1, b1 + 1
        if spans and a0 <= spans[-1][1]:
            spans[-1][1], spans[-1][3] = max(spans[-1][1], a1), max(spans[-1][3], b1)
        else:
            spans.append([a0, a1, b0, b1])
    return [tuple(s) for s in spans]


def _joins(c: str) -> bool:
    return not (c.isalnum() or c.isspace())


def _finding(by_id, text, line_start, line, a0, a1, fixed, b0, b1, line_steps, ftfy, fixer_config, markdown):
    old, new = line[a0:a1], fixed[b0:b1]
    own_fixed, own_steps = ftfy.fix_and_explain(old, fixer_config) if old else (old, [])
    steps = own_steps if own_fixed == new and own_steps else line_steps
    rule_id = _classify(old, steps)
    rule = by_id[rule_id]
    applicability = None
    note = ""
    if "\ufffd" in new:
        new, applicability, note = _lost_character(fixed[:b0], old, new, fixed[b1 : b1 + 1])
    elif rule_id == "encoding.html-entity" and markdown:
        applicability = Applicability.DISPLAY  # entities are legitimate Markdown
    start, end = line_start + a0, line_start + a1
    if rule_id == "encoding.html-entity" and new in ('"', "'"):
        new, note = _curl_like_document(text, start, new)
    explained = "; ".join(dict.fromkeys(_describe(s) for s in steps))
    explanation = f"{rule.explanation} ftfy: {explained}. {_show(old)} becomes {_show(new)}.{note}"
    return Finding.of(
        rule,
        text,
        start,
        end,
        edits=(Edit(start, end, new),),
        applicability=applicability,
        # The reports show the span and its replacement; only invisible characters need naming.
        message=f"{rule.summary}: {_show(old)}" if rule_id == "encoding.control-character" else rule.summary,
        explanation=explanation,
    )


def _curl_like_document(text: str, start: int, mark: str) -> tuple[str, str]:
    """&quot; and &#39; unescape to straight quotes; in a document that writes curly quotes, the
    curly one fits (opening after a space or bracket, closing otherwise)."""
    before = text[start - 1] if start > 0 else " "
    opening = before.isspace() or before in "([{—–"
    curly_double = text.count("“") + text.count("”") - text.count('"')
    curly_single = text.count("’") + text.count("‘") - text.count("'")
    if mark == '"' and curly_double > 0:
        curly = "“" if opening else "”"
    elif mark == "'" and (curly_single > 0 or curly_single == 0 and curly_double > 0):
        curly = "‘" if opening else "’"
    else:
        return mark, ""
    return curly, f" The document writes curly quotes, so the entity becomes ‘{curly}’ rather than ‘{mark}’."


def _lost_character(before: str, old: str, new: str, after: str):
    """ftfy marks a character whose last byte was lost with �. The bytes E2 80 start the
    punctuation block (‘ ’ “ ” – — …). When that character ends a word after an unclosed “ on
    the line, it closes the quotation: an editor types ” without a second thought, so the fix is
    safe. Otherwise the character cannot be known and the mark is only shown."""
    if "\u00e2\u20ac" in old and new.count("\ufffd") == 1 and new.endswith("\ufffd"):
        ends_word = not after or after.isspace() or after in ".,;:!?)]"
        if ends_word and before.count("“") > before.count("”"):
            note = " The lost character ends a word after an unclosed “ on this line: it is the closing ”."
            return new.replace("\ufffd", "”"), None, note
    return new, Applicability.DISPLAY, " Part of the bytes were lost: the character cannot be recovered."


def _classify(old: str, steps) -> str:
    names = {s[1] for s in steps}
    if textre.search(ENTITY_RE, old) and "unescape_html" in names:
        return "encoding.html-entity"
    if names & {"fix_latin_ligatures"} and not names - {"fix_latin_ligatures"}:
        return "encoding.ligature"
    if names & {"fix_character_width"} and not names - {"fix_character_width"}:
        return "encoding.character-width"
    if names and not names - {"remove_control_chars", "remove_terminal_escapes"}:
        return "encoding.control-character"
    return "encoding.mojibake"


def _describe(step) -> str:
    action, parameter = step
    if action == "encode":
        return f"encode as {parameter}"
    if action == "decode":
        return f"decode as {parameter}"
    return STEP_WORDS.get(parameter, f"{action} {parameter}")


def _show(s: str) -> str:
    """A span for a message: control characters as code points, so they can be seen."""
    if not s:
        return "nothing"
    shown = "".join(
        c if c.isprintable() and c != BOM else f"U+{ord(c):04X}" for c in s
    )
    return f"‘{shown}’"
