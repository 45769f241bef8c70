"""repair/textre.py: the regex helpers' time-out, and finditer's restarts."""

import time

import pytest
import regex

from repair import textre


@pytest.mark.parametrize(
    "pattern, text",
    [
        (r"a*", "baaacaab"),  # empty matches between non-empty ones
        (r"\b", "two words, three"),  # only empty matches
        (r"(?=a)|a", "aab a"),  # an empty match, then a non-empty one at the same place
        (r"x*|b", "abxxb"),
        (r"(?<=\s)\w+", "one two  three"),  # a look-behind before where a restart begins
        (r"(?r)\w+", "aab a, cd"),  # a scan from the end: it restarts before the last match
        (r"(?r)a*", "baaacaab"),
        (r"(?r) ([,.])", "He left , then returned . Twice ."),
        (r"\b(?P<kin>sons|daughters), (\p{Lu}\p{Ll}+) and (\p{Lu}\p{Ll}+)", "two sons, Abel and Dawit; daughters, Ana and Eva."),
    ],
)
def test_finditer_restarting_after_every_match_finds_what_one_scan_finds(monkeypatch, pattern, text):
    monkeypatch.setattr(textre, "RESTART_AFTER", -1.0)  # a fresh scan after every match
    found = [(m.start(), m.end(), m.group()) for m in textre.finditer(pattern, text)]
    assert found == [(m.start(), m.end(), m.group()) for m in regex.finditer(pattern, text, flags=textre.FLAGS)]
    assert [(m.start(), m.end()) for m in textre.finditer(pattern, text, 3, 12)] == [
        (m.start(), m.end()) for m in regex.compile(pattern, textre.FLAGS).finditer(text, 3, 12)
    ]


def test_time_spent_between_matches_does_not_count_against_the_search():
    # `regex`'s own finditer times out once the caller's work since its creation passes the
    # limit (a slow loop body over a long text); textre's counts the search alone
    pattern = textre.compile(r"\b(?P<kin>sons|daughters|brothers|sisters), (\p{Lu}\p{Ll}{2,}) and (\p{Lu}\p{Ll}{2,})\b")
    text = ("Her two sons, Abel and Dawit, came home. " + "her sons, ten of them and more. " * 160_000) * 3
    limit = 0.3

    def slow_loop(matches):
        for _ in matches:
            time.sleep(limit * 0.7)  # three of these pass the limit

    original = textre.TIMEOUT, textre.RESTART_AFTER
    textre.TIMEOUT, textre.RESTART_AFTER = limit, limit / 2
    try:
        slow_loop(textre.finditer(pattern, text))
    finally:
        textre.TIMEOUT, textre.RESTART_AFTER = original
