"""The shared analysis: positions, paragraphs, sentences, tokens, verbatim spans."""

from __future__ import annotations

from hypothesis import given, strategies as st

from repair.document import Document


def test_line_col_roundtrip_with_crlf_and_bom():
    text = "\ufeffab\r\ncd\n\nef"
    doc = Document(text)
    assert doc.line_col(1) == (1, 1)  # the BOM is not a column
    assert doc.line_col(text.index("c")) == (2, 1)
    assert doc.line_col(text.index("f")) == (4, 2)
    for i in range(1, len(text)):
        assert doc.offset(*doc.line_col(i)) == i


@given(st.text(alphabet=st.sampled_from("ab \n\r😀\u00e9"), max_size=60))
def test_line_col_agrees_with_splitting(text):
    doc = Document(text)
    for i in range(len(text) + 1):
        line, col = doc.line_col(i)
        assert line == text[:i].count("\n") + 1
        assert col == i - (text.rfind("\n", 0, i) + 1) + 1
        assert doc.offset(line, col) == i


def test_paragraphs_and_sentences():
    text = "Title line\n\nFirst one. Mr. Smith met Dr. Jones at 3.5 p.m. today. Then left!\r\n\r\n  Second para?\n"
    doc = Document(text)
    assert [text[p.start : p.end] for p in doc.paragraphs] == [
        "Title line",
        "First one. Mr. Smith met Dr. Jones at 3.5 p.m. today. Then left!",
        "Second para?",
    ]
    assert [text[s.start : s.end] for s in doc.sentences] == [
        "Title line",
        "First one.",
        "Mr. Smith met Dr. Jones at 3.5 p.m. today.",
        "Then left!",
        "Second para?",
    ]


def test_a_decade_ends_a_sentence_though_its_last_letter_looks_like_an_initial():
    text = "He kept bees from the 1970s. She took over in her 20s. J. R. Salih taught her."
    doc = Document(text)
    assert [text[s.start : s.end] for s in doc.sentences] == [
        "He kept bees from the 1970s.",
        "She took over in her 20s.",
        "J. R. Salih taught her.",
    ]


def test_tokens_keep_apostrophes_and_hyphens():
    doc = Document("Kara-Murza’s rock’n’roll 7,500 don't")
    assert [t.text for t in doc.tokens] == ["Kara-Murza’s", "rock’n’roll", "7,500", "don't"]
    assert doc.vocabulary["kara-murza’s"] == 1


def test_markdown_verbatim_spans():
    text = "Run `a  b` now.\n\n```\nx  y\n```\n\nSee https://e.com/a  b <!-- c  d -->\n"
    doc = Document(text, "doc.md")
    inside = [text.index("a  b") + 1, text.index("x  y") + 1, text.index("c  d") + 1, text.index("e.com")]
    assert all(doc.in_verbatim(i, i + 1) for i in inside)
    after_url = text.index(" b <")
    assert not doc.in_verbatim(after_url, after_url + 1)
    plain = Document(text, "doc.txt")
    assert not plain.in_verbatim(inside[0], inside[0] + 1)  # code markup means nothing in .txt
    assert plain.in_verbatim(inside[3], inside[3] + 1)  # URLs are verbatim everywhere
