"""Numbers in a European source locale: decimal commas, space- and dot-grouped thousands."""

from __future__ import annotations

import pytest

from repair.model import Applicability

from support import Families

FAMILIES = Families("numbers")
CONFIG = FAMILIES.config
found, fixed = FAMILIES.found, FAMILIES.fixed


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Unemployment fell to 4,2 percent.", "Unemployment fell to 4.2 percent."),
        ("Unemployment fell to 4,2% in March.", "Unemployment fell to 4.2% in March."),
        ("The bond raised $3,25 billion.", "The bond raised $3.25 billion."),
        ("The lake is 1,5 km wide.", "The lake is 1.5 km wide."),
        ("Growth of 1,5-2,5 percent is expected.", "Growth of 1.5-2.5 percent is expected."),
        ("Between 0,5 and 0,75 percent, they said.", "Between 0.5 and 0.75 percent, they said."),
        ("Some 2 300 000 voters stayed home.", "Some 2,300,000 voters stayed home."),
        ("The grant was 40 000 euros.", "The grant was 40,000 euros."),
        ("The grant was 40\u00a0000 euros.", "The grant was 40,000 euros."),
        ("The grant was 40 000,75 euros.", "The grant was 40,000.75 euros."),
        ("A budget of 3.750.000 euros passed.", "A budget of 3,750,000 euros passed."),
        ("It sold for €12.400.000,50 in May.", "It sold for €12,400,000.50 in May."),
    ],
)
def test_safe_repairs(text, expected):
    assert fixed(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # no unit: probably a decimal, but "chapters 3,4" exists
        ("The index stood at 3,4 on Friday.", "The index stood at 3.4 on Friday."),
        ("About 8 500 came.", "About 8,500 came."),
        ("The register lists 4.250.100 entries.", "The register lists 4,250,100 entries."),
    ],
)
def test_unsafe_repairs_need_the_flag(text, expected):
    assert fixed(text) == text
    assert fixed(text, unsafe=True) == expected


def test_single_dot_group_is_only_a_suggestion():
    (f,) = found("A ticket costs 2.500 rubles now.")
    assert f.fix.applicability is Applicability.DISPLAY
    assert f.replacement == "2,500"
    assert found("The constant is 2.500 in that model.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Nearly 7,500 people marched.",
        "It cost $1,250,000 in all.",
        "Pick 4, 5 or 6 at random.",
        "The codes 4,5,6 were used.",
        "The games of 2018,2022 were held abroad.",
        "The ratio was 0.25 and pi is 3.14159.",
        "Install version 10.2.1 first.",
        "The train left at 10.30 and arrived at 14:45.",
        "Dial +44 207 946 0018 for help.",
        "Dial 8 800 555 35 35 for help.",
        "In 2021 300 workers were hired.",
        "Rows 1,2 3,4 were swapped.",
        "Ping 10.100.200.250 to test.",
        "Born on 12.03.1985 in Kyiv.",
        "ISBN 978-3-16-148410-0 is printed inside.",
    ],
)
def test_english_and_other_numbers_are_untouched(text):
    assert found(text) == []


def test_explanation_states_the_evidence():
    (f,) = found("Growth was 2,5 percent.")
    assert "cannot separate thousands" in f.explanation
    assert "unit or currency" in f.explanation
