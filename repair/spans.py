"""Does a span overlap any of many? Asked per finding against verbatim text, exception matches
and other passes' findings, so it must not scan the list each time."""

from __future__ import annotations

import bisect


class SpanIndex:
    """Spans (start, end), sorted by start with the running maximum of their ends, so that one
    bisection answers whether any of them overlaps a query."""

    def __init__(self, spans) -> None:
        self.starts: list[int] = []
        self.reach: list[int] = []  # max end of the spans up to and including this one
        furthest = -1
        for start, end in sorted(spans):
            furthest = max(furthest, end)
            self.starts.append(start)
            self.reach.append(furthest)

    def __bool__(self) -> bool:
        return bool(self.starts)

    def overlaps(self, start: int, end: int) -> bool:
        """Some span shares a character with [start, end), or, for an empty query, contains the
        point or starts at it."""
        i = bisect.bisect_left(self.starts, end if end > start else start + 1) - 1
        return i >= 0 and self.reach[i] > start
