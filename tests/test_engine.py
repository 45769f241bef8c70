"""The engine: applicability, overlaps, fixed point, byte preservation, config filters."""

from __future__ import annotations

import types

import pytest

from repair import engine
from repair.config import Config
from repair.model import Applicability, Edit, Finding, Fix, Rule, Severity

OFF = Config(grammar="off")


def _rule(rid: str, applicability=Applicability.SAFE) -> Rule:
    return Rule(id=rid, category="fluency/spacing", summary=rid, applicability=applicability, source="test")


def _fake_pass(monkeypatch, run):
    """Run the engine with one in-memory pass instead of the real ones."""
    mod = types.SimpleNamespace(NAME="fake", run=run)
    monkeypatch.setattr(engine.passes_mod, "available", lambda: ["fake"])
    monkeypatch.setattr(engine.passes_mod, "load", lambda names: [mod])


def test_fix_reaches_a_fixed_point_and_is_idempotent():
    text = "He left , then  returned .  Why now ?"
    once = engine.fix(text, OFF).text
    assert once == "He left, then returned. Why now?"
    assert engine.fix(once, OFF).text == once
    assert engine.fix(once, OFF).applied == []


@pytest.mark.parametrize(
    "text",
    [
        "a  b\r\nc  d\r\n",  # CRLF kept
        "\ufeffa  b\n",  # BOM kept
        "a  b",  # no final newline
        "a  b\n\n\n",  # trailing blank lines
        "x\r\ny  z\nw\r\n",  # mixed endings
        "trailing spaces stay   \nnext  line\n",
    ],
)
def test_bytes_outside_edits_are_preserved(text):
    fixed = engine.fix(text, OFF).text
    assert fixed == text.replace("a  b", "a b").replace("y  z", "y z").replace("next  line", "next line").replace("c  d", "c d")


def test_unsafe_fixes_only_with_flag(monkeypatch):
    rule = _rule("t.unsafe", Applicability.UNSAFE)

    def run(doc, config):
        i = doc.text.find("colour")
        if i >= 0:
            yield Finding.of(rule, doc.text, i, i + 6, replacement="color")

    _fake_pass(monkeypatch, run)
    assert engine.fix("a colour", OFF).text == "a colour"
    assert engine.fix("a colour", OFF, unsafe_fixes=True).text == "a color"


def test_display_fix_never_applied(monkeypatch):
    rule = _rule("t.display", Applicability.DISPLAY)

    def run(doc, config):
        yield Finding.of(rule, doc.text, 0, 1, replacement="X")

    _fake_pass(monkeypatch, run)
    res = engine.fix("abc", OFF, unsafe_fixes=True)
    assert res.text == "abc"
    assert [f.rule for f in res.remaining] == ["t.display"]
    assert res.remaining[0].applicability is None
    assert res.remaining[0].replacement == "X"


def test_overlapping_fix_waits_for_next_round(monkeypatch):
    first, second = _rule("t.first"), _rule("t.second")

    def run(doc, config):
        t = doc.text
        if "abc" in t:
            i = t.index("abc")
            yield Finding.of(first, t, i, i + 3, replacement="ABC")
        if "bcd" in t:
            i = t.index("bcd")
            yield Finding.of(second, t, i, i + 3, replacement="BCD")

    _fake_pass(monkeypatch, run)
    chosen = engine.choose_fixes(engine.check("abcd", OFF).findings, False)
    assert [f.rule for f in chosen] == ["t.first"]  # the later one is skipped this round
    res = engine.fix("abcd", OFF)
    assert res.text == "ABCd"  # after round one "bcd" no longer exists
    assert res.rounds == 1


def test_non_converging_rule_is_reported(monkeypatch):
    flip = _rule("t.flip")

    def run(doc, config):
        t = doc.text
        yield Finding.of(flip, t, 0, 1, replacement="b" if t[0] == "a" else "a")

    _fake_pass(monkeypatch, run)
    res = engine.fix("a", OFF.replace(max_rounds=5))
    assert res.rounds == 5
    assert res.not_converged == ["t.flip"]


def test_failing_pass_is_reported_not_fatal(monkeypatch):
    def run(doc, config):
        raise RuntimeError("boom")

    _fake_pass(monkeypatch, run)
    res = engine.check("text", OFF, path="f.txt")
    assert res.findings == []
    assert res.errors == ["f.txt: pass 'fake' failed: RuntimeError: boom"]


def test_select_ignore_and_per_file_ignores():
    text = "a  b , c"
    ids = lambda cfg, path="x.txt": sorted({f.rule for f in engine.check(text, cfg, path).findings})
    assert ids(OFF) == ["spacing.before-punctuation", "spacing.double-space"]
    assert ids(OFF.replace(select=("spacing.double-space",))) == ["spacing.double-space"]
    assert ids(OFF.replace(ignore=("spacing",))) == []
    assert ids(OFF.replace(per_file_ignores=(("docs/*.md", ("spacing.double-space",)),)), "docs/a.md") == [
        "spacing.before-punctuation"
    ]


def test_extra_unsafe_demotes_and_extra_safe_promotes():
    cfg = OFF.replace(extra_unsafe=("spacing.double-space",))
    assert engine.fix("a  b", cfg).text == "a  b"
    assert engine.fix("a  b", cfg, unsafe_fixes=True).text == "a b"
    promoted = OFF.replace(extra_safe=("spacing.glued-words",))
    assert engine.fix("leader NavalnyFirst was", promoted).text == "leader NavalnyFirst was"  # display stays display


def test_protected_terms_are_never_changed():
    cfg = OFF.replace(protected_terms=("X  Y",))
    assert engine.fix("keep X  Y but a  b", cfg).text == "keep X  Y but a b"


def test_languagetool_finding_yields_to_project_rule():
    own = Finding("spacing.double-space", "fluency/spacing", Severity.WARNING, "m", 3, 5, "  ", "patterns")
    lt = Finding("languagetool.WHITESPACE_RULE", "fluency/spacing", Severity.WARNING, "m", 3, 5, "  ", "languagetool")
    other = Finding("languagetool.X", "fluency/grammar", Severity.WARNING, "m", 10, 12, "ab", "languagetool")
    assert engine._drop_duplicates([own, lt, other]) == [own, other]


def test_finding_replacement_with_several_edits():
    f = Finding(
        "t.x", "fluency/spacing", Severity.WARNING, "m", 2, 8, "cdefgh", "test",
        fix=Fix((Edit(3, 4, "D"), Edit(6, 8, "")), Applicability.SAFE),
    )
    assert f.replacement == "cDef"


def test_apply_edits_in_any_order():
    assert engine.apply_edits("abcdef", [Edit(4, 5, "E"), Edit(0, 1, "")]) == "bcdEf"


def test_span_index_overlaps():
    from repair.spans import SpanIndex

    index = SpanIndex([(10, 20), (2, 4), (30, 31)])
    assert index.overlaps(3, 5) and index.overlaps(19, 25) and index.overlaps(0, 100)
    assert not index.overlaps(4, 10) and not index.overlaps(20, 30) and not index.overlaps(31, 40)
    assert index.overlaps(15, 15) and index.overlaps(10, 10)  # a point inside, or at a start
    assert not index.overlaps(20, 20)
    nested = SpanIndex([(0, 100), (5, 6)])
    assert nested.overlaps(50, 51)  # covered by the long span that starts earlier
    assert not SpanIndex([])
