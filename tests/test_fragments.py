"""Paragraphs that stop mid-sentence: photo captions and cut segments, flagged display-only."""

from __future__ import annotations

import pytest

from repair import engine
from repair.config import Config

CONFIG = Config(grammar="off", select=("fragments",))

HEAD = "Farmers block roads in protest over fuel prices\n\nFarmers blocked three highways on Monday.\n\n"
TAIL = "\n\nThe protest is expected to continue."


def found(text: str):
    return engine.check(text, CONFIG).findings


def test_caption_pasted_as_a_paragraph():
    caption = "A farmer, pictured here at the blockade near the border crossing last week, told police that"
    (f,) = found(HEAD + caption + TAIL)
    assert f.text == caption
    assert f.fix is None  # display-only: no fix proposed
    assert "‘that’" in f.explanation


def test_long_paragraph_without_full_stop():
    caption = "Tractors line the motorway outside the capital during the third day of the protest by farmers"
    (f,) = found(HEAD + caption + TAIL)
    assert "words" in f.explanation


def test_paragraph_ending_on_a_comma():
    (f,) = found(HEAD + "The minister said," + TAIL)
    assert f.text == "The minister said,"


def test_wrapped_prose_is_still_checked():
    para = (
        "Tractors line the motorway outside the capital during the\n"
        "third day of the protest by farmers from the northern regions"
    )
    assert len(found(HEAD + para + TAIL)) == 1


def test_only_the_unfinished_sentence_is_marked():
    para = "Police closed the road. Officers said the farmers who had gathered near the bridge would be"
    (f,) = found(HEAD + para + TAIL)
    assert f.text.startswith("Officers said")


@pytest.mark.parametrize(
    "text",
    [
        # the title and deck at the top
        "Farmers block roads in protest over fuel prices across the whole of the country this week\n\n"
        "By Maria Jensen in Aarhus, with reporting from the regional desk and the agencies\n\n"
        "Farmers blocked three highways on Monday.",
        # a short subheading
        HEAD + "What the farmers want" + TAIL,
        # a Title Case heading, even a long one
        HEAD + "What The Farmers Want From The Government Before The Next Round Of Talks Begins" + TAIL,
        # Markdown heading, list, quote, table
        HEAD + "## The demands of the farmers who gathered outside the ministry on Monday and" + TAIL,
        HEAD + "The farmers want:\n\n- lower taxes on diesel and on the fertiliser they buy every spring and" + TAIL,
        HEAD + "> a quoted line from the farmers' union statement that continues on the next line and" + TAIL,
        HEAD + "| region | farmers at the blockade on Monday | farmers at the blockade on Tuesday |" + TAIL,
        # a finished quotation and a closing bracket
        HEAD + "“We will stay here until the prices fall,” one of the farmers at the blockade said" + ".”" + TAIL,
        HEAD + "The union's statement was published on its website (in Danish)" + TAIL,
        # verse and addresses: short lines without end punctuation
        HEAD + "The wind that crossed the plain\nand bent the barley low\nwill turn and come again\nwhere all the farmers go" + TAIL,
        # an indented code block
        HEAD + "    .venv/bin/python run.py --input corpus/ --output results/ --format markdown --limit 20 --quiet" + TAIL,
        # a link on its own line
        HEAD + "Read the union's full statement here at https://example.org/statement" + TAIL,
    ],
)
def test_not_fragments(text):
    assert found(text) == []
