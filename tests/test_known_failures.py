"""Cases mt-repair should handle but does not yet. Each is a strict xfail: the day one starts
passing, the suite fails loudly so that the case is promoted to a real test."""

from __future__ import annotations

import pytest

from repair import fix_text
from repair.config import Config

OFF = Config(grammar="off")


@pytest.mark.xfail(strict=True, reason="only square-bracket glosses are handled")
def test_stray_stop_before_a_gloss_in_round_brackets():
    text = "They voted against “Yabloko”. (a liberal party). Then they left."
    assert fix_text(text, OFF) == "They voted against “Yabloko” (a liberal party). Then they left."
