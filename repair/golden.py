"""seeds/ → default pipeline → compare with golden/.

For every seeds/NAME.txt (or .md), golden/NAME.txt holds the expected repaired text (default
`fix`: safe fixes, grammar off so the result does not depend on a server) and
golden/NAME.findings.jsonl the expected findings on the seed as given, one JSON object a line.
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path

from . import engine
from .config import Config
from .document import Document

GOLDEN_CONFIG = Config(grammar="off")


def default_root() -> Path:
    return Path(__file__).resolve().parent.parent


def findings_jsonl(text: str, findings) -> str:
    doc = Document(text)
    lines = []
    for f in findings:
        line, col = doc.line_col(f.start)
        item = {
            "rule": f.rule,
            "line": line,
            "column": col,
            "text": f.text,
            "replacement": f.replacement,
            "applicability": f.applicability.value if f.applicability else None,
        }
        lines.append(json.dumps(item, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)


def expected_outputs(seed: Path) -> dict[str, str]:
    """The golden files for one seed: name → content."""
    text = seed.read_bytes().decode("utf-8")
    checked = engine.check(text, GOLDEN_CONFIG, str(seed))
    fixed = engine.fix(text, GOLDEN_CONFIG, str(seed))
    return {seed.name: fixed.text, f"{seed.stem}.findings.jsonl": findings_jsonl(text, checked.findings)}


def seeds(root: Path) -> list[Path]:
    return sorted(p for p in (root / "seeds").iterdir() if p.suffix in (".txt", ".md"))


def run_golden(root: Path | None = None, update: bool = False) -> int:
    root = root or default_root()
    golden_dir = root / "golden"
    golden_dir.mkdir(exist_ok=True)
    differences = 0
    wanted: set[str] = set()
    for seed in seeds(root):
        for name, actual in expected_outputs(seed).items():
            wanted.add(name)
            target = golden_dir / name
            expected = target.read_bytes().decode("utf-8") if target.exists() else None
            if expected == actual:
                continue
            if update:
                target.write_bytes(actual.encode("utf-8"))
                print(f"updated golden/{name}")
                continue
            differences += 1
            diff = difflib.unified_diff(
                (expected or "").splitlines(keepends=True),
                actual.splitlines(keepends=True),
                f"golden/{name}" if expected is not None else "/dev/null",
                f"actual/{name}",
            )
            sys.stdout.writelines(line if line.endswith("\n") else line + "\n" for line in diff)
    stale = sorted(p.name for p in golden_dir.iterdir() if p.is_file() and p.name not in wanted and p.name != "README.md")
    for name in stale:
        if update:
            (golden_dir / name).unlink()
            print(f"removed golden/{name} (no seed)")
        else:
            differences += 1
            print(f"golden/{name}: no seed produces it (run `mt-repair golden --update`)")
    if differences:
        print(f"mt-repair golden: {differences} golden file(s) differ; review and run `mt-repair golden --update`", file=sys.stderr)
        return 1
    if not update:
        print(f"mt-repair golden: {len(wanted)} golden files match")
    return 0
