"""LanguageTool counts in UTF-16 code units (Java strings); mt-repair counts code points.

A character outside the Basic Multilingual Plane (an emoji, 𝑥, many CJK extension characters) is
one code point but two UTF-16 units, so every LanguageTool offset after it is one too large.
"""

from __future__ import annotations

import bisect


class Utf16Map:
    """Maps UTF-16 offsets in `text` to code-point offsets."""

    def __init__(self, text: str) -> None:
        # UTF-16 position of each astral character, in order. Most texts have none.
        self._astral_u16: list[int] = []
        if not text.isascii():
            extra = 0
            for i, ch in enumerate(text):
                if ord(ch) > 0xFFFF:
                    self._astral_u16.append(i + extra)
                    extra += 1

    def to_code_point(self, u16: int) -> int:
        """Code-point offset of a UTF-16 offset. An offset inside a surrogate pair (LanguageTool
        never sends one) is taken as the start of that character."""
        if not self._astral_u16:
            return u16
        # Each astral character starting before u16 took one unit more than a code point.
        return u16 - bisect.bisect_left(self._astral_u16, u16)

    def span(self, offset: int, length: int) -> tuple[int, int]:
        return self.to_code_point(offset), self.to_code_point(offset + length)
