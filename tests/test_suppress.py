"""Inline suppressions in plain text and Markdown, and the report of unused ones."""

from __future__ import annotations

import json
from unittest import mock

import pytest

from repair import engine
from repair.cli import main
from repair.config import Config
from repair.document import Document
from repair.suppress import UNUSED_RULE, apply_suppressions, find_directives

CFG = Config(grammar="off", select=("spacing",))


def spacing(text: str, path: str = "a.txt") -> list[tuple[int, str]]:
    """(line, rule) of the spacing findings left after suppressions."""
    doc = Document(text, path)
    found = engine.check(text, CFG, path).findings
    return sorted((doc.line_col(f.start)[0], f.rule) for f in found if f.rule.startswith("spacing."))


def test_without_directives_everything_is_reported():
    assert spacing("One  two.\nThree , four.\n") == [(1, "spacing.double-space"), (2, "spacing.before-punctuation")]


def test_ignore_this_line_in_plain_text():
    text = "One  two. mt-repair: ignore\nThree  four.\n"
    assert spacing(text) == [(2, "spacing.double-space")]


def test_ignore_named_rules_only():
    text = "One  two , three. mt-repair: ignore spacing.double-space\n"
    assert spacing(text) == [(1, "spacing.before-punctuation")]
    by_prefix = "One  two , three. <!-- mt-repair: ignore spacing -->\n"
    assert spacing(by_prefix) == []
    other_family = "One  two. <!-- mt-repair: ignore names, pronouns -->\n"
    assert spacing(other_family) == [(1, "spacing.double-space")]


def test_ignore_next_line_covers_exactly_one_line():
    text = "<!-- mt-repair: ignore-next-line -->\nOne  two.\nThree  four.\n"
    assert spacing(text, "a.md") == [(3, "spacing.double-space")]
    crlf = "mt-repair: ignore-next-line spacing.double-space\r\nOne  two.\r\nThree  four.\r\n"
    assert spacing(crlf) == [(3, "spacing.double-space")]


def test_off_on_range_in_markdown():
    text = (
        "Before  it.\n\n<!-- mt-repair: off -->\nInside  one.\n\nInside , two.\n"
        "<!-- mt-repair: on -->\nAfter  it.\n"
    )
    assert spacing(text, "notes.md") == [(1, "spacing.double-space"), (8, "spacing.double-space")]


def test_off_without_on_runs_to_the_end():
    text = "Before  it.\n<!-- mt-repair: off spacing.double-space -->\nLater  one , here.\n"
    assert spacing(text, "n.md") == [(1, "spacing.double-space"), (3, "spacing.before-punctuation")]


def test_on_with_rules_closes_only_its_range():
    text = (
        "<!-- mt-repair: off spacing.double-space -->\n<!-- mt-repair: off spacing.before-punctuation -->\n"
        "A  b , c.\n<!-- mt-repair: on spacing.double-space -->\nD  e , f.\n"
    )
    assert spacing(text, "n.md") == [(5, "spacing.double-space")]


def test_markdown_needs_the_html_comment():
    text = "One  two. mt-repair: ignore\n"
    assert spacing(text, "a.md") == [(1, "spacing.double-space")]  # visible prose, not a directive
    assert spacing(text, "a.txt") == []


def test_case_and_spacing_of_the_directive_are_forgiving():
    assert spacing("One  two. <!--mt-repair:IGNORE-->\n", "a.md") == []


def test_findings_inside_a_directive_are_dropped():
    # the double space inside the comment is not prose
    assert spacing("Fine. <!-- mt-repair: ignore-next-line  spacing -->\nNext  line.\n", "a.md") == []


def test_prose_mentioning_the_tool_is_not_a_directive():
    assert find_directives(Document("We ran mt-repair: it fixed the text.", "a.txt")) == []
    assert [d.kind for d in find_directives(Document("mt-repair: off\nx\nmt-repair: on\n", "a.txt"))] == ["off", "on"]


# --- unused suppressions ---------------------------------------------------------------------------


def _unused(text: str, path: str, config: Config):
    """The unused-suppression findings for `text` under `config` (the engine's findings are
    taken before suppression, then suppressed here with the config)."""
    doc = Document(text, path)
    with mock.patch("repair.suppress.apply_suppressions", lambda _doc, findings, *_: findings):
        found = [f for f in engine.check(text, CFG, path).findings if f.rule != UNUSED_RULE]
    return [f for f in apply_suppressions(doc, found, config) if f.rule == UNUSED_RULE]


STALE = "Clean line. <!-- mt-repair: ignore -->\nOne  two. <!-- mt-repair: ignore spacing.double-space, names -->\n"


def test_unused_not_reported_unless_asked():
    assert _unused(STALE, "a.md", CFG) == []


@pytest.mark.parametrize(
    "config",
    [CFG.replace(report_unused_suppressions=True, select=()), CFG.replace(extend_select=(UNUSED_RULE,)),
     Config(select=("suppress",))],
    ids=["config-switch", "extend-select", "select-family"],
)
def test_unused_reported_when_asked(config):
    found = _unused(STALE, "a.md", config)
    doc = Document(STALE, "a.md")
    assert [(doc.line_col(f.start)[0], f.message) for f in found] == [
        (1, "Unused suppression (every rule)"),
        (2, "Unused suppression (names)"),
    ]
    whole, partial = found
    assert engine.apply_edits(STALE, list(whole.fix.edits)).startswith("Clean line.\n")
    assert partial.fix is None  # only part of it is stale: the writer edits the list


def test_unused_off_suggestion_removes_its_on_too():
    text = "Intro.\n<!-- mt-repair: off -->\nClean.\n<!-- mt-repair: on -->\nEnd.\n"
    (f,) = _unused(text, "a.md", CFG.replace(report_unused_suppressions=True))
    assert engine.apply_edits(text, list(f.fix.edits)) == "Intro.\nClean.\nEnd.\n"
    assert f.applicability is None  # display only: never applied by `fix`


def test_ignored_rule_silences_the_unused_report():
    cfg = CFG.replace(report_unused_suppressions=True, ignore=(UNUSED_RULE,))
    assert _unused(STALE, "a.md", cfg) == []


def test_cli_reports_unused_only_with_the_switch(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.md").write_text(STALE, encoding="utf-8")
    (tmp_path / "mt-repair.toml").write_text('grammar = "off"\nselect = ["spacing"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--format=json", "a.md"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["check", "--format=json", "--extend-select", UNUSED_RULE, "a.md"]) == 1
    assert [f["rule"] for f in json.loads(capsys.readouterr().out)] == [UNUSED_RULE] * 2
    (tmp_path / "mt-repair.toml").write_text('grammar = "off"\nreport-unused-suppressions = true\n', encoding="utf-8")
    assert main(["check", "--format=json", "--select", "spacing,suppress", "a.md"]) == 1
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_fix_leaves_suppressed_text_alone():
    text = "Keep  this , exactly. mt-repair: ignore\nFix  this.\n<!-- mt-repair: off -->\nAnd  this.\n"
    assert engine.fix(text, CFG, "a.txt").text == (
        "Keep  this , exactly. mt-repair: ignore\nFix this.\n<!-- mt-repair: off -->\nAnd  this.\n"
    )


def test_a_comment_over_several_lines():
    text = "<!--\n  mt-repair: off\n-->\nOne  two.\n<!-- mt-repair: on -->\nThree  four.\n"
    assert spacing(text, "a.md") == [(6, "spacing.double-space")]
