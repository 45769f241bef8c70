"""A progress bar on standard error for batches that take more than a second.

Silent unless the stream is a terminal (so CI logs, pipes and pre-commit output stay clean), and
silent for the first second (so a quick run never flickers). The bar is erased when the batch
ends, leaving the terminal as the report expects it.
"""

from __future__ import annotations

import shutil
import sys
import time


class Progress:
    def __init__(self, total: int, stream=None, delay: float = 1.0, label: str = "files", clock=time.monotonic) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.delay = delay
        self.label = label
        self.clock = clock
        self.done = 0
        self.started = clock()
        self.last_draw = 0.0
        self.drawn = False
        isatty = getattr(self.stream, "isatty", None)
        self.enabled = total > 1 and bool(isatty and isatty())

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def update(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = self.clock()
        if now - self.started < self.delay or (now - self.last_draw < 0.1 and self.done < self.total):
            return
        self.last_draw = now
        self._draw(now - self.started)

    def line(self, elapsed: float) -> str:
        width = shutil.get_terminal_size((80, 24)).columns
        counts = f" {self.done}/{self.total} {self.label} {elapsed:4.1f}s"
        bar_width = max(10, min(40, width - len(counts) - 14))
        filled = bar_width * self.done // max(1, self.total)
        return f"mt-repair [{'#' * filled}{'.' * (bar_width - filled)}]{counts}"[: width - 1]

    def _draw(self, elapsed: float) -> None:
        self.stream.write("\r" + self.line(elapsed))
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            width = shutil.get_terminal_size((80, 24)).columns
            self.stream.write("\r" + " " * (width - 1) + "\r")
            self.stream.flush()
            self.drawn = False
