"""Quote pairing (repair/analysis/quotes.py) and the quote rules (repair/passes/quotes.py), on
texts written for these tests."""

from __future__ import annotations

import pytest

from repair import engine
from repair.analysis.quotes import Quote, mark_style
from repair.config import Config
from repair.document import Document
from repair.model import Applicability

from support import Families

FAMILIES = Families("quotes")
CONFIG = FAMILIES.config
found, fixed = FAMILIES.found, FAMILIES.fixed


def quotes(text: str) -> list[Quote]:
    return Document(text).quotes


def spans(text: str) -> list[tuple[str, int, str, bool]]:
    """(quoted text with marks, depth, close mark, continues) for each quote."""
    return [(text[q.start : q.end], q.depth, q.close_mark, q.continues) for q in quotes(text)]


# --- the shared analysis -------------------------------------------------------------------


def test_quote_interface():
    text = "She said: “We are ready.” Then she left."
    (q,) = quotes(text)
    assert (q.open_mark, q.close_mark, q.depth, q.paragraph, q.continues) == ("“", "”", 0, 0, False)
    assert q.closed and q.matched
    assert text[slice(*q.inner)] == "We are ready."
    assert text[q.start : q.end] == "“We are ready.”"


def test_nested_single_quote_inside_double():
    text = "“He told me ‘go home.’ So I went,” she said."
    assert spans(text) == [
        ("“He told me ‘go home.’ So I went,”", 0, "”", False),
        ("‘go home.’", 1, "’", False),
    ]


def test_nested_double_quote_records_its_outer_mark():
    text = "“We fought “Fair Russia” for years,” he said."
    inner = [q for q in quotes(text) if q.depth == 1]
    assert [(text[q.start : q.end], q.outer_mark) for q in inner] == [("“Fair Russia”", "“")]


def test_apostrophes_are_not_quote_marks():
    text = "“The workers’ union won’t strike,” she said. The farmers’ market opened."
    assert spans(text) == [("“The workers’ union won’t strike,”", 0, "”", False)]


def test_possessive_inside_a_single_quote_does_not_close_it():
    text = "‘The workers’ union is strong,’ he said."
    assert spans(text) == [("‘The workers’ union is strong,’", 0, "’", False)]


def test_straight_single_quotes_pair_where_a_quote_can_open():
    text = "'My grandmother was strict,' Peleseuma said. 'If the bark tore, I started again.'\n\nHe said, 'We stay.'"
    assert spans(text) == [
        ("'My grandmother was strict,'", 0, "'", False),
        ("'If the bark tore, I started again.'", 0, "'", False),
        ("'We stay.'", 0, "'", False),
    ]
    # before a lower-case word, or not after a stop, a ' is an elision or a letter of a name
    assert spans("He was born on 'Utungake in Tonga. Rock 'n' roll, and 'em too.") == []
    # nor one that nothing closes: "'Mamello" (a Sesotho name) after a comma
    assert spans("The officer, 'Mamello Tlali, said the ministry would watch.") == []
    # inside a double quote, closed right before the double closer
    text = "\"She said: 'Now you can begin,'\" Tavakoli said."
    assert spans(text) == [(text[: text.index(" Tavakoli")], 0, '"', False), ("'Now you can begin,'", 1, "'", False)]
    # over two paragraphs, the second reopened
    text = "'We did not speak for months,' he said. 'Then her mother called.\n\n'She said we were stupid.'"
    assert [(q.close_mark, q.continues) for q in quotes(text)] == [("'", False), ("", True), ("'", False)]


def test_single_quote_closed_after_a_word():
    text = "The so-called ‘reform’ failed."
    assert spans(text) == [("‘reform’", 0, "’", False)]


def test_mt_single_closer_pairs_with_the_open_double_quote():
    text = "“Nobody can pay the rent anymore.’ She sighed."
    (q,) = quotes(text)
    assert (q.open_mark, q.close_mark, q.matched) == ("“", "’", False)


def test_stray_single_closer_does_not_steal_a_later_double_closer():
    text = "“He said it was over.’ and then he left,” she recalled."
    (q,) = quotes(text)
    assert (text[q.start : q.end], q.matched) == ("“He said it was over.’ and then he left,”", True)


def test_multi_paragraph_quote_continues():
    text = "“The bridge will reopen in May.\n\n“Work began last year,” the mayor said."
    assert spans(text) == [
        ("“The bridge will reopen in May.", 0, "", True),
        ("“Work began last year,”", 0, "”", False),
    ]


def test_unclosed_quote_before_a_plain_paragraph_does_not_continue():
    text = "“The bridge will reopen in May.\n\nWork began last year."
    (q,) = quotes(text)
    assert (q.closed, q.continues) == (False, False)


def test_german_low_high_quotes_pair():
    text = "The paper „Neue Zeit“ closed."
    (q,) = quotes(text)
    assert (q.open_mark, q.close_mark, q.matched) == ("„", "“", True)


