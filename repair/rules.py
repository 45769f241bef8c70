"""Load and validate the rule data in rules/*.toml.

One TOML file per family:

    family = "spacing"          # id prefix: every id in the file starts with "spacing."
    pass = "patterns"           # the pass that runs these rules (default: the family name)

    [[rule]]
    id = "spacing.double-space"
    category = "fluency/spacing"
    applicability = "safe"      # safe | unsafe | display
    severity = "warning"        # error | warning | info (default warning)
    summary = "Two spaces between words"
    explanation = "Why this is damage and why the fix is safe."
    examples = [{ text = "a  b", fixed = "a b" }]
    good = ["a b"]
    # anything else (pattern, replacement, word lists) is kind-specific data for the pass
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path

from .model import CATEGORIES, Applicability, Example, Rule, Severity

CORE_KEYS = {"id", "category", "applicability", "severity", "summary", "explanation", "examples", "good"}


class RuleError(ValueError):
    pass


def rules_dir() -> Path:
    """The checkout's rules/ (editable install), else the copy installed as `repair/_rules`
    (a plain pip install, as pre-commit makes); MT_REPAIR_RULES overrides both."""
    env = os.environ.get("MT_REPAIR_RULES")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    checkout = here.parent / "rules"
    return checkout if (checkout / "spacing.toml").is_file() else here / "_rules"


def parse_rule(raw: dict, family: str, source: str, where: str) -> Rule:
    for key in ("id", "category", "summary"):
        if key not in raw:
            raise RuleError(f"{where}: rule without '{key}'")
    rid = raw["id"]
    if not rid.startswith(family + "."):
        raise RuleError(f"{where}: rule id {rid!r} must start with the family prefix '{family}.'")
    if raw["category"] not in CATEGORIES:
        raise RuleError(f"{where}: {rid}: unknown category {raw['category']!r}")
    try:
        applicability = Applicability(raw.get("applicability", "safe"))
        severity = Severity(raw.get("severity", "warning"))
    except ValueError as e:
        raise RuleError(f"{where}: {rid}: {e}") from None
    bad = tuple(Example(e["text"], e.get("fixed")) for e in raw.get("examples", ()))
    return Rule(
        id=rid,
        category=raw["category"],
        summary=raw["summary"],
        applicability=applicability,
        severity=severity,
        explanation=raw.get("explanation", "").strip(),
        source=source,
        bad=bad,
        good=tuple(raw.get("good", ())),
        data={k: v for k, v in raw.items() if k not in CORE_KEYS},
    )


# Parsing TOML is slow next to a pre-commit hook's start-up budget: the built-in rule files take
# about 30 ms, the lexicon's (rules/lexicon/*.toml) about 70 ms. Each of those folders keeps a
# compiled.json, every file's parsed data beside its SHA-256, and a file is read from it only
# while its hash matches: edit a file and its TOML is parsed again (correct, just slower) until
# `python -m repair.rules --compile` refreshes the copies. A test keeps the committed copies fresh.
COMPILED = "compiled.json"
COMPILED_FOLDERS = ("", "lexicon")  # under rules_dir()


@functools.cache
def _compiled_folder(folder: Path) -> dict:
    try:
        found = json.loads((folder / COMPILED).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def read_toml(path: Path) -> dict:
    """The parsed TOML of a data file: from its folder's compiled.json while the file's hash
    matches, else parsed. The result is shared: read it, do not change it. Raises OSError, or
    a ValueError (UnicodeDecodeError, tomllib.TOMLDecodeError) for a file that is not TOML."""
    raw = path.read_bytes()
    entry = _compiled_folder(path.parent).get(path.name)
    if isinstance(entry, dict) and entry.get("sha256") == hashlib.sha256(raw).hexdigest() and "data" in entry:
        return entry["data"]  # (a copy damaged or of another shape is ignored, never trusted)
    import tomllib  # (here: most runs read every file from a compiled copy, and never import it)

    return tomllib.loads(raw.decode("utf-8"))


def compiled_copy(folder: Path) -> dict:
    """What compiled.json should hold for a folder: each TOML file's hash and parsed data."""
    import tomllib

    return {
        p.name: {"sha256": hashlib.sha256(raw := p.read_bytes()).hexdigest(), "data": tomllib.loads(raw.decode("utf-8"))}
        for p in sorted(folder.glob("*.toml"))
    }


def write_compiled() -> list[Path]:
    written = []
    for sub in COMPILED_FOLDERS:
        folder = rules_dir() / sub
        path = folder / COMPILED
        path.write_text(json.dumps(compiled_copy(folder), ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        written.append(path)
    _compiled_folder.cache_clear()
    return written


def load_file(path: Path) -> list[Rule]:
    try:
        data = read_toml(path)
    except (OSError, ValueError) as e:
        raise RuleError(f"{path}: {e}") from None
    family = data.get("family") or path.stem
    source = data.get("pass", family)
    return [parse_rule(raw, family, source, str(path)) for raw in data.get("rule", [])]


@functools.cache
def file_rules() -> dict[str, Rule]:
    """Every rule in rules/*.toml by id: what the passes look up at run time."""
    out: dict[str, Rule] = {}
    for path in sorted(rules_dir().glob("*.toml")):
        for r in load_file(path):
            if r.id in out:
                raise RuleError(f"{path}: duplicate rule id {r.id}")
            out[r.id] = r
    return out


@functools.cache
def all_rules() -> dict[str, Rule]:
    """file_rules() plus one rule per built-in lexicon entry (rules/lexicon/), for listings,
    reports and the self-tests. LanguageTool's rules are not here: they come from the server."""
    from .passes.lexicon import entry_rules

    out = dict(file_rules())
    for r in entry_rules():
        if r.id in out:
            raise RuleError(f"duplicate rule id {r.id} (a lexicon entry and a rule file)")
        out[r.id] = r
    return out


def rule(rule_id: str) -> Rule:
    try:
        return file_rules()[rule_id]
    except KeyError:
        raise RuleError(f"no rule {rule_id!r} in {rules_dir()}") from None


def rules_of(pass_name: str) -> list[Rule]:
    return list(_rules_of(pass_name))


@functools.cache
def _rules_of(pass_name: str) -> tuple[Rule, ...]:
    return tuple(r for r in file_rules().values() if r.source == pass_name)


def main(argv: list[str] | None = None) -> int:
    """`python -m repair.rules --compile`: refresh the compiled.json copies of the built-in data."""
    import sys

    if (argv if argv is not None else sys.argv[1:]) != ["--compile"]:
        print("usage: python -m repair.rules --compile", file=sys.stderr)
        return 2
    for path in write_compiled():
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
