"""Every rule in rules/ tests itself: its bad examples give exactly one finding of that rule, the
fix gives the expected text, the fixed text is clean of it, and its good examples stay clean."""

from __future__ import annotations

import pytest

from repair import engine
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


def test_fixes_do_not_trigger_other_rules():
    """No fix loops: a rule's corrected example is not flagged by any other rule's fix."""
    for rule in RULES:
        for ex in rule.bad:
            if ex.fixed is None or rule.applicability.value == "display":
                continue
            found = [f for f in engine.check(ex.fixed, CONFIG).findings if f.applicability and f.rule != rule.id]
            introduced = [f for f in found if f not in engine.check(ex.text, CONFIG).findings]
            assert not [f for f in introduced if f.text and f.start >= 0 and f.rule.split(".")[0] == rule.id.split(".")[0]], (
                f"{rule.id}: its correction {ex.fixed!r} is flagged by {introduced}"
            )
