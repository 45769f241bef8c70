"""Settings: defaults ← `[tool.mt-repair]` in pyproject.toml or mt-repair.toml ← CLI flags.

A Config is a frozen, picklable value: the library API and parallel workers pass it around.
"""

from __future__ import annotations

import dataclasses
import difflib
import fnmatch
import functools
import os
from dataclasses import dataclass
from pathlib import Path


class ConfigError(ValueError):
    pass


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()  # rule ids or prefixes; empty = all
    extend_select: tuple[str, ...] = ()  # added to select (and names opt-in rules such as suppress.unused)
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
    report_unused_suppressions: bool = False  # report `mt-repair: ignore` directives that suppress nothing
    source: str | None = None  # the file this config came from, for messages

    def replace(self, **changes) -> "Config":
        return dataclasses.replace(self, **changes)

    def rule_enabled(self, rule_id: str, path: str | None = None) -> bool:
        if self.select and not _matches(rule_id, self.select + self.extend_select):
            return False
        if _matches(rule_id, self.ignore):
            return False
        if path and self.per_file_ignores:
            names = _path_forms(path, self.source)
            for glob, prefixes in self.per_file_ignores:
                if any(fnmatch.fnmatch(n, glob) for n in names) and _matches(rule_id, prefixes):
                    return False
        return True


@functools.lru_cache(maxsize=1024)
def _path_forms(path: str, source: str | None) -> tuple[str, ...]:
    """A file's path as given, its name, and its path relative to the config file's folder (the
    form per-file-ignores globs are written in)."""
    forms = [path.replace(os.sep, "/"), Path(path).name]
    if source:
        try:
            forms.append(Path(os.path.relpath(Path(path).resolve(), Path(source).resolve().parent)).as_posix())
        except ValueError:  # another drive on Windows
            pass
    return tuple(forms)


def _matches(rule_id: str, prefixes) -> bool:
    for p in prefixes:
        if p in ("ALL", "*") or rule_id == p or rule_id.startswith(p.rstrip(".") + "."):
            return True
    return False


# TOML key → (field name, expected type). Lists become tuples.
KEYS = {
    "select": ("select", list),
    "extend-select": ("extend_select", list),
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
    "report-unused-suppressions": ("report_unused_suppressions", bool),
}
# Keys whose values are rule ids or prefixes: one word each.
RULE_LIST_KEYS = ("select", "extend-select", "ignore", "extra-safe", "extra-unsafe")
CONFIG_NAMES = ("mt-repair.toml", ".mt-repair.toml")
CHOICES = {"grammar": ("auto", "on", "off"), "language": ("en-US", "en-GB", "en-AU", "en-CA", "en-NZ", "en-ZA")}
GENDERS = ("female", "male")


def from_table(table: dict, source: str, table_name: str = "[tool.mt-repair]") -> Config:
    """A Config from a TOML table; any mistake is a ConfigError naming the file and the key."""
    values: dict = {"source": source}

    def fail(key: str, problem: str) -> ConfigError:
        return ConfigError(f"{source}: {table_name + ' ' if table_name else ''}'{key}' {problem}")

    for key, raw in table.items():
        if key not in KEYS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise ConfigError(f"{source}: unknown key '{key}'{' in ' + table_name if table_name else ''}{hint}")
        name, kind = KEYS[key]
        if not isinstance(raw, kind) or (kind is int and isinstance(raw, bool)):
            if key == "name-genders" and isinstance(raw, list):
                raw = _name_gender_list(raw, fail)
            else:
                raise fail(key, f"must be a {TYPE_NAMES[kind]}, not {_toml_type(raw)}")
        if key in CHOICES and raw not in CHOICES[key]:
            raise fail(key, f"must be one of {', '.join(CHOICES[key])}, not {raw!r}")
        if kind is list:
            if not all(isinstance(x, str) for x in raw):
                raise fail(key, "must be a list of strings")
            if key in RULE_LIST_KEYS:
                _check_rule_ids(key, raw, fail)
            raw = tuple(raw)
            if key == "extensions":
                raw = tuple(x if x.startswith(".") else "." + x for x in raw)
        elif key == "per-file-ignores":
            for glob, ids in raw.items():
                if not isinstance(ids, list) or not all(isinstance(x, str) for x in ids):
                    raise fail(key, f"value for {glob!r} must be a list of rule ids or prefixes")
                _check_rule_ids(key, ids, fail)
            raw = tuple((g, tuple(v)) for g, v in raw.items())
        elif key == "name-genders":
            bad = [k for k, v in raw.items() if v not in GENDERS]
            if bad:
                raise fail(key, f"value for {bad[0]!r} must be female or male, not {raw[bad[0]]!r}")
            raw = tuple(raw.items())
        elif key == "lexicon":
            path = (Path(source).parent / raw).resolve()
            if not path.is_file():
                raise fail(key, f"names a file that does not exist: {path}")
            raw = str(path)
        elif key == "max-rounds" and raw < 1:
            raise fail(key, "must be at least 1")
        values[name] = raw
    return Config(**values)