def test_straight_quotes_pair():
    text = 'He said "no" and she said "yes".'
    assert [t for t, *_ in spans(text)] == ['"no"', '"yes"']


def test_mark_style_majority():
    assert mark_style("“It’s ours,” she said. “We’re staying.” Bob's").majority() == "curly"
    assert mark_style("\"It's ours,\" she said. \"We're staying.\" Bob’s").majority() == "straight"
    assert mark_style("“It's ours,” she said.").majority() is None  # too few to call


# --- the rules ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“Prices will not fall this year.’", "“Prices will not fall this year.”"),
        ("“We are leaving,’ she said. “Now.”", "“We are leaving,” she said. “Now.”"),
        ("He said: “Enough!’\n\nThe hall fell silent.", "He said: “Enough!”\n\nThe hall fell silent."),
    ],
)
def test_double_quote_closed_with_single_mark_is_fixed_by_default(text, expected):
    (f,) = found(text, "quotes.mismatched-pair")
    assert f.fix.applicability is Applicability.SAFE
    assert f.text == "’"
    assert fixed(text) == expected


def test_single_quote_closed_with_double_mark_is_unsafe():
    text = "“Stay calm,” he said. ‘We are ready,” she replied. “Good.”"
    (f,) = found(text, "quotes.mismatched-pair")
    assert f.fix.applicability is Applicability.UNSAFE
    assert fixed(text) == text
    assert fixed(text, unsafe=True) == "“Stay calm,” he said. “We are ready,” she replied. “Good.”"


def test_news_convention_is_not_flagged():
    text = (
        "“We asked for help many times. Nobody answered.\n\n"
        "“Then the water came. We lost everything.\n\n"
        "“Now we start again,” said the farmer."
    )
    assert found(text) == []


def test_quote_left_open_is_flagged_with_a_suggestion_only():
    text = "“We asked for help many times. Nobody answered.\n\nThe farmer then went home."
    (f,) = found(text, "quotes.unclosed")
    assert f.fix.applicability is Applicability.DISPLAY
    assert engine.apply_edits(text, list(f.fix.edits)).startswith("“We asked for help many times. Nobody answered.”\n")
    assert fixed(text, unsafe=True) == text
    assert "next paragraph" in f.explanation


def test_closing_mark_without_opening_points_to_a_split_paragraph():
    text = "“We will not give up\n\nuntil the law changes,” he said."
    (f,) = found(text, "quotes.unopened")
    assert f.text == "”"
    assert "split" in f.explanation
    assert len(found(text, "quotes.unclosed")) == 1


def test_nested_double_quotes_become_single_with_unsafe_fixes():
    text = "“We will never vote for “Our Home” again,” she said."
    (f,) = found(text, "quotes.nested-double")
    assert fixed(text) == text
    assert fixed(text, unsafe=True) == "“We will never vote for ‘Our Home’ again,” she said."


def test_nested_double_quote_in_a_continued_paragraph():
    text = "“We oppose “Our Home”. It failed us.\n\n“We will vote for change,” she said."
    assert [f.text for f in found(text, "quotes.nested-double")] == ["“Our Home”"]
    assert found(text, "quotes.unclosed") == []


def test_consecutive_quotes_are_not_nested():
    assert found("They called it “unity” and “progress”.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He leads «Green Alliance» now.", "He leads “Green Alliance” now."),
        ("The daily „Neue Zeit“ closed.", "The daily “Neue Zeit” closed."),
        ("He said \"yes\" and \"no\" and 'maybe'. The «Alliance» won.", "He said \"yes\" and \"no\" and 'maybe'. The \"Alliance\" won."),
    ],
)
def test_foreign_quote_marks_follow_the_document_style(text, expected):
    assert fixed(text) == expected


CURLY_DOC = "“It’s over,” she said. “We’re going home.”\n\n"


def test_straight_apostrophe_in_a_curly_document_is_fixed_by_default():
    text = CURLY_DOC + "The mayor's office didn't comment."
    assert [f.text for f in found(text, "quotes.apostrophe-style")] == ["mayor's", "didn't"]
    assert fixed(text) == CURLY_DOC + "The mayor’s office didn’t comment."


def test_curly_apostrophe_in_a_straight_document_is_fixed_by_default():
    text = "\"It's over,\" she said. \"We're going home.\"\n\nThe mayor’s office agreed."
    assert fixed(text) == "\"It's over,\" she said. \"We're going home.\"\n\nThe mayor's office agreed."


def test_apostrophes_left_alone_without_a_clear_majority():
    text = "“It’s over,” she said. The mayor's office didn't comment. It's late."
    assert found(text, "quotes.apostrophe-style") == []


def test_apostrophes_at_word_edges_and_in_code_are_left_alone():
    text = CURLY_DOC + "In the '90s the students' union ran `git commit -m 'it's done'` daily."
    assert found(text, "quotes.apostrophe-style") == []


