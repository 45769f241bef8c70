"""Every rule in rules/ tests itself: its bad examples give exactly one finding of that rule, the
fix gives the expected text, the fixed text is clean of it, and its good examples stay clean."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from repair import engine, textre
from repair.config import Config
from repair.rules import all_rules

RULES = sorted(all_rules().values(), key=lambda r: r.id)
CONFIG = Config(grammar="off")


def _own(findings, rule_id):
    return [f for f in findings if f.rule == rule_id]


def test_every_rule_has_examples():
    missing = [r.id for r in RULES if not r.bad or not r.good]
    assert not missing, f"rules without a bad and a good example: {missing}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_bad_examples(rule):
    cfg = CONFIG.replace(select=(rule.id,))
    for ex in rule.bad:
        found = _own(engine.check(ex.text, cfg).findings, rule.id)
        assert len(found) == 1, f"{rule.id}: expected one finding in {ex.text!r}, got {found}"
        if ex.fixed is None:
            continue
        f = found[0]
        assert f.fix is not None, f"{rule.id}: no fix proposed for {ex.text!r}"
        assert ex.text[f.start : f.end] == f.text
        fixed = engine.apply_edits(ex.text, list(f.fix.edits))
        assert fixed == ex.fixed, f"{rule.id}: {ex.text!r} fixed to {fixed!r}"
        again = _own(engine.check(fixed, cfg).findings, rule.id)
        assert not again, f"{rule.id}: the fixed text still triggers the rule: {again}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_good_examples(rule):
    cfg = CONFIG.replace(select=(rule.id,))
    for text in rule.good:
        found = _own(engine.check(text, cfg).findings, rule.id)
        assert not found, f"{rule.id}: false alarm on {text!r}: {found}"


def _changed_region(before: str, after: str) -> tuple[int, int]:
    """Where `after` differs from `before`, as a span of `after`."""
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    end_b, end_a = len(before), len(after)
    while end_b > start and end_a > start and before[end_b - 1] == after[end_a - 1]:
        end_b, end_a = end_b - 1, end_a - 1
    return start, end_a


@pytest.mark.parametrize("rule", [r for r in RULES if r.applicability.value == "safe"], ids=lambda r: r.id)
def test_safe_corrections_are_not_flagged_by_other_rules(rule):
    """No fix loops: the text a safe rule writes is not something another rule would change again."""
    for ex in rule.bad:
        if ex.fixed is None:
            continue
        start, end = _changed_region(ex.text, ex.fixed)
        again = [
            f for f in engine.check(ex.fixed, CONFIG).findings
            if f.rule != rule.id and f.applicability is not None and f.start <= end and start <= f.end
        ]
        assert not again, f"{rule.id}: its correction {ex.fixed!r} is flagged by {[f.rule for f in again]}"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(" \u00a0\u202f\t.,;:!?()[]“”‘’\"'aZé1\n")), max_size=40))
def test_pattern_requires_never_hides_a_match(text):
    """`requires` is only a shortcut: a rule that has it finds exactly what its pattern finds."""
    for rule in RULES:
        if "requires" not in rule.data:
            continue
        matches = [(m.start(), m.end()) for m in textre.finditer(textre.compile(rule.data["pattern"]), text)]
        if not any(r in text for r in rule.data["requires"]):
            assert matches == [], f"{rule.id}: matches {text!r} without any of its `requires`"