TYPE_NAMES = {list: "list", dict: "table", str: "string", bool: "boolean (true or false)", int: "whole number"}


def _toml_type(value) -> str:
    for kind, name in ((bool, "a boolean"), (int, "a number"), (float, "a number"), (str, "a string"),
                       (list, "a list"), (dict, "a table")):
        if isinstance(value, kind):
            return name
    return type(value).__name__


def _check_rule_ids(key: str, ids, fail) -> None:
    """Each entry is one word whose family (the part before the first dot) exists: a typo in
    `select` would otherwise silently switch every rule off."""
    families = _rule_families()
    for rid in ids:
        if not rid or any(c.isspace() for c in rid):
            raise fail(key, f"has {rid!r}, which is not a rule id or prefix")
        family = rid.split(".")[0]
        if families and rid not in ("ALL", "*") and family not in families:
            close = difflib.get_close_matches(family, families, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else " (see `mt-repair rules`)"
            raise fail(key, f"has {rid!r}, but there is no rule family '{family}'{hint}")


@functools.cache
def _rule_families() -> frozenset[str]:
    """Families of the rules in rules/, plus those whose rule ids come from elsewhere (LanguageTool's
    rules from the server). Empty when the rules cannot be read: then nothing is checked here."""
    from .rules import RuleError, all_rules

    try:
        return frozenset({rid.split(".")[0] for rid in all_rules()} | {"languagetool"})
    except RuleError:
        return frozenset()


def _name_gender_list(items: list, fail) -> dict:
    """`["Sasha Petrenko = female"]`, the one-line form, as a table."""
    out = {}
    for item in items:
        if not isinstance(item, str) or item.count("=") != 1:
            raise fail("name-genders", f"entry {item!r} must look like \"Full Name = female\"")
        name, gender = (p.strip() for p in item.split("="))
        if not name:
            raise fail("name-genders", f"entry {item!r} has no name")
        out[name] = gender
    return out


def find_config_file(start: Path) -> Path | None:
    """The nearest mt-repair.toml (or .mt-repair.toml), or pyproject.toml with a [tool.mt-repair]
    table, walking up from `start`."""
    start = start.resolve()
    for folder in [start, *start.parents] if start.is_dir() else start.parents:
        for name in CONFIG_NAMES:
            own = folder / name
            if own.is_file():
                return own
        py = folder / "pyproject.toml"
        if py.is_file():
            try:
                raw = py.read_text(encoding="utf-8")
                # (only a pyproject.toml that names the tool is worth parsing)
                if "mt-repair" in raw and "mt-repair" in _toml(raw).get("tool", {}):
                    return py
            except (OSError, ValueError):
                continue
    return None


def _toml(text: str) -> dict:
    import tomllib  # (here, not at the top: a run with no configuration never parses TOML)

    return tomllib.loads(text)


def load(path: Path | None) -> Config:
    if path is None:
        return Config()
    try:
        data = _toml(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise ConfigError(f"{path}: cannot read: {e.strerror}") from None
    except ValueError as e:  # tomllib.TOMLDecodeError, UnicodeDecodeError
        raise ConfigError(f"{path}: not valid TOML: {e}") from None
    if path.name == "pyproject.toml" or (set(data) == {"tool"} and "mt-repair" in data["tool"]):
        table, name = data.get("tool", {}).get("mt-repair", {}), "[tool.mt-repair]"
    else:
        table, name = data, ""
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.mt-repair] must be a table")
    return from_table(table, str(path), name)


def discover(start: Path) -> Config:
    return load(find_config_file(start))
