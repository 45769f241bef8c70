"""Encoding damage through ftfy: mojibake, HTML entities, control characters. Each change is its
own finding over a precise span; curly quotes, line endings and unnormalised text survive."""

from __future__ import annotations

import pytest

from repair import engine
from repair.config import Config
from repair.document import Document
from repair.model import Applicability
from repair.passes import encoding

CONFIG = Config(grammar="off", select=("encoding",))


def found(text: str, path: str = "-"):
    return [f for f in engine.check(text, CONFIG, path=path).findings]


def fixed(text: str, unsafe: bool = False) -> str:
    return engine.fix(text, CONFIG, unsafe_fixes=unsafe).text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The minister\u00e2\u20ac\u2122s plan failed.", "The minister’s plan failed."),
        ("A visit to Bogot\u00c3\u00a1 ended early.", "A visit to Bogotá ended early."),
        ("\u00e2\u20ac\u0153We will stay,\u00e2\u20ac\u009d she said.", "“We will stay,” she said."),
        ("Prices rose \u00e2\u20ac\u201d again.", "Prices rose — again."),
        ("Salt &amp; pepper were sold out.", "Salt & pepper were sold out."),
        ("The poll&#8217;s margin was wide.", "The poll’s margin was wide."),
        ("The report\u0008 was late.", "The report was late."),
        ("The cof\ufb01n was empty.", "The coffin was empty."),
    ],
)
def test_repairs(text, expected):
    assert fixed(text) == expected


def test_curly_quotes_and_other_text_are_kept_byte_for_byte():
    # Curly quotes, a CRLF line ending, a decomposed é (e + U+0301) and a no-break space around
    # one piece of mojibake: only the mojibake changes.
    text = "“Cafe\u0301 owners\u00a0agree,” said the r\u00c3\u00a9gion\u2019s chief.\r\nNext line.\r\n"
    expected = "“Cafe\u0301 owners\u00a0agree,” said the région\u2019s chief.\r\nNext line.\r\n"
    assert fixed(text) == expected
    (f,) = found(text)
    (edit,) = f.fix.edits
    assert text[edit.start : edit.end] == "\u00c3\u00a9" and edit.replacement == "é"


def test_one_finding_per_step_with_the_ftfy_step_named():
    text = "Ol\u00c3\u00a1 &amp; adeus, he wrote."
    by_rule = {f.rule: f for f in found(text)}
    assert set(by_rule) == {"encoding.mojibake", "encoding.html-entity"}
    assert "unescape_html" in by_rule["encoding.html-entity"].explanation
    assert "decode as utf-8" in by_rule["encoding.mojibake"].explanation
    assert "unescape_html" not in by_rule["encoding.mojibake"].explanation


def test_control_character_explained_and_shown():
    (f,) = found("Totals\u0007 rose.")
    assert f.rule == "encoding.control-character"
    assert "remove_control_chars" in f.explanation
    assert "U+0007" in f.message


def test_byte_order_mark_at_start_is_kept_but_not_inside():
    assert found("\ufeffA clean first line.") == []
    assert fixed("\ufeffOne\ufeff line.") == "\ufeffOne line."


def test_lost_bytes_are_only_shown():
    (f,) = found("It\u00e2\u20ac?s gone.")
    assert f.fix.applicability is Applicability.DISPLAY
    assert fixed("It\u00e2\u20ac?s gone.") == "It\u00e2\u20ac?s gone."


def test_lost_closing_quote_after_an_open_quote_is_restored():
    text = "Analysts called it “a surprise\u00e2\u20ac\ufffd and moved on."
    assert fixed(text) == "Analysts called it “a surprise” and moved on."
    (f,) = found(text)
    assert "unclosed “" in f.explanation


def test_quote_entities_follow_the_documents_curly_style():
    curly = "“Fine,” he said. The &quot;final&quot; figure and the mayor&#39;s view were late."
    assert fixed(curly) == "“Fine,” he said. The “final” figure and the mayor’s view were late."
    straight = '"Fine," he said. The &quot;final&quot; figure was late.'
    assert fixed(straight) == '"Fine," he said. The "final" figure was late.'


def test_entities_in_markdown_are_only_shown():
    text = "Salt &amp; pepper."
    (f,) = found(text, path="notes/article.md")
    assert f.fix.applicability is Applicability.DISPLAY
    (g,) = found(text, path="article.txt")
    assert g.fix.applicability is Applicability.SAFE


def test_full_width_letters_are_unsafe():
    text = "The firm ＸＹＺ said so."
    assert fixed(text) == text
    assert fixed(text, unsafe=True) == "The firm XYZ said so."


@pytest.mark.parametrize(
    "text",
    [
        "Clean text with “curly quotes”, an apostrophe’s curl — and a dash.",
        "São Paulo, Zürich, Kraków and Øresund are spelled right.",
        "Москва и Санкт-Петербург — Russian words are not mojibake.",
        "AT&T and R&D; both stay.",
        "Tabs\tstay, and so do\r\nCRLF endings.",
        "Ç’est la vie » à l’Élysée.",
    ],
)
def test_clean_text_is_untouched(text):
    assert found(text) == []


def test_clean_lines_never_reach_ftfy():
    doc = Document("Plain “news” text, café and Zürich.\n\nMore text: naïve coöperation.\n")
    assert encoding.suspect_lines(doc.text) == []
    damaged = "Fine line.\nBad line: caf\u00c3\u00a9.\nFine again."
    assert encoding.suspect_lines(damaged) == [(damaged.index("Bad"), damaged.index("\nFine again"))]


def test_changed_spans_keep_whole_entities_and_mojibake():
    assert encoding.changed_spans("a &amp; b", "a & b") == [(2, 7, 2, 3)]
    assert encoding.changed_spans("x \u00e2\u20ac\u201d y", "x — y") == [(2, 5, 2, 3)]
    assert encoding.changed_spans("caf\u00c3\u00a9 ok", "café ok") == [(3, 5, 3, 4)]
