"""What the tests of one pass share: check and fix limited to that pass's rule families."""

from __future__ import annotations

from repair import engine
from repair.config import Config


class Families:
    def __init__(self, *families: str) -> None:
        self.config = Config(grammar="off", select=families)

    def found(self, text: str, rule: str | None = None, path: str = "-"):
        """Findings in `text`, only those of `rule` when given."""
        return [f for f in engine.check(text, self.config, path=path).findings if rule is None or f.rule == rule]

    def fixed(self, text: str, unsafe: bool = False) -> str:
        return engine.fix(text, self.config, unsafe_fixes=unsafe).text
