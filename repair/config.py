"""Settings: defaults ← `[tool.mt-repair]` in pyproject.toml or mt-repair.toml ← CLI flags.

A Config is a frozen, picklable value: the library API and parallel workers pass it around.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import tomllib
from dataclasses import dataclass, field
from pathlib import Path


class ConfigError(ValueError):
    pass


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()  # rule ids or prefixes; empty = all
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (glob, rule prefixes)
    extra_safe: tuple[str, ...] = ()  # rules whose fixes become safe
    extra_unsafe: tuple[str, ...] = ()  # rules whose safe fixes are demoted to unsafe
    extensions: tuple[str, ...] = (".txt", ".md")
    exclude: tuple[str, ...] = ()  # globs of paths not to read
    protected_terms: tuple[str, ...] = ()  # never changed by any fix
    name_genders: tuple[tuple[str, str], ...] = ()  # ("Sasha Petrenko", "female")
    lexicon: str | None = None  # a project lexicon file (same format as rules/lexicon)
    allow_words: tuple[str, ...] = ()  # words the rarity check never flags
    grammar: str = "auto"  # auto | on | off
    language: str = "en-US"
    languagetool_url: str | None = None
    languagetool_enable: tuple[str, ...] = ()
    languagetool_disable: tuple[str, ...] = ()
    languagetool_disable_categories: tuple[str, ...] = ()
    picky: bool = False
    max_rounds: int = 10
    source: str | None = None  # the file this config came from, for messages

    def replace(self, **changes) -> "Config":
        return dataclasses.replace(self, **changes)

    def rule_enabled(self, rule_id: str, path: str | None = None) -> bool:
        if self.select and not _matches(rule_id, self.select):
            return False
        if _matches(rule_id, self.ignore):
            return False
        if path:
            for glob, prefixes in self.per_file_ignores:
                if fnmatch.fnmatch(path, glob) or fnmatch.fnmatch(Path(path).name, glob):
                    if _matches(rule_id, prefixes):
                        return False
        return True


def _matches(rule_id: str, prefixes) -> bool:
    for p in prefixes:
        if p in ("ALL", "*") or rule_id == p or rule_id.startswith(p.rstrip(".") + "."):
            return True
    return False


# TOML key → (field name, expected type). Lists become tuples.
KEYS = {
    "select": ("select", list),
    "ignore": ("ignore", list),
    "per-file-ignores": ("per_file_ignores", dict),
    "extra-safe": ("extra_safe", list),
    "extra-unsafe": ("extra_unsafe", list),
    "extensions": ("extensions", list),
    "exclude": ("exclude", list),
    "protected-terms": ("protected_terms", list),
    "name-genders": ("name_genders", dict),
    "lexicon": ("lexicon", str),
    "allow-words": ("allow_words", list),
    "grammar": ("grammar", str),
    "language": ("language", str),
    "languagetool-url": ("languagetool_url", str),
    "languagetool-enable": ("languagetool_enable", list),
    "languagetool-disable": ("languagetool_disable", list),
    "languagetool-disable-categories": ("languagetool_disable_categories", list),
    "picky": ("picky", bool),
    "max-rounds": ("max_rounds", int),
}
CHOICES = {"grammar": ("auto", "on", "off"), "language": ("en-US", "en-GB", "en-AU", "en-CA", "en-NZ", "en-ZA")}
GENDERS = ("female", "male")


def from_table(table: dict, source: str) -> Config:
    values: dict = {"source": source}
    for key, raw in table.items():
        if key not in KEYS:
            raise ConfigError(f"{source}: unknown key '{key}' in [tool.mt-repair]")
        name, kind = KEYS[key]
        if not isinstance(raw, kind) or (kind is int and isinstance(raw, bool)):
            raise ConfigError(f"{source}: '{key}' must be a {kind.__name__}")
        if key in CHOICES and raw not in CHOICES[key]:
            raise ConfigError(f"{source}: '{key}' must be one of {', '.join(CHOICES[key])}")
        if kind is list:
            if not all(isinstance(x, str) for x in raw):
                raise ConfigError(f"{source}: '{key}' must be a list of strings")
            raw = tuple(raw)
            if key == "extensions":
                raw = tuple(x if x.startswith(".") else "." + x for x in raw)
        elif key == "per-file-ignores":
            if not all(isinstance(v, list) for v in raw.values()):
                raise ConfigError(f"{source}: 'per-file-ignores' values must be lists of rule ids")
            raw = tuple((g, tuple(v)) for g, v in raw.items())
        elif key == "name-genders":
            bad = [k for k, v in raw.items() if v not in GENDERS]
            if bad:
                raise ConfigError(f"{source}: 'name-genders' value for '{bad[0]}' must be female or male")
            raw = tuple(raw.items())
        elif key == "lexicon":
            raw = str((Path(source).parent / raw).resolve())
        values[name] = raw
    return Config(**values)


def find_config_file(start: Path) -> Path | None:
    """The nearest mt-repair.toml, or pyproject.toml with a [tool.mt-repair] table, walking up."""
    start = start.resolve()
    for folder in [start, *start.parents] if start.is_dir() else start.parents:
        own = folder / "mt-repair.toml"
        if own.is_file():
            return own
        py = folder / "pyproject.toml"
        if py.is_file():
            try:
                if "mt-repair" in tomllib.loads(py.read_text(encoding="utf-8")).get("tool", {}):
                    return py
            except (OSError, tomllib.TOMLDecodeError):
                continue
    return None


def load(path: Path | None) -> Config:
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"{path}: {e}") from None
    table = data.get("tool", {}).get("mt-repair", {}) if path.name == "pyproject.toml" else data
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.mt-repair] must be a table")
    return from_table(table, str(path))


def discover(start: Path) -> Config:
    return load(find_config_file(start))