def test_straight_double_quotes_in_a_curly_document_are_unsafe():
    text = CURLY_DOC + 'He called it "a disaster" on Monday.'
    (f,) = found(text, "quotes.double-style")
    assert f.fix.applicability is Applicability.UNSAFE
    assert fixed(text, unsafe=True) == CURLY_DOC + "He called it “a disaster” on Monday."


def test_inch_marks_are_not_quotes():
    text = CURLY_DOC + 'The pipe is 6" wide and 10" long.'
    assert found(text, "quotes.double-style") == []


def test_well_formed_news_text_has_no_findings():
    text = (
        "Flood waters rose overnight in the river town.\n\n"
        "“We’ve never seen it this high,” said Ana Ruiz, who runs the bakery. “The ‘safe’ streets "
        "are under water too.”\n\n"
        "“We asked for help. Nobody came.\n\n"
        "“Now we start again,” she said.\n\n"
        "The council said it would meet on Monday."
    )
    assert found(text) == []


def test_quote_marks_in_markdown_code_are_not_paired():
    text = "He typed `echo \"hi` and said “done.”"
    plain = [q for q in Document(text, "a.txt").quotes]
    markdown = [q for q in Document(text, "a.md").quotes]
    assert [(q.open_mark, q.close_mark) for q in markdown] == [("“", "”")]
    assert len(plain) == 2  # outside Markdown the straight quote counts


def test_apostrophes_and_double_quotes_each_follow_their_own_majority():
    # curly double quotes throughout, but straight apostrophes: each kind keeps its own style
    text = "“It's over,” she said. “We're done.” “Don't,” he said. The mayor’s aide didn't care."
    assert [f.text for f in found(text)] == ["mayor’s"]
    assert fixed(text).endswith("The mayor's aide didn't care.")


# --- properties on arbitrary text ------------------------------------------------------------

from hypothesis import example, given, settings, strategies as st  # noqa: E402

QUOTY_TEXT = st.text(alphabet=list("ab Th .,!?\n“”‘’\"'„«»[]()"), max_size=60)
MY_FAMILIES = Config(grammar="off", select=("brackets", "quotes", "spacing", "punctuation", "repeats"))


@settings(max_examples=200, deadline=None)
@given(QUOTY_TEXT)
def test_quote_spans_are_well_formed(text):
    doc = Document(text)
    for q in doc.quotes:
        para = doc.paragraphs[q.paragraph]
        assert para.start <= q.start < q.end <= para.end
        assert q.open_mark == "" or text[q.start] == q.open_mark
        assert q.close_mark == "" or text[q.end - 1] == q.close_mark
        assert q.depth >= 0 and (q.depth == 0) == (q.outer_mark == "")
        assert not q.continues or not q.closed


@settings(max_examples=100, deadline=None)
@given(QUOTY_TEXT)
@example("««?')\"?'")  # once looped: ‘…' took a double opener, then nesting made it single again
def test_fixes_converge_and_leave_no_safe_fix_behind(text):
    result = engine.fix(text, MY_FAMILIES, unsafe_fixes=True)
    assert not result.errors and not result.not_converged
    assert not [f for f in result.remaining if f.applicability]


# --- a closing mark where a quote opens -------------------------------------------------------


@pytest.mark.parametrize(
    "bad, good",
    [
        ("”We will win,” she said.", "“We will win,” she said."),
        ("The mayor called it ”a disaster” on Monday.", "The mayor called it “a disaster” on Monday."),
        # a quote over two paragraphs, each reopened with the reversed mark
        ("”The roads are closed.\n\n”Work starts in May,” he said.", "“The roads are closed.\n\n“Work starts in May,” he said."),
    ],
)
def test_a_closing_mark_where_a_quote_opens_becomes_the_opening_mark(bad, good):
    assert fixed(bad) == good
    reversed_marks = found(bad, "quotes.reversed-opening")
    assert reversed_marks and all(f.fix.applicability is Applicability.SAFE for f in reversed_marks)


def test_a_reversed_opening_mark_pairs_with_its_closer():
    assert spans("”We will win,” she said.") == [("”We will win,”", 0, "”", False)]
    # and a paragraph that reopens with it carries the quote on
    assert spans("”The roads are closed.\n\n”Work starts in May,” he said.")[0] == ("”The roads are closed.", 0, "", True)


@pytest.mark.parametrize(
    "text",
    [
        "“We will win,” she said.",  # closes after a word
        "He stood 6” tall, they said.",  # an inch mark
        "They sang ” and left.",  # a stray mark between spaces: no word follows
    ],
)
def test_a_closing_mark_after_a_word_or_before_a_space_is_no_opener(text):
    assert not found(text, "quotes.reversed-opening")


def test_a_single_quote_closed_with_a_straight_single_mark_keeps_its_opener():
    # ‘…' is a single quote either way: its closer becomes ’, not its opener “ (in a document that
    # quotes with double marks, that would nest “ in “, and the nesting fix would undo it)
    text = "“He said ‘no?') twice,” she said."
    result = engine.fix(text, MY_FAMILIES, unsafe_fixes=True)
    assert result.text == "“He said ‘no?’) twice,” she said." and not result.not_converged
