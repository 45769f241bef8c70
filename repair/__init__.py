"""mt-repair: find and repair machine-translation damage in English text.

Library API (pure functions of a string and a Config, safe to pickle and to call from Dask or
Spark workers):

    from repair import Config, check_text, fix_text
    findings = check_text("He said .", Config(grammar="off"))
    repaired = fix_text("He said .")          # safe fixes only
"""

from __future__ import annotations

__version__ = "0.1.0"

from .config import Config  # noqa: E402  (light: stdlib only)


def check_text(text: str, config: Config | None = None, path: str = "-"):
    """Findings for `text` (a list of repair.model.Finding)."""
    from . import engine

    return engine.check(text, config or Config(), path).findings


def fix_text(text: str, config: Config | None = None, unsafe_fixes: bool = False, path: str = "-") -> str:
    """`text` with every allowed fix applied, to a fixed point."""
    from . import engine

    return engine.fix(text, config or Config(), path, unsafe_fixes=unsafe_fixes).text


__all__ = ["Config", "check_text", "fix_text", "__version__"]
