"""Views of one result: each format renders the same list of FileResult."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..document import Document
from ..model import Finding

FORMATS = ("text", "json", "github", "rdjson", "rdjsonl", "sarif")


@dataclass
class FileResult:
    path: str
    text: str  # the text the findings' offsets refer to
    findings: list[Finding]
    fixed_text: str | None = None  # after `fix`, when anything changed
    applied: list[Finding] = field(default_factory=list)
    not_converged: list[str] = field(default_factory=list)

    @cached_property
    def doc(self) -> Document:
        return Document(self.text, self.path)


def render(fmt: str, results: list[FileResult], **options) -> str:
    import importlib

    module = importlib.import_module(f"{__name__}.{'rdjson' if fmt == 'rdjsonl' else fmt}")
    return module.render(results, fmt=fmt, **options)
